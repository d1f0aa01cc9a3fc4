"""The Python API's answers about deadlines that are not stay limits.

Tax residency by presence (``stay-planner tax --json``) and every date to act
on (``stay-planner deadlines --json``), as plain dicts; :mod:`planner.api`
re-exports :func:`tax`, :func:`deadlines` and :func:`deadline_dict`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.api_base import InputError, _iso, load_rules, nationality
from planner.core.context import StayIndex
from planner.core.deadline_rules import TaxTest
from planner.core.deadlines import Deadline, upcoming
from planner.core.model import Itinerary
from planner.core.registration import HolidayDataError
from planner.core.rules import RuleSet
from planner.core.tax import Presence, tests_for
from planner.i18n import _


def _today(today: dt.date | None) -> dt.date:
    """The caller's today; the clock is read here, at the edge, never in the core."""
    return today or dt.date.today()


def tax(it: Itinerary, on: dt.date | None = None, rules: RuleSet | None = None,
        today: dt.date | None = None) -> dict[str, Any]:
    """Tax residency by presence on a day (``stay-planner tax --json``).

    For each country the itinerary visits and each presence test for it in
    force on ``on`` (default: today), the days present in the test's period
    ending on ``on`` (``from`` .. ``to``, every status counted), the
    ``threshold``, the days ``remaining`` below it and the day the test is
    ``reached`` (the first day, from the period's start on and planned days
    included, on which it is met; ``null`` when never). ``unchecked`` lists the
    countries visited that no test covers. Presence only; not tax advice.
    """
    rules = rules or load_rules()
    nat = nationality(it)
    day = on or _today(today)
    tests = [t for t in rules.deadline_rules if isinstance(t, TaxTest)]
    rows, unchecked = [], []
    for country in sorted({s.country for s in it.stays}):
        found = tests_for(tests, country, nat, day)
        if not found:
            unchecked.append(country)
        for t in found:
            c = Presence(t, it.stays).on(day)
            rows.append({
                "country": country, "rule": t.id, "test": t.describe(), "title": t.title,
                "source": t.source, "period": t.period, "window_days": t.window_days,
                "window_months": t.window_months, "from": c.start.isoformat(),
                "to": day.isoformat(), "days": c.days, "threshold": t.days,
                "remaining": c.remaining, "reached": _iso(c.reached)})
    return {"on": day.isoformat(), "countries": rows, "unchecked": unchecked}


def deadline_dict(d: Deadline) -> dict[str, Any]:
    """One deadline as ``stay-planner deadlines --json`` prints it."""
    return {"date": d.day.isoformat(), "kind": d.kind.value, "country": d.country,
            "index": d.index, "rule": d.rule, "title": d.title, "source": d.source or None,
            "done": d.done, "overdue": d.overdue, "days": d.days,
            "next_rules": list(d.next_rules)}


def deadlines(it: Itinerary, start: dt.date | None = None, rules: RuleSet | None = None,
              today: dt.date | None = None, indexed: StayIndex | None = None
              ) -> dict[str, Any]:
    """Every date to act on from ``start`` (default: today), in order
    (``stay-planner deadlines --json``); see :mod:`planner.core.deadlines`.

    Each has ``date``, ``kind`` (``latest-exit``, ``registration``,
    ``tax-residency``, ``rule-ends``), ``country``, the stay ``index`` (null for
    a tax test), the ``rule`` with its ``title`` and ``source``, ``done`` (a
    registration marked registered), ``overdue`` (a registration missed while the
    stay goes on), ``days`` (a tax test's threshold) and ``next_rules`` (what is
    in force after a rule ends). ``indexed``: ``it``'s stays already indexed
    with ``rules`` (the window keeps one), or ``None``.
    """
    rules = rules or load_rules()
    first = start or _today(today)
    try:
        found = upcoming(rules, nationality(it), it.stays, first, indexed)
    except HolidayDataError as e:
        raise InputError(_("a registration rule counts working days, but {error}")
                         .format(error=e)) from None
    return {"from": first.isoformat(), "deadlines": [deadline_dict(d) for d in found]}

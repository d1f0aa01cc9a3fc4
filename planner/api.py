"""The Python API: the command line's answers as plain dicts, for scripts.

Each function returns exactly the dict that the matching ``stay-planner``
subcommand prints with ``--json`` (dates as ISO strings). Inputs are
``datetime.date`` values and an :class:`~planner.core.model.Itinerary`:

>>> it = load("resources/demo/anna-2023.stayplan")      # doctest: +SKIP
>>> check(it)["compliant"]                              # doctest: +SKIP
False

Errors a user can cause raise :class:`ItineraryError` (an unusable file) or
:class:`InputError` (an unusable argument), with the message the CLI prints,
in the current language (:func:`planner.i18n.language`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from planner import limits
from planner.api_base import InputError, _iso, load, load_rules, nationality
from planner.api_deadlines import deadline_dict as deadline_dict
from planner.api_deadlines import deadlines, tax
from planner.api_judge import check, evaluator, in_range, known_destination, usage
from planner.api_judge import stale_note as stale_note
from planner.core import fixing
from planner.core.advice import exit_window
from planner.core.chaining import chain_for
from planner.core.context import StayIndex
from planner.core.coverage import needs_visa
from planner.core.deadlines import Deadline, registrations_by_stay
from planner.core.engine import Evaluator
from planner.core.model import Itinerary
from planner.core.planning import earliest_reentry, longest_stay
from planner.core.registration import HolidayDataError
from planner.core.rules import Rule, RuleSet
from planner.i18n import _
from planner.storage import ItineraryError

if TYPE_CHECKING:
    from planner.core.advice import ExitWindow
    from planner.core.fixing import FixResult
    from planner.core.model import Stay

__all__ = ["InputError", "ItineraryError", "check", "deadlines", "fix", "load", "load_rules",
           "plan", "reentry", "suggest", "tax", "usage", "windows"]

ONE_DAY = dt.timedelta(days=1)


def windows(it: Itinerary, rules: RuleSet | None = None) -> dict[str, Any]:
    """Each stay's latest compliant exit (``stay-planner windows --json``).

    ``latest_exit`` is ``null`` when even a one-day stay on its entry day adds
    a breach; ``unlimited`` is true (and ``latest_exit`` null) when no rule
    limits the stay. ``breaching`` is true when any day of the stay breaches.
    ``visa_required`` (``{"destination", "rule", "since"}``) is there when the
    stay is visa-free but a visa is needed on its entry day: no date makes it
    visa-free, so ``latest_exit`` is null and nothing is computed.
    """
    ev = evaluator(it, rules)
    indexed = StayIndex(ev.ruleset, ev.nationality, it.stays)
    out = []
    for i, s in enumerate(it.stays):
        visa = needs_visa(ev.ruleset, ev.nationality, s.country, s.entry) \
            if s.status.counts else None
        if visa is not None:
            out.append({"index": i, "country": s.country, "entry": s.entry.isoformat(),
                        "exit": s.exit.isoformat(), "latest_exit": None,
                        "breaching": bool(ev.stay_breaches(i)),
                        "visa_required": _visa_dict(visa)})
            continue
        ans = indexed.latest_exit(i)
        row: dict[str, Any] = {
            "index": i, "country": s.country, "entry": s.entry.isoformat(),
            "exit": s.exit.isoformat(), "latest_exit": _iso(ans.latest),
            "breaching": bool(ev.stay_breaches(i)),
        }
        if ans.unlimited:
            row["unlimited"] = True
        out.append(row)
    return {"stays": out}


def _visa_dict(rule: Rule) -> dict[str, Any]:
    return {"destination": rule.destination, "rule": rule.id, "since": _iso(rule.valid_from)}


def plan(it: Itinerary, country: str, enter: dt.date,
         rules: RuleSet | None = None) -> dict[str, Any]:
    """The longest stay in ``country`` (a country or a zone) that may start on ``enter``.

    ``max_days`` is 0 (and ``last_day`` null) when a one-day stay would add a
    breach; when no rule limits it, ``max_days`` and ``last_day`` are null
    and ``unlimited`` is true. ``visa_required`` is there when the traveller
    needs a visa there on ``enter``.
    """
    ev = evaluator(it, rules)
    in_range(enter, "enter")
    k = longest_stay(ev.ruleset, ev.nationality, it.stays,
                     known_destination(country, ev.ruleset), enter)
    out: dict[str, Any] = {"country": country, "enter": enter.isoformat(), "max_days": k,
                           "last_day": _iso(enter + (k - 1) * ONE_DAY) if k else None}
    if k is None:
        out["unlimited"] = True
    visa = needs_visa(ev.ruleset, ev.nationality, country, enter)
    if visa is not None:
        out["visa_required"] = _visa_dict(visa)
    return out


def default_after(it: Itinerary, country: str, rules: RuleSet | None = None) -> dt.date:
    """The day after the last stay in ``country`` (a zone: in any of its members;
    failing that, after the last stay at all)."""
    ruleset = rules or load_rules()
    there = [s.exit for s in it.stays
             if any(d == country for d, _m in ruleset.destinations_of(s.country))]
    anywhere = [s.exit for s in it.stays]
    last = max(there or anywhere, default=None)
    if last is None:
        raise InputError(_("the itinerary has no stays; give the first day to try (--after)"))
    return last + ONE_DAY


def reentry(it: Itinerary, country: str, days: int, after: dt.date | None = None,
            rules: RuleSet | None = None) -> dict[str, Any]:
    """The first day, on or after ``after``, to enter ``country`` (a country or
    a zone) and stay ``days`` days.

    ``after`` defaults to the day after the itinerary's last stay in the
    country (the zone). ``earliest_entry`` is null when no such day exists within about
    ten years; ``visa_required`` then says when the reason is a visa needed
    from ``after`` on.
    """
    ev = evaluator(it, rules)
    known_destination(country, ev.ruleset)
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise InputError(_("the number of days must be 1 or more, got {days}")
                         .format(days=repr(days)))
    too_many = limits.day_count_problem(days)
    if too_many is not None:
        raise InputError(too_many)
    start = in_range(after or default_after(it, country, ev.ruleset), "after")
    e = earliest_reentry(ev.ruleset, ev.nationality, it.stays, country, days, start)
    out = {"country": country, "days": days, "after": start.isoformat(),
           "earliest_entry": _iso(e)}
    visa = needs_visa(ev.ruleset, ev.nationality, country, start)
    if e is None and visa is not None:
        out["visa_required"] = _visa_dict(visa)
    return out


# ---- planning answers (stay-planner suggest / fix) --------------------------


def _stay(s: Stay | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"country": s.country, "entry": s.entry.isoformat(), "exit": s.exit.isoformat()}


def fix(it: Itinerary, rules: RuleSet | None = None) -> tuple[Itinerary, dict[str, Any]]:
    """A compliant copy of ``it`` and the dict ``stay-planner fix --json`` prints
    (without ``output``). See :func:`planner.core.fixing.fix` for how."""
    res, doc = fix_answer(it, rules or load_rules())
    return it.with_stays(res.stays), doc


def fix_answer(it: Itinerary, rules: RuleSet) -> tuple[FixResult, dict[str, Any]]:
    """The fix result itself and the dict that ``fix --json`` prints."""
    nat = nationality(it)
    res = fixing.fix(rules, nat, it.stays)
    changes = []
    for c in res.changes:
        row: dict[str, Any] = {"index": c.index, "action": c.action, **(_stay(c.old) or {}),
                               "new_entry": None, "new_exit": None, "pushed_by": c.pushed_by}
        if c.new is not None:
            row["new_entry"], row["new_exit"] = c.new.entry.isoformat(), c.new.exit.isoformat()
        changes.append(row)
    doc = {"compliant_before": Evaluator(rules, nat, it.stays).compliant(),
           "strategy": res.strategy, "days_before": res.days_before,
           "days_after": res.days_after, "changes": changes}
    return res, doc


def _window_dict(w: ExitWindow, rules: RuleSet, nat: str) -> dict[str, Any]:
    parts = chain_for(rules, nat, w)
    nxt = None
    if w.next_stay is not None:
        nxt = {"index": w.next_index, **(_stay(w.next_stay) or {}), "days": w.next_stay.days}
    return {
        "index": w.index, **(_stay(w.stay) or {}),
        "visa_required": None if w.visa is None else _visa_dict(w.visa),
        "leave_by": _iso(w.leave_by),
        "next_stay": nxt, "return_days": w.return_days,
        "earliest_return": _iso(w.earliest_return),
        "gap": None if w.gap is None else [w.gap[0].isoformat(), w.gap[1].isoformat()],
        "where_to_go": [{"country": s.country, "max_days": s.max_days,
                         "rule": None if s.rule is None else s.rule.id, "reason": s.reason}
                        for s in w.where_to_go],
        "chain": None if parts is None else [_stay(s) for s in parts],
    }


def suggest(it: Itinerary, rules: RuleSet | None = None) -> dict[str, Any]:
    """For each breaching stay, its exit window (``stay-planner suggest --json``).

    Per stay: ``visa_required`` (when a visa is needed from its entry day; then
    nothing else is computed), ``leave_by`` (its latest compliant exit), the next planned stay
    there, ``earliest_return`` for that stay's length, the ``gap`` between,
    and ``where_to_go`` (home country first, then neighbours) with the days
    allowed and the limiting rule; when no country but home covers the gap,
    ``chain``: stays one after another that do (:mod:`planner.core.chaining`),
    else ``null``. See :mod:`planner.core.advice`. ``registrations``: the
    stay's registration deadlines as ``stay-planner deadlines --json`` words
    them (a deadline to act on, never a breach; ``null`` with
    ``registration_error`` when working days cannot be counted there).
    """
    rules = rules or load_rules()

    nat = nationality(it)
    ev = Evaluator(rules, nat, it.stays)
    indexed = StayIndex(rules, nat, it.stays)
    breaching = [i for i in range(len(it.stays)) if ev.stay_breaches(i)]
    registrations: dict[int, list[Deadline]] | None = None
    problem = ""
    if breaching:
        try:
            registrations = registrations_by_stay(rules, nat, it.stays)
        except HolidayDataError as e:
            problem = str(e)
    out = []
    for i in breaching:
        w = _window_dict(exit_window(rules, nat, it.stays, i, indexed=indexed, breaching=True),
                         rules, nat)
        if registrations is None:
            w["registrations"], w["registration_error"] = None, problem
        else:
            w["registrations"] = [deadline_dict(d) for d in registrations.get(i, [])]
        out.append(w)
    return {"suggestions": out}

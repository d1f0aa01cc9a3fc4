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
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from planner import limits
from planner.api_base import InputError, _iso, load, load_rules, nationality
from planner.api_deadlines import deadline_dict as deadline_dict
from planner.api_deadlines import deadlines, tax
from planner.core import fixing
from planner.core.advice import exit_window
from planner.core.chaining import chain
from planner.core.context import Others, StayIndex
from planner.core.countries import is_country_code
from planner.core.coverage import (
    needs_visa,
    rule_ends,
    stale_since,
    unchecked_days,
    visa_needs,
)
from planner.core.deadlines import Deadline, registrations_by_stay
from planner.core.engine import Evaluator
from planner.core.model import Itinerary
from planner.core.planning import earliest_reentry, longest_stay
from planner.core.registration import HolidayDataError
from planner.core.rules import Rule, RuleSet
from planner.core.timeline import conflicts
from planner.i18n import _
from planner.storage import ItineraryError

if TYPE_CHECKING:
    from planner.core.advice import ExitWindow
    from planner.core.fixing import FixResult
    from planner.core.model import Stay

__all__ = ["InputError", "ItineraryError", "check", "deadlines", "fix", "load", "load_rules",
           "plan", "reentry", "suggest", "tax", "usage", "windows"]

ONE_DAY = dt.timedelta(days=1)


def _evaluator(it: Itinerary, rules: RuleSet | None) -> Evaluator:
    return Evaluator(rules or load_rules(), nationality(it), it.stays)


def _in_range(day: dt.date, name: str) -> dt.date:
    """``day`` when it falls in the years the program plans for; else :class:`InputError`."""
    problem = limits.date_problem(day)
    if problem is not None:
        raise InputError(f"{name}: {problem}")
    return day


def _destination(code: str, rules: RuleSet) -> str:
    """``code`` if it is a country code or one of the rule data's zones (``SCHENGEN``)."""
    if code not in rules.zones and not is_country_code(code):
        zones = ", ".join(sorted(rules.zones))
        raise InputError(_("{destination} is neither a country code nor a zone ({zones})")
                         .format(destination=repr(code), zones=zones))
    return code


def _counts_in(ev: Evaluator, destination: str) -> str:
    """The destination whose rules count a stay in ``destination``: itself when
    rules for the traveller cover it (a zone, or a country with rules of its
    own), else the first zone with rules it belongs to (FR -> SCHENGEN for a US
    traveller); itself when neither."""
    if ev.rules_for(destination):
        return destination
    zones = [d for d, memberships in ev.ruleset.destinations_of(destination)
             if memberships and ev.rules_for(d)]
    return zones[0] if zones else destination


def _visit_spans(ev: Evaluator, it: Itinerary) -> dict[str, tuple[dt.date, dt.date]]:
    """Per destination: first entry and last exit of the stays there (any status)."""
    by_country: dict[str, tuple[dt.date, dt.date]] = {}
    for s in it.stays:
        old = by_country.get(s.country)
        by_country[s.country] = (s.entry, s.exit) if old is None else (
            min(old[0], s.entry), max(old[1], s.exit))
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for country, (first, last) in by_country.items():
        for dest, _rule in ev.ruleset.destinations_of(country):
            old = spans.get(dest)
            spans[dest] = (first, last) if old is None else (
                min(old[0], first), max(old[1], last))
    return spans


def _ranges(spans: Iterable[tuple[dt.date, dt.date]]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in spans]


def check(it: Itinerary, rules: RuleSet | None = None,
          today: dt.date | None = None) -> dict[str, Any]:
    """Every breach, conflict and unchecked day (``stay-planner check --json``).

    Each destination of the itinerary that a rule covers for the traveller's
    nationality gets one result per rule in force at some time between its
    first entry and last exit there (all its rules, if none is). ``breaches``
    are inclusive ISO date ranges, in order, merged where they touch.
    ``unchecked`` lists the countries visited that no rule covers.
    ``conflicts`` lists the pairs of stays (file indices) in different
    countries sharing more than a travel day (:mod:`planner.core.timeline`).
    ``notes`` say where a visa is needed (``"kind": "visa-required"``),
    which days no rule data covers (``"kind": "unchecked"``), which temporary
    rules end under a stay with a visa or nothing after them (``"kind":
    "rule-ends"``, with the date and the source) and, once, when the rules
    that judge the itinerary were last checked more than 180 days before
    ``today`` (default: the system's date): ``"kind": "stale-data"`` with the
    oldest such day, the data's version and a sentence.
    ``status`` is ``"breach"`` when a day breaches or stays conflict, else
    ``"unchecked"`` when some visa-free day abroad is unchecked, else
    ``"compliant"``; ``compliant`` is true only for ``"compliant"``.
    """
    ev = _evaluator(it, rules)
    results = []
    spans = _visit_spans(ev, it)
    covered = ev.destinations()
    for dest in covered:
        span = spans.get(dest)
        all_rules = ev.rules_for(dest)
        relevant = [r for r in all_rules if span is None or (
            (r.valid_from is None or r.valid_from <= span[1])
            and (r.valid_to is None or span[0] <= r.valid_to))] or all_rules
        for r in relevant:
            results.append({
                "destination": dest, "rule": r.id, "kind": r.kind.value,
                "max_days": r.max_days, "window_days": r.window_days,
                "breaches": _ranges(ev.breaches(dest, r)),
            })
    unchecked = sorted({c for c in {s.country for s in it.stays}
                        if not any(d in covered for d, _r in ev.ruleset.destinations_of(c))})
    clashes = [{"stays": [c.first, c.second], "days": _ranges([c.days])}
               for c in conflicts(it.stays)]
    notes: list[dict[str, Any]] = [
        {"kind": "visa-required", "destination": v.destination, "stay": v.index,
         "rule": v.rule.id, "since": _iso(v.rule.valid_from), "days": _ranges([v.days])}
        for v in visa_needs(ev.ruleset, ev.nationality, it.stays)]
    notes += [{"kind": "rule-ends", "destination": e.destination, "stay": e.index,
               "rule": e.rule.id, "ends": _iso(e.rule.valid_to), "source": e.rule.source,
               "then": "visa-required" if e.then_visa else "no-rule"}
              for e in rule_ends(ev.ruleset, ev.nationality, it.stays)]
    stale = stale_since(ev.ruleset, ev.nationality, it.stays, today or dt.date.today())
    if stale is not None:
        notes.append(stale_note(ev.ruleset, stale))
    blind = unchecked_days(ev.ruleset, ev.nationality, it.stays)
    notes += [{"kind": "unchecked", "country": c, "days": _ranges(ds)} for c, ds in blind.items()]
    status = ("breach" if not ev.compliant() or clashes
              else "unchecked" if blind else "compliant")
    return {"compliant": status == "compliant", "status": status, "results": results,
            "conflicts": clashes, "unchecked": unchecked, "notes": notes}


def stale_note(rules: RuleSet, checked: dt.date | None = None) -> dict[str, Any]:
    """The note that rule data is old: its kind, the checked day, the data's version, a sentence.

    ``checked`` is the oldest check among the rules that judge the itinerary
    (:func:`planner.core.coverage.stale_since`); by default the data set's newest.
    """
    day = (checked or rules.newest_checked())
    text = day.isoformat() if day else "?"
    return {"kind": "stale-data", "checked": text, "data_version": rules.data_version,
            "text": _("The rule data was last checked on {day}, more than 180 days ago; "
                      "rules may have changed since (stay-planner rules install FILE "
                      "adds newer ones).").format(day=text)}


def windows(it: Itinerary, rules: RuleSet | None = None) -> dict[str, Any]:
    """Each stay's latest compliant exit (``stay-planner windows --json``).

    ``latest_exit`` is ``null`` when even a one-day stay on its entry day adds
    a breach; ``unlimited`` is true (and ``latest_exit`` null) when no rule
    limits the stay. ``breaching`` is true when any day of the stay breaches.
    ``visa_required`` (``{"destination", "rule", "since"}``) is there when the
    stay is visa-free but a visa is needed on its entry day: no date makes it
    visa-free, so ``latest_exit`` is null and nothing is computed.
    """
    ev = _evaluator(it, rules)
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
        ans = Others(indexed, skip=frozenset({i})).latest_exit(s)
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
    ev = _evaluator(it, rules)
    _in_range(enter, "enter")
    k = longest_stay(ev.ruleset, ev.nationality, it.stays,
                     _destination(country, ev.ruleset), enter)
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
    ev = _evaluator(it, rules)
    _destination(country, ev.ruleset)
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise InputError(_("the number of days must be 1 or more, got {days}")
                         .format(days=repr(days)))
    too_many = limits.day_count_problem(days)
    if too_many is not None:
        raise InputError(too_many)
    start = _in_range(after or default_after(it, country, ev.ruleset), "after")
    e = earliest_reentry(ev.ruleset, ev.nationality, it.stays, country, days, start)
    out = {"country": country, "days": days, "after": start.isoformat(),
           "earliest_entry": _iso(e)}
    visa = needs_visa(ev.ruleset, ev.nationality, country, start)
    if e is None and visa is not None:
        out["visa_required"] = _visa_dict(visa)
    return out


def usage(it: Itinerary, destination: str, start: dt.date | None = None,
          end: dt.date | None = None, rules: RuleSet | None = None) -> dict[str, Any]:
    """Days used and allowed on each day (``stay-planner usage --json``).

    For each day from ``start`` to ``end`` (default: the first entry to the
    last exit of the itinerary's stays counting for the destination), the
    days counted by the destination's counting rule in force that day
    (rolling: present days in the window ending that day; calendar year:
    since 1 January; fixed window: since the window began; per entry: the
    day of the current stay) and its limit; ``null`` for both on days no
    such rule is in force. ``present`` says, per day, whether the traveller
    is there on a visa-free stay: only such a day can be over the limit (a
    count above it on a day after the traveller left breaches nothing).

    A country whose days count in a zone and that has no rules of its own
    for the traveller (France for a US citizen) is answered for the zone:
    ``destination`` is then the zone and ``asked`` the country.
    """
    ev = _evaluator(it, rules)
    asked = _destination(destination, ev.ruleset)
    destination = _counts_in(ev, asked)
    if start is None or end is None:
        span = _visit_spans(ev, it).get(destination)
        if span is None:
            raise InputError(_("the itinerary has no stays in {destination}; "
                               "give --from and --to").format(destination=destination))
        start = start or span[0]
        end = end or span[1]
    _in_range(start, "from")
    _in_range(end, "to")
    if end < start:
        raise InputError(_("--to {end} is before --from {start}").format(end=end, start=start))
    if (end - start).days > 366 * 50:
        raise InputError(_("the range is longer than 50 years"))
    used, allowed = ev.usage(destination, start, end)
    out: dict[str, Any] = {"destination": destination, "from": start.isoformat(),
                           "to": end.isoformat(), "allowed": allowed, "used": used,
                           "present": _present(ev, it, destination, start, end)}
    if asked != destination:
        out["asked"] = asked
    return out


def _present(ev: Evaluator, it: Itinerary, destination: str, start: dt.date,
             end: dt.date) -> list[bool]:
    """Per day from ``start`` to ``end``: is a visa-free stay counted in ``destination``?"""
    first = start.toordinal()
    present = [False] * ((end - start).days + 1)
    for s in it.stays:
        for a, b in ev.segments(s).get(destination, []):
            for o in range(max(a, first), min(b, end.toordinal()) + 1):
                present[o - first] = True
    return present


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
    parts = None
    if w.gap is not None and not any(s.country != nat for s in w.where_to_go):
        parts = chain(rules, nat, w.base, w.stay.country, *w.gap)
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

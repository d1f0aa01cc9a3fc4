"""``check`` and ``usage``: the answers that judge days, without the planning machinery.

They need a judge and the one-timeline checks only, not the planning answers
of :mod:`planner.api`, so the command line's ``check``, ``usage`` and
``--version`` import this module alone (:mod:`planner.api` re-exports them).
For a one-shot answer a small itinerary is judged by
:class:`planner.core.plain.PlainJudge` and NumPy is never loaded; a large one,
or any answer in a process that goes on (the window, scripts), by
:class:`planner.core.engine.Evaluator`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from planner import limits
from planner.api_base import InputError, _iso, load_rules, nationality
from planner.core.countries import is_country_code
from planner.core.coverage import rule_ends, stale_since, unchecked_days, visa_needs
from planner.core.model import Itinerary, Stay
from planner.core.plain import PlainJudge, small_enough
from planner.core.rules import Rule, RuleSet
from planner.core.timeline import conflicts
from planner.i18n import _

if TYPE_CHECKING:
    from planner.core.engine import Evaluator


class Judge(Protocol):
    """What :func:`check` and :func:`usage` ask of a judge (an Evaluator or a PlainJudge)."""

    @property
    def ruleset(self) -> RuleSet: ...

    @property
    def nationality(self) -> str: ...

    def rules_for(self, destination: str) -> list[Rule]: ...

    def destinations(self) -> list[str]: ...

    def breaches(self, destination: str, rule: Rule | None = None
                 ) -> list[tuple[dt.date, dt.date]]: ...

    def compliant(self) -> bool: ...

    def segments(self, stay: Stay) -> dict[str, list[tuple[int, int]]]: ...

    def usage(self, destination: str, start: dt.date, end: dt.date
              ) -> tuple[list[int | None], list[int | None]]: ...


def evaluator(it: Itinerary, rules: RuleSet | None) -> Evaluator:
    """The NumPy engine on ``it``'s stays (rules: the installed ones by default)."""
    from planner.core.engine import Evaluator  # NumPy's judge: not for a small one-shot check

    return Evaluator(rules or load_rules(), nationality(it), it.stays)


def judge(it: Itinerary, rules: RuleSet | None, one_shot: bool = False) -> Judge:
    """The plain-Python judge for a small itinerary in a one-shot answer, else the engine."""
    if one_shot and small_enough(it.stays):
        return PlainJudge(rules or load_rules(), nationality(it), it.stays)
    return evaluator(it, rules)


def in_range(day: dt.date, name: str) -> dt.date:
    """``day`` when it falls in the years the program plans for; else :class:`InputError`."""
    problem = limits.date_problem(day)
    if problem is not None:
        raise InputError(f"{name}: {problem}")
    return day


def known_destination(code: str, rules: RuleSet) -> str:
    """``code`` if it is a country code or one of the rule data's zones (``SCHENGEN``)."""
    if code not in rules.zones and not is_country_code(code):
        zones = ", ".join(sorted(rules.zones))
        raise InputError(_("{destination} is neither a country code nor a zone ({zones})")
                         .format(destination=repr(code), zones=zones))
    return code


def _counts_in(ev: Judge, destination: str) -> str:
    """The destination whose rules count a stay in ``destination``: itself when
    rules for the traveller cover it (a zone, or a country with rules of its
    own), else the first zone with rules it belongs to (FR -> SCHENGEN for a US
    traveller); itself when neither."""
    if ev.rules_for(destination):
        return destination
    zones = [d for d, memberships in ev.ruleset.destinations_of(destination)
             if memberships and ev.rules_for(d)]
    return zones[0] if zones else destination


def visit_spans(ruleset: RuleSet, it: Itinerary) -> dict[str, tuple[dt.date, dt.date]]:
    """Per destination: first entry and last exit of the stays there (any status)."""
    by_country: dict[str, tuple[dt.date, dt.date]] = {}
    for s in it.stays:
        old = by_country.get(s.country)
        by_country[s.country] = (s.entry, s.exit) if old is None else (
            min(old[0], s.entry), max(old[1], s.exit))
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for country, (first, last) in by_country.items():
        for dest, _rule in ruleset.destinations_of(country):
            old = spans.get(dest)
            spans[dest] = (first, last) if old is None else (
                min(old[0], first), max(old[1], last))
    return spans


def iso_ranges(spans: Iterable[tuple[dt.date, dt.date]]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in spans]


def check(it: Itinerary, rules: RuleSet | None = None, today: dt.date | None = None,
          *, one_shot: bool = False) -> dict[str, Any]:
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

    ``one_shot`` is for a process that answers once and exits (the command
    line): an itinerary small enough (:func:`planner.core.plain.small_enough`)
    is then judged in plain Python, which spares loading NumPy; the answer is
    the same.
    """
    ev = judge(it, rules, one_shot)
    results = []
    spans = visit_spans(ev.ruleset, it)
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
                "breaches": iso_ranges(ev.breaches(dest, r)),
            })
    unchecked = sorted({c for c in {s.country for s in it.stays}
                        if not any(d in covered for d, _r in ev.ruleset.destinations_of(c))})
    clashes = [{"stays": [c.first, c.second], "days": iso_ranges([c.days])}
               for c in conflicts(it.stays)]
    notes: list[dict[str, Any]] = [
        {"kind": "visa-required", "destination": v.destination, "stay": v.index,
         "rule": v.rule.id, "since": _iso(v.rule.valid_from), "days": iso_ranges([v.days])}
        for v in visa_needs(ev.ruleset, ev.nationality, it.stays)]
    notes += [{"kind": "rule-ends", "destination": e.destination, "stay": e.index,
               "rule": e.rule.id, "ends": _iso(e.rule.valid_to), "source": e.rule.source,
               "then": "visa-required" if e.then_visa else "no-rule"}
              for e in rule_ends(ev.ruleset, ev.nationality, it.stays)]
    stale = stale_since(ev.ruleset, ev.nationality, it.stays, today or dt.date.today())
    if stale is not None:
        notes.append(stale_note(ev.ruleset, stale))
    blind = unchecked_days(ev.ruleset, ev.nationality, it.stays)
    notes += [{"kind": "unchecked", "country": c, "days": iso_ranges(ds)}
              for c, ds in blind.items()]
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


def usage(it: Itinerary, destination: str, start: dt.date | None = None,
          end: dt.date | None = None, rules: RuleSet | None = None, *,
          one_shot: bool = False) -> dict[str, Any]:
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

    ``one_shot``: as for :func:`check`.
    """
    ev = judge(it, rules, one_shot)
    asked = known_destination(destination, ev.ruleset)
    destination = _counts_in(ev, asked)
    if start is None or end is None:
        span = visit_spans(ev.ruleset, it).get(destination)
        if span is None:
            raise InputError(_("the itinerary has no stays in {destination}; "
                               "give --from and --to").format(destination=destination))
        start = start or span[0]
        end = end or span[1]
    in_range(start, "from")
    in_range(end, "to")
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


def _present(ev: Judge, it: Itinerary, destination: str, start: dt.date,
             end: dt.date) -> list[bool]:
    """Per day from ``start`` to ``end``: is a visa-free stay counted in ``destination``?"""
    first = start.toordinal()
    present = [False] * ((end - start).days + 1)
    for s in it.stays:
        for a, b in ev.segments(s).get(destination, []):
            for o in range(max(a, first), min(b, end.toordinal()) + 1):
                present[o - first] = True
    return present

"""``check``: every breach, conflict and unchecked day, judged without the planning machinery.

:func:`check` needs the judge and the one-timeline checks only, not the
planning answers of :mod:`planner.api`, so the command line's ``check`` and
``--version`` import this module alone (:mod:`planner.api` re-exports it).
For a one-shot answer a small itinerary is judged by
:class:`planner.core.plain.PlainJudge` and NumPy is never loaded; a large one,
or any answer in a process that goes on (the window, scripts), by
:class:`planner.core.engine.Evaluator`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from planner.api_base import _iso, load_rules, nationality
from planner.core.coverage import rule_ends, stale_since, unchecked_days, visa_needs
from planner.core.model import Itinerary
from planner.core.plain import PlainJudge, small_enough
from planner.core.rules import Rule, RuleSet
from planner.core.timeline import conflicts
from planner.i18n import _

if TYPE_CHECKING:
    from planner.core.engine import Evaluator


class Judge(Protocol):
    """What :func:`check` asks of a judge (an Evaluator or a PlainJudge)."""

    @property
    def ruleset(self) -> RuleSet: ...

    @property
    def nationality(self) -> str: ...

    def rules_for(self, destination: str) -> list[Rule]: ...

    def destinations(self) -> list[str]: ...

    def breaches(self, destination: str, rule: Rule | None = None
                 ) -> list[tuple[dt.date, dt.date]]: ...

    def compliant(self) -> bool: ...


def evaluator(it: Itinerary, rules: RuleSet | None) -> Evaluator:
    """The NumPy engine on ``it``'s stays (rules: the installed ones by default)."""
    from planner.core.engine import Evaluator  # NumPy's judge: not for a small one-shot check

    return Evaluator(rules or load_rules(), nationality(it), it.stays)


def judge(it: Itinerary, rules: RuleSet | None, one_shot: bool = False) -> Judge:
    """The plain-Python judge for a small itinerary in a one-shot answer, else the engine."""
    if one_shot and small_enough(it.stays):
        return PlainJudge(rules or load_rules(), nationality(it), it.stays)
    return evaluator(it, rules)


def visit_spans(ruleset: RuleSet, it: Itinerary) -> dict[str, tuple[dt.date, dt.date]]:
    """Per destination: first entry and last exit of the stays there (any status)."""
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for s in it.stays:
        for dest, _rule in ruleset.destinations_of(s.country):
            old = spans.get(dest)
            spans[dest] = (s.entry, s.exit) if old is None else (
                min(old[0], s.entry), max(old[1], s.exit))
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

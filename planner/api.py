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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.core import fixing
from planner.core.advice import exit_window
from planner.core.context import Others, StayIndex
from planner.core.countries import is_country_code
from planner.core.coverage import needs_visa, unchecked_days, visa_needs
from planner.core.engine import Evaluator
from planner.core.model import Itinerary
from planner.core.planning import earliest_reentry, longest_stay
from planner.core.rules import Rule, RuleSet, bundled_rule_paths, bundled_rules, load_rule_files
from planner.core.timeline import conflicts
from planner.i18n import _
from planner.storage import ItineraryError, read_itinerary

if TYPE_CHECKING:
    from planner.core.advice import ExitWindow
    from planner.core.fixing import FixResult
    from planner.core.model import Stay

__all__ = ["InputError", "ItineraryError", "check", "fix", "load", "load_rules", "plan",
           "reentry", "suggest", "usage", "windows"]

ONE_DAY = dt.timedelta(days=1)


class InputError(ValueError):
    """An argument that cannot be used (unknown country, impossible length …)."""


def load(path: str | Path) -> Itinerary:
    """Read an itinerary file; raises :class:`ItineraryError` if it is unusable."""
    return read_itinerary(path)


def load_rules(extra: Iterable[str | Path] = ()) -> RuleSet:
    """The bundled rules, with rule files that add or override rules on top."""
    files = [Path(p) for p in extra]
    if not files:
        return bundled_rules()
    return load_rule_files([*bundled_rule_paths(), *files])


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def nationality(it: Itinerary) -> str:
    nat = it.traveller.nationality
    if not nat:
        raise ItineraryError("", _("the traveller's nationality is missing: rules depend on it "
                                   "(add \"nationality\": \"RU\" or similar to \"traveller\")"))
    return nat


def _evaluator(it: Itinerary, rules: RuleSet | None) -> Evaluator:
    return Evaluator(rules or bundled_rules(), nationality(it), it.stays)


def _country(code: str) -> str:
    if not is_country_code(code):
        raise InputError(_("{code} is not a country code (use ISO codes such as KZ, KG, GE)")
                         .format(code=repr(code)))
    return code


def _visit_spans(ev: Evaluator, it: Itinerary) -> dict[str, tuple[dt.date, dt.date]]:
    """Per destination: first entry and last exit of the stays there (any status)."""
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for s in it.stays:
        for dest, _rule in ev.ruleset.destinations_of(s.country):
            old = spans.get(dest)
            spans[dest] = (s.entry, s.exit) if old is None else (
                min(old[0], s.entry), max(old[1], s.exit))
    return spans


def _ranges(spans: Iterable[tuple[dt.date, dt.date]]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in spans]


def check(it: Itinerary, rules: RuleSet | None = None) -> dict[str, Any]:
    """Every breach, conflict and unchecked day (``stay-planner check --json``).

    Each destination of the itinerary that a rule covers for the traveller's
    nationality gets one result per rule in force at some time between its
    first entry and last exit there (all its rules, if none is). ``breaches``
    are inclusive ISO date ranges, in order, merged where they touch.
    ``unchecked`` lists the countries visited that no rule covers.
    ``conflicts`` lists the pairs of stays (file indices) in different
    countries sharing more than a travel day (:mod:`planner.core.timeline`).
    ``notes`` say where a visa is needed (``"kind": "visa-required"``) and
    which days no rule data covers (``"kind": "unchecked"``).
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
    blind = unchecked_days(ev.ruleset, ev.nationality, it.stays)
    notes += [{"kind": "unchecked", "country": c, "days": _ranges(ds)} for c, ds in blind.items()]
    status = ("breach" if not ev.compliant() or clashes
              else "unchecked" if blind else "compliant")
    return {"compliant": status == "compliant", "status": status, "results": results,
            "conflicts": clashes, "unchecked": unchecked, "notes": notes}


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
    """The longest stay in ``country`` that may start on ``enter``.

    ``max_days`` is 0 (and ``last_day`` null) when a one-day stay would add a
    breach; when no rule limits it, ``max_days`` and ``last_day`` are null
    and ``unlimited`` is true.
    """
    ev = _evaluator(it, rules)
    k = longest_stay(ev.ruleset, ev.nationality, it.stays, _country(country), enter)
    out: dict[str, Any] = {"country": country, "enter": enter.isoformat(), "max_days": k,
                           "last_day": _iso(enter + (k - 1) * ONE_DAY) if k else None}
    if k is None:
        out["unlimited"] = True
    return out


def default_after(it: Itinerary, country: str) -> dt.date:
    """The day after the last stay in ``country`` (or after the last stay at all)."""
    there = [s.exit for s in it.stays if s.country == country]
    anywhere = [s.exit for s in it.stays]
    last = max(there or anywhere, default=None)
    if last is None:
        raise InputError(_("the itinerary has no stays; give the first day to try (--after)"))
    return last + ONE_DAY


def reentry(it: Itinerary, country: str, days: int, after: dt.date | None = None,
            rules: RuleSet | None = None) -> dict[str, Any]:
    """The first day, on or after ``after``, to enter and stay ``days`` days.

    ``after`` defaults to the day after the itinerary's last stay in the
    country. ``earliest_entry`` is null when no such day exists within about
    ten years.
    """
    ev = _evaluator(it, rules)
    _country(country)
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise InputError(_("the number of days must be 1 or more, got {days}")
                         .format(days=repr(days)))
    start = after or default_after(it, country)
    e = earliest_reentry(ev.ruleset, ev.nationality, it.stays, country, days, start)
    return {"country": country, "days": days, "after": start.isoformat(),
            "earliest_entry": _iso(e)}


def usage(it: Itinerary, destination: str, start: dt.date | None = None,
          end: dt.date | None = None, rules: RuleSet | None = None) -> dict[str, Any]:
    """Days used and allowed on each day (``stay-planner usage --json``).

    For each day from ``start`` to ``end`` (default: the first entry to the
    last exit of the itinerary's stays counting for the destination), the
    days counted by the destination's counting rule in force that day
    (rolling: present days in the window ending that day; calendar year:
    since 1 January; fixed window: since the window began; per entry: the
    day of the current stay) and its limit; ``null`` for both on days no
    such rule is in force.
    """
    ev = _evaluator(it, rules)
    if destination not in ev.ruleset.zones and not is_country_code(destination):
        zones = ", ".join(sorted(ev.ruleset.zones))
        raise InputError(_("{destination} is neither a country code nor a zone ({zones})")
                         .format(destination=repr(destination), zones=zones))
    if start is None or end is None:
        span = _visit_spans(ev, it).get(destination)
        if span is None:
            raise InputError(_("the itinerary has no stays in {destination}; "
                               "give --from and --to").format(destination=destination))
        start = start or span[0]
        end = end or span[1]
    if end < start:
        raise InputError(_("--to {end} is before --from {start}").format(end=end, start=start))
    if (end - start).days > 366 * 50:
        raise InputError(_("the range is longer than 50 years"))
    used, allowed = ev.usage(destination, start, end)
    return {"destination": destination, "from": start.isoformat(), "to": end.isoformat(),
            "allowed": allowed, "used": used}


# ---- planning answers (stay-planner suggest / fix) --------------------------


def _stay(s: Stay | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"country": s.country, "entry": s.entry.isoformat(), "exit": s.exit.isoformat()}


def fix(it: Itinerary, rules: RuleSet | None = None) -> tuple[Itinerary, dict[str, Any]]:
    """A compliant copy of ``it`` and the dict ``stay-planner fix --json`` prints
    (without ``output``). See :func:`planner.core.fixing.fix` for how."""
    res, doc = fix_answer(it, rules or bundled_rules())
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


def _window_dict(w: ExitWindow) -> dict[str, Any]:
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
    }


def suggest(it: Itinerary, rules: RuleSet | None = None) -> dict[str, Any]:
    """For each breaching stay, its exit window (``stay-planner suggest --json``).

    Per stay: ``visa_required`` (when a visa is needed from its entry day; then
    nothing else is computed), ``leave_by`` (its latest compliant exit), the next planned stay
    there, ``earliest_return`` for that stay's length, the ``gap`` between,
    and ``where_to_go`` (home country first, then neighbours) with the days
    allowed and the limiting rule. See :mod:`planner.core.advice`.
    """
    rules = rules or bundled_rules()

    nat = nationality(it)
    ev = Evaluator(rules, nat, it.stays)
    indexed = StayIndex(rules, nat, it.stays)
    out = [_window_dict(exit_window(rules, nat, it.stays, i, indexed=indexed, breaching=True))
           for i in range(len(it.stays)) if ev.stay_breaches(i)]
    return {"suggestions": out}

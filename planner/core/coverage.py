"""What the rules do not judge, and where the traveller needs a visa.

A wrong "compliant" can cost a fine and an entry ban, an honest "not checked"
costs nothing. So the program says, per stay:

* **unchecked days**: days of a visa-free stay, outside the traveller's home
  country, on which no rule for the traveller's nationality is in force for
  the stay's country or any zone it belongs to that day. An Indian citizen 61
  days in Kazakhstan (no rule data for IN) has 61 unchecked days there.
* **visa needed**: days of a visa-free stay on which a ``visa-required`` rule
  is in force for one of its destinations. Nothing can be planned there as a
  limit (no latest exit, no re-entry): the answer is a visa. A US citizen's
  visa-free stay in Russia needs one from the first day.

Stays on a visa, a residence permit or another exempt ground are neither:
the traveller's own papers cover those days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from planner.core.model import Stay
from planner.core.rules import STALE_AFTER_DAYS, Rule, RuleKind, RuleSet

ONE_DAY = dt.timedelta(days=1)
Span = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class VisaNeed:
    """Stay ``index`` needs a visa for ``destination`` on ``days``, by ``rule``."""

    index: int
    destination: str
    days: Span
    rule: Rule


def _ranges(days: Sequence[dt.date]) -> list[Span]:
    out: list[Span] = []
    for d in sorted(days):
        if out and out[-1][1] + ONE_DAY >= d:
            out[-1] = (out[-1][0], max(out[-1][1], d))
        else:
            out.append((d, d))
    return out


def _dests_on(rules: RuleSet, country: str, day: dt.date) -> list[str]:
    return [dest for dest, members in rules.destinations_of(country)
            if not members or any(m.on(day) for m in members)]


def unchecked_days(rules: RuleSet, nationality: str,
                   stays: Sequence[Stay]) -> dict[str, list[Span]]:
    """Per country, the unchecked days of its visa-free stays (see the module
    docstring), as inclusive ranges merged where they touch; countries with
    none are left out. The home country is never unchecked."""
    days: dict[str, set[dt.date]] = {}
    for s in stays:
        if not s.status.counts or s.country == nationality:
            continue
        own = {d: rules.rules_for(d, nationality) for d, _m in rules.destinations_of(s.country)}
        d = s.entry
        while d <= s.exit:
            if not any(r.in_force(d) for dest in _dests_on(rules, s.country, d)
                       for r in own.get(dest, ())):
                days.setdefault(s.country, set()).add(d)
            d += ONE_DAY
    return {c: _ranges(sorted(ds)) for c, ds in sorted(days.items())}


def stay_unchecked(rules: RuleSet, nationality: str, stay: Stay) -> list[Span]:
    """The unchecked days of one stay (see :func:`unchecked_days`)."""
    return unchecked_days(rules, nationality, [stay]).get(stay.country, [])


def visa_needs(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> list[VisaNeed]:
    """Every visa-free stay day that a ``visa-required`` rule covers, per stay
    and destination, in stay order."""
    out: list[VisaNeed] = []
    for i, s in enumerate(stays):
        if not s.status.counts:
            continue
        for dest, _m in rules.destinations_of(s.country):
            needing = [r for r in rules.rules_for(dest, nationality)
                       if r.kind is RuleKind.VISA_REQUIRED]
            for r in needing:
                lo = max(s.entry, r.valid_from or s.entry)
                hi = min(s.exit, r.valid_to or s.exit)
                ds = [lo + n * ONE_DAY for n in range((hi - lo).days + 1)]
                ds = [d for d in ds if dest in _dests_on(rules, s.country, d)]
                out.extend(VisaNeed(i, dest, span, r) for span in _ranges(ds))
    return out


def needs_visa(rules: RuleSet, nationality: str, country: str, day: dt.date) -> Rule | None:
    """The ``visa-required`` rule in force on ``day`` for ``country`` (or a zone
    it belongs to that day), if there is one."""
    for dest in _dests_on(rules, country, day):
        for r in rules.rules_for(dest, nationality):
            if r.kind is RuleKind.VISA_REQUIRED and r.in_force(day):
                return r
    return None


@dataclass(frozen=True, slots=True)
class RuleEnd:
    """Stay ``index`` goes on after ``rule`` (for ``destination``) ends, and what
    follows it in the data is a visa (``then_visa``) or nothing at all."""

    index: int
    destination: str
    rule: Rule
    then_visa: bool


def rule_ends(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> list[RuleEnd]:
    """Temporary rules ending under a visa-free stay: a rule in force on a day of
    the stay whose ``valid_to`` falls before the stay's exit, after which the data
    has only a ``visa-required`` rule, or no rule, for the traveller. A trial
    that ends mid-stay: the answer must say so, with the date and the source."""
    out: list[RuleEnd] = []
    for i, s in enumerate(stays):
        if not s.status.counts:
            continue
        for dest, _m in rules.destinations_of(s.country):
            own = rules.rules_for(dest, nationality)
            for r in own:
                if r.valid_to is None or not (s.entry <= r.valid_to < s.exit) \
                        or r.kind is RuleKind.VISA_REQUIRED:
                    continue
                after = r.valid_to + ONE_DAY
                then = [x for x in own if x.in_force(after)]
                if all(x.kind is RuleKind.VISA_REQUIRED for x in then):
                    out.append(RuleEnd(i, dest, r, bool(then)))
    return out


def stale_since(rules: RuleSet, nationality: str, stays: Sequence[Stay], today: dt.date,
                days: int = STALE_AFTER_DAYS) -> dt.date | None:
    """The oldest "last checked" day of the rules that judge ``stays``, when it is
    more than ``days`` before ``today`` (the data may be out of date); else ``None``."""
    checked = [r.checked for s in stays for dest, _m in rules.destinations_of(s.country)
               for r in rules.rules_for(dest, nationality) if r.checked is not None]
    oldest = min(checked, default=None)
    if oldest is None or (today - oldest).days <= days:
        return None
    return oldest

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

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from planner.core.model import Stay
from planner.core.plain import merged
from planner.core.rules import STALE_AFTER_DAYS, Rule, RuleKind, RuleSet

ONE_DAY = dt.timedelta(days=1)
Span = tuple[dt.date, dt.date]
FIRST, LAST = dt.date.min.toordinal(), dt.date.max.toordinal()  # open ends
BIG = 1 << 62


@dataclass(frozen=True, slots=True)
class VisaNeed:
    """Stay ``index`` needs a visa for ``destination`` on ``days``, by ``rule``."""

    index: int
    destination: str
    days: Span
    rule: Rule


def _cut(a: int, b: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``a .. b`` inside ``spans`` (merged, sorted)."""
    i = max(bisect.bisect_right(spans, (a, BIG)) - 1, 0)
    out = []
    for x, y in spans[i:]:
        if x > b:
            break
        lo, hi = max(a, x), min(b, y)
        if lo <= hi:
            out.append((lo, hi))
    return out


def _dates(spans: Iterable[tuple[int, int]]) -> list[Span]:
    return [(dt.date.fromordinal(a), dt.date.fromordinal(b)) for a, b in spans]


def _ordinals(since: dt.date | None, until: dt.date | None) -> tuple[int, int]:
    return (FIRST if since is None else since.toordinal(),
            LAST if until is None else until.toordinal())


class _Country(NamedTuple):
    """What the notes need to know of one country, worked out once per answer
    rather than per stay and day: the days its destinations' rules judge
    (``judged``), where each ``visa-required`` rule applies (per destination
    and rule, the days the country belongs there; ``None``: every day), the
    temporary rules ending with a visa or nothing after them, and the oldest
    ``checked`` day of the rules that judge it."""

    judged: list[tuple[int, int]]
    visa: list[tuple[str, Rule, list[tuple[int, int]] | None]]
    ends: list[tuple[str, Rule, bool]]
    oldest: dt.date | None


def _country(rules: RuleSet, nationality: str, country: str) -> _Country:
    judged: list[tuple[int, int]] = []
    visa: list[tuple[str, Rule, list[tuple[int, int]] | None]] = []
    ends: list[tuple[str, Rule, bool]] = []
    checked: list[dt.date] = []
    for dest, members in rules.destinations_of(country):
        own = rules.rules_for(dest, nationality)
        belongs = merged(_ordinals(m.since, m.until) for m in members) if members else None
        for r in own:
            lo, hi = _ordinals(r.valid_from, r.valid_to)
            for x, y in belongs or [(FIRST, LAST)]:
                if max(lo, x) <= min(hi, y):
                    judged.append((max(lo, x), min(hi, y)))
            if r.kind is RuleKind.VISA_REQUIRED:
                visa.append((dest, r, belongs))
            elif r.valid_to is not None:
                after = r.valid_to + ONE_DAY
                then = [x for x in own if x.in_force(after)]
                if all(x.kind is RuleKind.VISA_REQUIRED for x in then):
                    ends.append((dest, r, bool(then)))
            if r.checked is not None:
                checked.append(r.checked)
    return _Country(merged(judged), visa, ends, min(checked, default=None))


def _countries(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> dict[str, _Country]:
    return {c: _country(rules, nationality, c) for c in {s.country for s in stays}}


def _dests_on(rules: RuleSet, country: str, day: dt.date) -> list[str]:
    return [dest for dest, members in rules.destinations_of(country)
            if not members or any(m.on(day) for m in members)]


def unchecked_days(rules: RuleSet, nationality: str,
                   stays: Sequence[Stay]) -> dict[str, list[Span]]:
    """Per country, the unchecked days of its visa-free stays (see the module
    docstring), as inclusive ranges merged where they touch; countries with
    none are left out. The home country is never unchecked.

    Each country's judged days (some rule in force for a destination it
    belongs to that day) are worked out once; a stay's unchecked days are
    what of it lies outside them.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for i, gaps in _unchecked(rules, nationality, stays):
        spans.setdefault(stays[i].country, []).extend(gaps)
    return {c: _dates(merged(ds)) for c, ds in sorted(spans.items())}


def stays_unchecked(rules: RuleSet, nationality: str,
                    stays: Sequence[Stay]) -> dict[int, list[Span]]:
    """Per stay index, its unchecked days (as :func:`unchecked_days` counts
    them); stays with none are left out. Each country is worked out once."""
    return {i: _dates(merged(gaps)) for i, gaps in _unchecked(rules, nationality, stays)}


def stay_unchecked(rules: RuleSet, nationality: str, stay: Stay) -> list[Span]:
    """The unchecked days of one stay (see :func:`unchecked_days`)."""
    return stays_unchecked(rules, nationality, [stay]).get(0, [])


def _unchecked(rules: RuleSet, nationality: str, stays: Sequence[Stay]
               ) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """Each visa-free stay abroad with unchecked days: its index and those days."""
    countries = _countries(rules, nationality, stays)
    for i, s in enumerate(stays):
        if not s.status.counts or s.country == nationality:
            continue
        a, b = s.entry.toordinal(), s.exit.toordinal()
        judged = countries[s.country].judged
        k = bisect.bisect_right(judged, (a, BIG)) - 1
        if k >= 0 and judged[k][1] >= b:  # inside one judged span (most stays)
            continue
        gaps, day = [], a
        for x, y in _cut(a, b, judged):
            if x > day:
                gaps.append((day, x - 1))
            day = y + 1
        if day <= b:
            gaps.append((day, b))
        if gaps:
            yield i, gaps


def visa_needs(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> list[VisaNeed]:
    """Every visa-free stay day that a ``visa-required`` rule covers, per stay
    and destination, in stay order."""
    countries = _countries(rules, nationality, stays)
    out: list[VisaNeed] = []
    for i, s in enumerate(stays):
        if not s.status.counts:
            continue
        for dest, r, belongs in countries[s.country].visa:
            lo = max(s.entry, r.valid_from or s.entry).toordinal()
            hi = min(s.exit, r.valid_to or s.exit).toordinal()
            if lo > hi:
                continue
            days = [(lo, hi)] if belongs is None else _cut(lo, hi, belongs)
            out.extend(VisaNeed(i, dest, span, r) for span in _dates(days))
    return out


def needs_visa(rules: RuleSet, nationality: str, country: str, day: dt.date) -> Rule | None:
    """The ``visa-required`` rule in force on ``day`` for ``country`` (or a zone
    it belongs to that day), if there is one."""
    for dest in _dests_on(rules, country, day):
        for r in rules.rules_for(dest, nationality):
            if r.kind is RuleKind.VISA_REQUIRED and r.in_force(day):
                return r
    return None


def entry_visas(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> dict[int, Rule]:
    """Per visa-free stay abroad, the ``visa-required`` rule in force on its entry
    day (:func:`needs_visa` of its country and entry; stays needing none are
    left out), each country's visa rules looked up once: most countries have
    none for the traveller, and their stays are passed over at once."""
    visas = {c: found.visa for c, found in _countries(rules, nationality, stays).items()
             if found.visa and c != nationality}
    out: dict[int, Rule] = {}
    if not visas:
        return out
    for i, s in enumerate(stays):
        visa = visas.get(s.country)
        if visa is None or not s.status.counts:
            continue
        day = s.entry.toordinal()
        for _dest, r, belongs in visa:
            if r.in_force(s.entry) and (belongs is None or _cut(day, day, belongs)):
                out[i] = r
                break
    return out


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
    countries = _countries(rules, nationality, stays)
    out: list[RuleEnd] = []
    for i, s in enumerate(stays):
        if not s.status.counts:
            continue
        for dest, r, then_visa in countries[s.country].ends:
            assert r.valid_to is not None
            if s.entry <= r.valid_to < s.exit:
                out.append(RuleEnd(i, dest, r, then_visa))
    return out


def stale_since(rules: RuleSet, nationality: str, stays: Sequence[Stay], today: dt.date,
                days: int = STALE_AFTER_DAYS) -> dt.date | None:
    """The oldest "last checked" day of the rules that judge ``stays``, when it is
    more than ``days`` before ``today`` (the data may be out of date); else ``None``."""
    checked = [c.oldest for c in _countries(rules, nationality, stays).values()
               if c.oldest is not None]
    oldest = min(checked, default=None)
    if oldest is None or (today - oldest).days <= days:
        return None
    return oldest

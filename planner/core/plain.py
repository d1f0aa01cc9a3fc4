"""Judging an itinerary in plain Python: breaches without NumPy, for one-shot answers.

:class:`~planner.core.engine.Evaluator` keeps day-indexed NumPy arrays so that
an edit re-judges a few hundred days in microseconds; loading NumPy costs a
process that answers once and exits (``stay-planner check``) more than judging
a small itinerary does. :class:`PlainJudge` gives the same breaches from the
same rules by walking the present days once per rule; the command line uses
it for itineraries of at most :data:`PLAIN_MAX_DAYS` counted days
(:func:`small_enough`) and NumPy above that, and the window paints a newly
opened itinerary from it before NumPy has loaded (``Evaluator(...,
deferred=True)``). A property test holds the two to
the same answers, and both to ``tests/reference.py``.

What is counted is what the engine counts (:mod:`planner.core.rules` for the
kinds): a *segment* is the part of a visa-free stay that counts for a
destination (the whole stay for its country; for a zone, the days on which
the stay's country belonged to it). A day is *present* when a segment covers
it; two stays that share a day count it once. Only present days breach, and
only by rules in force on them:

* ``rolling`` N in M: present day d breaches when the present days in
  d-M+1 .. d number more than N (the window looks back before the rule began).
  With KZ 2023-01-01 .. 2023-03-31 (90 days) and KZ 2023-04-10 .. 2023-04-12,
  10 April is the 91st present day in the 180 ending on it: 10 .. 12 April breach.
* ``calendar-year``: the present days from 1 January of d's year to d.
* ``fixed-window``: a window of M days starts on the first present day on or
  after the rule's ``valid_from``; the next on the first present day after it
  ends; the present days from the window's start to d.
* ``per-entry`` N: day N+1 of each segment to its last day, each segment on its
  own (a 100-day stay under 90 per entry breaches on its days 91 .. 100).
* ``visa-required``: every present day; ``no-limit``: none.

:meth:`PlainJudge.usage` counts each day by the rule :func:`counting_rule`
picks for it, as the engine's ``usage`` does: a rolling rule the present days
in the window ending on the day, a calendar-year rule those since 1 January,
a fixed-window rule those since its window began (0 outside any window), a
per-entry rule the day number in the longest-running segment under way.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from planner.core.model import Stay
from planner.core.rules import Rule, RuleKind, RuleSet

Segment = tuple[int, int]  # first and last day ordinal, inclusive
Span = tuple[dt.date, dt.date]

#: Counted stay days (the sum of the visa-free stays' lengths) up to which a
#: one-shot answer is judged here. Measured on the benchmark's itineraries
#: (``bench.gen.many_stays``): 500 stays (3 400 days) take about 1 ms either
#: way, 20 000 stays (140 000 days) 100 ms here against 65 ms in the engine,
#: while loading NumPy alone takes 100 ms or more. Past this size the engine's
#: lead nears the cost of the import.
PLAIN_MAX_DAYS = 150_000


def small_enough(stays: Iterable[Stay]) -> bool:
    """True when the visa-free stays last :data:`PLAIN_MAX_DAYS` days or fewer in all."""
    return sum(s.days for s in stays if s.status.counts) <= PLAIN_MAX_DAYS


def counting_rule(rules: Sequence[Rule], day: dt.date) -> Rule | None:
    """The rule whose count the "days used / allowed" counter shows on ``day``.

    The first cumulative rule in force (rolling, calendar year or fixed
    window, in rule-file order); failing that, the first per-entry rule in
    force; ``None`` when nothing in force counts days.
    """
    for want_cumulative in (True, False):
        for r in rules:
            if r.in_force(day) and r.kind.cumulative == want_cumulative and \
                    r.kind in (RuleKind.ROLLING, RuleKind.CALENDAR_YEAR,
                               RuleKind.FIXED_WINDOW, RuleKind.PER_ENTRY):
                return r
    return None


def counted_segments(ruleset: RuleSet, has_rules: Callable[[str], object],
                     stay: Stay) -> dict[str, list[Segment]]:
    """The counted segments of a stay, per destination for which ``has_rules``
    is true; none for a stay that is not visa-free."""
    out: dict[str, list[Segment]] = {}
    if not stay.status.counts:
        return out
    a, b = stay.entry.toordinal(), stay.exit.toordinal()
    for dest, memberships in ruleset.destinations_of(stay.country):
        if not has_rules(dest):
            continue
        if not memberships:
            out.setdefault(dest, []).append((a, b))
            continue
        for m in memberships:
            x = a if m.since is None else max(a, m.since.toordinal())
            y = b if m.until is None else min(b, m.until.toordinal())
            if x <= y:
                out.setdefault(dest, []).append((x, y))
    return out


def visited(ruleset: RuleSet, has_rules: Callable[[str], object], stay: Stay) -> list[str]:
    """Destinations for which ``has_rules`` is true that ``stay`` visits on some
    day, whatever its status."""
    out = []
    for dest, memberships in ruleset.destinations_of(stay.country):
        if not has_rules(dest):
            continue
        if not memberships or any(
            (m.since is None or m.since <= stay.exit)
            and (m.until is None or stay.entry <= m.until) for m in memberships):
            out.append(dest)
    return out


def merged(segments: Iterable[Segment]) -> list[Segment]:
    """Ordinal spans as disjoint runs, in order, joined where they overlap or touch."""
    out: list[Segment] = []
    for a, b in sorted(segments):
        if out and a <= out[-1][1] + 1:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


class _Ranges:
    """Breach ordinals added in increasing order, kept as touching-merged ranges."""

    def __init__(self) -> None:
        self.runs: list[list[int]] = []

    def add(self, a: int, b: int) -> None:
        if self.runs and a <= self.runs[-1][1] + 1:
            self.runs[-1][1] = max(self.runs[-1][1], b)
        else:
            self.runs.append([a, b])


class _Destination:
    """The present days of one destination and the breach ordinals of each rule."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.runs = merged(segments)
        self.days = [o for a, b in self.runs for o in range(a, b + 1)]
        self.present = frozenset(self.days)
        self._windows: dict[str, list[int]] = {}
        self._entries: dict[int, int] | None = None

    def breaches(self, rule: Rule) -> list[Segment]:
        """The days ``rule`` says breach, as inclusive ordinal ranges (touching merged)."""
        lo = -1 if rule.valid_from is None else rule.valid_from.toordinal()
        hi = 1 << 30 if rule.valid_to is None else rule.valid_to.toordinal()
        out = _Ranges()
        match rule.kind:
            case RuleKind.NO_LIMIT:
                pass
            case RuleKind.VISA_REQUIRED:
                for a, b in self.runs:
                    if max(a, lo) <= min(b, hi):
                        out.add(max(a, lo), min(b, hi))
            case RuleKind.PER_ENTRY:
                assert rule.max_days is not None
                for a, b in sorted((max(a + rule.max_days, lo), min(b, hi))
                                   for a, b in self.segments):
                    if a <= b:
                        out.add(a, b)
            case RuleKind.ROLLING:
                assert rule.max_days is not None and rule.window_days is not None
                self._rolling(rule.max_days, rule.window_days, lo, hi, out)
            case RuleKind.CALENDAR_YEAR:
                assert rule.max_days is not None
                self._calendar_year(rule.max_days, lo, hi, out)
            case RuleKind.FIXED_WINDOW:
                assert rule.max_days is not None and rule.window_days is not None
                self._fixed(rule.max_days, rule.window_days, lo, hi, out)
            case _:
                raise AssertionError(rule.kind)
        return [(a, b) for a, b in out.runs]

    def present_in(self, a: int, b: int) -> int:
        """How many present days ``a .. b`` holds."""
        return bisect.bisect_right(self.days, b) - bisect.bisect_left(self.days, a)

    def counts(self, rule: Rule, a: int, b: int) -> list[int]:
        """What ``rule`` counts on each day ``a .. b`` (see :meth:`PlainJudge.usage`):
        a rolling or calendar-year count carried from day to day."""
        present = self.present
        out: list[int] = []
        if rule.kind is RuleKind.ROLLING:
            assert rule.window_days is not None
            m = rule.window_days
            used = self.present_in(a - m, a - 1)  # the window ending the day before a
            for d in range(a, b + 1):
                used += (d in present) - (d - m in present)  # d comes in, d - m drops out
                out.append(used)
            return out
        if rule.kind is RuleKind.CALENDAR_YEAR:
            year = dt.date.fromordinal(a).year
            used = self.present_in(dt.date(year, 1, 1).toordinal(), a - 1)
            next_jan1 = dt.date(year + 1, 1, 1).toordinal() if year < dt.MAXYEAR else 1 << 30
            for d in range(a, b + 1):
                if d == next_jan1:  # the count starts again
                    used, year = 0, year + 1
                    next_jan1 = dt.date(year + 1, 1, 1).toordinal() if year < dt.MAXYEAR \
                        else 1 << 30
                used += d in present
                out.append(used)
            return out
        return [self.count(rule, d) for d in range(a, b + 1)]

    def count(self, rule: Rule, d: int) -> int:
        """What ``rule`` counts on day ``d`` (see :meth:`PlainJudge.usage`)."""
        match rule.kind:
            case RuleKind.ROLLING:
                assert rule.window_days is not None
                return self.present_in(d - rule.window_days + 1, d)
            case RuleKind.CALENDAR_YEAR:
                return self.present_in(dt.date(dt.date.fromordinal(d).year, 1, 1).toordinal(), d)
            case RuleKind.FIXED_WINDOW:
                assert rule.window_days is not None
                starts = self.window_starts(rule)  # windows never overlap: the last one
                k = bisect.bisect_right(starts, d) - 1  # starting on or before d is the one
                if k >= 0 and d < starts[k] + rule.window_days:
                    return self.present_in(starts[k], d)
                return 0
            case RuleKind.PER_ENTRY:
                a = self.entry_starts().get(d)
                return 0 if a is None else d - a + 1
        raise ValueError(f"rule kind {rule.kind.value} has no count")

    def entry_starts(self) -> dict[int, int]:
        """Per present day, the first day of the longest-running segment under way."""
        if self._entries is None:
            self._entries = {}
            for a, b in sorted(self.segments):
                for d in range(a, b + 1):
                    self._entries.setdefault(d, a)
        return self._entries

    def window_starts(self, rule: Rule) -> list[int]:
        """The first days of a fixed-window rule's windows (see the module docstring)."""
        assert rule.window_days is not None
        key = rule.id
        if key not in self._windows:
            lo = -1 if rule.valid_from is None else rule.valid_from.toordinal()
            hi = 1 << 30 if rule.valid_to is None else rule.valid_to.toordinal()
            out, i = [], bisect.bisect_left(self.days, lo)
            while i < len(self.days) and self.days[i] <= hi:
                out.append(self.days[i])
                i = bisect.bisect_left(self.days, self.days[i] + rule.window_days, lo=i)
            self._windows[key] = out
        return self._windows[key]

    def _rolling(self, n: int, m: int, lo: int, hi: int, out: _Ranges) -> None:
        days = self.days
        first = bisect.bisect_left(days, lo)
        j = bisect.bisect_left(days, (days[first] if first < len(days) else 0) - m + 1)
        for i in range(first, bisect.bisect_right(days, hi)):
            d = days[i]
            while days[j] <= d - m:
                j += 1
            if i - j + 1 > n:  # present days in d-m+1 .. d
                out.add(d, d)

    def _calendar_year(self, n: int, lo: int, hi: int, out: _Ranges) -> None:
        year, used, next_jan1 = 0, 0, -1
        for d in self.days:
            if d >= next_jan1:  # the first present day of another year
                year = dt.date.fromordinal(d).year
                next_jan1 = dt.date(year + 1, 1, 1).toordinal() if year < dt.MAXYEAR else 1 << 30
                used = 0
            used += 1
            if used > n and lo <= d <= hi:
                out.add(d, d)

    def _fixed(self, n: int, m: int, lo: int, hi: int, out: _Ranges) -> None:
        days = self.days
        i = bisect.bisect_left(days, lo)
        while i < len(days) and days[i] <= hi:
            start = days[i]
            end = min(start + m - 1, hi)
            used = 0
            while i < len(days) and days[i] <= end:
                used += 1
                if used > n:
                    out.add(days[i], days[i])
                i += 1
            i = bisect.bisect_left(days, start + m, lo=i)


def counting_runs(rules: Sequence[Rule], start: dt.date, end: dt.date
                  ) -> list[tuple[int, int, Rule]]:
    """The days ``start .. end`` cut where a rule begins or ends, each run with
    the rule :func:`counting_rule` picks for it: ``(i, j, rule)`` for the days
    ``start + i`` up to (not including) ``start + j``; runs with no counting
    rule in force are left out. What ``usage`` answers, run by run."""
    cuts = {start, end + dt.timedelta(days=1)}
    for r in rules:
        for d in (r.valid_from, r.valid_to and r.valid_to + dt.timedelta(days=1)):
            if d is not None and start < d <= end:
                cuts.add(d)
    bounds = sorted(cuts)
    out = []
    for run_start, run_next in zip(bounds, bounds[1:], strict=False):
        rule = counting_rule(rules, run_start)
        if rule is not None:
            out.append(((run_start - start).days, (run_next - start).days, rule))
    return out


class PlainJudge:
    """The breaches of one traveller's stays, judged once, in plain Python.

    Answers what :class:`~planner.core.engine.Evaluator` answers for a whole
    itinerary (:meth:`destinations`, :meth:`breaches`, :meth:`compliant`,
    :meth:`is_breach`, :meth:`breaching_rules`, :meth:`stay_breaches`,
    :meth:`usage`, :meth:`count`), with the same results; it is not updated
    by edits (an Evaluator made with ``deferred=True`` answers from one until
    it builds its arrays).
    """

    def __init__(self, rules: RuleSet, nationality: str, stays: Iterable[Stay] = ()) -> None:
        self.ruleset = rules
        self.nationality = nationality
        self._stays = tuple(stays)
        self._dest_rules: dict[str, list[Rule]] = {}
        segments: dict[str, list[Segment]] = {}
        self._visited: set[str] = set()
        for s in self._stays:
            for dest, segs in counted_segments(rules, self.rules_for, s).items():
                segments.setdefault(dest, []).extend(segs)
            self._visited.update(visited(rules, self.rules_for, s))
        self._dests = {d: _Destination(segs) for d, segs in segments.items()}
        self._found: dict[tuple[str, str], list[Segment]] = {}
        self._runs: dict[str, tuple[list[int], list[int]]] = {}

    @property
    def stays(self) -> tuple[Stay, ...]:
        return self._stays

    def rules_for(self, destination: str) -> list[Rule]:
        if destination not in self._dest_rules:
            self._dest_rules[destination] = self.ruleset.rules_for(destination, self.nationality)
        return self._dest_rules[destination]

    def segments(self, stay: Stay) -> dict[str, list[Segment]]:
        """The counted segments of a stay, per destination with rules."""
        return counted_segments(self.ruleset, self.rules_for, stay)

    def destinations(self) -> list[str]:
        """Destinations with rules that the itinerary visits (any status), sorted."""
        return sorted(self._visited)

    def _rule_breaches(self, destination: str, rule: Rule) -> list[Segment]:
        key = (destination, rule.id)
        if key not in self._found:
            state = self._dests.get(destination)
            self._found[key] = [] if state is None else state.breaches(rule)
        return self._found[key]

    def breaches(self, destination: str, rule: Rule | None = None) -> list[Span]:
        """Breach days of a destination (of one of its rules) as inclusive ranges,
        in order, merged where they touch."""
        if rule is not None:
            found: Sequence[Segment] = self._rule_breaches(destination, rule)
        else:
            found = merged(r for x in self.rules_for(destination)
                            for r in self._rule_breaches(destination, x))
        return [(dt.date.fromordinal(a), dt.date.fromordinal(b)) for a, b in found]

    def usage(self, destination: str, start: dt.date, end: dt.date
              ) -> tuple[list[int | None], list[int | None]]:
        """Per day from ``start`` to ``end``: days used and days allowed, by the
        rule :func:`counting_rule` picks for the day (``None`` for both on a day
        no counting rule is in force)."""
        n = (end - start).days + 1
        used: list[int | None] = [None] * n
        allowed: list[int | None] = [None] * n
        state = self._dests.get(destination) or _Destination([])
        for i, j, rule in counting_runs(self.rules_for(destination), start, end):
            first = start.toordinal() + i
            used[i:j] = state.counts(rule, first, first + (j - i) - 1)
            allowed[i:j] = [rule.max_days] * (j - i)
        return used, allowed

    def compliant(self) -> bool:
        return not any(self._rule_breaches(d, r) for d in self._dests for r in self.rules_for(d))

    def _breach_runs(self, destination: str) -> tuple[list[int], list[int]]:
        """The destination's breach ranges (all rules) as first and last ordinals."""
        found = self._runs.get(destination)
        if found is None:
            runs = merged(r for x in self.rules_for(destination)
                          for r in self._rule_breaches(destination, x))
            found = self._runs[destination] = ([a for a, _ in runs], [b for _, b in runs])
        return found

    def is_breach(self, destination: str, day: dt.date) -> bool:
        firsts, lasts = self._breach_runs(destination)
        o = day.toordinal()
        k = bisect.bisect_right(firsts, o) - 1
        return k >= 0 and o <= lasts[k]

    def breaching_rules(self, destination: str, day: dt.date) -> list[Rule]:
        """The destination's rules that ``day`` breaches, in rule-file order."""
        o = day.toordinal()
        out = []
        for r in self.rules_for(destination):
            found = self._rule_breaches(destination, r)
            k = bisect.bisect_right(found, (o, 1 << 30)) - 1
            if k >= 0 and o <= found[k][1]:
                out.append(r)
        return out

    def stay_breaches(self, index: int) -> list[tuple[str, dt.date]]:
        """(destination, day) pairs where a day of stay ``index`` breaches: per
        destination with rules, per counted segment, day by day (the engine's order)."""
        out: list[tuple[str, dt.date]] = []
        for dest, segs in self.segments(self._stays[index]).items():
            firsts, lasts = self._breach_runs(dest)
            for a, b in segs:
                k = max(bisect.bisect_right(firsts, a) - 1, 0)
                while k < len(firsts) and firsts[k] <= b:
                    out.extend((dest, dt.date.fromordinal(o))
                               for o in range(max(a, firsts[k]), min(b, lasts[k]) + 1))
                    k += 1
        return out

    def count(self, destination: str, rule: Rule, day: dt.date) -> int:
        """What ``rule`` (rolling, calendar year, fixed window or per entry) counts
        on ``day``, as :meth:`usage` counts it."""
        state = self._dests.get(destination) or _Destination([])
        return state.count(rule, day.toordinal())


def breach_runs(rules: Sequence[Rule], segments: list[Segment]) -> list[Segment]:
    """The days on which ``segments`` of one destination breach any of ``rules``,
    as inclusive ordinal ranges, in order, merged where they touch."""
    state = _Destination(segments)
    return merged(r for rule in rules for r in state.breaches(rule))

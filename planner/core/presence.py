"""Day-indexed presence and breach arrays for one destination.

Everything here works on day indices (``date.toordinal() - origin``) and NumPy
arrays, so that judging a rule over years of days is a handful of vector
operations instead of a loop over windows per day:

* ``cover[i]`` is how many counted (visa-free) stay segments include day i;
  a day is *present* when ``cover[i] > 0`` (two stays sharing a day count it
  once).
* ``pre[i]`` is the number of present days before index i (a prefix sum), so
  the present days in ``a .. b`` are ``pre[b + 1] - pre[a]``.
* ``hits[r][i]`` is true when day i breaches rule r; ``breach`` is their OR.

A *segment* is the part of one visa-free stay that counts for this
destination: the whole stay for a country, or the days on which the stay's
country belonged to a zone. Per-entry rules count from the segment's first day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from planner.core.lazy import np
from planner.core.rules import Rule, RuleKind

Segment = tuple[int, int]  # first and last day ordinal, inclusive
if TYPE_CHECKING:
    import numpy.typing as npt

    BoolArray = npt.NDArray[np.bool_]
    IntArray = npt.NDArray[np.int64]

MARGIN = 400  # spare days kept on both sides so that small moves need no rebuild


def _year_starts(origin: int, length: int) -> IntArray:
    """For each index, the index of 1 January of that day's year (may be < 0)."""
    out = np.empty(length, dtype=np.int64)
    first = dt.date.fromordinal(origin).year
    last = dt.date.fromordinal(origin + length - 1).year
    for year in range(first, last + 1):
        jan1 = dt.date(year, 1, 1).toordinal() - origin
        nxt = dt.date(year + 1, 1, 1).toordinal() - origin
        out[max(jan1, 0) : max(min(nxt, length), 0)] = jan1
    return out


class DestinationState:
    """Presence and breaches of one destination under a list of rules."""

    def __init__(self, destination: str, rules: Sequence[Rule],
                 segments: Iterable[Segment], *, lo: int | None = None,
                 hi: int | None = None, margin: int = MARGIN) -> None:
        self.destination = destination
        self.rules = list(rules)
        segs = list(segments)
        if lo is None or hi is None:
            lo = min((a for a, _ in segs), default=dt.date.today().toordinal())
            hi = max((b for _, b in segs), default=lo)
        self.origin = lo - margin
        self.length = hi - lo + 1 + 2 * margin
        # Segments become +1 at their first day and -1 after their last day;
        # a running sum of those steps is the cover.
        if segs:
            bounds = np.array(segs, dtype=np.int64) - self.origin
            steps = (np.bincount(bounds[:, 0], minlength=self.length + 1)
                     - np.bincount(bounds[:, 1] + 1, minlength=self.length + 1))
            self.cover = np.cumsum(steps[:-1], dtype=np.int32)
        else:
            self.cover = np.zeros(self.length, dtype=np.int32)
        self.segments: list[Segment] = segs
        self._years: IntArray | None = None
        self.present: BoolArray = np.zeros(self.length, dtype=bool)
        self.pre: IntArray = np.zeros(self.length + 1, dtype=np.int64)
        self.hits: list[BoolArray] = [np.zeros(self.length, dtype=bool) for _ in self.rules]
        self.breach: BoolArray = np.zeros(self.length, dtype=bool)
        self.refresh(0, self.length - 1)

    # ---- geometry -------------------------------------------------------

    def contains(self, seg: Segment) -> bool:
        return self.origin <= seg[0] and seg[1] < self.origin + self.length

    def index(self, ordinal: int) -> int:
        return ordinal - self.origin

    def _add_cover(self, seg: Segment, delta: int) -> None:
        a, b = seg[0] - self.origin, seg[1] - self.origin
        self.cover[a : b + 1] += delta

    def _in_force(self, rule: Rule) -> tuple[int, int]:
        f = 0 if rule.valid_from is None else rule.valid_from.toordinal() - self.origin
        t = self.length - 1 if rule.valid_to is None else rule.valid_to.toordinal() - self.origin
        return max(f, 0), min(t, self.length - 1)

    @property
    def years(self) -> IntArray:
        if self._years is None:
            self._years = _year_starts(self.origin, self.length)
        return self._years

    # ---- edits ----------------------------------------------------------

    def apply(self, removed: Sequence[Segment], added: Sequence[Segment]) -> tuple[int, int]:
        """Take segments away and add others; re-judge only what they affect.

        Returns the index range ``(a, b)`` in which breaches were re-judged.
        The caller checks :meth:`contains` first (else it rebuilds).
        """
        for s in removed:
            self._add_cover(s, -1)
            self.segments.remove(s)
        for s in added:
            self._add_cover(s, 1)
            self.segments.append(s)
        touched = [*removed, *added]
        if not touched:
            return (0, -1)
        a = min(s[0] for s in touched) - self.origin
        b = max(s[1] for s in touched) - self.origin
        return self.refresh(a, b)

    def refresh(self, a: int, b: int) -> tuple[int, int]:
        """Recount presence from index a and re-judge the days a change in
        ``a .. b`` can affect; returns the re-judged range."""
        a = max(a, 0)
        np.greater(self.cover[a:], 0, out=self.present[a:])
        self.pre[a + 1 :] = self.pre[a] + np.cumsum(self.present[a:])
        end = b
        for rule in self.rules:
            end = max(end, self._reach(rule, b))
        end = min(end, self.length - 1)
        for rule, hits in zip(self.rules, self.hits, strict=True):
            self._judge(rule, hits, a, end)
        if len(self.rules) == 0:
            self.breach[a : end + 1] = False
        else:
            np.logical_or.reduce([h[a : end + 1] for h in self.hits],
                                 out=self.breach[a : end + 1])
        return a, end

    def _reach(self, rule: Rule, b: int) -> int:
        """The last index whose judgement a change ending at b can alter."""
        match rule.kind:
            case RuleKind.ROLLING:
                assert rule.window_days is not None
                return b + rule.window_days - 1
            case RuleKind.CALENDAR_YEAR:
                year = dt.date.fromordinal(self.origin + min(b, self.length - 1)).year
                return dt.date(year, 12, 31).toordinal() - self.origin
            case RuleKind.FIXED_WINDOW:
                return self.length - 1  # window anchors can shift all the way
            case _:
                return b

    # ---- judging --------------------------------------------------------

    def _judge(self, rule: Rule, hits: BoolArray, a: int, b: int) -> None:
        """Set ``hits[a .. b]`` to the days that breach ``rule``."""
        hits[a : b + 1] = False
        f, t = self._in_force(rule)
        lo, hi = max(a, f), min(b, t)
        if rule.kind is RuleKind.FIXED_WINDOW:
            self._judge_fixed(rule, hits, f, t, a, b)
            return
        if lo > hi or rule.kind is RuleKind.NO_LIMIT:
            return
        present = self.present[lo : hi + 1]
        match rule.kind:
            case RuleKind.VISA_REQUIRED:
                hits[lo : hi + 1] = present
            case RuleKind.ROLLING:
                assert rule.window_days is not None and rule.max_days is not None
                idx = np.arange(lo, hi + 1)
                start = np.maximum(idx - rule.window_days + 1, 0)
                used = self.pre[idx + 1] - self.pre[start]
                hits[lo : hi + 1] = present & (used > rule.max_days)
            case RuleKind.CALENDAR_YEAR:
                assert rule.max_days is not None
                idx = np.arange(lo, hi + 1)
                start = np.maximum(self.years[lo : hi + 1], 0)
                used = self.pre[idx + 1] - self.pre[start]
                hits[lo : hi + 1] = present & (used > rule.max_days)
            case RuleKind.PER_ENTRY:
                assert rule.max_days is not None
                if not self.segments:
                    return
                # Day N+1 of each segment to its last day, within lo .. hi, as
                # +1/-1 steps (one pass over the segments, in NumPy).
                segs = np.array(self.segments, dtype=np.int64) - self.origin
                first = np.maximum(segs[:, 0] + rule.max_days, lo)
                last = np.minimum(segs[:, 1], hi)
                keep = first <= last
                if keep.any():
                    n = hi - lo + 2
                    steps = (np.bincount(first[keep] - lo, minlength=n)
                             - np.bincount(last[keep] + 1 - lo, minlength=n))
                    hits[lo : hi + 1] = np.cumsum(steps[:-1]) > 0
            case _:
                raise AssertionError(rule.kind)

    def windows(self, rule: Rule) -> list[tuple[int, int]]:
        """Fixed windows as index ranges: each starts on the first present day
        (on or after the rule's start) after the previous window ended."""
        assert rule.window_days is not None
        f, t = self._in_force(rule)
        out = []
        s = f
        while s <= t:
            nz = np.flatnonzero(self.present[s : t + 1])
            if nz.size == 0:
                break
            s += int(nz[0])
            out.append((s, s + rule.window_days - 1))
            s += rule.window_days
        return out

    def _judge_fixed(self, rule: Rule, hits: BoolArray, f: int, t: int, a: int,
                     b: int) -> None:
        assert rule.max_days is not None
        hits[f : t + 1] = False
        for s, e in self.windows(rule):
            e = min(e, t)
            idx = np.arange(s, e + 1)
            used = self.pre[idx + 1] - self.pre[s]
            hits[s : e + 1] = self.present[s : e + 1] & (used > rule.max_days)

    # ---- questions ------------------------------------------------------

    def used_allowed(self, rule: Rule, a: int, b: int) -> tuple[IntArray, int]:
        """Days counted by ``rule`` on each index ``a .. b`` and its limit N.

        Rolling: present days in the window ending on the day. Calendar
        year: present days since 1 January. Fixed window: present days since
        the window began (0 outside any window). Per entry: the day number of
        the longest-running stay segment covering the day (0 when absent).
        """
        assert rule.max_days is not None
        idx = np.arange(a, b + 1)
        match rule.kind:
            case RuleKind.ROLLING:
                assert rule.window_days is not None
                start = np.maximum(idx - rule.window_days + 1, 0)
                return self.pre[idx + 1] - self.pre[start], rule.max_days
            case RuleKind.CALENDAR_YEAR:
                start = np.maximum(self.years[a : b + 1], 0)
                return self.pre[idx + 1] - self.pre[start], rule.max_days
            case RuleKind.FIXED_WINDOW:
                used = np.zeros(b - a + 1, dtype=np.int64)
                for s, e in self.windows(rule):
                    x, y = max(s, a), min(e, b)
                    if x <= y:
                        used[x - a : y - a + 1] = (self.pre[np.arange(x, y + 1) + 1]
                                                   - self.pre[s])
                return used, rule.max_days
            case RuleKind.PER_ENTRY:
                used = np.zeros(b - a + 1, dtype=np.int64)
                for s, e in self.segments:
                    x, y = max(s - self.origin, a), min(e - self.origin, b)
                    if x <= y:
                        run = np.arange(x, y + 1) - (s - self.origin) + 1
                        np.maximum(used[x - a : y - a + 1], run, out=used[x - a : y - a + 1])
                return used, rule.max_days
        raise ValueError(f"rule kind {rule.kind.value} has no count")

    def breach_ranges(self, hits: BoolArray | None = None) -> list[tuple[dt.date, dt.date]]:
        """Breach days as inclusive date ranges, in order, merged where they touch."""
        arr = self.breach if hits is None else hits
        if not arr.any():
            return []
        padded = np.concatenate(([False], arr, [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(padded))
        starts, ends = edges[0::2], edges[1::2] - 1
        o = self.origin
        return [(dt.date.fromordinal(int(s) + o), dt.date.fromordinal(int(e) + o))
                for s, e in zip(starts, ends, strict=True)]

    def breaches_on(self, ordinal: int) -> list[Rule]:
        i = ordinal - self.origin
        if not 0 <= i < self.length:
            return []
        return [r for r, h in zip(self.rules, self.hits, strict=True) if h[i]]

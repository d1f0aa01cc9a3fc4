"""Planning answers on a whole itinerary, from the days near each question.

The planning answers (latest compliant exit, longest stay, earliest re-entry,
see :mod:`planner.core.planning`) ask whether a stay *adds* a breach to the
*other* stays. Asked for every stay of a long itinerary, each answer used to
rebuild the other stays' presence over the itinerary's whole span: time grew
with stays times days. Here the itinerary is indexed once
(:class:`StayIndex`: per destination, the counted segments sorted by first
day) and each question is answered by the allowance strip
(:mod:`planner.core.strip`) on arrays that cover only the days that can change
its answer (:func:`planner.core.strip.reach`: a rolling window or a calendar
year before the entry, the stay's longest length and that look-back after it).

:class:`Others` is "the other stays" of one question: the index, less some
stays (``skip``, by key), plus some stays of its own (``extra``). Example: the
exit window of stay 3 asks where to go while stay 3 is trimmed to its latest
exit; that is ``Others(index, skip={3}, extra=(trimmed,))`` — no copy of the
itinerary is made.

Most questions are about one entry day (the longest stay from a stay's
entry, whether a stay adds a breach); those are read by
:mod:`planner.core.strip_one`, from the index's segments as array slices.

Where the strip's arithmetic does not hold (fixed-window rules, a zone whose
membership changes within reach) the answers fall back to the exact search of
:mod:`planner.core.planning` over the whole list of other stays.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.core import plain_strip, probing, strip, strip_one
from planner.core.engine import Evaluator
from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.presence import Segment
from planner.core.rules import RuleSet

if TYPE_CHECKING:
    from planner.core.presence import IntArray

ONE_DAY = dt.timedelta(days=1)
FIRST_CAP = 128  # days: one short strip answers most stays; longer ones grow it
REENTRY_CHUNK = 128  # entry days tried per strip when looking for a re-entry


class _Sorted:
    """One destination's counted segments, sorted by first day, with their keys.

    The same rows as an array too (``first, last, key``), made at the first
    :meth:`near_array` and kept in step with each edit from then on: the
    one-entry strip reads the segments near a day with a few array slices
    rather than a list of pairs, which costs with the segments in reach.
    """

    def __init__(self) -> None:
        self.items: list[tuple[int, int, int]] = []  # (first, last, key)
        self.starts: list[int] = []
        self.longest = 0  # the longest segment ever added (days - 1)
        self._rows: IntArray | None = None  # items, then spare rows

    @classmethod
    def of(cls, items: list[tuple[int, int, int]]) -> _Sorted:
        """The rows ``items`` (first, last, key), sorted once."""
        out = cls()
        out.items = sorted(items)
        out.starts = [a for a, _b, _k in out.items]
        out.longest = max((b - a for a, b, _k in out.items), default=0)
        return out

    def add(self, seg: Segment, key: int) -> None:
        item = (seg[0], seg[1], key)
        i = bisect.bisect_right(self.items, item)
        self.items.insert(i, item)
        self.starts.insert(i, seg[0])
        self.longest = max(self.longest, seg[1] - seg[0])
        rows, n = self._rows, len(self.items)
        if rows is not None:
            if n > rows.shape[0]:
                spare = np.empty((max(rows.shape[0], 8), 3), dtype=np.int64)
                rows = self._rows = np.concatenate((rows, spare))
            rows[i + 1 : n] = rows[i : n - 1]
            rows[i] = item

    def remove(self, seg: Segment, key: int) -> None:
        i = bisect.bisect_left(self.items, (seg[0], seg[1], key))
        del self.items[i]
        del self.starts[i]
        if self._rows is not None:
            self._rows[i : len(self.items)] = self._rows[i + 1 : len(self.items) + 1]

    def near_array(self, lo: int, hi: int, skip: Collection[int]) -> IntArray:
        """:meth:`near` as an array of two columns."""
        if self._rows is None:  # (fromiter: half the time of np.array on a list of tuples)
            flat = itertools.chain.from_iterable(self.items)
            self._rows = np.fromiter(flat, dtype=np.int64, count=3 * len(self.items)
                                     ).reshape(-1, 3)
        i = bisect.bisect_left(self.starts, lo - self.longest)
        j = bisect.bisect_right(self.starts, hi)
        part = self._rows[i:j]
        keep = part[:, 1] >= lo
        for k in skip:
            keep &= part[:, 2] != k
        out = part[keep, :2]
        np.minimum(out[:, 1], hi, out=out[:, 1])
        return out

    def near(self, lo: int, hi: int, skip: Collection[int]) -> list[Segment]:
        """Segments overlapping ordinals ``lo .. hi``, whole at the start, cut at ``hi``."""
        i = bisect.bisect_left(self.starts, lo - self.longest)
        j = bisect.bisect_right(self.starts, hi)
        return [(a, b if b <= hi else hi) for a, b, k in self.items[i:j]
                if b >= lo and k not in skip]


#: A country's stays, as the index files them: per destination with rules, the
#: rows of that destination and the ordinal spans in which the country belongs
#: to it (``None``: every day); then the entry lists of the destinations its
#: counting stays enter.
_Plan = tuple[list[tuple[list[tuple[int, int, int]], list[tuple[int, int]] | None]],
              list[list[tuple[dt.date, int]]]]
_NEVER_AFTER = dt.date.max.toordinal()


class StayIndex:
    """An itinerary's stays by key, and per destination their counted segments.

    With ``plain``, the longest stays (latest exits) are read from
    :mod:`planner.core.plain_strip` where its arithmetic applies: the same
    answers without loading NumPy, for a window's first paint.
    """

    def __init__(self, rules: RuleSet, nationality: str, stays: Iterable[Stay] = (), *,
                 plain: bool = False) -> None:
        self.plain = plain
        self.ev = Evaluator(rules, nationality, [])
        self.stays: dict[int, Stay] = dict(enumerate(stays))
        self._by_dest: dict[str, _Sorted] = {}
        self._entries: dict[str, list[tuple[dt.date, int]]] = {}  # counting stays' entries
        # All at once: each destination's rows sorted once, not inserted one by
        # one, and each country's destinations looked up once (:meth:`_plan`):
        # a stay's rows are what Evaluator.segments gives it.
        rows: dict[str, list[tuple[int, int, int]]] = {}
        plans: dict[str, _Plan] = {}
        for key, stay in self.stays.items():
            if not stay.status.counts:  # no segments, no entry counted
                continue
            plan = plans.get(stay.country)
            if plan is None:
                plan = plans[stay.country] = self._plan(stay.country, rows)
            a, b = stay.entry.toordinal(), stay.exit.toordinal()
            for found, spans in plan[0]:
                if spans is None:
                    found.append((a, b, key))
                    continue
                for x, y in spans:
                    lo, hi = max(a, x), min(b, y)
                    if lo <= hi:
                        found.append((lo, hi, key))
            for listed in plan[1]:
                listed.append((stay.entry, key))
        for dest, found in rows.items():
            if found:
                self._by_dest[dest] = _Sorted.of(found)
        for listed in self._entries.values():
            listed.sort()

    def _plan(self, country: str, rows: dict[str, list[tuple[int, int, int]]]) -> _Plan:
        """Where the stays in ``country`` go (see :data:`_Plan`), made once per country."""
        ev = self.ev
        segments: list[tuple[list[tuple[int, int, int]], list[tuple[int, int]] | None]] = []
        entries: list[list[tuple[dt.date, int]]] = []
        for dest, memberships in ev.ruleset.destinations_of(country):
            if not ev.rules_for(dest):
                continue
            spans = [(1 if m.since is None else m.since.toordinal(),
                      _NEVER_AFTER if m.until is None else m.until.toordinal())
                     for m in memberships]
            segments.append((rows.setdefault(dest, []), spans or None))
            entries.append(self._entries.setdefault(dest, []))
        return segments, entries

    @property
    def rules(self) -> RuleSet:
        return self.ev.ruleset

    @property
    def nationality(self) -> str:
        return self.ev.nationality

    def add(self, key: int, stay: Stay) -> None:
        if key in self.stays:
            raise KeyError(f"stay {key} is already indexed")
        self.stays[key] = stay
        for dest, parts in self.ev.segments(stay).items():
            index = self._by_dest.setdefault(dest, _Sorted())
            for seg in parts:
                index.add(seg, key)
        if stay.status.counts:
            for dest in self.ev.destinations_of(stay):
                bisect.insort(self._entries.setdefault(dest, []), (stay.entry, key))

    def remove(self, key: int) -> Stay:
        stay = self.stays.pop(key)
        for dest, parts in self.ev.segments(stay).items():  # as add found them
            for seg in parts:
                self._by_dest[dest].remove(seg, key)
        if stay.status.counts:
            for dest in self.ev.destinations_of(stay):
                entries = self._entries[dest]
                del entries[bisect.bisect_left(entries, (stay.entry, key))]
        return stay

    def replace(self, key: int, stay: Stay) -> None:
        self.remove(key)
        self.add(key, stay)

    def segments(self, dest: str, lo: int, hi: int, skip: Collection[int]) -> list[Segment]:
        index = self._by_dest.get(dest)
        return [] if index is None else index.near(lo, hi, skip)

    def segment_array(self, dest: str, lo: int, hi: int, skip: Collection[int]) -> IntArray:
        """:meth:`segments` as an array of two columns."""
        index = self._by_dest.get(dest)
        return np.empty((0, 2), dtype=np.int64) if index is None \
            else index.near_array(lo, hi, skip)

    def latest_exit(self, key: int) -> probing.ExitAnswer:
        """The latest exit of stay ``key`` against the other stays indexed
        (:func:`planner.core.planning.latest_exit`, without indexing again)."""
        return Others(self, skip=frozenset({key})).latest_exit(self.stays[key])

    def next_stay(self, key: int) -> int | None:
        """The counting stay that enters first after stay ``key`` enters (ties: lowest
        key) and counts for one of its destinations; ``None`` if there is none."""
        stay = self.stays[key]
        best: tuple[dt.date, int] | None = None
        for dest in self.ev.destinations_of(stay):
            entries = self._entries.get(dest, [])
            i = bisect.bisect_right(entries, (stay.entry, 1 << 62))
            if i < len(entries) and (best is None or entries[i] < best):
                best = entries[i]
        return None if best is None else best[1]


@dataclass(frozen=True)
class Others:
    """The other stays of a planning question: ``index`` less ``skip``, plus ``extra``."""

    index: StayIndex
    skip: frozenset[int] = frozenset()
    extra: tuple[Stay, ...] = ()
    #: Shared answers (see :func:`planner.core.strip.allowances_from`).
    memo: strip.Memo | None = field(default=None, compare=False, repr=False)
    _extra_segments: dict[str, list[Segment]] = field(default_factory=dict, init=False,
                                                      compare=False, repr=False)

    def __post_init__(self) -> None:
        for s in self.extra:
            for dest, parts in self.index.ev.segments(s).items():
                self._extra_segments.setdefault(dest, []).extend(parts)

    @classmethod
    def of(cls, rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> Others:
        """All of ``stays``, indexed (for one-off questions)."""
        return cls(StayIndex(rules, nationality, stays))

    def stays(self) -> list[Stay]:
        """The other stays as a list, in key order, then the extra ones."""
        return [s for k, s in sorted(self.index.stays.items()) if k not in self.skip] + \
            list(self.extra)

    def _own(self, dest: str, lo: int, hi: int) -> list[Segment]:
        """The extra stays' segments of ``dest`` overlapping ``lo .. hi``, cut at ``hi``."""
        return [(a, min(b, hi)) for a, b in self._extra_segments.get(dest, [])
                if b >= lo and a <= hi]

    def segments(self, dest: str, lo: int, hi: int) -> list[Segment]:
        return self.index.segments(dest, lo, hi, self.skip) + self._own(dest, lo, hi)

    def segment_array(self, dest: str, lo: int, hi: int) -> IntArray:
        """:meth:`segments` as an array of two columns."""
        out = self.index.segment_array(dest, lo, hi, self.skip)
        own = self._own(dest, lo, hi)
        return np.concatenate((out, np.array(own, dtype=np.int64))) if own else out

    # ---- answers ------------------------------------------------------------

    def allowances(self, country: str, start: dt.date, end: dt.date, cap: int
                   ) -> IntArray:
        """:func:`planner.core.strip.allowances` against these stays."""
        return strip.allowances_from(self.index.ev, country, start, end, cap, self.segments,
                                     self.stays, self.memo)

    def allowance_strip(self, country: str, start: dt.date, end: dt.date
                        ) -> list[int | None]:
        """:func:`planner.core.strip.allowance_strip` against these stays: the
        segments near the days asked are read from the index rather than
        worked out again from every stay (the calendar's strip over one year
        of a 5 000-stay, 20-year itinerary reached back and ahead to some 3 000
        stays)."""
        if end < start:
            return []
        cap = probing.HORIZON_DAYS + 1
        vals = plain_strip.allowances_from(self.index.ev, country, start, end, cap,
                                           self.segments) if self.index.plain else None
        if vals is None:  # (warm, or where the plain strip's arithmetic does not apply)
            return [None if v >= cap else int(v)
                    for v in self.allowances(country, start, end, cap)]
        return [None if v >= cap else v for v in vals]

    def allowance(self, country: str, day: dt.date, cap: int) -> int:
        """``allowances(country, day, day, cap)[0]``, by the one-entry path
        (:mod:`planner.core.strip_one`)."""
        return strip_one.allowance(self.index.ev, country, day, cap, self.segments,
                                   self.stays, self.memo, self.segment_array)

    def _plain_allowance(self, country: str, day: dt.date, cap: int) -> int | None:
        """:meth:`allowance` from :mod:`planner.core.plain_strip`, or ``None``
        where that does not answer."""
        found = plain_strip.allowances_from(self.index.ev, country, day, day, cap, self.segments)
        return None if found is None else found[0]

    def longest(self, country: str, enter: dt.date, at_least: int = 0) -> int | None:
        """:func:`planner.core.planning.longest_stay` against these stays: a short
        strip first, a longer one only when the stay may last longer than that.

        The first strip is at least ``at_least`` days long: a caller about to
        compare the answer with that length gets it from one strip when it
        is shorter.
        """
        horizon = probing.HORIZON_DAYS + 1
        cap = min(max(FIRST_CAP, at_least), horizon)
        while True:
            k = self._plain_allowance(country, enter, cap) if self.index.plain else None
            if k is None:
                k = self.allowance(country, enter, cap)
            if k < cap:
                return k
            if cap >= horizon:
                return None
            cap = min(cap * 8, horizon)

    def latest_exit(self, stay: Stay) -> probing.ExitAnswer:
        """The latest exit with which ``stay`` adds no breach to these stays."""
        if not stay.status.counts:
            return probing.ExitAnswer(None, unlimited=True)
        k = self.longest(stay.country, stay.entry)
        if k is None:
            return probing.ExitAnswer(None, unlimited=True)
        return probing.ExitAnswer(None if k == 0 else stay.entry + (k - 1) * ONE_DAY)

    def monotone(self, country: str, first: dt.date, last: dt.date) -> bool:
        """True when a stay from a day adds no breach exactly when it is no longer
        than the longest stay from there (everything but fixed windows)."""
        ev = self.index.ev
        dests = ev.destinations_of(Stay(country, first, first))
        return strip.fast(ev.ruleset, country, dests, ev.rules_for, first, last)

    def earliest_reentry(self, country: str, days: int, after: dt.date) -> dt.date | None:
        """:func:`planner.core.planning.earliest_reentry` against these stays: the
        allowance strip a few months at a time, not one search per day."""
        if days < 1:
            raise ValueError("days must be at least 1")
        horizon = after + probing.HORIZON_DAYS * ONE_DAY
        if not self.monotone(country, after, horizon + days * ONE_DAY):
            return probing.earliest_reentry(
                self.index.rules, self.index.nationality, self.stays(), country, days, after)
        first, chunk = after, REENTRY_CHUNK
        while first <= horizon:
            last = min(first + (chunk - 1) * ONE_DAY, horizon)
            hits = np.flatnonzero(self.allowances(country, first, last, days) >= days)
            if hits.size:
                return first + int(hits[0]) * ONE_DAY
            first, chunk = last + ONE_DAY, chunk * 2
        return None

    def adds_breach(self, cand: Stay) -> bool:
        """True when ``cand`` adds a breach day to these stays (exact, any rule kind)."""
        if not cand.status.counts:
            return False
        if self.monotone(cand.country, cand.entry, cand.exit):
            return self.allowance(cand.country, cand.entry, cand.days) < cand.days
        return probing.adds_breach(self.index.rules, self.index.nationality,
                                            self.stays(), cand)

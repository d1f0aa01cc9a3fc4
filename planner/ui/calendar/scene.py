"""Where each stay's bars go in a view, and what lies under the pointer. No Qt.

A :class:`Bar` is one drawn piece of one stay: in the year view one per week
row the stay touches, in the timeline one per stay. Bars carry their lane and
the number of lanes around them, so painting and hit-testing share one
computation. Lanes in the year view are packed per week row (a travel day
makes only its own week two lanes high); in the timeline, over all stays.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from planner.core.model import Stay
from planner.ui.calendar.layout import (
    Rect,
    Run,
    TimelineLayout,
    YearLayout,
    lane_rect,
    pack_lanes,
)


@dataclass(frozen=True, slots=True)
class Bar:
    """One stay's bar over one run of days (a week row in the year view, the
    days in sight on the timeline): what is drawn and where a click lands."""

    index: int  # the stay's index in the itinerary
    first: dt.date  # first day drawn
    last: dt.date  # last day drawn
    rect: Rect
    starts: bool  # the stay's entry day is the first day drawn
    ends: bool  # the stay's exit day is the last day drawn
    x0: float = 0.0  # left edge of the cell of ``first``
    day_w: float = 0.0  # width of one day


def travel_days(stays: Sequence[Stay]) -> tuple[set[int], set[int]]:
    """Stays whose entry / exit day is a travel day shared with another stay.

    (indices entering on a day another stay exits, indices exiting on a day
    another stay enters). Such a day is drawn split: the leaving stay's bar
    ends in the middle of the cell and the arriving one's begins there, so
    the two fit in one lane. :class:`TravelDays` keeps the answer for a view
    whose stays change a few at a time.
    """
    days = TravelDays()
    return days.of(stays)


class TravelDays:
    """:func:`travel_days` of the stays a view shows, kept from one list of stays
    to the next: a list that differs from the last in a few places (a drag
    moves one stay) costs those places and the days they touch, not a rescan
    of every stay's neighbours."""

    REBUILD = 64  # more changed stays than this: start afresh

    def __init__(self) -> None:
        self._stays: tuple[Stay, ...] = ()
        # The stays by entry day and by exit day: made at the first update (a
        # drag), not for a list seen whole, whose splits need only two passes.
        self._entries: dict[dt.date, set[int]] | None = None
        self._exits: dict[dt.date, set[int]] = {}
        self.split_in: set[int] = set()
        self.split_out: set[int] = set()

    def of(self, stays: Sequence[Stay]) -> tuple[set[int], set[int]]:
        """(split entries, split exits) of ``stays``; see :func:`travel_days`."""
        new = tuple(stays)
        if new is self._stays:
            return self.split_in, self.split_out
        changed = None
        if len(new) == len(self._stays):
            changed = [i for i, (a, b) in enumerate(zip(self._stays, new, strict=True))
                       if a is not b]
        if changed is None or len(changed) > self.REBUILD:
            self._rebuild(new)
        else:
            self._update(new, changed)
        return self.split_in, self.split_out

    def replaced(self, before: tuple[Stay, ...], after: tuple[Stay, ...], index: int
                 ) -> tuple[set[int], set[int]]:
        """:meth:`of` ``after``, which differs from ``before`` in stay ``index``
        only: when the last list seen is ``before``, without comparing the others."""
        if before is not self._stays or len(after) != len(before):
            return self.of(after)
        self._update(after, [index])
        return self.split_in, self.split_out

    def _rebuild(self, stays: tuple[Stay, ...]) -> None:
        """Every stay's splits at once. A stay entering on day d is split when a
        stay leaving on d entered before d (never itself: it entered on d), so
        per exit day the earliest entry of the stays leaving then says it; the
        same, mirrored, for exits."""
        self._stays = stays
        self._entries = None
        earliest: dict[dt.date, dt.date] = {}  # exit day: the earliest entry leaving then
        latest: dict[dt.date, dt.date] = {}  # entry day: the latest exit entering then
        for s in stays:
            a, b = s.entry, s.exit
            if earliest.get(b, b) >= a:
                earliest[b] = a
            if latest.get(a, a) <= b:
                latest[a] = b
        self.split_in = {i for i, s in enumerate(stays) if earliest.get(s.entry, s.entry) < s.entry}
        self.split_out = {i for i, s in enumerate(stays) if latest.get(s.exit, s.exit) > s.exit}

    def _days(self) -> dict[dt.date, set[int]]:
        """The stays by entry day (made now if not yet); :attr:`_exits` by exit day."""
        if self._entries is None:
            self._entries, self._exits = {}, {}
            for i, s in enumerate(self._stays):
                self._entries.setdefault(s.entry, set()).add(i)
                self._exits.setdefault(s.exit, set()).add(i)
        return self._entries

    def _update(self, stays: tuple[Stay, ...], changed: list[int]) -> None:
        touched: set[dt.date] = set()
        entries, exits = self._days(), self._exits
        for i in changed:
            old, new = self._stays[i], stays[i]
            entries[old.entry].discard(i)
            exits[old.exit].discard(i)
            entries.setdefault(new.entry, set()).add(i)
            exits.setdefault(new.exit, set()).add(i)
            self.split_in.discard(i)
            self.split_out.discard(i)
            touched.update((old.entry, old.exit, new.entry, new.exit))
        self._stays = stays
        for day in touched:
            self._judge(day)

    def _judge(self, day: dt.date) -> None:
        """Decide the split of every stay entering or leaving on ``day``."""
        stays, entering, leaving = self._stays, self._days().get(day, ()), \
            self._exits.get(day, ())
        for i in entering:
            if any(j != i and stays[j].entry < day for j in leaving):
                self.split_in.add(i)
            else:
                self.split_in.discard(i)
        for i in leaving:
            if any(j != i and stays[j].exit > day for j in entering):
                self.split_out.add(i)
            else:
                self.split_out.discard(i)


class BreachRanges:
    """One destination's breach days as sorted, disjoint inclusive ranges, for
    asking which of them fall on a stay's days without scanning them all."""

    def __init__(self, ranges: Sequence[tuple[dt.date, dt.date]]) -> None:
        self.ranges = list(ranges)
        self._ends = [b.toordinal() for _, b in self.ranges]

    def within(self, first: int, last: int) -> list[tuple[dt.date, dt.date]]:
        """The breach days between ordinals ``first`` and ``last``, as ranges."""
        out = []
        for a, b in self.ranges[bisect.bisect_left(self._ends, first):]:
            if a.toordinal() > last:
                break
            lo, hi = max(a.toordinal(), first), min(b.toordinal(), last)
            out.append((dt.date.fromordinal(lo), dt.date.fromordinal(hi)))
        return out

    def differences(self, other: BreachRanges, first: int, last: int
                    ) -> list[tuple[dt.date, dt.date]]:
        """The days between ordinals ``first`` and ``last`` that are breach days
        in one of ``self`` and ``other`` but not in both, as ranges: what a
        re-judgement changed, and all a view has to repaint for it."""
        steps: dict[int, list[int]] = {}  # day -> change of (in self, in other)
        for k, ranges in enumerate((self, other)):
            for a, b in ranges.within(first, last):
                steps.setdefault(a.toordinal(), [0, 0])[k] += 1
                steps.setdefault(b.toordinal() + 1, [0, 0])[k] -= 1
        out: list[tuple[dt.date, dt.date]] = []
        inside = [0, 0]
        start: int | None = None
        for day in sorted(steps):
            inside[0] += steps[day][0]
            inside[1] += steps[day][1]
            differ = (inside[0] > 0) != (inside[1] > 0)
            if differ and start is None:
                start = day
            elif not differ and start is not None:
                out.append((dt.date.fromordinal(start), dt.date.fromordinal(day - 1)))
                start = None
        return out


def half_slots(stay: Stay, split_entry: bool, split_exit: bool) -> tuple[int, int]:
    """The half-day slots a bar occupies (day d: slots 2d and 2d + 1)."""
    return (2 * stay.entry.toordinal() + (1 if split_entry else 0),
            2 * stay.exit.toordinal() + (0 if split_exit else 1))


def _trim(r: Rect, left: bool, right: bool, day_w: float) -> Rect:
    """Cut half a day off the left and/or right end of a bar."""
    x = r.x + (day_w / 2 if left else 0)
    w = r.w - (day_w / 2 if left else 0) - (day_w / 2 if right else 0)
    return Rect(x, r.y, max(w, 2.0), r.h)


Part = Literal["body", "entry", "exit"]  # a bar's middle, its left end, its right end


@dataclass(frozen=True, slots=True)
class Hit:
    """The part of a stay's bar under the pointer."""

    index: int
    part: Part


def number_band(cell_h: float) -> float:
    """Height at the top of a year-view cell kept for the day number."""
    return min(15.0, max(cell_h * 0.42, 9.0))


RowKey = tuple[float, float]  # (y, x of the month): one week row of one month
RowItem = tuple[int, Stay, dt.date, dt.date, Rect]  # index, stay, first, last, cells


def year_rows(layout: YearLayout, stays: Sequence[Stay], floating: int | None = None,
              runs: dict[int, tuple[Stay, list[Run]]] | None = None
              ) -> dict[RowKey, list[RowItem]]:
    """The week runs of the stays that touch ``layout.year``, by week row, in
    the order of the stays. The ``floating`` stay's runs go under keys of
    their own, ``(-1, y)``. ``runs`` keeps each stay's runs in ``layout``
    from one call to the next (by the stay's ``id``, with the stay to check
    it is the same one)."""
    first = dt.date(layout.year, 1, 1)
    last = dt.date(layout.year, 12, 31)
    rows: dict[RowKey, list[RowItem]] = {}
    for i, s in enumerate(stays):
        if s.exit < first or s.entry > last:
            continue
        known = None if runs is None else runs.get(id(s))
        if known is None or known[0] is not s:
            known = (s, layout.runs(s.entry, s.exit))
            if runs is not None:
                runs[id(s)] = known
        for run in known[1]:
            key = ((run.rect.y, _month_x(layout, run.first)) if i != floating
                   else (-1.0, run.rect.y))
            rows.setdefault(key, []).append((i, s, run.first, run.last, run.rect))
    return rows


def row_bars(layout: YearLayout, key: RowKey, items: Sequence[RowItem],
             split: tuple[set[int], set[int]]) -> list[Bar]:
    """The bars of one week row: lanes packed within the row (a floating row,
    ``key[0] < 0``, takes the whole band)."""
    split_in, split_out = split
    cw, ch = layout.cell_size
    top = number_band(ch)
    slots = []
    for i, s, a, b, _ in items:
        lo, hi = half_slots(s, i in split_in, i in split_out)
        slots.append((max(lo, 2 * a.toordinal()), min(hi, 2 * b.toordinal() + 1)))
    lanes, n = pack_lanes(slots) if key[0] >= 0 else ([0] * len(items), 1)
    bars = []
    for (i, s, a, b, rect), lane in zip(items, lanes, strict=True):
        r = lane_rect(rect, lane, n, top, gap=2.0 if n > 1 else 0.0)
        starts, ends = a == s.entry, b == s.exit
        r = _trim(r, starts and i in split_in, ends and i in split_out, cw)
        r = Rect(r.x + 1, r.y, r.w - 2, r.h - 2)
        bars.append(Bar(i, a, b, r, starts, ends, rect.x, cw))
    return bars


def year_bars(layout: YearLayout, stays: Sequence[Stay], floating: int | None = None,
              split: tuple[set[int], set[int]] | None = None,
              runs: dict[int, tuple[Stay, list[Run]]] | None = None) -> list[Bar]:
    """Bars of the stays that touch ``layout.year``, lanes packed per week row.

    The ``floating`` stay (the one being dragged) takes no lane: its bars use
    the whole band and come last, drawn over the others, so that nothing else
    moves while it is dragged across them. ``runs``: see :func:`year_rows`.
    """
    split = split or travel_days(stays)
    rows = year_rows(layout, stays, floating, runs)
    bars: list[Bar] = []
    for key in sorted(rows, key=lambda k: k[0] < 0):  # the floating stay last
        bars.extend(row_bars(layout, key, rows[key], split))
    return bars


def _month_x(layout: YearLayout, day: dt.date) -> float:
    return layout.month_rect(day.month).x


def timeline_lanes(stays: Sequence[Stay], split: tuple[set[int], set[int]] | None = None
                   ) -> tuple[list[int], int]:
    split_in, split_out = split or travel_days(stays)
    return pack_lanes([half_slots(s, i in split_in, i in split_out)
                       for i, s in enumerate(stays)])


def timeline_bar(layout: TimelineLayout, stay: Stay, index: int, lane: int,
                 split: tuple[set[int], set[int]]) -> Bar:
    """The one bar of stay ``index`` in the timeline, in lane ``lane``."""
    full = layout.bar_rect(stay.entry, stay.exit, lane)
    r = _trim(full, index in split[0], index in split[1], layout.day_width)
    r = Rect(r.x + 0.5, r.y, r.w - 1, r.h)
    return Bar(index, stay.entry, stay.exit, r, True, True, full.x, layout.day_width)


def timeline_bars(layout: TimelineLayout, stays: Sequence[Stay], lanes: Sequence[int],
                  width: float, floating: int | None = None,
                  split: tuple[set[int], set[int]] | None = None) -> list[Bar]:
    """Bars of the stays with any day between the view's first and last visible day.

    The ``floating`` stay's bar comes last (drawn on top) in the lane it had.
    """
    lo, hi = layout.visible_days(width)
    split = split or travel_days(stays)
    out = [timeline_bar(layout, s, i, lanes[i], split) for i, s in enumerate(stays)
           if not (s.exit < lo or s.entry > hi)]
    out.sort(key=lambda b: b.index == floating)
    return out


def hit_test(bars: Sequence[Bar], x: float, y: float, edge: float = 6.0) -> Hit | None:
    """The bar under the point and which part of it: an end grips a resize.

    Ends are ``edge`` pixels wide (at most a third of a short bar); later
    bars are on top, so they win.
    """
    for bar in reversed(bars):
        r = bar.rect
        if not r.contains(x, y):
            continue
        grip = min(edge, r.w / 3)
        if bar.starts and x < r.x + grip:
            return Hit(bar.index, "entry")
        if bar.ends and x >= r.right - grip:
            return Hit(bar.index, "exit")
        return Hit(bar.index, "body")
    return None


def bar_day_rect(bar: Bar, first: dt.date, last: dt.date) -> Rect | None:
    """The part of a bar covering the days ``first .. last`` (clipped to the bar)."""
    a, b = max(first, bar.first), min(last, bar.last)
    if a > b:
        return None
    x = max(bar.x0 + (a - bar.first).days * bar.day_w, bar.rect.x)
    right = min(bar.x0 + ((b - bar.first).days + 1) * bar.day_w, bar.rect.right)
    return Rect(x, bar.rect.y, max(right - x, 0.0), bar.rect.h)


def best_year(stays: tuple[Stay, ...], today: dt.date) -> int:
    """Today's year if any stay touches it, else the year with the most stay days."""
    if any(s.entry.year <= today.year <= s.exit.year for s in stays):
        return today.year
    days: dict[int, int] = {}
    for s in stays:
        for y in range(s.entry.year, s.exit.year + 1):
            a, b = max(s.entry, dt.date(y, 1, 1)), min(s.exit, dt.date(y, 12, 31))
            days[y] = days.get(y, 0) + (b - a).days + 1
    if not days or today.year in days:
        return today.year
    return max(days, key=lambda y: (days[y], -y))

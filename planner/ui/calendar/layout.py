"""Pure layout maths for the calendar: dates <-> positions, lane packing.

No Qt here: rectangles are :class:`Rect` tuples of floats, so every function
can be tested without a QApplication (``tests/test_layout.py``).

The calendar shows one of two :class:`ViewMode` s, each with its layout.

Year view (:class:`YearLayout`): twelve month grids, each a title row, a row
of weekday initials and six week rows of seven day cells. Weeks begin on
``first_weekday`` (0 = Monday, as in :meth:`datetime.date.weekday`). A stay is
drawn as one *run* per week row it touches (:meth:`YearLayout.runs`).

Timeline view (:class:`TimelineLayout`): days run left to right from
``start``, ``day_width`` pixels each, shifted left by ``scroll`` pixels; lanes
are rows below a header.

Lanes (:func:`pack_lanes`): stays that share a day go in different lanes; a
travel day that ends one stay and begins the next is a shared day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

ONE_DAY = dt.timedelta(days=1)


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` (1..12) of ``year`` has: 29 for February 2024, 28 for
    February 2023 (what ``calendar.monthrange`` says, without loading that module,
    and the ``locale`` module it loads, before the window shows)."""
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (following - ONE_DAY).day


class ViewMode(StrEnum):
    """What the calendar shows; the value is the name kept in the settings."""

    YEAR = "year"  # twelve month grids (:class:`YearLayout`)
    TIMELINE = "timeline"  # a zoomable row of days (:class:`TimelineLayout`)


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    def contains(self, px: float, py: float) -> bool:
        """True when the point lies inside (left/top edges in, right/bottom out)."""
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


class Run(NamedTuple):
    """The part of a date range that lies in one week row of one month."""

    first: dt.date
    last: dt.date
    rect: Rect  # the day cells first .. last, full cell height


def pack_lanes(intervals: Sequence[tuple[int, int]]) -> tuple[list[int], int]:
    """Give each inclusive interval ``(first, last)`` a lane; return lanes and lane count.

    Greedy by start (longer first on ties, then input order): each interval
    takes the lowest lane whose last interval ended *before* its first day, so
    intervals that share even one day never share a lane.

    >>> pack_lanes([(1, 5), (5, 9), (6, 7)])
    ([0, 1, 0], 2)
    """
    order = sorted(range(len(intervals)),
                   key=lambda i: (intervals[i][0], -intervals[i][1], i))
    lane_end: list[int] = []  # last day occupied in each lane
    lanes = [0] * len(intervals)
    for i in order:
        first, last = intervals[i]
        for lane, end in enumerate(lane_end):
            if end < first:
                lanes[i] = lane
                lane_end[lane] = last
                break
        else:
            lanes[i] = len(lane_end)
            lane_end.append(last)
    return lanes, len(lane_end)


def lane_rect(cell: Rect, lane: int, lanes: int, top: float, gap: float = 1.0) -> Rect:
    """The band of ``cell`` (below ``top`` pixels) that lane ``lane`` of ``lanes`` uses."""
    lanes = max(lanes, 1)
    band = max(cell.h - top, 1.0)
    h = band / lanes
    return Rect(cell.x, cell.y + top + lane * h + gap / 2, cell.w, max(h - gap, 1.0))


# ---------------------------------------------------------------------------
# Year view


@dataclass(frozen=True)
class YearLayout:
    """Twelve month grids of ``year`` fitted into ``width`` x ``height`` pixels."""

    year: int
    width: float
    height: float
    first_weekday: int = 0
    margin: float = 12.0
    gap: float = 14.0
    title_h: float = 22.0
    weekday_h: float = 16.0

    @cached_property
    def grid(self) -> tuple[int, int]:
        """(columns, rows) of months: the arrangement with the largest day cells."""
        best = (4, 3)
        best_size = -1.0
        for cols, rows in ((6, 2), (4, 3), (3, 4), (2, 6)):
            cw, ch = self._cell_size(cols, rows)
            size = min(cw, ch * 1.25)
            if size > best_size:
                best, best_size = (cols, rows), size
        return best

    def _cell_size(self, cols: int, rows: int) -> tuple[float, float]:
        mw = (self.width - 2 * self.margin - (cols - 1) * self.gap) / cols
        mh = (self.height - 2 * self.margin - (rows - 1) * self.gap) / rows
        return max(mw / 7, 1.0), max((mh - self.title_h - self.weekday_h) / 6, 1.0)

    @cached_property
    def cell_size(self) -> tuple[float, float]:
        return self._cell_size(*self.grid)

    def month_rect(self, month: int) -> Rect:
        """The whole box of a month (1..12): title, weekday row and six weeks."""
        return self._month_rects[month - 1]

    @cached_property
    def _month_rects(self) -> list[Rect]:
        return [self._month_box(m) for m in range(1, 13)]

    def _month_box(self, month: int) -> Rect:
        cols, _ = self.grid
        cw, ch = self.cell_size
        mw, mh = 7 * cw, self.title_h + self.weekday_h + 6 * ch
        col, row = (month - 1) % cols, (month - 1) // cols
        return Rect(self.margin + col * (mw + self.gap), self.margin + row * (mh + self.gap),
                    mw, mh)

    def title_rect(self, month: int) -> Rect:
        m = self.month_rect(month)
        return Rect(m.x, m.y, m.w, self.title_h)

    def weekday_rect(self, month: int, column: int) -> Rect:
        m = self.month_rect(month)
        cw, _ = self.cell_size
        return Rect(m.x + column * cw, m.y + self.title_h, cw, self.weekday_h)

    def weekday_of_column(self, column: int) -> int:
        """The weekday (0 = Monday) shown in grid column ``column``."""
        return (self.first_weekday + column) % 7

    def _offset(self, month: int) -> int:
        return self._offsets[month - 1]

    @cached_property
    def _offsets(self) -> list[int]:
        return [(dt.date(self.year, m, 1).weekday() - self.first_weekday) % 7
                for m in range(1, 13)]

    def position(self, day: dt.date) -> tuple[int, int]:
        """(week row 0..5, column 0..6) of a day of this year in its month grid."""
        i = day.day - 1 + self._offset(day.month)
        return i // 7, i % 7

    def cell_rect(self, day: dt.date) -> Rect | None:
        """The cell of ``day``; ``None`` for a day of another year."""
        if day.year != self.year:
            return None
        m = self.month_rect(day.month)
        cw, ch = self.cell_size
        row, col = self.position(day)
        return Rect(m.x + col * cw, m.y + self.title_h + self.weekday_h + row * ch, cw, ch)

    def day_at(self, x: float, y: float) -> dt.date | None:
        """The day whose cell contains the point, or ``None`` (gaps, blank cells)."""
        cw, ch = self.cell_size
        for month in range(1, 13):
            m = self.month_rect(month)
            top = m.y + self.title_h + self.weekday_h
            if not (m.x <= x < m.right and top <= y < m.bottom):
                continue
            col, row = int((x - m.x) // cw), int((y - top) // ch)
            n = row * 7 + col - self._offset(month) + 1
            if 1 <= n <= days_in_month(self.year, month):
                return dt.date(self.year, month, n)
            return None
        return None

    def nearest_day(self, x: float, y: float) -> dt.date | None:
        """The day under the point, else the day whose cell centre is nearest in
        the month box under the point (blank cells before the 1st or after the
        last snap to it); ``None`` outside every month box."""
        hit = self.day_at(x, y)
        if hit is not None:
            return hit
        for month in range(1, 13):
            m = self.month_rect(month)
            if m.contains(x, y):
                last = days_in_month(self.year, month)
                days = [dt.date(self.year, month, d) for d in range(1, last + 1)]

                def dist(d: dt.date) -> float:
                    r = self.cell_rect(d)
                    assert r is not None
                    return (r.x + r.w / 2 - x) ** 2 + (r.y + r.h / 2 - y) ** 2
                return min(days, key=dist)
        return None

    def runs(self, first: dt.date, last: dt.date) -> list[Run]:
        """The week-row runs of the days ``first .. last`` that fall in this year."""
        lo = max(first, dt.date(self.year, 1, 1))
        hi = min(last, dt.date(self.year, 12, 31))
        out: list[Run] = []
        day = lo
        while day <= hi:
            row, col = self.position(day)
            month_end = dt.date(day.year, day.month, days_in_month(day.year, day.month))
            end = min(hi, month_end, day + dt.timedelta(days=6 - col))
            a = self.cell_rect(day)
            b = self.cell_rect(end)
            assert a is not None and b is not None
            out.append(Run(day, end, Rect(a.x, a.y, b.right - a.x, a.h)))
            day = end + ONE_DAY
        return out


# ---------------------------------------------------------------------------
# Timeline view


class TimelineLayout(NamedTuple):
    """Days left to right from ``start``; lanes of ``lane_h`` below a header."""

    start: dt.date
    day_width: float
    scroll: float = 0.0
    header_h: float = 40.0
    lane_h: float = 30.0
    lane_gap: float = 6.0
    top_pad: float = 10.0

    def x_of(self, day: dt.date) -> float:
        """Left edge of ``day``'s column in widget pixels."""
        return (day - self.start).days * self.day_width - self.scroll

    def day_at(self, x: float) -> dt.date:
        """The day whose column contains ``x`` (any x: days go on forever)."""
        return self.start + dt.timedelta(days=int((x + self.scroll) // self.day_width))

    def lane_y(self, lane: int) -> float:
        return self.header_h + self.top_pad + lane * (self.lane_h + self.lane_gap)

    def lane_at(self, y: float) -> int | None:
        """The lane whose bar band contains ``y``, or ``None`` (header, gaps)."""
        rel = y - self.header_h - self.top_pad
        if rel < 0:
            return None
        lane, within = divmod(rel, self.lane_h + self.lane_gap)
        return int(lane) if within < self.lane_h else None

    def bar_rect(self, first: dt.date, last: dt.date, lane: int) -> Rect:
        x = self.x_of(first)
        return Rect(x, self.lane_y(lane), ((last - first).days + 1) * self.day_width, self.lane_h)

    def day_rect(self, day: dt.date, height: float) -> Rect:
        """The full-height column of ``day`` (header excluded) in a view ``height`` high."""
        return Rect(self.x_of(day), self.header_h, self.day_width, max(height - self.header_h, 0))

    def visible_days(self, width: float) -> tuple[dt.date, dt.date]:
        """First and last day with any column pixel in ``0 .. width``."""
        return self.day_at(0.0), self.day_at(max(width - 1.0, 0.0))


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The 1st of every month from the month of ``first`` to the month of ``last``."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def clamp_zoom(day_width: float, lo: float = 2.0, hi: float = 64.0) -> float:
    """Keep a timeline zoom (pixels per day) within ``lo .. hi``."""
    return min(max(day_width, lo), hi)


def span_with_margin(stays: Sequence[tuple[dt.date, dt.date]], today: dt.date,
                     before: int = 30, after: int = 90) -> tuple[dt.date, dt.date]:
    """The date range a timeline scrolls over: all stays and today, with margins."""
    lo = min([today, *(a for a, _ in stays)]) - dt.timedelta(days=before)
    hi = max([today, *(b for _, b in stays)]) + dt.timedelta(days=after)
    return lo, hi

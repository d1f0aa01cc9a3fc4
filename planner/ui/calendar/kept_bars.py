"""Bars kept while one stay is dragged, laid out again only where a move changed them.

While a stay floats (it is dragged) it takes no lane, so the other stays'
bars stand still, except where the dragged stay makes or unmakes a travel day
with one of them: that stay's bar is cut by half a day, or no longer is, and
in the year view its week row packs its lanes again. :class:`YearBars` and
:class:`TimelineBars` keep the other stays' bars through a drag and lay out
again only the week rows (year) or bars (timeline) of the stays whose travel
day split changed; what they return is exactly what
:func:`~planner.ui.calendar.scene.year_bars` and
:func:`~planner.ui.calendar.scene.timeline_bars` give for the same stays.

The view calls ``forget`` when anything but the dragged stay changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from planner.core.model import Stay
from planner.ui.calendar.layout import Run, TimelineLayout, YearLayout
from planner.ui.calendar.scene import (
    Bar,
    RowItem,
    RowKey,
    row_bars,
    timeline_bar,
    timeline_bars,
    year_bars,
    year_rows,
)

Split = tuple[set[int], set[int]]  # (split entries, split exits): see scene.travel_days


def _split_changes(seen: tuple[frozenset[int], frozenset[int]], split: Split,
                   floating: int) -> tuple[set[int], tuple[frozenset[int], frozenset[int]]]:
    """The stays other than ``floating`` whose split differs from ``seen``, and
    the split to remember."""
    now = (frozenset(split[0]) - {floating}, frozenset(split[1]) - {floating})
    if now == seen:
        return set(), seen
    return set(now[0] ^ seen[0]) | set(now[1] ^ seen[1]), now


def _floating_flags(split: Split, f: int) -> Split:
    return ({0} if f in split[0] else set(), {0} if f in split[1] else set())


@dataclass
class _YearDrag:
    """The year view's bars of every stay but the dragged one, by week row, kept
    through one drag (and the rows each stay has bars in)."""

    layout: YearLayout
    floating: int
    rows: dict[RowKey, list[RowItem]]  # the other stays' week rows, in layout order
    bars: dict[RowKey, list[Bar]]  # each row's bars
    members: dict[int, list[RowKey]] = field(default_factory=dict)  # a stay's rows
    split: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())


class YearBars:
    """:func:`~planner.ui.calendar.scene.year_bars` for one view, kept while a
    stay is dragged. Each stay's week runs are kept too while the layout stands."""

    def __init__(self) -> None:
        self._drag: _YearDrag | None = None
        self._runs: tuple[YearLayout | None, dict[int, tuple[Stay, list[Run]]]] = (None, {})

    def forget(self) -> None:
        self._drag = None

    def bars(self, layout: YearLayout, stays: Sequence[Stay], floating: int | None,
             split: Split) -> list[Bar]:
        f = floating
        if self._runs[0] is not layout or len(self._runs[1]) > 2 * len(stays) + 64:
            self._runs = (layout, {})  # (edits leave runs of stays that are gone)
        runs = self._runs[1]
        if f is None:
            self._drag = None
            return year_bars(layout, stays, None, split, runs)
        d = self._drag
        if d is None or d.layout is not layout or d.floating != f:
            rows = year_rows(layout, stays, f, runs)
            mine = {k: v for k, v in rows.items() if k[0] >= 0}
            d = self._drag = _YearDrag(layout, f, mine, {})
            for key, items in mine.items():
                d.bars[key] = row_bars(layout, key, items, split)
                for item in items:
                    d.members.setdefault(item[0], []).append(key)
            _, d.split = _split_changes(d.split, split, f)
        else:
            changed, d.split = _split_changes(d.split, split, f)
            for key in {k for i in changed for k in d.members.get(i, ())}:
                d.bars[key] = row_bars(layout, key, d.rows[key], split)
        out = [b for row in d.bars.values() for b in row]
        own = year_bars(layout, (stays[f],), 0, _floating_flags(split, f))
        return out + [replace(b, index=f) for b in own]


@dataclass
class _TimelineDrag:
    """The timeline's bars of every stay but the dragged one, kept through one
    drag while ``key`` (layout, width, dragged stay, lanes, number of stays) stands."""

    key: tuple[object, ...]
    bars: list[Bar]  # the other stays' bars in sight, in the order of the stays
    at: dict[int, int]  # a stay's place in ``bars``
    split: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())


class TimelineBars:
    """:func:`~planner.ui.calendar.scene.timeline_bars` for one view, kept while
    a stay is dragged (the lanes stand through a drag; a scroll, a zoom or a
    resize lays the bars out afresh)."""

    def __init__(self) -> None:
        self._drag: _TimelineDrag | None = None

    def forget(self) -> None:
        self._drag = None

    def bars(self, layout: TimelineLayout, stays: Sequence[Stay], lanes: Sequence[int],
             width: float, floating: int | None, split: Split) -> list[Bar]:
        f = floating
        if f is None:
            self._drag = None
            return timeline_bars(layout, stays, lanes, width, None, split)
        key = (layout, width, f, id(lanes), len(stays))
        d = self._drag
        lo, hi = layout.visible_days(width)
        if d is None or d.key != key:
            d = self._drag = _TimelineDrag(key, [], {})
            for b in timeline_bars(layout, stays, lanes, width, f, split):
                if b.index != f:
                    d.at[b.index] = len(d.bars)
                    d.bars.append(b)
            _, d.split = _split_changes(d.split, split, f)
        else:
            changed, d.split = _split_changes(d.split, split, f)
            for i in changed:
                if i in d.at:
                    d.bars[d.at[i]] = timeline_bar(layout, stays[i], i, lanes[i], split)
        s = stays[f]
        if s.exit < lo or s.entry > hi:
            return list(d.bars)
        return d.bars + [timeline_bar(layout, s, f, lanes[f], split)]

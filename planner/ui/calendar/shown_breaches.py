"""The breach days a calendar shows, kept per destination between re-judgements.

The view paints breach cells and hatched bar parts from these ranges rather
than asking the evaluator on every paint; after a re-judgement
(:class:`~planner.core.engine.Change`) :meth:`ShownBreaches.update` takes the
destination's new breaches and says which days changed, which is all the view
repaints. Days are inclusive ``(first, last)`` date ranges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from planner.ui.calendar.scene import BreachRanges

Span = tuple[dt.date, dt.date]

#: Days whose neighbours are still dates: the repaint of a change widens by one
#: day on each side, which must not step off the calendar.
_FIRST, _LAST = dt.date(1, 1, 2), dt.date(9999, 12, 30)


class ShownBreaches:
    """Per destination, its breach days as :class:`~planner.ui.calendar.scene.BreachRanges`."""

    def __init__(self) -> None:
        self._by_dest: dict[str, BreachRanges] = {}

    def reset(self, breaches: Mapping[str, Sequence[Span]]) -> None:
        """Every destination's breaches anew (a new itinerary, rules or traveller)."""
        self._by_dest = {d: BreachRanges(spans) for d, spans in breaches.items()}

    def update(self, dest: str, breaches: Sequence[Span], span: Span) -> list[Span]:
        """Take ``dest``'s breaches after a change of the days in ``span``; the
        days whose breach state changed (all of ``span`` for a destination not
        seen before, none when nothing changed)."""
        old, new = self._by_dest.get(dest), BreachRanges(breaches)
        if old is not None and old.ranges == new.ranges:
            return []
        self._by_dest[dest] = new
        first, last = max(span[0], _FIRST), min(span[1], _LAST)
        if old is None:
            return [(first, last)]
        return old.differences(new, first.toordinal(), last.toordinal())

    def on_segments(self, segments: Mapping[str, Iterable[tuple[int, int]]]) -> list[Span]:
        """The breach days on a stay's segments (day ordinals, per destination)."""
        out: list[Span] = []
        for dest, segs in segments.items():
            ranges = self._by_dest.get(dest)
            if ranges is not None:
                for x, y in segs:
                    out.extend(ranges.within(x, y))
        return out

    def within(self, first: dt.date, last: dt.date) -> list[Span]:
        """The breach days of every destination from ``first`` to ``last``."""
        out: list[Span] = []
        for ranges in self._by_dest.values():
            out.extend(ranges.within(first.toordinal(), last.toordinal()))
        return out

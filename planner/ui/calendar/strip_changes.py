"""Which days of the timeline's usage strips a re-judgement changed. No Qt.

A usage strip draws, for each day in sight, the days used and the days
allowed on it (:meth:`~planner.core.engine.Evaluator.usage`), scaled to the
highest of them. Dragging a stay by a day changes the count of a rolling
window only on the days whose window gained or lost a day: near the stay,
and again a window's length later; the rest of the strip stands.
:class:`StripsShown` remembers what each strip showed when it was last
painted, and where, and answers which columns must be painted again; when a
strip came or went (a stay moved out of a zone's days, say) the others moved
and all of them must be.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from planner.ui.calendar.layout import Rect, TimelineLayout

Counts = Sequence[int | None]


def _peak(used: Counts, allowed: Counts) -> int:
    """What a strip's scale depends on (with its rules, which a drag leaves alone)."""
    return max([1, *(a for a in allowed if a is not None), *(u for u in used if u is not None)])


class StripsShown:
    """The counts each destination's strip showed when it was last painted."""

    def __init__(self) -> None:
        self._shown: dict[str, tuple[dt.date, dt.date, Counts, Counts]] = {}
        self._laid: list[tuple[str, Rect]] = []

    def painted(self, first: dt.date, last: dt.date,
                counts: Mapping[str, tuple[Counts, Counts]],
                laid: list[tuple[str, Rect]]) -> None:
        """The strips of ``counts`` were painted over the days ``first .. last``;
        ``laid``: every strip's destination and place."""
        for dest, (used, allowed) in counts.items():
            self._shown[dest] = (first, last, used, allowed)
        self._laid = laid

    def moved(self, laid: list[tuple[str, Rect]]) -> bool:
        """Whether the strips are no longer where they were painted (then nothing
        painted is known any more: every strip is to be painted again)."""
        if laid == self._laid:
            return False
        self._laid = laid
        self.forget()
        return True

    def forget(self) -> None:
        self._shown.clear()

    def changed(self, lay: TimelineLayout, dest: str, extent: Rect, first: dt.date,
                last: dt.date, used: Counts, allowed: Counts) -> list[Rect]:
        """The parts of the strip of ``dest`` (all it may paint: ``extent``) to
        paint again to show ``used`` and ``allowed`` over ``first .. last``: the
        columns of the days whose counts changed, or all of it when the days in
        sight or the scale changed, or nothing is known of what it shows."""
        shown = self._shown.get(dest)
        if shown is None or shown[:2] != (first, last) or len(shown[2]) != len(used) \
                or _peak(shown[2], shown[3]) != _peak(used, allowed):
            return [extent]
        out: list[Rect] = []
        start: int | None = None
        for i, (was, now) in enumerate(zip(zip(shown[2], shown[3], strict=True),
                                           zip(used, allowed, strict=True), strict=True)):
            if was != now and start is None:
                start = i
            elif was == now and start is not None:
                out.append(self._columns(lay, extent, first, start, i - 1))
                start = None
        if start is not None:
            out.append(self._columns(lay, extent, first, start, len(used) - 1))
        return out

    @staticmethod
    def _columns(lay: TimelineLayout, extent: Rect, first: dt.date, a: int, b: int) -> Rect:
        x0 = math.floor(lay.x_of(first + dt.timedelta(days=a))) - 1
        x1 = math.ceil(lay.x_of(first + dt.timedelta(days=b)) + lay.day_width) + 1
        return Rect(x0, extent.y, x1 - x0, extent.h)

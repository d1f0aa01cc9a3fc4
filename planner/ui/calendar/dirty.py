"""What a change on the calendar dirties, in pixels: the extent of a bar, the
bars a change moved, and a cheap test of a rectangle against a paint event's
region (a paint of two small places far apart draws only what lies in them)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion

from planner.ui.calendar.layout import Rect
from planner.ui.calendar.scene import Bar


def extent(r: Rect) -> QRect:
    """The pixels a bar (or a run of cells) at ``r`` may paint, with its
    antialiased edges and the shadow of a dragged bar: what to repaint when it
    comes or goes, and what a repaint must draw it for. Three pixels around
    it: a conflict's dashed outline (:mod:`planner.ui.planning.timeline_marks`)
    is drawn a pixel outside the bar with a two-pixel pen."""
    x, y = math.floor(r.x) - 3, math.floor(r.y) - 3
    return QRect(x, y, math.ceil(r.right) + 4 - x, math.ceil(r.bottom) + 4 - y)


def changed_bars(old: list[Bar], new: list[Bar], index: int) -> list[Bar] | None:
    """The bars to repaint after stay ``index`` changed: its old and new bars
    and every other bar that moved, came or went (None: too many to list)."""
    out = [b for b in old if b.index == index] + [b for b in new if b.index == index]
    was = [b for b in old if b.index != index]
    now = [b for b in new if b.index != index]
    if len(was) == len(now):
        for a, b in zip(was, now, strict=True):
            if a is not b and a != b:
                out += (a, b)
    else:
        out += set(was).symmetric_difference(now)
    return out if len(out) <= 200 else None


class Dirty:
    """A paint event's region, asked about many rectangles: those clear of its
    bounding box are answered without building a QRect."""

    def __init__(self, region: QRegion) -> None:
        self.region = region
        box = region.boundingRect()
        self._box = (box.left() - 4, box.top() - 4, box.right() + 3, box.bottom() + 3)

    def touches(self, r: Rect) -> bool:
        """Whether :func:`extent` of ``r`` meets the region."""
        x0, y0, x1, y1 = self._box
        if r.x > x1 or r.y > y1 or r.x + r.w < x0 or r.y + r.h < y0:
            return False
        return self.region.intersects(extent(r))

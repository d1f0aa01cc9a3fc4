"""Extra drawings over the calendar view: the planning markers, the allowance
strip and the make-compliant proposal.

A layer is any object with ``paint(painter, font)`` and ``tooltip(pos)``; the
view calls every layer in :attr:`CalendarView.layers` after the stay bars and
asks them for a tooltip before its own. The helpers here place the allowance
strip in both views, through the view's public geometry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QPainter

from planner.ui.calendar.layout import Rect, ViewMode

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView

ONE_DAY = dt.timedelta(days=1)
STRIP_H = 3.0  # year view: the allowance strip at the foot of each week row
TIMELINE_STRIP_H = 7.0  # timeline: the strip just under the date header


class ViewLayer(Protocol):
    def paint(self, p: QPainter, font: QFont) -> None: ...

    def tooltip(self, pos: QPoint) -> str | None: ...


def strip_rect(view: CalendarView, day: dt.date) -> Rect | None:
    """Where the allowance strip shows ``day``."""
    return strip_rects(view, [day])[0]


def strip_rects(view: CalendarView, days: Sequence[dt.date]) -> list[Rect | None]:
    """:func:`strip_rect` of many days, with one layout (a year of them per paint):
    at the foot of each day's cell (year), or just under the date header (timeline)."""
    year = view.mode is ViewMode.YEAR
    cell = view.year_layout().cell_rect if year else view.day_rect
    out: list[Rect | None] = []
    for day in days:
        r = cell(day)
        if r is None:
            out.append(None)
        elif year:
            out.append(Rect(r.x, r.bottom - STRIP_H, r.w, STRIP_H))
        else:
            out.append(Rect(r.x, r.y + 1, r.w, TIMELINE_STRIP_H))
    return out


def strip_day_at(view: CalendarView, pos: QPoint) -> dt.date | None:
    """The day whose strip piece is under ``pos`` (a pixel of slack above and below)."""
    day = view.day_at(pos)
    if day is None:
        return None
    r = strip_rect(view, day)
    if r is None or not (r.y - 2 <= pos.y() <= r.bottom + 1):
        return None
    return day


def update_rects(view: CalendarView, rects: list[Rect], pad: int = 2) -> None:
    """Schedule a repaint of ``rects`` (with ``pad`` pixels around) only."""
    vp = view.viewport()
    for r in rects:
        vp.update(QRect(int(r.x) - pad, int(r.y) - pad, int(r.w) + 2 * pad + 1,
                        int(r.h) + 2 * pad + 1))

"""Where things are on the painted calendar: the view's public geometry queries.

:class:`ViewGeometry` is the base of
:class:`~planner.ui.calendar.calendar_view.CalendarView`. It answers, for the
mode, year, zoom and scroll position shown now, which day lies under a point,
where a day's cell or a stay's bar lies and what the bars are; tests, the
benchmark and the planning layers aim with these, never with the layouts of
:mod:`planner.ui.calendar.layout` and :mod:`planner.ui.calendar.scene` behind
them. The view owns and resets the state declared here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QPointF
from PySide6.QtWidgets import QAbstractScrollArea

from planner.ui.calendar.kept_bars import TimelineBars, YearBars
from planner.ui.calendar.layout import Rect, TimelineLayout, ViewMode, YearLayout
from planner.ui.calendar.scene import (
    Bar,
    Hit,
    Part,
    TravelDays,
    hit_test,
    number_band,
    timeline_lanes,
)

if TYPE_CHECKING:
    from planner.ui.calendar import view_mouse
    from planner.ui.document import Document


class ViewGeometry(QAbstractScrollArea):
    """Geometry of the calendar as drawn now; the state is set by the view."""

    doc: Document
    mode: ViewMode
    year: int
    day_width: float
    monday_first: bool
    _drag: view_mouse.Drag | None
    _bars: list[Bar] | None
    _lanes: tuple[list[int], int] | None
    _travel: TravelDays
    _year_layout: YearLayout | None
    _year_bars: YearBars
    _timeline_bars: TimelineBars
    _span: tuple[dt.date, dt.date]

    @property
    def floating(self) -> int | None:
        """The stay being dragged, drawn over the others without a lane of its own."""
        return self._drag.floating if self._drag is not None else None

    def year_layout(self) -> YearLayout:
        first = 0 if self.monday_first else QLocale().firstDayOfWeek().value - 1
        lay = self._year_layout
        if lay is None or (lay.year, lay.width, lay.height, lay.first_weekday) != (
                self.year, self.viewport().width(), self.viewport().height(), first):
            # One layout while nothing changes: it keeps its month boxes computed.
            lay = self._year_layout = YearLayout(self.year, self.viewport().width(),
                                                 self.viewport().height(), first_weekday=first)
        return lay

    def timeline_layout(self) -> TimelineLayout:
        """The timeline's geometry as it is drawn now."""
        return self._timeline()

    def _timeline(self) -> TimelineLayout:
        return TimelineLayout(self._span[0], self.day_width,
                              float(self.horizontalScrollBar().value()))

    def bars(self) -> list[Bar]:
        if self._bars is None:
            stays = self.doc.stays
            split = self._travel.of(stays)
            if self.mode is ViewMode.YEAR:
                self._bars = self._year_bars.bars(self.year_layout(), stays, self.floating,
                                                  split)
            else:
                if self._lanes is None:
                    self._lanes = timeline_lanes(stays, split)
                self._bars = self._timeline_bars.bars(self._timeline(), stays, self._lanes[0],
                                                      self.viewport().width(), self.floating,
                                                      split)
        return self._bars

    def day_at(self, pos: QPoint | QPointF, snap: bool = False) -> dt.date | None:
        if self.mode is ViewMode.YEAR:
            lay = self.year_layout()
            return lay.nearest_day(pos.x(), pos.y()) if snap else lay.day_at(pos.x(), pos.y())
        return self._timeline().day_at(pos.x())

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        """Cells (year) or columns (timeline) of the visible days first .. last."""
        if self.mode is ViewMode.YEAR:
            return [r.rect for r in self.year_layout().runs(first, last)]
        lay = self._timeline()
        lo, hi = lay.visible_days(self.viewport().width())
        a, b = max(first, lo), min(last, hi)
        if a > b:
            return []
        x = lay.x_of(a)
        return [Rect(x, lay.header_h, lay.x_of(b) + lay.day_width - x,
                     self.viewport().height() - lay.header_h)]

    def day_rect(self, day: dt.date) -> Rect | None:
        """The whole cell of ``day`` (year; None outside the year shown), or its
        column below the date header (timeline; also for days scrolled out of sight)."""
        if self.mode is ViewMode.YEAR:
            return self.year_layout().cell_rect(day)
        return self._timeline().day_rect(day, self.viewport().height())

    def visible_days(self) -> tuple[dt.date, dt.date]:
        """The first and last day shown: the year's, or the timeline's visible columns."""
        if self.mode is ViewMode.YEAR:
            return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        return self._timeline().visible_days(self.viewport().width())

    def number_band(self) -> float:
        """Height at the top of a year-view cell kept for the day number."""
        return number_band(self.year_layout().cell_size[1])

    def lane_rects(self, index: int, first: dt.date, last: dt.date) -> list[Rect]:
        """Where a bar of stay ``index`` covering ``first .. last`` may lie: in the
        year view each week's run of cells below the day numbers, in the timeline
        the stay's own lane (the first lane for a stay not in the document)."""
        if self.mode is ViewMode.YEAR:
            band = self.number_band()
            return [Rect(r.rect.x, r.rect.y + band, r.rect.w, r.rect.h - band)
                    for r in self.year_layout().runs(first, last)]
        if self._lanes is None:
            self._lanes = timeline_lanes(self.doc.stays)
        lanes = self._lanes[0]
        return [self._timeline().bar_rect(first, last, lanes[index] if index < len(lanes) else 0)]

    def day_center(self, day: dt.date) -> QPoint:
        """A point inside ``day``'s cell (below the day number, in the bar band)."""
        if self.mode is ViewMode.YEAR:
            r = self.year_layout().cell_rect(day)
            assert r is not None, f"{day} is not in the year shown"
            return QPoint(int(r.x + r.w / 2), int(r.y + r.h * 0.75))
        lay = self._timeline()
        return QPoint(int(lay.x_of(day) + lay.day_width / 2), int(lay.lane_y(0) + 4))

    def bar_point(self, index: int, part: Part = "body") -> QPoint:
        """A point on stay ``index``'s first bar: its middle, or its entry/exit grip."""
        mine = [b for b in self.bars() if b.index == index]
        bar = {"entry": next((b for b in mine if b.starts), mine[0]),
               "exit": next((b for b in mine if b.ends), mine[-1])}.get(part, mine[0])
        r = bar.rect
        x = {"entry": r.x + 2, "exit": r.right - 2}.get(part, r.x + r.w / 2)
        return QPoint(int(x), int(r.y + r.h / 2))

    def hit(self, pos: QPoint | QPointF) -> Hit | None:
        return hit_test(self.bars(), pos.x(), pos.y())

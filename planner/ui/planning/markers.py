"""Markers of the selected stay's exit window, in both calendar views.

* "leave by 1 May": a line at the end of the stay's latest compliant exit day,
  with a small flag. Drawn for every selected stay that a rule limits.
* "return from 31 Jul": a line at the start of the earliest day on which a
  stay of the length of the next planned stay there (or, with none, of the
  days cut off) may begin.

Year view: the line runs down the day cell and the flag sits in the cell's
day-number band, pointing into the stay (leave by) or into the future
(return). Timeline: the line runs down all lanes and the flag sits in the
lower header row, like the "Today" tag.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from planner.core.advice import ExitWindow
from planner.ui.calendar.layout import ViewMode
from planner.ui.planning.plan_texts import leave_by_label, long_date, return_label

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView
    from planner.ui.planning.advice_state import AdviceState

LEAVE = QColor("#e65100")
RETURN = QColor("#2e7d32")


class ExitMarkers(QObject):
    """A view layer drawing the "leave by" and "return from" markers."""

    def __init__(self, view: CalendarView, state: AdviceState) -> None:
        super().__init__(view)
        self.view, self.state = view, state
        self._flags: list[tuple[QRectF, str]] = []
        state.changed.connect(lambda _w: view.viewport().update())
        view.layers.append(self)

    def marks(self) -> list[tuple[dt.date, bool, str, QColor, str]]:
        """(day, at the day's right edge, label, colour, tooltip) of each marker."""
        w: ExitWindow | None = self.state.window
        if w is None or w.index != self.view.selected or w.unlimited:
            return []
        out = []
        if w.leave_by is not None:
            tip = self.tr("Latest compliant exit: {date}").format(date=long_date(w.leave_by))
            out.append((w.leave_by, True, leave_by_label(w.leave_by), LEAVE, tip))
        if w.earliest_return is not None and w.return_days:
            tip = self.tr("Earliest day a stay of {days} days may start: {date}").format(
                days=w.return_days, date=long_date(w.earliest_return))
            out.append((w.earliest_return, False, return_label(w.earliest_return), RETURN,
                        tip))
        return out

    def paint(self, p: QPainter, font: QFont) -> None:
        self._flags = []
        marks = self.marks()
        if not marks:
            return
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
        small.setBold(True)
        fm = QFontMetricsF(small)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(small)
        for day, right, label, color, tip in marks:
            geo = self._geometry(day, right, fm.horizontalAdvance(label) + 10,
                                 fm.height() + 2)
            if geo is None:
                continue
            x, top, bottom, flag = geo
            p.setPen(QPen(color, 2))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(flag, 3, 3)
            p.setPen(QColor("white"))
            p.drawText(flag, Qt.AlignmentFlag.AlignCenter, label)
            self._flags.append((flag, tip))
        p.restore()

    def _geometry(self, day: dt.date, right: bool, w: float, h: float
                  ) -> tuple[float, float, float, QRectF] | None:
        view = self.view
        if view.mode is ViewMode.YEAR:
            lay = view.year_layout()
            r = lay.cell_rect(day)
            if r is None:
                return None
            x = r.right if right else r.x
            box = lay.month_rect(day.month)
            band = view.number_band()
            h = min(h, band)
            left = x - w if right else x
            left = min(max(left, box.x), box.right - w)
            return x, r.y, r.bottom, QRectF(left, r.y + (band - h) / 2, w, h)
        column = view.day_rect(day)  # below the date header, where the flags go
        if column is None:
            return None
        x = column.right if right else column.x
        if x < -w or x > view.viewport().width() + w:
            return None
        left = x - w if right else x
        return x, column.y, column.bottom, QRectF(left, column.y - h - 1, w, h)

    def tooltip(self, pos: QPoint) -> str | None:
        return next((tip for flag, tip in self._flags if flag.contains(QPointF(pos))), None)

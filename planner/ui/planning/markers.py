"""Markers of the selected stay's exit window, in both calendar views.

* "leave by 1 May": a line at the end of the stay's latest compliant exit day,
  with a small flag. Drawn for every selected stay that a rule limits.
* "return from 31 Jul": a line at the start of the earliest day on which a
  stay of the length of the next planned stay there (or, with none, of the
  days cut off) may begin.

Year view: the line runs down the day cell and the flag sits in the month's
title row, right of the month's name, so that it covers no day number; where
the long text does not fit there it says just "by 29 Jul" / "from 8 Sep", or
is a bare coloured tab (the tooltip and the exit window say it in full).
Timeline: the line runs down all lanes and the flag sits in the upper header
row beside the month names (in the lower one, over the day numbers, only
where a month's name takes that place), kept inside the view at its edges.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from planner.ui.calendar.layout import ViewMode
from planner.ui.calendar.painting import month_headings, month_title
from planner.ui.planning.plan_texts import (
    leave_by_label,
    leave_by_short,
    long_date,
    return_label,
    return_short,
    until_label,
)

if TYPE_CHECKING:
    from planner.core.advice import ExitWindow
    from planner.ui.calendar.calendar_view import CalendarView
    from planner.ui.planning.advice_state import AdviceState

LEAVE = QColor("#b33f00")  # white labels read on both at 4.5:1 or more
RETURN = QColor("#2e7d32")
UNTIL = QColor("#5f6368")  # a stay that keeps to the rules: neutral


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
            if w.breaching:
                out.append((w.leave_by, True, leave_by_label(w.leave_by), LEAVE, tip))
            else:  # one vocabulary: "leave by" only for a breach
                out.append((w.leave_by, True, until_label(w.leave_by), UNTIL, tip))
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
        taken: list[QRectF] = []
        for day, right, label, color, tip in marks:
            geo = None
            short = leave_by_short(day) if right else return_short(day)
            for text in (label, short, ""):  # "": a bare tab, its tooltip says it
                geo = self._geometry(day, right, fm.horizontalAdvance(text) + 10,
                                     fm.height() + 2, font, taken)
                if geo is not None:
                    label = text
                    break
            if geo is None:
                continue
            x, top, bottom, flag = geo
            taken.append(flag)
            p.setPen(QPen(color, 2))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(flag, 3, 3)
            p.setPen(QColor("white"))
            p.drawText(flag, Qt.AlignmentFlag.AlignCenter, label)
            self._flags.append((flag, tip))
        p.restore()

    def _geometry(self, day: dt.date, right: bool, w: float, h: float, font: QFont,
                  taken: list[QRectF]) -> tuple[float, float, float, QRectF] | None:
        """(x of the line, its top, its bottom, the flag) for a flag ``w`` × ``h``;
        None when the flag does not fit (year view: beside the month's name and
        the flags already ``taken``) or the day is out of sight."""
        view = self.view
        if view.mode is ViewMode.YEAR:
            lay = view.year_layout()
            r = lay.cell_rect(day)
            if r is None:
                return None
            x = r.right if right else r.x
            title = lay.title_rect(day.month)
            bold = QFont(font)  # as the month's name is painted
            bold.setBold(True)
            bold.setPointSizeF(font.pointSizeF() * 1.05)
            name = month_title(day.month)
            free = title.x + QFontMetricsF(bold).horizontalAdvance(name) + 8
            right_end = min([title.right, *(f.left() - 4 for f in taken  # same title
                                            if f.top() < title.bottom and f.bottom() > title.y
                                            and f.left() < title.right and f.right() > title.x)])
            left = min(max(x - w if right else x, free), right_end - w)
            if left < free:
                return None
            h = min(h, title.h - 4)
            return x, r.y, r.bottom, QRectF(left, title.bottom - h - 3, w, h)
        column = view.day_rect(day)  # below the date header, where the flags go
        if column is None:
            return None
        x = column.right if right else column.x
        width = view.viewport().width()
        if x < 0 or x > width:
            return None
        left = min(max(x - w if right else x, 0.0), width - w)
        # the upper header row, beside the month names, leaves the day numbers free
        half = column.y / 2
        flag = QRectF(left, (half - h) / 2, w, h)
        words = [r for r, _ in month_headings(view.timeline_layout(), width, font)]
        hits = [r for r in [*words, *taken] if flag.intersects(r)]
        if hits:  # just after a month's name, if that is still near the line
            flag.moveLeft(max(r.right() for r in hits) + 6)
            if (abs(flag.left() - left) > w or flag.right() > width
                    or any(flag.intersects(r) for r in [*words, *taken])):
                flag = QRectF(left, column.y - h - 1, w, h)  # no room: over the day numbers
        return x, column.y, column.bottom, flag

    def tooltip(self, pos: QPoint) -> str | None:
        return next((tip for flag, tip in self._flags if flag.contains(QPointF(pos))), None)

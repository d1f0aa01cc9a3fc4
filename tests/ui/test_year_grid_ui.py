"""The year view's background grid, against a naive painter of the same picture.

:func:`planner.ui.calendar.painting.paint_year_grid` paints each month's days a
week row at a time, one layer at a time, to set its pens a few times a row
rather than twice a day. The reference here paints every day on its own, in
day order (shading, line, number), the obvious way: the two images must be the
same pixel for pixel, including a window so small that a day's number runs
into the row below.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from planner.ui import colors
from planner.ui.calendar import painting
from planner.ui.calendar.layout import YearLayout
from planner.ui.calendar.scene import number_band

MONTHS = [f"Month {m}" for m in range(1, 13)]
WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def naive_grid(p: QPainter, lay: YearLayout, font: QFont) -> None:
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.05)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
    left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for month in range(1, 13):
        p.setFont(title_font)
        p.setPen(colors.TEXT)
        t = lay.title_rect(month)
        p.drawText(QRectF(t.x, t.y, t.w, t.h).adjusted(2, 0, 0, -4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, MONTHS[month - 1])
        p.setFont(small)
        p.setPen(colors.MUTED_TEXT)
        for col in range(7):
            w = lay.weekday_rect(month, col)
            p.drawText(QRectF(w.x, w.y, w.w, w.h), Qt.AlignmentFlag.AlignCenter,
                       WEEKDAYS[lay.weekday_of_column(col)])
        box = lay.month_rect(month)
        top = box.y + lay.title_h + lay.weekday_h - 0.5
        p.setPen(QPen(colors.GRID, 1))
        p.drawLine(QPointF(box.x, top), QPointF(box.right, top))
        for n in range(31):
            day = dt.date(lay.year, month, 1) + dt.timedelta(days=n)
            if day.month != month:
                break
            r = lay.cell_rect(day)
            assert r is not None
            if day.weekday() >= 5:
                p.fillRect(QRectF(r.x, r.y, r.w, r.h), colors.WEEKEND)
            p.setPen(QPen(colors.GRID, 1))
            p.drawLine(QLineF(r.x, r.y + r.h - 0.5, r.x + r.w, r.y + r.h - 0.5))
            p.setPen(colors.DAY_TEXT if day.weekday() < 5 else colors.MUTED_TEXT)
            p.drawText(QRectF(r.x + 3, r.y, r.w - 4, number_band(r.h)), left_middle,
                       str(day.day))


def ours(p: QPainter, lay: YearLayout, font: QFont) -> None:
    painting.paint_year_grid(p, lay, MONTHS, WEEKDAYS, font)


def picture(lay: YearLayout, font: QFont, paint) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(int(lay.width), int(lay.height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    p = QPainter(image)
    paint(p, lay, font)
    p.end()
    return image


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("size", [(842, 690), (1900, 1200), (400, 300)])
@pytest.mark.parametrize(("year", "first_weekday", "points"),
                         [(2023, 0, 9.0), (2024, 6, 13.0), (2026, 0, 11.0)])
def test_the_year_grid_is_the_naive_painters_picture(
        qapp, dark: bool, size: tuple[int, int], year: int, first_weekday: int,
        points: float) -> None:
    colors.use_dark(dark)
    try:
        font = QFont()
        font.setPointSizeF(points)
        lay = YearLayout(year, *size, first_weekday)
        assert picture(lay, font, ours) == picture(lay, font, naive_grid)
    finally:
        colors.use_dark(False)

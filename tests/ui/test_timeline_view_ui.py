"""The timeline's range: it reaches stays added after opening, keeps the year the
year view showed, and its month headings keep the year when zoomed out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from planner.core.model import Itinerary, Stay, Traveller
from planner.ui.calendar import painting
from planner.ui.document import Document
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import shown

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def window(qtbot, rules, settings):  # type: ignore[no-untyped-def]
    doc = Document(Itinerary(Traveller("Anna", "RU")), rules=rules, today=TODAY)
    yield from shown(qtbot, MainWindow(doc, settings), (1300, 820))


def test_timeline_scrolls_to_stays_added_after_new(qtbot, window) -> None:
    window.act_new.trigger()
    for month in range(1, 10):  # as an import of January .. September adds them
        window.doc.add_stay(Stay("KZ" if month % 2 else "GE", dt.date(2026, month, 1),
                                 dt.date(2026, month, 20)))
    window.act_timeline.trigger()
    view = window.view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    first, _ = view.visible_days()
    assert first <= dt.date(2026, 1, 1)
    rects = view.day_rects(dt.date(2026, 1, 1), dt.date(2026, 1, 1))
    assert rects and 0 <= rects[0].x < view.viewport().width()


def test_year_to_timeline_keeps_the_year_shown(qtbot, window) -> None:
    window.doc.add_stay(Stay("KZ", dt.date(2024, 3, 1), dt.date(2024, 3, 20)))
    window.act_year.trigger()
    window.view.set_year(2024)
    assert window.view.cursor_day.year == 2026
    window.act_timeline.trigger()
    first, last = window.view.visible_days()
    assert first <= dt.date(2024, 3, 1) <= last
    assert window.view.cursor_day == dt.date(2024, 3, 1)


@pytest.mark.parametrize("day_width", [2.0, 3.0, 4.0, 6.0, 10.0, 64.0])
def test_month_headings_keep_the_year_at_every_zoom(day_width: float) -> None:
    fm = QFontMetricsF(QFont())
    for month in range(1, 13):
        day = dt.date(2026, month, 1)
        width = 31 * day_width - 8  # the room painting gives a month's heading
        text = painting.month_heading(painting.month_labels(day), fm, width)
        if text is None:
            continue
        assert fm.horizontalAdvance(text) <= width
        assert "26" in text and "…" not in text
    assert painting.month_labels(dt.date(2026, 5, 1))[0] == "May 2026"

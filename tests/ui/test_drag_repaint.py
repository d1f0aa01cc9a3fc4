"""A drag repaints only what it changed, and what it repaints is enough.

While a stay is dragged the view lays out and repaints only the bars and days
a preview touched. These tests drag stays of a dense itinerary (many short
stays with shared travel days, breaches) with real mouse events and check,
after every move, that

* the bars the view keeps are exactly those a fresh layout gives, and
* a canvas updated only in the regions the view asked to repaint shows the
  same pixels as the whole view painted afresh (nothing stale, nothing missed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from planner.core.model import Itinerary, Stay, Traveller
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.calendar.layout import ViewMode
from planner.ui.calendar.scene import timeline_bars, timeline_lanes, travel_days, year_bars
from planner.ui.document import Document
from planner.ui.planning.timeline_marks import TimelineMarks
from tests.ui.conftest import kz_rules, move, press, release

START = dt.date(2023, 1, 2)


def dense_stays(rnd: random.Random, n: int = 160) -> tuple[Stay, ...]:
    """Short stays one after another over about a year and a half: most share a
    travel day with the next, a few leave a gap or overlap it."""
    stays, entry = [], START
    for i in range(n):
        exit = entry + dt.timedelta(days=rnd.randint(0, 5))
        stays.append(Stay(rnd.choice(("KZ", "KZ", "GE", "KG")), entry, exit, note=f"s{i}"))
        entry = exit + dt.timedelta(days=rnd.choice((0, 0, 0, 1, 3, -1)))
    return tuple(stays)


class RecordingView(CalendarView):
    """The calendar view, collecting the regions it is asked to paint."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.region = QRegion()
        self.recording = True

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        self.recording = False
        try:
            yield
        finally:
            self.recording = True

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.recording:
            self.region += event.region()
        super().paintEvent(event)


def replay(view: RecordingView, canvas: QImage) -> None:
    """Paint onto ``canvas`` what the view painted since the last replay, and only that."""
    region, view.region, vp = view.region, QRegion(), view.viewport()
    with view.paused():
        if not region.isEmpty():  # (rendering starts at the region's top left corner)
            vp.render(canvas, region.boundingRect().topLeft(), region)


def full(vp: QWidget) -> QImage:
    return vp.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def differing(a: QImage, b: QImage) -> int:
    """Pixels that differ by more than rounding: the raster engine blends a
    translucent pattern one step differently when a paint is clipped to a
    small region, so channels within 2 of each other are the same pixel."""
    assert a.size() == b.size()
    pa = np.frombuffer(bytes(a.constBits()), np.uint8)  # (copies: the images may go)
    pb = np.frombuffer(bytes(b.constBits()), np.uint8)
    return int(np.count_nonzero(np.abs(pa.astype(np.int16) - pb) > 2))


def fresh_bars(view: CalendarView, before: tuple[Stay, ...]) -> list[object]:
    """The bars of the document as shown, laid out from nothing (in the
    timeline every stay keeps the lane it had before the drag)."""
    stays = view.doc.stays
    split = travel_days(stays)
    if view.mode is ViewMode.YEAR:
        return list(year_bars(view.year_layout(), stays, view.floating, split))
    lanes, _ = timeline_lanes(before)
    return list(timeline_bars(view.timeline_layout(), stays, lanes, view.viewport().width(),
                              view.floating, split))


@pytest.fixture(params=[1, 2, 3])
def rnd(request: pytest.FixtureRequest) -> random.Random:
    return random.Random(request.param)


@pytest.fixture
def dense_doc(rnd: random.Random) -> Iterator[Document]:
    doc = Document(Itinerary(Traveller("Anna", "RU"), dense_stays(rnd)), rules=kz_rules(),
                   today=dt.date(2023, 6, 1))
    yield doc
    doc.undo_stack.clear()  # (commands left for the last garbage collection crash PySide)


@pytest.mark.parametrize("marks", [False, True], ids=["bare", "with-marks"])
@pytest.mark.parametrize("mode", [ViewMode.YEAR, ViewMode.TIMELINE])
def test_drag_repaints_exactly_what_changed(qtbot, dense_doc: Document, rnd: random.Random,
                                            mode: ViewMode, marks: bool) -> None:
    doc = dense_doc
    view = RecordingView(doc)
    if marks:  # the window's conflict outlines and unchecked hatching, as a layer
        layer = TimelineMarks(view)
        assert layer.clashes  # the dense itinerary has overlapping stays
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    view.set_mode(mode)
    vp = view.viewport()
    for _ in range(3):  # drags one after another, each from a random stay in sight
        lo, hi = view.visible_days()
        shown = [i for i, s in enumerate(doc.stays) if lo + dt.timedelta(days=20) <= s.entry
                 and s.exit <= hi - dt.timedelta(days=20)]
        index = rnd.choice(shown)
        start = view.bar_point(index)
        anchor = view.day_at(start, snap=True)
        assert anchor is not None
        QApplication.processEvents()
        canvas = full(vp)
        before = doc.stays
        press(vp, start)
        QApplication.processEvents()
        for step in range(12):
            day = anchor + dt.timedelta(days=rnd.randint(-15, 15))
            if mode is ViewMode.YEAR:
                to = view.day_center(day)
            else:
                to = QPoint(start.x() + int((day - anchor).days * view.day_width), start.y())
            move(vp, to)
            QApplication.processEvents()
            assert view.bars() == fresh_bars(view, before)
            # the view's own paints, replayed onto the canvas, region by region
            replay(view, canvas)
            if step % 4 == 3:
                with view.paused():
                    assert differing(canvas, full(vp)) == 0, f"stale pixels after a move to {day}"
        with view.paused():
            view.relayout()  # drop everything kept: the reference is a whole new layout
            QApplication.processEvents()
            assert differing(canvas, full(vp)) == 0, "a drag differs from a fresh layout"
        release(vp, to)
        QApplication.processEvents()
    assert doc.undo_stack.count() >= 1

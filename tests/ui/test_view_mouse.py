"""Mouse gestures on the real calendar view change the document, one undo step each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from planner.core.model import Stay
from planner.ui.calendar.layout import ViewMode
from tests.ui.conftest import d, drag, move, press, release


def test_drag_body_moves_stay(view, doc) -> None:
    vp = view.viewport()
    start = view.day_center(d(3, 1))
    assert view.hit(start).index == 0
    drag(vp, start, view.day_center(d(3, 8)))
    assert doc.stays[0] == Stay("KZ", d(2, 8), d(4, 27), note="Almaty")
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move KZ stay"
    assert doc.modified


def test_undo_redo_restore_exactly(view, doc, itinerary) -> None:
    drag(view.viewport(), view.day_center(d(3, 1)), view.day_center(d(2, 20)))
    moved = doc.stays
    assert moved != itinerary.stays
    doc.undo_stack.undo()
    assert doc.stays == itinerary.stays
    assert doc.evaluator.stays == itinerary.stays
    assert not doc.modified
    doc.undo_stack.redo()
    assert doc.stays == moved


def test_drag_exit_end_resizes(view, doc) -> None:
    grip = view.bar_point(0, "exit")
    assert view.hit(grip).part == "exit"
    drag(view.viewport(), grip, view.day_center(d(4, 25)))
    assert (doc.stays[0].entry, doc.stays[0].exit) == (d(2, 1), d(4, 25))
    assert doc.undo_stack.undoText() == "Resize KZ stay"


def test_drag_entry_end_resizes_and_never_inverts(view, doc) -> None:
    grip = view.bar_point(0, "entry")
    assert view.hit(grip).part == "entry"
    drag(view.viewport(), grip, view.day_center(d(4, 28)))  # past the exit
    assert (doc.stays[0].entry, doc.stays[0].exit) == (d(4, 20), d(4, 20))


def test_drag_over_empty_days_requests_a_stay(view, doc) -> None:
    got: list[tuple[dt.date, dt.date]] = []
    view.createRequested.connect(lambda a, b: got.append((a, b)))
    drag(view.viewport(), view.day_center(d(9, 14)), view.day_center(d(9, 5)))
    assert got == [(d(9, 5), d(9, 14))]
    assert len(doc.stays) == 2  # the window asks for the country, then adds


def test_whole_drag_is_one_undo_step_and_previews_live(view, doc) -> None:
    vp = view.viewport()
    press(vp, view.day_center(d(3, 1)))
    move(vp, view.day_center(d(3, 2)))
    move(vp, view.day_center(d(3, 9)))
    assert doc.stays[0].entry == d(2, 9)  # previewed in the document ...
    assert doc.undo_stack.count() == 0  # ... but not yet a command
    move(vp, view.day_center(d(3, 16)))
    release(vp, view.day_center(d(3, 16)))
    assert doc.stays[0].entry == d(2, 16)
    assert doc.undo_stack.count() == 1


def _red_at(view, day: dt.date) -> bool:
    img = view.viewport().grab().toImage()
    p = view.day_center(day)
    c = QColor(img.pixel(p.x(), p.y()))
    return c.red() > 150 and c.green() < 120 and c.blue() < 120


def test_red_days_appear_and_disappear_while_dragging(view, doc) -> None:
    vp = view.viewport()
    grip = view.bar_point(0, "exit")
    press(vp, grip)
    move(vp, grip + (view.day_center(d(4, 21)) - grip) / 2)
    move(vp, view.day_center(d(5, 10)))  # 99 days in 180: days 91.. breach
    assert doc.evaluator.breaches("KZ") == [(d(5, 2), d(5, 10))]
    assert view.stay_breaches(0) == [(d(5, 2), d(5, 10))]
    view.viewport().repaint()
    assert _red_at(view, d(5, 5))
    assert not _red_at(view, d(4, 28))
    move(vp, view.day_center(d(4, 25)))  # back under the line
    assert doc.evaluator.breaches("KZ") == []
    assert not _red_at(view, d(5, 5))
    release(vp, view.day_center(d(4, 25)))
    assert doc.stays[0].exit == d(4, 25)


def test_escape_cancels_a_drag(view, doc, itinerary, qtbot) -> None:
    vp = view.viewport()
    press(vp, view.day_center(d(3, 1)))
    move(vp, view.day_center(d(3, 20)))
    assert doc.stays != itinerary.stays
    from PySide6.QtCore import Qt
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert doc.stays == itinerary.stays
    release(vp, view.day_center(d(3, 20)))
    assert doc.undo_stack.count() == 0


def test_timeline_drag_moves_stay(view, doc) -> None:
    view.set_mode(ViewMode.TIMELINE)
    view.ensure_visible(d(3, 1), center=True)
    start = view.bar_point(0)
    day = view.day_at(start)
    target = start + (view.day_center(day + dt.timedelta(days=5)) - view.day_center(day))
    drag(view.viewport(), start, target)
    assert doc.stays[0].entry == d(2, 6)
    doc.undo_stack.undo()
    assert doc.stays[0].entry == d(2, 1)


def test_double_click_requests_edit(view, qtbot) -> None:
    from PySide6.QtCore import Qt
    got: list[int] = []
    view.editRequested.connect(got.append)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.day_center(d(3, 3)))
    assert got == [0]


def test_tooltip_names_count_window_rule_and_source(view) -> None:
    text = view.tooltip_for(d(4, 20))
    assert "KZ: 79 of 90 days in the 180 days ending 2023-04-20" in text
    assert "Kazakhstan: 90 days in any 180" in text
    assert "Resolution No. 1102" in text


def test_dragged_stay_floats_over_others_without_moving_them(view, doc) -> None:
    vp = view.viewport()
    ge_before = [b.rect for b in view.bars() if b.index == 1]
    press(vp, view.day_center(d(3, 1)))
    move(vp, view.day_center(d(3, 2)))
    move(vp, view.day_center(d(6, 10)))  # the KZ stay now overlaps the GE one
    assert doc.stays[0].exit >= d(6, 5)
    bars = view.bars()
    assert [b.rect for b in bars if b.index == 1] == ge_before
    assert bars[-1].index == 0  # drawn last, on top
    release(vp, view.day_center(d(6, 10)))
    assert [b.rect for b in view.bars() if b.index == 1] != ge_before  # now in lanes


def test_another_button_released_mid_drag_does_not_end_it(view, doc) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    vp = view.viewport()
    press(vp, view.day_center(d(3, 1)))
    move(vp, view.day_center(d(3, 4)))
    here = QPointF(view.day_center(d(3, 4)))
    right_up = QMouseEvent(QMouseEvent.Type.MouseButtonRelease, here, vp.mapToGlobal(here),
                           Qt.MouseButton.RightButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, right_up)
    move(vp, view.day_center(d(3, 8)))
    release(vp, view.day_center(d(3, 8)))
    assert doc.stays[0] == Stay("KZ", d(2, 8), d(4, 27), note="Almaty")
    assert doc.undo_stack.count() == 1


def test_public_geometry_agrees_with_the_bars_in_both_modes(view, doc) -> None:
    stay = doc.stays[0]
    for mode in ViewMode:
        view.set_mode(mode)
        view.ensure_visible(d(3, 1), center=True)
        first, last = view.visible_days()
        assert first <= d(3, 1) <= last
        cell = view.day_rect(d(3, 1))
        assert cell is not None
        assert view.day_at(QPoint(int(cell.x + cell.w / 2), int(cell.y + cell.h / 2))) == d(3, 1)
        grip = view.bar_point(0)
        lanes = view.lane_rects(0, stay.entry, stay.exit)
        assert any(r.contains(grip.x(), grip.y()) for r in lanes), mode
        assert not any(r.contains(grip.x(), grip.y())
                       for r in view.lane_rects(0, d(9, 1), d(9, 3))), mode

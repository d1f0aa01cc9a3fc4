"""Keyboard equivalents of every mouse gesture, and nudges that merge into one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import d

K, M = Qt.Key, Qt.KeyboardModifier


def _focus(view, qtbot, day) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    view.set_cursor_day(day)


def test_arrows_move_cursor_and_select_stay_under_it(view, qtbot) -> None:
    _focus(view, qtbot, d(1, 30))
    assert view.selected is None
    qtbot.keyClick(view, K.Key_Right)
    qtbot.keyClick(view, K.Key_Right)
    assert view.cursor_day == d(2, 1)
    assert view.selected == 0
    qtbot.keyClick(view, K.Key_Down)
    assert view.cursor_day == d(2, 8)
    qtbot.keyClick(view, K.Key_Up)
    qtbot.keyClick(view, K.Key_Left)
    assert view.cursor_day == d(1, 31)
    assert view.selected is None


def test_alt_arrows_nudge_and_merge_into_one_undo_step(view, doc, qtbot, itinerary) -> None:
    _focus(view, qtbot, d(3, 1))
    view.select(0)
    for _ in range(3):
        qtbot.keyClick(view, K.Key_Right, M.AltModifier)
    qtbot.keyClick(view, K.Key_Down, M.AltModifier)  # a week
    assert doc.stays[0].entry == d(2, 11)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move KZ stay"
    doc.undo_stack.undo()
    assert doc.stays == itinerary.stays


def test_nudges_back_to_start_leave_no_undo_step(view, doc, qtbot) -> None:
    _focus(view, qtbot, d(3, 1))
    view.select(0)
    qtbot.keyClick(view, K.Key_Right, M.AltModifier)
    qtbot.keyClick(view, K.Key_Left, M.AltModifier)
    assert doc.undo_stack.count() == 0
    assert not doc.modified


def test_shift_arrows_resize_exit_ctrl_shift_entry(view, doc, qtbot, itinerary) -> None:
    _focus(view, qtbot, d(3, 1))
    view.select(0)
    qtbot.keyClick(view, K.Key_Right, M.ShiftModifier)
    qtbot.keyClick(view, K.Key_Right, M.ShiftModifier)
    assert doc.stays[0].exit == d(4, 22)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Resize KZ stay"
    qtbot.keyClick(view, K.Key_Left, M.ShiftModifier | M.ControlModifier)
    assert doc.stays[0].entry == d(1, 31)
    assert doc.undo_stack.count() == 1  # still the same resize
    doc.undo_stack.undo()
    assert doc.stays == itinerary.stays


def test_mouse_drag_does_not_merge_with_nudges(view, doc, qtbot) -> None:
    from tests.ui.conftest import drag
    _focus(view, qtbot, d(3, 1))
    view.select(0)
    qtbot.keyClick(view, K.Key_Right, M.AltModifier)
    drag(view.viewport(), view.day_center(d(3, 2)), view.day_center(d(3, 4)))
    assert doc.undo_stack.count() == 2


def test_enter_edits_insert_creates_delete_removes(view, doc, qtbot, itinerary) -> None:
    edits: list[int] = []
    creates: list[tuple[object, ...]] = []
    view.editRequested.connect(edits.append)
    view.createRequested.connect(lambda a, b: creates.append((a, b)))
    _focus(view, qtbot, d(3, 1))
    view.select(0)
    qtbot.keyClick(view, K.Key_Return)
    assert edits == [0]
    qtbot.keyClick(view, K.Key_Insert)
    assert creates == [(d(3, 1), d(3, 1))]
    qtbot.keyClick(view, K.Key_Delete)
    assert doc.stays == itinerary.stays[1:]
    assert doc.undo_stack.undoText() == "Delete KZ stay"
    assert view.selected is None
    doc.undo_stack.undo()
    assert doc.stays == itinerary.stays


def test_page_keys_change_year(view, qtbot) -> None:
    _focus(view, qtbot, d(3, 1))
    qtbot.keyClick(view, K.Key_PageDown)
    assert view.year == 2024
    assert view.cursor_day == d(3, 1, 2024)
    qtbot.keyClick(view, K.Key_Home)
    assert view.year == 2023

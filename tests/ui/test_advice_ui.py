"""The exit-window panel, its markers and one-click remedies, with real clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from planner.core.advice import exit_window
from planner.core.model import Itinerary, Stay, Traveller
from planner.core.planning import earliest_reentry, latest_exit
from planner.ui.document import Document
from planner.ui.planning.plan_texts import long_date
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY, d, shown

BREACHING = Itinerary(Traveller("Anna", "RU"), (
    Stay("KZ", d(2, 1), d(6, 1), note="Almaty"),  # 121 days: breaches from day 91
    Stay("GE", d(6, 2), d(6, 20), note="Tbilisi"),
    Stay("KZ", d(9, 1), d(9, 30), note="Almaty again"),  # 30 days
))


@pytest.fixture
def window(qtbot, rules, settings):  # type: ignore[no-untyped-def]
    doc = Document(BREACHING, rules=rules, today=TODAY)
    yield from shown(qtbot, MainWindow(doc, settings), (1400, 880))


def select_by_click(qtbot, window, index: int) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_point(index))
    assert view.selected == index
    window.planning.state.refresh()


def test_panel_shows_leave_by_equal_to_latest_exit(qtbot, window, rules) -> None:
    select_by_click(qtbot, window, 0)
    latest = latest_exit(rules, "RU", BREACHING.stays, 0).latest
    assert latest is not None
    panel = window.planning.panel
    assert panel.leave.text() == f"Leave by {long_date(latest)}"
    assert panel.trim_button.isVisible() and panel.move_button.isVisible()
    assert "Breaches a limit" in panel.verdict.text()
    w = exit_window(rules, "RU", BREACHING.stays, 0)
    assert w.earliest_return is not None
    # the next trip named with its real dates, not only its length
    assert panel.back.text().startswith(
        f"Your next stay there ({long_date(d(9, 1))} – {long_date(d(9, 30))}, 30 days)")
    assert long_date(w.earliest_return) in panel.back.text()
    # the markers: leave by on the latest exit, return from on the earliest return
    marks = window.planning.markers.marks()
    assert [m[0] for m in marks] == [latest, w.earliest_return]
    assert marks[0][2].startswith("leave by")


def test_trim_remedy_is_one_undo_step(qtbot, window, rules) -> None:
    select_by_click(qtbot, window, 0)
    latest = latest_exit(rules, "RU", BREACHING.stays, 0).latest
    assert latest is not None
    panel = window.planning.panel
    qtbot.mouseClick(panel.trim_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert doc.stays[0] == Stay("KZ", d(2, 1), latest, note="Almaty")
    assert doc.stays[1:] == BREACHING.stays[1:]
    assert doc.undo_stack.count() == 1
    assert window.act_undo.text() == "&Undo Trim KZ stay"
    doc.undo_stack.undo()
    assert doc.stays == BREACHING.stays
    assert doc.evaluator.stays == BREACHING.stays


def test_move_next_stay_remedy(qtbot, window, rules) -> None:
    select_by_click(qtbot, window, 0)
    w = exit_window(rules, "RU", BREACHING.stays, 0)
    assert w.next_index == 2 and w.earliest_return is not None
    qtbot.mouseClick(window.planning.panel.move_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    moved = doc.stays[2]
    assert moved.entry == w.earliest_return and moved.days == 30 and moved.note == "Almaty again"
    assert doc.stays[0].exit == w.leave_by  # the return assumes the first stay trimmed
    assert doc.undo_stack.undoText() == "Move KZ stay" and doc.undo_stack.count() == 1
    # the return is the earliest for 30 days with the first stay trimmed
    assert w.gap is not None
    trimmed = list(w.base)
    del trimmed[2]
    assert earliest_reentry(rules, "RU", trimmed, "KZ", 30, w.gap[0]) == moved.entry
    doc.undo_stack.undo()
    assert doc.stays == BREACHING.stays


def test_add_stay_for_the_gap_from_a_suggestion(qtbot, window, rules) -> None:
    select_by_click(qtbot, window, 0)
    panel = window.planning.panel
    w = exit_window(rules, "RU", BREACHING.stays, 0)
    assert w.gap is not None
    codes = [s.country for s in w.where_to_go]
    assert "GE" in codes and panel.where.rowCount() == len(codes)
    row = codes.index("GE")
    assert panel.where.item(row, 0).text() == "Georgia"
    button = panel.where.cellWidget(row, 3)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert doc.stays[-1] == Stay("GE", *w.gap)
    assert doc.stays[0].exit == w.leave_by  # the gap begins the day after leave by
    assert doc.undo_stack.undoText() == "Add GE stay" and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.stays == BREACHING.stays


def test_compliant_stay_has_no_remedies(qtbot, window) -> None:
    select_by_click(qtbot, window, 1)  # Georgia: no limit
    panel = window.planning.panel
    assert panel.leave.text() == "No limit applies to this stay"
    assert not panel.trim_button.isVisible() and not panel.where.isVisible()
    assert window.planning.markers.marks() == []


def test_panel_follows_edits_of_the_selected_stay(qtbot, window, rules) -> None:
    select_by_click(qtbot, window, 0)
    window.doc.edit_stay(0, Stay("KZ", d(2, 1), d(4, 1), note="Almaty"))
    window.planning.state.refresh()
    assert window.planning.panel.verdict.text() == "Keeps to the rules"
    assert not window.planning.panel.trim_button.isVisible()


def test_panel_answers_as_a_fresh_exit_window_after_each_kind_of_change(
        qtbot, window, rules) -> None:
    """The state reads the document's index and evaluator: none is left stale."""
    doc, state = window.doc, window.planning.state

    def agrees() -> None:
        state.refresh()
        i = window.view.selected
        assert i is not None
        assert state.window == exit_window(rules, doc.traveller.nationality, doc.stays, i)

    select_by_click(qtbot, window, 2)
    agrees()
    doc.edit_stay(0, Stay("KZ", d(2, 1), d(7, 15), note="Almaty"))  # a longer breach before
    agrees()
    doc.add_stay(Stay("KZ", d(8, 1), d(8, 20)))  # inserted before the selected stay
    window.view.select(len(doc.stays) - 1)
    agrees()
    doc.delete_stay(0)
    window.view.select(0)
    agrees()
    doc.warm()  # the evaluator's NumPy state replaces the plain one
    agrees()
    doc.edit_traveller(Traveller("Anna", "US"))
    agrees()

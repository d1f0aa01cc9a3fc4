"""The side panel's table of stays, sorted by clicking its headers with the mouse.

The rows are checked by what they show (country, note), never through the
model's own row-to-stay mapping: a click on a header sorts (again: the other
way) and moves the sort indicator; clicking a row selects that very stay in
the calendar, and selecting a stay in the calendar makes its row current,
also after the sort, after an edit that moves the row, and after its undo;
conflicting stays keep their tint on their sorted rows; added and removed
stays come in and leave on the right rows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from planner.core.model import Itinerary, Stay, Traveller
from planner.ui import colors
from planner.ui.models import StaysModel
from tests.ui.conftest import d, opened, shown

# Notes name the stays; GE "Batumi" shares 15-20 February with KZ "Almaty".
STAYS = (
    Stay("KZ", d(2, 1), d(2, 20), note="Almaty"),
    Stay("GE", d(1, 10), d(1, 20), note="Tbilisi"),
    Stay("KG", d(3, 1), d(3, 5), note="Bishkek"),
    Stay("GE", d(2, 15), d(2, 25), note="Batumi"),
    Stay("KZ", d(5, 1), d(5, 10), note="Astana"),
    Stay("AM", d(4, 1), d(4, 3), note="Yerevan"),
)


@pytest.fixture
def window(qtbot, rules, settings, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "trip.stayplan"
    w = opened(Itinerary(Traveller("Anna", "RU"), STAYS), path, rules, settings)
    yield from shown(qtbot, w, (1400, 900))


def notes(table: QTableView) -> list[str]:
    """The stays as the table shows them, top to bottom, by their notes."""
    m = table.model()
    return [m.index(r, StaysModel.NOTE).data() for r in range(m.rowCount())]


def by(key, stays=STAYS, reverse: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Notes in a stable sort of ``stays`` by ``key`` (ties in itinerary order)."""
    return [s.note for s in sorted(stays, key=key, reverse=reverse)]


def click_header(qtbot, table: QTableView, column: int) -> None:  # type: ignore[no-untyped-def]
    h = table.horizontalHeader()
    pos = QPoint(h.sectionViewportPosition(column) + h.sectionSize(column) // 2,
                 h.height() // 2)
    qtbot.mouseClick(h.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_row(qtbot, table: QTableView, note: str) -> None:  # type: ignore[no-untyped-def]
    row = notes(table).index(note)
    rect = table.visualRect(table.model().index(row, StaysModel.COUNTRY))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def current_note(table: QTableView) -> str:
    return str(table.model().index(table.currentIndex().row(), StaysModel.NOTE).data())


def test_opens_sorted_by_entry(window) -> None:
    table = window.panel.table
    assert notes(table) == by(lambda s: s.entry)
    h = table.horizontalHeader()
    assert (h.sortIndicatorSection(), h.sortIndicatorOrder()) == (
        StaysModel.ENTRY, Qt.SortOrder.AscendingOrder)


@pytest.mark.parametrize(("column", "key"), [
    (StaysModel.COUNTRY, lambda s: s.country),
    (StaysModel.EXIT, lambda s: s.exit),
    (StaysModel.DAYS, lambda s: s.days),
    (StaysModel.NOTE, lambda s: s.note.casefold()),
])
def test_a_header_click_sorts_and_a_second_one_turns_the_order(qtbot, window, column,
                                                                key) -> None:
    table, h = window.panel.table, window.panel.table.horizontalHeader()
    click_header(qtbot, table, column)
    assert h.sortIndicatorSection() == column
    first = h.sortIndicatorOrder()
    assert notes(table) == by(key, reverse=first == Qt.SortOrder.DescendingOrder)
    click_header(qtbot, table, column)
    assert h.sortIndicatorSection() == column and h.sortIndicatorOrder() != first
    assert notes(table) == by(key, reverse=first == Qt.SortOrder.AscendingOrder)


def test_a_clicked_row_selects_its_stay_and_back_after_sorting(qtbot, window) -> None:
    table, view, stays = window.panel.table, window.view, window.doc.stays
    click_header(qtbot, table, StaysModel.COUNTRY)
    assert notes(table)[:2] == ["Yerevan", "Tbilisi"]  # AM, then GE in itinerary order
    for note in ("Batumi", "Yerevan", "Astana"):
        click_row(qtbot, table, note)
        assert view.selected is not None and stays[view.selected].note == note
    for i, stay in enumerate(stays):
        view.select(i)
        assert current_note(table) == stay.note
        assert [ix.row() for ix in table.selectionModel().selectedRows()] == [
            notes(table).index(stay.note)]


def test_an_edit_and_its_undo_move_the_row_and_the_selection_stays_on_it(qtbot,
                                                                         window) -> None:
    table, view, doc = window.panel.table, window.view, window.doc
    click_row(qtbot, table, "Bishkek")
    assert doc.stays[view.selected].note == "Bishkek"
    kg = view.selected
    # Edited in the table as its date editor does: Bishkek now enters first.
    model = table.model()
    row = notes(table).index("Bishkek")
    assert model.setData(model.index(row, StaysModel.ENTRY), d(1, 2).isoformat())
    moved = tuple(s if s.note != "Bishkek" else s.with_dates(d(1, 2), d(3, 5)) for s in STAYS)
    assert notes(table) == by(lambda s: s.entry, moved)
    assert notes(table)[0] == "Bishkek" and current_note(table) == "Bishkek"
    assert view.selected == kg
    doc.undo_stack.undo()
    assert notes(table) == by(lambda s: s.entry)
    assert current_note(table) == "Bishkek" and view.selected == kg
    doc.undo_stack.redo()
    assert notes(table)[0] == "Bishkek" and current_note(table) == "Bishkek"
    # and a click after all that still lands on the stay it shows
    click_row(qtbot, table, "Astana")
    assert doc.stays[view.selected].note == "Astana"


def test_conflicting_stays_keep_their_tint_on_sorted_rows(qtbot, window) -> None:
    table = window.panel.table
    click_header(qtbot, table, StaysModel.NOTE)
    m = table.model()
    tinted = {m.index(r, StaysModel.NOTE).data() for r in range(m.rowCount())
              if m.index(r, StaysModel.NOTE).data(Qt.ItemDataRole.BackgroundRole) is not None}
    assert tinted == {"Almaty", "Batumi"}
    row = notes(table).index("Batumi")
    brush = m.index(row, StaysModel.DAYS).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == colors.CONFLICT_ROW
    tip = m.index(row, StaysModel.COUNTRY).data(Qt.ItemDataRole.ToolTipRole)
    assert "KZ" in tip or "Kazakhstan" in tip
    # An edit that starts a conflict repaints the tint of the two rows it concerns.
    repainted: set[str] = set()

    def changed(top, bottom, roles) -> None:  # type: ignore[no-untyped-def]
        if Qt.ItemDataRole.BackgroundRole in roles:
            repainted.update(notes(table)[top.row():bottom.row() + 1])

    m.dataChanged.connect(changed)
    yerevan = [s.note for s in window.doc.stays].index("Yerevan")
    window.doc.edit_stay(yerevan, Stay("AM", d(5, 5), d(5, 8), note="Yerevan"))
    assert repainted == {"Yerevan", "Astana"}
    tinted = {m.index(r, StaysModel.NOTE).data() for r in range(m.rowCount())
              if m.index(r, StaysModel.NOTE).data(Qt.ItemDataRole.BackgroundRole) is not None}
    assert tinted == {"Almaty", "Batumi", "Yerevan", "Astana"}


def test_added_and_removed_stays_take_and_leave_their_sorted_rows(qtbot, window) -> None:
    table, doc = window.panel.table, window.doc
    click_header(qtbot, table, StaysModel.ENTRY)  # the second click: descending
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    doc.add_stay(Stay("KG", d(3, 10), d(3, 12), note="Osh"))
    added = (*STAYS, Stay("KG", d(3, 10), d(3, 12), note="Osh"))
    assert notes(table) == by(lambda s: s.entry, added, reverse=True)
    doc.delete_stay(0)  # Almaty
    assert notes(table) == by(lambda s: s.entry, added[1:], reverse=True)
    doc.undo_stack.undo()  # Almaty comes back, as the first stay of the itinerary
    assert notes(table) == by(lambda s: s.entry, added, reverse=True)
    window.view.select(0)
    assert current_note(table) == "Almaty"

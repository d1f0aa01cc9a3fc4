"""One traveller, one timeline in the window: remedies that would overlap move
the stays in their way (or are not offered), conflicts are outlined and named,
unchecked days are hatched, a needed visa is said in words. Real clicks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QPushButton

from planner.core.advice import exit_window
from planner.core.chaining import chain_for
from planner.core.engine import Evaluator
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.core.rule_files import bundled_rules
from planner.core.timeline import conflicts
from planner.storage import read_itinerary
from planner.ui.document import Document
from planner.ui.models import StaysModel
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY, d, drag, shown

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "anna-2023.stayplan"
RULES = bundled_rules()

# A breaching KZ stay; the next KZ stay may begin on 31 July; an Armenian stay
# (visa-free) lies where it would go.
BASE = (Stay("KZ", d(2, 1), d(6, 1), note="Almaty"),
        Stay("GE", d(6, 2), d(6, 20), note="Tbilisi"),
        Stay("KZ", d(9, 1), d(9, 30), note="Almaty again"),
        Stay("AM", d(8, 10), d(8, 25), note="Yerevan"))


def open_window(qtbot, settings, it: Itinerary):  # type: ignore[no-untyped-def]
    doc = Document(it, rules=RULES, today=TODAY)
    gen = shown(qtbot, MainWindow(doc, settings), (1400, 880))
    return gen, next(gen)


@pytest.fixture
def make(qtbot, settings):  # type: ignore[no-untyped-def]
    gens = []

    def _make(stays: tuple[Stay, ...], nat: str = "RU"):  # type: ignore[no-untyped-def]
        gen, window = open_window(qtbot, settings, Itinerary(Traveller("Anna", nat), stays))
        gens.append(gen)
        return window

    yield _make
    for gen in gens:
        next(gen, None)


def select(qtbot, window, index: int) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_point(index))
    assert view.selected == index
    window.planning.state.refresh()


def test_move_next_pushes_the_stay_in_its_way_as_one_step(qtbot, make) -> None:
    window = make(BASE)
    select(qtbot, window, 0)
    w = exit_window(RULES, "RU", BASE, 0)
    assert w.next_index == 2 and w.earliest_return == d(7, 31)
    panel = window.planning.panel
    assert panel.move_button.isVisible()
    assert "#4" in panel.move_button.toolTip()  # says which stay moves with it
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert doc.stays[2] == Stay("KZ", d(7, 31), d(8, 29), note="Almaty again")
    # a naive move would put KZ on top of Armenia; Armenia moves later, same length
    assert doc.stays[3] == Stay("AM", d(8, 29), d(9, 13), note="Yerevan")
    assert conflicts(doc.stays) == [] and doc.stays[1] == BASE[1]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Move KZ stay"
    doc.undo_stack.undo()
    assert doc.stays == BASE and doc.evaluator.stays == BASE


def test_move_next_is_not_offered_over_a_stay_with_its_own_papers(qtbot, make) -> None:
    stays = (*BASE[:3], Stay("AM", d(8, 10), d(8, 25), Status.RESIDENCE))
    window = make(stays)
    select(qtbot, window, 0)
    panel = window.planning.panel
    assert panel.trim_button.isVisible() and not panel.move_button.isVisible()


def test_add_stay_trims_and_fills_unplanned_days_only(qtbot, make) -> None:
    window = make(BASE[:3])
    select(qtbot, window, 0)
    panel = window.planning.panel
    w = exit_window(RULES, "RU", BASE[:3], 0)
    assert w.gap == (d(5, 2), d(7, 30))
    codes = [s.country for s in w.where_to_go]
    row = codes.index("UZ")
    button = panel.where.cellWidget(row, 3)
    assert isinstance(button, QPushButton) and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    doc = window.doc
    # the whole gap would run over Georgia (2 – 20 June): the new stay ends there
    assert doc.stays[-1] == Stay("UZ", d(5, 2), d(6, 2))
    assert doc.stays[0].exit == w.leave_by and conflicts(doc.stays) == []
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Add UZ stay"
    doc.undo_stack.undo()
    assert doc.stays == BASE[:3]


def test_conflict_is_outlined_named_in_the_tooltip_and_marked_in_the_table(
        qtbot, make) -> None:
    stays = (Stay("KZ", d(2, 1), d(3, 10)), Stay("KG", d(3, 1), d(3, 20)),
             Stay("GE", d(3, 20), d(4, 5)))
    window = make(stays)
    marks = window.planning.marks
    assert set(marks.clashes) == {0, 1}  # KG and GE only share a travel day
    tip = marks.tooltip(window.view.bar_point(0))
    assert tip is not None
    assert "Conflicts with #2 Kyrgyzstan, 2023-03-01 – 2023-03-20: both on 2023-03-01 – " \
           "2023-03-10" in tip
    assert marks.tooltip(window.view.bar_point(2)) is None
    window.view.viewport().repaint()  # outlines paint without errors
    model = StaysModel(window.doc)
    assert isinstance(model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.data(model.index(2, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert "Conflicts with #1" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    # an edit that ends the conflict ends the marks
    window.doc.edit_stay(1, Stay("KG", d(3, 10), d(3, 20)))
    assert marks.clashes == {}
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None


def test_a_chain_is_offered_where_only_home_covers_the_gap_and_added_as_one_step(
        qtbot, make) -> None:
    D = dt.date.fromisoformat
    stays = (Stay("AM", D("2025-01-01"), D("2025-12-31")),
             Stay("AM", D("2026-06-01"), D("2026-07-01")))
    window = make(stays, nat="CN")
    select(qtbot, window, 0)
    w = window.planning.state.window
    assert w is not None and w.gap == (D("2025-04-01"), D("2025-06-29"))
    assert [s.country for s in w.where_to_go] == ["CN"]  # no single country but home
    panel = window.planning.panel
    assert panel.chain_label.isVisible() and panel.chain_button.isVisible()
    lines = panel.chain_label.text().splitlines()
    assert lines[0].startswith("No single country but home covers these days")
    assert len(lines) == 4 and lines[1].startswith("Georgia: ")
    proposed = chain_for(RULES, "CN", w)  # its own tests hold the chain to the rules
    assert proposed is not None and len(proposed) == 3
    qtbot.mouseClick(panel.chain_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert doc.stays[0] == Stay("AM", D("2025-01-01"), D("2025-03-31"))
    added = doc.stays[2:]
    assert added == proposed  # what the panel listed, after the trimmed stay
    assert added[0].entry == D("2025-04-01") and added[-1].exit == D("2025-06-29")
    assert conflicts(doc.stays) == []
    assert Evaluator(RULES, "CN", doc.stays).compliant()
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Add stays one after another"
    doc.undo_stack.undo()
    assert doc.stays == stays


def test_no_chain_where_another_country_covers_the_gap(qtbot, make) -> None:
    window = make(BASE)
    select(qtbot, window, 0)
    panel = window.planning.panel
    assert panel.where.isVisible() and panel.where.rowCount() > 1
    assert not panel.chain_label.isVisible() and not panel.chain_button.isVisible()


def legend_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text() for w in window.legend.findChildren(QLabel) if w.isVisible()]


def test_legend_explains_the_conflict_outline_while_one_shows(qtbot, make) -> None:
    window = make((Stay("KZ", d(2, 1), d(3, 10)), Stay("KG", d(3, 1), d(3, 20))))
    assert "two places at once" in legend_texts(window)
    assert "not checked" not in legend_texts(window)
    view = window.view
    # drag Kyrgyzstan past Kazakhstan's exit day: no conflict, no legend entry
    drag(view.viewport(), view.day_center(d(3, 15)), view.day_center(d(3, 25)))
    assert window.doc.stays[1] == Stay("KG", d(3, 11), d(3, 30))
    assert window.planning.marks.clashes == {}
    qtbot.waitUntil(lambda: "two places at once" not in legend_texts(window))
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: "two places at once" in legend_texts(window))


def test_legend_explains_the_unchecked_hatch(qtbot, make) -> None:
    window = make((Stay("JP", d(2, 1), d(4, 2)), Stay("KZ", d(5, 1), d(5, 20))), nat="IN")
    texts = legend_texts(window)
    assert "not checked" in texts and "two places at once" not in texts
    assert texts[:2] == ["JP", "KZ"]  # the countries first, then what the marks mean


def test_visa_required_is_said_in_the_panel_and_tooltip(qtbot, make) -> None:
    window = make((Stay("RU", d(3, 1), d(3, 20)), Stay("RU", d(6, 1), d(6, 20))), nat="US")
    select(qtbot, window, 0)
    panel = window.planning.panel
    assert panel.leave.text() == "Russia: a visa is needed for US citizens"
    assert not panel.trim_button.isVisible() and not panel.move_button.isVisible()
    assert not panel.back.isVisible() and not panel.where.isVisible()
    assert window.planning.markers.marks() == []  # no "leave by", no "return from"
    tip = window.planning.marks.tooltip(window.view.bar_point(1))
    assert tip is not None and "Russia: a visa is needed for US citizens" in tip


def test_unchecked_days_are_marked_not_called_compliant(qtbot, make) -> None:
    window = make((Stay("JP", d(2, 1), d(4, 2)),), nat="IN")  # no rule data for Japan
    marks = window.planning.marks
    assert marks.unchecked == {0: [(d(2, 1), d(4, 2))]}
    tip = marks.tooltip(window.view.bar_point(0))
    assert tip is not None and "no rule data covers these days for IN citizens" in tip
    window.view.viewport().repaint()


def test_make_compliant_on_the_demo_adds_no_conflict(qtbot, make) -> None:
    demo = read_itinerary(DEMO)
    window = make(demo.stays)
    prop = window.planning.proposal
    window.planning.act_fix.trigger()
    assert prop.active and prop.result is not None
    assert conflicts(prop.result.stays) == []
    assert "keeps 375 of 392" in prop.label.text()
    qtbot.mouseClick(prop.accept_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert conflicts(doc.stays) == [] and Evaluator(RULES, "RU", doc.stays).compliant()
    doc.undo_stack.undo()
    assert doc.stays == demo.stays


def test_same_country_stays_are_offered_a_merge_undoably(qtbot, make) -> None:
    stays = (Stay("KZ", d(3, 1), d(3, 20), note="Almaty"), Stay("KZ", d(3, 15), d(4, 10)),
             Stay("GE", d(4, 10), d(4, 30)))
    window = make(stays)
    select(qtbot, window, 0)
    panel = window.planning.panel
    assert panel.merge_button.isVisible() and panel.merge_button.text() == "Merge with #2"
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert doc.stays == (Stay("KZ", d(3, 1), d(4, 10), note="Almaty"), stays[2])
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Merge KZ stays"
    doc.undo_stack.undo()
    assert doc.stays == stays
    select(qtbot, window, 2)
    assert not panel.merge_button.isVisible()

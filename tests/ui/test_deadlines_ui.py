"""Deadlines in the window: calendar markers, the panel's lines and Registered box,
the banner for a deadline within a week, and File → Export Deadlines to Calendar…."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.core.rule_files import bundled_rules
from planner.storage import write_itinerary
from planner.ui import colors
from planner.ui.document import Document
from planner.ui.planning.deadline_markers import DONE, REGISTER, TAX
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import shown

D = dt.date.fromisoformat
TODAY = D("2024-03-10")

# A Russian in Kazakhstan from Thursday 7 March 2024 (the host must notify by Wednesday
# the 13th: Friday the 8th is a holiday), in Kyrgyzstan from 10 July, back in Kazakhstan on
# a residence permit from 20 August: 183 days in 12 months on 15 October.
ANNA = Itinerary(Traveller("Anna", "RU"), (
    Stay("KZ", D("2024-03-07"), D("2024-07-10"), note="Almaty"),
    Stay("KG", D("2024-07-10"), D("2024-08-20"), note="Bishkek"),
    Stay("KZ", D("2024-08-20"), D("2024-12-31"), Status.RESIDENCE, note="Almaty"),
))


@pytest.fixture
def anna_file(tmp_path: Path) -> Path:
    path = tmp_path / "anna.stayplan"
    write_itinerary(ANNA, path)
    return path


@pytest.fixture
def window(qtbot, settings, anna_file):  # type: ignore[no-untyped-def]
    doc = Document(rules=bundled_rules(), today=TODAY)
    w = MainWindow(doc, settings)
    assert w.open_file(anna_file)
    w.view.set_year(2024)
    w.deadlines.state.refresh()
    yield from shown(qtbot, w, (1440, 900))


def test_calendar_marks_registration_and_tax_never_in_breach_red(window, qtbot) -> None:
    marks = window.deadlines.markers.marks()
    assert [(day, label) for day, _right, label, _c, _t in marks] == [
        (D("2024-03-13"), "register by 13 Mar"),
        (D("2024-08-08"), "register by 8 Aug"),
        (D("2024-10-15"), "KZ: 183 days")]
    colours = {c.name() for *_x, c, _t in marks}
    assert colours == {REGISTER.name(), TAX.name()}
    assert colors.BREACH.name() not in colours
    # The flag is painted and its tooltip names the rule.
    window.view.viewport().repaint()
    flags = window.deadlines.markers._flags
    assert len(flags) == 3
    tip = window.deadlines.markers.tooltip(flags[0][0].center().toPoint())
    assert tip.startswith("Register by 13 March 2024: Kazakhstan: the host")


def test_panel_lines_and_registered_box_are_one_undo_step(window, qtbot) -> None:
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.day_center(D("2024-04-10")))
    assert view.selected == 0
    lines = window.deadlines.lines
    assert lines.isVisible()
    label, box = lines.rows[0]
    assert label.text() == "Register by 13 March 2024"
    assert label.toolTip().startswith("Kazakhstan: the host (landlord, hotel, employer)")
    assert lines.tax.text() == ("Kazakhstan: 126 of 183 days in 12 months by 10 July 2024, "
                                "57 below the presence test; not tax advice")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert window.doc.stays[0].registered
    assert window.doc.undo_stack.undoText() == "Edit KZ stay"
    window.deadlines.state.refresh()
    assert window.deadlines.markers.marks()[0][2:4] == ("registered \u2713", DONE)
    assert window.deadlines.lines.rows[0][0].text() == "Registered (was due 13 March 2024)"
    assert len(window.deadlines.lines.rows) == 1
    window.doc.undo_stack.undo()
    assert not window.doc.stays[0].registered


def test_panel_tax_line_once_the_test_is_met(window, qtbot) -> None:
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.day_center(D("2024-11-20")))
    assert view.selected == 2
    assert window.deadlines.lines.tax.text() == (
        "Kazakhstan: 183 days in 12 months reached on 15 October 2024 — tax resident by the "
        "presence test; not tax advice")
    assert window.deadlines.lines.rows == []  # a residence permit: nothing to register


def test_banner_on_opening_a_file_and_dismissal_remembered(window, qtbot, settings,
                                                           anna_file, tmp_path) -> None:
    banner = window.deadlines.banner
    qtbot.waitUntil(banner.isVisible)
    assert not banner.icon.pixmap().isNull()  # drawn when first shown, not at start
    assert banner.label.text().startswith(
        "Register in Kazakhstan: in 3 days, 13 March 2024 — Kazakhstan: the host")
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert len(settings.dismissed_deadlines) == 1
    # Opening the same file again: dismissed, no banner.
    assert window.open_file(anna_file)
    qtbot.wait(400)
    assert not banner.isVisible()
    # Another file with the same deadline is another deadline.
    other = tmp_path / "copy.stayplan"
    write_itinerary(ANNA, other)
    assert window.open_file(other)
    qtbot.waitUntil(banner.isVisible)


def test_banner_for_an_overdue_registration_and_none_once_done(qtbot, settings,
                                                               tmp_path) -> None:
    path = tmp_path / "late.stayplan"
    write_itinerary(ANNA, path)
    doc = Document(rules=bundled_rules(), today=D("2024-04-01"))
    w = MainWindow(doc, settings)
    gen = shown(qtbot, w)
    next(gen)
    assert w.open_file(path)
    qtbot.waitUntil(w.deadlines.banner.isVisible)
    assert w.deadlines.banner.label.text().startswith(
        "Register in Kazakhstan: overdue since 13 March 2024")
    # Marked registered in the file: the next deadline is 4 June, not within a week.
    write_itinerary(ANNA.replace_stay(0, dataclasses.replace(ANNA.stays[0], registered=True)),
                    path)
    assert w.open_file(path)
    qtbot.wait(400)
    assert w.deadlines.state.upcoming[0]["date"] == "2024-06-04"
    assert not w.deadlines.banner.isVisible()
    next(gen, None)


def test_export_deadlines_to_calendar(window, qtbot, monkeypatch, tmp_path) -> None:
    out = tmp_path / "anna-deadlines.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    assert window.deadlines.act_export in window.menuBar().actions()[0].menu().actions()
    window.deadlines.act_export.trigger()
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [
        D("2024-03-13"), D("2024-06-04"), D("2024-08-08"), D("2024-10-07"), D("2024-10-15")]
    assert [a.decoded("trigger") for a in events[0].walk("VALARM")] == [
        -dt.timedelta(days=3), -dt.timedelta(days=1)]
    assert "Exported 5 deadlines" in window.statusBar().currentMessage()

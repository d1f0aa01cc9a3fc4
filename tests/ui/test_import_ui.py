"""File → Import… (a preview, one undo step) and File → Export… (files that read back equal)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event
from PySide6.QtWidgets import QDialog, QFileDialog

from planner.core.model import Status, Stay, Traveller
from planner.storage.csv_io import read_csv
from planner.storage.ics import itinerary_from_events, read_ics
from planner.ui.window.exchange import export_file, import_file
from planner.ui.window.import_dialog import ImportDialog, read_candidates
from tests.ui.conftest import d, opened, shown


@pytest.fixture
def window(qtbot, rules, settings, itinerary, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "anna.stayplan"
    w = opened(itinerary, path, rules, settings)
    yield from shown(qtbot, w)


def other_calendar(path: Path) -> Path:
    """A calendar made by another program: all-day, timed across zones, no country, broken."""
    cal = Calendar()
    cal.add("prodid", "-//Other//EN")
    cal.add("version", "2.0")
    trip = Event()
    trip.add("uid", "1@other")
    trip.add("summary", "Almaty, Kazakhstan")
    trip.add("dtstart", dt.date(2023, 7, 1))
    trip.add("dtend", dt.date(2023, 7, 11))  # exclusive: exit 10 July
    cal.add_component(trip)
    flight = Event()
    flight.add("uid", "2@other")
    flight.add("summary", "Bishkek")  # names no country the detector knows? a city
    flight.add("dtstart", dt.datetime(2023, 8, 1, 23, 30, tzinfo=ZoneInfo("Asia/Almaty")))
    flight.add("dtend", dt.datetime(2023, 8, 3, 1, 10, tzinfo=ZoneInfo("Europe/Moscow")))
    cal.add_component(flight)
    dentist = Event()
    dentist.add("uid", "3@other")
    dentist.add("summary", "Dentist")
    dentist.add("dtstart", dt.datetime(2023, 9, 5, 10, 0, tzinfo=ZoneInfo("UTC")))
    dentist.add("dtend", dt.datetime(2023, 9, 5, 11, 0, tzinfo=ZoneInfo("UTC")))
    cal.add_component(dentist)
    broken = Event()
    broken.add("uid", "4@other")
    broken.add("summary", "No start")
    cal.add_component(broken)
    path.write_bytes(cal.to_ical())
    return path


def test_ics_import_preview_and_one_undo_step(window, tmp_path, monkeypatch) -> None:
    ics = other_calendar(tmp_path / "other.ics")
    before = window.doc.stays
    depth = window.doc.undo_stack.count()
    seen: dict[str, object] = {}

    def run(dlg: ImportDialog) -> int:
        assert dlg.table.rowCount() == 3
        assert [dlg.country(r) for r in range(3)][0] == "KZ"
        assert dlg.is_chosen(0) and dlg.country(1) is None and not dlg.is_chosen(1)
        seen["problems"] = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
        dlg.set_chosen(1, True)
        assert not dlg.ok.isEnabled()  # event 2 has no country yet
        assert "event 2" in dlg.status.text()
        dlg.set_country(1, "KG")
        assert dlg.ok.isEnabled()
        assert not dlg.is_chosen(2)  # the dentist is not a stay
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ImportDialog, "exec", run)
    assert import_file(window, ics) == 2
    problems = seen["problems"]
    assert isinstance(problems, list) and len(problems) == 1 and "event 4" in problems[0]
    assert window.doc.stays[len(before):] == (
        Stay("KZ", d(7, 1), d(7, 10), note="Almaty, Kazakhstan"),
        Stay("KG", d(8, 1), d(8, 3), note="Bishkek"),
    )
    assert window.doc.undo_stack.count() == depth + 1
    assert window.doc.undo_stack.undoText().startswith("Import 2 stay")  # "%n stay(s)"
    window.doc.undo_stack.undo()
    assert window.doc.stays == before
    window.doc.undo_stack.redo()
    assert len(window.doc.stays) == len(before) + 2


def test_cancelled_import_changes_nothing(window, tmp_path, monkeypatch) -> None:
    ics = other_calendar(tmp_path / "other.ics")
    monkeypatch.setattr(ImportDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected.value)
    assert import_file(window, ics) == 0
    assert not window.doc.modified


def test_csv_preview_reports_bad_lines_and_rereads_dates(qtbot, tmp_path) -> None:
    data = ("country,entry,exit,status,note\n"
            "KZ,01.02.2023,05.02.2023,visa-free,Алматы\n"
            "XX,2023-03-01,2023-03-02,,\n"
            "GE,2023-04-01,2023-04-10,visa,Тбилиси\n").encode()
    path = tmp_path / "stays.csv"
    preview = read_candidates(path, data)
    dlg = ImportDialog(path, data, preview)
    qtbot.addWidget(dlg)
    assert dlg.order_row.isVisibleTo(dlg)
    problems = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert any(p.startswith("line 3") for p in problems)
    assert any(p.startswith("line 2") for p in problems)  # 01.02: day or month first?
    dlg.order.setCurrentIndex(dlg.order.findData(True))  # day first
    assert dlg.table.rowCount() == 2
    stays = dlg.stays()
    assert stays[0] == Stay("KZ", d(2, 1), d(2, 5), note="Алматы")
    assert stays[1].status is Status.VISA and stays[1].note == "Тбилиси"


def test_broken_file_is_reported(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "nothing.ics"
    bad.write_text("hello", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append(text))
    assert import_file(window, bad) == 0
    assert shown and "nothing.ics" in shown[0]


def test_export_ics_and_csv_read_back_equal(window, tmp_path, monkeypatch) -> None:
    window.doc.edit_traveller(Traveller("Анна", "RU"))
    window.doc.add_stay(Stay("KZ", d(9, 1), d(9, 30), Status.EXEMPT, note="Алматы, работа",
                             ground="employment"))
    for kind in ("ics", "csv"):
        out = tmp_path / f"out.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        assert export_file(window, kind)
    it = window.doc.itinerary
    preview = read_ics(tmp_path / "out.ics")
    assert itinerary_from_events(preview.events, traveller=preview.traveller) == it
    assert read_csv(tmp_path / "out.csv").stays == list(it.stays)


def test_file_menu_has_import_and_export(window) -> None:
    texts = [a.text() for a in window.exchange_actions]
    assert texts == ["&Import…", "&iCalendar (.ics)…", "&CSV (.csv)…"]

"""Smaller things the window got right: a stale status message after New, a row
ticked when its country is picked in the import preview, a stale longest-presence
plan cleared when its question changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.ui.document import Document
from planner.ui.window.exchange import import_file
from planner.ui.window.import_dialog import ImportDialog
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY, shown
from tests.ui.test_import_ui import other_calendar


@pytest.fixture
def window(qtbot, rules, settings, itinerary):  # type: ignore[no-untyped-def]
    doc = Document(itinerary, rules=rules, today=TODAY)
    yield from shown(qtbot, MainWindow(doc, settings), (1300, 820))


def test_new_clears_the_status_bar(qtbot, window) -> None:
    window.statusBar().showMessage("Saved anna.stayplan")
    window.doc.undo_stack.setClean()
    window.act_new.trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.doc.stays == ()


def test_picking_a_country_ticks_the_row(qtbot, window, tmp_path, monkeypatch) -> None:
    ics = other_calendar(tmp_path / "other.ics")
    seen: dict[str, bool] = {}

    def run(dlg: ImportDialog) -> int:
        assert dlg.country(1) is None and not dlg.is_chosen(1)
        combo = dlg.combo(1)
        combo.setFocus()
        qtbot.keyClicks(combo, "KG")  # the user picks Kyrgyzstan from the keyboard
        seen["ticked"] = dlg.is_chosen(1) and dlg.country(1) == "KG"
        seen["ok"] = dlg.ok.isEnabled()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ImportDialog, "exec", run)
    import_file(window, ics)
    assert seen == {"ticked": True, "ok": True}


def test_longest_presence_clears_a_stale_plan(qtbot, window) -> None:
    dlg = window.planning.longest_presence()
    qtbot.addWidget(dlg)
    dlg.start.setDate(dt.date(2024, 1, 1))
    dlg.end.setDate(dt.date(2024, 12, 31))
    qtbot.mouseClick(dlg.find_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() > 0 and dlg.add_button.isEnabled()
    dlg.start.setDate(dt.date(2025, 3, 1))  # From after To
    assert dlg.table.rowCount() == 0 and not dlg.add_button.isEnabled()
    qtbot.mouseClick(dlg.find_button, Qt.MouseButton.LeftButton)
    assert not dlg.add_button.isEnabled() and dlg.proposal == []
    assert "ends after it starts" in dlg.summary.text()


def test_days_used_on_a_date_and_the_summarys_day(qtbot, window, monkeypatch) -> None:
    dlg = window.ask_day()
    qtbot.addWidget(dlg)
    dlg.date.setDate(dlg.date.date().fromString("2023-04-20", "yyyy-MM-dd"))
    # Anna's KZ stay 1 Feb .. 20 Apr: 79 days in the 180 ending 20 April
    assert "KZ: 79 of 90 days in the 180 days ending 2023-04-20" in dlg.answer.text()
    assert window.summary_day is None
    qtbot.mouseClick(dlg.for_summary, Qt.MouseButton.LeftButton)
    assert window.summary_day == dt.date(2023, 4, 20)
    asked: list[object] = []
    import planner.report.dialogs as dialogs

    monkeypatch.setattr(dialogs, "export_pdf", lambda *a, **k: asked.append(k["day"]))
    window.act_export_pdf.trigger()
    assert asked == [dt.date(2023, 4, 20)]


def test_week_can_start_on_monday(qtbot, window, monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from planner.ui.calendar import painting

    monkeypatch.setattr(QLocale, "firstDayOfWeek", lambda self: Qt.DayOfWeek.Sunday)
    lay = window.view.year_layout()
    assert lay.first_weekday == 6  # the US custom: Sunday first
    window.act_monday.trigger()
    lay = window.view.year_layout()
    assert lay.first_weekday == 0 and window.settings.monday_first
    assert painting.weekday_names()[lay.weekday_of_column(0)] == "Mo"
    assert lay.position(dt.date(2023, 5, 1))[1] == 0  # a Monday, in the first column
    window.act_monday.trigger()
    assert window.view.year_layout().first_weekday == 6 and not window.settings.monday_first


def test_exit_markers_leave_the_day_numbers_free(qtbot, rules, settings) -> None:
    from planner.core.model import Itinerary, Stay, Traveller
    from planner.ui.calendar.layout import ViewMode

    plan = Itinerary(Traveller("Anna", "RU"), (
        Stay("KZ", dt.date(2023, 2, 10), dt.date(2023, 6, 10)),  # leave by 10 May
        Stay("KZ", dt.date(2023, 9, 1), dt.date(2023, 9, 30))))
    w = MainWindow(Document(plan, rules=rules, today=TODAY), settings)
    for _ in shown(qtbot, w, (1300, 820)):
        w.view.select(0)
        w.planning.state.refresh()
        markers, view = w.planning.markers, w.view
        view.grab()  # paints, and so places the flags
        flags = [f for f, _tip in markers._flags]
        assert len(flags) == 2
        lay = view.year_layout()
        cells = [lay.cell_rect(dt.date(2023, 1, 1) + dt.timedelta(days=i)) for i in range(365)]
        for f in flags:
            assert not any(c is not None and f.intersects(painting_rect(c)) for c in cells)
        view.set_mode(ViewMode.TIMELINE)
        view.ensure_visible(markers.marks()[0][0], center=True)
        view.grab()
        upper = view.timeline_layout().header_h / 2
        assert [f.bottom() <= upper for f, _tip in markers._flags][:1] == [True]


def painting_rect(r):  # type: ignore[no-untyped-def]
    from planner.ui.calendar.painting import qrect

    return qrect(r)

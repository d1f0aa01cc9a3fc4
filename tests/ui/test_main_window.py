"""The main window: title, undo menu text, files, dialogs, remembered settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from planner.core.model import Status, Stay
from planner.storage import read_itinerary, write_itinerary
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.calendar.layout import ViewMode
from planner.ui.document import Document
from planner.ui.window.main_window import MainWindow
from planner.ui.window.stay_dialog import StayDialog
from tests.ui.conftest import TODAY, d, drag, opened, shown


@pytest.fixture
def window(qtbot, rules, settings, itinerary, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "anna.stayplan"
    w = opened(itinerary, path, rules, settings)
    yield from shown(qtbot, w)


def test_title_shows_file_name_and_modified_marker(window) -> None:
    assert window.windowTitle() == "anna.stayplan[*] — Stay Planner"
    assert not window.isWindowModified()
    view = window.view
    drag(view.viewport(), view.day_center(d(3, 1)), view.day_center(d(3, 5)))
    assert window.isWindowModified()
    assert window.act_undo.text() == "&Undo Move KZ stay"
    window.doc.undo_stack.undo()
    assert not window.isWindowModified()


def test_create_by_drag_asks_country_last_one_first(window, monkeypatch) -> None:
    asked: list[tuple[Stay, list[str]]] = []

    def fake_ask(stay, *, recent=(), new=False, names=None, rules=None, parent=None):  # type: ignore[no-untyped-def]
        asked.append((stay, list(recent)))
        return Stay("KG", stay.entry, stay.exit, note="Bishkek")

    monkeypatch.setattr(StayDialog, "ask", staticmethod(fake_ask))
    view = window.view
    drag(view.viewport(), view.day_center(d(9, 4)), view.day_center(d(9, 10)))
    assert window.doc.stays[-1] == Stay("KG", d(9, 4), d(9, 10), note="Bishkek")
    assert window.doc.undo_stack.undoText() == "Add KG stay"
    drag(view.viewport(), view.day_center(d(10, 2)), view.day_center(d(10, 3)))
    assert asked[-1][0].country == "KG" and asked[-1][1][0] == "KG"


def test_save_writes_file_and_clears_modified(window, tmp_path) -> None:
    window.view.select(0)
    window.delete_selected()
    assert window.isWindowModified()
    assert window.save()
    assert not window.isWindowModified()
    assert read_itinerary(tmp_path / "anna.stayplan").stays == window.doc.stays


def test_broken_file_shows_message_and_is_left_alone(window, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "broken.stayplan"
    bad.write_text("{ not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append(text))
    before = window.doc.stays
    assert not window.open_file(bad)
    assert shown and "broken.stayplan" in shown[0]
    assert bad.read_text(encoding="utf-8") == "{ not json"
    assert window.doc.stays == before
    assert window.windowTitle().startswith("anna.stayplan")


def test_quit_with_changes_asks_and_can_cancel(window, monkeypatch) -> None:
    window.view.select(0)
    window.delete_selected()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_settings_remember_view_and_recent_files(window, settings, rules, qtbot, tmp_path
                                                 ) -> None:
    window.view.set_mode(ViewMode.TIMELINE)
    window.view.set_zoom(30)
    window.save_settings()
    again = MainWindow(Document(rules=rules, today=TODAY), settings)
    qtbot.addWidget(again)
    assert again.view.mode is ViewMode.TIMELINE
    assert again.view.day_width == 30
    assert settings.last_file == str((tmp_path / "anna.stayplan").resolve())


def test_status_counter_follows_pointer(window) -> None:
    window.view.hoveredDay.emit(d(4, 20))
    assert window.counter.text() == "2023-04-20   KZ 79/90"


def test_stay_dialog_validates_dates(qtbot) -> None:
    dlg = StayDialog(Stay("KZ", d(2, 1), d(2, 10)), recent=["GE"])
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dlg.exit.setDate(dlg.entry.date().addDays(-1))
    assert not ok.isEnabled()
    dlg.exit.setDate(dlg.entry.date().addDays(4))
    dlg.status.setCurrentIndex(dlg.status.findData(Status.EXEMPT.value))
    dlg.ground.setText("employment contract")
    got = dlg.stay()
    assert (got.exit, got.status, got.ground) == (d(2, 5), Status.EXEMPT, "employment contract")


def test_new_stay_dialog_offers_last_country_first(qtbot) -> None:
    dlg = StayDialog(Stay("KZ", d(2, 1), d(2, 1)), recent=["KG", "GE"], new=True)
    qtbot.addWidget(dlg)
    assert dlg.country.currentData() == "KG"
    assert dlg.windowTitle() == "New stay"


def test_traveller_nationality_change_is_undoable(window, qtbot) -> None:
    doc = window.doc
    combo = window.panel.nationality
    # The ~250 CLDR names wait until the user reaches for the list ...
    assert not combo.filled and combo.currentData() == "RU"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    # ... which then holds every country and still the traveller's own.
    assert combo.filled and combo.count() > 240 and combo.currentData() == "RU"
    popup = combo.view()
    popup.setCurrentIndex(combo.model().index(combo.findData("US"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == "US"
    assert doc.traveller.nationality == "US"
    assert doc.evaluator.breaches("KZ") == []
    assert doc.undo_stack.undoText() == "Edit traveller"
    doc.undo_stack.undo()
    assert doc.traveller.nationality == "RU"


def test_country_combo_before_and_after_it_fills(qtbot) -> None:
    from planner.ui.window.side_panel import CountryCombo

    combo = CountryCombo({})
    qtbot.addWidget(combo)
    width = combo.sizeHint().width()
    combo.set_code("RU")
    combo.set_code("US")  # a traveller changed by undo, another file ...
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "US"]
    combo.set_code("XZ")  # no country: still shown as it is, and kept by the fill
    combo.fill()
    assert combo.count() > 240 and combo.currentData() == "XZ"
    assert combo.sizeHint().width() == width  # the side panel does not change width
    combo.set_names({"XZ": "Nowhere"})  # rule data read after the window showed names it
    assert combo.count() > 240 and combo.currentText() == "XZ — Nowhere"
    combo.set_code("")
    assert combo.currentIndex() == 0 and combo.currentText() == "— choose —"
    combo.set_code("KZ")
    assert combo.currentText() == "KZ — Kazakhstan"


def test_run_opens_file_given(tmp_path, itinerary, settings) -> None:
    from planner.ui.window import app
    path = tmp_path / "x.stayplan"
    write_itinerary(itinerary, path)
    _, w = app.build(["stay-planner", str(path)], settings, today=dt.date(2023, 3, 1))
    try:
        assert w.doc.path == Path(path)
        assert w.doc.stays == itinerary.stays
    finally:
        w.deleteLater()


def test_the_window_shows_before_the_rule_data_is_read(tmp_path, itinerary, settings,
                                                       monkeypatch) -> None:
    """``build(defer_load=True)``: the window starts on no rules; ``pending_load``
    reads them, says once that they are old (before the file opens), then opens it."""
    from planner.core.rule_files import bundled_rules
    from planner.ui.window import app

    path = tmp_path / "x.stayplan"
    write_itinerary(itinerary, path)
    newest = bundled_rules().newest_checked()
    assert newest is not None
    warned: list[tuple[str, int, int]] = []
    _, w = app.build(["stay-planner", str(path)], settings,
                     today=newest + dt.timedelta(days=181), defer_load=True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(
        (text, len(w.doc.rules.rules), len(w.doc.stays))))
    try:
        assert w.doc.rules.rules == () and w.doc.stays == () and warned == []
        w.pending_load()
        assert w.doc.rules == app._rules()[0] and w.doc.stays == itinerary.stays
        [(text, n_rules, n_stays)] = warned
        assert "more than 180 days ago" in text and n_rules > 0 and n_stays == 0
        assert w.panel.nationality.currentData() == itinerary.traveller.nationality
        assert w.planning.combo.count() > 1  # the destinations the rules cover
    finally:
        w.deleteLater()


class PaintCounter(QObject):
    """Counts the paint events a widget gets from now on."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def clock(monkeypatch):  # type: ignore[no-untyped-def]
    """The wall-clock date the document sees, set by the test (``clock[0]``)."""
    from planner.ui import document

    now = [TODAY]
    monkeypatch.setattr(document, "clock_today", lambda: now[0])
    return now


@pytest.fixture
def live_window(qtbot, rules, settings, itinerary, clock):  # type: ignore[no-untyped-def]
    """A window whose document follows the (test's) clock, as the program's does."""
    yield from shown(qtbot, MainWindow(Document(itinerary, rules=rules), settings))


def _used(model: QAbstractItemModel, dest: str) -> str:
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == dest)
    return str(model.index(row, 1).data())


def _marked(view: CalendarView, day: dt.date) -> bool:
    """The today tag (filled in the today colour) sits in the day's cell corner."""
    from planner.ui import colors

    r = view.year_layout().cell_rect(day)
    assert r is not None
    return view.viewport().grab().toImage().pixelColor(int(r.x) + 3, int(r.y) + 3) \
        == colors.TODAY


def test_today_follows_the_clock_past_midnight(qtbot, live_window, clock, rules,
                                               itinerary) -> None:
    """A window left open overnight: "used today", the today mark and Go to Today move on."""
    w, doc = live_window, live_window.doc
    assert doc.today == TODAY and doc.clock is not None and doc.clock.isActive()
    assert doc.clock.interval() == 60_000
    assert Document(itinerary, rules=rules, today=TODAY).clock is None  # pinned days stay
    model, view = w.panel.destinations, w.view
    qtbot.waitUntil(lambda: _used(model, "KZ") == "43 / 90")  # 1 Feb .. 15 Mar
    assert _marked(view, TODAY) and not _marked(view, TODAY + dt.timedelta(days=1))
    doc.clock.timeout.emit()  # a minute later, same day: nothing moves
    assert doc.today == TODAY
    clock[0] = TODAY + dt.timedelta(days=1)
    qtbot.wait(50)  # let any repaint still pending from the checks above land
    paints = PaintCounter(view.viewport())
    qtbot.wait(50)
    assert paints.count == 0
    with qtbot.waitSignal(doc.todayChanged):
        doc.clock.timeout.emit()  # the first tick after midnight
    assert doc.today == TODAY + dt.timedelta(days=1)
    qtbot.waitUntil(lambda: paints.count > 0)  # the calendar repaints by itself
    qtbot.waitUntil(lambda: _used(model, "KZ") == "44 / 90")
    assert _marked(view, doc.today) and not _marked(view, TODAY)
    view.setFocus()
    view.cursor_day = d(1, 2)
    w.act_today.trigger()
    assert view.cursor_day == doc.today


def test_timeline_reaches_a_today_past_its_old_end(qtbot, live_window, clock) -> None:
    w, view = live_window, live_window.view
    view.set_mode(ViewMode.TIMELINE)
    clock[0] = TODAY + dt.timedelta(days=400)  # the window stayed open a long time
    w.doc.clock.timeout.emit()
    w.act_today.trigger()
    assert view.cursor_day == w.doc.today
    today = view.day_rects(w.doc.today, w.doc.today)
    assert today and 0 <= today[0].x < view.viewport().width()


def test_closing_the_window_stops_its_clock(qtbot, live_window) -> None:
    clock = live_window.doc.clock
    assert clock is not None and clock.isActive()
    live_window.close()
    assert not clock.isActive()

"""The main window: calendar, side panel, menus, status-bar counter, files.

Title "<file name>[*] — Stay Planner": Qt shows the asterisk while the undo
stack is not clean. Opening a file that cannot be read shows the reason and
leaves the current itinerary (and the file) alone; nothing is ever written
except by Save / Save As.

Saving: each save keeps a backup of the file it replaces; a file
changed on disk by another program since it was read here asks first
(:mod:`planner.ui.window.file_prompts`); a read-only file shows a banner and Save
goes to Save As (:mod:`planner.ui.window.banner`); unsaved work is autosaved for
crash recovery (:mod:`planner.ui.window.recovery`). File → Import… / Export… are in
:mod:`planner.ui.window.exchange`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.lazy import lazy_module
from planner.core.model import Itinerary, Stay
from planner.i18n import QT_TRANSLATE_NOOP
from planner.storage import ItineraryError
from planner.storage.safety import RecoveryStore
from planner.ui import appearance
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.calendar.layout import ViewMode
from planner.ui.calendar.view_keys import move_cursor
from planner.ui.day_texts import day_text, status_counter
from planner.ui.document import Document
from planner.ui.settings import Settings
from planner.ui.window import accessibility, help_menu
from planner.ui.window.banner import ReadOnlyBanner
from planner.ui.window.deadlines_menu import install as install_deadlines
from planner.ui.window.exchange import add_exchange_menu
from planner.ui.window.planning_menu import install as install_planning
from planner.ui.window.recovery import Autosaver
from planner.ui.window.side_panel import Legend, SidePanel, scrolling

if TYPE_CHECKING:
    from planner.ui.window import day_query, file_prompts, stay_dialog
    from planner.ui.window.day_query import DayQuery
else:  # the dialogs load when first opened, not before the window shows
    day_query = lazy_module("planner.ui.window.day_query")
    file_prompts = lazy_module("planner.ui.window.file_prompts")
    stay_dialog = lazy_module("planner.ui.window.stay_dialog")

#: Windows made by :meth:`MainWindow.retranslate`, kept alive until they close.
REBUILT: list[MainWindow] = []

FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                                "Stay Planner itineraries (*.stayplan);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(self, doc: Document, settings: Settings | None = None, *,
                 recovery: RecoveryStore | None = None, autosaver: Autosaver | None = None
                 ) -> None:
        super().__init__()
        self.doc = doc
        self.settings = settings or Settings()
        self.handed_over = False  # True once retranslate() replaced this window
        self.summary_day: dt.date | None = None  # the summary's status day; None: today
        # Set by app.build(defer_load=True): loads the file once the window shows.
        self.pending_load: Callable[[], None] = lambda: None
        if autosaver is not None:  # a window rebuilt in another language keeps it
            autosaver.setParent(self)
        self.autosaver = autosaver or Autosaver(doc, recovery, parent=self)  # crash recovery
        self.autosaver.failed.connect(lambda why: self.statusBar().showMessage(
            self.tr("Autosave failed: {why}").format(why=why), 8000))
        self.view = CalendarView(doc)
        self.legend = Legend(doc)
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 4)
        self.banner = ReadOnlyBanner(doc, self.save_as)
        box.addWidget(self.banner)
        box.addWidget(self.view, 1)
        legend_row = QWidget()
        lr = QVBoxLayout(legend_row)
        lr.setContentsMargins(12, 0, 12, 0)
        lr.addWidget(self.legend)
        box.addWidget(legend_row)
        self.setCentralWidget(central)
        self.panel = SidePanel(doc, self.view)
        self.dock = QDockWidget(self.tr("Itinerary"), self)
        self.dock.setObjectName("itinerary-dock")
        self.dock.setWidget(scrolling(self.panel))
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)
        self.counter = QLabel()
        self.counter.setMinimumWidth(220)
        self.statusBar().addPermanentWidget(self.counter)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.view.hoveredDay.connect(self._show_counter)
        self.view.editRequested.connect(self.edit_stay)
        self.view.createRequested.connect(self.create_stay)
        self.view.yearChanged.connect(self._year_changed)
        self.view.modeChanged.connect(self._mode_changed)
        doc.modifiedChanged.connect(self.setWindowModified)
        doc.pathChanged.connect(self._update_title)
        doc.reset.connect(self._year_changed)

        self.planning = install_planning(self)  # exit window, strip, Plan menu
        self.deadlines = install_deadlines(self)  # registration, tax, reminders
        self._restore()
        self._update_title()
        self._year_changed()
        accessibility.install(self)  # accessible names, cursor description
        self.act_day_query = self.planning_menu().addAction(self.tr("Days Used on a &Date…"),
                                                            self.ask_day)
        self.help = help_menu.install(self)  # after the Plan menu: Help comes last
        self.act_rules = help_menu.install_rules(self)  # Help ▸ Stay Rules…

    # ---- construction ------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        return a

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New"), self.new_file, SK.New)
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, SK.Open)
        self.act_save = self._action(self.tr("&Save"), self.save, SK.Save)
        self.act_save_as = self._action(self.tr("Save &As…"), self.save_as, SK.SaveAs)
        self.act_quit = self._action(self.tr("&Quit"), self.close, SK.Quit)
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(SK.Undo)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(SK.Redo)
        self.act_add = self._action(self.tr("&Add Stay…"), self._add_at_cursor)
        self.act_delete = self._action(self.tr("&Delete Stay"), self.delete_selected)
        self.act_year = self._action(self.tr("&Year"), lambda: self.view.set_mode(ViewMode.YEAR),
                                     "Ctrl+1")
        self.act_timeline = self._action(self.tr("&Timeline"),
                                         lambda: self.view.set_mode(ViewMode.TIMELINE), "Ctrl+2")
        group = QActionGroup(self)
        for a in (self.act_year, self.act_timeline):
            a.setCheckable(True)
            group.addAction(a)
        self.act_zoom_in = self._action(self.tr("Zoom &In"), self.view.zoom_in, SK.ZoomIn)
        self.act_zoom_out = self._action(self.tr("Zoom &Out"), self.view.zoom_out, SK.ZoomOut)
        self.act_prev = self._action(self.tr("&Previous Year"),
                                     lambda: self.view.set_year(self.view.year - 1))
        self.act_next = self._action(self.tr("&Next Year"),
                                     lambda: self.view.set_year(self.view.year + 1))
        self.act_today = self._action(self.tr("Go to &Today"), self._go_today, "Ctrl+T")
        self.act_monday = self._action(self.tr("Week Starts on &Monday"), self._monday_first)
        self.act_monday.setCheckable(True)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        self.exchange_actions = add_exchange_menu(self, m)
        m.addSeparator()
        self.act_print = m.addAction(self.tr("&Print Summary…"), self._print_summary)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_export_pdf = m.addAction(self.tr("Export &Summary as PDF…"),
                                          self._export_summary_pdf)
        m.addSeparator()
        m.addAction(self.act_quit)
        e = bar.addMenu(self.tr("&Edit"))
        e.addActions([self.act_undo, self.act_redo])
        e.addSeparator()
        e.addActions([self.act_add, self.act_delete])
        v = bar.addMenu(self.tr("&View"))
        v.addActions([self.act_year, self.act_timeline])
        v.addSeparator()
        v.addActions([self.act_prev, self.act_next, self.act_today])
        v.addSeparator()
        v.addActions([self.act_zoom_in, self.act_zoom_out])
        v.addAction(self.act_monday)
        v.addSeparator()
        v.addAction(self.dock.toggleViewAction())
        v.addSeparator()
        appearance.add_menus(v, self.settings, self)  # language and theme

    def _print_summary(self) -> None:
        from planner.report.dialogs import print_summary

        print_summary(self, self.doc.itinerary, self.doc.rules,
                      day=self.summary_day or self.doc.today)

    def _export_summary_pdf(self) -> None:
        from planner.report.dialogs import export_pdf

        folder = self.doc.path.parent if self.doc.path else None
        path = export_pdf(self, self.doc.itinerary, self.doc.rules,
                          day=self.summary_day or self.doc.today, folder=folder)
        if path is not None:
            self.statusBar().showMessage(self.tr("Summary saved as {name}").format(
                name=path.name), 4000)

    def _make_toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Calendar"))
        tb.setObjectName("calendar-toolbar")
        tb.setMovable(False)
        tb.addAction(self.act_year)
        tb.addAction(self.act_timeline)
        tb.addSeparator()
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setAutoRaise(True)
        self.prev_button.clicked.connect(self.act_prev.trigger)
        self.year_label = QLabel()
        appearance.heading(self.year_label, 14)
        self.year_label.setContentsMargins(6, 0, 6, 0)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.act_next.trigger)
        self.year_widgets = [tb.addWidget(w) for w in
                             (self.prev_button, self.year_label, self.next_button)]
        tb.addAction(self.act_today)
        tb.addSeparator()
        self.zoom_actions = [self.act_zoom_out, self.act_zoom_in]
        tb.addActions(self.zoom_actions)

    # ---- state shown --------------------------------------------------------------

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — Stay Planner").format(
            name=self.doc.display_name()))
        self.setWindowModified(self.doc.modified)

    def _year_changed(self, *_args: object) -> None:
        self.year_label.setText(str(self.view.year))

    def _mode_changed(self, mode: ViewMode | None = None) -> None:
        year = self.view.mode is ViewMode.YEAR
        self.act_year.setChecked(year)
        self.act_timeline.setChecked(not year)
        for a in self.year_widgets + [self.act_prev, self.act_next]:
            a.setVisible(year)
        for a in self.zoom_actions:
            a.setEnabled(not year)

    def _show_counter(self, day: dt.date | None) -> None:
        if day is None:
            self.counter.clear()
            return
        text = status_counter(self.doc.counters(day))
        self.counter.setText(f"{day_text(day)}   {text}" if text else day_text(day))

    def planning_menu(self) -> QMenu:
        """The Plan menu (made by :mod:`planner.ui.window.planning_menu`)."""
        return self.planning.menu

    def ask_day(self) -> DayQuery:
        """Plan → Days Used on a Date…: counts on any day, and the summary's day."""
        dlg = day_query.DayQuery(self)
        dlg.show()
        return dlg

    def _monday_first(self) -> None:
        on = self.act_monday.isChecked()
        self.settings.monday_first = on
        self.view.monday_first = on
        self.view.relayout()

    def _go_today(self) -> None:
        move_cursor(self.view, self.doc.today)

    # ---- stays ------------------------------------------------------------------

    def _ask(self, stay: Stay, new: bool) -> Stay | None:
        return stay_dialog.StayDialog.ask(stay, recent=self.settings.recent_countries, new=new,
                              names=self.doc.rules.names, rules=self.doc.rules, parent=self)

    def create_stay(self, entry: dt.date, exit_: dt.date) -> None:
        recent = self.settings.recent_countries
        stay = self._ask(Stay(recent[0] if recent else "KZ", entry, exit_), new=True)
        if stay is not None:
            self.settings.add_recent_country(stay.country)
            self.view.select(self.doc.add_stay(stay))

    def edit_stay(self, index: int) -> None:
        stay = self._ask(self.doc.stays[index], new=False)
        if stay is not None:
            self.settings.add_recent_country(stay.country)
            self.doc.edit_stay(index, stay)

    def _add_at_cursor(self) -> None:
        self.create_stay(self.view.cursor_day, self.view.cursor_day)

    def delete_selected(self) -> None:
        if self.view.selected is not None:
            self.doc.delete_stay(self.view.selected)

    # ---- files ----------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.doc.modified:
            return True
        button = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.warning(
            self, self.tr("Stay Planner"),
            self.tr("Save changes to {name} before closing?").format(
                name=self.doc.display_name()),
            button.Save | button.Discard | button.Cancel)
        if answer == button.Save:
            return self.save()
        return answer == button.Discard

    def new_file(self) -> None:
        if self.maybe_save():
            self.doc.replace_all(Itinerary(), None)
            self.statusBar().clearMessage()  # nothing said about the old file holds now
            self.counter.clear()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.doc.path.parent) if self.doc.path else ""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Open Itinerary"), start,
                                                        self.tr(FILE_FILTER))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        try:
            self.doc.open(path)
        except ItineraryError as e:
            file_prompts.show_open_error(self, e)  # a newer format version gets its own message
            return False
        self.settings.add_recent(path)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for f in files:
            self.recent_menu.addAction(Path(f).name, partial(self._open_recent, f)
                                       ).setToolTip(f)
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_recent(self, name: str) -> None:
        if self.maybe_save() and not self.open_file(Path(name)):
            self.settings.remove_recent(name)

    def save(self) -> bool:
        if self.doc.path is None or self.doc.read_only:
            return self.save_as()
        if self.doc.changed_on_disk():
            answer = file_prompts.ask_conflict(self, self.doc.display_name())
            if answer is file_prompts.Conflict.SAVE_AS:
                return self.save_as()
            if answer is file_prompts.Conflict.CANCEL:
                return False
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        start = str(self.doc.path) if self.doc.path else self.tr("itinerary.stayplan")
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Save Itinerary"), start,
                                                        self.tr(FILE_FILTER))
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".stayplan")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            self.doc.save(path)
        except ItineraryError as e:
            QtWidgets.QMessageBox.critical(self, self.tr("Cannot save file"), str(e))
            return False
        self.settings.add_recent(path)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 3000)
        return True

    # ---- settings ------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        if s.geometry is None or not self.restoreGeometry(s.geometry):
            self.resize(1360, 860)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        self.view.day_width = s.zoom
        self.view.monday_first = s.monday_first
        self.act_monday.setChecked(s.monday_first)
        self.view.set_mode(ViewMode(s.view_mode))
        self._mode_changed()

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.view_mode = self.view.mode.value
        s.zoom = self.view.day_width
        s.sync()

    def retranslate(self) -> MainWindow:
        """This window again, in the language installed now: a new window on the same
        document (undo history, autosave and file kept) takes this one's place."""
        self.save_settings()
        self.autosaver.failed.disconnect()
        new = MainWindow(self.doc, self.settings, autosaver=self.autosaver)
        new.restoreGeometry(self.saveGeometry())
        new.restoreState(self.saveState())
        new.view.set_mode(self.view.mode)
        new._mode_changed()
        new.view.set_year(self.view.year)
        new.view.set_cursor_day(self.view.cursor_day)
        new.view.select(self.view.selected)
        REBUILT.append(new)
        new.destroyed.connect(lambda *_: REBUILT.remove(new) if new in REBUILT else None)
        self.handed_over = True
        new.show()
        self.close()
        return new

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.handed_over:  # the document lives on in the rebuilt window
            event.accept()
            self.deleteLater()
            return
        if self.maybe_save():
            self.save_settings()
            self.autosaver.discard()  # a clean close: nothing left to recover
            if self.doc.clock is not None:
                self.doc.clock.stop()  # nothing shows the day any more
            event.accept()
        else:
            event.ignore()

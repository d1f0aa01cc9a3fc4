"""The deadline features of the main window, installed in one call.

:func:`install` adds to a :class:`~planner.ui.window.main_window.MainWindow` the
deadline state (:mod:`planner.ui.planning.deadline_state`), the calendar
markers (:mod:`planner.ui.planning.deadline_markers`), the registration and
tax lines in the exit-window panel and the banner above the calendar
(:mod:`planner.ui.planning.deadline_widgets`), and File → Export Deadlines to
Calendar…, which writes the upcoming deadlines as calendar events with
reminders 3 days and 1 day before (:mod:`planner.storage.deadline_ics`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from planner import log
from planner.core.lazy import lazy_module
from planner.storage import ItineraryError
from planner.ui.planning.deadline_markers import DeadlineMarkers
from planner.ui.planning.deadline_state import DeadlineState
from planner.ui.planning.deadline_widgets import DeadlineBanner, DeadlineLines

if TYPE_CHECKING:
    from planner import api_base, api_deadlines
    from planner.ui.window.main_window import MainWindow
else:  # loaded by the first deadlines computed, after the window shows
    api_base = lazy_module("planner.api_base")
    api_deadlines = lazy_module("planner.api_deadlines")


class Deadlines(QObject):
    """Owns the deadline widgets and the export action of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view, doc = window.view, window.doc
        self.state = DeadlineState(doc, self)
        self.markers = DeadlineMarkers(view, self.state)
        self.lines = DeadlineLines(self.state, lambda: view.selected)
        panel = window.planning.panel
        body = panel.body.layout()
        if body is not None:
            body.insertWidget(body.indexOf(panel.back) + 1, self.lines)  # type: ignore[attr-defined]
        view.selectionChanged.connect(self.lines.follow)
        self.banner = DeadlineBanner(self.state, window.settings)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None:
            layout.insertWidget(0, self.banner)  # type: ignore[attr-defined]
        self.state.failed.connect(self._failed)
        self.act_export = QAction(self.tr("Export &Deadlines to Calendar…"), window)
        self.act_export.triggered.connect(self.export_dialog)
        menu = self._file_menu()
        if menu is not None:
            menu.insertAction(window.act_print, self.act_export)
        self.state.schedule()

    def _failed(self, why: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Deadlines could not be computed: {why}").format(why=why), 8000)

    def _file_menu(self) -> QMenu | None:
        for a in self.window.menuBar().actions():
            m = a.menu()
            if isinstance(m, QMenu) and self.window.act_save in m.actions():
                return m
        return None

    def export_dialog(self) -> None:
        doc = self.window.doc
        stem = doc.path.stem if doc.path else "stay-planner"
        start = str((doc.path.parent if doc.path else Path.home()) / f"{stem}-deadlines.ics")
        name, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Export Deadlines to Calendar"), start,
            self.tr("iCalendar files (*.ics);;All files (*)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> int:
        """Write the deadlines from today on to ``path``; how many were written."""
        from planner.storage.deadline_ics import write_deadlines_ics  # icalendar: on first use

        doc = self.window.doc
        if not doc.traveller.nationality:
            QtWidgets.QMessageBox.information(
                self.window, self.tr("Export Deadlines"),
                self.tr("Choose the traveller's nationality first."))
            return 0
        try:
            rows = api_deadlines.deadlines(doc.itinerary, doc.today, rules=doc.rules,
                                           today=doc.today)["deadlines"]
            write_deadlines_ics(rows, self.state.identity(), path, name=doc.traveller.name)
        except (ItineraryError, api_base.InputError) as e:
            log.ui.warning("exporting deadlines to %s failed: %s", path, e)
            QtWidgets.QMessageBox.warning(self.window, self.tr("Export Deadlines"), str(e))
            return 0
        self.window.statusBar().showMessage(
            self.tr("Exported {n} deadlines to {file}, with reminders 3 days and 1 day "
                    "before").format(n=len(rows), file=path.name), 6000)
        return len(rows)


def install(window: MainWindow) -> Deadlines:
    """Add the deadline features to ``window``; returns their owner."""
    return Deadlines(window)

"""The planning features of the main window, installed in one call.

:func:`install` adds to a :class:`~planner.ui.window.main_window.MainWindow`: the
exit-window dock (:mod:`planner.ui.planning.advice_panel`) and the markers of the
selected stay (:mod:`planner.ui.planning.markers`), the allowance strip with its
destination combo in the toolbar (:mod:`planner.ui.planning.allowance_strip`; it
follows the selected stay's country, or its zone, KZ at first), the Make-compliant
proposal bar (:mod:`planner.ui.planning.proposal`) and the Plan menu: Duplicate as
Scenario, Make Compliant, Longest Presence….
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar

from planner.ui.destinations import destination_label, destinations, zones_of
from planner.ui.planning.advice_panel import AdvicePanel
from planner.ui.planning.advice_state import AdviceState
from planner.ui.planning.allowance_strip import AllowanceStrip, StripKey
from planner.ui.planning.markers import ExitMarkers
from planner.ui.planning.proposal import FixProposal
from planner.ui.planning.timeline_marks import TimelineMarks
from planner.ui.window.country_box import CountryBox
from planner.ui.window.side_panel import scrolling

if TYPE_CHECKING:
    from planner.ui.planning.presence_dialog import PresenceDialog
    from planner.ui.planning.scenario import ScenarioWindow
    from planner.ui.window.main_window import MainWindow

DEFAULT_DESTINATION = "KZ"


class Planning(QObject):
    """Owns the planning widgets and actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        view, doc = window.view, window.doc
        self.state = AdviceState(view)
        self.markers = ExitMarkers(view, self.state)
        self.strip = AllowanceStrip(view)
        self.proposal = FixProposal(view)
        self.marks = TimelineMarks(view)
        window.legend.follow(self.marks)  # it explains the outline and the hatch
        self.scenarios: list[ScenarioWindow] = []
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None:
            layout.insertWidget(0, self.proposal.bar)  # type: ignore[attr-defined]
        self.panel = AdvicePanel(self.state)
        self.dock = QDockWidget(self.tr("Exit window"), window)
        self.dock.setObjectName("exit-window-dock")
        self.dock.setWidget(scrolling(self.panel))
        self.dock.setFeatures(window.dock.features())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.splitDockWidget(window.dock, self.dock, Qt.Orientation.Vertical)
        window.resizeDocks([window.dock, self.dock], [580, 260], Qt.Orientation.Vertical)
        self._toolbar()
        self._menu()
        view.selectionChanged.connect(self._follow_selection)
        for sig in (doc.reset, doc.travellerChanged):
            sig.connect(self._fill_destinations)
        self._fill_destinations()

    # ---- toolbar: the strip's destination ----------------------------------------

    def _toolbar(self) -> None:
        tb = self.window.findChild(QToolBar, "calendar-toolbar")
        if tb is None:
            tb = self.window.addToolBar(self.tr("Planning"))
        tb.addSeparator()
        label = QLabel(self.tr("Allowance:"))
        label.setContentsMargins(6, 0, 4, 0)
        tb.addWidget(label)
        self.combo = CountryBox()
        self.combo.setToolTip(self.tr("How long you could stay entering on each day, "
                                      "shown as a strip along the calendar"))
        self.combo.setMinimumContentsLength(14)
        self.combo.activated.connect(self._picked)
        tb.addWidget(self.combo)
        self.key = StripKey(self.strip)
        tb.addWidget(self.key)

    def _fill_destinations(self, *_args: object) -> None:
        doc = self.window.doc
        rules = doc.rules
        nat = doc.traveller.nationality
        codes = destinations(rules, nat, {s.country for s in doc.stays})
        current = self.strip.destination or DEFAULT_DESTINATION
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Off"), "")
        for c in codes:
            self.combo.addItem(destination_label(c, rules.names), c)
        self.combo.blockSignals(False)
        self.set_destination(current if current in codes else (codes[0] if codes else ""))

    def set_destination(self, code: str) -> None:
        i = self.combo.findData(code)
        if i < 0:
            code, i = "", 0
        self.combo.setCurrentIndex(i)
        self.strip.set_destination(code)

    def _picked(self, i: int) -> None:
        self.strip.set_destination(str(self.combo.itemData(i) or ""))

    def _follow_selection(self, index: int | None) -> None:
        if index is None or not self.strip.destination:
            return
        stay = self.window.doc.stays[index]
        for code in [stay.country, *zones_of(self.window.doc.rules, stay.country, stay.entry)]:
            if self.combo.findData(code) >= 0:
                self.set_destination(code)
                return

    # ---- the Plan menu --------------------------------------------------------------

    def _menu(self) -> None:
        w = self.window
        self.act_scenario = QAction(self.tr("&Duplicate as Scenario"), w)
        self.act_scenario.triggered.connect(self.duplicate)
        self.act_fix = QAction(self.tr("&Make Compliant"), w)
        self.act_fix.triggered.connect(self.make_compliant)
        self.act_presence = QAction(self.tr("&Longest Presence…"), w)
        self.act_presence.triggered.connect(self.longest_presence)
        m = self.menu = w.menuBar().addMenu(self.tr("&Plan"))
        m.addActions([self.act_fix, self.act_presence])
        m.addSeparator()
        m.addAction(self.act_scenario)
        m.addSeparator()
        m.addAction(self.dock.toggleViewAction())

    def duplicate(self) -> ScenarioWindow:
        from planner.ui.planning.scenario import ScenarioWindow  # opened on demand

        sw = ScenarioWindow(self.window.doc)
        sw.view.set_year(self.window.view.year)
        sw.destroyed.connect(lambda *_: self._forget(sw))
        self.scenarios.append(sw)
        sw.show()
        return sw

    def _forget(self, sw: ScenarioWindow) -> None:
        if sw in self.scenarios:
            self.scenarios.remove(sw)

    def make_compliant(self) -> None:
        if not self.window.doc.traveller.nationality:
            QtWidgets.QMessageBox.information(
                self.window, self.tr("Make compliant"),
                self.tr("Choose the traveller's nationality first."))
            return
        result = self.proposal.propose()
        if not result.changed:
            self.window.statusBar().showMessage(
                self.tr("The itinerary already keeps to every rule."), 4000)

    def longest_presence(self) -> PresenceDialog:
        from planner.ui.planning.presence_dialog import PresenceDialog

        view = self.window.view
        start = dt.date(view.year, 1, 1)
        dlg = PresenceDialog(self.window.doc, self.strip.destination or DEFAULT_DESTINATION,
                             start, dt.date(view.year, 12, 31), self.window)
        dlg.open()
        return dlg


def install(window: MainWindow) -> Planning:
    """Add the planning features to ``window``; returns their owner."""
    return Planning(window)

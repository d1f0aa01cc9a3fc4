"""What-if scenarios: Plan → Duplicate as scenario.

A :class:`ScenarioWindow` edits a copy of the itinerary (a second
:class:`~planner.ui.document.Document` with its own undo history) in a
calendar of its own, next to a table that compares it with the original per
destination: visa-free days counted and breach days in each. "Keep this
scenario" puts the scenario's traveller and stays into the original document
as one undo step ("Undo Keep scenario"); "Discard" closes the window and
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.engine import Evaluator
from planner.ui import colors
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.calendar.layout import ViewMode
from planner.ui.document import Document
from planner.ui.models import NO_PARENT, HeaderedTableModel, Index
from planner.ui.planning.advice_commands import ReplaceItinerary


@dataclass(frozen=True, slots=True)
class Comparison:
    """One destination: visa-free days counted and breach days, original vs scenario."""

    destination: str
    days: tuple[int, int]
    breaches: tuple[int, int]


def _counts(ev: Evaluator, dest: str) -> tuple[int, int]:
    st = ev.state(dest)
    days = int(st.present.sum()) if st is not None else 0
    breach = sum((b - a).days + 1 for a, b in ev.breaches(dest))
    return days, breach


def compare(original: Evaluator, scenario: Evaluator) -> list[Comparison]:
    """Per destination of either itinerary, in name order."""
    dests = sorted(set(original.destinations()) | set(scenario.destinations()))
    out = []
    for d in dests:
        (d0, b0), (d1, b1) = _counts(original, d), _counts(scenario, d)
        out.append(Comparison(d, (d0, d1), (b0, b1)))
    return out


class ComparisonModel(HeaderedTableModel):
    """The comparison table; refreshes when either document is re-evaluated."""

    def __init__(self, original: Document, scenario: Document,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original, self.scenario = original, scenario
        self.rows: list[Comparison] = []
        self._headers = [self.tr("Destination"), self.tr("Days\noriginal"),
                         self.tr("Days\nscenario"), self.tr("Breaches\noriginal"),
                         self.tr("Breaches\nscenario")]
        for doc in (original, scenario):
            for sig in (doc.evaluated, doc.reset, doc.stayInserted, doc.stayRemoved,
                        doc.travellerChanged):
                sig.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        self.beginResetModel()
        self.rows = compare(self.original.evaluator, self.scenario.evaluator)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        values = [r.destination, *r.days, *r.breaches]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return colors.country_color(r.destination)
        if role == Qt.ItemDataRole.ForegroundRole and col >= 3 and values[col]:
            return QBrush(colors.BREACH)
        if role == Qt.ItemDataRole.FontRole and col in (2, 4):
            pair = r.days if col == 2 else r.breaches
            if pair[0] != pair[1]:
                f = QFont()
                f.setBold(True)
                return f
        return None


class ScenarioWindow(QMainWindow):
    """A copy of the itinerary to try things on, compared with the original."""

    def __init__(self, original: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.scenario = Document(original.itinerary, rules=original.rules,
                                 today=original.today, parent=self)
        original.todayChanged.connect(self._follow_today)  # past midnight, both move on
        self.view = CalendarView(self.scenario)
        self.view.set_mode(ViewMode.YEAR)
        self.view.set_year(original.today.year)
        self.setCentralWidget(self.view)
        self.model = ComparisonModel(original, self.scenario, self)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        side = QWidget()
        side.setMinimumWidth(440)
        box = QVBoxLayout(side)
        hint = QLabel(self.tr("Edit the scenario in the calendar; the original stays as it "
                              "is until you keep the scenario."))
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(table, 1)
        dock = QDockWidget(self.tr("Compared with the original"), self)
        dock.setObjectName("scenario-compare")
        dock.setWidget(side)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._toolbar()
        self.setWindowTitle(self.tr("Scenario of {name} — Stay Planner").format(
            name=original.display_name()))
        self.resize(1280, 820)
        self.kept = False


    def _follow_today(self) -> None:
        self.scenario.set_today(self.original.today)

    def _toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Scenario"))
        tb.setMovable(False)
        stack = self.scenario.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        tb.addActions([undo, redo])
        tb.addSeparator()
        year = QAction(self.tr("Year"), self)
        year.triggered.connect(lambda: self.view.set_mode(ViewMode.YEAR))
        timeline = QAction(self.tr("Timeline"), self)
        timeline.triggered.connect(lambda: self.view.set_mode(ViewMode.TIMELINE))
        tb.addActions([year, timeline])
        tb.addSeparator()
        self.act_keep = QAction(self.tr("Keep this scenario"), self)
        self.act_keep.triggered.connect(self.keep)
        self.act_discard = QAction(self.tr("Discard"), self)
        self.act_discard.triggered.connect(self.discard)
        tb.addActions([self.act_keep, self.act_discard])

    def keep(self) -> None:
        """Replace the original's traveller and stays with the scenario's (one undo step)."""
        if self.scenario.itinerary.stays != self.original.stays or (
                self.scenario.traveller != self.original.traveller):
            self.original.undo_stack.push(ReplaceItinerary(
                self.original, self.scenario.itinerary, self.tr("Keep scenario")))
        self.kept = True
        self.close()

    def discard(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.deleteLater()
        event.accept()

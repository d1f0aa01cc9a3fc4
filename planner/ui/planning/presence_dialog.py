"""Plan → Longest presence…: the most days in one destination over a date range.

The user picks a destination, the range and the countries they accept for
breaks (neighbours first); :func:`planner.core.fixing.maximise` proposes the
stays, which the dialog lists and, on "Add these stays", adds to the
document as one undo step ("Undo Add longest presence plan").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.advice import NEIGHBOURS
from planner.core.fixing import maximise
from planner.core.model import Stay
from planner.ui import colors
from planner.ui.countries import country_name
from planner.ui.document import Document
from planner.ui.planning.advice_commands import add_stays
from planner.ui.planning.plan_texts import days_text, long_date


def swatch_icon(color: QColor, size: int = 12) -> QIcon:
    """A small square of ``color`` for list items."""
    pm = QPixmap(size, size)
    pm.fill(color)
    return QIcon(pm)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class PresenceDialog(QDialog):
    """Destination, range and break countries in; proposed stays out."""

    def __init__(self, doc: Document, destination: str = "KZ",
                 start: dt.date | None = None, end: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.proposal: list[Stay] = []
        self.setWindowTitle(self.tr("Longest presence"))
        nat = doc.traveller.nationality
        covered = sorted(c for c in doc.rules.covered_destinations(nat)
                         if c not in doc.rules.zones)
        self.destination = QComboBox()
        for c in covered:
            self.destination.addItem(f"{country_name(c, doc.rules.names)} ({c})", c)
        self.destination.setCurrentIndex(max(self.destination.findData(destination), 0))
        start = start or doc.today
        self.start = QDateEdit(_qdate(start))
        self.end = QDateEdit(_qdate(end or start + dt.timedelta(days=364)))
        for e in (self.start, self.end):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.min_stay = QSpinBox()
        self.min_stay.setRange(1, 90)
        self.min_stay.setValue(7)
        self.min_stay.setSuffix(self.tr(" days"))
        self.breaks = QListWidget()
        self.breaks.setMaximumHeight(150)
        self.destination.currentIndexChanged.connect(self._fill_breaks)
        form = QFormLayout()
        form.addRow(self.tr("&Destination:"), self.destination)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("Shortest &useful stay:"), self.min_stay)
        form.addRow(self.tr("&Breaks in:"), self.breaks)
        self.find_button = QPushButton(self.tr("&Find the plan"))
        self.find_button.clicked.connect(self.compute)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.summary, 1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Entry"),
                                              self.tr("Exit"), self.tr("Days")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton(self.tr("&Add these stays"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._fill_breaks()
        self.resize(560, 620)

    def _fill_breaks(self, *_args: object) -> None:
        dest = str(self.destination.currentData() or "")
        nat = self.doc.traveller.nationality
        covered = {c for c in self.doc.rules.covered_destinations(nat)
                   if c not in self.doc.rules.zones}
        near = [c for c in NEIGHBOURS.get(dest, ()) if c in covered]
        rest = sorted(covered - set(near) - {dest})
        self.breaks.clear()
        for c in [nat, *near, *rest]:
            if c == dest or not c:
                continue
            item = QListWidgetItem(f"{country_name(c, self.doc.rules.names)} ({c})")
            item.setData(Qt.ItemDataRole.UserRole, c)
            item.setIcon(swatch_icon(colors.country_color(c)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c in near[:2]
                               else Qt.CheckState.Unchecked)
            self.breaks.addItem(item)

    def break_countries(self) -> list[str]:
        out = []
        for i in range(self.breaks.count()):
            item = self.breaks.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_breaks(self, codes: list[str]) -> None:
        for i in range(self.breaks.count()):
            item = self.breaks.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def compute(self) -> list[Stay]:
        doc = self.doc
        dest = str(self.destination.currentData() or "")
        start, end = _date(self.start.date()), _date(self.end.date())
        if not dest or end < start:
            self.summary.setText(self.tr("Choose a destination and a range that ends after "
                                         "it starts."))
            return []
        self.proposal = maximise(doc.rules, doc.traveller.nationality, doc.stays, dest,
                                 start, end, self.break_countries(), self.min_stay.value())
        self.table.setRowCount(len(self.proposal))
        for row, s in enumerate(self.proposal):
            name = QTableWidgetItem(country_name(s.country, doc.rules.names))
            name.setData(Qt.ItemDataRole.DecorationRole, colors.country_color(s.country))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(long_date(s.entry)))
            self.table.setItem(row, 2, QTableWidgetItem(long_date(s.exit)))
            self.table.setItem(row, 3, QTableWidgetItem(str(s.days)))
        total = sum(s.days for s in self.proposal if s.country == dest)
        self.summary.setText(self.tr("{days} in {country}").format(
            days=days_text(total), country=country_name(dest, doc.rules.names)))
        self.add_button.setEnabled(bool(self.proposal))
        return self.proposal

    def add(self) -> None:
        if self.proposal:
            add_stays(self.doc, self.proposal, self.tr("Add longest presence plan"))
        self.accept()

"""The import preview: pick which calendar events or CSV rows become stays.

:func:`read_candidates` reads an iCalendar (``.ics``) or CSV file through
:mod:`planner.storage.ics` / :mod:`planner.storage.csv_io` into
:class:`Candidate` rows and the problems found (by event number or line).
:class:`ImportDialog` shows them in a table: a check box per candidate, the
country (detected, editable in a combo box), the days present, the note;
below, what could not be read. For CSV files the order of day and month in
dates such as ``01.02.2023`` can be chosen, and the file is read again.
:meth:`ImportDialog.stays` gives the chosen stays; the window adds them to
the itinerary as one undo step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import Stay
from planner.storage import ItineraryError
from planner.storage.csv_io import parse_csv
from planner.storage.ics import parse_ics
from planner.ui.countries import all_countries

CHECK, SOURCE, COUNTRY, ENTRY, EXIT, DAYS, NOTE = range(7)
ICS_SUFFIXES = (".ics", ".ical", ".icalendar", ".ifb")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


@dataclass(frozen=True)
class Candidate:
    """One event or row that may become a stay; ``make(country)`` builds it."""

    source: str  # "event 3", "line 4"
    country: str | None
    entry: dt.date
    exit: dt.date
    note: str
    make: Callable[[str], Stay]
    chosen: bool = True  # ticked at first
    hint: str = ""  # a tool tip: the event's summary, "repeats" ...


@dataclass(frozen=True)
class ImportPreview:
    """What a file offers: its candidates, and the problems by event or line."""

    kind: str  # "ics" or "csv"
    candidates: list[Candidate]
    problems: list[str]
    dayfirst: bool | None = None


def is_calendar(path: Path, data: bytes) -> bool:
    """An iCalendar file by its name, else by its first line."""
    if path.suffix.lower() in ICS_SUFFIXES:
        return True
    if path.suffix.lower() == ".csv":
        return False
    return data.lstrip(b"\xef\xbb\xbf \r\n\t")[:15].upper().startswith(b"BEGIN:VCALENDAR")


def read_candidates(path: Path, data: bytes, dayfirst: bool | None = None) -> ImportPreview:
    """Candidates of a calendar or CSV file; ``ItineraryError`` if it is unusable."""
    origin = str(path)
    if is_calendar(path, data):
        ics = parse_ics(data, origin)
        cands = []
        for ev in ics.events:
            hint = ev.summary + (_tr(" (repeats; its first occurrence)") if ev.recurring else "")
            cands.append(Candidate(
                _tr("event {n}").format(n=ev.index + 1), ev.country, ev.entry, ev.exit,
                ev.note, ev.to_stay, chosen=ev.country is not None and not ev.recurring,
                hint=hint))
        return ImportPreview("ics", cands, [_problem(str(p)) for p in ics.problems])
    table = parse_csv(data, origin, dayfirst=dayfirst)
    cands = [Candidate(_tr("line {n}").format(n=row.line), row.stay.country, row.stay.entry,
                       row.stay.exit, row.stay.note,
                       _relabel(row.stay))
             for row in table.rows]
    return ImportPreview("csv", cands, [_problem(str(p)) for p in table.problems],
                         table.dayfirst)


def _relabel(stay: Stay) -> Callable[[str], Stay]:
    return lambda country: dataclasses.replace(stay, country=country)


def _problem(text: str) -> str:
    """A storage problem line ("line 4: ...", "event 2 ...") with a translated lead word."""
    for word in ("line", "event"):
        if text.startswith(word + " "):
            return _tr(word) + text[len(word):]
    return text


def _countries_model(names: Mapping[str, str] | None) -> QStandardItemModel:
    """One list of countries shared by every row's combo box (cheap for long files)."""
    model = QStandardItemModel()
    none = QStandardItem(_tr("— choose —"))
    none.setData(None, Qt.ItemDataRole.UserRole)
    model.appendRow(none)
    for code, name in all_countries(names):
        item = QStandardItem(f"{code} — {name}")
        item.setData(code, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    return model


class ImportDialog(QDialog):
    """Preview of an import; :meth:`stays` gives the chosen stays after OK."""

    def __init__(self, path: Path, data: bytes, preview: ImportPreview, *,
                 names: Mapping[str, str] | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.path, self.data, self.preview = path, data, preview
        self.setWindowTitle(self.tr("Import Stays — {name}").format(name=path.name))
        self.countries = _countries_model(names)
        intro = QLabel(self.tr("Tick the events that are stays and choose the country of each.")
                       if preview.kind == "ics" else
                       self.tr("Tick the rows to import; you may change their country."))
        intro.setWordWrap(True)
        self.order = QComboBox()
        self.order.addItem(self.tr("Guess from the file"), None)
        self.order.addItem(self.tr("Day first (01.02 is 1 February)"), True)
        self.order.addItem(self.tr("Month first (01.02 is January 2)"), False)
        self.order_row = QWidget()
        orow = QHBoxLayout(self.order_row)
        orow.setContentsMargins(0, 0, 0, 0)
        orow.addWidget(QLabel(self.tr("Dates such as 01.02.2023:")))
        orow.addWidget(self.order)
        orow.addStretch(1)
        self.order_row.setVisible(preview.kind == "csv")
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Source"), self.tr("Country"), self.tr("Entry"), self.tr("Exit"),
             self.tr("Days"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COUNTRY, 220)
        self.problems_label = QLabel()
        self.problems = QListWidget()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.order_row)
        box.addWidget(self.table, 1)
        box.addWidget(self.problems_label)
        box.addWidget(self.problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        box.addLayout(bottom)
        self.table.itemChanged.connect(self._validate)
        self.order.currentIndexChanged.connect(self._reread)
        self._fill()
        self.resize(860, 520)

    # ---- filling -----------------------------------------------------------------

    def _fill(self) -> None:
        p = self.preview
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, c in enumerate(p.candidates):
            self.table.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if c.chosen else Qt.CheckState.Unchecked)
            self.table.setItem(row, CHECK, check)
            cells = {
                SOURCE: c.source,
                ENTRY: c.entry.isoformat(),  # as in the table of stays and the stay dialog
                EXIT: c.exit.isoformat(),
                DAYS: str((c.exit - c.entry).days + 1),
            }
            for col, text in cells.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c.hint:
                    item.setToolTip(c.hint)
                self.table.setItem(row, col, item)
            self._item(row, DAYS).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            note = QTableWidgetItem(c.note)
            note.setToolTip(self.tr("Double-click to edit the note"))
            self.table.setItem(row, NOTE, note)
            combo = QComboBox()
            combo.setModel(self.countries)
            combo.setMaxVisibleItems(16)
            found = combo.findData(c.country, Qt.ItemDataRole.UserRole) if c.country else -1
            combo.setCurrentIndex(max(found, 0))
            combo.currentIndexChanged.connect(self._validate)
            self.table.setCellWidget(row, COUNTRY, combo)
        self.table.blockSignals(False)
        self.problems_label.setText(
            self.tr("Not imported ({n}): these could not be read.").format(n=len(p.problems)))
        self.problems.clear()
        self.problems.addItems(p.problems)
        lines = min(max(len(p.problems), 1), 5)  # up to five lines, then it scrolls
        self.problems.setFixedHeight(lines * self.problems.fontMetrics().height() + 12)
        self.problems_label.setVisible(bool(p.problems))
        self.problems.setVisible(bool(p.problems))
        self._validate()

    def _reread(self) -> None:
        try:
            self.preview = read_candidates(self.path, self.data, self.order.currentData())
        except ItineraryError as e:  # the same bytes read before; only in theory
            self.status.setText(str(e))
            return
        self._fill()

    # ---- reading the choices --------------------------------------------------------

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def combo(self, row: int) -> QComboBox:
        w = self.table.cellWidget(row, COUNTRY)
        assert isinstance(w, QComboBox)
        return w

    def is_chosen(self, row: int) -> bool:
        return self._item(row, CHECK).checkState() == Qt.CheckState.Checked

    def set_chosen(self, row: int, chosen: bool) -> None:
        self._item(row, CHECK).setCheckState(
            Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def set_country(self, row: int, code: str) -> None:
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(code, Qt.ItemDataRole.UserRole))

    def country(self, row: int) -> str | None:
        code = self.combo(row).currentData(Qt.ItemDataRole.UserRole)
        return code if isinstance(code, str) else None

    def stays(self) -> list[Stay]:
        """The chosen candidates as stays, in file order (each has a country)."""
        out = []
        for row, c in enumerate(self.preview.candidates):
            code = self.country(row)
            if self.is_chosen(row) and code:
                stay = c.make(code)
                out.append(dataclasses.replace(stay, note=self._item(row, NOTE).text()))
        return out

    def _validate(self, *_args: object) -> None:
        chosen = [r for r in range(self.table.rowCount()) if self.is_chosen(r)]
        missing = [r for r in chosen if self.country(r) is None]
        if missing:
            self.status.setText(self.tr("Choose a country for {source}.").format(
                source=self.preview.candidates[missing[0]].source))
            self.status.setStyleSheet("color: #b71c1c")
        else:
            self.status.setText(self.tr("{n} of {total} selected").format(
                n=len(chosen), total=len(self.preview.candidates)))
            self.status.setStyleSheet("")
        self.ok.setEnabled(bool(chosen) and not missing)

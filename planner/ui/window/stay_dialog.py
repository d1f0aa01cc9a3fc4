"""The dialog that creates or edits one stay: country, dates, status, ground, note.

The exit may not be before the entry: the OK button stays disabled and a line
says why. The country list starts with the countries used most recently (the
last one first), then every country by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import Status, Stay
from planner.ui.countries import all_countries, country_name
from planner.ui.models import status_label


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class StayDialog(QDialog):
    """Edit ``stay``; :meth:`stay` gives the result after ``exec()``."""

    def __init__(self, stay: Stay, *, recent: Sequence[str] = (), new: bool = False,
                 names: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = stay
        self.setWindowTitle(self.tr("New stay") if new else self.tr("Edit stay"))
        self.country = QComboBox()
        self.country.setMaxVisibleItems(16)
        seen: set[str] = set()
        for code in [*recent, stay.country] if new else [stay.country, *recent]:
            if code and code not in seen:
                seen.add(code)
                self.country.addItem(f"{code} — {country_name(code, names)}", code)
        if seen:
            self.country.insertSeparator(self.country.count())
        for code, name in all_countries(names):
            if code not in seen:
                self.country.addItem(f"{code} — {name}", code)
        self.country.setCurrentIndex(0 if new and recent else
                                     max(self.country.findData(stay.country), 0))
        self.entry = QDateEdit(_qdate(stay.entry))
        self.exit = QDateEdit(_qdate(stay.exit))
        for w in (self.entry, self.exit):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        self.status = QComboBox()
        for st in Status:
            self.status.addItem(status_label(st), st.value)
        self.status.setCurrentIndex(self.status.findData(stay.status.value))
        self.ground = QLineEdit(stay.ground)
        self.ground.setPlaceholderText(self.tr("employment contract, study, treatment …"))
        self.note = QLineEdit(stay.note)
        self.note.setPlaceholderText(self.tr("city, purpose …"))
        self.length = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Entry:"), self.entry)
        form.addRow(self.tr("E&xit:"), self.exit)
        form.addRow("", self.length)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Exempt &ground:"), self.ground)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for sig in (self.entry.dateChanged, self.exit.dateChanged):
            sig.connect(self._validate)
        self.status.currentIndexChanged.connect(self._validate)
        self.setMinimumWidth(420)
        self._validate()

    def _validate(self) -> None:
        entry, exit_ = _pydate(self.entry.date()), _pydate(self.exit.date())
        ok = exit_ >= entry
        self.problem.setText("" if ok else self.tr("The exit day cannot be before the entry day."))
        self.problem.setVisible(not ok)
        days = (exit_ - entry).days + 1
        self.length.setText(self.tr("{n} days present (entry and exit day included)")
                            .format(n=days) if ok else "")
        exempt = self.status.currentData() == Status.EXEMPT.value
        self.ground.setEnabled(exempt)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(ok)

    def stay(self) -> Stay:
        """The stay as the dialog shows it (valid when OK is enabled)."""
        status = Status(self.status.currentData())
        return replace(self._original, country=str(self.country.currentData()),
                       entry=_pydate(self.entry.date()), exit=_pydate(self.exit.date()),
                       status=status, note=self.note.text().strip(),
                       ground=self.ground.text().strip() if status is Status.EXEMPT else "")

    @classmethod
    def ask(cls, stay: Stay, *, recent: Sequence[str] = (), new: bool = False,
            names: Mapping[str, str] | None = None, parent: QWidget | None = None
            ) -> Stay | None:
        """Show the dialog modally; the edited stay, or ``None`` when cancelled."""
        dlg = cls(stay, recent=recent, new=new, names=names, parent=parent)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        return dlg.stay() if dlg.exec() == QDialog.DialogCode.Accepted else None

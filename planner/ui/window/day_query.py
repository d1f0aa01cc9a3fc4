"""Plan → Days Used on a Date…: the count of every destination on a day the user picks,
and the day the printed summary reports its status on.

The counts are the status bar's, for any day (not only the one under the
pointer) and every destination of the itinerary, present that day or not:
"KZ: 83 of 90 days in the 180 days ending 2023-05-01". Ticking "Use this
date for the summary" makes File → Print Summary / Export Summary as PDF
report the status on that day instead of today
(:attr:`MainWindow.summary_day`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from planner.ui.day_texts import counter_sentence, date_format

if TYPE_CHECKING:
    from planner.ui.window.main_window import MainWindow


class DayQuery(QDialog):
    """Pick a day; read the days used on it; optionally make it the summary's day."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setWindowTitle(self.tr("Days used on a date"))
        start = window.summary_day or window.view.cursor_day
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.for_summary = QCheckBox(self.tr("Use this date for the &summary's status"))
        self.for_summary.setChecked(window.summary_day is not None)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.for_summary)
        layout.addWidget(buttons)
        self.date.dateChanged.connect(self._update)
        self.for_summary.toggled.connect(self._update)
        self._update()
        self.resize(480, 220)

    def day(self) -> dt.date:
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    def _update(self, *_args: object) -> None:
        day, ev = self.day(), self.main.doc.evaluator
        usages = [u for d in ev.destinations() if (u := ev.counter(d, day)) is not None]
        self.answer.setText("\n".join(counter_sentence(u) for u in usages)
                            or self.tr("No day limit counts on this date."))
        self.main.summary_day = day if self.for_summary.isChecked() else None

"""The exit-window panel's deadline lines, and the banner for a deadline within a week.

:class:`DeadlineLines` shows, for the selected stay, each registration its
visit needs ("Register by 13 March 2024 — Kazakhstan: the host …") with a
"Registered" check box that marks the stay (one undo step), and the tax line
for its country ("Kazakhstan: 183 days in 12 months reached on 2 July 2024 —
tax resident by the presence test; not tax advice", or how many days remain
below the test by the stay's last day).

:class:`DeadlineBanner` appears above the calendar when a file is opened and
a deadline not done falls within :data:`BANNER_DAYS` days of today (or is
overdue), until the user dismisses it; the dismissal is remembered in the
settings per file and deadline (:attr:`planner.ui.settings.Settings.dismissed_deadlines`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.lazy import lazy_module
from planner.names import country_name
from planner.storage.deadline_uid import deadline_uid
from planner.ui import colors
from planner.ui.planning.deadline_state import DeadlineState
from planner.ui.planning.plan_texts import long_date
from planner.ui.settings import Settings

if TYPE_CHECKING:
    from planner.core import deadline_rules, tax
    from planner.core.deadline_rules import TaxTest
    from planner.core.deadlines import Deadline
else:  # the tax tests load with the first stay shown with its deadlines
    deadline_rules = lazy_module("planner.core.deadline_rules")
    tax = lazy_module("planner.core.tax")

#: A deadline this many days ahead (or fewer, or overdue) shows the banner.
BANNER_DAYS = 7


class DeadlineLines(QWidget):
    """Registration and tax lines for the selected stay, in the exit-window panel."""

    def __init__(self, state: DeadlineState, selected: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.doc, self.selected = state, state.doc, selected
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 4, 0, 4)
        self.rows: list[tuple[QLabel, QCheckBox]] = []
        self._row_widgets: list[QWidget] = []
        self.tax = QLabel()
        self.tax.setWordWrap(True)
        colors.tint(self.tax, "TAX_TEXT")
        self.box.addWidget(self.tax)
        state.changed.connect(self.follow)
        self.show_stay()

    def follow(self, *_args: object) -> None:
        """Show the selected stay's lines again (the deadlines or the selection changed)."""
        self.show_stay()

    def show_stay(self) -> None:
        for w in self._row_widgets:
            self.box.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.rows, self._row_widgets = [], []
        i = self.selected()
        if i is None or not 0 <= i < len(self.doc.stays):
            self.tax.hide()
            return
        for d in self.state.for_stay(i):
            self._add_registration(d)
        text = self.tax_text(i)
        self.tax.setText(text)
        self.tax.setVisible(bool(text))
        self._fit_tax()

    def _fit_tax(self) -> None:
        """Keep the wrapped tax line whole when the dock is short of room."""
        width = max(self.width(), 200)
        self.tax.setMinimumHeight(self.tax.heightForWidth(width) if self.tax.text() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tax()

    def _add_registration(self, d: Deadline) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel()
        if d.done:
            label.setText(self.tr("Registered (was due {date})").format(date=long_date(d.day)))
            colors.tint(label, "DONE_TEXT")
        else:
            label.setText(self.tr("Register by {date}").format(date=long_date(d.day)))
            colors.tint(label, "REGISTER_TEXT")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
        tip = self.tr("{title}\nSource: {source}").format(title=d.title, source=d.source)
        label.setToolTip(tip)
        check = QCheckBox(self.tr("Registered"))
        check.setToolTip(tip)
        check.setChecked(d.done)
        assert d.index is not None
        check.toggled.connect(lambda on, i=d.index: self.mark(i, on))
        line.addWidget(label)
        line.addWidget(check)
        line.addStretch(1)
        self.box.insertWidget(self.box.indexOf(self.tax), row)
        self.rows.append((label, check))
        self._row_widgets.append(row)

    def mark(self, index: int, registered: bool) -> None:
        """Mark stay ``index`` registered or not (one undo step)."""
        stay = self.doc.stays[index]
        if stay.registered != registered:
            self.doc.edit_stay(index, dataclasses.replace(stay, registered=registered))

    def tax_text(self, index: int) -> str:
        """The tax line for the country of stay ``index``, judged on its last day."""
        stay = self.doc.stays[index]
        nat = self.doc.traveller.nationality
        tests = [t for t in self.doc.rules.deadline_rules
                 if isinstance(t, deadline_rules.TaxTest)]
        found = tax.tests_for(tests, stay.country, nat, stay.exit) if nat else []
        if not found:
            return ""
        test = found[0]
        count = tax.Presence(test, self.doc.stays).on(stay.exit)
        name = country_name(stay.country, fallback=self.doc.rules.names)
        what = self._test_words(test)
        if count.reached is not None and count.reached <= stay.exit:
            return self.tr("{country}: {what} reached on {date} — tax resident by the "
                           "presence test; not tax advice").format(
                country=name, what=what, date=long_date(count.reached))
        return self.tr("{country}: {days} of {what} by {date}, {left} below the presence "
                       "test; not tax advice").format(
            country=name, days=count.days, what=what, date=long_date(stay.exit),
            left=count.remaining)

    def _test_words(self, test: TaxTest) -> str:
        if test.period == "calendar-year":
            return self.tr("{n} days in a calendar year").format(n=test.days)
        if test.window_months is not None:
            return self.tr("{n} days in {m} months").format(n=test.days, m=test.window_months)
        return self.tr("{n} days in {m} days").format(n=test.days, m=test.window_days)


class DeadlineBanner(QFrame):
    """A strip above the calendar naming a deadline within a week, with Dismiss."""

    _STYLE = """
    QFrame#deadline-banner { background: #e3f2fd; border-bottom: 1px solid #90caf9; }
    QFrame#deadline-banner QLabel { color: #0d3c61; }
    """

    def __init__(self, state: DeadlineState, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.settings = state, settings
        self.row: dict[str, Any] | None = None
        self.setObjectName("deadline-banner")
        self.setStyleSheet(self._STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.icon = QLabel()  # drawn when first shown: see _draw_icon
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss_button)
        state.changed.connect(self._on_state)
        self.hide()

    def _on_state(self, _state: object = None) -> None:
        """Look when the deadlines of a file just opened are computed (not after edits)."""
        if self.state.opened:
            self.show_soonest()

    def key(self, row: dict[str, Any]) -> str:
        """The settings key of a deadline of this file: the UID its calendar event has."""
        return deadline_uid(self.state.identity(), row)

    def soonest(self) -> dict[str, Any] | None:
        """The first deadline not done, due within a week (or overdue), not dismissed."""
        today = self.state.today
        limit = today + dt.timedelta(days=BANNER_DAYS)
        dismissed = set(self.settings.dismissed_deadlines)
        for row in self.state.upcoming:
            day = dt.date.fromisoformat(row["date"])
            if row["done"] or day > limit or self.key(row) in dismissed:
                continue
            return row
        return None

    def show_soonest(self) -> None:
        self.row = self.soonest()
        if self.row is None:
            self.hide()
            return
        self.label.setText(self.text(self.row))
        self._draw_icon()
        self.show()

    def _draw_icon(self) -> None:
        """The style's information icon. Not at start, where the banner is hidden:
        PySide sets up QStyle's Python types (~10 ms) when it is first named."""
        if self.icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            self.icon.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(20, 20))

    def text(self, row: dict[str, Any]) -> str:
        day = dt.date.fromisoformat(row["date"])
        n = (day - self.state.today).days
        when = (self.tr("overdue since {date}").format(date=long_date(day)) if n < 0 else
                self.tr("today") if n == 0 else
                self.tr("in {n} days, {date}").format(n=n, date=long_date(day)))
        name = country_name(row["country"], fallback=self.state.doc.rules.names)
        match row["kind"]:
            case "registration":
                what = self.tr("Register in {country}").format(country=name)
            case "latest-exit":
                what = self.tr("Leave {country}").format(country=name)
            case "tax-residency":
                what = self.tr("{country}: the tax-residency presence test is met").format(
                    country=name)
            case _:
                what = self.tr("A rule for {country} ends").format(country=name)
        detail = f" — {row['title']}" if row["title"] else ""
        return self.tr("{what}: {when}{detail}").format(what=what, when=when, detail=detail)

    def dismiss(self) -> None:
        """Hide the banner and remember not to show this deadline of this file again."""
        if self.row is not None:
            self.settings.dismiss_deadline(self.key(self.row))
        self.row = None
        self.hide()

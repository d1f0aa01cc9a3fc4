"""The exit-window panel: what to do about the selected stay.

For a breaching stay: "Leave by X", "Stay out until Y: your next planned trip
of k days may start on Z", one-click remedies (trim the stay, move the next
one) and where the traveller may go meanwhile, each with how long and under
which rule, and a button that adds a stay there for the whole gap. For a stay
that keeps to the rules it only says until when it may last. Every remedy is
one undo step (:mod:`planner.ui.planning.advice_commands`).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.advice import ExitWindow, Suggestion
from planner.core.model import Stay
from planner.ui import colors
from planner.ui.countries import country_name
from planner.ui.planning import advice_commands
from planner.ui.planning.advice_state import AdviceState
from planner.ui.planning.markers import LEAVE, RETURN
from planner.ui.planning.plan_texts import days_text, long_date, rule_short, short_date
from planner.ui.texts import rule_line


class AdvicePanel(QWidget):
    """Leave-by date, return date, remedies and the where-to-go list of the selected stay."""

    def __init__(self, state: AdviceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.doc = state, state.doc
        self.shown: ExitWindow | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600")
        self.verdict = QLabel()
        self.leave = QLabel()
        self.leave.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {LEAVE.name()}")
        self.back = QLabel()
        self.back.setWordWrap(True)
        self.trim_button = QPushButton()
        self.trim_button.clicked.connect(self.trim)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trim_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        self.where_title = QLabel()
        self.where_title.setStyleSheet("font-weight: 600; margin-top: 6px")
        self.where = QTableWidget(0, 4)
        self.where.setHorizontalHeaderLabels([self.tr("Country"), self.tr("How long"),
                                              self.tr("Rule"), ""])
        self.where.verticalHeader().hide()
        self.where.verticalHeader().setDefaultSectionSize(26)
        self.where.setShowGrid(False)
        self.where.setAlternatingRowColors(True)
        self.where.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.where.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.where.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        h = self.where.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.placeholder = QLabel(self.tr("Select a stay to see until when it may last, "
                                          "when you may come back and where to go meanwhile."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(f"color: {colors.MUTED_TEXT.name()}")
        self.body = QWidget()
        b = QVBoxLayout(self.body)
        b.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.verdict, self.leave, self.back):
            b.addWidget(w)
        b.addLayout(buttons)
        b.addWidget(self.where_title)
        b.addWidget(self.where, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        state.changed.connect(self.show_window)
        self.show_window(state.window)

    # ---- showing ---------------------------------------------------------------

    def show_window(self, w: ExitWindow | None) -> None:
        self.shown = w
        self.placeholder.setVisible(w is None)
        self.body.setVisible(w is not None)
        if w is None:
            return
        s = w.stay
        self.title.setText(self.tr("{name} ({code}), {entry} – {exit}").format(
            name=country_name(s.country, self.doc.rules.names), code=s.country,
            entry=long_date(s.entry), exit=long_date(s.exit)))
        self._verdict(w)
        if w.unlimited:
            self.leave.setText(self.tr("No limit applies to this stay"))
        elif w.leave_by is None:
            self.leave.setText(self.tr("Even one day here adds a breach"))
        else:
            self.leave.setText(self.tr("Leave by {date}").format(date=long_date(w.leave_by)))
        self.back.setText(self._return_text(w))
        self.back.setVisible(bool(self.back.text()))
        can_trim = w.breaching and w.leave_by is not None and w.leave_by < s.exit
        self.trim_button.setVisible(can_trim)
        if can_trim and w.leave_by is not None:
            self.trim_button.setText(self.tr("Trim to leave by {date}").format(
                date=short_date(w.leave_by)))
        nxt, ret = w.next_stay, w.earliest_return
        can_move = nxt is not None and ret is not None and nxt.entry != ret
        self.move_button.setVisible(can_move)
        if can_move and ret is not None and nxt is not None:
            self.move_button.setText(self.tr("Move next stay to {date}").format(
                date=short_date(ret)))
            self.move_button.setToolTip(self.tr(
                "Your next planned stay in {code} ({entry} – {exit}) may start on {date} "
                "once this stay ends by the date above").format(
                code=nxt.country, entry=long_date(nxt.entry), exit=long_date(nxt.exit),
                date=long_date(ret)))
        self._fill_where(w)

    def _verdict(self, w: ExitWindow) -> None:
        if w.breaching:
            days = self.state.view.stay_breaches(w.index)
            first = min((a for a, _ in days), default=None)
            text = (self.tr("Breaches a limit from {date}").format(date=long_date(first))
                    if first else self.tr("Breaches a limit"))
            color = colors.BREACH.name()
        else:
            text, color = self.tr("Keeps to the rules"), RETURN.name()
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {color}; font-weight: 600")

    def _return_text(self, w: ExitWindow) -> str:
        if w.earliest_return is None or not w.return_days:
            return ""
        k = days_text(w.return_days)
        if w.next_stay is not None:
            what = self.tr("your next planned trip of {days}").format(days=k)
        else:
            what = self.tr("a stay of {days}").format(days=k)
        if w.gap is None:
            return self.tr("{what} may start on {date}.").format(
                what=what[:1].upper() + what[1:], date=long_date(w.earliest_return))
        return self.tr("Stay out until {until}: {what} may start on {date}.").format(
            until=long_date(w.gap[1]), what=what, date=long_date(w.earliest_return))

    def _fill_where(self, w: ExitWindow) -> None:
        show = w.breaching and w.gap is not None and bool(w.where_to_go)
        self.where_title.setVisible(show)
        self.where.setVisible(show)
        self.where.setRowCount(0)
        if not show or w.gap is None:
            return
        a, b = w.gap
        self.where_title.setText(self.tr("Where to go meanwhile: {first} – {last} ({days})"
                                         ).format(first=short_date(a), last=short_date(b),
                                                  days=days_text((b - a).days + 1)))
        self.where.setRowCount(len(w.where_to_go))
        for row, sug in enumerate(w.where_to_go):
            name = QTableWidgetItem(country_name(sug.country, self.doc.rules.names))
            name.setData(Qt.ItemDataRole.DecorationRole, colors.country_color(sug.country))
            name.setToolTip(sug.country)
            self.where.setItem(row, 0, name)
            self.where.setItem(row, 1, QTableWidgetItem(self._how_long(sug)))
            rule = QTableWidgetItem(self._rule_text(sug))
            if sug.rule is not None:
                rule.setToolTip(rule_line(sug.rule))
            self.where.setItem(row, 2, rule)
            button = QPushButton(self.tr("Add stay"))
            button.setToolTip(self.tr("Add a stay in {country} from {first} to {last}").format(
                country=country_name(sug.country, self.doc.rules.names),
                first=long_date(a), last=long_date(b)))
            button.clicked.connect(partial(self.add_stay, sug.country))
            self.where.setCellWidget(row, 3, button)

    def _how_long(self, sug: Suggestion) -> str:
        if sug.max_days is None:
            return self.tr("no limit")
        return self.tr("up to {days}").format(days=days_text(sug.max_days))

    def _rule_text(self, sug: Suggestion) -> str:
        if sug.reason == "home country":
            return self.tr("home country")
        if sug.rule is None or sug.max_days is None:
            return self.tr("no limit")
        return rule_short(sug.rule)

    # ---- remedies ----------------------------------------------------------------

    def trim(self) -> None:
        w = self.state.current()
        if w is not None and w.leave_by is not None:
            advice_commands.trim(self.doc, w.index, w.leave_by)

    def move_next(self) -> None:
        w = self.state.current()
        if w is not None and w.next_index is not None and w.earliest_return is not None:
            advice_commands.move_to(self.doc, w.next_index, w.earliest_return)

    def add_stay(self, country: str) -> None:
        w = self.state.current()
        if w is not None and w.gap is not None:
            self.doc.add_stay(Stay(country, *w.gap))

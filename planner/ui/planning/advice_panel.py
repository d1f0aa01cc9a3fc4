"""The exit-window panel: what to do about the selected stay.

For a breaching stay: "Leave by X", "Stay out until Y: your next planned trip
of k days may start on Z", one-click remedies (trim the stay, move the next
one) and where the traveller may go meanwhile, each with how long and under
which rule, and a button that adds a stay there for the whole gap (in a
zone such as the Schengen area, in the member chosen from its menu). For a stay
that keeps to the rules it only says until when it may last. Every remedy is
one undo step (:mod:`planner.ui.planning.advice_commands`).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.advice import ExitWindow, Suggestion
from planner.core.model import Stay
from planner.ui import appearance, colors
from planner.ui.countries import country_name, destination_label, zones_of
from planner.ui.planning import advice_commands
from planner.ui.planning.advice_state import AdviceState
from planner.ui.planning.plan_texts import days_text, long_date, rule_short, short_date
from planner.ui.texts import rule_line


class AdvicePanel(QWidget):
    """Leave-by date, return date, remedies and the where-to-go list of the selected stay."""

    def __init__(self, state: AdviceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.doc = state, state.doc
        self.shown: ExitWindow | None = None
        self.title = QLabel()
        appearance.heading(self.title)
        self.title.setWordWrap(True)
        self.verdict = QLabel()
        appearance.heading(self.verdict)
        self.leave = QLabel()
        appearance.heading(self.leave, 15)
        self.leave.setWordWrap(True)
        colors.tint(self.leave, "LEAVE_TEXT")
        self.back = QLabel()
        self.back.setWordWrap(True)
        self.verdict.setWordWrap(True)
        self.trim_button = QPushButton()
        self.trim_button.clicked.connect(self.trim)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_next)
        buttons = QVBoxLayout()  # one above the other: the panel stays narrow in Russian
        for button in (self.trim_button, self.move_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.where_title = QLabel()
        appearance.heading(self.where_title)
        self.where_title.setContentsMargins(0, 6, 0, 0)
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
        colors.tint(self.placeholder, "MUTED_TEXT")
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
        zones = [country_name(z) for z in zones_of(self.doc.rules, s.country, s.entry)]
        self.title.setText(self.tr("{name} ({code}), {entry} – {exit}").format(
            name=" · ".join([country_name(s.country, self.doc.rules.names), *zones]),
            code=s.country,
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
            color = "BREACH_TEXT"
        else:
            text, color = self.tr("Keeps to the rules"), "RETURN_TEXT"
        self.verdict.setText(text)
        colors.tint(self.verdict, color)

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
            self.where.setCellWidget(row, 3, self._add_button(sug.country, a, b))

    def _add_button(self, dest: str, a: dt.date, b: dt.date) -> QPushButton:
        """"Add stay" for the gap ``a`` .. ``b``; for a zone, a menu of its members."""
        button = QPushButton(self.tr("Add stay"))
        button.setToolTip(self.tr("Add a stay in {country} from {first} to {last}").format(
            country=country_name(dest, self.doc.rules.names),
            first=long_date(a), last=long_date(b)))
        zone = self.doc.rules.zones.get(dest)
        if zone is None:
            button.clicked.connect(partial(self.add_stay, dest))
            return button
        menu = QMenu(button)
        members = sorted({m.country for m in zone.members if m.on(a) and m.on(b)},
                         key=lambda c: country_name(c, self.doc.rules.names).casefold())
        for c in members:
            menu.addAction(destination_label(c, self.doc.rules.names),
                           partial(self.add_stay, c))
        button.setMenu(menu)
        return button

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

"""The exit-window panel: what to do about the selected stay.

For a breaching stay: "Leave by X" (warning colour), when the next stay there
may start (named with its real dates), one-click remedies (trim the stay,
move the next one) and where the traveller may go meanwhile, each with how
long and under which rule, and a button that trims the stay and adds one
there on the gap's unplanned days (in a zone such as the Schengen area, in
the member chosen from its menu). When no country but home covers the gap
alone, the chain of :func:`planner.core.chaining.chain_for` is listed with a
button that adds it whole. For a stay that keeps to the rules it says
"May stay until X" (neutral). For a stay that needs a visa it says so in
words ("Russia: a visa is needed for US citizens") and computes nothing else.
Remedies add no conflict (:mod:`planner.core.remedies`): one that would is
not offered; stays in the way move later with it. Every remedy is one undo
step (:mod:`planner.ui.planning.advice_commands`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
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

from planner.core.lazy import lazy_module
from planner.names import country_name
from planner.ui import appearance, colors
from planner.ui.day_texts import rule_line, visa_line
from planner.ui.destinations import destination_label, zones_of
from planner.ui.planning import advice_commands
from planner.ui.planning.advice_state import AdviceState
from planner.ui.planning.plan_texts import days_text, long_date, rule_short, short_date
from planner.wording import may_stay_text

if TYPE_CHECKING:
    from planner.core import remedies
    from planner.core.advice import ExitWindow, Suggestion
else:  # the remedies load with the first exit window shown, after the window shows
    remedies = lazy_module("planner.core.remedies")


class AdvicePanel(QWidget):
    """Leave-by date, return date, remedies and the where-to-go list of the selected stay."""

    def __init__(self, state: AdviceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.doc = state, state.doc
        self.shown: ExitWindow | None = None
        self.move_remedy: remedies.Remedy | None = None
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
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge)
        buttons = QVBoxLayout()  # one above the other: the panel stays narrow in Russian
        for button in (self.trim_button, self.move_button, self.merge_button):
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
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.chain_button = QPushButton(self.tr("Add these stays"))
        self.chain_button.clicked.connect(self.add_chain)
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
        b.addWidget(self.chain_label)
        b.addWidget(self.chain_button, 0, Qt.AlignmentFlag.AlignLeft)
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
            name=" · ".join([country_name(s.country, fallback=self.doc.rules.names), *zones]),
            code=s.country,
            entry=long_date(s.entry), exit=long_date(s.exit)))
        self._verdict(w)
        self._leave_text(w)
        self.back.setText(self._return_text(w))
        self.back.setVisible(bool(self.back.text()))
        can_trim = w.breaching and remedies.trim(self.doc.stays, w) is not None
        self.trim_button.setVisible(can_trim)
        if can_trim and w.leave_by is not None:
            self.trim_button.setText(self.tr("Trim to leave by {date}").format(
                date=short_date(w.leave_by)))
        # a remedy for a breach: a stay that keeps to the rules needs none
        self.move_remedy = remedies.move_next(self.doc.stays, w) if w.breaching else None
        nxt, ret = w.next_stay, w.earliest_return
        self.move_button.setVisible(self.move_remedy is not None)
        if self.move_remedy is not None and ret is not None and nxt is not None:
            self.move_button.setText(self.tr("Move next stay to {date}").format(
                date=short_date(ret)))
            tip = self.tr("Your next planned stay in {code} ({entry} – {exit}) may start on "
                          "{date} once this stay ends by the date above").format(
                code=nxt.country, entry=long_date(nxt.entry), exit=long_date(nxt.exit),
                date=long_date(ret))
            if self.move_remedy.pushed:
                tip += "\n" + self.tr("Stays in its way move later with it: {stays}").format(
                    stays=", ".join(f"#{i + 1}" for i in sorted(self.move_remedy.pushed)))
            self.move_button.setToolTip(tip)
        found = remedies.merge(self.doc.stays, w.index)
        self.merge_button.setVisible(found is not None)
        if found is not None:
            j, _remedy = found
            other = self.doc.stays[j]
            self.merge_button.setText(self.tr("Merge with #{n}").format(n=j + 1))
            self.merge_button.setToolTip(self.tr(
                "This stay and #{n} ({entry} – {exit}) are in the same country and touch or "
                "overlap: their days count once; make them one stay").format(
                n=j + 1, entry=long_date(other.entry), exit=long_date(other.exit)))
        self._fill_where(w)
        self._fill_chain(w)

    def _leave_text(self, w: ExitWindow) -> None:
        """One vocabulary: "Leave by" (warning colour) only for a breaching stay,
        "May stay until" (neutral) for one that keeps to the rules."""
        tint: str | None = "LEAVE_TEXT" if w.breaching else None
        if w.visa is not None:
            text = visa_line(w.stay.country, self.doc.traveller.nationality, w.visa,
                             self.doc.rules)
            tint = "BREACH_TEXT"
        elif w.unlimited:
            text = self.tr("No limit applies to this stay")
        elif w.leave_by is None:
            text = self.tr("Even one day here adds a breach")
        elif w.breaching:
            text = self.tr("Leave by {date}").format(date=long_date(w.leave_by))
        else:
            later = w.leave_by < w.stay.exit
            text = may_stay_text(long_date(w.leave_by), later)
            text = text[:1].upper() + text[1:]
            if later:
                tint = "LEAVE_TEXT"
        self.leave.setText(text)
        colors.tint(self.leave, tint)

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
        ret = long_date(w.earliest_return)
        nxt = w.next_stay
        if nxt is not None:
            what = self.tr("Your next stay there ({entry} – {exit}, {days})").format(
                entry=long_date(nxt.entry), exit=long_date(nxt.exit), days=days_text(nxt.days))
            if w.earliest_return <= nxt.entry:
                return self.tr("{what} fits as planned: it could start from {date}.").format(
                    what=what, date=ret)
            return self.tr("{what} must start on {date} or later.").format(what=what, date=ret)
        what = self.tr("a stay of {days}").format(days=days_text(w.return_days))
        if w.gap is None:
            return self.tr("{what} may start on {date}.").format(
                what=what[:1].upper() + what[1:], date=ret)
        return self.tr("Stay out until {until}: {what} may start on {date}.").format(
            until=long_date(w.gap[1]), what=what, date=ret)

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
            name = QTableWidgetItem(country_name(sug.country, fallback=self.doc.rules.names))
            name.setData(Qt.ItemDataRole.DecorationRole, colors.country_color(sug.country))
            name.setToolTip(sug.country)
            self.where.setItem(row, 0, name)
            self.where.setItem(row, 1, QTableWidgetItem(self._how_long(sug)))
            rule = QTableWidgetItem(self._rule_text(sug))
            if sug.rule is not None:
                rule.setToolTip(rule_line(sug.rule))
            self.where.setItem(row, 2, rule)
            self.where.setCellWidget(row, 3, self._add_button(w, sug.country))

    def _fill_chain(self, w: ExitWindow) -> None:
        """The chain over the gap, when only home covers it alone; else hidden."""
        remedy = remedies.add_chain(self.doc.rules, self.doc.traveller.nationality,
                                    self.doc.stays, w) if w.breaching else None
        self.chain_label.setVisible(remedy is not None)
        self.chain_button.setVisible(remedy is not None)
        if remedy is None:
            return
        parts = remedy.stays[len(self.doc.stays):]
        names = self.doc.rules.names
        lines = [self.tr("No single country but home covers these days; one after another:")]
        lines += [self.tr("{country}: {first} – {last} ({days})").format(
            country=country_name(p.country, fallback=names), first=short_date(p.entry),
            last=short_date(p.exit), days=days_text(p.days)) for p in parts]
        self.chain_label.setText("\n".join(lines))
        self.chain_button.setToolTip(self.tr("Leave by {leave}, then stay in each country in "
                                             "turn").format(
            leave=long_date(w.leave_by) if w.leave_by else ""))

    def _add_button(self, w: ExitWindow, dest: str) -> QPushButton:
        """"Add stay": trim the stay and fill the gap's unplanned days in ``dest``;
        for a zone, a menu of its members (a stay is in one country)."""
        button = QPushButton(self.tr("Add stay"))
        zone = self.doc.rules.zones.get(dest)
        assert w.gap is not None
        a, b = w.gap
        members = [dest] if zone is None else sorted(
            {m.country for m in zone.members if m.on(a) and m.on(b)},
            key=lambda c: country_name(c, fallback=self.doc.rules.names).casefold())
        remedy = next((r for r in (remedies.add_stay(self.doc.rules,
                                                     self.doc.traveller.nationality,
                                                     self.doc.stays, w, c) for c in members)
                       if r is not None), None)
        if remedy is None:  # its first day is planned already: nothing to add
            button.setEnabled(False)
            button.setToolTip(self.tr("These days are planned already"))
            return button
        new = remedy.stays[-1]
        button.setToolTip(self.tr("Leave by {leave}, then stay in {country} from "
                                  "{first} to {last}").format(
            leave=long_date(w.leave_by) if w.leave_by else "",
            country=country_name(dest, fallback=self.doc.rules.names),
            first=long_date(new.entry), last=long_date(new.exit)))
        if zone is None:
            button.clicked.connect(partial(self.add_stay, dest))
            return button
        menu = QMenu(button)
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
        """The next stay to the earliest return, the stays in its way with it: one step."""
        w = self.state.current()
        remedy = None if w is None or not w.breaching else remedies.move_next(self.doc.stays, w)
        if w is not None and remedy is not None and w.next_stay is not None:
            advice_commands.apply_remedy(self.doc, remedy, advice_commands.step_text(
                advice_commands.MoveLater.label, w.next_stay.country))

    def merge(self) -> None:
        """The selected stay and the same-country stay it touches become one: one step."""
        w = self.state.current()
        found = None if w is None else remedies.merge(self.doc.stays, w.index)
        if w is not None and found is not None:
            j, remedy = found
            advice_commands.merge(self.doc, w.index, j,
                                  remedy.stays[w.index if w.index < j else w.index - 1])

    def add_chain(self) -> None:
        """Trim the stay to leave by and add the chain shown: one step."""
        w = self.state.current()
        remedy = None if w is None or not w.breaching else remedies.add_chain(
            self.doc.rules, self.doc.traveller.nationality, self.doc.stays, w)
        if remedy is not None:
            advice_commands.apply_remedy(self.doc, remedy, QCoreApplication.translate(
                "Commands", advice_commands.CHAIN_STEP))

    def add_stay(self, country: str) -> None:
        """Trim the stay to leave by, and add a stay in ``country`` on the unplanned
        days of the gap: one step."""
        w = self.state.current()
        remedy = None if w is None else remedies.add_stay(
            self.doc.rules, self.doc.traveller.nationality, self.doc.stays, w, country)
        if remedy is not None:
            advice_commands.apply_remedy(self.doc, remedy, advice_commands.step_text(
                "Add {country} stay", country))

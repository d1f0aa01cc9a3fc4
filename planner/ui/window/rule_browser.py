"""The rule browser: every stay rule with its numbers, dates, legal source and check day.

Help ▸ Stay Rules… opens :class:`RuleBrowser` over the window's document. It
lists the rules in use (bundled and installed) filtered by destination and
nationality (the traveller's, at first); the rules that judge a day of the
open itinerary come first, in bold. Selecting a rule shows its title, kind
and numbers, dates, nationalities, source, the day the source was checked,
its note, and whether the data only assumes it after a temporary scheme.
The header names the data's version and newest check day, and says when that
is more than 180 days before today. What is listed and in which order comes
from :mod:`planner.core.rule_listing`, as for ``stay-planner rules``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.rule_listing import matches, ordered
from planner.core.rules import Rule, RuleKind
from planner.names import country_name
from planner.ui.day_texts import day_text
from planner.ui.models import NO_PARENT, HeaderedTableModel, Index

if TYPE_CHECKING:
    from planner.ui.document import Document

RULE_ROLE = Qt.ItemDataRole.UserRole + 1


class RuleTableModel(HeaderedTableModel):
    """Rows of (rule, applies to the itinerary); columns: where, what, from, to, checked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Destination"), self.tr("Rule"), self.tr("From"),
                         self.tr("To"), self.tr("Checked")]
        self._rows: list[tuple[Rule, bool]] = []

    def set_rows(self, rows: list[tuple[Rule, bool]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def rule_at(self, row: int) -> Rule:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rule, applies = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [rule.destination, describe(rule), dates(rule.valid_from, self),
                    dates(rule.valid_to, self),
                    day_text(rule.checked) if rule.checked else ""][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return rule.title or rule.id
        if role == Qt.ItemDataRole.FontRole and applies:
            font = QFont()
            font.setBold(True)
            return font
        if role == RULE_ROLE:
            return rule.id
        return None


def dates(day: Any, ctx: QObject) -> str:
    return day_text(day) if day else "…"


def describe(rule: Rule) -> str:
    """Kind and numbers in the window's language: "90 days in any 180"."""
    n, m = rule.max_days, rule.window_days
    translate = QCoreApplication.translate
    match rule.kind:
        case RuleKind.ROLLING:
            return translate("RuleBrowser", "{n} days in any {m}").format(n=n, m=m)
        case RuleKind.PER_ENTRY:
            return translate("RuleBrowser", "{n} days per entry").format(n=n)
        case RuleKind.CALENDAR_YEAR:
            return translate("RuleBrowser", "{n} days per calendar year").format(n=n)
        case RuleKind.FIXED_WINDOW:
            return translate("RuleBrowser", "{n} days in {m} from first entry").format(n=n, m=m)
        case RuleKind.NO_LIMIT:
            return translate("RuleBrowser", "no limit")
        case RuleKind.VISA_REQUIRED:
            return translate("RuleBrowser", "visa required")
    raise AssertionError(rule.kind)


class RuleBrowser(QDialog):
    """Search the rules by destination and nationality; read one rule in full."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Stay Rules"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("any (for example KZ or SCHENGEN)"))
        self.nationality = QLineEdit(doc.itinerary.traveller.nationality)
        self.nationality.setPlaceholderText(self.tr("any (for example RU)"))
        for edit in (self.destination, self.nationality):
            edit.setMaxLength(12)
            edit.textChanged.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("&Destination:"), self.destination)
        form.addRow(self.tr("&Nationality:"), self.nationality)
        self.model = RuleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([340, 220])
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.resize(900, 640)
        doc.reset.connect(self.refresh)
        doc.travellerChanged.connect(self.refresh)
        self.refresh()

    def _code(self, edit: QLineEdit) -> str | None:
        return edit.text().strip().upper() or None

    def refresh(self) -> None:
        rules = self.doc.rules
        newest = rules.newest_checked()
        text = self.tr("Rule data {version}, last checked {day}.").format(
            version=rules.data_version or "?", day=day_text(newest) if newest else "?")
        if rules.stale_on(self.doc.today):
            text += " " + self.tr("That is more than 180 days ago: rules may have changed "
                                  "since.")
        it = self.doc.itinerary
        if it.stays:
            text += " " + self.tr("Rules in bold apply to the open itinerary.")
        self.header.setText(text)
        dest, nat = self._code(self.destination), self._code(self.nationality)
        wanted = [r for r in rules.rules if matches(rules, r, dest, nat)]
        self.model.set_rows(ordered(rules, it.traveller.nationality, it.stays, wanted))
        self.count.setText(self.tr("%n rule(s)", "", len(wanted)))
        if wanted:
            self.table.selectRow(0)
        else:
            self.details.clear()

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if rows:
            self.show_rule(self.model.rule_at(min(rows)))

    def show_rule(self, rule: Rule) -> None:
        """Fill the details pane with everything the data says about ``rule``."""
        from html import escape

        where = country_name(rule.destination, fallback=self.doc.rules.names)
        nats = sorted(rule.nationalities)
        nat_text = (", ".join(nats) if len(nats) <= 20
                    else self.tr("%n nationalities", "", len(nats)))
        rows = [
            (self.tr("Destination"), f"{where} ({rule.destination})"),
            (self.tr("Rule"), describe(rule)),
            (self.tr("In force"), f"{dates(rule.valid_from, self)} – {dates(rule.valid_to, self)}"),
            (self.tr("For citizens of"), nat_text),
            (self.tr("Source"), rule.source),
            (self.tr("Checked"), day_text(rule.checked) if rule.checked else "?"),
        ]
        if rule.note:
            rows.append((self.tr("Note"), rule.note))
        if rule.fallback:
            rows.append((self.tr("Assumed"), self.tr(
                "No act says this: the data assumes it after a temporary scheme ends.")))
        body = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th>"
                       f"<td>{_linked(escape(v))}</td></tr>" for k, v in rows)
        title = escape(rule.title or rule.id)
        self.details.setHtml(f"<h3>{title}</h3><p><code>{escape(rule.id)}</code></p>"
                             f"<table cellspacing='4'>{body}</table>")


_URL = re.compile(r"https?://[^\s;,)]+")


def _linked(html_text: str) -> str:
    """Web addresses in an escaped text made into links (sources cite news and acts)."""
    return _URL.sub(lambda m: f"<a href='{m.group(0)}'>{m.group(0)}</a>", html_text)

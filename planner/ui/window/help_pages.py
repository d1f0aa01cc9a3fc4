"""The pages the Help menu opens (:mod:`planner.ui.window.help_menu`).

Loaded when the first page opens, not before the window shows.

* Keyboard Shortcuts lists the calendar's keys from
  :data:`planner.ui.calendar.view_keys.GESTURES`, the mouse gestures, and the
  shortcut of every action in the window's menus as the menus hold it now, so
  the list stays true when a shortcut changes.
* How Days Are Counted says the program's counting rules in plain words
  (the same semantics as the product's documentation and the engine).
* About names the version, the rule data (its format version and the days
  its sources were checked) and the licence, GPL-3.0-or-later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from planner import __version__
from planner.core.rules import RULES_VERSION, RuleSet
from planner.i18n import QT_TRANSLATE_NOOP, qt_translator
from planner.ui.calendar.view_keys import GESTURES
from planner.ui.day_texts import day_text

LICENCE = "GPL-3.0-or-later"

_MOUSE = (
    (QT_TRANSLATE_NOOP("Help", "Drag on empty days"), QT_TRANSLATE_NOOP("Help", "Add a stay")),
    (QT_TRANSLATE_NOOP("Help", "Drag a stay"), QT_TRANSLATE_NOOP("Help", "Move it")),
    (QT_TRANSLATE_NOOP("Help", "Drag a stay's end"),
     QT_TRANSLATE_NOOP("Help", "Change its entry or exit day")),
    (QT_TRANSLATE_NOOP("Help", "Double-click"),
     QT_TRANSLATE_NOOP("Help", "Edit the stay, or add one on that day")),
)

#: How days are counted, one paragraph each (the product's semantics).
_COUNTING = (
    QT_TRANSLATE_NOOP("Help", "The entry day and the exit day are both days present. A travel "
                      "day (leaving one country and arriving in another) counts in both."),
    QT_TRANSLATE_NOOP("Help", "Two stays in one country that touch or overlap count each day "
                      "once. Countries of a zone such as the Schengen area count together."),
    QT_TRANSLATE_NOOP("Help", "Only visa-free stays count toward a visa-free limit; stays on a "
                      "visa, a residence permit or an exempt ground are shown but not counted."),
    QT_TRANSLATE_NOOP("Help", "“90 in any 180”: a day breaches when the days present in the "
                      "180 days ending on it (that day included) number more than 90. The "
                      "window moves every day: old days drop out, new ones count."),
    QT_TRANSLATE_NOOP("Help", "“30 per entry”: day d of a stay breaches when it is more than "
                      "30 days after the entry day, counting the entry day as day 1."),
    QT_TRANSLATE_NOOP("Help", "A day is judged by the rule in force on that day; a rolling "
                      "window also looks back over days before the rule began."),
    QT_TRANSLATE_NOOP("Help", "Leave by: the last exit day with which the stay adds no breach, "
                      "neither to itself nor to a later stay. Return from: the first day a "
                      "stay of the length you plan may begin without adding a breach."),
    QT_TRANSLATE_NOOP("Help", "Where no rule data covers your nationality, days are "
                      "“not checked”, never “compliant”. Rule data has a source and the day "
                      "it was last checked: laws change, so check before you travel."),
)


_tr = qt_translator("Help")


def _keys(combo: tuple[tuple[Qt.Key, Qt.KeyboardModifier], ...]) -> str:
    return ", ".join(QKeySequence(mods.value | key.value).toString(
        QKeySequence.SequenceFormat.NativeText) for key, mods in combo)


def _escape(text: str) -> str:
    """:func:`html.escape`; the module (its entity table, ~0.4 MB) loads with the
    first help page, not at start."""
    import html

    return html.escape(text)


def shortcuts_html(menus: list[QMenu]) -> str:
    """The shortcuts page: the calendar's keys, the mouse, every menu action's shortcut."""
    calendar = _tr("Calendar")  # (lupdate does not read calls inside f-strings)
    rows = [f"<h3>{_escape(calendar)}</h3><table cellpadding='3'>"]
    for combo, text in GESTURES:
        rows.append(f"<tr><td><b>{_escape(_keys(combo))}</b></td>"
                    f"<td>{_escape(QCoreApplication.translate('Keys', text))}</td></tr>")
    for gesture, text in _MOUSE:
        rows.append(f"<tr><td><b>{_escape(_tr(gesture))}</b></td>"
                    f"<td>{_escape(_tr(text))}</td></tr>")
    rows.append("</table>")
    for menu in menus:
        actions = [a for a in _actions(menu) if not a.shortcut().isEmpty()]
        if not actions:
            continue
        rows.append(f"<h3>{_escape(menu.title().replace('&', ''))}</h3>"
                    "<table cellpadding='3'>")
        for a in actions:
            key = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append(f"<tr><td><b>{_escape(key)}</b></td>"
                        f"<td>{_escape(a.text().replace('&', ''))}</td></tr>")
        rows.append("</table>")
    return "".join(rows)


def _actions(menu: QMenu) -> list[QAction]:
    out = []
    for a in menu.actions():
        sub = a.menu()
        if isinstance(sub, QMenu):
            out.extend(_actions(sub))
        elif not a.isSeparator():
            out.append(a)
    return out


def counting_html() -> str:
    return "".join(f"<p>{_escape(_tr(p))}</p>" for p in _COUNTING)


def about_html(rules: RuleSet) -> str:
    checked = sorted(r.checked for r in rules.rules if r.checked is not None)
    data = _tr("Rule data: format version {version}, {n} rules").format(
        version=RULES_VERSION, n=len(rules.rules))
    if checked and checked[0] == checked[-1]:
        data += " · " + _tr("sources checked {date}").format(date=day_text(checked[0]))
    elif checked:
        data += " · " + _tr("sources checked {first} – {last}").format(
            first=day_text(checked[0]), last=day_text(checked[-1]))
    what = _tr("Visa-free stay limits, counted on your own computer.")
    licence = _tr("Licence: {licence}").format(licence=LICENCE)
    return (f"<h2>Stay Planner {_escape(__version__)}</h2>"
            f"<p>{_escape(what)}</p><p>{_escape(data)}</p>"
            f"<p>{_escape(licence)}</p>")


class HelpDialog(QDialog):
    """A page of help text with a Close button."""

    def __init__(self, title: str, body: str, parent: QWidget,
                 size: tuple[int, int] = (560, 460)) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(*size)

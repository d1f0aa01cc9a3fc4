"""The Help menu: keyboard shortcuts, how days are counted, stay rules, about.

The pages themselves (:mod:`planner.ui.window.help_pages`) and the rule
browser (:mod:`planner.ui.window.rule_browser`) load when first opened: the
window shows with the menu alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from planner.core.lazy import lazy_module
from planner.i18n import qt_translator

if TYPE_CHECKING:
    from planner.ui.window import help_pages, rule_browser
    from planner.ui.window.help_pages import HelpDialog
    from planner.ui.window.main_window import MainWindow
    from planner.ui.window.rule_browser import RuleBrowser
else:  # the pages and the browser load when first opened
    help_pages = lazy_module("planner.ui.window.help_pages")
    rule_browser = lazy_module("planner.ui.window.rule_browser")

_tr = qt_translator("Help")


class Help:
    """The Help menu of one main window, and the dialog last opened from it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: HelpDialog | None = None
        self.menu = window.menuBar().addMenu(_tr("&Help"))
        self.act_keys = self.menu.addAction(_tr("&Keyboard Shortcuts"), self.show_keys)
        self.act_counting = self.menu.addAction(_tr("How Days Are &Counted"),
                                                self.show_counting)
        self.menu.addSeparator()
        self.act_about = self.menu.addAction(_tr("&About Stay Planner"), self.show_about)

    def _show(self, title: str, body: str, size: tuple[int, int] = (560, 460)) -> HelpDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = help_pages.HelpDialog(title, body, self.window, size)
        self.dialog.show()
        return self.dialog

    def show_keys(self) -> HelpDialog:
        menus = [a.menu() for a in self.window.menuBar().actions()]
        return self._show(_tr("Keyboard Shortcuts"),
                          help_pages.shortcuts_html([m for m in menus if isinstance(m, QMenu)]))

    def show_counting(self) -> HelpDialog:
        return self._show(_tr("How Days Are Counted"), help_pages.counting_html())

    def show_about(self) -> HelpDialog:
        return self._show(_tr("About Stay Planner"), help_pages.about_html(self.window.doc.rules),
                          (480, 260))


def install(window: MainWindow) -> Help:
    """Add the Help menu (last in the menu bar) to ``window``."""
    return Help(window)


def install_rules(window: MainWindow) -> QAction:
    """Add Stay Rules… to ``window``'s Help menu, above About; the browser is made
    when first opened."""
    help_menu = window.help.menu
    action = QAction(QCoreApplication.translate("RuleBrowser", "Stay &Rules…"), help_menu)
    actions = help_menu.actions()
    about = actions.index(window.help.act_about)
    before = actions[about - 1] if about and actions[about - 1].isSeparator() else actions[about]
    help_menu.insertAction(before, action)  # with the other guides, above About
    action.setObjectName("rule-browser")
    browsers: list[RuleBrowser] = []

    def show() -> None:
        if not browsers:
            browsers.append(rule_browser.RuleBrowser(window.doc, window))
        browser = browsers[0]
        browser.refresh()
        browser.show()
        browser.raise_()
        browser.activateWindow()

    action.triggered.connect(show)
    window.rule_browsers = browsers  # type: ignore[attr-defined]
    return action


"""Accessible names and descriptions of the main window's parts, and keyboard extras.

Screen readers read a widget's accessible name and description. The calendar
is painted, so it describes itself in words: its accessible description (and
the status bar) says which day the keyboard cursor is on, the stays on that
day, the days used of each limit and whether the day breaches one; it is
updated whenever the cursor moves (``CalendarView.cursorMoved``). Toolbar
buttons without text get names and tooltips; the year buttons get
shortcuts (Ctrl+Page Up / Ctrl+Page Down) so that everything the toolbar
does can be done from the keyboard.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from planner.ui.countries import country_name
from planner.ui.texts import day_text, status_counter

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView
    from planner.ui.window.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def describe_day(view: CalendarView, day: dt.date) -> str:
    """One sentence about ``day`` for a screen reader: date, stays, counters, breach."""
    doc = view.doc
    parts = [day_text(day)]
    stays = [s for s in doc.stays if s.covers(day)]
    for s in stays:
        parts.append(translate("Accessibility", "{country} stay {entry} – {exit}").format(
            country=country_name(s.country), entry=day_text(s.entry), exit=day_text(s.exit)))
    if not stays:
        parts.append(translate("Accessibility", "no stay"))
    counter = status_counter(doc.counters(day))
    if counter:
        parts.append(counter)
    if view.breach_days(day, day):
        parts.append(translate("Accessibility", "breach: this day is over a limit"))
    return "; ".join(parts)


def _cursor_moved(window: MainWindow, day: dt.date) -> None:
    text = describe_day(window.view, day)
    window.view.setAccessibleDescription(text)
    window.view.viewport().setAccessibleDescription(text)
    window.statusBar().showMessage(text)


def install(window: MainWindow) -> None:
    """Name the window's widgets and keep the calendar's description current."""
    view = window.view
    name = translate("Accessibility", "Calendar of stays")
    view.setAccessibleName(name)
    view.viewport().setAccessibleName(name)
    view.setWhatsThis(translate(
        "Accessibility", "Arrow keys move the day cursor; Enter edits the stay, Insert adds "
        "one, Delete removes it; Alt+arrows move the stay, Shift+arrows change its exit."))
    view.cursorMoved.connect(lambda day: _cursor_moved(window, day))
    _cursor_moved(window, view.cursor_day)
    window.statusBar().clearMessage()
    panel = window.panel
    for widget, text in (
        (panel.name, translate("Accessibility", "Traveller's name")),
        (panel.nationality, translate("Accessibility", "Traveller's nationality")),
        (panel.dest_table, translate("Accessibility", "Days used today per destination")),
        (panel.table, translate("Accessibility", "Stays")),
        (window.legend, translate("Accessibility", "Legend of colours")),
        (window.counter, translate("Accessibility", "Days used on the day under the pointer")),
        (window.year_label, translate("Accessibility", "Year shown")),
    ):
        widget.setAccessibleName(text)
    panel.table.setAccessibleDescription(translate(
        "Accessibility", "One row per stay; F2 edits a cell, the selected row is selected "
        "in the calendar too."))
    for button, action in ((window.prev_button, window.act_prev),
                           (window.next_button, window.act_next)):
        text = action.text().replace("&", "")
        button.setAccessibleName(text)
        button.setToolTip(text)
    for action, keys in ((window.act_prev, "Ctrl+PgUp"), (window.act_next, "Ctrl+PgDown")):
        if action.shortcut().isEmpty():
            action.setShortcut(QKeySequence(keys))

"""Strings translated at run time that ``pyside6-lupdate`` cannot find where they are used.

:mod:`planner.ui.exchange` calls ``window.tr(…)`` from plain functions:
lupdate files those under a context named "window", but at run time the
context is the window's class, "MainWindow"; they are repeated here under
"MainWindow" (and its file filters, passed as variables, with them).
"""

from __future__ import annotations

from planner.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP

EXCHANGE = (
    QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Export"),
    QT_TRANSLATE_NOOP("MainWindow", "&iCalendar (.ics)…"),
    QT_TRANSLATE_NOOP("MainWindow", "&CSV (.csv)…"),
    QT_TRANSLATE_NOOP("MainWindow", "Import Stays"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot import"),
    QT_TRANSLATE_NOOP("MainWindow", "Nothing to import"),
    QT_TRANSLATE_NOOP("MainWindow", "No stays could be read from {name}:\n{problems}"),
    QT_TRANSLATE_N_NOOP("MainWindow", "Import %n stay(s)"),
    QT_TRANSLATE_NOOP("MainWindow", "itinerary"),
    QT_TRANSLATE_NOOP("MainWindow", "Export Stays"),
    QT_TRANSLATE_NOOP("MainWindow", "Cannot export"),
    QT_TRANSLATE_NOOP("MainWindow", "Exported to {name}"),
    QT_TRANSLATE_NOOP("MainWindow", "Calendars and spreadsheets (*.ics *.csv);;"
                                    "iCalendar (*.ics);;CSV (*.csv);;All files (*)"),
    QT_TRANSLATE_NOOP("MainWindow", "iCalendar (*.ics)"),
    QT_TRANSLATE_NOOP("MainWindow", "CSV (*.csv)"),
)

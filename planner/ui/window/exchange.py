"""File → Import… and File → Export…: stays from and to iCalendar and CSV files.

Import reads the file, shows :class:`~planner.ui.window.import_dialog.ImportDialog`
and appends the chosen stays to the open itinerary as one undo step
("Import 3 stays"). Export writes every stay of the itinerary with
:func:`~planner.storage.ics.write_ics` or :func:`~planner.storage.csv_io.write_csv`
(both atomic). A file that cannot be read or written gives a dialog with the
reason; nothing else changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from planner.i18n import QT_TRANSLATE_NOOP, _, qt_translator
from planner.storage import ItineraryError

# The iCalendar and CSV modules (and the libraries under them) are imported
# when the user first imports or exports, not when the window starts.

if TYPE_CHECKING:
    from planner.ui.window.main_window import MainWindow

# These run as plain functions, not methods: every string is translated in the
# window's own context, "MainWindow", written out so that lupdate sees it.
IMPORT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Calendars and spreadsheets (*.ics *.csv);;"
                                                "iCalendar (*.ics);;CSV (*.csv);;All files (*)")
ICS_FILTER = QT_TRANSLATE_NOOP("MainWindow", "iCalendar (*.ics)")
CSV_FILTER = QT_TRANSLATE_NOOP("MainWindow", "CSV (*.csv)")


# ``text`` in the window's plural form for ``n`` (lupdate reads it as ``tr``).
_plural = qt_translator("MainWindow")


def add_exchange_menu(window: MainWindow, menu: QMenu) -> list[QAction]:
    """Put Import… and an Export submenu into the File menu; the three actions."""
    act_import = menu.addAction(QCoreApplication.translate("MainWindow", "&Import…"),
                                lambda: import_dialog(window))
    export = menu.addMenu(QCoreApplication.translate("MainWindow", "&Export"))
    act_ics = export.addAction(QCoreApplication.translate("MainWindow", "&iCalendar (.ics)…"),
                               lambda: export_file(window, "ics"))
    act_csv = export.addAction(QCoreApplication.translate("MainWindow", "&CSV (.csv)…"),
                               lambda: export_file(window, "csv"))
    return [act_import, act_ics, act_csv]


def _start(window: MainWindow) -> str:
    return str(window.doc.path.parent) if window.doc.path else ""


def import_dialog(window: MainWindow) -> None:
    """Ask for a file, then import from it."""
    name, _filter = QtWidgets.QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("MainWindow", "Import Stays"), _start(window),
        QCoreApplication.translate("MainWindow", IMPORT_FILTER))
    if name:
        import_file(window, Path(name))


def import_file(window: MainWindow, path: Path) -> int:
    """Preview ``path`` and add the chosen stays; how many were added."""
    try:
        from planner.storage._exchange import read_limited
        from planner.ui.window.import_dialog import read_candidates

        data = read_limited(path, _("a calendar or CSV file"))  # the error names it
        preview = read_candidates(path, data)
    except ItineraryError as e:
        QtWidgets.QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Cannot import"), str(e))
        return 0
    if not preview.candidates:
        message = QCoreApplication.translate(
            "MainWindow", "No stays could be read from {name}:\n{problems}")
        QtWidgets.QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Nothing to import"),
            message.format(name=path.name, problems="\n".join(preview.problems[:12])))
        return 0
    from planner.ui.window.import_dialog import ImportDialog

    dlg = ImportDialog(path, data, preview, names=window.doc.rules.names, parent=window)
    if dlg.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return 0
    stays = dlg.stays()
    text = _plural("Import %n stay(s)", "", len(stays))
    window.doc.add_stays(stays, text)
    if stays:
        window.view.select(len(window.doc.stays) - 1)
    window.statusBar().showMessage(text, 4000)
    return len(stays)


def export_file(window: MainWindow, kind: str) -> bool:
    """Ask where, then write every stay as iCalendar (``"ics"``) or CSV (``"csv"``)."""
    base = window.doc.path.with_suffix("." + kind) if window.doc.path else Path(
        QCoreApplication.translate("MainWindow", "itinerary") + "." + kind)
    name, _filter = QtWidgets.QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MainWindow", "Export Stays"), str(base),
        QCoreApplication.translate("MainWindow", ICS_FILTER if kind == "ics" else CSV_FILTER))
    if not name:
        return False
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix("." + kind)
    inputs = (window.doc.path,) if window.doc.path is not None else ()
    try:  # the file dialog asked before replacing a file: force
        if kind == "ics":
            from planner.storage.ics import write_ics

            write_ics(window.doc.itinerary, path, inputs=inputs)
        else:
            from planner.storage.csv_io import write_csv

            write_csv(window.doc.itinerary, path, inputs=inputs)
    except ItineraryError as e:
        QtWidgets.QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Cannot export"), str(e))
        return False
    done = QCoreApplication.translate("MainWindow", "Exported to {name}")
    window.statusBar().showMessage(done.format(name=path.name), 4000)
    return True

"""File → Print… and File → Export PDF… for the stay summary.

:func:`print_summary` opens a print preview (``QPrintPreviewDialog``) of the
summary; :func:`export_pdf` asks for a file name and writes the PDF. Both
build the summary for today (or a given date) in the user's language
(Russian when the locale is Russian, English otherwise) and report errors in a
message box; the window wires them into its menus.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from planner import i18n
from planner.core.model import Itinerary
from planner.core.rules import RuleSet
from planner.i18n import qt_translator
from planner.report.fonts import FontError
from planner.report.summary_data import Summary, SummaryError, build_summary
from planner.report.summary_pdf import (
    MARGIN_MM,
    default_page_size,
    render_pdf,
    render_to_printer,
)
from planner.report.summary_words import CONTEXT
from planner.storage.errors import ItineraryError

_tr = qt_translator("Summary")


def ui_lang(locale: QLocale | None = None) -> str:
    """The summary's language for a locale: "ru", "kk", else "en"."""
    language = (locale or QLocale()).language()
    return {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}.get(language, "en")


def _summary(parent: QWidget | None, itinerary: Itinerary, rules: RuleSet,
             day: dt.date | None, lang: str | None) -> Summary | None:
    lang = lang or ui_lang()
    # The window's translator speaks the window's language; another language is
    # read from the .ts files, as the command line does.
    translate = qt_translator(CONTEXT) if lang == i18n.language() else None
    try:
        return build_summary(itinerary, rules, day or dt.date.today(), lang=lang,
                             translate=translate)
    except SummaryError as e:
        QMessageBox.warning(parent, _tr("Stay summary"),
                            _tr("Cannot make the summary: {0}").format(e))
        return None


def make_printer() -> QPrinter:
    """A high-resolution printer set to the locale's paper and our margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(default_page_size())
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                           QPageLayout.Unit.Millimeter)
    return printer


def print_summary(parent: QWidget | None, itinerary: Itinerary, rules: RuleSet,
                  day: dt.date | None = None, lang: str | None = None) -> bool:
    """Show the print preview of the summary; True when it was printed."""
    summary = _summary(parent, itinerary, rules, day, lang)
    if summary is None:
        return False
    printer = make_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print stay summary"))
    errors: list[str] = []

    def paint(p: QPrinter) -> None:
        try:
            render_to_printer(summary, p)
        except (OSError, FontError) as e:
            errors.append(str(e))

    dialog.paintRequested.connect(paint)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if errors:
        QMessageBox.warning(parent, _tr("Stay summary"),
                            _tr("Cannot print the summary: {0}").format(errors[-1]))
        return False
    return accepted


def suggested_name(summary: Summary) -> str:
    who = "".join(c for c in summary.traveller if c.isalnum() or c in "-_ ").strip()
    return f"{who or 'stay'} summary {summary.date.isoformat()}.pdf"


def export_pdf(parent: QWidget | None, itinerary: Itinerary, rules: RuleSet,
               day: dt.date | None = None, lang: str | None = None,
               folder: Path | None = None) -> Path | None:
    """Ask for a file name and write the summary there; the path, or None."""
    summary = _summary(parent, itinerary, rules, day, lang)
    if summary is None:
        return None
    start = str((folder or Path.home()) / suggested_name(summary))
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export stay summary as PDF"), start,
                                          _tr("PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:  # the file dialog asked before replacing a file
        render_pdf(summary, path)
    except ItineraryError as e:  # says which file and why ("the disk is full")
        QMessageBox.warning(parent, _tr("Stay summary"), str(e))
        return None
    except (OSError, FontError) as e:
        QMessageBox.warning(parent, _tr("Stay summary"),
                            _tr("Cannot write {0}: {1}").format(path, e))
        return None
    return path

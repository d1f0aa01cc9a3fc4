"""File → Print Summary… and File → Export Summary as PDF… in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from planner.report import dialogs
from planner.ui.window.main_window import MainWindow
from tests.ui.test_main_window import window  # noqa: F401  (the fixture)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_export_summary_pdf_from_the_file_menu(window: MainWindow, tmp_path: Path,  # noqa: F811
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "anna summary"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")))
    assert "PDF" in window.act_export_pdf.toolTip()
    window.act_export_pdf.trigger()
    written = target.with_suffix(".pdf")
    text = pdf_text(written)
    assert "Anna" in text and "2023-02-01" in text
    assert written.name in window.statusBar().currentMessage()


def test_print_summary_paints_the_document(window: MainWindow,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    painted: list[object] = []

    class FakePreview:
        """Stands in for QPrintPreviewDialog: asks for one paint, then 'prints'."""

        def __init__(self, printer: object, parent: object) -> None:
            self.printer = printer
            self.slots: list[object] = []
            self.paintRequested = self

        def connect(self, slot: object) -> None:
            self.slots.append(slot)

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            for slot in self.slots:
                slot(self.printer)  # type: ignore[operator]
                painted.append(self.printer)
            return 1

    monkeypatch.setattr(dialogs, "QPrintPreviewDialog", FakePreview)
    monkeypatch.setattr(dialogs, "make_printer", _pdf_printer)
    window.act_print.trigger()
    assert painted
    out = Path(painted[0].outputFileName())  # type: ignore[attr-defined]
    assert "Anna" in pdf_text(out)


_PDF_PATH: list[Path] = []


def _pdf_printer():  # type: ignore[no-untyped-def]
    import tempfile

    from PySide6.QtPrintSupport import QPrinter

    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = Path(tempfile.mkdtemp()) / "printed.pdf"
    p.setOutputFileName(str(path))
    return p

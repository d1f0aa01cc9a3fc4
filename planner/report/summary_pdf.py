"""Paint a :class:`~planner.report.summary_data.Summary` to a PDF file or a printer.

:func:`render_pdf` writes a PDF (A4, or Letter in US locales) atomically;
:func:`render_to_printer` paints the same pages on a ``QPrinter`` (for the
print preview). Both go through :func:`paint_summary`, which registers the
bundled DejaVu Sans, lays the sections out (:mod:`planner.report.summary_blocks`)
and paginates them: a header on every page (the full title block on the first,
a short one after), "Page N of M" and the disclaimer in every footer, and a
table that goes on to the next page repeats its header row. About 25 stays fit
on one A4 page with the rest of the summary. Needs a QGuiApplication.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from planner.qt_compat import protect_none
from planner.report.fonts import ensure_fonts
from planner.report.page_kit import Ctx, Placed, paginate, paint_pages
from planner.report.summary_blocks import (
    build_blocks,
    footer_height,
    header_height,
    paint_footer,
    paint_header,
)
from planner.report.summary_data import Summary

MARGIN_MM = 13.0
PDF_DPI = 300
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
})


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's territory uses it (the US …), A4 elsewhere."""
    territory = (locale or QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_size_named(name: str | None) -> QPageSize:
    """"a4", "letter" or ``None``/"auto" (from the locale)."""
    match (name or "auto").lower():
        case "a4":
            return QPageSize(QPageSize.PageSizeId.A4)
        case "letter":
            return QPageSize(QPageSize.PageSizeId.Letter)
        case "auto":
            return default_page_size()
    raise ValueError(f"page size {name!r} is not a4, letter or auto")


def layout_pages(summary: Summary, ctx: Ctx) -> list[Placed]:
    """The summary's blocks placed on pages for this device."""
    bottom = ctx.height - footer_height(ctx)
    return paginate(build_blocks(summary), ctx, header_height(ctx, True),
                    header_height(ctx, False), bottom)


def paint_summary(painter: QPainter, device: QPagedPaintDevice, summary: Summary) -> int:
    """Paint every page on ``device`` (already begun by ``painter``); the page count."""
    protect_none()  # PySide6 6.12 on CPython 3.11 drops references to None
    ctx = Ctx(device, ensure_fonts())
    pages = layout_pages(summary, ctx)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def decorate(p: QPainter, n: int, of: int) -> None:
        paint_header(p, ctx, summary, n == 1)
        paint_footer(p, ctx, summary, n, of)

    paint_pages(painter, ctx, pages, decorate, device.newPage)
    return len(pages)


def _title(summary: Summary) -> str:
    return f"Stay summary — {summary.traveller}".strip(" —")


def render_pdf(summary: Summary, path: str | os.PathLike[str],
               page_size: QPageSize | None = None) -> int:
    """Write the summary as a PDF at ``path`` (atomically); the page count.

    The file is written next to ``path`` under a temporary name and moved
    into place only when complete, so a failure never leaves half a PDF.
    """
    protect_none()
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                               dir=target.parent if str(target.parent) else ".")
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(PDF_DPI)
        writer.setPageSize(page_size or default_page_size())
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        writer.setTitle(_title(summary))
        writer.setCreator("Stay Planner")
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write a PDF to {target}")
        try:
            pages = paint_summary(painter, writer, summary)
        finally:
            painter.end()
        del writer  # flushes and closes the file
        if os.path.getsize(tmp) == 0:
            raise OSError(f"cannot write a PDF to {target}")
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pages


def _file_mode(target: Path) -> int:
    """The existing file's mode, else what a new file gets (mkstemp makes 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def render_to_printer(summary: Summary, printer: QPrinter) -> int:
    """Paint the summary on ``printer`` (print preview or a real printer)."""
    printer.setDocName(_title(summary))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be used")
    try:
        return paint_summary(painter, printer, summary)
    finally:
        painter.end()

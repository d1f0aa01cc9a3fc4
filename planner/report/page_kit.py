"""A small page-layout kit for the summary: measured blocks, tables, pagination.

The page is a column of :class:`Block` s. Each block knows its height for the
page width and paints itself at a given top; :func:`paginate` places blocks on
pages, keeping a heading with what follows it and repeating a table's header
row at the top of a page that continues the table. All lengths are device
pixels; :meth:`Ctx.mm` converts millimetres, fonts are sized in points, so the
same code paints a 300 dpi PDF and a printer of any resolution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
RULE_LINE = QColor("#c9d1db")
HEAD_BG = QColor("#e9eef4")
ZEBRA = QColor("#f6f8fa")
ACCENT = QColor("#1f4e79")
RED = QColor("#b3261e")
RED_BG = QColor("#fde7e5")
GREEN = QColor("#2e7d32")
AMBER = QColor("#8a5300")  # not checked: neither compliant nor a breach

WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
RIGHT_MIDDLE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class Ctx:
    """Fonts, metrics and units for one paint device."""

    def __init__(self, device: QPaintDevice, family: str) -> None:
        self.device = device
        self.family = family
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setKerning(True)
        return f

    def fm(self, pt: float, bold: bool = False) -> QFontMetricsF:
        key = (pt, bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(self.font(pt, bold), self.device)
        return self._metrics[key]

    def text_height(self, text: str, width: float, pt: float, bold: bool = False) -> float:
        """The height ``text`` takes wrapped to ``width`` (one line at least)."""
        fm = self.fm(pt, bold)
        if not text:
            return fm.height()
        r = fm.boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), WRAP | LEFT, text)
        return max(r.height(), fm.height())

    def text_width(self, text: str, pt: float, bold: bool = False) -> float:
        return self.fm(pt, bold).horizontalAdvance(text)

    def draw(self, p: QPainter, rect: QRectF, text: str, pt: float, *, bold: bool = False,
             color: QColor = INK, flags: int = LEFT, wrap: bool = True) -> None:
        """Text in ``rect``; unwrapped text is elided to fit."""
        p.setFont(self.font(pt, bold))
        p.setPen(color)
        if not wrap:
            text = self.fm(pt, bold).elidedText(text, Qt.TextElideMode.ElideRight,
                                                rect.width())
        p.drawText(rect, flags | (WRAP if wrap else 0), text)

    def hline(self, p: QPainter, x0: float, x1: float, y: float,
              color: QColor = RULE_LINE, width_mm: float = 0.2) -> None:
        p.setPen(QPen(color, self.mm(width_mm)))
        p.drawLine(QPointF(x0, y), QPointF(x1, y))


class Block:
    """Something of a measured height on the page."""

    keep_with_next = False
    #: A header to paint first when this block starts a page (a table's head).
    repeat_header: Block | None = None

    def height(self, ctx: Ctx) -> float:
        raise NotImplementedError

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        raise NotImplementedError


@dataclass
class Gap(Block):
    """Vertical space, dropped at the top of a page."""

    mm: float

    def height(self, ctx: Ctx) -> float:
        return ctx.mm(self.mm)

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        pass


@dataclass
class Heading(Block):
    """A section heading with a thin line under it; kept with what follows."""

    text: str
    color: QColor = field(default_factory=lambda: QColor(ACCENT))
    keep_with_next = True

    def height(self, ctx: Ctx) -> float:
        return ctx.fm(9.5, True).height() + ctx.mm(1.6)

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        h = ctx.fm(9.5, True).height()
        ctx.draw(p, QRectF(0, y, ctx.width, h), self.text, 9.5, bold=True, color=self.color,
                 wrap=False)
        ctx.hline(p, 0, ctx.width, y + h + ctx.mm(0.5), self.color, 0.3)


@dataclass
class Paragraph(Block):
    """Wrapped text across the page."""

    text: str
    pt: float = 7.5
    color: QColor = field(default_factory=lambda: QColor(INK))
    bold: bool = False

    def height(self, ctx: Ctx) -> float:
        return ctx.text_height(self.text, ctx.width, self.pt, self.bold) + ctx.mm(0.8)

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        ctx.draw(p, QRectF(0, y, ctx.width, self.height(ctx)), self.text, self.pt,
                 bold=self.bold, color=self.color)


@dataclass(frozen=True)
class Column:
    """A table column: its title, how wide, alignment, wrapping.

    ``width_mm`` > 0 is a fixed width; ``AUTO`` fits the widest cell (and the
    longest word of the title), at most ``max_mm``; 0 shares what is left.
    """

    title: str
    width_mm: float = 0.0
    align: int = LEFT
    wrap: bool = False
    max_mm: float = 60.0


AUTO = -1.0


@dataclass(frozen=True)
class Cell:
    """One cell of a table; lines may be separated by newlines."""

    text: str
    color: QColor = field(default_factory=lambda: QColor(INK))
    bold: bool = False


PAD_MM = 0.75


@dataclass
class TableHead(Block):
    """A table's header row; it also sizes the columns for all the rows."""

    columns: Sequence[Column]
    body: Sequence[Sequence[Cell]] = ()
    pt: float = 7.0
    keep_with_next = True
    _widths: list[float] | None = None

    def widths(self, ctx: Ctx) -> list[float]:
        if self._widths is None:
            self._widths = self._measure(ctx)
        return self._widths

    def _measure(self, ctx: Ctx) -> list[float]:
        pad = 2 * ctx.mm(PAD_MM)
        out: list[float | None] = []
        for i, c in enumerate(self.columns):
            if c.width_mm > 0:
                out.append(ctx.mm(c.width_mm))
            elif c.width_mm == AUTO:
                words = [ctx.text_width(w, self.pt, True) for w in c.title.split()]
                cells = [ctx.text_width(line, self.pt, row[i].bold)
                         for row in self.body for line in row[i].text.split("\n")]
                out.append(min(max([0.0, *words, *cells]) + pad + ctx.mm(1.2), ctx.mm(c.max_mm)))
            else:
                out.append(None)
        rest = ctx.width - sum(w for w in out if w is not None)
        share = max(rest, 0.0) / max(sum(w is None for w in out), 1)
        return [share if w is None else w for w in out]

    def height(self, ctx: Ctx) -> float:
        pad = ctx.mm(PAD_MM)
        return max(ctx.text_height(c.title, w - 2 * pad, self.pt, True)
                   for c, w in zip(self.columns, self.widths(ctx), strict=True)) + 2 * pad

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        h = self.height(ctx)
        p.fillRect(QRectF(0, y, ctx.width, h), HEAD_BG)
        x, pad = 0.0, ctx.mm(PAD_MM)
        for c, w in zip(self.columns, self.widths(ctx), strict=True):
            ctx.draw(p, QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), c.title,
                     self.pt, bold=True, color=MUTED, flags=c.align)
            x += w
        ctx.hline(p, 0, ctx.width, y + h, MUTED, 0.25)


@dataclass
class TableRow(Block):
    """A body row; when it starts a page, its table's header is painted first."""

    head: TableHead
    cells: Sequence[Cell]
    shade: QColor | None = None

    def __post_init__(self) -> None:
        self.repeat_header = self.head

    def height(self, ctx: Ctx) -> float:
        pad, pt = ctx.mm(PAD_MM), self.head.pt
        hs = []
        for col, cell, w in zip(self.head.columns, self.cells, self.head.widths(ctx),
                                strict=True):
            lines = max(cell.text.count("\n") + 1, 1)
            hs.append(ctx.text_height(cell.text, w - 2 * pad, pt, cell.bold) if col.wrap
                      else lines * ctx.fm(pt, cell.bold).height())
        return max(hs) + 2 * pad

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        h = self.height(ctx)
        if self.shade is not None:
            p.fillRect(QRectF(0, y, ctx.width, h), self.shade)
        x, pad = 0.0, ctx.mm(PAD_MM)
        for col, cell, w in zip(self.head.columns, self.cells, self.head.widths(ctx),
                                strict=True):
            rect = QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad)
            ctx.draw(p, rect, cell.text, self.head.pt, bold=cell.bold, color=cell.color,
                     flags=col.align, wrap=col.wrap)
            x += w
        ctx.hline(p, 0, ctx.width, y + h, RULE_LINE, 0.15)


def table(columns: Sequence[Column], rows: Sequence[tuple[Sequence[Cell], QColor | None]],
          pt: float = 7.0) -> list[Block]:
    """A header row and body rows (cells, shade), zebra-striped where unshaded."""
    head = TableHead(columns, [cells for cells, _ in rows], pt)
    out: list[Block] = [head]
    for i, (cells, shade) in enumerate(rows):
        out.append(TableRow(head, cells, shade or (ZEBRA if i % 2 else None)))
    return out


Placed = list[tuple[Block, float]]


def paginate(blocks: Sequence[Block], ctx: Ctx, top_first: float, top_next: float,
             bottom: float) -> list[Placed]:
    """Place blocks on pages: ``top_first``/``top_next`` are where the flow starts
    on the first and later pages, ``bottom`` where it must end."""
    heights = [b.height(ctx) for b in blocks]
    pages: list[Placed] = [[]]
    y = top_first
    for i, b in enumerate(blocks):
        if isinstance(b, Gap) and not pages[-1]:
            continue
        need, j = heights[i], i
        while blocks[j].keep_with_next and j + 1 < len(blocks):
            j += 1
            need += heights[j]
        if y + need > bottom and pages[-1]:
            if isinstance(b, Gap):
                continue
            pages.append([])
            y = top_next
            head = b.repeat_header
            if head is not None and head is not b:
                pages[-1].append((head, y))
                y += head.height(ctx)
        pages[-1].append((b, y))
        y += heights[i]
    return pages


def paint_pages(p: QPainter, ctx: Ctx, pages: Sequence[Placed],
                decorate: Callable[[QPainter, int, int], None],
                new_page: Callable[[], bool]) -> None:
    """Paint placed pages, ``decorate(painter, n, of)`` each, ``new_page`` between."""
    for n, placed in enumerate(pages, start=1):
        if n > 1 and not new_page():
            raise OSError("cannot start a new page")
        decorate(p, n, len(pages))
        for block, y in placed:
            block.paint(p, ctx, y)

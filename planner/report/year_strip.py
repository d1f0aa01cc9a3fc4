"""The summary's year strip: twelve mini months in one row, with a legend.

Each day is a small square, weeks in rows starting on Monday. A day present in
a country is filled with that country's colour (a travel day in two countries
is split in halves); a breach day is hatched in red with a red frame; the
summary's date has a dark frame. The legend names the colours.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from planner.report.page_kit import ACCENT, INK, MUTED, RED, Block, Ctx
from planner.report.summary_data import YearStrip
from planner.report.summary_words import Words, month_names

# Tableau-like colours without red, which means "breach" on this page.
PALETTE = ("#4e79a7", "#59a14f", "#f28e2b", "#76b7b2", "#b07aa1", "#edc948",
           "#9c755f", "#86bcb6", "#8cd17d", "#bab0ac")
EMPTY = QColor("#eef1f4")
GAP_MM = 1.6
LABEL_PT = 6.5
LEGEND_PT = 6.5
TITLE_PT = 9.5


def colours(strip: YearStrip) -> dict[str, QColor]:
    return {c: QColor(PALETTE[i % len(PALETTE)]) for i, c in enumerate(strip.countries)}


@dataclass
class YearStripBlock(Block):
    """The section: its title with the legend on the right, then the months."""

    title: str
    strip: YearStrip
    date: dt.date
    words: Words

    def _cell(self, ctx: Ctx) -> float:
        month_w = (ctx.width - 11 * ctx.mm(GAP_MM)) / 12
        return month_w / 7

    def _months_height(self, ctx: Ctx) -> float:
        return ctx.fm(LABEL_PT, True).height() + ctx.mm(0.6) + 6 * self._cell(ctx)

    def _legend_items(self, ctx: Ctx) -> list[tuple[str, QColor | None]]:
        cols = colours(self.strip)
        items: list[tuple[str, QColor | None]] = [
            (self.strip.names.get(c, c), cols[c]) for c in self.strip.countries]
        items.append((self.words("breach_day"), None))
        return items

    def _legend_rows(self, ctx: Ctx) -> list[list[tuple[str, QColor | None, float]]]:
        """Legend entries in rows; the first row shares the title's line."""
        sw, gap = ctx.mm(2.6), ctx.mm(4.0)
        room = ctx.width - ctx.text_width(self.title, TITLE_PT, True) - ctx.mm(8)
        rows: list[list[tuple[str, QColor | None, float]]] = [[]]
        x = 0.0
        for text, colour in self._legend_items(ctx):
            w = sw + ctx.mm(1.0) + ctx.text_width(text, LEGEND_PT)
            if rows[-1] and x + w > room:
                rows.append([])
                x, room = 0.0, ctx.width
            rows[-1].append((text, colour, w))
            x += w + gap
        return rows

    def _title_h(self, ctx: Ctx) -> float:
        return ctx.fm(TITLE_PT, True).height()

    def _line_h(self, ctx: Ctx) -> float:
        return ctx.fm(LEGEND_PT).height() + ctx.mm(0.6)

    def _top(self, ctx: Ctx) -> float:
        """From the block's top to the month labels."""
        extra = (len(self._legend_rows(ctx)) - 1) * self._line_h(ctx)
        return self._title_h(ctx) + extra + ctx.mm(2.2)

    def height(self, ctx: Ctx) -> float:
        return self._top(ctx) + self._months_height(ctx) + ctx.mm(0.8)

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        th = self._title_h(ctx)
        ctx.draw(p, QRectF(0, y, ctx.width, th), self.title, TITLE_PT, bold=True,
                 color=ACCENT, wrap=False)
        self._paint_legend(p, ctx, y + (th - ctx.fm(LEGEND_PT).height()) / 2)
        line_y = y + self._top(ctx) - ctx.mm(1.2)
        ctx.hline(p, 0, ctx.width, line_y, ACCENT, 0.3)
        y = y + self._top(ctx)
        cell = self._cell(ctx)
        month_w = 7 * cell
        names = month_names(self.words)
        cols = colours(self.strip)
        label_h = ctx.fm(LABEL_PT, True).height()
        for m in range(12):
            x0 = m * (month_w + ctx.mm(GAP_MM))
            ctx.draw(p, QRectF(x0, y, month_w, label_h), names[m], LABEL_PT, bold=True,
                     color=MUTED, flags=int(Qt.AlignmentFlag.AlignHCenter), wrap=False)
            top = y + label_h + ctx.mm(0.6)
            self._paint_month(p, ctx, m + 1, x0, top, cell, cols)

    def _paint_month(self, p: QPainter, ctx: Ctx, month: int, x0: float, top: float,
                     cell: float, cols: dict[str, QColor]) -> None:
        year = self.strip.year
        first_wd = dt.date(year, month, 1).weekday()
        inset = cell * 0.08
        p.setPen(Qt.PenStyle.NoPen)
        for day in range(1, calendar.monthrange(year, month)[1] + 1):
            d = dt.date(year, month, day)
            k = first_wd + day - 1
            r = QRectF(x0 + (k % 7) * cell + inset, top + (k // 7) * cell + inset,
                       cell - 2 * inset, cell - 2 * inset)
            here = self.strip.present.get(d, ())
            if not here:
                p.fillRect(r, EMPTY)
            else:
                part = r.width() / len(here)
                for i, c in enumerate(here):
                    p.fillRect(QRectF(r.x() + i * part, r.y(), part, r.height()), cols[c])
            if d in self.strip.breach:
                self._hatch(p, ctx, r)
            if d == self.date:
                p.setPen(QPen(INK, ctx.mm(0.3)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r)
                p.setPen(Qt.PenStyle.NoPen)

    def _hatch(self, p: QPainter, ctx: Ctx, r: QRectF) -> None:
        p.save()
        brush = QBrush(RED, Qt.BrushStyle.BDiagPattern)
        scale = max(ctx.dpi / 300.0, 0.1)  # pattern lines are in device pixels
        brush.setTransform(brush.transform().scale(scale * 2.2, scale * 2.2))
        p.setPen(QPen(RED, ctx.mm(0.25)))
        p.setBrush(brush)
        p.drawRect(r)
        p.restore()

    def _paint_legend(self, p: QPainter, ctx: Ctx, y: float) -> None:
        """Right-aligned rows of swatches and names."""
        sw, gap = ctx.mm(2.6), ctx.mm(4.0)
        line_h = ctx.fm(LEGEND_PT).height()
        for row in self._legend_rows(ctx):
            x = ctx.width - sum(w for _, _, w in row) - gap * (len(row) - 1)
            for text, colour, w in row:
                r = QRectF(x, y + (line_h - sw) / 2, sw, sw)
                if colour is None:
                    p.fillRect(r, EMPTY)
                    self._hatch(p, ctx, r)
                else:
                    p.fillRect(r, colour)
                ctx.draw(p, QRectF(x + sw + ctx.mm(1.0), y, w, line_h), text, LEGEND_PT,
                         color=INK, wrap=False)
                x += w + gap
            y += self._line_h(ctx)

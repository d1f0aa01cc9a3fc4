"""The stay summary's sections as page blocks: rules, stays, breaches, usage,
deadlines and the year strip, plus the header and footer every page carries.

Only layout and colour live here; every number and text comes ready-made
from :class:`planner.report.summary_data.Summary`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from planner.report.citation import short_source
from planner.report.page_kit import (
    ACCENT,
    AMBER,
    AUTO,
    CENTER,
    GREEN,
    INK,
    MUTED,
    RED,
    RED_BG,
    RIGHT,
    RIGHT_MIDDLE,
    RULE_LINE,
    Block,
    Cell,
    Column,
    Ctx,
    Gap,
    Heading,
    Paragraph,
    table,
)
from planner.report.summary_data import Summary
from planner.report.summary_words import iso
from planner.report.year_strip import YearStripBlock

BODY_PT = 7.0
NBSP = "\u00a0"
WJ = "\u2060"  # word joiner: an en dash is a break opportunity even before NBSP


def span(a: dt.date, b: dt.date) -> str:
    """An inclusive date range that never wraps inside: "2023-07-30 – 2023-08-15"."""
    return f"{iso(a)}{NBSP}–{WJ}{NBSP}{iso(b)}"
BOX_PAD_MM = 1.8


def build_blocks(s: Summary) -> list[Block]:
    """The page's flow of blocks, top to bottom (without header and footer)."""
    w = s.words
    top: list[Block] = []
    if s.not_checked:  # first, where nobody can miss it
        top += [Paragraph(w("not_checked_top", list=", ".join(s.not_checked),
                            nationality=s.nationality), 7.5, QColor(AMBER), True), Gap(1.5)]
    top += [Paragraph(v, 7.5, QColor(RED), True) for v in s.visa]
    if s.visa:
        top.append(Gap(1.5))
    blocks: list[Block] = [*top, UsageDeadlines(s), Gap(2.5)]
    for strip in s.years:
        blocks += [YearStripBlock(w("year", year=strip.year), strip, s.date, w), Gap(2.0)]
    blocks += [Heading(w("rules")), *rules_table(s)]
    if s.unchecked:
        blocks.append(Paragraph(w("unchecked", list=", ".join(s.unchecked)), 6.5,
                                QColor(MUTED)))
    blocks += [Gap(2.5), Heading(w("stays")), *stays_table(s), Gap(2.5)]
    if s.conflicts:
        blocks.append(Heading(w("conflicts"), QColor(RED)))
        blocks += [Paragraph(f"!  {c}", 7.0, QColor(RED), True) for c in s.conflicts]
        blocks.append(Gap(2.5))
    if s.breaches:
        blocks.append(Heading(w("breaches"), QColor(RED)))
        groups: dict[tuple[str, str], list[str]] = {}
        for br in s.breaches:
            days = f"({w('days_n', n=br.days)})".replace(" ", NBSP)
            groups.setdefault((br.destination_name, br.rule_text), []).append(
                span(br.start, br.end) + NBSP + days)
        blocks += [Paragraph(f"!  {dest} · {rule}:  " + ";  ".join(spans), 7.0, QColor(RED),
                             True) for (dest, rule), spans in groups.items()]
    else:
        blocks.append(Paragraph(w("no_breaches"), 7.5, QColor(GREEN), True))
    return blocks


def rules_table(s: Summary) -> list[Block]:
    w = s.words
    cols = [Column(w("col_destination"), AUTO, max_mm=30),
            Column(w("col_rule"), AUTO, wrap=True, max_mm=34),
            Column(w("col_in_force"), AUTO, wrap=True, max_mm=30),
            Column(w("col_source"), 0, wrap=True), Column(w("col_checked"), AUTO)]
    rows = []
    previous = ""
    for r in s.rules:
        name = "" if r.destination == previous else r.destination_name
        previous = r.destination
        rows.append(([Cell(name, bold=True), Cell(r.text), Cell(r.in_force),
                      Cell(short_source(r.source), QColor(MUTED)), Cell(iso(r.checked))],
                     None))
    return table(cols, rows, 6.2)


def stays_table(s: Summary) -> list[Block]:
    w = s.words
    cols = [Column("#", AUTO, RIGHT), Column(w("col_country"), AUTO, max_mm=30),
            Column(w("col_entry"), AUTO), Column(w("col_exit"), AUTO),
            Column(w("col_days"), AUTO, RIGHT),
            Column(w("col_status"), AUTO, wrap=True, max_mm=24),
            Column(w("col_used"), AUTO, RIGHT, wrap=True, max_mm=30),
            Column(w("col_note"), 0, wrap=True)]
    with_breaches = any(r.breach_ranges for r in s.stays)
    if with_breaches:
        cols.append(Column(w("col_breach"), AUTO, wrap=True, max_mm=42))
    rows = []
    for r in s.stays:
        used = ", ".join(u.short if u.destination == r.country
                         else f"{u.destination.title()} {u.short}"
                         for u in r.used_at_exit) or "—"
        over = any(u.over for u in r.used_at_exit)
        breach = "\n".join(f"! {span(a, b)}" for a, b in r.breach_ranges)
        status_colour = QColor(INK) if r.counted else QColor(MUTED)
        cells = [Cell(str(r.index + 1), QColor(MUTED)), Cell(r.country_name, bold=True),
                 Cell(iso(r.entry)), Cell(iso(r.exit)), Cell(str(r.days)),
                 Cell(r.status, status_colour),
                 Cell(used, QColor(RED) if over else QColor(INK), bold=over),
                 Cell(r.note)]
        if with_breaches:
            cells.append(Cell(breach, QColor(RED), bold=True))
        rows.append((cells, QColor(RED_BG) if breach else None))
    return table(cols, rows, BODY_PT)


@dataclass
class UsageDeadlines(Block):
    """Two framed boxes side by side: days used per destination, next deadlines."""

    s: Summary

    def _usage_rows(self) -> list[tuple[str, str, str, bool]]:
        w = self.s.words
        out = []
        for u in self.s.usage:
            if u.used is None or u.allowed is None:
                out.append((u.destination_name, w("no_count", rule=u.rule_text), "", False))
                continue
            left = u.allowed - u.used
            tail = w("left", n=left) if left >= 0 else w("over", n=-left)
            out.append((u.destination_name,
                        w("usage_line", used=u.used, allowed=u.allowed, rule=u.rule_text),
                        tail, u.over))
        return out

    def _deadline_texts(self) -> list[tuple[str, bool]]:
        """The exit window, then registrations and tax thresholds (never urgent)."""
        found = [*self.s.deadlines, *self.s.notices]
        if not found:
            return [(self.s.words("no_deadlines", day=iso(self.s.date)), False)]
        return [(d.text, d.urgent) for d in found]

    def _box_w(self, ctx: Ctx) -> float:
        return (ctx.width - ctx.mm(4.0)) / 2

    def _head_h(self, ctx: Ctx) -> float:
        return ctx.fm(8.5, True).height() + ctx.mm(1.2)

    def _usage_columns(self, ctx: Ctx) -> tuple[float, float, float]:
        """Widths of the name, the count (which wraps) and the "n left" columns."""
        rows = self._usage_rows()
        name_w = max([ctx.text_width(r[0], BODY_PT, True) for r in rows], default=0.0)
        tail_w = max([ctx.text_width(r[2], BODY_PT, True) for r in rows], default=0.0)
        name_w, tail_w = name_w + ctx.mm(3), tail_w + ctx.mm(1.5)
        mid_w = self._box_w(ctx) - 2 * ctx.mm(BOX_PAD_MM) - name_w - tail_w
        return name_w, mid_w, tail_w

    def _usage_row_heights(self, ctx: Ctx) -> list[float]:
        mid_w = self._usage_columns(ctx)[1]
        return [ctx.text_height(text, mid_w, BODY_PT) + ctx.mm(0.7)
                for _, text, _, _ in self._usage_rows()]

    def _usage_h(self, ctx: Ctx) -> float:
        return sum(self._usage_row_heights(ctx))

    def _deadlines_h(self, ctx: Ctx) -> float:
        inner = self._box_w(ctx) - 2 * ctx.mm(BOX_PAD_MM) - ctx.mm(3.0)
        return sum(ctx.text_height(text, inner, 7.5, urgent) + ctx.mm(1.2)
                   for text, urgent in self._deadline_texts())

    def height(self, ctx: Ctx) -> float:
        return (self._head_h(ctx) + max(self._usage_h(ctx), self._deadlines_h(ctx))
                + 2 * ctx.mm(BOX_PAD_MM))

    def paint(self, p: QPainter, ctx: Ctx, y: float) -> None:
        h, w, pad = self.height(ctx), self._box_w(ctx), ctx.mm(BOX_PAD_MM)
        say = self.s.words
        for x in (0.0, w + ctx.mm(4.0)):
            p.setPen(QPen(RULE_LINE, ctx.mm(0.25)))
            p.setBrush(QColor("#fbfcfd"))
            p.drawRoundedRect(QRectF(x, y, w, h), ctx.mm(1.2), ctx.mm(1.2))
        urgent_any = any(d.urgent for d in self.s.deadlines)
        heads = [(0.0, say("usage", day=iso(self.s.date)), ACCENT),
                 (w + ctx.mm(4.0), say("deadlines"), RED if urgent_any else ACCENT)]
        for x, text, colour in heads:
            ctx.draw(p, QRectF(x + pad, y + pad, w - 2 * pad, self._head_h(ctx)), text, 8.5,
                     bold=True, color=colour, wrap=False)
        top = y + pad + self._head_h(ctx)
        line_h = ctx.fm(BODY_PT).height()
        name_w, mid_w, tail_w = self._usage_columns(ctx)
        row_y = top
        for (name, text, tail, over), row_h in zip(self._usage_rows(),
                                                   self._usage_row_heights(ctx), strict=True):
            colour = QColor(RED) if over else QColor(INK)
            ctx.draw(p, QRectF(pad, row_y, name_w, line_h), name, BODY_PT, bold=True,
                     wrap=False)
            ctx.draw(p, QRectF(pad + name_w, row_y, mid_w, row_h), text, BODY_PT, color=colour)
            ctx.draw(p, QRectF(w - pad - tail_w, row_y, tail_w, line_h), tail, BODY_PT,
                     bold=over, color=colour if over else QColor(MUTED), flags=RIGHT,
                     wrap=False)
            row_y += row_h
        x0 = w + ctx.mm(4.0) + pad
        inner = w - 2 * pad - ctx.mm(3.0)
        row_y = top
        for text, urgent in self._deadline_texts():
            colour = QColor(RED) if urgent else QColor(INK)
            th = ctx.text_height(text, inner, 7.5, urgent)
            ctx.draw(p, QRectF(x0, row_y, ctx.mm(3.0), th), "!" if urgent else "›", 7.5,
                     bold=True, color=colour, wrap=False)
            ctx.draw(p, QRectF(x0 + ctx.mm(3.0), row_y, inner, th), text, 7.5, bold=urgent,
                     color=colour)
            row_y += th + ctx.mm(1.2)


def header_height(ctx: Ctx, first: bool) -> float:
    return ctx.mm(21.0 if first else 13.0)


def paint_header(p: QPainter, ctx: Ctx, s: Summary, first: bool) -> None:
    """The title block: title, traveller, dates and a verdict badge."""
    w = s.words
    title_h = ctx.fm(17 if first else 11, True).height()
    title = w("title") if first else f"{w('title')} · {w('continued')}"
    ctx.draw(p, QRectF(0, 0, ctx.width * 0.62, title_h), title, 17 if first else 11,
             bold=True, color=ACCENT, wrap=False)
    who = f"{s.traveller or '—'} · {w('nationality')}: {s.nationality_name} ({s.nationality})"
    dates = f"{w('made')} {iso(s.made)} · {w('as_of')} {iso(s.date)}"
    if first:
        line = ctx.fm(10, True).height()
        ctx.draw(p, QRectF(0, title_h + ctx.mm(1.0), ctx.width * 0.7, line),
                 f"{w('traveller')}: {who}", 10, bold=True, wrap=False)
        ctx.draw(p, QRectF(0, title_h + ctx.mm(1.0) + line + ctx.mm(0.6), ctx.width * 0.7,
                           line), dates, 8, color=MUTED, wrap=False)
        _badge(p, ctx, s)
    else:
        ctx.draw(p, QRectF(ctx.width * 0.3, 0, ctx.width * 0.7, title_h), f"{who} · {dates}",
                 7.5, color=MUTED, flags=RIGHT_MIDDLE, wrap=False)
    bottom = header_height(ctx, first) - ctx.mm(3.0)
    ctx.hline(p, 0, ctx.width, bottom, ACCENT, 0.6)


def _badge(p: QPainter, ctx: Ctx, s: Summary) -> None:
    text = s.words("no_breaches").split(":")[0] if s.compliant else s.words("breaches")
    text = text.upper()
    if not s.compliant and s.breaches:
        days = sum(b.days for b in s.breaches)
        text = f"! {text}: {s.words('days_n', n=days)}"
    elif not s.compliant:  # no breach: the stays conflict
        text = f"! {s.words('badge_conflicts').upper()}: {len(s.conflicts)}"
    elif s.not_checked:  # unchecked is never compliant
        text = s.words("badge_unchecked").upper()
    colour = GREEN if s.compliant and not s.not_checked else AMBER if s.compliant else RED
    w = ctx.text_width(text, 9, True) + ctx.mm(6)
    r = QRectF(ctx.width - w, ctx.mm(1.5), w, ctx.mm(7))
    p.setPen(QPen(colour, ctx.mm(0.4)))
    p.setBrush(QColor(RED_BG) if not s.compliant else QColor("#e8f5e9"))
    p.drawRoundedRect(r, ctx.mm(1.2), ctx.mm(1.2))
    ctx.draw(p, r, text, 9, bold=True, color=colour, flags=CENTER, wrap=False)


def footer_height(ctx: Ctx) -> float:
    return ctx.mm(11.0)


def paint_footer(p: QPainter, ctx: Ctx, s: Summary, n: int, of: int) -> None:
    top = ctx.height - footer_height(ctx) + ctx.mm(2.5)
    ctx.hline(p, 0, ctx.width, top, RULE_LINE, 0.3)
    page_w = ctx.mm(28)
    ctx.draw(p, QRectF(0, top + ctx.mm(1.2), ctx.width - page_w - ctx.mm(4),
                       footer_height(ctx)), s.disclaimer, 6.5, color=MUTED)
    ctx.draw(p, QRectF(ctx.width - page_w, top + ctx.mm(1.2), page_w, ctx.mm(5)),
             s.words("page", n=n, m=of), 7.5, bold=True, color=INK, flags=RIGHT, wrap=False)

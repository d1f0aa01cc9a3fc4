"""Drawing the calendar: grids, stay bars, breach marks, today, selection.

Functions here only paint what they are given (layouts from
:mod:`planner.ui.calendar.layout`, bars from :mod:`planner.ui.calendar.scene`); the view decides
what to show. Breach days get two cues, so that they read without colour: the
bar turns red *and* is hatched, and the day cell is tinted with a red corner
mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap

from planner.core.engine import Evaluator
from planner.core.model import Stay
from planner.core.rules import Rule
from planner.ui import colors
from planner.ui.calendar.layout import Rect, TimelineLayout, YearLayout, month_starts
from planner.ui.calendar.scene import Bar, bar_day_rect, number_band

Ranges = Sequence[tuple[dt.date, dt.date]]


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _hatch() -> QBrush:
    brush = QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern)
    return brush


def paint_year_grid(p: QPainter, lay: YearLayout, month_names: Sequence[str],
                    weekday_initials: Sequence[str], font: QFont) -> None:
    """Month titles, weekday initials, weekend shading and day numbers."""
    cw, ch = lay.cell_size
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.05)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
    band = number_band(ch)
    # The flags, pens and colours once, not per day: they are the same ~400 times.
    title_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    center = Qt.AlignmentFlag.AlignCenter
    number_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    grid = QPen(colors.GRID, 1)
    weekend, working_text, muted_text = colors.WEEKEND, colors.DAY_TEXT, colors.MUTED_TEXT
    one_day = dt.timedelta(days=1)
    for month in range(1, 13):
        box = lay.month_rect(month)
        p.setFont(title_font)
        p.setPen(colors.TEXT)
        p.drawText(qrect(lay.title_rect(month)).adjusted(2, 0, 0, -4), title_align,
                   month_names[month - 1])
        p.setFont(small)
        p.setPen(muted_text)
        for col in range(7):
            wd = lay.weekday_of_column(col)
            p.drawText(qrect(lay.weekday_rect(month, col)), center, weekday_initials[wd])
        top = box.y + lay.title_h + lay.weekday_h
        p.setPen(grid)
        p.drawLine(QPointF(box.x, top - 0.5), QPointF(box.right, top - 0.5))
        # A week row at a time, a layer at a time (weekend shading, lines, the
        # numbers in two colours): a pen is set a few times a row, not twice a
        # day. Row by row, as a small cell's number runs into the row below
        # and that row's shading and lines are drawn over it.
        rows: dict[float, list[tuple[Rect, bool, str]]] = {}
        day = dt.date(lay.year, month, 1)
        while day.month == month:
            r = lay.cell_rect(day)
            assert r is not None
            rows.setdefault(r.y, []).append((r, day.weekday() < 5, str(day.day)))
            day += one_day
        for cells in rows.values():
            for r, working, _ in cells:
                if not working:
                    p.fillRect(QRectF(r.x, r.y, r.w, r.h), weekend)
            p.setPen(grid)
            p.drawLines([QLineF(r.x, r.y + r.h - 0.5, r.x + r.w, r.y + r.h - 0.5)
                         for r, _, _ in cells])
            for pen, want in ((working_text, True), (muted_text, False)):
                p.setPen(pen)
                for r, working, number in cells:
                    if working is want:
                        p.drawText(QRectF(r.x + 3, r.y, r.w - 4, band), number_align, number)


class YearBackground:
    """The year view's grid (titles, weekdays, day numbers), painted once into a
    pixmap and painted again only when the year, size, font or colours change."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._pixmap = QPixmap()

    def pixmap(self, lay: YearLayout, dpr: float, font: QFont, base: QColor) -> QPixmap:
        key = (lay.year, lay.width, lay.height, lay.first_weekday, dpr, font.key(), base.rgba(),
               QLocale().name(), colors.dark)
        if key != self._key:
            pm = QPixmap(int(lay.width * dpr), int(lay.height * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(base)
            p = QPainter(pm)
            months = [month_title(m) for m in range(1, 13)]
            paint_year_grid(p, lay, months, weekday_names(), font)
            p.end()
            self._key, self._pixmap = key, pm
        return self._pixmap


def weekday_names() -> list[str]:
    """Monday .. Sunday in two letters: "Mo", "Tu" …, "Пн", "Вт" … (narrow
    names are ambiguous: Russian "П В С Ч П С В" has two П and two С)."""
    loc = QLocale()
    return [_title(loc.dayName(d, QLocale.FormatType.ShortFormat)[:2]) for d in range(1, 8)]


def month_title(month: int) -> str:
    """A month's name as the year view's heading: "Январь"."""
    return _title(QLocale().standaloneMonthName(month))


def month_label(day: dt.date) -> str:
    """The timeline's month heading: "Январь 2024"."""
    return f"{_title(QLocale().standaloneMonthName(day.month))} {day.year}"


def month_labels(day: dt.date) -> list[str]:
    """The timeline's month heading, longest first: "May 2026", "May ’26", "5.26"."""
    short = QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
    yy = f"{day.year % 100:02d}"
    return [month_label(day), f"{_title(short)} \u2019{yy}", f"{day.month}.{yy}"]


def month_heading(labels: Sequence[str], fm: QFontMetricsF, width: float) -> str | None:
    """The longest of ``labels`` (longest first) that fits ``width``; None if none does."""
    return next((t for t in labels if fm.horizontalAdvance(t) <= width), None)


def _title(name: str) -> str:
    """A month name as a heading: "январь" -> "Январь" (CLDR's Russian is lower case)."""
    return name[:1].upper() + name[1:]


def paint_breach_cells(p: QPainter, rects: Sequence[Rect]) -> None:
    """Tint breach day cells (or timeline columns)."""
    for r in rects:
        p.fillRect(qrect(r), colors.BREACH_TINT)


def paint_bars(p: QPainter, bars: Sequence[Bar], stays: Sequence[Stay],
               breaches_of: Callable[[int], Ranges], font: QFont,
               selected: int | None, floating: int | None = None) -> None:
    """Stay bars in country colours, breach days red and hatched, selection outlined."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fm = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    bfm = QFontMetricsF(bold)
    cache: dict[int, Ranges] = {}
    for bar in bars:
        stay = stays[bar.index]
        base = colors.country_color(stay.country)
        fill = base if stay.status.counts else colors.muted(base)
        r = qrect(bar.rect)
        radius = min(4.0, r.height() / 2)
        if bar.index == floating:  # lifted: a soft shadow under the dragged bar
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 60))
            p.drawRoundedRect(r.translated(1.5, 2), radius, radius)
        p.save()
        p.setClipRect(r.adjusted(-0.5, -0.5, 0.5, 0.5))
        # extend past a continued side so that only real ends are rounded
        shape = r.adjusted(0 if bar.starts else -8, 0, 0 if bar.ends else 8, 0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(shape, radius, radius)
        if bar.index not in cache:
            cache[bar.index] = breaches_of(bar.index)
        for a, b in cache[bar.index]:
            part = bar_day_rect(bar, a, b)
            if part is None:
                continue
            pr = qrect(part)
            p.setBrush(colors.BREACH)
            p.drawRect(pr)
            p.setBrush(_hatch())
            p.drawRect(pr)
        if bar.index == selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(colors.SELECTION, 2.0 if r.height() > 9 else 1.0))
            p.drawRoundedRect(shape.adjusted(1, 1, -1, -1), radius, radius)
        p.restore()
        _bar_label(p, bar, stay, r, fill, font, bold, fm, bfm)


def _bar_label(p: QPainter, bar: Bar, stay: Stay, r: QRectF, fill: QColor, font: QFont,
               bold: QFont, fm: QFontMetricsF, bfm: QFontMetricsF) -> None:
    if r.height() < fm.height() * 0.8:
        return
    inner = r.adjusted(5, 0, -4, 0)
    if inner.left() < 5 and inner.right() > 60:  # keep the label in sight when scrolled
        inner.setLeft(5)
    code_w = bfm.horizontalAdvance(stay.country)
    if inner.width() < code_w:
        return
    p.setPen(colors.text_on(fill) if fill.alpha() == 255 else colors.TEXT)
    p.setFont(bold)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    p.drawText(inner, flags, stay.country)
    if stay.note and inner.width() > code_w + fm.horizontalAdvance(" …") * 2:
        p.setFont(font)
        rest = inner.adjusted(code_w + fm.horizontalAdvance(" "), 0, 0, 0)
        p.drawText(rest, flags, fm.elidedText(stay.note, Qt.TextElideMode.ElideRight,
                                              rest.width()))


def paint_today_year(p: QPainter, lay: YearLayout, today: dt.date, font: QFont) -> None:
    r = lay.cell_rect(today)
    if r is None:
        return
    band = number_band(lay.cell_size[1])
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(colors.TODAY, 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(qrect(r).adjusted(1, 1, -1, -1))
    tag = QRectF(r.x + 1, r.y + 1, min(r.w - 2, QFontMetricsF(font).horizontalAdvance("00")
                                       + 6), band - 1)
    p.fillRect(tag, colors.TODAY)
    p.setPen(QColor("white"))
    p.setFont(font)
    p.drawText(tag, Qt.AlignmentFlag.AlignCenter, str(today.day))


def paint_timeline_grid(p: QPainter, lay: TimelineLayout, width: float, height: float,
                        month_labels: Callable[[dt.date], Sequence[str]], font: QFont,
                        span: tuple[float, float] | None = None) -> None:
    """Weekend columns, month and week lines, and the two-row date header; the
    days only between the pixels ``span`` when a repaint needs no more."""
    first, last = lay.visible_days(width)
    if span is not None:  # (a week's number is drawn over the whole week)
        first = max(first, lay.day_at(span[0]) - dt.timedelta(days=7))
        last = min(last, lay.day_at(span[1]) + dt.timedelta(days=1))
    dw = lay.day_width
    p.fillRect(QRectF(0, 0, width, lay.header_h), colors.HEADER)
    if dw >= 5:
        d = first
        while d <= last:
            if d.weekday() >= 5:
                p.fillRect(qrect(lay.day_rect(d, height)), colors.WEEKEND)
            d += dt.timedelta(days=1)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
    bold = QFont(font)
    bold.setBold(True)
    half = lay.header_h / 2
    # weeks (Mondays) or days in the lower header row
    p.setFont(small)
    d = first
    while d <= last:
        x = lay.x_of(d)
        if dw >= 16 or (d.weekday() == 0 and dw >= 3):
            p.setPen(QPen(colors.GRID, 1))
            p.drawLine(QPointF(x + 0.5, half + 4), QPointF(x + 0.5, height))
            p.setPen(colors.MUTED_TEXT)
            p.drawText(QRectF(x + 2, half, max(dw * (1 if dw >= 16 else 7) - 2, 10), half),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       str(d.day))
        d += dt.timedelta(days=1)
    p.setFont(bold)
    for m in month_starts(first, last):
        x = lay.x_of(m)
        p.setPen(QPen(colors.MONTH_LINE, 1))
        p.drawLine(QPointF(x + 0.5, 0), QPointF(x + 0.5, height))
    p.setPen(colors.TEXT)
    for label, text in month_headings(lay, width, font):
        p.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    p.setPen(QPen(colors.GRID, 1))
    p.drawLine(QPointF(0, lay.header_h - 0.5), QPointF(width, lay.header_h - 0.5))


def month_headings(lay: TimelineLayout, width: float, font: QFont) -> list[tuple[QRectF, str]]:
    """Where the timeline's month headings go in its upper header row, and what they
    say: the year is never cut off (a shorter form, or nothing)."""
    first, last = lay.visible_days(width)
    bold = QFont(font)
    bold.setBold(True)
    fm = QFontMetricsF(bold)
    starts = month_starts(first, last)
    out = []
    for i, m in enumerate(starts):
        x = lay.x_of(m)
        right = lay.x_of(starts[i + 1]) if i + 1 < len(starts) else width
        room = QRectF(max(x, 0) + 5, 0, right - max(x, 0) - 8, lay.header_h / 2)
        text = month_heading(month_labels(m), fm, room.width())
        if text is not None:
            out.append((QRectF(room.x(), room.y(), fm.horizontalAdvance(text), room.height()),
                        text))
    return out


def paint_today_timeline(p: QPainter, lay: TimelineLayout, today: dt.date, height: float,
                         label: str, font: QFont) -> None:
    x = lay.x_of(today) + lay.day_width / 2
    p.setPen(QPen(colors.TODAY, 2))
    p.drawLine(QPointF(x, lay.header_h), QPointF(x, height))
    f = QFont(font)
    f.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
    f.setBold(True)
    w = QFontMetricsF(f).horizontalAdvance(label) + 10
    tag = QRectF(x - w / 2, lay.header_h - 14, w, 14)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colors.TODAY)
    p.drawRoundedRect(tag, 3, 3)
    p.setPen(QColor("white"))
    p.setFont(f)
    p.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)


def paint_ghost(p: QPainter, rects: Sequence[Rect]) -> None:
    """The days a drag over empty days would turn into a new stay."""
    p.setPen(QPen(colors.SELECTION, 1, Qt.PenStyle.DashLine))
    p.setBrush(colors.GHOST)
    for r in rects:
        p.drawRect(qrect(r).adjusted(1, 1, -1, -1))


def paint_cursor(p: QPainter, r: Rect) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(colors.CURSOR, 1, Qt.PenStyle.DotLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(qrect(r).adjusted(0, 0, -1, -1))


def paint_usage_strip(p: QPainter, lay: TimelineLayout, strip: QRectF, first: dt.date,
                      used: Sequence[int | None], allowed: Sequence[int | None],
                      limits: Sequence[tuple[Rule, str]], color: QColor, title: str,
                      font: QFont) -> None:
    """Days used per day as a filled step chart, the days over the limit in red:
    the counter of the status bar, drawn over time. Each limit in ``limits``
    (a rule and its label: "30 per entry") is a dashed line over the days it is
    in force, labelled where it starts to show."""
    last = first + dt.timedelta(days=len(used) - 1)
    top = max([1, *(a for a in allowed if a is not None), *(u for u in used if u is not None),
               *(r.max_days or 0 for r, _ in limits)])
    scale = (strip.height() - 4) / (top * 1.15)
    base = strip.bottom()
    p.setPen(QPen(colors.GRID, 1))
    p.drawLine(QPointF(0, base + 0.5), QPointF(strip.right(), base + 0.5))
    fill = QColor(color)
    fill.setAlpha(110)
    dw = lay.day_width
    for i, (u, a) in enumerate(zip(used, allowed, strict=True)):
        if not u:
            continue
        x = lay.x_of(first + dt.timedelta(days=i))
        h = u * scale
        if a is not None and u > a:
            p.fillRect(QRectF(x, base - a * scale, dw, a * scale), fill)
            p.fillRect(QRectF(x, base - h, dw, h - a * scale), colors.BREACH)
        else:
            p.fillRect(QRectF(x, base - h, dw, h), fill)
    f = QFont(font)
    f.setPointSizeF(max(font.pointSizeF() * 0.85, 6.5))
    p.setFont(f)
    fm = QFontMetricsF(f)
    tag = QRectF(6, strip.top(), fm.horizontalAdvance(title) + 10, fm.height() + 4)
    labels: list[QRectF] = [tag]
    for rule, label in limits:
        since = max(first, rule.valid_from or first)
        until = min(last, rule.valid_to or last)
        if since > until or not rule.max_days:
            continue
        y = base - rule.max_days * scale
        x0, x1 = lay.x_of(since), lay.x_of(until) + dw
        p.setPen(QPen(colors.BREACH_DARK, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x0, y), QPointF(x1, y))
        box = QRectF(max(x0, 0) + 4, y - fm.height() - 3, fm.horizontalAdvance(label) + 8,
                     fm.height() + 2)
        while any(box.intersects(t) for t in labels):
            box.moveLeft(max(t.right() for t in labels if box.intersects(t)) + 6)
        labels.append(box)
        p.fillRect(box, colors.TAG)
        p.setPen(colors.TAG_TEXT)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    p.fillRect(tag, colors.TAG)
    p.setPen(colors.TAG_TEXT)
    p.drawText(tag, Qt.AlignmentFlag.AlignCenter, title)


def usage_strips(tl: TimelineLayout, ev: Evaluator, lanes: int, w: float, h: float
                 ) -> list[tuple[str, QRectF]]:
    """Where :func:`paint_usage_strips` draws each destination's strip: one per
    destination with a day limit, below the lanes (none when there is no room)."""
    top = tl.lane_y(max(lanes, 1)) + 18
    dests = [d for d in ev.destinations() if any(r.max_days for r in ev.rules_for(d))]
    if not dests or h - top < 40:
        return []
    strip_h = min(110.0, (h - top - 8) / len(dests) - 10)
    return [(dest, QRectF(0, top + k * (strip_h + 10), w, strip_h))
            for k, dest in enumerate(dests)]


def strip_extent(strip: QRectF) -> QRectF:
    """All a usage strip may paint: its labels stand a little above it."""
    return strip.adjusted(0, -18, 0, 2)


def paint_usage_strips(p: QPainter, tl: TimelineLayout, ev: Evaluator, stays: Sequence[Stay],
                       lanes: int, w: float, h: float, font: QFont,
                       title: Callable[[str], str], limit_label: Callable[[Rule], str],
                       dirty: Callable[[QRectF], bool] = lambda _: True
                       ) -> dict[str, tuple[list[int | None], list[int | None]]]:
    """One :func:`paint_usage_strip` per destination with a day limit, below the
    lanes, with a line for every limit of the destination's rules; only the
    strips whose :func:`strip_extent` is ``dirty``. Returns the counts painted
    (days used, days allowed) by destination."""
    lo, hi = tl.visible_days(w)
    painted = {}
    for dest, strip in usage_strips(tl, ev, lanes, w, h):
        if not dirty(strip_extent(strip)):
            continue
        used, allowed = painted[dest] = ev.usage(dest, lo, hi)
        mine = next((s for s in stays if dest in ev.destinations_of(s)), None)
        color = colors.country_color(mine.country if mine else dest)
        limits = [(r, limit_label(r)) for r in ev.rules_for(dest)
                  if r.max_days and r.kind.limits]
        paint_usage_strip(p, tl, strip, lo, used, allowed, limits, color, title(dest), font)
    return painted

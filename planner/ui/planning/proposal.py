"""Plan → Make compliant: the proposal of :func:`planner.core.fixing.fix` as an
overlay on the calendar, with an Accept / Reject bar above it.

Changed stays are drawn as ghost bars (dashed outline, pale country colour)
at their new dates; the days a stay would lose are veiled, and a dropped
stay is veiled and struck through. Accept applies every change as one undo
macro ("Make compliant"); Reject, or any edit of the document, removes the
proposal and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from planner.core.lazy import lazy_module
from planner.ui import colors
from planner.ui.calendar.layout import Rect, ViewMode
from planner.ui.calendar.scene import bar_day_rect
from planner.ui.calendar.view_layers import ONE_DAY
from planner.ui.planning.advice_commands import apply_fix
from planner.ui.planning.plan_texts import long_date, short_date

if TYPE_CHECKING:
    from planner.core import fixing
    from planner.core.fixing import FixResult, StayChange
    from planner.ui.calendar.calendar_view import CalendarView
else:  # the fixer loads when Make Compliant is first asked for
    fixing = lazy_module("planner.core.fixing")


class FixProposal(QObject):
    """The proposal overlay (a view layer) and its Accept / Reject bar."""

    finished = Signal(bool)  # accepted

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view, self.doc = view, view.doc
        self.result: FixResult | None = None
        self._ghosts: list[tuple[QRectF, str]] = []
        self.bar = QFrame()
        self.bar.setObjectName("fix-proposal-bar")
        self.bar.setStyleSheet("#fix-proposal-bar { background: #fff8e1; border-bottom: "
                               "1px solid #ffe082; } QLabel { color: #3c4043; }")
        self.label = QLabel()
        self.label.setWordWrap(True)  # a long Russian sentence must not widen the window
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setDefault(True)
        self.reject_button = QPushButton(self.tr("Reject"))
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        self.accept_button.clicked.connect(self.accept)
        self.reject_button.clicked.connect(self.reject)
        self.bar.hide()
        for sig in (self.doc.stayChanged, self.doc.stayInserted, self.doc.stayRemoved,
                    self.doc.reset, self.doc.travellerChanged):
            sig.connect(self._doc_changed)
        self._applying = False
        view.layers.append(self)

    @property
    def active(self) -> bool:
        return self.result is not None

    def propose(self) -> FixResult:
        """Run ``fix`` on the document and show what it would change."""
        doc = self.doc
        result = fixing.fix(doc.rules, doc.traveller.nationality, doc.stays)
        self.result = result if result.changed else None
        if self.result is not None:
            self.label.setText(self.summary(result))
            self.bar.show()
        else:
            self.bar.hide()
        self.view.viewport().update()
        return result

    def summary(self, r: FixResult) -> str:
        counts = {a: sum(c.action == a for c in r.changes)
                  for a in ("trimmed", "moved", "dropped")}
        one = {"trimmed": self.tr("1 stay trimmed"), "moved": self.tr("1 stay moved"),
               "dropped": self.tr("1 stay dropped")}
        many = {"trimmed": self.tr("{n} stays trimmed"), "moved": self.tr("{n} stays moved"),
                "dropped": self.tr("{n} stays dropped")}
        changes = ", ".join((one[a] if n == 1 else many[a].format(n=n))
                            for a, n in counts.items() if n)
        return self.tr("<b>Proposal:</b> {changes} — keeps {after} of {before} visa-free "
                       "days. Accept to apply it as one step.").format(
            changes=changes,
            after=r.days_after, before=r.days_before)

    def accept(self) -> None:
        r = self.result
        if r is None:
            return
        self._applying = True
        try:
            apply_fix(self.doc, r)
        finally:
            self._applying = False
        self._clear()
        self.finished.emit(True)

    def reject(self) -> None:
        if self.result is not None:
            self._clear()
            self.finished.emit(False)

    def _clear(self) -> None:
        self.result = None
        self._ghosts = []
        self.bar.hide()
        self.view.viewport().update()

    def _doc_changed(self, *_args: object) -> None:
        if not self._applying:
            self.reject()

    # ---- layer ---------------------------------------------------------------------

    def paint(self, p: QPainter, font: QFont) -> None:
        self._ghosts = []
        if self.result is None:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.5))
        small.setBold(True)
        p.setFont(small)
        for c in self.result.changes:
            if c.action == "kept":
                continue
            self._paint_old(p, c)
            if c.new is not None:
                self._paint_new(p, c, QFontMetricsF(small))
        p.restore()

    def _lost(self, c: StayChange) -> list[tuple[dt.date, dt.date]]:
        old, new = c.old, c.new
        if new is None:
            return [(old.entry, old.exit)]
        out = []
        if old.entry < new.entry:
            out.append((old.entry, min(old.exit, new.entry - ONE_DAY)))
        if old.exit > new.exit:
            out.append((max(old.entry, new.exit + ONE_DAY), old.exit))
        return out

    def _paint_old(self, p: QPainter, c: StayChange) -> None:
        bars = [b for b in self.view.bars() if b.index == c.index]
        for bar in bars:
            # the whole old bar is veiled (the ghost shows where it goes); the days
            # it loses are veiled twice, so they read as gone
            p.fillRect(QRectF(bar.rect.x, bar.rect.y, bar.rect.w, bar.rect.h), colors.VEIL)
            for a, b in self._lost(c):
                part = bar_day_rect(bar, a, b)
                if part is not None:
                    p.fillRect(QRectF(part.x, part.y, part.w, part.h), colors.VEIL)
            if c.new is None:
                r = bar.rect
                p.setPen(QPen(colors.SELECTION, 2))
                y = r.y + r.h / 2
                p.drawLine(QPointF(r.x + 2, y), QPointF(r.right - 2, y))

    def _new_rects(self, index: int, first: dt.date, last: dt.date) -> list[Rect]:
        rects = self.view.lane_rects(index, first, last)
        if self.view.mode is ViewMode.YEAR:  # clear of the cell's lines
            return [Rect(r.x + 1, r.y, r.w - 2, r.h - 3) for r in rects]
        return [Rect(r.x + 0.5, r.y, r.w - 1, r.h) for r in rects]

    def _paint_new(self, p: QPainter, c: StayChange, fm: QFontMetricsF) -> None:
        assert c.new is not None
        s = c.new
        base = colors.country_color(s.country)
        fill = QColor(base)
        fill.setAlpha(70)
        edge = base.darker(130)
        tip = self.tr("Proposed: {country} {entry} – {exit} ({action})").format(
            country=s.country, entry=long_date(s.entry), exit=long_date(s.exit),
            action={"trimmed": self.tr("trimmed"), "moved": self.tr("moved")}.get(
                c.action, c.action))
        label = f"{s.country} {short_date(s.entry)} – {short_date(s.exit)}"
        for i, r in enumerate(self._new_rects(c.index, s.entry, s.exit)):
            rect = QRectF(r.x, r.y, r.w, r.h)
            p.setPen(QPen(edge, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(fill)
            p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4)
            self._ghosts.append((rect, tip))
            inner = rect.adjusted(5, 0, -4, 0)
            if i == 0 and rect.height() >= fm.height() * 0.8:
                text = label if fm.horizontalAdvance(label) <= inner.width() else s.country
                if fm.horizontalAdvance(text) <= inner.width():
                    p.setPen(edge.darker(140))
                    p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                               text)

    def tooltip(self, pos: QPoint) -> str | None:
        return next((t for r, t in self._ghosts if r.contains(QPointF(pos))), None)


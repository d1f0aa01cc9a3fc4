"""The allowance strip: for one destination, how long one could stay entering on
each day, drawn as a thin band along the calendar.

Timeline: a band just under the date header; year view: a thin bar at the foot
of every week row. Each day is shaded from "the full allowance" (light green)
through amber to "none" (red); days without a limit are green. Hovering the
band says it in words ("Entering on 12 June 2023 you could stay 34 days (KZ,
90 in any 180)").

Values come from :func:`planner.core.strip.allowance_strip`, for the visible
days only, read from the document's index
(:meth:`planner.core.context.Others.allowance_strip`; before the document's
evaluator has warmed, from :mod:`planner.core.plain_strip`: the same values
without loading NumPy). On every change of the document (a drag's preview too) the strip
recomputes at once (about a millisecond for a year) and repaints only the days
whose value changed; scrolling, a new year or a new mode recompute it on the
next paint.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from planner.core.engine import Evaluator, counting_rule
from planner.core.lazy import lazy_module
from planner.core.model import Stay
from planner.ui.calendar.view_layers import (
    ONE_DAY,
    strip_day_at,
    strip_rects,
    update_rects,
)
from planner.ui.planning.plan_texts import strip_tooltip

if TYPE_CHECKING:
    from planner.core import context
    from planner.ui.calendar.calendar_view import CalendarView
else:  # load with the first strip drawn, after the window shows
    context = lazy_module("planner.core.context")

_STOPS = [(0.0, QColor("#e53935")), (0.34, QColor("#ffb74d")), (0.67, QColor("#dce775")),
          (1.0, QColor("#66bb6a"))]
NONE_COLOR = QColor("#b71c1c")


def shade(days: int | None, full: int) -> QColor:
    """The colour of a day whose allowance is ``days`` of ``full`` (None: unlimited)."""
    if days is None:
        return QColor(_STOPS[-1][1])
    if days <= 0:
        return QColor(NONE_COLOR)
    t = min(days / max(full, 1), 1.0)
    for (t0, c0), (t1, c1) in zip(_STOPS, _STOPS[1:], strict=False):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            return QColor.fromRgbF(c0.redF() + (c1.redF() - c0.redF()) * f,
                                   c0.greenF() + (c1.greenF() - c0.greenF()) * f,
                                   c0.blueF() + (c1.blueF() - c0.blueF()) * f)
    return QColor(_STOPS[-1][1])


class AllowanceStrip(QObject):
    """A :class:`~planner.ui.calendar.view_layers.ViewLayer` showing one destination's allowance."""

    destinationChanged = Signal(str)  # "" when off

    def __init__(self, view: CalendarView, destination: str = "") -> None:
        super().__init__(view)
        self.view, self.doc = view, view.doc
        self.destination = destination
        self._key: tuple[object, ...] | None = None
        self._first = dt.date(1, 1, 1)
        self._values: list[int | None] = []
        self._revision = 0
        doc = self.doc
        for sig in (doc.stayChanged, doc.stayInserted, doc.stayRemoved, doc.reset):
            sig.connect(self._doc_changed)
        doc.travellerChanged.connect(self._doc_changed)
        view.layers.append(self)

    # ---- state ----------------------------------------------------------------

    def set_destination(self, code: str) -> None:
        """Show the strip for ``code`` (a country code); "" hides it."""
        if code == self.destination:
            return
        self.destination = code
        self._key = None
        self.view.viewport().update()
        self.destinationChanged.emit(code)

    def values(self) -> tuple[dt.date, list[int | None]]:
        """The first visible day and the allowance of every visible day (computed lazily)."""
        first, last = self.view.visible_days()
        key = (self.destination, first, last, self._revision)
        if key != self._key:
            self._first, self._values = first, self._compute(first, last)
            self._key = key
        return self._first, self._values

    def value(self, day: dt.date) -> int | None:
        first, vals = self.values()
        i = (day - first).days
        if not 0 <= i < len(vals):
            return self._compute(day, day)[0]
        return vals[i]

    def full(self) -> int:
        """The allowance drawn as "full": the longest a single stay may ever be there
        (the smallest limit of the destination's rules: 30 for 30 per entry + 90 in 180)."""
        ev = Evaluator(self.doc.rules, self.doc.traveller.nationality, [])
        dests = ev.destinations_of(Stay(self.destination, self._first, self._first))
        limits = [r.max_days for d in dests for r in ev.rules_for(d) if r.max_days]
        return min(limits) if limits else 90

    def _compute(self, first: dt.date, last: dt.date) -> list[int | None]:
        if not self.destination or not self.doc.traveller.nationality:
            return []
        # From the document's index (kept between edits, and built for the Today
        # table already when a file opens), not from every stay again; before
        # the evaluator has warmed, the index is a plain one (no NumPy).
        return context.Others(self.doc.stay_index()).allowance_strip(self.destination, first, last)

    def _doc_changed(self, *_args: object) -> None:
        """Recompute now and repaint only the days whose allowance changed."""
        self._revision += 1
        if not self.destination:
            return
        old_first, old = self._first, self._values
        first, new = self.values()
        if first != old_first or len(old) != len(new):
            self.view.viewport().update()
            return
        changed = [first + i * ONE_DAY for i, (a, b) in enumerate(zip(old, new, strict=True))
                   if a != b]
        update_rects(self.view, [r for r in strip_rects(self.view, changed) if r is not None])

    # ---- layer -----------------------------------------------------------------

    def paint(self, p: QPainter, font: QFont) -> None:
        if not self.destination:
            return
        first, vals = self.values()
        if not vals:
            return
        full = self.full()
        p.save()
        p.setPen(QColor(0, 0, 0, 0))
        clip = p.clipBoundingRect() if p.hasClipping() else None
        rects = strip_rects(self.view, [first + i * ONE_DAY for i in range(len(vals))])
        for r, v in zip(rects, vals, strict=True):
            if r is None:
                continue
            rect = QRectF(r.x, r.y, r.w, r.h)
            if clip is not None and not clip.intersects(rect):
                continue
            p.fillRect(rect, shade(v, full))
        p.restore()

    def tooltip(self, pos: QPoint) -> str | None:
        if not self.destination:
            return None
        day = strip_day_at(self.view, pos)
        if day is None:
            return None
        return self.sentence(day)

    def sentence(self, day: dt.date) -> str:
        ev = Evaluator(self.doc.rules, self.doc.traveller.nationality, [])
        dests = ev.destinations_of(Stay(self.destination, day, day))
        rule = next((r for d in dests if (r := counting_rule(ev.rules_for(d), day))), None)
        return strip_tooltip(day, self.destination, self.value(day), rule)


class StripKey(QWidget):
    """The strip's key for the toolbar: "90 ▬▬▬ 0", the full allowance to none."""

    def __init__(self, strip: AllowanceStrip) -> None:
        super().__init__()
        self.strip = strip
        self.setFixedSize(112, 22)
        self.setToolTip(self.tr("Green: the full allowance; red: not even one day"))
        strip.destinationChanged.connect(lambda _c: self.update())
        strip.doc.travellerChanged.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.strip.destination:
            return
        p = QPainter(self)
        full = self.strip.full()
        fm = p.fontMetrics()
        left = str(full)
        lw = fm.horizontalAdvance(left) + 4
        bar = QRectF(lw + 2, self.height() / 2 - 3, self.width() - lw - 18, 6)
        # Named here, not at start (the key draws nothing until a destination is
        # picked): PySide sets up QLinearGradient's Python types (~2 ms) when first named.
        from PySide6.QtGui import QLinearGradient

        grad = QLinearGradient(bar.left(), 0, bar.right(), 0)
        for t, c in _STOPS:
            grad.setColorAt(1 - t, c)
        p.fillRect(bar, grad)
        p.setPen(QColor("#5f6368"))
        p.drawText(QRectF(0, 0, lw, self.height()), Qt.AlignmentFlag.AlignRight
                   | Qt.AlignmentFlag.AlignVCenter, left)
        p.drawText(QRectF(bar.right() + 3, 0, 14, self.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "0")
        p.end()

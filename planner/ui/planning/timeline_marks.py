"""Marks on the calendar for what the rules alone do not show: conflicts,
unchecked days and stays that need a visa.

* **Conflict** — two stays in different countries on the same days (beyond a
  travel day, :mod:`planner.core.timeline`): both bars get a dashed purple
  outline, and the tooltip names the other stay and the shared days.
* **Unchecked** — days of a visa-free stay that no rule data covers for the
  traveller's nationality (:mod:`planner.core.coverage`): a neutral grey
  hatch over those days, and a tooltip saying so. Unchecked is never
  compliant; it is not a breach either, hence grey, not red.
* **Visa required** — the tooltip says it in words: "Russia: a visa is needed
  for US citizens".

A view layer (see :mod:`planner.ui.calendar.view_layers`). What it knows is
recomputed from the document when the document changes, never edited here.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPainter, QPen

from planner.core.coverage import needs_visa, stay_unchecked
from planner.core.timeline import conflicts
from planner.ui import colors
from planner.ui.calendar.painting import qrect
from planner.ui.calendar.scene import bar_day_rect
from planner.ui.day_texts import conflict_line, unchecked_line, visa_line

if TYPE_CHECKING:
    from planner.core.rules import Rule
    from planner.ui.calendar.calendar_view import CalendarView

CONFLICT, UNCHECKED = colors.CONFLICT, colors.UNCHECKED

Span = tuple[dt.date, dt.date]


class TimelineMarks(QObject):
    """Conflict outlines, unchecked hatching and their tooltips (a view layer).

    ``changed`` is emitted after each refresh, so that the legend can explain
    the marks the calendar now shows.
    """

    changed = Signal()

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view, self.doc = view, view.doc
        self.clashes: dict[int, list[tuple[int, Span]]] = {}
        self.unchecked: dict[int, list[Span]] = {}
        self.visa: dict[int, Rule] = {}
        for sig in (self.doc.stayChanged, self.doc.stayInserted, self.doc.stayRemoved,
                    self.doc.reset, self.doc.travellerChanged):
            sig.connect(self.refresh)
        self.refresh()
        view.layers.append(self)

    def refresh(self, *_args: object) -> None:
        """Recompute conflicts, unchecked days and visa needs from the document."""
        stays, rules = self.doc.stays, self.doc.rules
        nat = self.doc.traveller.nationality
        self.clashes = {}
        for c in conflicts(stays):
            self.clashes.setdefault(c.first, []).append((c.second, c.days))
            self.clashes.setdefault(c.second, []).append((c.first, c.days))
        self.unchecked, self.visa = {}, {}
        if nat:
            for i, s in enumerate(stays):
                if not s.status.counts or s.country == nat:
                    continue
                spans = stay_unchecked(rules, nat, s)
                if spans:
                    self.unchecked[i] = spans
                rule = needs_visa(rules, nat, s.country, s.entry)
                if rule is not None:
                    self.visa[i] = rule
        self.view.viewport().update()
        self.changed.emit()

    # ---- painting ------------------------------------------------------------------

    def paint(self, p: QPainter, _font: QFont) -> None:
        if not self.clashes and not self.unchecked:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for bar in self.view.bars():
            for a, b in self.unchecked.get(bar.index, ()):
                r = bar_day_rect(bar, a, b)
                if r is not None:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QBrush(UNCHECKED, Qt.BrushStyle.FDiagPattern))
                    p.drawRect(qrect(r))
            if bar.index in self.clashes:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(CONFLICT, 2.0 if bar.rect.h > 9 else 1.0, Qt.PenStyle.DashLine))
                p.drawRect(qrect(bar.rect).adjusted(-1, -1, 1, 1))
        p.restore()

    # ---- words ---------------------------------------------------------------------

    def lines(self, index: int) -> list[str]:
        """What the tooltip says about stay ``index`` (plain text, one per line)."""
        stays, rules = self.doc.stays, self.doc.rules
        nat = self.doc.traveller.nationality
        out = []
        rule = self.visa.get(index)
        if rule is not None:
            out.append(visa_line(stays[index].country, nat, rule, rules))
        out += [conflict_line(other, stays, days, rules.names)
                for other, days in self.clashes.get(index, ())]
        out += [unchecked_line(days, nat) for days in self.unchecked.get(index, ())]
        return out

    def tooltip(self, pos: QPoint) -> str | None:
        hit = self.view.hit(pos)
        if hit is None:
            return None
        lines = self.lines(hit.index)
        if not lines:
            return None
        day = self.view.day_at(pos)
        own = self.view.tooltip_for(day) if day else ""
        # conflicts and visa needs in the conflict colour, unchecked days in grey
        n_unchecked = len(self.unchecked.get(hit.index, ()))
        colours = [CONFLICT] * (len(lines) - n_unchecked) + [colors.DAY_TEXT] * n_unchecked
        marked = "<br>".join(f"<span style='color:{c.name()}'><b>{html.escape(t)}</b></span>"
                             for t, c in zip(lines, colours, strict=True))
        return marked + ("<br>" + own if own else "")

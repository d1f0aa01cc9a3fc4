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
read from the document, never edited here: conflicts from the document's
:class:`~planner.core.timeline.ConflictIndex`, unchecked days and visa needs
per stay. One stay changing (a drag's every move) re-examines that stay only
and repaints the bars whose marks changed, where they were and where they are.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPainter, QPen, QRegion

from planner.core.lazy import lazy_module
from planner.ui import colors
from planner.ui.calendar.dirty import extent
from planner.ui.calendar.layout import Rect
from planner.ui.calendar.painting import qrect
from planner.ui.calendar.scene import bar_day_rect
from planner.ui.day_texts import conflict_line, unchecked_line, visa_line

if TYPE_CHECKING:
    from planner.core import coverage
    from planner.core.model import Stay
    from planner.core.rules import Rule
    from planner.ui.calendar.calendar_view import CalendarView
else:  # the coverage checks load with the first stays judged, after the window shows
    coverage = lazy_module("planner.core.coverage")

CONFLICT, UNCHECKED = colors.CONFLICT, colors.UNCHECKED

Span = tuple[dt.date, dt.date]


class TimelineMarks(QObject):
    """Conflict outlines, unchecked hatching and their tooltips (a view layer).

    ``changed`` is emitted when conflicts or unchecked days come to show or
    stop showing, so that the legend can explain the marks the calendar shows.
    """

    changed = Signal()

    def __init__(self, view: CalendarView) -> None:
        super().__init__(view)
        self.view, self.doc = view, view.doc
        self.unchecked: dict[int, list[Span]] = {}
        self.visa: dict[int, Rule] = {}
        self._painted: dict[int, set[Rect]] = {}  # the bars each stay's marks were drawn on
        self._shown = (False, False)  # any conflict, any unchecked day: what the legend says
        for sig in (self.doc.stayInserted, self.doc.stayRemoved, self.doc.reset,
                    self.doc.travellerChanged):
            sig.connect(self.refresh)
        self.doc.stayChanged.connect(self._stay_changed)
        self.doc.conflictsChanged.connect(self._conflicts_changed)
        self.refresh()
        view.layers.append(self)

    @property
    def clashes(self) -> dict[int, dict[int, Span]]:
        """Per stay in a conflict, the stays it conflicts with and the shared days."""
        return self.doc.clashes.partners

    def refresh(self, *_args: object) -> None:
        """Recompute unchecked days and visa needs of every stay; repaint all."""
        stays, rules = self.doc.stays, self.doc.rules
        nat = self.doc.traveller.nationality
        self.unchecked = coverage.stays_unchecked(rules, nat, stays) if nat else {}
        self.visa = coverage.entry_visas(rules, nat, stays) if nat else {}
        self._painted = {}
        self.view.viewport().update()
        self._tell()

    def _visa(self, s: Stay) -> Rule | None:
        """The visa a visa-free stay abroad needs from its entry day, if any."""
        nat = self.doc.traveller.nationality
        if not nat or not s.status.counts or s.country == nat:
            return None
        return coverage.needs_visa(self.doc.rules, nat, s.country, s.entry)

    def _examine(self, i: int) -> None:
        """Stay ``i``'s unchecked days and the visa it needs, from the document."""
        self.unchecked.pop(i, None)
        self.visa.pop(i, None)
        nat, s = self.doc.traveller.nationality, self.doc.stays[i]
        spans = coverage.stay_unchecked(self.doc.rules, nat, s) if nat else []
        if spans:
            self.unchecked[i] = spans
        rule = self._visa(s)
        if rule is not None:
            self.visa[i] = rule

    def _stay_changed(self, i: int) -> None:
        before = (self.unchecked.get(i), self.visa.get(i))
        self._examine(i)
        if (self.unchecked.get(i), self.visa.get(i)) != before:
            self._repaint({i})
        self._tell()

    def _conflicts_changed(self, rows: set[int]) -> None:
        self._repaint(rows)
        self._tell()

    def _repaint(self, rows: set[int]) -> None:
        """Repaint where the marks of ``rows`` were drawn and where their bars are now."""
        region = QRegion()
        for i in rows:
            for r in self._painted.pop(i, ()):
                region += extent(r)
        for bar in self.view.bars():
            if bar.index in rows:
                region += extent(bar.rect)
        if not region.isEmpty():
            self.view.viewport().update(region)

    def _tell(self) -> None:
        shown = (bool(self.clashes), bool(self.unchecked))
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()

    # ---- painting ------------------------------------------------------------------

    def paint(self, p: QPainter, _font: QFont) -> None:
        clashes = self.clashes
        if not clashes and not self.unchecked:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for bar in self.view.bars():
            marked = False
            for a, b in self.unchecked.get(bar.index, ()):
                r = bar_day_rect(bar, a, b)
                if r is not None:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QBrush(UNCHECKED, Qt.BrushStyle.FDiagPattern))
                    p.drawRect(qrect(r))
                    marked = True
            if bar.index in clashes:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(CONFLICT, 2.0 if bar.rect.h > 9 else 1.0, Qt.PenStyle.DashLine))
                # each side its own line from its corner: a repaint of part of the
                # bar (Qt clips long dashed paths) draws the same dashes as a whole one
                edge = qrect(bar.rect).adjusted(-1, -1, 1, 1)
                p.drawLines([QLineF(edge.topLeft(), edge.topRight()),
                             QLineF(edge.topLeft(), edge.bottomLeft()),
                             QLineF(edge.topRight(), edge.bottomRight()),
                             QLineF(edge.bottomLeft(), edge.bottomRight())])
                marked = True
            if marked:
                self._painted.setdefault(bar.index, set()).add(bar.rect)
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
                for other, days in sorted(self.clashes.get(index, {}).items())]
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
        import html  # its entity table (~0.4 MB) loads on the first tooltip, not at start

        marked = "<br>".join(f"<span style='color:{c.name()}'><b>{html.escape(t)}</b></span>"
                             for t, c in zip(lines, colours, strict=True))
        return marked + ("<br>" + own if own else "")

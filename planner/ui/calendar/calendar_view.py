"""The painted calendar: a year of month grids, or a zoomable timeline.

The view reads the :class:`~planner.ui.document.Document` and sends it
intents; it keeps no copy of the stays. Geometry comes from the pure
functions of :mod:`planner.ui.calendar.layout` and :mod:`planner.ui.calendar.scene`, drawing
from :mod:`planner.ui.calendar.painting`, keyboard handling from
:mod:`planner.ui.calendar.view_keys`.

Mouse: drag a bar to move the stay, drag an end to change entry or exit, drag
over days to create a stay (``createRequested``), double-click to edit
(``editRequested``). Each drag is an object of :mod:`planner.ui.calendar.view_mouse`
that the view holds from press to release. While dragging the document
previews the stay on every move (one incremental re-evaluation), and the view
repaints only the bars and days the change touched; the release is one undo step.

Other code places things on the calendar through the public geometry methods
the view inherits from :class:`~planner.ui.calendar.view_geometry.ViewGeometry`
(``day_at``, ``day_rect``, ``day_rects``, ``lane_rects``, ``visible_days`` ...),
never through the layouts behind them.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from planner.core.engine import Change
from planner.core.model import Stay
from planner.ui.calendar import painting, view_keys, view_mouse
from planner.ui.calendar.dirty import Dirty, changed_bars, extent
from planner.ui.calendar.kept_bars import TimelineBars, YearBars
from planner.ui.calendar.layout import (
    Rect,
    Run,
    ViewMode,
    YearLayout,
    clamp_zoom,
    span_with_margin,
)
from planner.ui.calendar.scene import Bar, TravelDays, best_year
from planner.ui.calendar.shown_breaches import ShownBreaches
from planner.ui.calendar.strip_changes import StripsShown
from planner.ui.calendar.view_geometry import ViewGeometry
from planner.ui.calendar.view_layers import ViewLayer
from planner.ui.day_texts import day_tooltip, limit_text
from planner.ui.destinations import destination_short
from planner.ui.document import Document


class CalendarView(ViewGeometry):
    """Year and timeline views of a document's stays."""

    hoveredDay = Signal(object)  # datetime.date | None
    selectionChanged = Signal(object)  # stay index | None
    editRequested = Signal(int)
    createRequested = Signal(object, object)  # entry, exit
    modeChanged = Signal(object)  # ViewMode
    yearChanged = Signal(int)
    cursorMoved = Signal(object)  # datetime.date: the keyboard cursor's new day

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.mode = ViewMode.YEAR
        self.year = doc.today.year
        self.day_width = 14.0
        self.selected: int | None = None
        self.cursor_day = doc.today
        self._drag: view_mouse.Drag | None = None  # from a left press to its release
        self.layers: list[ViewLayer] = []  # extra drawings (planner.ui.calendar.view_layers)
        self._bars: list[Bar] | None = None
        self._lanes: tuple[list[int], int] | None = None
        self._breaches = ShownBreaches()
        self._travel = TravelDays()  # split travel days, kept as the stays change
        self._stays_seen = doc.stays  # the stays as the last signal of the document left them
        self._year_layout: YearLayout | None = None
        self._year_bars = YearBars()  # kept through a drag in the year view
        self._timeline_bars = TimelineBars()  # and in the timeline
        self._strips = StripsShown()  # what the timeline's usage strips show
        self._breach_runs: tuple[YearLayout | None, dict[tuple[dt.date, dt.date], list[Run]]] = \
            (None, {})  # the week runs of breach ranges, while the year layout stands
        self._background = painting.YearBackground()
        self._span = (doc.today, doc.today)
        self.monday_first = False  # True: weeks begin on Monday whatever the locale says
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Our own viewport widget: the one Qt makes reaches Python as a bare
        # QWidget*, and PySide's first such lookup sets up every widget class
        # of QtWidgets (some 50 enums, 10-20 ms of the start) to find its type.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # as Qt names and colours its own
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self.setViewport(viewport)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        doc.stayChanged.connect(self._stay_changed)
        doc.stayInserted.connect(self._stay_inserted)
        doc.stayRemoved.connect(self._stay_removed)
        doc.evaluated.connect(self._evaluated)
        doc.reset.connect(self._reset)
        doc.todayChanged.connect(self.viewport().update)  # the today mark moves
        self._reset()

    # ---- modes and navigation ----------------------------------------------------

    def set_mode(self, mode: ViewMode) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self.relayout()
        if mode is ViewMode.TIMELINE:
            if self.cursor_day.year != self.year:  # the year shown, not the cursor's
                self.cursor_day = min((s.entry for s in self.doc.stays
                                       if s.entry.year == self.year),
                                      default=dt.date(self.year, 1, 1))
            self.ensure_visible(self.cursor_day, center=True)
        self.modeChanged.emit(mode)

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.relayout()
            self.yearChanged.emit(year)

    def set_zoom(self, day_width: float) -> None:
        """Pixels per day in the timeline, keeping the day in the middle in place."""
        center = self._timeline().day_at(self.viewport().width() / 2)
        self.day_width = clamp_zoom(day_width)
        self.relayout()
        self.ensure_visible(center, center=True)

    def zoom_in(self) -> None:
        self.set_zoom(self.day_width * 1.5)

    def zoom_out(self) -> None:
        self.set_zoom(self.day_width / 1.5)

    def select(self, index: int | None) -> None:
        if index != self.selected:
            self.selected = index
            self.viewport().update()
            self.selectionChanged.emit(index)

    def set_cursor_day(self, day: dt.date) -> None:
        self.cursor_day = day
        self.ensure_visible(day)
        self.viewport().update()
        self.cursorMoved.emit(day)

    def ensure_visible(self, day: dt.date, center: bool = False) -> None:
        if self.mode is ViewMode.YEAR:
            self.set_year(day.year)
            return
        if not self._span[0] <= day <= self._span[1]:
            self._span = (min(self._span[0], day), max(self._span[1], day))
            self._update_scrollbar()
        lay = self._timeline()
        x = lay.x_of(day)
        w = self.viewport().width()
        bar = self.horizontalScrollBar()
        if center:
            bar.setValue(int(bar.value() + x + lay.day_width / 2 - w / 2))
        elif x < 0:
            bar.setValue(int(bar.value() + x - 20))
        elif x + lay.day_width > w:
            bar.setValue(int(bar.value() + x + lay.day_width - w + 20))

    # ---- reacting to the document ------------------------------------------------

    def _reset(self) -> None:
        self._stays_seen = self.doc.stays
        self._drag = None
        self.selected = None
        ev = self.doc.evaluator
        self._breaches.reset({d: ev.breaches(d) for d in ev.destinations()})
        stays = self.doc.stays
        # (the first entry and the last exit stand for every stay: the same span)
        ends = [(min(map(attrgetter("entry"), stays)), max(map(attrgetter("exit"), stays)))
                ] if stays else []
        self._span = span_with_margin(ends, self.doc.today)
        self.year = best_year(stays, self.doc.today)
        self.cursor_day = self.doc.today
        if self.doc.today.year != self.year:
            self.cursor_day = min((s.entry for s in stays if s.entry.year == self.year),
                                  default=dt.date(self.year, 1, 1))
        self.yearChanged.emit(self.year)
        self._lanes = None
        self.relayout()

    def relayout(self) -> None:
        self._bars = None
        self._year_bars.forget()
        self._timeline_bars.forget()
        self._lanes = None if self.floating is None else self._lanes
        self._update_scrollbar()
        self.viewport().update()

    def _update_scrollbar(self) -> None:
        bar = self.horizontalScrollBar()
        if self.mode is ViewMode.YEAR:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            return
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        total = ((self._span[1] - self._span[0]).days + 1) * self.day_width
        bar.setRange(0, max(int(total - self.viewport().width()), 0))
        bar.setPageStep(max(self.viewport().width(), 1))
        bar.setSingleStep(int(max(self.day_width * 7, 10)))

    def _scrolled(self) -> None:
        self._bars = None
        self.viewport().update()

    def _stay_changed(self, index: int) -> None:
        """Repaint what the change of stay ``index`` moved: a dragged stay's bars
        and those of the stays it makes or unmakes a travel day with; any other
        change may move lanes (and the strips below them), so all of it."""
        old, self._bars = self._bars, None
        self._travel.replaced(self._stays_seen, self.doc.stays, index)
        self._stays_seen = self.doc.stays
        if index != self.floating:
            self._cover(self.doc.stays[index])
            self._lanes = None
            self._year_bars.forget()
            self._timeline_bars.forget()
            self.viewport().update()
            return
        changed = None if old is None else changed_bars(old, self.bars(), index)
        if changed is None:
            self.viewport().update()
            return
        region = QRegion()
        for b in changed:
            region += extent(b.rect)
        self.viewport().update(region)
    def _stay_inserted(self, index: int) -> None:
        self._stays_seen = self.doc.stays
        if self.selected is not None and self.selected >= index:
            self.selected += 1
        self._lanes = None
        self._cover(self.doc.stays[index])
        self.relayout()

    def _cover(self, stay: Stay) -> None:
        """Let the timeline scroll over ``stay`` (with margins), keeping what it shows."""
        lo, hi = span_with_margin([(stay.entry, stay.exit)], stay.entry)
        span = (min(self._span[0], lo), max(self._span[1], hi))
        if span == self._span:
            return
        shift = (self._span[0] - span[0]).days * self.day_width
        self._span = span
        self._update_scrollbar()
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + int(round(shift)))

    def _stay_removed(self, index: int) -> None:
        self._stays_seen = self.doc.stays
        if self.selected == index:
            self.select(None)
        elif self.selected is not None and self.selected > index:
            self.selected -= 1
        self._lanes = None
        self.relayout()

    def _evaluated(self, change: Change) -> None:
        """Repaint the days whose breaches changed and, in the timeline, the
        days of the usage strips whose counts changed."""
        region = QRegion()
        for dest, span in change.spans.items():
            for x, y in self._breaches.update(dest, self.doc.evaluator.breaches(dest), span):
                region += self._days_region(x, y)
        if self.mode is ViewMode.TIMELINE:
            tl = self._timeline()
            lo, hi = tl.visible_days(self.viewport().width())
            strips = self._usage_strips()
            if self._strips.moved(_boxes(strips)):  # a strip came or went: the others moved
                self.viewport().update()
                return
            for dest, strip in strips:
                if dest not in change.spans:
                    continue
                e = painting.strip_extent(strip)
                for r in self._strips.changed(tl, dest, Rect(e.x(), e.y(), e.width(), e.height()),
                                              lo, hi, *self.doc.evaluator.usage(dest, lo, hi)):
                    region += QRectF(r.x, r.y, r.w, r.h).toAlignedRect()
        if not region.isEmpty():
            self.viewport().update(region)

    def stay_breaches(self, index: int) -> list[tuple[dt.date, dt.date]]:
        """Ranges of breach days of stay ``index`` (in any of its destinations)."""
        return self._breaches.on_segments(self.doc.evaluator.segments(self.doc.stays[index]))

    def breach_days(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
        return self._breaches.within(first, last)

    # ---- painting --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        font = self.font()
        # The dirty region, not its bounding box: a bar dragged across the year
        # dirties two small places far apart, and only their bars are painted.
        dirty = Dirty(event.region())
        bars = [b for b in self.bars() if dirty.touches(b.rect)]
        if self.mode is ViewMode.YEAR:
            lay = self.year_layout()
            p.drawPixmap(0, 0, self._background.pixmap(lay, self.devicePixelRatioF(), font,
                                                       self.palette().base().color()))
            first, last = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
            if self._breach_runs[0] is not lay or len(self._breach_runs[1]) > 4096:
                self._breach_runs = (lay, {})  # (a long drag leaves ranges that are gone)
            known = self._breach_runs[1]
            cells = [lay.cell_rect(d) for ab in self.breach_days(first, last)
                     for run in (known.get(ab) or known.setdefault(ab, lay.runs(*ab)))
                     if dirty.touches(run.rect) for d in _days(run.first, run.last)]
            painting.paint_breach_cells(p, [c for c in cells if c is not None])
            painting.paint_today_year(p, lay, self.doc.today, font)
        else:
            tl = self._timeline()
            w, h = self.viewport().width(), self.viewport().height()
            box = dirty.region.boundingRect()
            painting.paint_timeline_grid(p, tl, w, h, painting.month_labels, font,
                                         (box.left() - 2.0, box.right() + 2.0))
            lo, hi = tl.visible_days(w)
            painting.paint_breach_cells(p, [r for a, b in self.breach_days(lo, hi)
                                            for r in self.day_rects(a, b)
                                            if dirty.touches(r)])
        painting.paint_bars(p, bars, self.doc.stays, self.stay_breaches, font, self.selected,
                            self.floating)
        if self.mode is ViewMode.TIMELINE:
            self._paint_usage(p, font, dirty)
            painting.paint_today_timeline(p, self._timeline(), self.doc.today,
                                          self.viewport().height(), self.tr("Today"), font)
        for layer in self.layers:
            layer.paint(p, font)
        if self._drag is not None:
            self._drag.paint(p)
        if self.hasFocus():
            for r in self.day_rects(self.cursor_day, self.cursor_day):
                painting.paint_cursor(p, r)
        p.end()
        self.doc.warm_soon()  # (once painted from a deferred evaluator: build the engine next)

    def _usage_strips(self) -> list[tuple[str, QRectF]]:
        return painting.usage_strips(self._timeline(), self.doc.evaluator,
                                     self._lanes[1] if self._lanes else 1,
                                     self.viewport().width(), self.viewport().height())

    def _paint_usage(self, p: QPainter, font: QFont, dirty: Dirty) -> None:
        """Under the lanes of the timeline: days used per destination, one strip each."""
        tl, w = self._timeline(), self.viewport().width()
        counts = painting.paint_usage_strips(
            p, tl, self.doc.evaluator, self.doc.stays, self._lanes[1] if self._lanes else 1,
            w, self.viewport().height(), font,
            lambda dest: self.tr("{dest}: days counted").format(dest=destination_short(dest)),
            limit_text, lambda r: dirty.region.intersects(r.toAlignedRect()))
        self._strips.painted(*tl.visible_days(w), counts, _boxes(self._usage_strips()))

    # ---- mouse (see planner.ui.calendar.view_mouse) -----------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._drag = view_mouse.press(self, event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag.move(pos)
        else:
            view_mouse.hover(self, pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._drag is None:
            super().mouseReleaseEvent(event)
            return
        drag, self._drag = self._drag, None
        self.viewport().unsetCursor()
        drag.finish()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            view_mouse.double_click(self, event.position().toPoint())

    def cancel_drag(self) -> bool:
        """Stop a drag and put the stay back; False when no drag was going on."""
        drag, self._drag = self._drag, None
        if drag is None:
            return False
        drag.cancel()
        self.viewport().unsetCursor()
        return True

    def update_days(self, span: tuple[dt.date, dt.date] | None) -> None:
        """Repaint the cells (or columns) of the days of ``span``."""
        if span is not None:
            self.viewport().update(self._days_region(*span))

    def _days_region(self, first: dt.date, last: dt.date) -> QRegion:
        """The cells (or columns) of the days ``first`` .. ``last``, with the pixel
        around them that their outlines reach."""
        region = QRegion()
        for r in self.day_rects(first, last):
            region += QRect(int(r.x) - 1, int(r.y) - 1, int(r.w) + 3, int(r.h) + 3)
        return region

    def leaveEvent(self, event: QEvent) -> None:
        self.hoveredDay.emit(None)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if self.mode is ViewMode.TIMELINE and ctrl:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return
        if self.mode is ViewMode.YEAR and event.angleDelta().y():
            self.set_year(self.year + (1 if event.angleDelta().y() < 0 else -1))
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            text = next((t for layer in self.layers if (t := layer.tooltip(event.pos()))),
                        self.tooltip_for(day) if day else "")
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_for(self, day: dt.date) -> str:
        ev = self.doc.evaluator
        usages = self.doc.counters(day)
        breaking = {u.destination: ev.breaching_rules(u.destination, day) for u in usages}
        names = [self.tr("{code} stay {entry} – {exit}{note}").format(
            code=s.country, entry=s.entry.isoformat(), exit=s.exit.isoformat(),
            note=f": {s.note}" if s.note else "")
            for s in self.doc.stays if s.covers(day)]
        return day_tooltip(day, usages, breaking, names)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not view_keys.handle_key(self, event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def _days(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def _boxes(strips: list[tuple[str, QRectF]]) -> list[tuple[str, Rect]]:
    return [(dest, Rect(r.x(), r.y(), r.width(), r.height())) for dest, r in strips]

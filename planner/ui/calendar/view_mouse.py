"""Mouse gestures on the calendar view: move, resize, create, edit.

* Press on a bar and drag: move the stay; press on an end: change its entry
  or exit (:class:`StayDrag`). The document previews the stay on every move
  that reaches another day (:meth:`~planner.ui.document.Document.preview`,
  one incremental re-evaluation), and the release pushes one undo command for
  the gesture.
* Press on an empty day and drag: the days covered are shown as a ghost; the
  release asks for a new stay there (``createRequested``; :class:`CreateDrag`).
* Double-click: edit the stay (``editRequested``), or create one on that day.
* Escape (see :mod:`planner.ui.calendar.view_keys`) cancels a drag.

A drag is an object made on press (:func:`press`) and dropped on release or
cancel; it holds everything the gesture needs and asks the view only through
its public methods (``day_at``, ``day_rects``, ``relayout`` ...).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from planner.core.model import Stay
from planner.ui.calendar import painting
from planner.ui.calendar.scene import Part

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView


class Drag:
    """A left-button gesture from press to release.

    It starts once the pointer has gone the platform's drag distance; after
    that every move to another day calls :meth:`reach`.
    """

    def __init__(self, view: CalendarView, anchor: dt.date, press: QPoint) -> None:
        self.view = view
        self.anchor = anchor  # the day pressed on
        self.press = press
        self.started = False
        self.last: dt.date | None = None  # the day the pointer last reached

    @property
    def floating(self) -> int | None:
        """The stay drawn over the others (without a lane of its own) while dragging."""
        return None

    def move(self, pos: QPoint) -> None:
        if not self.started:
            if (pos - self.press).manhattanLength() < QApplication.startDragDistance():
                return
            self.started = True
            self.start()
        day = self.view.day_at(pos, snap=True) or self.last
        if day is None or day == self.last:
            return
        self.last = day
        self.reach(day)
        self.view.hoveredDay.emit(day)  # after the preview: the counter shows the new count

    def start(self) -> None:
        """The pointer has gone far enough: this is a drag, not a click."""

    def reach(self, day: dt.date) -> None:
        """The pointer is over ``day`` (a different day from the last one)."""

    def finish(self) -> None:
        """The button was released over the view."""

    def cancel(self) -> None:
        """Escape: undo whatever the gesture showed."""

    def paint(self, p: QPainter) -> None:
        """Draw over the calendar what the gesture shows (nothing by default)."""


class StayDrag(Drag):
    """Move a stay (``part`` "body"), or change its entry or exit."""

    def __init__(self, view: CalendarView, index: int, part: Part, anchor: dt.date,
                 press: QPoint) -> None:
        super().__init__(view, anchor, press)
        self.index = index
        self.part = part
        self.original: Stay = view.doc.stays[index]

    @property
    def floating(self) -> int | None:
        return self.index if self.started else None

    def dragged(self, day: dt.date) -> Stay:
        """The stay as the gesture makes it with the pointer on ``day``."""
        s = self.original
        if self.part == "body":
            return s.moved((day - self.anchor).days)
        if self.part == "entry":
            return s.with_dates(min(day, s.exit), s.exit)
        return s.with_dates(s.entry, max(day, s.entry))

    def start(self) -> None:
        view = self.view
        view.relayout()  # the stay floats: the others keep their lanes
        view.doc.begin_preview(self.index)
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor if self.part == "body"
                                  else Qt.CursorShape.SizeHorCursor)

    def reach(self, day: dt.date) -> None:
        self.view.doc.preview(self.dragged(day))

    def finish(self) -> None:
        if self.started:
            self.view.doc.commit_preview("move" if self.part == "body" else "resize")
            self.view.relayout()

    def cancel(self) -> None:
        if self.started:
            self.view.doc.cancel_preview()
        self.view.relayout()


class CreateDrag(Drag):
    """Sweep empty days for a new stay; they show as a ghost until the release."""

    def __init__(self, view: CalendarView, anchor: dt.date, press: QPoint) -> None:
        super().__init__(view, anchor, press)
        self.ghost: tuple[dt.date, dt.date] | None = None

    def reach(self, day: dt.date) -> None:
        old = self.ghost
        self.ghost = (min(self.anchor, day), max(self.anchor, day))
        self.view.update_days(old)
        self.view.update_days(self.ghost)

    def finish(self) -> None:
        span, self.ghost = self.ghost, None
        self.view.update_days(span)
        if self.started and span is not None:
            self.view.createRequested.emit(*span)

    def cancel(self) -> None:
        span, self.ghost = self.ghost, None
        self.view.update_days(span)

    def paint(self, p: QPainter) -> None:
        if self.ghost is not None:
            painting.paint_ghost(p, self.view.day_rects(*self.ghost))


def press(view: CalendarView, pos: QPoint) -> Drag | None:
    """A left press: select what is under ``pos``, put the cursor there, and
    return the drag that may follow (None off the calendar's days and bars)."""
    day = view.day_at(pos)
    hit = view.hit(pos)
    drag: Drag | None = None
    if hit is not None:
        view.select(hit.index)
        drag = StayDrag(view, hit.index, hit.part, day or view.doc.stays[hit.index].entry, pos)
    elif day is not None:
        view.select(None)
        drag = CreateDrag(view, day, pos)
    if day is not None:
        view.cursor_day = day
        view.viewport().update()
    return drag


def hover(view: CalendarView, pos: QPoint) -> None:
    """No drag: tell which day is under the pointer, and show what a press would grip."""
    view.hoveredDay.emit(view.day_at(pos))
    hit = view.hit(pos)
    shape = (Qt.CursorShape.SizeHorCursor if hit and hit.part != "body" else
             Qt.CursorShape.OpenHandCursor if hit else Qt.CursorShape.ArrowCursor)
    view.viewport().setCursor(shape)


def double_click(view: CalendarView, pos: QPoint) -> None:
    """Edit the stay under the pointer, or create one on an empty day."""
    hit = view.hit(pos)
    if hit is not None:
        view.editRequested.emit(hit.index)
    elif (day := view.day_at(pos)) is not None:
        view.createRequested.emit(day, day)

"""Mouse gestures on the calendar view: move, resize, create, edit.

* Press on a bar and drag: move the stay; press on an end: change its entry
  or exit. The document previews the stay on every move that reaches another
  day (:meth:`~planner.ui.document.Document.preview`, one incremental
  re-evaluation), and the release pushes one undo command for the gesture.
* Press on an empty day and drag: the days covered are shown as a ghost; the
  release asks for a new stay there (``createRequested``).
* Double-click: edit the stay (``editRequested``), or create one on that day.
* Escape (see :mod:`planner.ui.calendar.view_keys`) cancels a drag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from planner.core.model import Stay

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView


@dataclass
class Drag:
    """A gesture in progress: what it does, to which stay, from which day."""

    kind: str  # "move", "entry", "exit" or "create"
    index: int
    anchor: dt.date
    original: Stay | None
    press: QPoint
    started: bool = False
    last: dt.date | None = None


def dragged(drag: Drag, day: dt.date) -> Stay:
    """The stay as the gesture makes it with the pointer on ``day``."""
    s = drag.original
    assert s is not None
    if drag.kind == "move":
        return s.moved((day - drag.anchor).days)
    if drag.kind == "entry":
        return s.with_dates(min(day, s.exit), s.exit)
    return s.with_dates(s.entry, max(day, s.entry))


def press(view: CalendarView, event: QMouseEvent) -> bool:
    """Start a possible drag; False when the event is not the view's."""
    if event.button() != Qt.MouseButton.LeftButton:
        return False
    pos = event.position().toPoint()
    day = view.day_at(pos)
    hit = view.hit(pos)
    if hit is not None:
        view.select(hit.index)
        kind = "move" if hit.part == "body" else hit.part
        anchor = day or view.doc.stays[hit.index].entry
        view.drag_state = Drag(kind, hit.index, anchor, view.doc.stays[hit.index], pos)
    elif day is not None:
        view.select(None)
        view.drag_state = Drag("create", -1, day, None, pos)
    if day is not None:
        view.cursor_day = day
        view.viewport().update()
    return True


def move(view: CalendarView, event: QMouseEvent) -> None:
    """Hover (counter, cursor shape) or drag: preview the stay, or grow the new-stay ghost."""
    pos = event.position().toPoint()
    drag = view.drag_state
    if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
        view.hoveredDay.emit(view.day_at(pos))
        hit = view.hit(pos)
        shape = (Qt.CursorShape.SizeHorCursor if hit and hit.part != "body" else
                 Qt.CursorShape.OpenHandCursor if hit else Qt.CursorShape.ArrowCursor)
        view.viewport().setCursor(shape)
        return
    if not drag.started:
        if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
            return
        drag.started = True
        if drag.original is not None:
            view.relayout()
            view.doc.begin_preview(drag.index)
            view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor
                                      if drag.kind == "move" else
                                      Qt.CursorShape.SizeHorCursor)
    day = view.day_at(pos, snap=True) or drag.last
    if day is None or day == drag.last:
        return
    drag.last = day
    if drag.kind == "create":
        old = view.ghost
        view.ghost = (min(drag.anchor, day), max(drag.anchor, day))
        view.update_days(old)
        view.update_days(view.ghost)
    else:
        view.doc.preview(dragged(drag, day))
    view.hoveredDay.emit(day)  # after the preview: the counter shows the new count


def release(view: CalendarView, event: QMouseEvent) -> bool:
    """End a drag: one undo command, or a request to create a stay."""
    drag, view.drag_state = view.drag_state, None
    if event.button() != Qt.MouseButton.LeftButton or drag is None:
        return False
    view.viewport().unsetCursor()
    if not drag.started:
        return True
    if drag.kind == "create":
        span, view.ghost = view.ghost, None
        view.update_days(span)
        if span is not None:
            view.createRequested.emit(*span)
    else:
        view.doc.commit_preview("move" if drag.kind == "move" else "resize")
        view.relayout()
    return True


def double_click(view: CalendarView, event: QMouseEvent) -> None:
    """Edit the stay under the pointer, or create one on an empty day."""
    if event.button() != Qt.MouseButton.LeftButton:
        return
    pos = event.position().toPoint()
    hit = view.hit(pos)
    if hit is not None:
        view.editRequested.emit(hit.index)
    elif (day := view.day_at(pos)) is not None:
        view.createRequested.emit(day, day)


def cancel(view: CalendarView) -> bool:
    """Stop a drag and put the stay back; False when no drag was going on."""
    drag, view.drag_state = view.drag_state, None
    if drag is None:
        return False
    if drag.started and drag.kind != "create":
        view.doc.cancel_preview()
    view.update_days(view.ghost)
    view.ghost = None
    view.viewport().unsetCursor()
    view.relayout()
    return True

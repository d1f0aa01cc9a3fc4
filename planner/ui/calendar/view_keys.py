"""Keyboard for the calendar view: everything the mouse does, without it.

* Arrows move the day cursor (left/right a day, up/down a week); the stay
  under the cursor becomes the selection. Home goes to today; Page Up/Down
  to the previous/next year (year view) or month (timeline).
* Alt+Left/Right move the selected stay by a day, Alt+Up/Down by a week;
  repeated moves merge into one undo step.
* Shift+Left/Right move the selected stay's exit, Ctrl+Shift+Left/Right its
  entry (resize), also merging.
* Enter edits the selected stay; Insert creates one on the cursor day;
  Delete removes the selected stay; Escape cancels a drag or the selection.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from planner.ui.calendar.layout import ViewMode

if TYPE_CHECKING:
    from planner.ui.calendar.calendar_view import CalendarView

K = Qt.Key
M = Qt.KeyboardModifier
_STEP = {K.Key_Left: -1, K.Key_Right: 1, K.Key_Up: -7, K.Key_Down: 7}


def handle_key(view: CalendarView, event: QKeyEvent) -> bool:
    """Act on a key press; False when the key is not the view's."""
    key = K(event.key())
    mods = event.modifiers() & (M.AltModifier | M.ShiftModifier | M.ControlModifier)
    doc = view.doc
    sel = view.selected
    if key == K.Key_Escape:
        if not view.cancel_drag():
            view.select(None)
        return True
    if key in _STEP:
        step = _STEP[key]
        if mods == M.AltModifier and sel is not None:
            doc.edit_stay(sel, doc.stays[sel].moved(step), kind="move", merge=True)
            view.set_cursor_day(view.cursor_day + dt.timedelta(days=step))
            return True
        if mods & M.ShiftModifier and sel is not None and key in (K.Key_Left, K.Key_Right):
            s = doc.stays[sel]
            if mods & M.ControlModifier:
                new = s.with_dates(min(s.entry + dt.timedelta(days=step), s.exit), s.exit)
                view.set_cursor_day(new.entry)
            else:
                new = s.with_dates(s.entry, max(s.exit + dt.timedelta(days=step), s.entry))
                view.set_cursor_day(new.exit)
            doc.edit_stay(sel, new, kind="resize", merge=True)
            return True
        if not mods:
            move_cursor(view, view.cursor_day + dt.timedelta(days=step))
            return True
        return False
    if mods:
        return False
    if key == K.Key_Home:
        move_cursor(view, doc.today)
    elif key in (K.Key_PageUp, K.Key_PageDown):
        sign = -1 if key == K.Key_PageUp else 1
        if view.mode is ViewMode.YEAR:
            view.set_year(view.year + sign)
            move_cursor(view, _same_day_in_year(view.cursor_day, view.year))
        else:
            move_cursor(view, view.cursor_day + dt.timedelta(days=30 * sign))
    elif key in (K.Key_Return, K.Key_Enter):
        if sel is not None:
            view.editRequested.emit(sel)
        else:
            view.createRequested.emit(view.cursor_day, view.cursor_day)
    elif key == K.Key_Insert:
        view.createRequested.emit(view.cursor_day, view.cursor_day)
    elif key == K.Key_Delete:
        if sel is not None:
            doc.delete_stay(sel)
    else:
        return False
    return True


def move_cursor(view: CalendarView, day: dt.date) -> None:
    """Put the cursor on ``day``; select the stay there (keeping the current one if it
    covers the day)."""
    view.set_cursor_day(day)
    stays = view.doc.stays
    if view.selected is not None and stays[view.selected].covers(day):
        return
    on = [i for i, s in enumerate(stays) if s.covers(day)]
    view.select(on[0] if on else None)


def _same_day_in_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return dt.date(year, 2, 28)

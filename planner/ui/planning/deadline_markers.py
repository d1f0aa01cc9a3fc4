"""Deadline markers on the calendar: "register by 13 Mar", and the day a tax test is met.

Drawn like the exit window's markers (a line at the end of the day and a small
flag; :class:`planner.ui.planning.markers.ExitMarkers` does the geometry and painting),
for every stay, in colours that are never the breach red: brown for a
registration to do, grey with a tick for one marked done, purple for the day a
tax-residency presence test is met. Each flag's tooltip names the rule.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from planner.core.lazy import lazy_module
from planner.ui.planning.markers import ExitMarkers
from planner.ui.planning.plan_texts import long_date, short_date

if TYPE_CHECKING:
    from planner.core import deadlines as core_deadlines
    from planner.core.deadlines import Deadline
    from planner.ui.calendar.calendar_view import CalendarView
    from planner.ui.planning.deadline_state import DeadlineState
else:  # loads with the first deadlines computed, after the window shows
    core_deadlines = lazy_module("planner.core.deadlines")

REGISTER = QColor("#5d4037")  # brown: not the today blue, not the breach red
DONE = QColor("#78909c")
TAX = QColor("#6a1b9a")


class DeadlineMarkers(ExitMarkers):
    """A view layer with a flag for each registration deadline and tax threshold."""

    def __init__(self, view: CalendarView, deadlines: DeadlineState) -> None:
        QObject.__init__(self, view)  # not ExitMarkers': no exit window to follow
        self.view, self.deadlines = view, deadlines
        self._flags = []
        self._shown: list[Deadline] = []
        deadlines.changed.connect(self._changed)
        view.layers.append(self)

    def _changed(self, _state: object) -> None:
        """Repaint only when the marks differ from those drawn."""
        if self.deadlines.marks != self._shown:
            self._shown = list(self.deadlines.marks)
            self.view.viewport().update()

    def marks(self) -> list[tuple[dt.date, bool, str, QColor, str]]:
        return [self.mark(d) for d in self.deadlines.marks]

    def mark(self, d: Deadline) -> tuple[dt.date, bool, str, QColor, str]:
        """(day, at the day's right edge, label, colour, tooltip) of one deadline."""
        if d.kind is core_deadlines.DeadlineKind.TAX_RESIDENCY:
            label = self.tr("{code}: {days} days").format(code=d.country, days=d.days)
            tip = self.tr("{title}: reached on {date} — tax resident by the presence test; "
                          "not tax advice").format(title=d.title, date=long_date(d.day))
            return d.day, True, label, TAX, tip
        if d.done:
            label = self.tr("registered \u2713")
            tip = self.tr("Registered (due {date}): {title}").format(
                date=long_date(d.day), title=d.title)
            return d.day, True, label, DONE, tip
        label = self.tr("register by {date}").format(date=short_date(d.day))
        tip = self.tr("Register by {date}: {title}").format(date=long_date(d.day),
                                                            title=d.title)
        return d.day, True, label, REGISTER, tip

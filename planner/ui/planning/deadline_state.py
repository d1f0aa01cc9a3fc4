"""What the window knows about deadlines, kept up to date with the document.

:class:`DeadlineState` recomputes, when a file is opened and a moment after
the last edit, the
calendar's marks (:func:`planner.core.deadlines.calendar_marks`: every
registration deadline and every day a tax test becomes met) and the upcoming
deadlines from the document's today (:func:`planner.api_deadlines.deadlines`), then
emits ``changed``. A rule that cannot be counted (no holiday calendar for its
country) is logged and reported through ``failed``; the marks are then empty,
never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner import log
from planner.core.lazy import lazy_module
from planner.ui.document import Document

if TYPE_CHECKING:
    from planner import api_base, api_deadlines
    from planner.core import deadline_rules, registration
    from planner.core import deadlines as core_deadlines
    from planner.core.deadlines import Deadline
else:  # the deadline machinery (holiday calendars ...) loads with the first file judged
    api_base = lazy_module("planner.api_base")
    api_deadlines = lazy_module("planner.api_deadlines")
    deadline_rules = lazy_module("planner.core.deadline_rules")
    core_deadlines = lazy_module("planner.core.deadlines")
    registration = lazy_module("planner.core.registration")


class DeadlineState(QObject):
    changed = Signal(object)  # this state
    failed = Signal(str)

    def __init__(self, doc: Document, parent: QObject | None = None,
                 delay_ms: int = 150) -> None:
        super().__init__(parent)  # the window: the state ends with it, not with the document
        self.doc = doc
        self.marks: list[Deadline] = []
        self.upcoming: list[dict[str, Any]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        for sig in (doc.stayChanged, doc.stayInserted, doc.stayRemoved,
                    doc.travellerChanged, doc.todayChanged):
            sig.connect(self.schedule)
        #: True while ``changed`` is emitted for a file just opened.
        self.opened = False
        doc.reset.connect(self._opened)

    def _opened(self) -> None:
        """A file was opened: its deadlines are computed now, so that its first paint
        has their marks (no flags that appear a moment later)."""
        self.opened = True
        try:
            self.refresh()
        finally:
            self.opened = False

    def schedule(self, *_args: object) -> None:
        """Recompute a moment from now (restarting the wait on every change)."""
        self._timer.start()

    @property
    def today(self) -> dt.date:
        return self.doc.today

    def refresh(self) -> None:
        """Recompute now."""
        self._timer.stop()
        doc = self.doc
        nat = doc.traveller.nationality
        self.marks, self.upcoming = [], []
        if nat:
            try:
                self.marks = core_deadlines.calendar_marks(doc.rules, nat, doc.stays)
                self.upcoming = api_deadlines.deadlines(
                    doc.itinerary, doc.today, rules=doc.rules, today=doc.today,
                    indexed=doc.stay_index())["deadlines"]
            except (registration.HolidayDataError, api_base.InputError) as e:
                log.ui.warning("deadlines not computed: %s", e)
                self.marks, self.upcoming = [], []
                self.failed.emit(str(e))
        self.changed.emit(self)

    def pending(self) -> bool:
        return self._timer.isActive()

    def identity(self) -> str:
        """The file's identity for deadline UIDs: its absolute path (or its name)."""
        path = self.doc.path
        return str(path.resolve()) if path is not None else self.doc.display_name()

    def for_stay(self, index: int) -> list[Deadline]:
        """The registration marks of the visit that stay ``index`` belongs to."""
        out = []
        stays = self.doc.stays
        for d in self.marks:
            if d.index is None or d.kind.value != "registration":
                continue
            rule = next((r for r in self.doc.rules.deadline_rules if r.id == d.rule), None)
            if not isinstance(rule, deadline_rules.RegistrationRule):
                continue
            for v in registration.visits(stays, rule.destination, rule):
                if d.index in v.indexes and index in v.indexes:
                    out.append(d)
        return out

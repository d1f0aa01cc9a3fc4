"""Undoable remedies and plans: trim a stay, move one, add stays, accept a fix,
keep a scenario. Each user action is one undo step with a clear text
("Undo Trim KZ stay", "Undo Make compliant").

Like :mod:`planner.ui.commands`, these only call the document's low-level
setters; compound actions are Qt undo macros of the commands there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.core.model import Itinerary, Stay
from planner.i18n import QT_TRANSLATE_NOOP, qt_translator
from planner.ui.commands import AddStay, RemoveStay, SetStay

if TYPE_CHECKING:  # the types only: the planning machinery loads when first used
    from planner.core.fixing import FixResult
    from planner.core.remedies import Remedy
    from planner.ui.document import Document


_tr = qt_translator("Commands")


class TrimStay(SetStay):
    """Shorten a stay to its latest compliant exit."""

    label = QT_TRANSLATE_NOOP("Commands", "Trim {country} stay")
    command_id = -1


class MoveLater(SetStay):
    """Move a stay (the next planned one) to its earliest compliant entry."""

    label = QT_TRANSLATE_NOOP("Commands", "Move {country} stay")
    command_id = -1


def trim(doc: Document, index: int, exit_: dt.date) -> None:
    """Trim stay ``index`` to leave on ``exit_`` (a date), as one undo step."""
    old = doc.stays[index]
    new = old.with_dates(old.entry, exit_)
    if new != old:
        doc.undo_stack.push(TrimStay(doc, index, old, new))


def move_to(doc: Document, index: int, entry: dt.date) -> None:
    """Move stay ``index`` (keeping its length) to enter on ``entry``, one undo step."""
    old = doc.stays[index]
    new = old.moved((entry - old.entry).days)
    if new != old:
        doc.undo_stack.push(MoveLater(doc, index, old, new))


def step_text(label: str, country: str) -> str:
    """An undo step's name from a command label ("Move {country} stay"), translated
    in the commands' own context."""
    return _tr(label).format(country=country)


#: The undo step that adds a chain of stays.
CHAIN_STEP = QT_TRANSLATE_NOOP("Commands", "Add stays one after another")


def apply_remedy(doc: Document, remedy: Remedy, text: str) -> None:
    """A remedy of :mod:`planner.core.remedies` as one undo step named ``text``:
    every stay it changes (the stays pushed out of the way too), then the
    stays it adds."""
    changed = [(i, s) for i, s in enumerate(remedy.stays[:len(doc.stays)]) if s != doc.stays[i]]
    added = remedy.stays[len(doc.stays):]
    if not changed and not added:
        return
    stack = doc.undo_stack
    stack.beginMacro(text)
    for i, s in changed:
        cls = MoveLater if s.entry != doc.stays[i].entry else TrimStay
        stack.push(cls(doc, i, doc.stays[i], s))
    for s in added:
        stack.push(AddStay(doc, len(doc.stays), s))
    stack.endMacro()


def merge(doc: Document, index: int, other: int, merged: Stay) -> None:
    """Stay ``index`` becomes ``merged`` and stay ``other`` goes: one undo step."""
    stack = doc.undo_stack
    stack.beginMacro(_tr("Merge {country} stays")
                     .format(country=merged.country))
    stack.push(SetStay(doc, index, doc.stays[index], merged))
    stack.push(RemoveStay(doc, other, doc.stays[other]))
    stack.endMacro()


def add_stays(doc: Document, stays: Sequence[Stay], text: str) -> None:
    """Append ``stays`` as one undo step named ``text`` (one stay: "Add GE stay")."""
    if not stays:
        return
    if len(stays) == 1:
        doc.add_stay(stays[0])
        return
    doc.undo_stack.beginMacro(text)
    for s in stays:
        doc.undo_stack.push(AddStay(doc, len(doc.stays), s))
    doc.undo_stack.endMacro()


def apply_fix(doc: Document, result: FixResult) -> None:
    """Every change of a :func:`~planner.core.fixing.fix` proposal, one undo macro."""
    stack = doc.undo_stack
    stack.beginMacro(_tr("Make compliant"))
    for c in result.changes:
        if c.new is not None and c.new != doc.stays[c.index]:
            cls = MoveLater if c.action == "moved" else TrimStay
            stack.push(cls(doc, c.index, doc.stays[c.index], c.new))
    for c in sorted((c for c in result.changes if c.new is None), key=lambda c: -c.index):
        stack.push(RemoveStay(doc, c.index, doc.stays[c.index]))
    stack.endMacro()


class ReplaceItinerary(QUndoCommand):
    """Put another itinerary's traveller and stays in place (Keep this scenario)."""

    def __init__(self, doc: Document, new: Itinerary, text: str) -> None:
        super().__init__(text)
        self.doc, self.old, self.new = doc, doc.itinerary, new

    def _show(self, it: Itinerary) -> None:
        doc = self.doc
        if doc.traveller != it.traveller:
            doc.set_traveller(it.traveller)
        n = len(it.stays)
        while len(doc.stays) > n:
            doc.remove_stay(len(doc.stays) - 1)
        for i, s in enumerate(it.stays):
            if i < len(doc.stays):
                doc.set_stay(i, s)
            else:
                doc.insert_stay(i, s)

    def redo(self) -> None:
        self._show(self.new)

    def undo(self) -> None:
        self._show(self.old)

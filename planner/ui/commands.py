"""Undoable edits of a :class:`~planner.ui.document.Document`, one per gesture.

Every command mutates the document through its low-level setters, never a
widget; views repaint from the document's signals. Moving or resizing a stay
with the keyboard pushes a *mergeable* command: nudging the same stay ten
times in a row is one undo step ("Undo Move KZ stay"), as in Qt's undo
framework example (``id()`` + ``mergeWith()``). A whole mouse drag is already
one command, and never merges with the nudges before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.core.model import Stay, Traveller
from planner.i18n import QT_TRANSLATE_NOOP, qt_translator

if TYPE_CHECKING:
    from planner.ui.document import Document


_tr = qt_translator("Commands")


class SetStay(QUndoCommand):
    """Replace the stay at ``index``: ``old`` on undo, ``new`` on redo."""

    label = QT_TRANSLATE_NOOP("Commands", "Edit {country} stay")
    command_id = -1

    def __init__(self, doc: Document, index: int, old: Stay, new: Stay, *,
                 merge: bool = False) -> None:
        super().__init__(_tr(self.label).format(country=new.country))
        self.doc, self.index, self.old, self.new = doc, index, old, new
        self.mergeable = merge

    def redo(self) -> None:
        self.doc.set_stay(self.index, self.new)

    def undo(self) -> None:
        self.doc.set_stay(self.index, self.old)

    def id(self) -> int:
        return self.command_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, type(self)) and self.mergeable and other.mergeable
                and other.index == self.index):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class MoveStay(SetStay):
    label = QT_TRANSLATE_NOOP("Commands", "Move {country} stay")
    command_id = 1


class ResizeStay(SetStay):
    label = QT_TRANSLATE_NOOP("Commands", "Resize {country} stay")
    command_id = 2


class EditStay(SetStay):
    label = QT_TRANSLATE_NOOP("Commands", "Edit {country} stay")
    command_id = -1


def stay_command(doc: Document, index: int, old: Stay, new: Stay, kind: str, *,
                 merge: bool = False) -> SetStay:
    """The command for a change of kind "move", "resize" or "edit"."""
    cls = {"move": MoveStay, "resize": ResizeStay}.get(kind, EditStay)
    return cls(doc, index, old, new, merge=merge)


class AddStay(QUndoCommand):
    def __init__(self, doc: Document, index: int, stay: Stay) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add {country} stay")
                         .format(country=stay.country))
        self.doc, self.index, self.stay = doc, index, stay

    def redo(self) -> None:
        self.doc.insert_stay(self.index, self.stay)

    def undo(self) -> None:
        self.doc.remove_stay(self.index)


class RemoveStay(QUndoCommand):
    def __init__(self, doc: Document, index: int, stay: Stay) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete {country} stay")
                         .format(country=stay.country))
        self.doc, self.index, self.stay = doc, index, stay

    def redo(self) -> None:
        self.doc.remove_stay(self.index)

    def undo(self) -> None:
        self.doc.insert_stay(self.index, self.stay)


class EditTraveller(QUndoCommand):
    def __init__(self, doc: Document, old: Traveller, new: Traveller) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit traveller"))
        self.doc, self.old, self.new = doc, old, new

    def redo(self) -> None:
        self.doc.set_traveller(self.new)

    def undo(self) -> None:
        self.doc.set_traveller(self.old)


class AddStays(QUndoCommand):
    """Append several stays at once (an import): one undo step for all of them."""

    def __init__(self, doc: Document, stays: list[Stay], text: str) -> None:
        super().__init__(text)
        self.doc, self.stays = doc, list(stays)
        self.first = len(doc.stays)

    def redo(self) -> None:
        for k, stay in enumerate(self.stays):
            self.doc.insert_stay(self.first + k, stay)

    def undo(self) -> None:
        for k in reversed(range(len(self.stays))):
            self.doc.remove_stay(self.first + k)

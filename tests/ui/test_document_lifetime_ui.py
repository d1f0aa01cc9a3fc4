"""A document's end: what happens when Python frees one, through the collector
or at once, with undo steps on its stack (planner.ui.document.Document.__del__)."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtCore import QObject

from planner.core.model import Stay
from planner.ui.document import Document

from .conftest import d, kz_rules


def document_with_history(parent: QObject | None = None) -> Document:
    doc = Document(rules=kz_rules(), today=d(6, 1), parent=parent)
    doc.add_stay(Stay("KZ", d(3, 1), d(3, 20)))
    doc.add_stay(Stay("GE", d(4, 1), d(4, 20)))
    doc.edit_stay(0, Stay("KZ", d(3, 2), d(3, 21)), kind="move", merge=True)
    assert doc.undo_stack.count() == 3
    return doc


def test_the_collector_finds_a_documents_history_emptied_by_qt(qtbot) -> None:
    """A document freed as garbage (a closed window's, in a reference cycle) has
    its undo steps deleted by Qt's stack before the collector clears any of its
    objects. Otherwise the collector could clear the stack's Python side first:
    PySide then hands the steps back to Python, which deletes them, and the C++
    stack deletes them again when the document goes (a crash in
    ``QUndoStack::clear`` that runs of the safety and start tests followed by
    the translation tests met about once in three).

    ``DEBUG_SAVEALL`` keeps the garbage instead of clearing it, so the test can
    look at the document as the collector found it (after its finalizer)."""
    doc = document_with_history()
    cycle = [doc]
    cycle.append(cycle)  # type: ignore[arg-type]  # garbage only for the collector
    key = id(doc)  # (the collector clears weak references to garbage)
    gc.collect()  # (anything earlier tests left behind)
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        del doc, cycle
        gc.collect()
        found = [o for o in gc.garbage if id(o) == key and isinstance(o, Document)]
        assert len(found) == 1, "the document was not garbage"
        stack = found[0].undo_stack
        assert shiboken6.isValid(stack)  # the stack itself is whole ...
        assert stack.count() == 0  # ... and its steps were deleted by it
        del found, stack
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    gc.collect()


def test_a_document_whose_qt_side_went_first_is_freed_quietly(qtbot, caplog) -> None:
    """A document owned by a Qt parent that is deleted first (a scenario window's)
    has nothing left to empty: freeing its Python side raises nothing (pytest
    turns an exception in a finalizer into an error) and logs nothing."""
    owner = QObject()
    doc = document_with_history(parent=owner)
    stack = doc.undo_stack
    shiboken6.delete(owner)  # the Qt side goes: the document, its stack, its steps
    assert not shiboken6.isValid(stack)
    gone = weakref.ref(doc)
    del doc, stack
    gc.collect()
    assert gone() is None
    assert [r.getMessage() for r in caplog.records] == []

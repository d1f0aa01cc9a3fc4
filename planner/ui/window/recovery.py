"""Autosave of unsaved work, and the offer to restore it after a crash.

:class:`Autosaver` watches one window's document. While the document has
unsaved changes, each change (an undo command pushed, undone or redone)
restarts a single-shot timer; after :data:`AUTOSAVE_MS` of quiet the
itinerary is written to the :class:`~planner.storage.safety.RecoveryStore`
under the window's own id. A drag in progress is not written (its preview is
not a change yet): the timer starts again. Saving, undoing back to the saved
state, opening or starting another document, and a clean close all discard
the recovery file.

On start, :func:`offer_recoveries` asks about every recovery file left by a
process that is gone ("Recovered unsaved changes from 14:32 (anna.stayplan)
— Restore / Discard"). Restoring opens the work as a *modified* document
that keeps its original path and the fingerprint its file had when the lost
window read it, so Save writes there and still warns when another program
changed the file meanwhile; discarding deletes the recovery file. The
question goes through an ``ask`` function so that tests (and a future list
dialog) can answer it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6 import QtCore, QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from planner import log
from planner.i18n import qt_translator
from planner.storage import ItineraryError
from planner.storage.safety import Recovery, RecoveryStore, forget_recovery
from planner.ui.document import Document

AUTOSAVE_MS = 3000


#: ``ask(parent, recovery)`` -> True to restore, False to discard.
AskRestore = Callable[[QWidget | None, Recovery], bool]


class Autosaving(Protocol):
    """What :func:`offer_recoveries` needs of a window: a document and its autosaver."""

    doc: Document
    autosaver: Autosaver


_tr = qt_translator("Recovery")


class Autosaver(QObject):
    """Writes a document's unsaved work to a recovery file after a quiet spell."""

    saved = Signal(Path)  # the recovery file just written
    failed = Signal(str)  # why the last autosave could not be written

    def __init__(self, doc: Document, store: RecoveryStore | None = None, *,
                 doc_id: str | None = None, interval_ms: int = AUTOSAVE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.store = store if store is not None else RecoveryStore()
        self.doc_id = doc_id or os.urandom(16).hex()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        # Followed by signal rather than asked: the undo stack announces its
        # last index change while it is being destroyed.
        self._modified = doc.modified
        doc.undo_stack.indexChanged.connect(self._changed)
        doc.modifiedChanged.connect(self._modified_changed)

    @property
    def file(self) -> Path:
        """Where this document's recovery file is (or would be)."""
        return self.store.path_for(self.doc_id)

    def _changed(self, *_args: object) -> None:
        if self._modified:
            self.timer.start()  # restarts: autosave after the last change + interval

    def _modified_changed(self, modified: bool) -> None:
        self._modified = modified
        if modified:
            self.timer.start()
        else:
            self.discard()

    def autosave(self) -> bool:
        """Write the recovery file now, if there is unsaved work; True if written."""
        if not self._modified:
            return False
        if self.doc.previewing:  # mid-drag: wait for the gesture to end
            self.timer.start()
            return False
        try:
            written = self.store.write(self.doc_id, self.doc.itinerary, self.doc.path,
                                       seen=self.doc.seen)
        except (ItineraryError, OSError) as e:
            self.failed.emit(str(e))
            return False
        self.saved.emit(written)
        return True

    def discard(self) -> None:
        """Forget the unsaved work (it was saved, or the user threw it away)."""
        self.timer.stop()
        try:
            self.store.discard(self.doc_id)
        except OSError as e:
            log.ui.warning("cannot discard recovery file %s: %s", self.file, e)


def recovered_when(saved_at: dt.datetime, today: dt.date | None = None) -> str:
    """"14:32" for a time today, else the date and time in the user's locale."""
    locale = QLocale()
    moment = QtCore.QDateTime(saved_at.year, saved_at.month, saved_at.day, saved_at.hour,
                              saved_at.minute, saved_at.second)
    if saved_at.date() == (today or dt.date.today()):
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def recovery_text(recovery: Recovery) -> str:
    """The question: "Recovered unsaved changes from 14:32 (anna.stayplan)"."""
    name = recovery.original.name if recovery.original else _tr("untitled")
    return _tr("Recovered unsaved changes from {time} ({name}).").format(
        time=recovered_when(recovery.saved_at), name=name)


def recovery_box(parent: QWidget | None, recovery: Recovery) -> QtWidgets.QMessageBox:
    """The message box :func:`ask_restore` shows (made separately for tests and pictures)."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Recover unsaved changes"))
    box.setText(recovery_text(recovery))
    stays = len(recovery.itinerary.stays)
    detail = _tr("Stay Planner was closed before these changes were saved. "
                 "Restore them to keep working on them ({n} stays), or discard them.")
    if recovery.original is not None:
        detail += "\n" + _tr("File: {path}").format(path=str(recovery.original))
    box.setInformativeText(detail.format(n=stays))
    restore = box.addButton(_tr("&Restore"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Discard"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    return box


def ask_restore(parent: QWidget | None, recovery: Recovery) -> bool:
    """Ask whether to restore ``recovery``; True for Restore."""
    box = recovery_box(parent, recovery)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QtWidgets.QMessageBox.ButtonRole.AcceptRole


def forget(recovery: Recovery) -> None:
    """Delete a recovery file (Discard, or after it was restored and re-autosaved)."""
    forget_recovery(recovery)


def offer_recoveries(store: RecoveryStore, windows: Callable[[Recovery], Autosaving],
                     ask: AskRestore | None = None, parent: QWidget | None = None
                     ) -> list[Autosaving]:
    """Offer every pending recovery; restore the chosen ones, one window each.

    ``windows(recovery)`` gives the window to restore into (the start window,
    or a new one when that already shows other work). Returns the windows that got a
    recovered document. A restored document is autosaved again at once under
    its new window's id before the old recovery file is deleted, so that a
    crash in between loses nothing.
    """
    ask = ask or ask_restore
    restored: list[Autosaving] = []
    for recovery in store.pending():
        if not ask(parent, recovery):
            forget(recovery)
            continue
        window = windows(recovery)
        window.doc.restore(recovery.itinerary, recovery.original, recovery.seen)
        if window.autosaver.autosave():
            forget(recovery)
        restored.append(window)
    return restored

"""The open itinerary: the one copy of the truth every view and model reads.

:class:`Document` owns the :class:`~planner.core.model.Itinerary`, an
:class:`~planner.core.engine.Evaluator` kept in step with it, the file path
and the undo stack (whose clean state is the "modified" flag).

Data flows one way. A gesture becomes an undo command
(:mod:`planner.ui.commands`); the command calls the low-level setters here
(:meth:`Document.set_stay`, :meth:`Document.insert_stay`, ...); each setter
re-judges only what the edit can affect and emits what changed:
``stayChanged(index)`` / ``stayInserted(index)`` / ``stayRemoved(index)`` for
the list of stays and ``evaluated(change)`` with the
:class:`~planner.core.engine.Change` the evaluator returned, so that views
repaint only the days it names. :attr:`Document.clashes` (a
:class:`~planner.core.timeline.ConflictIndex`) says which stays conflict;
``conflictsChanged(indices)`` names the stays whose conflicts one edit changed
(an insert, a removal or a new itinerary changes every index: listen to those).

A drag is a *preview*: :meth:`begin_preview`, :meth:`preview` on every mouse
move (each one an incremental ``Evaluator.replace``), then
:meth:`commit_preview`, which pushes a single undo command for the whole
gesture, or :meth:`cancel_preview`, which puts the stay back.

Files: :meth:`open` notes the file's fingerprint and whether it may be
written; :meth:`save` keeps a backup of the file it replaces
(:func:`~planner.storage.safety.save_with_backup`, under :attr:`backup_root`);
:meth:`changed_on_disk` tells that another program wrote the file meanwhile;
:meth:`restore` shows recovered work as modified, keeping its path.

The engine warms after the first paint: a newly opened (small) itinerary gets
a deferred evaluator (``Evaluator(..., deferred=True)``), which answers the
first paint's questions in plain Python without loading NumPy; the calendar
calls :meth:`Document.warm_soon` once it has painted, and the event loop then
builds the NumPy state (:meth:`Document.warm`), before the user can start a
drag. An edit before that builds it first. The answers are the same either way.

Today: :attr:`Document.today` is the day "used today", the today mark and
Go to Today count from. A document made without an explicit ``today``
follows the clock: once a minute it compares the date and, when it changed
(midnight, or a laptop woken on another day), moves :attr:`today` and emits
``todayChanged``.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from planner import collector, log, storage
from planner.core.engine import Change, Evaluator, Usage
from planner.core.lazy import lazy_module
from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rules import RuleSet
from planner.core.timeline import ConflictIndex
from planner.storage import ItineraryError, UnsupportedVersionError
from planner.storage.safety import Fingerprint, changed_since, fingerprint, save_with_backup
from planner.ui.commands import AddStay, AddStays, EditTraveller, RemoveStay, stay_command

if TYPE_CHECKING:
    from planner.core import context, rule_files
    from planner.core.context import StayIndex
else:  # the planning answers' index loads when first asked for, after the window shows
    context = lazy_module("planner.core.context")
    rule_files = lazy_module("planner.core.rule_files")  # read after the window shows

#: How long after the paint that asked (:meth:`Document.warm_soon`) the evaluator
#: builds its NumPy state. Not 0: a zero timer, or an event posted from the
#: paint, runs within the same pass of the event loop as the paint, before
#: the rest of what that pass would show; 50 ms is past that and still well
#: before a person's first drag (an edit sooner builds it itself).
WARM_AFTER_MS = 50


def writable(path: Path) -> bool:
    """True when a save could replace ``path``: the file and its folder are writable.

    Saves are atomic (a temporary file in the same folder, then a rename), so
    the folder must be writable too.
    """
    folder = path.parent
    return os.access(folder, os.W_OK | os.X_OK) and (not path.exists()
                                                      or os.access(path, os.W_OK))


def clock_today() -> dt.date:
    """The local date now (one place, so that tests can move the clock)."""
    return dt.date.today()


class Document(QObject):
    """An itinerary being edited, with its evaluation, path and undo history."""

    stayChanged = Signal(int)
    stayAboutToBeInserted = Signal(int)  # before the list changes (for item models)
    stayInserted = Signal(int)
    stayAboutToBeRemoved = Signal(int)
    stayRemoved = Signal(int)
    travellerChanged = Signal()
    evaluated = Signal(object)  # planner.core.engine.Change
    conflictsChanged = Signal(object)  # set[int]: stays whose conflicts set_stay changed
    reset = Signal()  # a new itinerary (or new rule data) replaced the old one entirely
    pathChanged = Signal()
    modifiedChanged = Signal(bool)
    readOnlyChanged = Signal(bool)  # the file may be read but not written back
    todayChanged = Signal()  # the date rolled over while the window was open

    def __init__(self, itinerary: Itinerary | None = None, *, rules: RuleSet | None = None,
                 path: Path | None = None, today: dt.date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rules = rules if rules is not None else rule_files.bundled_rules()
        self.today = today or clock_today()
        self.clock: QTimer | None = None
        if today is None:  # follow the calendar: the date may change under an open window
            self.clock = QTimer(self)
            self.clock.setInterval(60_000)
            self.clock.timeout.connect(self.follow_clock)
            self.clock.start()
        self._itinerary = itinerary or Itinerary()
        self._path = path
        self._warm_timer = QTimer(self)  # see warm_soon()
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_AFTER_MS)
        self._warm_timer.timeout.connect(self.warm)
        self.evaluator: Evaluator
        self._indexed: StayIndex | None  # see stay_index()
        self._judge_anew()
        self.clashes = ConflictIndex(self._itinerary.stays)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._preview: tuple[int, Stay] | None = None
        # Saving: backups go under ``backup_root`` (None: the user's
        # data folder); ``_seen`` is the file as last read or written, so that
        # a save notices another program's change; ``_read_only`` files are
        # only ever saved elsewhere (Save As).
        self.backup_root: Path | None = None
        self._seen: Fingerprint | None = fingerprint(path) if path else None
        self._read_only = False
        self._protected: Path | None = None  # a newer-version file: never written
        self.newer_version: int | None = None

    def __del__(self) -> None:
        """Empty the undo history while this document is still whole.

        The stack owns its commands in C++, and they are Python objects too. A
        closed window's document freed by the garbage collector, in the reference
        cycles between them, crashed now and then in ``QUndoStack::clear``,
        deleting a command that had been deleted already: the collector may clear
        the stack's or a command's Python side before the document's C++ side
        goes, and PySide then lets Python delete a command the stack still holds.
        Finalizers run before the collector clears anything, so emptying the
        history here has Qt delete every command while all of it is in one piece.
        """
        stack = self.__dict__.get("undo_stack")
        try:
            if stack is not None and shiboken6.isValid(stack) and stack.count():
                stack.blockSignals(True)  # nothing listening need hear of it now
                stack.clear()
        except Exception:  # noqa: BLE001 - logged: a finalizer must never raise
            log.ui.exception("the undo history of a closed document could not be emptied")

    def follow_clock(self) -> None:
        """Move :attr:`today` to the clock's date if that changed."""
        self.set_today(clock_today())

    def set_today(self, day: dt.date) -> None:
        if day != self.today:
            self.today = day
            self.todayChanged.emit()

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # ---- state ---------------------------------------------------------------

    @property
    def itinerary(self) -> Itinerary:
        return self._itinerary

    @property
    def stays(self) -> tuple[Stay, ...]:
        return self._itinerary.stays

    @property
    def traveller(self) -> Traveller:
        return self._itinerary.traveller

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self._path.name if self._path else self.tr("Untitled")

    # ---- low level: called by undo commands only -------------------------------

    def set_stay(self, index: int, stay: Stay) -> None:
        if self._itinerary.stays[index] == stay:
            return
        self._itinerary = self._itinerary.replace_stay(index, stay)
        change = self.evaluator.replace(index, stay)
        moved = self.clashes.replace(index, stay)
        self._indexed = None
        self.stayChanged.emit(index)
        if moved:
            self.conflictsChanged.emit(moved)
        self._emit_change(change)

    def insert_stay(self, index: int, stay: Stay) -> None:
        stays = list(self._itinerary.stays)
        stays.insert(index, stay)
        self.stayAboutToBeInserted.emit(index)
        self._itinerary = self._itinerary.with_stays(stays)
        change = self.evaluator.insert(index, stay)
        self.clashes.rebuild(self._itinerary.stays)
        self._indexed = None
        self.stayInserted.emit(index)
        self._emit_change(change)

    def remove_stay(self, index: int) -> None:
        self.stayAboutToBeRemoved.emit(index)
        self._itinerary = self._itinerary.without_stay(index)
        change = self.evaluator.remove(index)
        self.clashes.rebuild(self._itinerary.stays)
        self._indexed = None
        self.stayRemoved.emit(index)
        self._emit_change(change)

    def set_traveller(self, traveller: Traveller) -> None:
        old = self._itinerary.traveller
        self._itinerary = replace(self._itinerary, traveller=traveller)
        self._indexed = None
        self.travellerChanged.emit()
        if old.nationality != traveller.nationality:
            self._emit_change(self.evaluator.set_nationality(traveller.nationality))

    def warm_soon(self) -> None:
        """Warm the evaluator (:meth:`warm`) :data:`WARM_AFTER_MS` from now, when
        the event loop is free; nothing when it is warm already or will be."""
        if not self.evaluator.is_warm and not self._warm_timer.isActive():
            self._warm_timer.start()

    def warm(self) -> None:
        """Build the evaluator's NumPy state now, if it was deferred (module docstring)."""
        self._warm_timer.stop()
        self.evaluator.warm()
        if self._indexed is not None and self._indexed.plain:
            self._indexed = None  # (built again when asked, reading NumPy's strips)

    def _emit_change(self, change: Change) -> None:
        if change.spans:
            self.evaluated.emit(change)

    # ---- whole documents ---------------------------------------------------

    def use_rules(self, rules: RuleSet) -> None:
        """Judge by ``rules`` from now on: the stays, the file and the undo history
        stay, every stay is judged again and every view refreshes as for another
        itinerary (``reset``). The window starts on no rules and takes the rule
        data once it shows (:func:`planner.ui.window.app.build`)."""
        self.rules = rules
        self._judge_anew()
        self.reset.emit()

    def _judge_anew(self) -> None:
        """A deferred evaluator of the stays as they are now, and no index yet:
        the first paint of what they show asks to warm it (:meth:`warm_soon`)."""
        self.evaluator = Evaluator(self.rules, self.traveller.nationality, self.stays,
                                   deferred=True)
        self._warm_timer.stop()
        self._indexed = None

    def replace_all(self, itinerary: Itinerary, path: Path | None, *,
                    seen: Fingerprint | None = None, read_only: bool = False) -> None:
        """Show another itinerary (New, Open): history is cleared, nothing is modified."""
        self._preview = None
        self._seen = seen
        if self._protected is not None and (path is None or not _same_file(path, self._protected)):
            self._protected = None
            self.newer_version = None
        if read_only != self._read_only or read_only:
            self._read_only = read_only
            self.readOnlyChanged.emit(read_only)
        self._itinerary = itinerary
        self._judge_anew()
        self.clashes.rebuild(itinerary.stays)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._path = path
        self.reset.emit()
        self.pathChanged.emit()
        self.modifiedChanged.emit(False)

    def open(self, path: Path) -> None:
        """Read ``path``; raises ``planner.storage.ItineraryError`` and changes nothing.

        A file from a newer format version that this version can still read
        opens read-only (:attr:`newer_version` says which version) and is
        never written: Save goes to Save As, and Save As refuses its name.
        """
        with collector.opening():  # the load's objects all stay: no collection meanwhile
            newer = None
            try:
                itinerary = storage.read_itinerary(path)
            except UnsupportedVersionError as e:
                try:
                    itinerary = storage.read_itinerary(path, accept_newer=True)
                except ItineraryError:
                    raise e from None
                newer = e.version
            self.newer_version = newer
            self._protected = path if newer is not None else None
            self.replace_all(itinerary, path, seen=fingerprint(path),
                             read_only=newer is not None or not writable(path))

    def save(self, path: Path | None = None) -> None:
        """Write the itinerary to ``path`` (default: its own); raises ItineraryError."""
        target = path or self._path
        if target is None:
            raise ValueError("no file to save to")
        if self._protected is not None and _same_file(target, self._protected):
            raise ItineraryError(str(target), self.tr(
                "it was made by a newer version of Stay Planner; saving it here would lose "
                "what this version does not understand. Choose another name"), saving=True)
        save_with_backup(self._itinerary, target, backup_root=self.backup_root)
        self._seen = fingerprint(target)
        self.newer_version = None
        if self._read_only:
            self._read_only = False
            self.readOnlyChanged.emit(False)
        if target != self._path:
            self._path = target
            self.pathChanged.emit()
        self.undo_stack.setClean()

    @property
    def read_only(self) -> bool:
        """True for a file this user may not write (Save goes to Save As)."""
        return self._read_only

    def changed_on_disk(self) -> bool:
        """True when the file differs from what was last read or saved here.

        A file that is gone is not a conflict: saving simply writes it again.
        """
        if self._path is None or self._seen is None or fingerprint(self._path) is None:
            return False
        return changed_since(self._path, self._seen)

    @property
    def seen(self) -> Fingerprint | None:
        """The file's fingerprint as this document last read or saved it."""
        return self._seen

    def restore(self, itinerary: Itinerary, path: Path | None,
                seen: Fingerprint | None = None) -> None:
        """Show recovered unsaved work: ``path`` kept for Save, the document modified.

        ``seen`` is the fingerprint the file had when the lost window read it
        (carried by the recovery file), so that Save still notices a change
        another program made since; without it, the file as it is now.
        """
        if seen is None and path is not None:
            seen = fingerprint(path)  # None: no file there now
        read_only = path is not None and fingerprint(path) is not None and not writable(path)
        self.replace_all(itinerary, path, seen=seen, read_only=read_only)
        self.undo_stack.resetClean()  # no state of the history matches a file

    # ---- intents: each one is one undo step --------------------------------------

    def edit_stay(self, index: int, stay: Stay, *, kind: str = "edit", merge: bool = False
                  ) -> None:
        """Replace stay ``index``; ``kind`` is "move", "resize" or "edit"."""
        old = self._itinerary.stays[index]
        if old != stay:
            self.undo_stack.push(stay_command(self, index, old, stay, kind, merge=merge))

    def add_stay(self, stay: Stay) -> int:
        """Append a stay; returns its index."""
        index = len(self._itinerary.stays)
        self.undo_stack.push(AddStay(self, index, stay))
        return index

    def add_stays(self, stays: list[Stay], text: str) -> None:
        """Append several stays (an import) as one undo step named ``text``."""
        if stays:
            self.undo_stack.push(AddStays(self, stays, text))

    def delete_stay(self, index: int) -> None:
        self.undo_stack.push(RemoveStay(self, index, self._itinerary.stays[index]))

    def edit_traveller(self, traveller: Traveller) -> None:
        if traveller != self._itinerary.traveller:
            self.undo_stack.push(EditTraveller(self, self._itinerary.traveller, traveller))

    # ---- live preview during a drag ----------------------------------------------

    def begin_preview(self, index: int) -> None:
        self._preview = (index, self._itinerary.stays[index])

    @property
    def previewing(self) -> bool:
        return self._preview is not None

    def preview(self, stay: Stay) -> None:
        """Show ``stay`` in place of the dragged one, re-judged incrementally."""
        assert self._preview is not None, "preview() without begin_preview()"
        self.set_stay(self._preview[0], stay)

    def commit_preview(self, kind: str) -> None:
        """End the drag: the stay as previewed becomes one undo step."""
        assert self._preview is not None
        index, original = self._preview
        self._preview = None
        final = self._itinerary.stays[index]
        if final != original:
            self.undo_stack.push(stay_command(self, index, original, final, kind))

    def cancel_preview(self) -> None:
        if self._preview is None:
            return
        index, original = self._preview
        self._preview = None
        self.set_stay(index, original)

    # ---- questions the views ask -----------------------------------------------

    def stay_index(self) -> StayIndex:
        """The itinerary indexed for the planning answers
        (:class:`~planner.core.context.StayIndex`), built when first asked after
        a change: the Today table and the deadlines ask of the same one (before
        the evaluator has warmed, one that answers without NumPy)."""
        if self._indexed is None:
            self._indexed = context.StayIndex(self.rules, self.traveller.nationality,
                                              self.stays, plain=not self.evaluator.is_warm)
        return self._indexed

    def stays_on(self, day: dt.date) -> list[int]:
        return [i for i, s in enumerate(self._itinerary.stays) if s.covers(day)]

    def destinations_on(self, day: dt.date) -> list[str]:
        """Destinations with rules in which the traveller counts as present on ``day``."""
        out: list[str] = []
        for s in self._itinerary.stays:
            if not s.covers(day):
                continue
            for dest, segs in self.evaluator.segments(s).items():
                if dest not in out and any(a <= day.toordinal() <= b for a, b in segs):
                    out.append(dest)
        return out

    def counters(self, day: dt.date) -> list[Usage]:
        """"Days used / allowed" on ``day`` for each destination present that day."""
        out = []
        for dest in self.destinations_on(day):
            u = self.evaluator.counter(dest, day)
            if u is not None:
                out.append(u)
        return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b

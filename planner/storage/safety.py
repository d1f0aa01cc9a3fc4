"""Keeping itineraries safe around saves: backups, recovery files, conflicts.

* :func:`save_with_backup` copies the file about to be replaced into a backup
  folder (a few generations per file) and then saves atomically.
* :class:`RecoveryStore` keeps autosaved copies of unsaved work in the user's
  state folder, each with the fingerprint of its file as it was opened and a
  lock that dies with the window's process; after a crash the next start
  lists them with :meth:`RecoveryStore.pending` (at once: no process-id
  test), and a clean exit discards them.
* :func:`fingerprint` notes what a file looked like when it was opened, so a
  save can tell that another window or program changed it meanwhile.
* :func:`~planner.storage.atomic.sweep_stale_temps` (run by every save)
  removes temporary files left by a save that was killed half-way.

Nothing here imports Qt; folders default to the platformdirs locations
(:mod:`planner.storage.folders`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from planner import limits, log
from planner.core.lazy import lazy_module
from planner.core.model import Itinerary
from planner.i18n import _
from planner.storage.atomic import _alive, os_problem
from planner.storage.digest import sha256
from planner.storage.errors import ItineraryError
from planner.storage.folders import data_dir, state_dir

if TYPE_CHECKING:
    from planner.storage import itinerary_file, output, process_lock
else:  # the window makes its RecoveryStore before it shows, and saves or reads
    # recovery files only after: the file format and the writer load then (and
    # json, imported in the functions that read or write one).
    itinerary_file = lazy_module("planner.storage.itinerary_file")
    output = lazy_module("planner.storage.output")
    process_lock = lazy_module("planner.storage.process_lock")

BACKUP_GENERATIONS = 5
RECOVERY_FORMAT = "stay-planner-recovery"


def _key(path: Path) -> str:
    """A folder name for one file: its stem and a hash of its absolute path."""
    full = str(path.expanduser().resolve())
    hasher = sha256()
    hasher.update(full.encode("utf-8", "surrogatepass"))
    digest = hasher.hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", path.stem)[:40] or "itinerary"
    return f"{stem}-{digest}"


# ---- backups ---------------------------------------------------------------


def backups_of(path: Path, backup_root: Path | None = None) -> list[Path]:
    """Backups of ``path``, newest first."""
    folder = (backup_root or data_dir() / "backups") / _key(Path(path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.stayplan"), reverse=True)


def save_with_backup(it: Itinerary, path: Path | str, *, backup_root: Path | None = None,
                     keep: int = BACKUP_GENERATIONS) -> Path | None:
    """Back up the file at ``path`` (if any), then save ``it`` there atomically.

    Returns the backup made, if one was. The backup is a byte copy named by
    the time of the save, written like every file (:mod:`planner.storage.output`);
    only the ``keep`` newest are kept. A failing backup (a full disk, say)
    stops the save: the user's file is untouched. A target that may not be
    written (a FIFO, a device, a read-only file) is refused before anything.
    """
    target = Path(path)
    real = output.check_target(target, output.Kind.ITINERARY, force=True)
    made = None
    if real.exists():
        root = backup_root or data_dir() / "backups"
        folder = root / _key(target)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        made = folder / f"{stamp}.stayplan"
        try:
            data = limits.read_regular(real, limits.MAX_ITINERARY_BYTES, _("an itinerary file"))
            output.private_folder(root)  # (its folders name the user's files)
            output.private_folder(folder)
            output.write_output(made, data, output.Kind.BACKUP)
        except (OSError, limits.FileRefused, ItineraryError) as e:
            reason = (e.detail if isinstance(e, ItineraryError)
                      else os_problem(e, reading=False) if isinstance(e, OSError) else str(e))
            raise ItineraryError(str(target), _("could not make a backup first ({error})")
                                 .format(error=reason), saving=True) from None
        for old in backups_of(target, backup_root)[keep:]:
            try:
                old.unlink()
            except OSError as e:
                log.storage.warning("cannot remove old backup %s: %s", old, e)
    itinerary_file.write_itinerary(it, target, force=True)
    return made


# ---- recovery ----------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """Unsaved work found after a crash.

    ``seen`` is the fingerprint the file at ``original`` had when the crashed
    window opened (or last saved) it, so that a Save after Restore still
    notices that another program changed the file meanwhile; ``None`` when
    there was no file, or the recovery file is from a version that did not
    record it.
    """

    file: Path           # the recovery file itself
    original: Path | None  # the itinerary it belongs to (None: never saved)
    saved_at: dt.datetime
    itinerary: Itinerary
    seen: Fingerprint | None = None

    @property
    def lock_file(self) -> Path:
        """The lock its window held while it ran (see :mod:`planner.storage.process_lock`)."""
        return _lock_of(self.file)


_SUFFIX = ".recovery.json"


def _lock_of(recovery_file: Path) -> Path:
    return recovery_file.with_name(recovery_file.name.removesuffix(_SUFFIX) + ".lock")


class RecoveryStore:
    """Autosaved copies of unsaved work, one file per open document.

    While a document's work is kept here, this process holds a lock that dies
    with it (:class:`~planner.storage.process_lock.ProcessLock`) on
    ``ID.lock``; :meth:`pending` offers the files whose lock nobody holds,
    the moment their process is gone.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or state_dir() / "recovery"
        self._locks: dict[str, process_lock.ProcessLock] = {}

    def path_for(self, doc_id: str) -> Path:
        return self.folder / f"{re.sub(r'[^A-Za-z0-9_-]', '_', doc_id)}{_SUFFIX}"

    def write(self, doc_id: str, it: Itinerary, original: Path | None,
              now: dt.datetime | None = None, *, seen: Fingerprint | None = None) -> Path:
        """Atomically write (or replace) the recovery file of one document.

        ``seen`` is the fingerprint of ``original`` as the document read or
        last saved it; it travels with the work (see :class:`Recovery`).
        """
        import json

        output.private_folder(self.folder)
        target = self.path_for(doc_id)
        lock = self._locks.setdefault(doc_id, process_lock.ProcessLock(_lock_of(target)))
        if not lock.acquire():
            log.storage.warning("recovery lock %s is held by another process", lock.path)
        doc = {
            "format": RECOVERY_FORMAT, "version": 1,
            "original": None if original is None else str(original),
            "saved_at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "seen": None if seen is None else seen._asdict(),
            "itinerary": itinerary_file.itinerary_to_dict(it),
        }
        output.write_output(target, json.dumps(doc, ensure_ascii=False).encode("utf-8"),
                            output.Kind.RECOVERY, force=True, check=_reads_back)
        return target

    def discard(self, doc_id: str) -> None:
        """Delete the document's recovery file and let its lock go."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(doc_id).unlink()
        lock = self._locks.pop(doc_id, None)
        if lock is not None:
            lock.release(remove=True)

    def abandon(self) -> None:
        """Let every lock go and keep the recovery files, as a crash would.

        The work is then offered by the next :meth:`pending`, here or in a
        new process (for a window that cannot go on but wants its work kept).
        """
        for lock in self._locks.values():
            lock.release()
        self._locks.clear()

    def pending(self, *, include_running: bool = False) -> list[Recovery]:
        """Recovery files left by processes that are gone, newest first.

        Files whose lock another process (another open window) holds are
        skipped unless ``include_running``; so are this store's own. A file
        without a lock file was written by an older version: its process id
        decides. Unreadable ones are skipped too (and left in place for a
        person to look at).
        """
        import json

        if not self.folder.is_dir():
            return []
        out = []
        for f in self.folder.glob(f"*{_SUFFIX}"):
            try:
                data = limits.read_regular(f, limits.MAX_ITINERARY_BYTES, _("a recovery file"))
                doc = json.loads(data)
                if doc.get("format") != RECOVERY_FORMAT:
                    continue
                if not include_running and _running(f, doc.get("pid")):
                    continue
                it = itinerary_file.parse_itinerary(doc["itinerary"], str(f))
                saved = dt.datetime.fromisoformat(doc["saved_at"])
                original = Path(doc["original"]) if doc.get("original") else None
                seen = _fingerprint_from(doc.get("seen"))
            except (OSError, ValueError, KeyError, TypeError, ItineraryError) as e:
                log.storage.warning("skipping recovery file %s: %s", f, e)
                continue
            out.append(Recovery(f, original, saved, it, seen))
        return sorted(out, key=lambda r: r.saved_at, reverse=True)


def _reads_back(data: bytes) -> None:
    """A recovery file :meth:`RecoveryStore.pending` will read: size, JSON, itinerary."""
    import json

    origin = _("a recovery file")
    itinerary_file.check_size(len(data), origin, origin, itinerary=True, saving=True)
    try:
        inner = json.loads(data)["itinerary"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ItineraryError(origin, str(exc), saving=True) from None
    itinerary_file.parse_itinerary(inner, origin)


def forget_recovery(recovery: Recovery) -> None:
    """Delete a recovery file and its lock file (restored elsewhere, or discarded)."""
    for f in (recovery.file, recovery.lock_file):
        try:
            f.unlink()
        except FileNotFoundError:
            pass
        except OSError as e:
            log.storage.warning("cannot remove %s: %s", f, e)


def _running(recovery_file: Path, pid: object) -> bool:
    """Is the window that wrote ``recovery_file`` still open?

    Its lock says so; where there is no lock file (an older version wrote
    the file) or locks do not work, its process id decides.
    """
    lock = _lock_of(recovery_file)
    held = process_lock.held_elsewhere(lock) if lock.exists() else None
    return _alive(pid) if held is None else held


def _fingerprint_from(raw: object) -> Fingerprint | None:
    if not isinstance(raw, dict):
        return None
    size, mtime, digest = raw.get("size"), raw.get("mtime_ns"), raw.get("sha256")
    if not (isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str)):
        return None
    return Fingerprint(size, mtime, digest)


# ---- conflicts -----------------------------------------------------------------


class Fingerprint(NamedTuple):
    """What a file was when it was read: size, modification time, content hash."""

    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: Path | str) -> Fingerprint | None:
    """The file's fingerprint now, or None when there is no file.

    Only a regular file is read (a FIFO put in its place must not block
    us); anything else is fingerprinted by its kind, so it differs from any
    file's fingerprint.
    """
    p = Path(path)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            return Fingerprint(st.st_size, st.st_mtime_ns, f"not a regular file ({st.st_mode:o})")
        digest = sha256()
        with open(p, "rb") as stream:
            while chunk := stream.read(1024 * 1024):
                digest.update(chunk)
    except (OSError, ValueError):
        return None
    return Fingerprint(st.st_size, st.st_mtime_ns, digest.hexdigest())


def changed_since(path: Path | str, seen: Fingerprint | None) -> bool:
    """True when the file's content differs from what ``seen`` recorded."""
    now = fingerprint(path)
    if seen is None or now is None:
        return seen != now
    return now.sha256 != seen.sha256

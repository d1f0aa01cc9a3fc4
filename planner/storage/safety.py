"""Keeping itineraries safe around saves: backups, recovery files, conflicts.

* :func:`save_with_backup` copies the file about to be replaced into a backup
  folder (a few generations per file) and then saves atomically.
* :class:`RecoveryStore` keeps autosaved copies of unsaved work in the user's
  state folder; after a crash the next start lists them with
  :meth:`RecoveryStore.pending`, and a clean exit discards them.
* :func:`fingerprint` notes what a file looked like when it was opened, so a
  save can tell that another window or program changed it meanwhile.
* :func:`~planner.storage.atomic.sweep_stale_temps` (run by every save)
  removes temporary files left by a save that was killed half-way.

Nothing here imports Qt; folders default to the platformdirs locations.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from planner.core.model import Itinerary
from planner.i18n import _
from planner.storage.atomic import _alive, replace_file
from planner.storage.errors import ItineraryError
from planner.storage.itinerary_file import (
    itinerary_to_dict,
    parse_itinerary,
    write_itinerary,
)

APP = "stay-planner"
BACKUP_GENERATIONS = 5
RECOVERY_FORMAT = "stay-planner-recovery"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def state_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir(APP, appauthor=False))


def _key(path: Path) -> str:
    """A folder name for one file: its stem and a hash of its absolute path."""
    import hashlib  # OpenSSL loads on first save, not at start

    full = str(path.expanduser().resolve())
    digest = hashlib.sha256(full.encode("utf-8", "surrogatepass")).hexdigest()[:10]
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
    the time of the save; only the ``keep`` newest are kept. A failing backup
    (a full disk, say) stops the save: the user's file is untouched.
    """
    target = Path(path)
    made = None
    if target.is_file():
        folder = (backup_root or data_dir() / "backups") / _key(target)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        made = folder / f"{stamp}.stayplan"
        import shutil

        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, made)
        except OSError as e:
            raise ItineraryError(str(target), _("could not make a backup first ({error})")
                                 .format(error=e.strerror), saving=True) from None
        for old in backups_of(target, backup_root)[keep:]:
            with contextlib.suppress(OSError):
                old.unlink()
    write_itinerary(it, target)
    return made


# ---- recovery ----------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """Unsaved work found after a crash."""

    file: Path           # the recovery file itself
    original: Path | None  # the itinerary it belongs to (None: never saved)
    saved_at: dt.datetime
    itinerary: Itinerary


class RecoveryStore:
    """Autosaved copies of unsaved work, one file per open document."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or state_dir() / "recovery"

    def path_for(self, doc_id: str) -> Path:
        return self.folder / f"{re.sub(r'[^A-Za-z0-9_-]', '_', doc_id)}.recovery.json"

    def write(self, doc_id: str, it: Itinerary, original: Path | None,
              now: dt.datetime | None = None) -> Path:
        """Atomically write (or replace) the recovery file of one document."""
        self.folder.mkdir(parents=True, exist_ok=True)
        doc = {
            "format": RECOVERY_FORMAT, "version": 1,
            "original": None if original is None else str(original),
            "saved_at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "itinerary": itinerary_to_dict(it),
        }
        target = self.path_for(doc_id)
        replace_file(target, json.dumps(doc, ensure_ascii=False).encode("utf-8"), str(target))
        return target

    def discard(self, doc_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(doc_id).unlink()

    def pending(self, *, include_running: bool = False) -> list[Recovery]:
        """Recovery files left by processes that are gone, newest first.

        Files of a process still running (another open window) are skipped
        unless ``include_running``; unreadable ones are skipped too (and left
        in place for a person to look at).
        """
        if not self.folder.is_dir():
            return []
        out = []
        for f in self.folder.glob("*.recovery.json"):
            try:
                doc = json.loads(f.read_text(encoding="utf-8"))
                if doc.get("format") != RECOVERY_FORMAT:
                    continue
                if not include_running and _alive(doc.get("pid")):
                    continue
                it = parse_itinerary(doc["itinerary"], str(f))
                saved = dt.datetime.fromisoformat(doc["saved_at"])
                original = Path(doc["original"]) if doc.get("original") else None
            except (OSError, ValueError, KeyError, TypeError, ItineraryError):
                continue
            out.append(Recovery(f, original, saved, it))
        return sorted(out, key=lambda r: r.saved_at, reverse=True)


# ---- conflicts -----------------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """What a file was when it was read: size, modification time, content hash."""

    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: Path | str) -> Fingerprint | None:
    """The file's fingerprint now, or None when there is no file."""
    import hashlib

    p = Path(path)
    try:
        st = p.stat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
    except OSError:
        return None
    return Fingerprint(st.st_size, st.st_mtime_ns, digest)


def changed_since(path: Path | str, seen: Fingerprint | None) -> bool:
    """True when the file's content differs from what ``seen`` recorded."""
    now = fingerprint(path)
    if seen is None or now is None:
        return seen != now
    return now.sha256 != seen.sha256

"""A lock that dies with its process: how a recovery file tells "still open" from "left by a crash".

A running window holds :class:`ProcessLock` on ``NAME.lock`` next to its
recovery file for as long as the document is open. The operating system
releases the lock the moment the process ends, however it ends (``kill
-9``, a crash, a power-off), before the process is reaped: unlike a test of
its process id, which still answers "running" for a killed process that its
parent has not waited for yet (a zombie), or for an unrelated process that
got the same id later. :func:`held_elsewhere` asks, without waiting, whether
another open file holds the lock (on POSIX an ``flock``, which two opens in
one process also exclude each other from; on Windows ``msvcrt.locking``).
Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from planner import log


def _try_lock(fd: int) -> bool:
    """Take the lock on ``fd`` without waiting; False when another holder has it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class ProcessLock:
    """An exclusive lock on one file, held until :meth:`release` or the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock (creating the file); False when another process holds it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            locked = _try_lock(fd)
        except OSError as exc:  # no locks on this file system (some network shares)
            log.storage.warning("cannot lock %s: %s", self.path, exc)
            locked = True  # held in name only; readers fall back to the process id
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self, *, remove: bool = False) -> None:
        """Let the lock go; with ``remove``, delete the lock file first (while still held)."""
        if self._fd is None:
            return
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def held_elsewhere(path: Path) -> bool | None:
    """True when some open file (another process, or another lock here) holds ``path``.

    A missing lock file is not held. ``None`` when it cannot be told (the
    file system has no locks, or the file cannot be opened): the caller
    decides another way. The check takes and drops the lock at once; it
    never waits.
    """
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.storage.warning("cannot open lock file %s: %s", path, exc)
        return None
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    except OSError as exc:
        log.storage.warning("cannot test lock file %s: %s", path, exc)
        return None
    finally:
        os.close(fd)

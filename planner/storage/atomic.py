"""Atomic file replacement: a file is either the old one or the new, never half.

:func:`replace_file` writes bytes to a temporary file in the target's folder,
flushes them to disk and renames the temporary file over the target (a rename
within one folder is atomic on POSIX and Windows). Used for saving itineraries
and meant for autosave files too. :func:`os_problem` turns an operating-system
error into a few words a user understands, in the current language.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from planner.i18n import _
from planner.storage.errors import ItineraryError


def replace_file(target: Path, data: bytes, origin: str) -> None:
    """Put ``data`` at ``target`` atomically; :class:`ItineraryError` on failure.

    The temporary file is ``.NAME.PID.XXXX.tmp`` next to the target and is
    removed on any failure (one left by a killed process is swept away by the
    next save); an existing target keeps its permission bits, a new one
    gets the usual ``0o666`` minus the umask. ``origin`` names the file in
    error messages.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ItineraryError(origin, _("the folder '{folder}' does not exist")
                             .format(folder=folder), saving=True)
    import tempfile

    mode = _mode_for(target, origin)
    try:
        sweep_stale_temps(target)
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp",
                                         dir=folder)
    except OSError as exc:
        raise ItineraryError(origin, os_problem(exc, reading=False), saving=True) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise ItineraryError(origin, os_problem(exc, reading=False), saving=True) from exc
        raise
    _sync_folder(folder)


def sweep_stale_temps(target: Path) -> list[Path]:
    """Remove ``.NAME.<pid>.*.tmp`` files next to ``target`` whose process is gone.

    A save killed between creating its temporary file and renaming it leaves
    one behind; the target itself is always whole (old or new).
    """
    removed = []
    for f in target.parent.glob(f".{target.name}.*.tmp"):
        m = re.match(rf"^\.{re.escape(target.name)}\.(\d+)\.", f.name)
        if m and not _alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                f.unlink()
                removed.append(f)
    return removed


def _alive(pid: object) -> bool:
    """True when a process with this id runs (this one included)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _mode_for(target: Path, origin: str) -> int:
    """The permission bits the saved file gets: the old file's, or the default."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    except OSError as exc:
        raise ItineraryError(origin, os_problem(exc, reading=False), saving=True) from None
    if stat.S_ISDIR(info.st_mode):
        raise ItineraryError(origin, _("it is a folder"), saving=True)
    if not stat.S_ISREG(info.st_mode):
        raise ItineraryError(origin, _("it is not a regular file"), saving=True)
    if not os.access(target, os.W_OK):
        raise ItineraryError(origin, _("the file is read-only"), saving=True)
    return stat.S_IMODE(info.st_mode)


def _umask() -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # no /proc: read it by setting it, and put it back
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where unsupported."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def os_problem(exc: OSError, *, reading: bool) -> str:
    """What an operating-system error means for the user, in a few words."""
    if isinstance(exc, FileNotFoundError):
        return _("there is no such file") if reading else _("its folder does not exist")
    if isinstance(exc, IsADirectoryError):
        return _("it is a folder, not an itinerary file")
    if isinstance(exc, NotADirectoryError):
        return _("a part of the path is a file, not a folder")
    if isinstance(exc, PermissionError):
        return (
            _("permission denied (you may not read it)")
            if reading
            else _("permission denied (you may not write in its folder)")
        )
    if exc.errno == errno.ENOSPC:
        return _("the disk is full")
    if exc.errno == errno.EROFS:
        return _("the disk is read-only")
    if exc.errno == getattr(errno, "EDQUOT", None):
        return _("your disk quota is used up")
    return exc.strerror or str(exc)  # the system's words

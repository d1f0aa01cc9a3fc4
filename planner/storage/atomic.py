"""Small pieces under every save: stale temporary files, the umask, folder sync, OS errors.

:mod:`planner.storage.output` writes every file through a temporary file in
the target's folder; :func:`sweep_stale_temps` removes the ones a killed
process left behind, :func:`umask` gives a new file's permission bits,
:func:`sync_folder` makes a rename durable, and :func:`os_problem` turns an
operating-system error into a few words a user understands, in the current
language ("the disk is full").
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path

from planner.i18n import _


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


def umask() -> int:
    """The process's umask, read without changing it where /proc allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # no /proc: read it by setting it, and put it back
    os.umask(mask)
    return mask


def sync_folder(folder: Path) -> None:
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

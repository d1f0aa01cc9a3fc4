"""Every file the program writes goes through here: itineraries, PDFs, ICS, CSV, backups, recovery.

:func:`write_output` puts bytes at a path so that the user never loses a
file, whatever happens:

* **never the input**: a target that is the same file (same device and
  inode, so a hard link or another spelling too) as one of ``inputs`` is
  refused, even when replacing is allowed;
* **never anything but a regular file**: a folder, a FIFO, a device or a
  socket at the target is refused (``-o /dev/full`` as root would otherwise
  replace the system's device); a symbolic link is written *through* — the
  file it names gets the new content and the link stays;
* **an existing file only when asked** (``force``; the command line's
  ``--force``, the window's file dialog after its own question), and a
  read-only one never; a file that is an itinerary is never replaced by
  anything but an itinerary (a PDF, a calendar or a CSV file onto
  ``trip.stayplan`` is refused, ``force`` or not);
* **checked before it is written**: the bytes are verified for their kind
  (:func:`verify`: a PDF has its header, cross-reference table and
  trailer; for the other kinds the caller passes its reader, so that an
  itinerary or a recovery file reads back under the reader's limits and a
  calendar or CSV file parses; a backup is a byte copy, checked by reading
  it back), then written to a
  temporary file in the same folder (``.NAME.PID.XXXX.tmp``), flushed to
  disk, read back and compared, and only then renamed over the target (a
  rename within one folder is atomic), and the folder is flushed too. A new
  file is put in place with a hard link where the file system has them, so
  that a file that appeared meanwhile is not replaced without ``force``.

Backups and recovery files hold the user's whole itinerary, somewhere the
user does not look: they are made readable by the user alone (files
``0600``, in folders made by :func:`private_folder`, ``0700``), whatever the
umask.

A crash, a ``kill -9`` or a full disk at any moment leaves the old file (or
no file, when there was none) or the new one, never a mixture; the
temporary file is removed on failure, or swept away by the next save when
the process was killed. Every failure is an
:class:`~planner.storage.errors.ItineraryError` (``saving=True``) whose
message says what went wrong in words: "the disk is full", "it is a FIFO
(named pipe), not a file to write", "it already exists (add --force to
replace it)".
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from planner import limits
from planner.i18n import _
from planner.storage.atomic import os_problem, sweep_stale_temps, sync_folder, umask
from planner.storage.errors import ItineraryError


class Kind(enum.Enum):
    """What is being written; it decides how the bytes are verified."""

    ITINERARY = "itinerary"
    PDF = "pdf"
    ICS = "ics"
    CSV = "csv"
    BACKUP = "backup"
    RECOVERY = "recovery"
    RULES = "rules"


#: Kinds written for the user's eyes only (mode 0600 for a new file).
PRIVATE_KINDS = frozenset({Kind.BACKUP, Kind.RECOVERY})
#: A reader's check of bytes about to be written: raises ItineraryError, or returns.
Check = Callable[[bytes], object]
#: Kinds that may replace an itinerary file (with ``force``).
_ITINERARY_KINDS = frozenset({Kind.ITINERARY, Kind.BACKUP, Kind.RECOVERY})
_ITINERARY_MARK = re.compile(rb'"format"\s*:\s*"stay-planner"')


def _fail(origin: str, detail: str) -> ItineraryError:
    return ItineraryError(origin, detail, saving=True)


def check_target(path: str | os.PathLike[str], kind: Kind, *, force: bool = False,
                 inputs: Iterable[str | os.PathLike[str]] = (), origin: str | None = None
                 ) -> Path:
    """The file that writing to ``path`` would replace or create, or why it may not.

    Callers run this before any long work (rendering a PDF, reading a large
    import) so that a refusal comes first; :func:`write_output` runs it again
    just before writing. Symbolic links are followed: the path returned is
    the real file. Raises :class:`ItineraryError` (``saving=True``).
    """
    name = os.fspath(path)
    origin = name if origin is None else origin
    if not name:
        raise _fail("", _("no file name was given to write to"))
    try:
        target = Path(os.path.realpath(name))
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except ValueError:  # a NUL character in the name
        raise _fail(origin, _("this is not a valid file name")) from None
    except OSError as exc:
        raise _fail(origin, os_problem(exc, reading=False)) from None
    if not target.parent.is_dir():
        raise _fail(origin, _("the folder '{folder}' does not exist").format(
            folder=target.parent))
    if info is None:
        return target
    if not stat.S_ISREG(info.st_mode):
        raise _fail(origin, _("it is {kind}, not a file to write").format(
            kind=limits.kind_of(info.st_mode)))
    for source in inputs:
        with contextlib.suppress(OSError, ValueError):
            other = os.stat(source)
            if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
                raise _fail(origin, _("it is the input file being read; choose another "
                                      "file to write"))
    if kind not in _ITINERARY_KINDS and _is_itinerary(target):
        raise _fail(origin, _("it is an itinerary file; writing {what} there would replace "
                              "it. Choose another file").format(what=_what(kind)))
    if not force:
        raise _fail(origin, _("it already exists (add --force to replace it)"))
    if not os.access(target, os.W_OK):
        raise _fail(origin, _("the file is read-only"))
    return target


def _what(kind: Kind) -> str:
    return {Kind.PDF: _("a PDF"), Kind.ICS: _("a calendar file"),
            Kind.CSV: _("a CSV file"), Kind.RULES: _("a rule file")}.get(kind, kind.value)


def _is_itinerary(target: Path) -> bool:
    """An existing file that is (or claims to be) a Stay Planner itinerary."""
    if target.suffix.lower() == ".stayplan":
        return True
    try:
        with open(target, "rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return _ITINERARY_MARK.search(head) is not None


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and its parents) if missing; ``folder`` itself is the
    user's alone (``0700``), tightened if it is the user's and more open.

    Raises :class:`OSError` as :meth:`Path.mkdir` does; the callers turn it
    into their own message.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.stat()
    if (hasattr(os, "getuid") and info.st_uid == os.getuid()
            and stat.S_IMODE(info.st_mode) & 0o077):
        folder.chmod(0o700)
    return folder


def write_output(path: str | os.PathLike[str], data: bytes, kind: Kind, *,
                 force: bool = False, inputs: Iterable[str | os.PathLike[str]] = (),
                 origin: str | None = None, check: Check | None = None) -> Path:
    """Put ``data`` at ``path`` safely (see the module); the real file written.

    ``force`` allows replacing an existing regular file; ``inputs`` are the
    files this output is made from, never to be written over; ``origin``
    names the file in messages (default: ``path`` as given). ``check`` is the
    reader of the kind, run on ``data`` before anything is written (an
    :class:`ItineraryError` from it refuses the save); a PDF is checked here
    (:func:`pdf_problem`).
    """
    origin = os.fspath(path) if origin is None else origin
    sources = tuple(inputs)
    target = check_target(path, kind, force=force, inputs=sources, origin=origin)
    verify(kind, data, origin, check)
    existed = target.exists()
    if kind in PRIVATE_KINDS:
        mode = 0o600
    else:
        mode = stat.S_IMODE(target.stat().st_mode) if existed else 0o666 & ~umask()
    try:
        sweep_stale_temps(target)
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.",
                                         suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _fail(origin, os_problem(exc, reading=False)) from None
    temp = Path(temp_name)
    try:
        try:
            _write_all(fd, data)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            os.fsync(fd)
            _read_back(fd, data, origin)
        finally:
            os.close(fd)
        # Checked again right before the rename: the target may have changed
        # while the bytes were written.
        check_target(path, kind, force=force, inputs=sources, origin=origin)
        _put_in_place(temp, target, replace=existed or force, origin=origin)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise _fail(origin, os_problem(exc, reading=False)) from exc
        raise
    sync_folder(target.parent)
    return target


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a short write is not an error)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # never by POSIX; a broken file system, or a test's fake
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _read_back(fd: int, data: bytes, origin: str) -> None:
    """What reached the file is exactly ``data`` (a lying file system stops here)."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1024 * 1024):
        chunks.append(chunk)
    if b"".join(chunks) != data:
        raise _fail(origin, _("what was written could not be read back the same "
                              "(the disk may be full or failing)"))


def _put_in_place(temp: Path, target: Path, *, replace: bool, origin: str) -> None:
    """Rename ``temp`` to ``target``; a new file without ``replace`` never replaces one."""
    if replace:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)
    except FileExistsError:
        raise _fail(origin, _("it already exists (add --force to replace it)")) from None
    except OSError:  # no hard links here (FAT, some network shares)
        os.replace(temp, target)
        return
    temp.unlink()


# -- verifying ---------------------------------------------------------------------


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def verify(kind: Kind, data: bytes, origin: str, check: Check | None = None) -> None:
    """Refuse bytes that are not a whole file of their kind (see :func:`write_output`)."""
    if kind is Kind.PDF:
        problem = pdf_problem(data)
        if problem is not None:
            raise _fail(origin, problem)
    if check is not None:
        try:
            check(data)
        except ItineraryError as exc:
            raise _fail(origin, exc.detail) from None


def pdf_problem(data: bytes) -> str | None:
    """Why ``data`` is not a whole PDF, or ``None``.

    A whole PDF begins with ``%PDF-`` and ends with ``startxref``, the offset
    of its cross-reference section (a table beginning ``xref`` or a stream
    object) and ``%%EOF``; a PDF cut short by a full disk has no such end.
    """
    if not data.startswith(b"%PDF-"):
        return _("the PDF was not made (it does not begin with %PDF-)")
    found = _STARTXREF.search(data[-1024:])
    if found is None:
        return _("the PDF is incomplete (it has no end: startxref and %%EOF)")
    offset = int(found.group(1))
    section = data[offset:offset + 32]
    if not (section.startswith(b"xref") or _OBJECT.match(section)):
        return _("the PDF is incomplete (its cross-reference table is missing)")
    if b"trailer" not in data[offset:] and not _OBJECT.match(section):
        return _("the PDF is incomplete (it has no trailer)")
    return None

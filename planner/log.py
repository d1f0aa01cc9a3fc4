"""Logging: a few named loggers, one rotating log file, stderr on request.

Every module logs through one of the categories below (``log.storage``,
``log.rules`` …), never through the root logger, so that a line in the log
file says which part of the program wrote it. :func:`setup` is called once by
each entry point (the window and the command line); before it, records go
nowhere but are not lost to a crash either: Python's last-resort handler
prints warnings and errors to stderr.

The log file is ``stay-planner.log`` in the platform's log folder
(``platformdirs.user_log_dir``; ``~/.local/state/stay-planner/log`` on
Linux), or in ``$STAY_PLANNER_LOG_DIR`` when that is set (the tests set it).
It rotates at 1 MiB and keeps three old files. With ``verbose`` (the command
line's ``-v``) INFO and more go to stderr as well.

An ``except`` that does not re-raise logs what it caught (STYLE.md, "Named
loggers, and nothing swallowed")::

    try:
        ...
    except OSError:
        log.storage.warning("cannot read %s", path, exc_info=True)
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT_NAME = "planner"
LOG_FILE = "stay-planner.log"
LOG_DIR_ENV = "STAY_PLANNER_LOG_DIR"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

#: The program's logger; every category below is a child of it.
root = logging.getLogger(ROOT_NAME)
#: Reading and writing the user's files (itineraries, calendars, spreadsheets, PDFs).
storage = logging.getLogger(f"{ROOT_NAME}.storage")
#: Rule data: bundled, installed, passed with --rules.
rules = logging.getLogger(f"{ROOT_NAME}.rules")
#: Translations and country names.
i18n = logging.getLogger(f"{ROOT_NAME}.i18n")
#: The command line.
cli = logging.getLogger(f"{ROOT_NAME}.cli")
#: The window: gestures, dialogs, autosave, crash recovery.
ui = logging.getLogger(f"{ROOT_NAME}.ui")
#: What Qt itself reports (warnings from qInstallMessageHandler).
qt = logging.getLogger(f"{ROOT_NAME}.qt")

_file_handler: logging.Handler | None = None
_stderr_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The folder the log file is written to (it may not exist yet)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("stay-planner", appauthor=False))


def log_path() -> Path:
    """The log file's path, for messages that tell the user where to look."""
    return log_dir() / LOG_FILE


def setup(*, verbose: bool = False, to_file: bool = True, deferred: bool = False) -> Path | None:
    """Send the program's records to the log file (and to stderr if ``verbose``).

    Safe to call more than once: a second call only adds what the first did
    not (``verbose`` turns stderr on). Returns the log file's path, or
    ``None`` when the folder cannot be written (then a warning goes to stderr
    once, and the program goes on without a file).

    ``deferred`` (the command line) opens the file when the first record
    comes rather than now, and returns ``None``: a one-shot answer that logs
    nothing neither makes the folder nor loads the rotating file handler. A
    folder that cannot be written is then said at the first record.
    """
    global _file_handler, _stderr_handler
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose and _stderr_handler is None:
        _stderr_handler = logging.StreamHandler(sys.stderr)
        _stderr_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(_stderr_handler)
    if not to_file:
        return None
    if deferred:
        if _file_handler is None:
            _file_handler = _OnFirstRecord()
            root.addHandler(_file_handler)
        return None
    path = log_path()
    if isinstance(_file_handler, _OnFirstRecord):
        root.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    if _file_handler is None:
        handler = _file_at(path)
        if handler is None:
            return None
        root.addHandler(handler)
        _file_handler = handler
    return path


def _file_at(path: Path) -> logging.Handler | None:
    """The rotating log file at ``path`` (its folder made); ``None``, and a
    warning on stderr, when the folder cannot be written."""
    import logging.handlers  # socket, pickle, queue …: only once a file is wanted

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1 << 20, backupCount=3, encoding="utf-8", delay=True)
    except OSError as exc:
        print(f"stay-planner: cannot write the log file {path}: {exc.strerror or exc}",
              file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    return handler


class _OnFirstRecord(logging.Handler):
    """The log file of ``setup(deferred=True)``: opened when the first record comes."""

    def __init__(self) -> None:
        super().__init__()
        self._opened = False
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if not self._opened:  # (under the handler's lock)
            self._opened = True
            self._file = _file_at(log_path())
        if self._file is not None:
            self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def shutdown() -> None:
    """Remove the handlers :func:`setup` added (the tests use it between runs)."""
    global _file_handler, _stderr_handler
    for handler in (_file_handler, _stderr_handler):
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
    _file_handler = _stderr_handler = None

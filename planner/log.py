"""Logging: a few named loggers, one rotating log file, stderr on request.

Every module logs through one of the categories below (``log.storage``,
``log.rules`` …), never through the root logger or a logger of its own, so that
a line in the log file says which part of the program wrote it (a test checks
that no module calls ``logging.getLogger``). :func:`setup` is called once by
each entry point (the window and the command line); before it, records go
nowhere but are not lost to a crash either: Python's last-resort handler
prints warnings and errors to stderr.

The log file is ``stay-planner.log`` in the platform's log folder
(``platformdirs.user_log_dir``; ``~/.local/state/stay-planner/log`` on
Linux), or in ``$STAY_PLANNER_LOG_DIR`` when that is set (the tests set it).
It rotates at 1 MiB and keeps three old files. With ``verbose`` (the command
line's ``-v``) INFO and more go to stderr as well.

The standard library's :mod:`logging` (with ``traceback``, ``threading`` …,
some 10 ms, more than a one-shot ``check`` spends judging) loads when a
category is first used: ``log.storage`` is made then (PEP 562), and a
``setup(deferred=True)`` made before it takes effect at that moment. A
``check`` that logs nothing never loads it.

An ``except`` that does not re-raise logs what it caught (STYLE.md, "Named
loggers, and nothing swallowed")::

    try:
        ...
    except OSError:
        log.storage.warning("cannot read %s", path, exc_info=True)
"""

from __future__ import annotations

import _thread
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

    #: The program's logger; every category below is a child of it.
    root: logging.Logger
    #: Reading and writing the user's files (itineraries, calendars, spreadsheets, PDFs).
    storage: logging.Logger
    #: Rule data: bundled, installed, passed with --rules.
    rules: logging.Logger
    #: Translations and country names.
    i18n: logging.Logger
    #: The command line.
    cli: logging.Logger
    #: The window: gestures, dialogs, autosave, crash recovery.
    ui: logging.Logger
    #: What Qt itself reports (warnings from qInstallMessageHandler).
    qt: logging.Logger

ROOT_NAME = "planner"
LOG_FILE = "stay-planner.log"
LOG_DIR_ENV = "STAY_PLANNER_LOG_DIR"
#: The categories, made on first use (``root`` is the ``planner`` logger itself).
CATEGORIES = ("root", "storage", "rules", "i18n", "cli", "ui", "qt")

# (a builtin: no threading module to load). Re-entrant: a finalizer run by the
# collector while a category is being made may itself log.
_lock = _thread.RLock()
_loaded = False
#: A deferred setup's arguments, kept until the first category is used.
_pending: dict[str, bool] | None = None


if not TYPE_CHECKING:  # mypy sees the categories declared above, and flags a typo

    def __getattr__(name: str) -> logging.Logger:
        """A category, made (and any deferred setup applied) on first use."""
        if name not in CATEGORIES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        _load()
        return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *CATEGORIES})


def _load() -> None:
    """Make the categories (once), a deferred setup applied before any of them
    is published: no thread can log through one before its handlers are in."""
    global _loaded, _pending
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        import logging

        from planner import log_file

        made = {name: logging.getLogger(ROOT_NAME if name == "root" else f"{ROOT_NAME}.{name}")
                for name in CATEGORIES}
        globals()["root"] = made["root"]  # log_file.setup reads log.root
        pending, _pending = _pending, None
        if pending is not None:
            log_file.setup(**pending)
        globals().update(made)
        _loaded = True


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

    ``deferred`` (the command line, the window) opens the file when the first record
    comes rather than now, and returns ``None``: a one-shot answer that logs
    nothing neither makes the folder nor loads :mod:`logging` (the setup takes
    effect when a category is first used). A folder that cannot be written is
    then said at the first record.
    """
    global _pending
    with _lock:
        if deferred and not verbose and not _loaded:
            _pending = {"to_file": to_file, "deferred": True}
            return None
        _load()
        from planner import log_file

        return log_file.setup(verbose=verbose, to_file=to_file, deferred=deferred)


def shutdown() -> None:
    """Remove the handlers :func:`setup` added (the tests use it between runs)."""
    global _pending
    with _lock:
        _pending = None
        if not _loaded:
            return
        from planner import log_file

        log_file.shutdown()

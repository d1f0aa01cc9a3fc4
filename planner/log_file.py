"""The handlers behind :mod:`planner.log`: the rotating log file and stderr.

Loaded with :mod:`logging` itself, when the first category is used or a
setup takes effect (see :func:`planner.log.setup`, whose contract this
carries out); nothing else imports it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from planner import log

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_file_handler: logging.Handler | None = None
_stderr_handler: logging.Handler | None = None


def setup(*, verbose: bool = False, to_file: bool = True, deferred: bool = False) -> Path | None:
    """What :func:`planner.log.setup` does, once the categories exist."""
    global _file_handler, _stderr_handler
    root = log.root
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
    path = log.log_path()
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
            self._file = _file_at(log.log_path())
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
    """Remove the handlers :func:`setup` added."""
    global _file_handler, _stderr_handler
    for handler in (_file_handler, _stderr_handler):
        if handler is not None:
            log.root.removeHandler(handler)
            handler.close()
    _file_handler = _stderr_handler = None

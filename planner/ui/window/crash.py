"""What happens when something goes wrong that nobody caught: save, log, say.

:func:`install` is called once by :func:`planner.ui.window.app.run`:

* Qt's own messages (``qWarning`` and worse, from Qt or from a slot) go to
  the ``planner.qt`` logger instead of a terminal the user never sees.
* ``sys.excepthook`` becomes :func:`handle_exception`: an exception that
  escapes a slot or an event handler first has every open window's unsaved
  work written to its recovery file (a drag in progress is cancelled, so the
  saved copy is the last state the user committed), then is logged with its
  traceback, then shown in a dialog that names the error and the log file.
  The program goes on running; the user decides whether to save and quit.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6 import QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from planner import log
from planner.i18n import qt_translator
from planner.ui.window.main_window import MainWindow

# What shows the crash message (the tests pass their own).
Show = Callable[[QWidget | None, str, str], None]

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_handling = False


_tr = qt_translator("Crash")


def qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route one of Qt's messages to the ``planner.qt`` logger."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    log.qt.log(_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def _show(parent: QWidget | None, title: str, text: str) -> None:
    QtWidgets.QMessageBox.critical(parent, title, text)


def open_windows() -> list[MainWindow]:
    """Every main window of the application, the active one first."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    active = app.activeWindow()
    return sorted(windows, key=lambda w: w is not active)


def save_unsaved_work(windows: list[MainWindow]) -> int:
    """Write each window's unsaved work to its recovery file; how many were written."""
    written = 0
    for window in windows:
        try:
            window.doc.cancel_preview()
            if window.autosaver.autosave():
                written += 1
        except Exception:  # noqa: BLE001 - one broken window must not stop the others
            log.ui.exception("could not save the unsaved work of a window while handling "
                             "an error")
    return written


def handle_exception(kind: type[BaseException], error: BaseException,
                     tb: TracebackType | None, *, show: Show = _show) -> None:
    """Save every window's unsaved work, log the error, tell the user (``sys.excepthook``)."""
    global _handling
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if _handling:  # an error while showing an error: the log gets it, nothing more
        log.ui.critical("error while handling an error", exc_info=(kind, error, tb))
        return
    _handling = True
    try:
        windows = open_windows()
        saved = save_unsaved_work(windows)
        log.ui.critical("unexpected error (%d window(s) autosaved)", saved,
                        exc_info=(kind, error, tb))
        detail = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        text = _tr("Something went wrong that Stay Planner did not expect:\n\n{error}\n\n"
                   "{saved}The details are in the log file:\n{log}").format(
            error=detail,
            saved=_tr("Your unsaved changes were kept for recovery. ") if saved else "",
            log=log.log_path())
        show(windows[0] if windows else None, _tr("Unexpected error"), text)
    finally:
        _handling = False


def install() -> None:
    """Route Qt's messages to the log and make :func:`handle_exception` the excepthook."""
    qInstallMessageHandler(qt_message)
    sys.excepthook = handle_exception

"""An error nobody caught: the unsaved work is kept, the log has the
traceback, the user is told where it is; Qt's warnings reach the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType
from PySide6.QtWidgets import QWidget

from planner import log
from planner.core.model import Itinerary, Stay
from planner.storage import write_itinerary
from planner.storage.safety import RecoveryStore
from planner.ui.document import Document
from planner.ui.window import crash
from tests.ui.conftest import TODAY, d, shown
from tests.ui.test_safety_ui import make_window


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(log.LOG_DIR_ENV, str(tmp_path / "logs"))
    log.shutdown()
    log.setup()
    yield tmp_path / "logs" / log.LOG_FILE
    log.shutdown()


@pytest.fixture
def window(qtbot, rules, settings, tmp_path, itinerary: Itinerary):  # type: ignore[no-untyped-def]
    path = tmp_path / "anna.stayplan"
    write_itinerary(itinerary, path)
    store = RecoveryStore(tmp_path / "recovery")
    w = make_window(Document(rules=rules, today=TODAY), settings, store, tmp_path)
    assert w.open_file(path)
    yield from shown(qtbot, w)


def _raise(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    return kind, error, tb


def test_an_uncaught_error_keeps_the_unsaved_work_and_names_the_log(window, logs) -> None:  # type: ignore[no-untyped-def]
    added = Stay("GE", d(11, 1), d(11, 20), note="added before the error")
    window.doc.add_stay(added)
    assert window.doc.modified
    shown_texts: list[tuple[str, str]] = []
    kind, error, tb = _raise("the model lost a row")

    crash.handle_exception(kind, error, tb,  # type: ignore[arg-type]
                           show=lambda parent, title, text: shown_texts.append((title, text)))

    [recovery] = window.autosaver.store.pending(include_running=True)
    assert added in recovery.itinerary.stays
    [(title, text)] = shown_texts
    assert "RuntimeError: the model lost a row" in text
    assert str(logs) in text and "kept for recovery" in text
    for handler in log.root.handlers:
        handler.flush()
    logged = logs.read_text(encoding="utf-8")
    assert "CRITICAL planner.ui: unexpected error (1 window(s) autosaved)" in logged
    assert "Traceback" in logged and "the model lost a row" in logged


def test_a_drag_in_progress_is_not_what_gets_saved(window, logs) -> None:  # type: ignore[no-untyped-def]
    window.doc.add_stay(Stay("GE", d(11, 1), d(11, 20)))
    index = len(window.doc.stays) - 1
    committed = window.doc.stays[index]
    window.doc.begin_preview(index)
    window.doc.preview(committed.moved(40))
    kind, error, tb = _raise("during a drag")

    crash.handle_exception(kind, error, tb, show=lambda *args: None)  # type: ignore[arg-type]

    [recovery] = window.autosaver.store.pending(include_running=True)
    assert committed in recovery.itinerary.stays
    assert committed.moved(40) not in recovery.itinerary.stays


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_handler(window, logs, qtbot,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def show(parent: QWidget | None, title: str, text: str) -> None:
        seen.append(text)

    monkeypatch.setattr(sys, "excepthook",
                        lambda k, e, t: crash.handle_exception(k, e, t, show=show))

    def slot() -> None:
        raise ValueError("raised in a timer slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert "ValueError: raised in a timer slot" in seen[0]


def test_qt_warnings_go_to_the_qt_logger(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="planner.qt"):
        crash.qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "QPainter::end: oops")
        crash.qt_message(QtMsgType.QtDebugMsg, QMessageLogContext(), "chatter")
    levels = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "planner.qt"]
    assert levels == [(logging.WARNING, "QPainter::end: oops"), (logging.DEBUG, "chatter")]

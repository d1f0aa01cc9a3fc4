"""The Help menu: shortcuts read from the code, counting in plain words, about."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

from planner import __version__
from planner.ui.calendar import view_keys
from planner.ui.document import Document
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY, d, shown

K, M = Qt.Key, Qt.KeyboardModifier
KEYS = (K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End, K.Key_PageUp,
        K.Key_PageDown, K.Key_Return, K.Key_Enter, K.Key_Insert, K.Key_Delete, K.Key_Escape,
        K.Key_Space, K.Key_Tab, K.Key_A)
MODS = (M.NoModifier, M.AltModifier, M.ShiftModifier, M.ControlModifier,
        M.ControlModifier | M.ShiftModifier)


@pytest.fixture
def window(qtbot, rules, settings, itinerary):  # type: ignore[no-untyped-def]
    doc = Document(itinerary, rules=rules, today=TODAY)
    yield from shown(qtbot, MainWindow(doc, settings), (1300, 820))


def test_gestures_list_is_what_the_calendar_handles(qtbot, window, monkeypatch) -> None:
    """Every key listed is handled, and every key handled is listed."""
    view = window.view
    monkeypatch.setattr(view, "editRequested", _Quiet())
    monkeypatch.setattr(view, "createRequested", _Quiet())
    listed = {(k, m) for combo, _ in view_keys.GESTURES for k, m in combo}
    handled = set()
    for key, mods in itertools.product(KEYS, MODS):
        view.set_cursor_day(d(3, 1))
        view.select(0)  # a stay is selected: every gesture applies
        if view_keys.handle_key(view, QKeyEvent(QEvent.Type.KeyPress, key, mods)):
            handled.add((key, mods))
        while window.doc.undo_stack.canUndo():
            window.doc.undo_stack.undo()
    assert handled == listed


class _Quiet:
    def emit(self, *_args: object) -> None:
        pass


def test_shortcuts_page_lists_keys_and_menu_shortcuts(qtbot, window) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    assert isinstance(menus[-1], QMenu) and menus[-1].title() == "&Help"
    dialog = window.help.show_keys()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for _, what in view_keys.GESTURES:
        assert what in text
    for keys in ("Alt+Left", "Shift+Right", "Ctrl+Shift+Left", "Ins", "Del", "Return", "Esc"):
        assert keys in text
    assert "Ctrl+Z" in text and "Undo" in text  # read from the Edit menu's action
    assert window.act_timeline.shortcut().toString() in text


def test_counting_and_about(qtbot, window) -> None:
    dialog = window.help.show_counting()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "entry day and the exit day are both days present" in text
    assert "180 days ending on it" in text
    window.help.act_about.trigger()
    about = window.help.dialog.browser.toPlainText()
    assert __version__ in about and "GPL-3.0-or-later" in about
    assert "format version 1" in about and "2023-02-01" in about  # the rules' checked day

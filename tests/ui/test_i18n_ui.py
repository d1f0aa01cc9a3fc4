"""The window in Russian, in the dark theme, and what it tells assistive technology.

The Russian translation is compiled from the ``.ts`` file into a temporary
folder with ``pyside6-lrelease`` (so the test does not depend on ``make
translations`` having run); each test puts English and the system theme back.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPalette

from planner.names import country_name
from planner.ui import appearance, colors
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import d, opened

ROOT = Path(__file__).resolve().parents[2]


def _lrelease() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    if tool.exists():
        return tool
    found = shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return Path(found)


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[Path]:
    qm = tmp_path / "qm"
    qm.mkdir()
    subprocess.run([str(_lrelease()), "-silent", str(ROOT / "resources/i18n/stay_planner_ru.ts"),
                    "-qm", str(qm / "stay_planner_ru.qm")], check=True)
    appearance.install_language("ru", qm)
    yield qm
    appearance.install_language("en")


def _window(qtbot, rules, settings, itinerary, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "anna.stayplan"
    w = opened(itinerary, path, rules, settings)
    qtbot.addWidget(w)
    w.resize(1300, 820)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_window_in_russian(qtbot, russian, rules, settings, itinerary, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, rules, settings, itinerary, tmp_path)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[:3] == ["&Файл", "&Правка", "&Вид"]
    assert w.act_save_as.text() == "Сохранить &как…"
    assert w.act_undo.text().startswith("&Отменить")
    assert country_name("KZ") == "Казахстан"
    shot = tmp_path / "window-ru.png"
    assert w.grab().save(str(shot))
    img = QImage(str(shot))
    assert not img.isNull() and img.width() >= 1000 and img.height() >= 600
    assert shot.stat().st_size > 10_000
    w.doc.undo_stack.setClean()


def test_dark_theme_changes_the_calendar_colours(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    light_base = view.viewport().palette().color(QPalette.ColorRole.Base)
    light_grid = colors.GRID.name()
    light = view.viewport().grab().toImage().pixelColor(5, 5)
    try:
        appearance.apply_theme("dark")
        qtbot.wait(20)
        dark_base = view.viewport().palette().color(QPalette.ColorRole.Base)
        assert dark_base.lightnessF() < 0.3 < light_base.lightnessF()
        assert colors.dark and colors.GRID.name() != light_grid
        dark = view.viewport().grab().toImage().pixelColor(5, 5)
        assert dark.lightnessF() < light.lightnessF()
    finally:
        appearance.apply_theme("system")
    assert not colors.dark


def test_accessible_names_and_cursor_description(qtbot, rules, settings, itinerary,  # type: ignore[no-untyped-def]
                                                 tmp_path) -> None:
    w = _window(qtbot, rules, settings, itinerary, tmp_path)
    for widget in (w.view, w.panel.table, w.panel.dest_table, w.panel.name,
                   w.panel.nationality, w.prev_button, w.next_button, w.legend):
        assert widget.accessibleName(), widget
    w.view.setFocus()
    w.view.set_cursor_day(d(3, 1))
    text = w.view.accessibleDescription()
    assert "2023-03-01" in text and "Kazakhstan" in text and "KZ" in text
    assert w.statusBar().currentMessage() == text
    assert not w.act_prev.shortcut().isEmpty()

"""Fixtures for the GUI tests: a rule set built in code, a document, a shown view.

Settings go to a temporary INI file, and backups and recovery files to the
test's temporary folder, so tests never touch the user's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import planner.ui  # noqa: F401  (protects None on CPython 3.11, see planner.qt_compat)
from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rules import Rule, RuleKind, RuleSet
from planner.storage import write_itinerary
from planner.ui.calendar.calendar_view import CalendarView
from planner.ui.document import Document
from planner.ui.settings import Settings
from planner.ui.window.main_window import MainWindow

TODAY = dt.date(2023, 3, 15)


def kz_rules() -> RuleSet:
    """Kazakhstan 90 in any 180 for Russians, from 2023-01-27; Georgia unlimited."""
    return RuleSet(rules=(
        Rule("kz-90-180", "KZ", frozenset({"RU"}), RuleKind.ROLLING, 90, 180,
             valid_from=dt.date(2023, 1, 27), source="Resolution No. 1102",
             checked=dt.date(2023, 2, 1), title="Kazakhstan: 90 days in any 180"),
        Rule("ge-365", "GE", frozenset({"RU"}), RuleKind.NO_LIMIT, source="Law of Georgia",
             checked=dt.date(2023, 2, 1)),
    ))


def d(month: int, day: int, year: int = 2023) -> dt.date:
    return dt.date(year, month, day)


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and recovery files go under the test's folder, never the user's."""
    import planner.storage.safety as safety

    root = tmp_path / "user-folders"
    monkeypatch.setattr(safety, "data_dir", lambda: root / "data")
    monkeypatch.setattr(safety, "state_dir", lambda: root / "state")
    return root


@pytest.fixture
def rules() -> RuleSet:
    return kz_rules()


@pytest.fixture
def itinerary() -> Itinerary:
    return Itinerary(Traveller("Anna", "RU"), (
        Stay("KZ", d(2, 1), d(4, 20), note="Almaty"),  # 79 days
        Stay("GE", d(6, 5), d(6, 20), note="Tbilisi"),
    ))


@pytest.fixture
def doc(itinerary: Itinerary, rules: RuleSet) -> Document:
    return Document(itinerary, rules=rules, today=TODAY)


@pytest.fixture
def view(qtbot, doc: Document) -> CalendarView:  # type: ignore[no-untyped-def]
    v = CalendarView(doc)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Settings]:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield s
    s.sync()


def press(w: QWidget, pos: QPoint) -> None:
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def move(w: QWidget, pos: QPoint) -> None:
    """A mouse move with the left button held (QTest.mouseMove carries no buttons)."""
    ev = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(pos), QPointF(w.mapToGlobal(pos)),
                     Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, ev)


def release(w: QWidget, pos: QPoint) -> None:
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def drag(w: QWidget, start: QPoint, *points: QPoint) -> None:
    """Press at ``start``, move through every point (in small steps), release at the last."""
    press(w, start)
    here = start
    for p in points:
        for k in range(1, 5):
            move(w, here + (p - here) * k / 4)
        here = p
    release(w, here)


def opened(itinerary: Itinerary, path: Path, rules: RuleSet, settings: Settings,
           today: dt.date = TODAY) -> MainWindow:
    """A main window that opened ``itinerary`` from the file ``path`` (written
    first), as a user opens a file; not shown yet (:func:`shown`)."""
    write_itinerary(itinerary, path)
    w = MainWindow(Document(rules=rules, today=today), settings)
    assert w.open_file(path)
    return w


def shown(qtbot, w, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """Show a main window for a test, then close it without a "save changes?" prompt.

    For fixtures: ``yield from shown(qtbot, MainWindow(doc, settings))``.
    """
    if size:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for sw in list(getattr(getattr(w, "planning", None), "scenarios", [])):
        sw.close()
    w.doc.undo_stack.setClean()
    w.close()
    w.deleteLater()

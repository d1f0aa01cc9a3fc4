"""The window on a small laptop screen (1024×600), in English and in Russian.

By geometry: the window fits the screen; no two visible sibling widgets
overlap (the exit window over the table of stays); every label's text fits
its label (font metrics), every column header its section; selecting a stay
with long texts does not widen the side panel and squeeze the calendar. And
the Russian window's title keeps the file name and the modified mark.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QRubberBand,
    QScrollArea,
    QWidget,
)

from planner.core.model import Itinerary, Stay, Traveller
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import d, opened, shown
from tests.ui.test_i18n_ui import russian  # noqa: F401  (the fixture)

SMALL = (1024, 600)
LONG = Itinerary(Traveller("Anna", "RU"), (
    Stay("KZ", d(1, 10), d(5, 20), note="Almaty, a long note that does not fit a narrow column"),
    Stay("GE", d(5, 21), d(6, 20), note="Tbilisi"),
    Stay("KZ", d(7, 1), d(7, 30), note="Almaty again"),
))


@pytest.fixture
def window(qtbot, rules, settings, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "anna.stayplan"
    w = opened(LONG, path, rules, settings)
    yield from shown(qtbot, w, SMALL)


def overlaps(root: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible sibling widgets under ``root`` whose rectangles intersect."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        kids = [k for k in parent.children() if isinstance(k, QWidget) and k.isVisible()
                and not k.isWindow() and not isinstance(k, QRubberBand)
                and k.width() > 0 and k.height() > 0]
        for a, b in itertools.combinations(kids, 2):
            if a.geometry().intersects(b.geometry()):
                found.append((describe(a), describe(b)))
    return found


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel) else ""
    return f"{type(w).__name__}:{w.objectName() or text[:20]}"


def cut_labels(root: QWidget) -> list[str]:
    """Visible labels whose text needs more room than the label has."""
    out = []
    for lab in root.findChildren(QLabel):
        text = lab.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not lab.isVisible() or not text.strip() or lab.textFormat() == Qt.TextFormat.RichText:
            continue
        room: QRect = lab.contentsRect()
        fm = lab.fontMetrics()
        if lab.wordWrap():
            if lab.heightForWidth(room.width()) > room.height() + 1:
                out.append(text)
        elif fm.horizontalAdvance(text) > room.width() + 1:
            out.append(text)
    return out


def cut_headers(window: MainWindow) -> list[str]:
    out = []
    for table in (window.panel.dest_table, window.panel.table):
        h = table.horizontalHeader()
        if table.horizontalScrollBar().value() != 0:
            out.append("scrolled sideways")
        for col in range(h.count()):
            if h.isSectionHidden(col):
                continue
            text = str(table.model().headerData(col, h.orientation()))
            need = h.fontMetrics().horizontalAdvance(text) + 8
            if h.sectionSize(col) < need and h.sectionResizeMode(col) != (
                    QHeaderView.ResizeMode.Interactive):
                out.append(text)
    return out


def cut_panels(root: QWidget) -> list[str]:
    """Scrolling panels whose contents are wider than what shows of them."""
    return [a.objectName() for a in root.findChildren(QScrollArea)
            if a.isVisible() and (inner := a.widget()) is not None
            and inner.width() > a.viewport().width()]


def check_layout(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    assert window.width() <= SMALL[0] and window.height() <= SMALL[1]
    assert window.minimumSizeHint().height() <= SMALL[1]
    assert overlaps(window) == []
    assert cut_labels(window) == []
    assert cut_headers(window) == []
    assert cut_panels(window) == []
    # selecting a stay with long texts keeps the calendar's width
    width = window.view.width()
    for index in range(len(window.doc.stays)):
        window.view.select(index)
        window.planning.state.refresh()
        QApplication.processEvents()
        assert window.view.width() == width, index
        assert overlaps(window) == []
        assert cut_labels(window.planning.panel) == []
        assert cut_panels(window) == []


def test_small_screen_in_english(qtbot, window) -> None:
    check_layout(qtbot, window)


def test_small_screen_in_russian(qtbot, russian, rules, settings, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "anna.stayplan"
    w = opened(LONG, path, rules, settings)
    for _ in shown(qtbot, w, SMALL):
        check_layout(qtbot, w)
        assert w.windowTitle() == "anna.stayplan[*] — Stay Planner"
        w.doc.delete_stay(2)
        assert w.isWindowModified()

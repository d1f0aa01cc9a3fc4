"""The collector held back while a file opens (planner.collector.opening)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from planner import collector
from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError, write_itinerary
from planner.ui.document import Document
from planner.ui.settings import Settings
from planner.ui.window.main_window import MainWindow

from .conftest import d, kz_rules


@pytest.fixture(autouse=True)
def collector_back_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.unfreeze()  # what the tests froze goes back to the oldest generation
    if was:
        gc.enable()


def test_paused_inside_on_after_and_nothing_frozen() -> None:
    """A load's objects are left to the collector: frozen, a window replaced
    later would never be freed."""
    gc.unfreeze()
    gc.enable()
    with collector.opening():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled() and len(kept) == 1000
    assert gc.get_freeze_count() == 0


def test_a_failed_load_freezes_nothing() -> None:
    gc.unfreeze()
    gc.enable()
    with pytest.raises(ValueError), collector.opening():
        raise ValueError("unreadable")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_already_paused_is_left_paused() -> None:
    gc.unfreeze()
    gc.disable()
    with collector.opening():
        pass
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_opening_a_file_leaves_the_collector_running(tmp_path: Path) -> None:
    path = tmp_path / "a.stayplan"
    write_itinerary(Itinerary(Traveller("A", "RU"), (Stay("KZ", d(2, 1), d(2, 10)),)), path)
    gc.enable()
    doc = Document(rules=kz_rules(), today=d(3, 1))
    doc.open(path)
    assert gc.isenabled() and doc.stays[0].country == "KZ"
    path.write_text("{")
    with pytest.raises(ItineraryError):
        doc.open(path)
    assert gc.isenabled()


def test_a_window_replaced_after_an_opening_is_freed(tmp_path: Path, qapp: object) -> None:
    """A language switch replaces the window; the old one, open when a file was
    opened, must still be freed by the collector (a frozen opening kept it)."""
    path = tmp_path / "a.stayplan"
    write_itinerary(Itinerary(Traveller("A", "RU"), (Stay("KZ", d(2, 1), d(2, 10)),)), path)
    gc.enable()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(Document(rules=kz_rules(), today=d(3, 1)), settings)
    w.doc.open(path)
    old = weakref.ref(w.view)
    new = w.retranslate()
    del w
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert old() is None
    new.handed_over = True  # (close without asking to save)
    new.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

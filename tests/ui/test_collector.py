"""The collector held back while a file opens (planner.collector.opening)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import collector
from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError, write_itinerary
from planner.ui.document import Document

from .conftest import d, kz_rules


@pytest.fixture(autouse=True)
def collector_back_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.unfreeze()  # what the tests froze goes back to the oldest generation
    if was:
        gc.enable()


def test_paused_inside_frozen_after() -> None:
    gc.unfreeze()
    gc.enable()
    with collector.opening():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)


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

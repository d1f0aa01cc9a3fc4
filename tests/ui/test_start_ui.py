"""How the window starts: the collector paused from the entry point to the first
paint of the itinerary (:mod:`planner.collector`), and ``app.start``, which
``run()`` and ``bench.start`` share: show and paint, then read the file."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import cli, collector
from planner.cli_guard import EXIT_INTERRUPTED
from planner.core.model import Itinerary
from planner.storage import write_itinerary
from planner.ui.settings import Settings
from planner.ui.window import app, crash

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "anna-2023.stayplan"


@pytest.fixture
def collector_back() -> Iterator[None]:
    """Whatever a test does, the collector is on and nothing frozen after it."""
    yield
    collector.resume()
    gc.enable()
    gc.unfreeze()


def test_pause_and_resume(collector_back: None) -> None:
    frozen = gc.get_freeze_count()
    collector.pause()
    assert not gc.isenabled() and collector.paused()
    collector.resume()
    assert gc.isenabled() and not collector.paused()
    assert gc.get_freeze_count() > frozen  # what the start made: skipped from now on
    frozen = gc.get_freeze_count()
    collector.resume()  # again (the entry point's ``finally``): nothing more
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_collector_turned_off_by_the_caller_stays_off(collector_back: None) -> None:
    frozen = gc.get_freeze_count()
    gc.disable()
    collector.pause()
    assert not collector.paused()
    collector.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == frozen


@pytest.mark.parametrize("outcome", ["returns", "raises"])
def test_the_window_entry_pauses_the_collector_and_always_resumes_it(
        outcome: str, monkeypatch: pytest.MonkeyPatch, collector_back: None) -> None:
    """``stay-planner FILE`` imports the window with the collector off; it is on
    again after the window's run, even one that never reached its start."""
    seen: list[bool] = []

    def run(argv: list[str]) -> int:
        seen.append(gc.isenabled())
        if outcome == "raises":
            raise KeyboardInterrupt
        return 0

    monkeypatch.setattr(app, "run", run)
    status = cli.main([str(DEMO)])
    assert seen == [False] and gc.isenabled() and not collector.paused()
    assert status == (0 if outcome == "returns" else EXIT_INTERRUPTED)


def test_start_paints_the_window_then_loads_the_file(
        tmp_path: Path, itinerary: Itinerary, settings: Settings,
        monkeypatch: pytest.MonkeyPatch, collector_back: None) -> None:
    """The window is visible and painted before the file is read; the collector
    paused by the entry point resumes once the file's paint is done."""
    path = tmp_path / "x.stayplan"
    write_itinerary(itinerary, path)
    installed: list[bool] = []
    monkeypatch.setattr(crash, "install", lambda: installed.append(True))  # (not in tests)
    qapp, w = app.build(["stay-planner", str(path)], settings, today=dt.date(2023, 3, 1),
                        defer_load=True)
    seen: list[tuple[bool, int, bool]] = []
    collector.pause()
    try:
        app.start(qapp, w, shown=lambda: seen.append(
            (w.isVisible(), len(w.doc.stays), gc.isenabled())))
        assert installed == [True] and seen == [(True, 0, False)]
        assert w.doc.stays == itinerary.stays and w.doc.path == path
        assert gc.isenabled() and not collector.paused()
    finally:
        w.close()
        w.deleteLater()

"""The start benchmark's programs run: each child shows its window and prints
its marks, in order (``make bench`` would otherwise find a broken program, or
a window whose start-up API changed, only when someone runs it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import start


@pytest.mark.parametrize("name", ["bare", "floor", "outline", "shape"])
def test_each_yardstick_shows_its_window(name: str) -> None:
    marks = start.start(name, getattr(start, name.upper()))
    when, peak_mb = marks["shown"]
    assert when > 0 and peak_mb > 10  # a Qt window is never under 10 MB


def test_ours_reaches_every_mark_in_order(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # "settled" waits for the engine's warm-up, at most 10 s: not required here,
    # so that a slow machine cannot fail the test by its timing.
    required = tuple(m for m in start.MARKS["ours"] if m != "settled")
    monkeypatch.setitem(start.MARKS, "ours", required)
    marks = start.start("ours", start.OURS, str(start.DEMO), str(tmp_path / "settings.ini"),
                        str(tmp_path / "recovery"))
    order = [marks[m][0] for m in required]
    assert order == sorted(order)
    assert marks["numpy"][0] == 0  # the demo is painted before NumPy loads

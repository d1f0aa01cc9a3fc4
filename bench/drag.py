"""Dragging a stay in the calendar, with real Qt events: ``python -m bench.drag``.

Offscreen (``QT_QPA_PLATFORM=offscreen``). **Per move**: 200 mouse-move
events (left button held) drag a Kazakhstan stay across a generated
itinerary of 500 stays (9 years) and of 5 000 (20 years), in the year view
and in the timeline. Each figure is one ``sendEvent`` (the view asks the
document for a preview, the evaluator re-judges incrementally, the view
schedules the repaint of what changed) plus ``processEvents`` (the repaint
itself). Goal: p95 < 16 ms for both sizes.

**Opening**: a calendar and the side panel's stay table, as the window shows
them, for a document of each size, to the first full paint (median of 3
starts, the sizes taking turns).
Goal: 5 000 stays open in at most twice the time of 500. The same is timed
once more with NumPy imported in the child before the window shows, so that
the ratio does not rest on a fixed cost both sizes pay (a first paint that
needs no NumPy would leave the 500-stay figure smaller).
``--open-only`` times just the opening (``--starts N`` starts per size).

Start-up time and memory are in :mod:`bench.start`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import bench_view, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MOVES = 200


def drag_moves(mode: str, stays: int = 500) -> list[float]:
    """Milliseconds per mouse move (event + repaint) for one long drag."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    half = stays // 2  # a spring Kazakhstan stay from the middle of the itinerary
    view, index = bench_view(mode, lambda i, s: i >= half and s.country == "KZ"
                             and s.entry.month <= 4, stays=stays)
    doc = view.doc
    stay = doc.stays[index]
    vp = view.viewport()
    start = view.bar_point(index)
    anchor = view.day_at(start, snap=True)
    assert anchor is not None

    def point(k: int) -> QPoint:
        # k days after the anchor, in the same row/lane as the press for the timeline
        day = anchor + dt.timedelta(days=k)
        if mode == "timeline":
            return QPoint(start.x() + int(k * view.day_width), start.y())
        return view.day_center(day)

    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    times = []
    span = 150 if mode == "year" else 200
    for i in range(MOVES):
        k = 1 + (i * span) // MOVES
        p = point(k)
        ev = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p), QPointF(vp.mapToGlobal(p)),
                         Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
        t0 = time.perf_counter()
        QApplication.sendEvent(vp, ev)
        QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point(1 + ((MOVES - 1) * span) // MOVES))
    assert doc.undo_stack.count() == 1, "the drag should be one undo step"
    assert doc.stays[index] != stay, "the drag should have moved the stay"
    view.close()
    return times


def open_ms(tmp: Path, starts: int = 3, numpy_first: bool = False,
            sizes: tuple[int, ...] = (500, 5000)) -> dict[int, float]:
    """Per size, the median milliseconds from a shown, empty window to the
    generated file of that many stays loaded and painted (a fresh child process
    per start, as :mod:`bench.start` times the demo; the sizes take turns, so
    that a burst of load elsewhere on the machine falls on both); with
    ``numpy_first`` the child imports NumPy before the window is built,
    outside the figure."""
    from bench.gen import many_stays
    from bench.start import OURS, start
    from planner.storage import write_itinerary

    code = OURS.replace('mark("imported")', 'import numpy\nmark("imported")', 1)
    assert code != OURS, "the child's imported mark moved"
    paths = {n: tmp / f"bench-{n}.stayplan" for n in sizes}
    for n, path in paths.items():
        if not path.exists():
            write_itinerary(many_stays(n), path)
    runs: dict[int, list[float]] = {n: [] for n in sizes}
    for _ in range(starts):
        for n, path in paths.items():
            r = start("ours", code if numpy_first else OURS, str(path),
                      str(tmp / "settings.ini"), str(tmp / "recovery"))
            runs[n].append(r["loaded"][0] - r["shown"][0])
    return {n: statistics.median(times) for n, times in runs.items()}


def report_open(starts: int = 3) -> None:
    """Print the opening figures: as the child starts, and with NumPy imported first."""
    with tempfile.TemporaryDirectory() as tmp:
        for numpy_first, label in ((False, ""), (True, ", NumPy imported before the window")):
            ms = open_ms(Path(tmp), starts, numpy_first)
            small, large = ms[500], ms[5000]
            print(f"open and paint{label}: 500 stays {small:.0f} ms, 5 000 stays {large:.0f} ms"
                  f" = {large / small:.2f} x  (goal <= 2 x) "
                  f"{'ok' if large <= 2 * small else 'MISSED'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.drag", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--open-only", action="store_true", help="time only the opening")
    parser.add_argument("--starts", type=int, default=3,
                        help="fresh starts per size for the opening (median; default 3)")
    args = parser.parse_args([] if argv is None else argv)
    if args.open_only:
        return report_open(args.starts)
    for n in (500, 5000):
        for mode in ("year", "timeline"):
            t = drag_moves(mode, n)
            p95 = percentile(t, 95)
            print(f"drag, {mode} view, {MOVES} moves over {n} stays: "
                  f"p50 {percentile(t, 50):.2f} ms, p95 {p95:.2f} ms, "
                  f"max {max(t):.2f} ms  (goal p95 < 16 ms) {'ok' if p95 < 16 else 'MISSED'}")
    report_open(args.starts)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])

"""Dragging a stay in the calendar, with real Qt events: ``python -m bench.drag``.

Offscreen (``QT_QPA_PLATFORM=offscreen``). **Per move**: 200 mouse-move
events (left button held) drag a Kazakhstan stay across a generated 500-stay
itinerary, in the year view and in the timeline. Each figure is one
``sendEvent`` (the view asks the document for a preview, the evaluator
re-judges incrementally, the view schedules the repaint of what changed) plus
``processEvents`` (the repaint itself). Goal: p95 < 16 ms.

Start-up time and memory are in :mod:`bench.start`.
"""

from __future__ import annotations

import datetime as dt
import os
import time

from bench.common import bench_view, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MOVES = 200


def drag_moves(mode: str) -> list[float]:
    """Milliseconds per mouse move (event + repaint) for one long drag."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    half = 250  # a spring Kazakhstan stay from the middle of the itinerary
    view, index = bench_view(mode, lambda i, s: i >= half and s.country == "KZ"
                             and s.entry.month <= 4)
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


def main() -> None:
    for mode in ("year", "timeline"):
        t = drag_moves(mode)
        print(f"drag, {mode} view, {MOVES} moves over 500 stays: "
              f"p50 {percentile(t, 50):.2f} ms, p95 {percentile(t, 95):.2f} ms, "
              f"max {max(t):.2f} ms  (goal p95 < 16 ms)")


if __name__ == "__main__":
    main()

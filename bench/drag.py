"""Dragging a stay in the calendar, with real Qt events: ``python -m bench.drag``.

Three figures, all offscreen (``QT_QPA_PLATFORM=offscreen``):

* **Per move**: 200 mouse-move events (left button held) drag a Kazakhstan
  stay across a generated 500-stay itinerary, in the year view and in the
  timeline. Each figure is one ``sendEvent`` (the view asks the document for a
  preview, the evaluator re-judges incrementally, the view schedules the
  repaint of what changed) plus ``processEvents`` (the repaint itself).
  Goal: p95 < 16 ms.
* **Cold start**: process start to the main window shown on the demo
  itinerary, against a bare PySide6 ``QMainWindow``, each run as a fresh
  subprocess, alternating, median of several. Goal: at most 1.5 x.
* **Peak RSS** of those same processes. Goal: at most 1.3 x.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"
MOVES = 200
STARTS = 7


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def drag_moves(mode: str) -> list[float]:
    """Milliseconds per mouse move (event + repaint) for one long drag."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import planner.ui  # noqa: F401  (None guard for PySide6 6.12 on CPython 3.11)
    from bench.gen import many_stays
    from planner.core.model import Traveller
    from planner.ui.calendar_view import CalendarView
    from planner.ui.document import Document

    app = QApplication.instance() or QApplication([])
    itinerary = many_stays(500)
    itinerary = type(itinerary)(Traveller("Bench", "RU"), itinerary.stays)
    mid = len(itinerary.stays) // 2
    index = next(i for i in range(mid, len(itinerary.stays))
                 if itinerary.stays[i].country == "KZ" and itinerary.stays[i].entry.month <= 4)
    stay = itinerary.stays[index]
    doc = Document(itinerary, today=stay.entry)
    view = CalendarView(doc)
    view.resize(1280, 800)
    view.show()
    view.set_mode(mode)
    view.ensure_visible(stay.entry, center=True)
    for _ in range(3):
        app.processEvents()
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
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point(1 + ((MOVES - 1) * span) // MOVES))
    assert doc.undo_stack.count() == 1, "the drag should be one undo step"
    assert doc.stays[index] != stay, "the drag should have moved the stay"
    view.close()
    return times


# ---- cold start, in child processes -------------------------------------------------

_BARE = """
import time, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

_OURS = """
import sys, resource
from PySide6.QtCore import QSettings
from planner.ui import app as ui_app
from planner.ui.settings import Settings
s = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
# As ``stay-planner FILE`` does: the window shows, then the file is loaded.
app, w = ui_app.build(["stay-planner", sys.argv[1]], s, defer_load=True)
w.resize(1280, 800); w.show()
app.processEvents()
print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
w.pending_load()
w.repaint()
print("loaded", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""


def _start(code: str, *args: str) -> tuple[float, int, float, int]:
    """Milliseconds and peak RSS (KiB) at "shown" and, for ours, at "loaded"."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout is not None
    line = proc.stdout.readline()
    shown = (time.perf_counter() - t0) * 1000
    if not line.startswith("shown"):
        proc.kill()
        raise RuntimeError(f"child did not start: {line!r}")
    loaded, rss_loaded = shown, int(line.split()[1])
    if code is _OURS:
        second = proc.stdout.readline()
        loaded = (time.perf_counter() - t0) * 1000
        rss_loaded = int(second.split()[1])
    proc.kill()
    proc.wait()
    return shown, int(line.split()[1]), loaded, rss_loaded


def cold_start() -> dict[str, tuple[float, float, float, float]]:
    import tempfile

    out: dict[str, list[tuple[float, int, float, int]]] = {"bare": [], "ours": []}
    with tempfile.TemporaryDirectory() as tmp:
        ini = str(Path(tmp) / "settings.ini")
        _start(_BARE), _start(_OURS, str(DEMO), ini)  # warm the disk cache
        for _ in range(STARTS):
            out["bare"].append(_start(_BARE))
            out["ours"].append(_start(_OURS, str(DEMO), ini))
    return {k: (statistics.median(t for t, _, _, _ in v), max(r for _, r, _, _ in v) / 1024,
                statistics.median(t for _, _, t, _ in v), max(r for _, _, _, r in v) / 1024)
            for k, v in out.items()}


def main() -> None:
    for mode in ("year", "timeline"):
        t = drag_moves(mode)
        print(f"drag, {mode} view, {MOVES} moves over 500 stays: p50 {_pct(t, 50):.2f} ms, "
              f"p95 {_pct(t, 95):.2f} ms, max {max(t):.2f} ms  (goal p95 < 16 ms)")
    cs = cold_start()
    (bt, br, _, _), (ot, orss, lt, lrss) = cs["bare"], cs["ours"]
    print(f"cold start to window shown (median of {STARTS}): bare QMainWindow {bt:.0f} ms, "
          f"Stay Planner {ot:.0f} ms, ratio {ot / bt:.2f}  (goal <= 1.5)")
    print(f"  ... and to the demo itinerary loaded and painted: {lt:.0f} ms, "
          f"ratio {lt / bt:.2f}")
    print(f"peak RSS: bare {br:.1f} MB, Stay Planner {orss:.1f} MB shown, {lrss:.1f} MB "
          f"loaded, ratio {lrss / br:.2f}  (goal <= 1.3)")


if __name__ == "__main__":
    main()

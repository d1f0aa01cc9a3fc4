"""Starting the window, against a bare PySide6 window: ``python -m bench.start``.

Every start is a fresh child process (``QT_QPA_PLATFORM=offscreen``), timed
from ``Popen`` to the line the child prints once ``show()`` and one
``processEvents()`` have painted the window; the programs take turns and the
median of :data:`STARTS` is shown. Three programs:

* **bare**: ``QApplication`` + an empty ``QMainWindow`` (the issue's yardstick);
* **floor**: the bare window plus what any real window of ours cannot avoid:
  the ``Qt`` namespace (PySide6 makes its ~100 Python enums on first touch)
  and a line of text (the font database). It shows where the floor lies;
* **shape**: a window shaped like ours from Qt alone, none of our Python: a
  menu bar of 8 menus x 10 actions with shortcuts, a toolbar, two docks, a
  status bar and a painted 12-month grid of day numbers;
* **ours**: ``stay-planner FILE`` on the demo itinerary as :func:`planner.ui.app.run`
  starts it: the window is built and shown, then the file is read, judged and
  painted (the second figure, "loaded").

Two conditions:

* **warm**: the files are in the page cache (a second start, the usual case);
* **cold**: before each start the page cache is dropped (``sync``, then
  ``/proc/sys/vm/drop_caches``), as after a reboot: only where that may be
  written (root on Linux); otherwise the line says it was skipped.

Our modules are byte-compiled first, as an installed program is (``pip``
compiles on install, the PyInstaller bundle carries ``.pyc``); without that,
a machine with ``PYTHONDONTWRITEBYTECODE`` set would time Python's compiler.
The child also reports where its time went (imports, building, first paint).
Goal (issue 4): ours at most 1.5 x bare, shown. Peak RSS goal: at most 1.3 x.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"
STARTS = 7
DROP_CACHES = Path("/proc/sys/vm/drop_caches")

# Each child prints "mark NAME PERF_COUNTER RSS_KIB" lines; perf_counter is the
# system-wide monotonic clock on Linux, so the parent can subtract its own start.
_MARK = """
import resource, time
def mark(name):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("mark", name, time.perf_counter(), rss, flush=True)
"""

BARE = _MARK + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
app.processEvents()
mark("shown")
"""

FLOOR = _MARK + """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800)
w.setCentralWidget(QLabel("2026", alignment=Qt.AlignmentFlag.AlignCenter)); w.show()
app.processEvents()
mark("shown")
"""

SHAPE = _MARK + """
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

class Grid(QWidget):
    def paintEvent(self, event):
        p = QPainter(self)
        w, h = self.width() / 4, self.height() / 3
        for m in range(12):
            x, y = (m % 4) * w, (m // 4) * h
            p.drawText(QRectF(x, y, w, 20), Qt.AlignmentFlag.AlignCenter, f"Month {m + 1}")
            for d in range(31):
                r = QRectF(x + (d % 7) * w / 7, y + 20 + (d // 7) * (h - 20) / 6, w / 7,
                           (h - 20) / 6)
                p.fillRect(r.adjusted(1, 1, -1, -1), QColor(240, 240, 240))
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(d + 1))

app = QApplication([])
w = QMainWindow(); w.setCentralWidget(Grid())
tb = w.addToolBar("Calendar")
for i in range(8):
    menu = w.menuBar().addMenu(f"Menu {i}")
    for j in range(10):
        a = QAction(f"Action {j}", w); a.setShortcut(QKeySequence(f"Ctrl+Shift+{j}"))
        menu.addAction(a)
        if i == 0: tb.addAction(a)
for title in ("Itinerary", "Exit window"):
    dock = QDockWidget(title, w); dock.setWidget(QLabel(title))
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
w.statusBar().showMessage("Ready")
w.resize(1280, 800); w.show()
app.processEvents()
mark("shown")
"""

OURS = _MARK + """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
mark("qt")
from planner.ui import app as ui_app
from planner.ui.settings import Settings
import planner.ui.main_window, planner.ui.recovery
mark("imported")
s = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
# As ``stay-planner FILE`` does: the window shows, then the file is loaded.
app, w = ui_app.build(["stay-planner", sys.argv[1]], s, defer_load=True)
mark("built")
w.resize(1280, 800); w.show()
app.processEvents()
mark("shown")
w.pending_load()
w.repaint()
mark("loaded")
"""


def _drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        DROP_CACHES.write_text("3\n")
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def can_drop_caches() -> bool:
    return sys.platform.startswith("linux") and os.access(DROP_CACHES, os.W_OK)


def start(code: str, *args: str) -> dict[str, tuple[float, float]]:
    """Milliseconds since ``Popen`` and peak RSS (MB) at each mark of one start."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out, _ = proc.communicate(timeout=60)
    marks = {}
    for line in out.splitlines():
        if line.startswith("mark "):
            _, name, when, rss = line.split()
            marks[name] = ((float(when) - t0) * 1000, int(rss) / 1024)
    if "shown" not in marks:
        raise RuntimeError(f"the child did not show its window (exit {proc.returncode})")
    return marks


def run(cold: bool, ini: str) -> dict[str, dict[str, tuple[float, float]]]:
    """Median time and largest RSS at each mark, per program."""
    programs = {"bare": (BARE,), "floor": (FLOOR,), "shape": (SHAPE,),
                "ours": (OURS, str(DEMO), ini)}
    runs: dict[str, list[dict[str, tuple[float, float]]]] = {k: [] for k in programs}
    if not cold:
        for p in programs.values():
            start(*p)  # fill the page cache
    for _ in range(STARTS):
        for name, p in programs.items():
            if cold:
                _drop_caches()
            runs[name].append(start(*p))
    return {name: {m: (statistics.median(r[m][0] for r in rs), max(r[m][1] for r in rs))
                   for m in rs[0]}
            for name, rs in runs.items()}


def report(label: str, res: dict[str, dict[str, tuple[float, float]]]) -> None:
    bare, floor, ours = res["bare"]["shown"][0], res["floor"]["shown"][0], res["ours"]
    shape = res["shape"]["shown"][0]
    shown, loaded = ours["shown"][0], ours["loaded"][0]
    print(f"{label}: bare QMainWindow {bare:.0f} ms, floor (Qt enums + text) "
          f"{floor:.0f} ms = {floor / bare:.2f} x, our window's shape in Qt alone "
          f"{shape:.0f} ms = {shape / bare:.2f} x, Stay Planner shown {shown:.0f} ms = "
          f"{shown / bare:.2f} x (goal <= 1.5), demo loaded and painted {loaded:.0f} ms = "
          f"{loaded / bare:.2f} x")
    steps = [("Python + Qt", 0.0, ours["qt"][0]), ("our imports", ours["qt"][0],
             ours["imported"][0]), ("build", ours["imported"][0], ours["built"][0]),
             ("show + paint", ours["built"][0], shown), ("load file", shown, loaded)]
    print("  where ours goes: " + ", ".join(f"{n} {b - a:.0f} ms" for n, a, b in steps))
    if label.startswith("warm"):
        br, fr = res["bare"]["shown"][1], res["floor"]["shown"][1]
        hr, sr, lr = res["shape"]["shown"][1], ours["shown"][1], ours["loaded"][1]
        print(f"peak RSS: bare {br:.1f} MB, floor {fr:.1f} MB = {fr / br:.2f} x, shape "
              f"{hr:.1f} MB = {hr / br:.2f} x, Stay Planner "
              f"{sr:.1f} MB shown = {sr / br:.2f} x, {lr:.1f} MB loaded = {lr / br:.2f} x "
              f"(goal <= 1.3)")


def main() -> None:
    import tempfile

    compileall.compile_dir(ROOT / "planner", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        ini = str(Path(tmp) / "settings.ini")
        report(f"warm start, median of {STARTS}", run(False, ini))
        if can_drop_caches():
            report(f"cold start (page cache dropped), median of {STARTS}", run(True, ini))
        else:
            print("cold start (page cache dropped): skipped, /proc/sys/vm/drop_caches "
                  "is not writable here (needs root on Linux)")


if __name__ == "__main__":
    main()

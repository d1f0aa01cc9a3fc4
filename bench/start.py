"""Starting the window, against a bare PySide6 window: ``python -m bench.start``.

Every start is a fresh child process (``QT_QPA_PLATFORM=offscreen``), timed
from ``Popen`` to the line the child prints once ``show()`` and one
``processEvents()`` have painted the window; the programs take turns and the
median of :data:`STARTS` is shown. Five programs:

* **bare**: ``QApplication`` + an empty ``QMainWindow`` (the issue's yardstick);
* **floor**: the bare window plus what any real window of ours cannot avoid:
  the ``Qt`` namespace (PySide6 makes its ~100 Python enums on first touch)
  and a line of text (the font database). It shows where the floor lies;
* **outline**: our window's outline from Qt alone, none of our Python: a
  menu bar of 8 menus x 10 actions with shortcuts, a toolbar, two docks that
  hold a label each, a status bar and a painted 12-month grid of day numbers
  (until December 2026 this was the goals' yardstick, called the shape);
* **shape**: the outline with the widgets our window shows at its first paint,
  still from Qt alone: the grid painted on a scroll area's viewport (as our
  calendar view is), a country combo box in the toolbar, and docks that
  scroll, holding group boxes with a form (a line edit and a combo box), two
  tables with resizing headers, labels, hidden buttons and a hidden table.
  The outline left these out, so that Qt's own cost for them counted as ours;
  the goals are measured against the shape;
* **ours**: ``stay-planner FILE`` on the demo itinerary as :func:`planner.ui.window.app.run`
  starts it (the garbage collector paused before Qt and the window's modules
  load, as the entry point does; then the same :func:`planner.ui.window.app.start`):
  the window is built and shown, then the file is read, judged
  (with its registration and tax deadlines) and painted as
  the user first sees it: laid out, the deadline marks and banner, the side
  panel's rows and the legend (the second figure, "loaded"). That first
  paint is drawn from the plain-Python judge and allowance strip; the engine
  warms a moment later (NumPy loads, its arrays are built: the mark
  "settled", timed and measured for memory too, so that the cost moved after
  the paint is shown, not hidden). The child also says whether NumPy had
  loaded by the first paint.

Two conditions:

* **warm**: the files are in the page cache (a second start, the usual case);
* **cold** (``--cold``, not in ``make bench``): before each start the page
  cache is dropped (``sync``, then ``/proc/sys/vm/drop_caches``), as after a
  reboot, for the whole machine: only where that may be written (root on
  Linux); otherwise the line says it was skipped.

Our modules and the installed libraries (NumPy, holidays ...) are
byte-compiled first, as an installed program is (``pip`` compiles on install,
the PyInstaller bundle carries ``.pyc``); without that, a machine with
``PYTHONDONTWRITEBYTECODE`` set, or a virtual environment made by ``uv``
without ``--compile-bytecode``, would time Python's compiler (NumPy's alone
is some 250 ms a start). Our child sets the numeric libraries' thread pools to
one thread before NumPy loads, as the ``stay-planner`` entry point does.
The child also reports where its time went (imports, building, first paint).
Goals, against the shape in the same run: shown at most 1.3 x, the demo loaded
and painted at most 1.8 x, peak RSS (each child's own ``VmHWM``) loaded at
most 1.5 x.

Last, the command line: ``stay-planner check`` on the demo against
``python -c pass``, taking turns (goal: at most 8 x); ``--cli-only`` times
just that. The installed modules both load are byte-compiled first too.
"""

from __future__ import annotations

import compileall
import os
import py_compile
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"
STARTS = 7
DROP_CACHES = Path("/proc/sys/vm/drop_caches")

# Each child prints "mark NAME PERF_COUNTER RSS_KIB" lines; perf_counter is the
# system-wide monotonic clock on Linux, so the parent can subtract its own start.
# The peak is the child's own VmHWM: ru_maxrss survives fork and exec, so under
# ``python -m bench`` every child would report the parent's larger peak.
_MARK = """
import resource, time
def peak_kib():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: KiB, or bytes
def mark(name):
    print("mark", name, time.perf_counter(), peak_kib(), flush=True)
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

# A 12-month grid of day numbers, painted on ``{target}`` of a ``{base}``.
_GRID = """
class Grid({base}):
    def paintEvent(self, event):
        p = QPainter({target})
        w, h = p.device().width() / 4, p.device().height() / 3
        for m in range(12):
            x, y = (m % 4) * w, (m // 4) * h
            p.drawText(QRectF(x, y, w, 20), Qt.AlignmentFlag.AlignCenter, f"Month {{m + 1}}")
            for d in range(31):
                r = QRectF(x + (d % 7) * w / 7, y + 20 + (d // 7) * (h - 20) / 6, w / 7,
                           (h - 20) / 6)
                p.fillRect(r.adjusted(1, 1, -1, -1), QColor(240, 240, 240))
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(d + 1))
"""

# The grid as the central widget, a menu bar of 8 menus x 10 actions with
# shortcuts, the first menu's actions in a toolbar.
_FRAME = """
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(Grid())
tb = w.addToolBar("Calendar")
for i in range(8):
    menu = w.menuBar().addMenu(f"Menu {i}")
    for j in range(10):
        a = QAction(f"Action {j}", w); a.setShortcut(QKeySequence(f"Ctrl+Shift+{j}"))
        menu.addAction(a)
        if i == 0: tb.addAction(a)
"""

_SHOW = """
w.statusBar().showMessage("Ready")
w.resize(1280, 800); w.show()
app.processEvents()
mark("shown")
"""

OUTLINE = _MARK + """
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget
""" + _GRID.format(base="QWidget", target="self") + _FRAME + """
for title in ("Itinerary", "Exit window"):
    dock = QDockWidget(title, w); dock.setWidget(QLabel(title))
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
""" + _SHOW

SHAPE = _MARK + """
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox,
    QDockWidget, QFormLayout, QFrame, QGroupBox, QHeaderView, QLabel, QLineEdit, QMainWindow,
    QPushButton, QScrollArea, QTableView, QTableWidget, QVBoxLayout, QWidget)
""" + _GRID.format(base="QAbstractScrollArea", target="self.viewport()") + """
def table(columns):
    t = QTableView(); t.setModel(QStandardItemModel(0, len(columns), t))
    t.model().setHorizontalHeaderLabels(columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True); t.setShowGrid(False); t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t

def scrolling(widget):
    area = QScrollArea(); area.setWidgetResizable(True); area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area

def combo():  # one item, as ours has until its list is first opened
    box = QComboBox(); box.addItem("Kazakhstan", "KZ")
    return box
""" + _FRAME + """
tb.addWidget(combo())
panel = QWidget(); column = QVBoxLayout(panel)
form = QFormLayout(); form.addRow("Name:", QLineEdit()); form.addRow("Nationality:", combo())
box = QGroupBox("Traveller"); box.setLayout(form); column.addWidget(box)
for title, names in (("Today", ["Country", "Days left", "Deadline"]),
                     ("Stays", ["Country", "Entry", "Exit", "Days", "Purpose", "Note"])):
    box = QGroupBox(title); QVBoxLayout(box).addWidget(table(names)); column.addWidget(box)
advice = QWidget(); column = QVBoxLayout(advice)
for i in range(4): column.addWidget(QLabel(f"Line {i}"))
for i in range(4):
    button = QPushButton(f"Button {i}"); button.hide(); column.addWidget(button)
hidden = QTableWidget(0, 4); hidden.hide(); column.addWidget(hidden)
for title, content in (("Itinerary", panel), ("Exit window", advice)):
    dock = QDockWidget(title, w); dock.setWidget(scrolling(content))
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
""" + _SHOW

OURS = _MARK + """
import os, sys
for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(name, "1")  # as stay-planner's entry point (planner.cli.main) does
from planner import collector
collector.pause()  # as the entry point does before it imports the window (and Qt)
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
mark("qt")
from planner.ui.window import app as ui_app
from planner.ui.settings import Settings
from planner.storage.safety import RecoveryStore
import planner.ui.window.main_window, planner.ui.window.recovery
mark("imported")
s = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
# As ``stay-planner FILE`` does: the window shows, then the file is loaded.
# (Autosaves go to a folder of the benchmark's: the user's are never offered.)
app, w = ui_app.build(["stay-planner", sys.argv[1]], s, defer_load=True,
                      recovery=RecoveryStore(Path(sys.argv[3])))
mark("built")
w.resize(1280, 800)
# As run() does: show, paint, then read, judge and paint the file; the
# collector resumes at the end.
ui_app.start(app, w, shown=lambda: mark("shown"))
mark("loaded")
print("numpy", int(any(m.startswith("numpy.") for m in sys.modules)), flush=True)
# Then the event loop, until the engine has warmed (NumPy and its arrays, built
# a moment after that paint) or 10 s have passed.
import time
from PySide6.QtCore import QEventLoop, QTimer
QTimer.singleShot(10_000, lambda: None)  # (wakes the loop below at the latest then)
until = time.perf_counter() + 10
while not w.doc.evaluator.is_warm and time.perf_counter() < until:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
if w.doc.evaluator.is_warm:
    mark("settled")
"""

#: The marks each program must print.
MARKS = {"bare": ("shown",), "floor": ("shown",), "outline": ("shown",), "shape": ("shown",),
         "ours": ("qt", "imported", "built", "shown", "loaded", "settled")}
Marks = dict[str, tuple[float, float]]


def drop_caches() -> None:
    """Empty the page cache (root on Linux); :class:`OSError` when it may not."""
    subprocess.run(["sync"], check=True)
    DROP_CACHES.write_text("3\n")


def can_drop_caches() -> bool:
    return sys.platform.startswith("linux") and os.access(DROP_CACHES, os.W_OK)


def start(name: str, code: str, *args: str) -> Marks:
    """Milliseconds since ``Popen`` and peak RSS (MB) at each mark of one start."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RuntimeError(f"{name}: the child did not finish in 60 s") from None
    marks = {}
    for line in out.splitlines():
        if line.startswith("mark "):
            _, mark, when, rss = line.split()
            marks[mark] = ((float(when) - t0) * 1000, int(rss) / 1024)  # KiB
        elif line.startswith("numpy "):  # whether NumPy had loaded by the first paint
            marks["numpy"] = (float(line.split()[1]), 0.0)
    missing = [m for m in MARKS[name] if m not in marks]
    if proc.returncode != 0 or missing:
        raise RuntimeError(f"{name}: exit {proc.returncode}, marks missing {missing}\n"
                           f"{err.strip()[-2000:]}")
    return marks


def run(cold: bool, tmp: Path) -> dict[str, list[Marks]]:
    """Every start's marks, per program; programs take turns, :data:`STARTS` each."""
    programs = {"bare": (BARE,), "floor": (FLOOR,), "outline": (OUTLINE,), "shape": (SHAPE,),
                "ours": (OURS, str(DEMO), str(tmp / "settings.ini"), str(tmp / "recovery"))}
    runs: dict[str, list[Marks]] = {k: [] for k in programs}
    for lib in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        compileall.compile_dir(lib, quiet=2, workers=0)  # what an install compiles
    if not cold:
        for name, p in programs.items():
            start(name, *p)  # fill the page cache
    for _ in range(STARTS):
        for name, p in programs.items():
            if cold:
                drop_caches()
            runs[name].append(start(name, *p))
    return runs


def _median(runs: list[Marks], mark: str, since: str | None = None) -> float:
    """Median over starts of the time to ``mark`` (from ``since`` in the same start)."""
    return statistics.median(r[mark][0] - (r[since][0] if since else 0.0) for r in runs)


def _peak(runs: list[Marks], mark: str) -> float:
    return max(r[mark][1] for r in runs)


def report(label: str, runs: dict[str, list[Marks]]) -> None:
    bare, floor = _median(runs["bare"], "shown"), _median(runs["floor"], "shown")
    outline, shape = _median(runs["outline"], "shown"), _median(runs["shape"], "shown")
    ours = runs["ours"]
    shown, loaded = _median(ours, "shown"), _median(ours, "loaded")
    print(f"{label}: bare QMainWindow {bare:.0f} ms, floor (Qt enums + text) "
          f"{floor:.0f} ms = {floor / bare:.2f} x, our window's outline in Qt alone "
          f"{outline:.0f} ms = {outline / bare:.2f} x, its shape in Qt alone {shape:.0f} ms = "
          f"{shape / bare:.2f} x, Stay Planner shown {shown:.0f} ms = "
          f"{shown / bare:.2f} x, demo loaded and painted {loaded:.0f} ms = "
          f"{loaded / bare:.2f} x")
    steps = [("Python + Qt", "qt", None), ("our imports", "imported", "qt"),
             ("build", "built", "imported"), ("show + paint", "shown", "built"),
             ("load file", "loaded", "shown")]
    print("  where ours goes (median of each step): " + ", ".join(
        f"{n} {_median(ours, m, since):.0f} ms" for n, m, since in steps))
    from planner.ui.document import WARM_AFTER_MS  # (Qt: not needed to start the children)

    with_numpy = sum(r["numpy"][0] > 0 for r in ours)
    print(f"  settled (the engine warmed after that paint: NumPy and its arrays, "
          f"{WARM_AFTER_MS} ms after the paint asked) {_median(ours, 'settled'):.0f} ms, "
          f"{_median(ours, 'settled', 'loaded'):.0f} ms after loaded; NumPy loaded before "
          f"the first paint in {with_numpy} of {len(ours)} starts")
    print(f"  against the shape in the same run: shown {shown / shape:.2f} x "
          f"(goal <= 1.3) {_verdict(shown / shape, 1.3)}, demo loaded and painted "
          f"{loaded / shape:.2f} x (goal <= 1.8) {_verdict(loaded / shape, 1.8)}")
    print(f"  (against the outline, the shape until December 2026: shown "
          f"{shown / outline:.2f} x, loaded {loaded / outline:.2f} x)")
    if label.startswith("warm"):
        br, fr = _peak(runs["bare"], "shown"), _peak(runs["floor"], "shown")
        hr, sr, lr = _peak(runs["shape"], "shown"), _peak(ours, "shown"), _peak(ours, "loaded")
        print(f"peak RSS (each child's own VmHWM): bare {br:.1f} MB, floor {fr:.1f} MB = "
              f"{fr / br:.2f} x, outline {_peak(runs['outline'], 'shown'):.1f} MB, shape "
              f"{hr:.1f} MB = {hr / br:.2f} x, Stay Planner "
              f"{sr:.1f} MB shown = {sr / br:.2f} x, {lr:.1f} MB loaded = {lr / br:.2f} x; "
              f"loaded against the shape {lr / hr:.2f} x (goal <= 1.5) {_verdict(lr / hr, 1.5)}")
        tr = _peak(ours, "settled")
        print(f"  settled (NumPy loaded, the engine built) {tr:.1f} MB = {tr / br:.2f} x bare, "
              f"{tr / hr:.2f} x the shape: the loaded figure is taken before NumPy loads, "
              f"which the engine's warm-up after the first paint then adds")


def _verdict(ratio: float, goal: float) -> str:
    return "ok" if ratio <= goal else "MISSED"


#: Prints the files of every module a command-line run loaded (argv: the command's).
_LOADED = """
import sys
from planner.cli import main
try:
    main(sys.argv[1:])
finally:
    print("\\n".join(getattr(m, "__file__", None) or "" for m in list(sys.modules.values())))
"""


def compile_dependencies(args: list[str]) -> None:
    """Byte-compile the installed modules ``stay-planner ARGS`` loads (and those
    ``python -c pass`` loads), as ``pip`` does on install and the bundle ships:
    a development environment installed by ``uv`` without ``--compile-bytecode``
    would otherwise time Python's compiler on every start of both programs."""
    out = subprocess.run([sys.executable, "-c", _LOADED, *args], cwd=ROOT, capture_output=True,
                         text=True).stdout
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    for line in out.splitlines():
        path = Path(line.strip())
        if path.suffix == ".py" and path.is_file() and path.resolve().is_relative_to(site):
            py_compile.compile(str(path), doraise=False, quiet=1)


def command_line(starts: int = STARTS) -> tuple[float, float]:
    """Median wall milliseconds of ``python -c pass`` and of ``stay-planner check``
    on the demo (as ``python -m planner``), taking turns, without any thread
    setting of the caller's (the entry point makes its own)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    compile_dependencies(["check", str(DEMO)])
    programs = {"pass": [sys.executable, "-c", "pass"],
                "check": [sys.executable, "-m", "planner", "check", str(DEMO)]}
    times: dict[str, list[float]] = {k: [] for k in programs}
    for _ in range(starts + 1):
        for name, cmd in programs.items():
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
            if proc.returncode not in (0, 1, 3):  # check's verdicts; 2 is unusable input
                raise RuntimeError(f"{name}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
            times[name].append((time.perf_counter() - t0) * 1000)
    # The first turn fills the page cache.
    return statistics.median(times["pass"][1:]), statistics.median(times["check"][1:])


def main(argv: list[str] | None = None) -> None:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m bench.start", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cold", action="store_true",
                        help="also time starts with the page cache dropped before each one "
                             "(root on Linux; empties the whole machine's cache)")
    parser.add_argument("--cli-only", action="store_true",
                        help="time only the command line against python -c pass")
    args = parser.parse_args([] if argv is None else argv)
    compileall.compile_dir(ROOT / "planner", quiet=1)
    if args.cli_only:  # alone it is quick: more starts, a steadier median
        return _report_command_line(3 * STARTS)
    with tempfile.TemporaryDirectory() as tmp:
        report(f"warm start, median of {STARTS}", run(False, Path(tmp)))
        if not args.cold:
            print("  (cold starts, with the page cache dropped: python -m bench.start --cold)")
        elif not can_drop_caches():
            print("cold start: skipped, /proc/sys/vm/drop_caches is not writable here "
                  "(needs root on Linux)")
        else:
            report(f"cold start (page cache dropped), median of {STARTS}", run(True, Path(tmp)))
    _report_command_line()


def _report_command_line(starts: int = STARTS) -> None:
    bare, check = command_line(starts)
    print(f"command line (median of {starts}): python -c pass {bare:.0f} ms, "
          f"stay-planner check on the demo "
          f"{check:.0f} ms = {check / bare:.1f} x (goal <= 8) {_verdict(check / bare, 8.0)}")


if __name__ == "__main__":
    main(sys.argv[1:])

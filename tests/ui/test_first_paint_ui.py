"""The first paint of an opened itinerary, before the engine has warmed.

A document's evaluator starts deferred: the first paint is drawn from the
plain-Python judge and allowance strip, and the engine (NumPy, its arrays)
warms a moment after the calendar has painted. The picture must be the warm
engine's, pixel for pixel (nothing pops in or changes once it warms), an edit
before the warm-up must work as after it, and the demo's first paint must not
load NumPy at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from planner.core.engine import Evaluator
from planner.core.strip import allowance_strip
from planner.ui import document
from planner.ui.document import Document
from planner.ui.window.main_window import MainWindow
from tests.ui.conftest import TODAY, d, move, press, release, shown
from tests.ui.test_advice_ui import BREACHING

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def slow_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warm-up waits a minute, so that the test decides when it runs."""
    monkeypatch.setattr(document, "WARM_AFTER_MS", 60_000)


@pytest.mark.usefixtures("slow_warm_up")
def test_the_first_paint_is_the_warm_engines_picture(qtbot, rules, settings) -> None:
    images = []
    docs = [Document(BREACHING, rules=rules, today=TODAY) for _ in range(2)]
    docs[1].warm()
    assert not docs[0].evaluator.is_warm and docs[1].evaluator.is_warm
    for doc in docs:
        for w in shown(qtbot, MainWindow(doc, settings), (1400, 880)):
            w.view.viewport().repaint()
            images.append(w.grab().toImage())
            rows = w.panel.destinations
            images.append([rows.index(r, c).data() for r in range(rows.rowCount())
                           for c in range(rows.columnCount())])
    assert not docs[0].evaluator.is_warm  # painted, table and strip included, still cold
    assert docs[0]._warm_timer.isActive()  # ... and the paint asked for the warm-up
    assert images[0] == images[2]
    assert images[1] == images[3] and images[1]


@pytest.mark.usefixtures("slow_warm_up")
def test_a_drag_before_the_warm_up_builds_the_engine(qtbot, rules, settings) -> None:
    doc = Document(BREACHING, rules=rules, today=TODAY)
    for window in shown(qtbot, MainWindow(doc, settings), (1400, 880)):
        view, strip = window.view, window.planning.strip
        cold = list(strip.values()[1])
        assert not doc.evaluator.is_warm
        vp = view.viewport()
        grip = view.bar_point(0, "exit")
        press(vp, grip)
        move(vp, grip + QPoint(3, 0))
        move(vp, view.day_center(d(4, 20)))
        release(vp, view.day_center(d(4, 20)))
        assert doc.evaluator.is_warm and doc.stays[0].exit == d(4, 20)
        first, last = view.visible_days()
        assert strip.values()[1] == allowance_strip(rules, "RU", doc.stays, "KZ", first, last)
        fresh = Evaluator(rules, "RU", doc.stays)
        assert [doc.evaluator.breaches(x) for x in ("KZ", "GE")] == \
            [fresh.breaches(x) for x in ("KZ", "GE")]
        doc.undo_stack.undo()
        assert strip.values()[1] == cold


def test_the_engine_warms_by_itself_after_the_paint(qtbot, rules, settings) -> None:
    doc = Document(BREACHING, rules=rules, today=TODAY)
    for _window in shown(qtbot, MainWindow(doc, settings), (1400, 880)):
        qtbot.waitUntil(lambda: doc.evaluator.is_warm, timeout=5000)
        assert doc.stay_index().plain is False  # the planning index reads NumPy's strips now


def test_the_demo_paints_before_numpy_loads(tmp_path: Path) -> None:
    """As ``stay-planner`` opens the demo (its entry point's collector pause and
    ``app.start``): shown, loaded, painted without NumPy; then the engine warms by
    itself. The window shows before the file format (and JSON) has loaded too:
    it reads the file only after that first paint."""
    code = """
import sys, time
from pathlib import Path
from planner import collector
collector.pause()
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from planner.ui.window import app as ui_app
from planner.ui.settings import Settings
from planner.storage.safety import RecoveryStore
def numpy():
    return any(m.startswith("numpy.") for m in sys.modules)
def ran(name):  # imported and executed (a lazily named module is not, until first used)
    return type(sys.modules.get(name)) is type(sys)
s = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
app, w = ui_app.build(["stay-planner", sys.argv[1]], s, defer_load=True,
                      recovery=RecoveryStore(Path(sys.argv[3])))
w.resize(1280, 800)
at_shown = []
ui_app.start(app, w, shown=lambda: at_shown.extend(
    [numpy(), ran("planner.storage.itinerary_file"), ran("json")]))
painted = [w.doc.evaluator.is_warm, numpy(), w.panel.destinations.rowCount() > 0,
           bool(w.planning.strip.values()[1])]
QTimer.singleShot(10_000, lambda: None)  # (wakes the loop below at the latest then)
until = time.perf_counter() + 10
while not w.doc.evaluator.is_warm and time.perf_counter() < until:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
import json
print(json.dumps([at_shown, painted, [w.doc.evaluator.is_warm, numpy()]]))
"""
    demo = ROOT / "resources" / "demo" / "anna-2023.stayplan"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, str(demo), str(tmp_path / "s.ini"),
                          str(tmp_path / "recovery")], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    at_shown, painted, settled = json.loads(out.splitlines()[-1])
    assert at_shown == [False, False, False]
    assert painted == [False, False, True, True]
    assert settled == [True, True]

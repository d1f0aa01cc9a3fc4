"""kill -9 at random moments during every save path: no file is ever torn or lost.

Each save path runs in its own worker (:mod:`tests.faults.kill_worker`), all
at once, each killing its forked savers :data:`KILLS_PER_PATH` times. The
figures (kills, torn files, missing files) are attached to the test report
as user properties and printed with ``-s``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

RecordProperty = Callable[[str, object], None]  # pytest's record_property

ROOT = Path(__file__).resolve().parents[2]
PATHS = ("itinerary", "cli", "pdf", "ics", "csv", "autosave")
KILLS_PER_PATH = 20

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def workers(kinds: tuple[str, ...], kills: int, folder: Path) -> list[dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "tests.faults.kill_worker", kind,
                               str(kills), str(seed), str(folder / kind)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for seed, kind in enumerate(kinds, start=17)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-3000:]
        assert err == "", err[-3000:]
        results.append(json.loads(out))
    return results


def test_kill_9_during_every_save_path_leaves_no_torn_or_missing_file(
        tmp_path: Path, record_property: RecordProperty) -> None:
    results = workers(PATHS, KILLS_PER_PATH, tmp_path)
    kills = sum(int(str(r["kills"])) for r in results)
    torn = [t for r in results for t in r["torn"]]  # type: ignore[attr-defined]
    missing = sum(int(str(r["missing"])) for r in results)
    record_property("kills", kills)
    record_property("torn", len(torn))
    record_property("missing", missing)
    print(f"\nkill -9: {kills} kills over {len(PATHS)} save paths, {len(torn)} torn, "
          f"{missing} missing; " + ", ".join(f"{r['kind']} {r['kills']}" for r in results))
    assert kills >= 100
    assert torn == [] and missing == 0
    assert [r["left_after_next_save"] for r in results] == [0] * len(PATHS)


def test_the_harness_sees_a_file_written_in_place_torn(tmp_path: Path) -> None:
    """Writing in place, as the program must not: the same kills tear it."""
    [result] = workers(("naive",), 10, tmp_path)
    assert len(result["torn"]) >= 5  # type: ignore[arg-type]

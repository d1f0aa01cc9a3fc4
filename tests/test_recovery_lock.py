"""Crash recovery: a lock that dies with its process, and the file's fingerprint carried along.

A killed window's recovery file must be offered the moment the process is
gone, even while its process id still exists (a zombie its parent has not
reaped yet), and never while the window still runs.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import write_itinerary
from planner.storage.safety import RecoveryStore, fingerprint

ROOT = Path(__file__).resolve().parent.parent
TRIP = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", dt.date(2023, 2, 1), dt.date(2023, 3, 1)),))

WINDOW = textwrap.dedent("""
    import datetime as dt, sys, time
    from pathlib import Path
    from planner.core.model import Itinerary, Stay, Traveller
    from planner.storage.safety import RecoveryStore
    it = Itinerary(Traveller("Anna", "RU"), (Stay("KG", dt.date(2023, 5, 1), dt.date(2023, 5, 9)),))
    RecoveryStore(Path(sys.argv[1])).write("crashing", it, None)
    print("autosaved", flush=True)
    time.sleep(120)
""")


def test_a_killed_process_is_offered_while_its_pid_still_exists(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    with subprocess.Popen([sys.executable, "-c", WINDOW, str(folder)], cwd=ROOT,
                          stdout=subprocess.PIPE, text=True) as child:
        _offered_while_a_zombie(child, folder)


def _offered_while_a_zombie(child: subprocess.Popen[str], folder: Path) -> None:
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "autosaved"
        store = RecoveryStore(folder)
        assert store.pending() == []  # the window still runs
        os.kill(child.pid, signal.SIGKILL)
        # Wait for the death but leave the child a zombie: its pid still exists.
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        os.kill(child.pid, 0)  # no ProcessLookupError: a pid test would say "running"
        [found] = store.pending()
        assert [s.country for s in found.itinerary.stays] == ["KG"]
    finally:
        child.kill()
        child.wait(timeout=10)


def test_the_fingerprint_at_opening_travels_through_the_recovery_file(tmp_path: Path) -> None:
    path = tmp_path / "trip.stayplan"
    write_itinerary(TRIP, path)
    seen = fingerprint(path)
    writer = RecoveryStore(tmp_path / "recovery")
    writer.write("w", TRIP.with_stays([]), path, seen=seen)
    writer.abandon()  # as a crash would
    write_itinerary(TRIP.with_stays([*TRIP.stays, *TRIP.stays]), path)  # another program
    [found] = RecoveryStore(tmp_path / "recovery").pending()
    assert found.seen == seen and found.seen != fingerprint(path)


def test_a_discarded_recovery_leaves_no_lock_behind(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    store.write("w", TRIP, None)
    assert sorted(p.name for p in store.folder.iterdir()) == ["w.lock", "w.recovery.json"]
    store.discard("w")
    assert list(store.folder.iterdir()) == []

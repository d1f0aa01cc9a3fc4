"""Saves survive kills; backups, recovery files and conflict checks work."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.gen import many_stays
from planner.core.model import Itinerary, Traveller
from planner.storage import read_itinerary, write_itinerary
from planner.storage.atomic import sweep_stale_temps
from planner.storage.deadline_uid import deadline_uid
from planner.storage.digest import sha256
from planner.storage.safety import (
    RecoveryStore,
    backups_of,
    changed_since,
    fingerprint,
    save_with_backup,
)

ROOT = Path(__file__).resolve().parent.parent

SAVER = """
import sys
from bench.gen import many_stays
from planner.storage import write_itinerary
a = many_stays(2000, seed=1)
b = many_stays(2000, seed=2)
target = sys.argv[1]
print("ready", flush=True)
i = 0
while True:
    write_itinerary(a if i % 2 else b, target)
    i += 1
"""


def test_killed_saves_never_damage_the_file(tmp_path: Path) -> None:
    """A child saves a large itinerary in a loop and is SIGKILLed at random moments."""
    target = tmp_path / "big.stayplan"
    a, b = many_stays(2000, seed=1), many_stays(2000, seed=2)
    write_itinerary(a, target)
    rnd = random.Random(42)
    for _ in range(25):
        with subprocess.Popen([sys.executable, "-c", SAVER, str(target)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rnd.uniform(0.0, 0.25))
            os.kill(child.pid, signal.SIGKILL)
        got = read_itinerary(target)
        assert got.stays in (a.stays, b.stays)
    # A killed save may leave its temporary file; the next save sweeps it away.
    write_itinerary(a, target)
    assert [p.name for p in tmp_path.iterdir()] == ["big.stayplan"]


def test_sweep_keeps_temps_of_living_processes(tmp_path: Path) -> None:
    target = tmp_path / "t.stayplan"
    mine = tmp_path / f".t.stayplan.{os.getpid()}.abc.tmp"
    dead = tmp_path / ".t.stayplan.999999999.abc.tmp"
    mine.write_text("x")
    dead.write_text("x")
    assert sweep_stale_temps(target) == [dead]
    assert mine.exists() and not dead.exists()


def small(name: str, n: int = 3) -> Itinerary:
    it = many_stays(n, seed=n)
    return Itinerary(Traveller(name, "RU"), it.stays)


def test_backups_keep_a_few_generations(tmp_path: Path) -> None:
    target = tmp_path / "anna.stayplan"
    root = tmp_path / "backups"
    assert save_with_backup(small("v0"), target, backup_root=root) is None
    for i in range(1, 8):
        made = save_with_backup(small(f"v{i}"), target, backup_root=root, keep=3)
        assert made is not None and read_itinerary(made).traveller.name == f"v{i - 1}"
    kept = backups_of(target, root)
    assert [read_itinerary(p).traveller.name for p in kept] == ["v6", "v5", "v4"]
    assert read_itinerary(target).traveller.name == "v7"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_backups_and_recovery_files_are_the_users_alone(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask: new files readable by everyone
    try:
        target = tmp_path / "anna.stayplan"
        write_itinerary(small("v0"), target)
        root = tmp_path / "backups"
        first = save_with_backup(small("v1"), target, backup_root=root)
        assert first is not None
        first.parent.chmod(0o755)  # made too open by something else: tightened
        made = save_with_backup(small("v2"), target, backup_root=root)
        assert made is not None and made.parent == first.parent
        store = RecoveryStore(tmp_path / "state" / "rec")
        rec = store.write("doc1", small("v2"), target)
    finally:
        os.umask(old)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert (mode(first), mode(made), mode(made.parent)) == (0o600, 0o600, 0o700)
    assert mode(root) == 0o700  # the folder names of the user's files are private too
    assert (mode(rec), mode(rec.parent)) == (0o600, 0o700)
    assert mode(target) == 0o644  # the user's own file keeps its mode


def test_recovery_round_trip_and_discard(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    it = small("Анна")
    when = dt.datetime(2026, 11, 24, 14, 32)
    store.write("doc1", it, tmp_path / "anna.stayplan", now=when)
    # Our own process is alive: its files are not offered as crash leftovers.
    assert store.pending() == []
    found = store.pending(include_running=True)
    assert len(found) == 1
    assert found[0].itinerary == it and found[0].saved_at == when
    assert found[0].original == tmp_path / "anna.stayplan"
    store.discard("doc1")
    assert store.pending(include_running=True) == []


def test_recovery_from_a_dead_process_is_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    code = ("import sys, os, signal; from planner.storage.safety import RecoveryStore; "
            "from bench.gen import many_stays; "
            "RecoveryStore(__import__('pathlib').Path(sys.argv[1])).write("
            "'w1', many_stays(5), None); os.kill(os.getpid(), signal.SIGKILL)")
    subprocess.run([sys.executable, "-c", code, str(store.folder)], cwd=ROOT)
    found = store.pending()
    assert len(found) == 1 and found[0].original is None
    assert found[0].itinerary.stays == many_stays(5).stays


def test_conflict_detection(tmp_path: Path) -> None:
    target = tmp_path / "t.stayplan"
    write_itinerary(small("a"), target)
    seen = fingerprint(target)
    assert not changed_since(target, seen)
    write_itinerary(small("b"), target)  # another window saved meanwhile
    assert changed_since(target, seen)
    target.unlink()
    assert changed_since(target, seen)


def test_newer_version_is_refused_unless_asked_to_show_it(tmp_path: Path) -> None:
    import json

    import pytest

    from planner.storage import UnsupportedVersionError

    f = tmp_path / "future.stayplan"
    f.write_text(json.dumps({"format": "stay-planner", "version": 2, "holograms": True,
                             "traveller": {"name": "Z", "nationality": "KZ"},
                             "stays": [{"country": "GE", "entry": "2024-01-01",
                                        "exit": "2024-01-02", "mood": "good"}]}))
    with pytest.raises(UnsupportedVersionError):
        read_itinerary(f)
    shown = read_itinerary(f, accept_newer=True)
    assert shown.stays[0].extra == {"mood": "good"} and shown.extra == {"holograms": True}


def test_fingerprints_hash_as_hashlib_does_without_loading_openssl(tmp_path: Path) -> None:
    data = "Анна, 90 days in 180\n".encode() * 5000
    h = sha256()
    h.update(data)
    assert h.hexdigest() == hashlib.sha256(data).hexdigest()
    f = tmp_path / "a.stayplan"
    f.write_bytes(data)
    code = ("import sys\nfrom planner.storage.safety import fingerprint\n"
            f"print(fingerprint({str(f)!r}).sha256)\nprint('_hashlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [hashlib.sha256(data).hexdigest(), "False"]


def test_deadline_uids_hash_as_hashlib_does_without_loading_openssl() -> None:
    """The window asks for a dismissed deadline's UID when a file opens; that
    must not load OpenSSL, and the UID must stay what exported calendars hold."""
    row = {"kind": "register", "index": 3, "rule": "kz-registration"}
    text = "\x1f".join(["анна.stayplan", "register", "3", "kz-registration", "1"])
    expected = hashlib.sha256(text.encode()).hexdigest()[:32] + "@deadlines.stay-planner"
    assert deadline_uid("анна.stayplan", row, 1) == expected
    code = ("import sys\nfrom planner.storage.deadline_uid import deadline_uid\n"
            f"print(deadline_uid('a', {row!r}))\nprint('_hashlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [deadline_uid("a", row), "False"]

"""A full disk on every save path: the old file stays whole and the message says the disk is full.

Simulated by an ``os.write`` (or ``os.fsync``) that fails with ENOSPC or
EDQUOT part-way, on each path: the window's Save (backup first), the command
line's itinerary writes, the PDF summary, the calendar and CSV exports, the
autosave. As root, the same is done once more on a real 64 KB tmpfs.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError

D = dt.date
OLD = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", D(2023, 2, 1), D(2023, 3, 1)),))
NEW = Itinerary(Traveller("Anna", "RU"), tuple(
    Stay("KZ", D(2023, 1, 1) + dt.timedelta(days=3 * i), D(2023, 1, 2) + dt.timedelta(days=3 * i),
         note="x" * 300) for i in range(40)))
WORDS = {errno.ENOSPC: "the disk is full",
         getattr(errno, "EDQUOT", 122): "your disk quota is used up"}
Save = Callable[[Itinerary, Path], None]


def _window_save(it: Itinerary, target: Path) -> None:
    from planner.storage.safety import save_with_backup

    save_with_backup(it, target, backup_root=target.parent / "backups")


def _cli_save(it: Itinerary, target: Path) -> None:
    from planner.storage import write_itinerary

    write_itinerary(it, target, force=True)


def _pdf(it: Itinerary, target: Path) -> None:
    from planner import api
    from planner.report.summary_data import build_summary
    from planner.report.summary_pdf import render_pdf

    summary = build_summary(it, api.load_rules(), D(2023, 6, 1), lang="en", made=D(2026, 1, 1))
    render_pdf(summary, target, force=True)


def _ics(it: Itinerary, target: Path) -> None:
    from planner.storage.ics import write_ics

    write_ics(it, target)


def _csv(it: Itinerary, target: Path) -> None:
    from planner.storage.csv_io import write_csv

    write_csv(it, target)


def _autosave(it: Itinerary, target: Path) -> None:
    from planner.storage.safety import RecoveryStore

    store = RecoveryStore(target.parent)
    try:
        store.write(target.name.removesuffix(".recovery.json"), it, None)
    finally:
        store.abandon()


PATHS: dict[str, tuple[str, Save]] = {
    "window save": ("trip.stayplan", _window_save), "cli itinerary": ("trip.stayplan", _cli_save),
    "pdf": ("summary.pdf", _pdf), "ics": ("trip.ics", _ics), "csv": ("trip.csv", _csv),
    "autosave": ("doc.recovery.json", _autosave),
}


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """The PDF path paints with Qt: the session's one application (pytest-qt's)."""


def fail_after(monkeypatch: pytest.MonkeyPatch, name: str, budget: int, code: int) -> None:
    """``os.<name>`` fails with ``code`` once ``budget`` bytes were written."""
    real_write = os.write
    left = [budget]

    def write(fd: int, data: bytes | memoryview) -> int:
        if left[0] <= 0:
            raise OSError(code, os.strerror(code))
        n = real_write(fd, bytes(data)[: left[0]])
        left[0] -= n
        return n

    def fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, write if name == "write" else fsync)


def files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by name, but for backups, which must hold the old file.

    A backup made before the failing write is a copy of the file as it was.
    """
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.endswith(".lock"):
            out[str(p.relative_to(folder))] = p.read_bytes()
    backups = {k: v for k, v in out.items() if k.startswith("backups/")}
    assert set(backups.values()) <= {out.get("trip.stayplan")}
    return {k: v for k, v in out.items() if k not in backups}


@pytest.mark.parametrize("path", list(PATHS))
@pytest.mark.parametrize(("how", "budget"), [("write", 0), ("write", 3000), ("fsync", 0)])
@pytest.mark.parametrize("code", list(WORDS))
def test_a_full_disk_keeps_the_old_file_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, how: str, budget: int,
        code: int) -> None:
    name, save = PATHS[path]
    target = tmp_path / name
    save(OLD, target)
    before = files(tmp_path)
    fail_after(monkeypatch, how, budget, code)
    with pytest.raises(ItineraryError) as caught:
        save(NEW, target)
    monkeypatch.undo()
    assert WORDS[code] in str(caught.value)
    assert "\n" not in str(caught.value)
    assert files(tmp_path) == before  # the old file whole, no backup or temporary file added


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB tmpfs (root only; skipped where mounting is not allowed)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize("path", list(PATHS))
def test_a_really_full_tmpfs_keeps_the_old_file(small_disk: Path, path: str) -> None:
    name, save = PATHS[path]
    target = small_disk / name
    save(OLD, target)
    before = files(small_disk)
    filler = small_disk / "filler"
    with open(filler, "wb") as stream:  # leave about 4 KB free
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        stream.write(b"\0" * max(0, free - 4096))
    with pytest.raises(ItineraryError, match="the disk is full"):
        save(NEW, target)
    filler.unlink()
    assert files(small_disk) == before

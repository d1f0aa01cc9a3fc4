"""Every file read goes through one guard, and every failure is one line with status 2.

Run as child processes with a time and memory limit, since what is tested
here used to hang (a FIFO), fill the memory (``--rules /dev/zero``) or end
in a traceback with status 1, which means "breach".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import write_itinerary

ROOT = Path(__file__).resolve().parent.parent
D = dt.date
TRIP = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", D(2023, 2, 1), D(2023, 6, 1)),))
MEMORY = 1536 * 1024 * 1024  # a child may not use more than 1.5 GB

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="FIFOs, devices and rlimits are POSIX")


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def cli(*args: str | Path, timeout: float = 60, stdin: int | None = subprocess.DEVNULL
        ) -> subprocess.CompletedProcess[str]:
    """``stay-planner ARGS`` in a child; fails the test (not hangs) after ``timeout``."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "planner", *map(str, args)], stdin=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          preexec_fn=_limit_memory, env=env)


def refused(res: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit status 2, nothing on stdout, one line on stderr holding ``words``."""
    assert res.returncode == 2, (res.returncode, res.stderr[-2000:])
    assert "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("stay-planner: "), res.stderr
    for word in words:
        assert word in res.stderr, res.stderr


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    path = tmp_path / "trip.stayplan"
    write_itinerary(TRIP, path)
    return path


def rule_file(tmp_path: Path, raw_days: str | None = None, **changes: object) -> Path:
    """A rule file with one rule; ``raw_days`` is written as the JSON number of max_days."""
    rule = {"id": "kz-test", "destination": "KZ", "nationalities": ["RU"], "kind": "rolling",
            "max_days": 90, "window_days": 180, "source": "test", "checked": "2026-01-01"}
    rule.update(changes)
    if raw_days is not None:
        rule["max_days"] = rule["window_days"] = "@DAYS@"
    text = json.dumps({"format": "stay-planner-rules", "version": 1, "rules": [rule]})
    path = tmp_path / "rules.json"
    path.write_text(text.replace('"@DAYS@"', raw_days or ""))
    return path


# ---- FIFOs and devices are refused before anything is read ------------------------------


def test_import_refuses_a_fifo_without_an_extension(tmp_path: Path) -> None:
    fifo = tmp_path / "stays"
    os.mkfifo(fifo)
    res = cli("import", fifo, "-o", tmp_path / "out.stayplan", timeout=20)
    refused(res, "FIFO")
    assert not (tmp_path / "out.stayplan").exists()


def test_import_refuses_a_slow_standard_input(tmp_path: Path) -> None:
    with subprocess.Popen(["sleep", "60"], stdout=subprocess.PIPE) as slow:
        try:
            res = cli("import", "/dev/stdin", "-o", tmp_path / "out.stayplan", timeout=20,
                      stdin=slow.stdout.fileno() if slow.stdout else None)
        finally:
            slow.kill()
    refused(res, "FIFO")


def test_rules_from_a_fifo_are_refused(trip: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "rules.json"
    os.mkfifo(fifo)
    refused(cli("check", trip, "--rules", fifo, timeout=20), "FIFO")


def test_rules_from_dev_zero_are_refused_without_reading(trip: Path) -> None:
    refused(cli("check", trip, "--rules", "/dev/zero", timeout=20), "a device")


# ---- numbers and dates are bounded -----------------------------------------------------------


@pytest.mark.parametrize(("digits", "word"), [
    ("9" * 5000, "digits"), ("1" + "0" * 30, "digits"), ("1" + "0" * 18, "max_days"),
    ("36601", "max_days")])
def test_rule_files_with_huge_day_counts_are_refused(trip: Path, tmp_path: Path,
                                                     digits: str, word: str) -> None:
    rules = rule_file(tmp_path, raw_days=digits)
    refused(cli("check", trip, "--rules", rules), word)


def test_fix_with_a_rule_of_10_to_the_18_days_is_refused(trip: Path, tmp_path: Path) -> None:
    rules = rule_file(tmp_path, kind="per-entry", max_days=10**18, window_days=None)
    out = tmp_path / "fixed.stayplan"
    refused(cli("fix", trip, "--rules", rules, "-o", out), "max_days")
    assert not out.exists()


def test_rule_dates_outside_the_planned_years_are_refused(trip: Path, tmp_path: Path) -> None:
    rules = rule_file(tmp_path, valid_to="9999-12-31")
    refused(cli("check", trip, "--rules", rules), "valid_to", "1900–2200")


@pytest.mark.parametrize("args", [
    ("plan", "{trip}", "--country", "KZ", "--enter", "9999-12-31"),
    ("reentry", "{trip}", "--country", "KZ", "--days", "3", "--after", "9999-12-30"),
    ("usage", "{trip}", "--destination", "KZ", "--from", "9999-12-01", "--to", "9999-12-31"),
    ("summary", "{trip}", "-o", "{out}", "--date", "9999-12-31"),
    ("reentry", "{trip}", "--country", "KZ", "--days", "99999999999"),
])
def test_dates_and_lengths_out_of_range_are_one_line(trip: Path, tmp_path: Path,
                                                      args: tuple[str, ...]) -> None:
    out = tmp_path / "s.pdf"
    res = cli(*(a.format(trip=trip, out=out) for a in args))
    refused(res)
    assert not out.exists()


def test_the_api_refuses_dates_out_of_range_too(trip: Path) -> None:
    from planner import api

    it = api.load(trip)
    with pytest.raises(api.InputError, match="1900"):
        api.plan(it, "KZ", D(9999, 12, 31))
    with pytest.raises(api.InputError, match="1900"):
        api.reentry(it, "KZ", 3, D(9999, 12, 30))
    with pytest.raises(api.InputError, match="36,600"):
        api.reentry(it, "KZ", 99_999_999_999)


# ---- a reader that goes away -------------------------------------------------------------


def test_a_closed_pipe_ends_quietly(trip: Path) -> None:
    """``usage … | head -1``: 18 000 lines, the reader takes one and leaves."""
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    with subprocess.Popen(
            [sys.executable, "-m", "planner", "usage", str(trip), "--destination", "KZ",
             "--from", "1950-01-01", "--to", "1999-12-31"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env) as child:
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read().decode()
        status = child.wait(timeout=60)
    assert first.startswith(b"1950-01-01")
    assert err == ""
    assert status == 141


# ---- what the program writes, it reads back -------------------------------------------------


def test_import_of_more_rows_than_an_itinerary_holds_is_refused_early(tmp_path: Path) -> None:
    from planner.limits import MAX_STAYS

    rows = "".join(f"KZ,2023-01-01,2023-01-01,,row {i}\n" for i in range(MAX_STAYS + 1))
    src = tmp_path / "many.csv"
    src.write_text("country,entry,exit,status,note\n" + rows)
    out = tmp_path / "many.stayplan"
    refused(cli("import", src, "-o", out, timeout=120), "100,000")
    assert not out.exists()


def test_an_itinerary_of_300000_stays_is_refused_with_the_limit(tmp_path: Path) -> None:
    stay = {"country": "KZ", "entry": "2023-01-01", "exit": "2023-01-01"}
    doc = {"format": "stay-planner", "version": 1, "traveller": {"name": "A"},
           "stays": [stay] * 300_000}
    path = tmp_path / "huge.stayplan"
    path.write_text(json.dumps(doc, separators=(",", ":")))
    refused(cli("check", path, timeout=120), "300,000 stays", "100,000")

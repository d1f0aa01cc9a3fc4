"""The command line: contract shapes, exit codes, and every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from planner import api
from planner.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"


def write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def plan_file(tmp_path: Path, stays: list[dict[str, Any]], nat: str = "RU",
              name: str = "trip.stayplan") -> Path:
    """An itinerary file of Anna's (nationality ``nat``) with ``stays`` as written."""
    return write(tmp_path / name, {
        "format": "stay-planner", "version": 1,
        "traveller": {"name": "Anna", "nationality": nat}, "stays": stays})


KZ_BREACH = [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-06-01", "note": "Almaty"}]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_check_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", str(plan_file(tmp_path, KZ_BREACH)), "--json")
    assert status == 1 and err == ""
    res = json.loads(out)
    assert res["compliant"] is False
    kz = [r for r in res["results"] if r["destination"] == "KZ"]
    assert kz == [{"destination": "KZ", "rule": kz[0]["rule"], "kind": "rolling",
                   "max_days": 90, "window_days": 180,
                   "breaches": [["2023-05-02", "2023-06-01"]]}]


def test_check_compliant_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-05-01"}])
    status, out, _ = run(capsys, "check", str(f))
    assert status == 0
    assert "compliant" in out and "BREACH" not in out


def test_check_text_names_breach(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(plan_file(tmp_path, KZ_BREACH)))
    assert status == 1
    assert "BREACH 2023-05-02 – 2023-06-01 (31 days)" in out
    assert "NOT COMPLIANT" in out


def test_windows_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "windows", str(plan_file(tmp_path, KZ_BREACH)), "--json")
    assert status == 0
    assert json.loads(out) == {"stays": [
        {"index": 0, "country": "KZ", "entry": "2023-02-01", "exit": "2023-06-01",
         "latest_exit": "2023-05-01", "breaching": True}]}


def test_plan_and_reentry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-05-01"}])
    _, out, _ = run(capsys, "plan", str(f), "--country", "KZ", "--enter", "2023-07-01",
                    "--json")
    assert json.loads(out) == {"country": "KZ", "enter": "2023-07-01", "max_days": 0,
                               "last_day": None}
    # The window ending 2023-07-31 (2023-02-02 .. 2023-07-31) holds 89 old days.
    _, out, _ = run(capsys, "reentry", str(f), "--country", "KZ", "--days", "30", "--json")
    res = json.loads(out)
    assert res["earliest_entry"] == "2023-07-31" and res["after"] == "2023-05-02"
    _, out, _ = run(capsys, "plan", str(f), "--country", "KZ", "--enter", "2023-07-31",
                    "--json")
    assert json.loads(out)["max_days"] >= 30


def test_usage_series(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "usage", str(plan_file(tmp_path, KZ_BREACH)), "--destination",
                    "KZ", "--json")
    res = json.loads(out)
    assert res["from"] == "2023-02-01" and res["to"] == "2023-06-01"
    assert res["used"][:3] == [1, 2, 3] and res["used"][-1] == 121
    assert set(res["allowed"]) == {90}
    assert len(res["used"]) == len(res["allowed"]) == 121


def test_api_returns_what_cli_prints(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, KZ_BREACH)
    _, out, _ = run(capsys, "check", str(f), "--json")
    assert json.loads(out) == api.check(api.load(f))


def test_rules_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = write(tmp_path / "mine.json", {
        "format": "stay-planner-rules", "version": 1, "rules": [{
            "id": "kz-test-60-180", "destination": "KZ", "nationalities": ["RU"],
            "kind": "rolling", "max_days": 60, "window_days": 180,
            "valid_from": "2023-01-27", "source": "a test", "checked": "2026-11-24"}]})
    f = plan_file(tmp_path, [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-05-01"}])
    status, out, _ = run(capsys, "check", str(f), "--json", "--rules", str(rules))
    assert status == 1
    mine = [r for r in json.loads(out)["results"] if r["rule"] == "kz-test-60-180"]
    assert mine[0]["breaches"] == [["2023-04-02", "2023-05-01"]]


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty"),
    "not json": (b"{stays: [", "JSON"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "newer": (json.dumps({"format": "stay-planner", "version": 9, "stays": []}).encode(),
              "newer"),
    "impossible date": (json.dumps({
        "format": "stay-planner", "version": 1, "traveller": {"nationality": "RU"},
        "stays": [{"country": "KZ", "entry": "2023-02-30", "exit": "2023-03-01"}]}).encode(),
        "2023-02-30"),
    "unknown country": (json.dumps({
        "format": "stay-planner", "version": 1, "traveller": {"nationality": "RU"},
        "stays": [{"country": "XZ", "entry": "2023-02-01", "exit": "2023-03-01"}]}).encode(),
        "XZ"),
    "exit before entry": (json.dumps({
        "format": "stay-planner", "version": 1, "traveller": {"nationality": "RU"},
        "stays": [{"country": "KZ", "entry": "2023-03-01", "exit": "2023-02-01"}]}).encode(),
        "before"),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "nest"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["check", "windows", "usage"])
def test_bad_files_exit_2_and_stay_unchanged(kind: str, command: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data, needle = BAD_FILES[kind]
    f = tmp_path / "bad.stayplan"
    f.write_bytes(data)
    extra = ["--destination", "KZ"] if command == "usage" else []
    status, out, err = run(capsys, command, str(f), *extra)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("stay-planner: ")
    assert needle.lower() in err.lower()
    assert f.read_bytes() == data
    with pytest.raises(api.ItineraryError):
        api.load(f)


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "check", str(tmp_path / "nope.stayplan"))
    assert status == 2 and "nope.stayplan" in err


@pytest.mark.parametrize("args,needle", [
    (["plan", "{f}", "--country", "XZ", "--enter", "2023-01-01"], "XZ"),
    (["plan", "{f}", "--country", "KZ", "--enter", "2023-02-30"], "2023-02-30"),
    (["reentry", "{f}", "--country", "KZ", "--days", "0"], "days"),
    (["usage", "{f}", "--destination", "ATLANTIS"], "ATLANTIS"),
    (["usage", "{f}", "--destination", "KZ", "--from", "2023-05-01", "--to", "2023-04-01"],
     "before"),
    (["frobnicate", "{f}"], "frobnicate"),
])
def test_bad_arguments(args: list[str], needle: str, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    f = str(plan_file(tmp_path, KZ_BREACH))
    status, out, err = run(capsys, *[a.replace("{f}", f) for a in args])
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and needle in err


def test_missing_nationality(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "t.stayplan", {"format": "stay-planner", "version": 1,
                                        "traveller": {"name": "A"}, "stays": KZ_BREACH})
    status, _, err = run(capsys, "check", str(f))
    assert status == 2 and "nationality" in err


def test_broken_rules_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "r.json"
    rules.write_text('{"format": "stay-planner-rules", "version": 1, "rules": [{"id": "x"}]}')
    status, _, err = run(capsys, "check", str(plan_file(tmp_path, KZ_BREACH)),
                         "--rules", str(rules))
    assert status == 2 and "r.json" in err and "kind" in err


def test_real_process_no_qt_no_traceback(tmp_path: Path) -> None:
    """The installed entry point: exit codes, and the CLI never imports Qt."""
    code = ("import sys; from planner.cli import main; s = main(sys.argv[1:]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; "
            "sys.exit(s)")
    ok = subprocess.run([sys.executable, "-c", code, "check", str(DEMO)],
                        capture_output=True, text=True)
    assert ok.returncode in (0, 1), ok.stderr
    bad = tmp_path / "bad.stayplan"
    bad.write_text("{")
    res = subprocess.run([sys.executable, "-m", "planner", "check", str(bad)],
                         capture_output=True, text=True)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    ver = subprocess.run([sys.executable, "-m", "planner", "--version"],
                         capture_output=True, text=True)
    assert ver.returncode == 0 and ver.stdout.startswith("stay-planner ")


def test_api_fix_and_suggest_match_the_cli(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, KZ_BREACH)
    it = api.load(f)
    _, out, _ = run(capsys, "suggest", str(f), "--json")
    assert json.loads(out) == api.suggest(it)
    assert api.suggest(it)["suggestions"][0]["leave_by"] == "2023-05-01"
    fixed, doc = api.fix(it)
    assert api.check(fixed)["compliant"] and doc["days_after"] == 90
    status, out, _ = run(capsys, "fix", str(f), "-o", str(tmp_path / "out.stayplan"), "--json")
    assert status == 1 and json.loads(out)["changes"] == doc["changes"]
    assert api.load(tmp_path / "out.stayplan").stays == fixed.stays

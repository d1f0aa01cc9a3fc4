"""``stay-planner rules``: listing, installing, removing rule files; the data's version and age."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from planner import cli
from planner.cli import main
from planner.core.rule_files import bundled_rules
from tests.test_cli import plan_file, run

RU_KZ_70 = [{"country": "KZ", "entry": "2024-03-01", "exit": "2024-05-09"}]  # 70 days




def rule_file(path: Path, **over: Any) -> Path:
    rule = {"id": "kz-eaeu-2023-rolling-90-180", "destination": "KZ",
            "nationalities": ["AM", "BY", "KG", "RU"], "kind": "rolling", "max_days": 60,
            "window_days": 180,
            "valid_from": "2023-01-27", "title": "Kazakhstan: 60 in 180 (test)",
            "source": "Test resolution No. 1", "checked": "2026-12-20"}
    rule.update(over)
    path.write_text(json.dumps({"format": "stay-planner-rules", "version": 1, "rules": [rule]}),
                    encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("STAY_PLANNER_DATA_DIR", str(folder))
    return folder / "rules"


def listing(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    status, out, err = run(capsys, "rules", *args, "--json")
    assert (status, err) == (0, "")
    res: dict[str, Any] = json.loads(out)
    return res


# ---- listing ----

def test_filters_by_destination_nationality_and_day(capsys: pytest.CaptureFixture[str]) -> None:
    res = listing(capsys, "--destination", "MN", "--nationality", "FR", "--on", "2026-06-01")
    assert [r["id"] for r in res["rules"]] == ["mn-eu-2023-per-entry-30"]
    row = res["rules"][0]
    assert (row["kind"], row["max_days"], row["valid_to"]) == ("per-entry", 30, "2026-12-31")
    assert row["checked"] == "2026-12-02" and "qazinform" in row["source"]
    assert "mn-eu-2027-visa-required" in row["note"]
    assert res["data_version"] == "2026c" and res["newest_checked"] == "2026-12-02"
    after = listing(capsys, "--destination", "MN", "--nationality", "FR", "--on", "2027-01-01")
    assert [(r["id"], r["fallback"]) for r in after["rules"]] == [
        ("mn-eu-2027-visa-required", True)]


def test_a_country_lists_its_zone_rules(capsys: pytest.CaptureFixture[str]) -> None:
    ids = [r["id"] for r in listing(capsys, "--destination", "FR", "--nationality", "US")["rules"]]
    assert ids == ["schengen-rolling-90-180"]


def test_rules_applying_to_the_itinerary_come_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, RU_KZ_70 + [{"country": "GE", "entry": "2024-05-09",
                                         "exit": "2024-06-01"}])
    rows = listing(capsys, "--nationality", "RU", "--file", str(f))["rules"]
    applies = [r["applies"] for r in rows]
    assert applies == sorted(applies, reverse=True)
    first = {r["id"] for r in rows if r["applies"]}
    assert first == {"kz-eaeu-2023-rolling-90-180", "ge-one-year-per-entry-365"}
    assert "kz-eaeu-pre2023-per-entry-90" in {r["id"] for r in rows if not r["applies"]}


def test_text_listing_shows_source_checked_and_note(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "rules", "--destination", "UZ", "--nationality", "US")
    assert status == 0
    assert "uz-us-pre2026-visa-required: visa required, … – 2025-12-31" in out
    assert "source: Decree of the President of the Republic of Uzbekistan No. UP-203" in out
    assert "checked: 2026-12-02" in out and "note: US citizens aged 55" in out


# ---- installing and removing ----

def test_install_is_used_by_check_without_rules_option(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trip = plan_file(tmp_path, RU_KZ_70)
    assert run(capsys, "check", str(trip))[0] == 0
    status, out, err = run(capsys, "rules", "install", str(rule_file(tmp_path / "mine.json")))
    assert (status, err) == (0, "")
    assert "overrides the bundled rule kz-eaeu-2023-rolling-90-180" in out
    assert [p.name for p in data_dir.iterdir()] == ["mine.json"]
    status, out, _ = run(capsys, "check", str(trip), "--json")
    kz = [r for r in json.loads(out)["results"] if r["destination"] == "KZ"]
    assert status == 1 and kz[0]["max_days"] == 60
    assert kz[0]["breaches"] == [["2024-04-30", "2024-05-09"]]


def test_installed_files_and_overridden_rules_are_listed(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "rules", "install", str(rule_file(tmp_path / "mine.json")))
    res = listing(capsys, "--destination", "KZ", "--nationality", "RU", "--on", "2024-01-01")
    assert res["installed"] == [{"file": "mine.json", "path": str(data_dir / "mine.json"),
                                 "checked": "2026-12-20",
                                 "rules": ["kz-eaeu-2023-rolling-90-180"],
                                 "overrides": ["kz-eaeu-2023-rolling-90-180"]}]
    rows = [(r["id"], r["max_days"], r["origin"], r["overridden_by"]) for r in res["rules"]]
    assert rows == [("kz-eaeu-2023-rolling-90-180", 60, "installed:mine.json", None),
                    ("kz-eaeu-2023-rolling-90-180", 90, "bundled", "installed:mine.json")]
    assert res["newest_checked"] == "2026-12-20"
    status, out, _ = run(capsys, "rules", "--destination", "KZ", "--on", "2024-01-01")
    assert "installed: mine.json (checked 2026-12-20): 1 rules" in out
    assert "overridden by installed:mine.json" in out


@pytest.mark.parametrize(("content", "words"), [
    ("{not json", ["not valid JSON"]),
    ({"format": "stay-planner-rules", "version": 1, "rules": [{"id": "x"}]}, ["x", "kind"]),
    ({"format": "stay-planner-rules", "version": 9, "rules": []}, ["newer"]),
    ("own-country", ["own country"]),
    ("wildcard", ["own country"]),
])
def test_broken_file_is_refused_and_nothing_changes(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], content: Any,
        words: list[str]) -> None:
    good = rule_file(tmp_path / "mine.json")
    assert run(capsys, "rules", "install", str(good))[0] == 0
    before = (data_dir / "mine.json").read_bytes()
    bad = tmp_path / "other" / "mine.json"
    bad.parent.mkdir()
    if content == "own-country":
        rule_file(bad, nationalities=["KZ"])
    elif content == "wildcard":
        rule_file(bad, nationalities=["*"])
    else:
        bad.write_text(content if isinstance(content, str) else json.dumps(content),
                       encoding="utf-8")
    status, out, err = run(capsys, "rules", "install", str(bad))
    assert status == 2 and out == "" and err.count("\n") == 1
    for w in words:
        assert w in err, err
    assert (data_dir / "mine.json").read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["mine.json"]


def test_a_failed_write_leaves_nothing_half_written(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "rules", "install", str(rule_file(tmp_path / "mine.json")))[0] == 0
    before = (data_dir / "mine.json").read_bytes()

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    (tmp_path / "new").mkdir()
    newer = rule_file(tmp_path / "new" / "mine.json", max_days=30)
    monkeypatch.setattr(os, "replace", fail)
    status, _, err = run(capsys, "rules", "install", str(newer))
    assert status == 2 and "cannot install" in err
    assert sorted(p.name for p in data_dir.iterdir()) == ["mine.json"]
    assert (data_dir / "mine.json").read_bytes() == before


def test_remove_by_rule_id_and_by_file(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    two = tmp_path / "two.json"
    rule_file(two)
    doc = json.loads(two.read_text(encoding="utf-8"))
    doc["rules"].append({**doc["rules"][0], "id": "kz-extra", "max_days": 10})
    two.write_text(json.dumps(doc), encoding="utf-8")
    assert run(capsys, "rules", "install", str(two))[0] == 0
    status, out, _ = run(capsys, "rules", "remove", "kz-extra")
    assert status == 0 and "kz-extra" in out
    left = json.loads((data_dir / "two.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in left["rules"]] == ["kz-eaeu-2023-rolling-90-180"]
    assert run(capsys, "rules", "remove", "two")[0] == 0
    assert list(data_dir.iterdir()) == []
    status, _, err = run(capsys, "rules", "remove", "kz-eaeu-2023-rolling-90-180")
    assert status == 2 and "bundled rule" in err
    status, _, err = run(capsys, "rules", "remove", "nothing-like-this")
    assert status == 2 and "nothing-like-this" in err


def test_the_window_uses_installed_rules(tmp_path: Path, data_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from planner.ui.window.app import _rules

    run(capsys, "rules", "install", str(rule_file(tmp_path / "mine.json")))
    rules, problem = _rules()
    r = rules.rule("kz-eaeu-2023-rolling-90-180")
    assert problem is None and r is not None and r.max_days == 60
    (data_dir / "mine.json").write_text("{broken", encoding="utf-8")
    rules, problem = _rules()
    r = rules.rule("kz-eaeu-2023-rolling-90-180")
    assert problem is not None and "mine.json" in problem and "not valid JSON" in problem
    assert r is not None and r.max_days == 90  # the bundled rules still hold


# ---- version and age ----

def test_version_names_the_rule_data(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    out = capsys.readouterr().out
    assert e.value.code == 0
    assert out.splitlines()[1] == "rule data 2026c, last checked 2026-12-02"


def _oldest_check_judging_kz_for_ru() -> dt.date:
    rules = bundled_rules()
    return min(r.checked for dest, _m in rules.destinations_of("KZ")
               for r in rules.rules_for(dest, "RU") if r.checked is not None)


@pytest.mark.parametrize(("days_after", "stale"), [(180, False), (181, True)])
def test_check_says_once_when_the_data_is_old(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        days_after: int, stale: bool) -> None:
    """Stale: the oldest check among the rules that judge the trip is more than
    180 days before today (180 days after is still fresh)."""
    checked = _oldest_check_judging_kz_for_ru()
    monkeypatch.setattr(cli, "_today", lambda: checked + dt.timedelta(days=days_after))
    trip = plan_file(tmp_path, RU_KZ_70)
    status, out, _ = run(capsys, "check", str(trip), "--json")
    notes = json.loads(out)["notes"]
    assert status == 0
    assert [n["kind"] for n in notes] == (["stale-data"] if stale else [])
    status, out, _ = run(capsys, "check", str(trip))
    assert out.count(f"last checked on {checked.isoformat()}") == (1 if stale else 0)
    assert out.splitlines()[-1] == "compliant"

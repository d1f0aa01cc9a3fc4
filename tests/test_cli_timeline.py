"""``check``'s contract for conflicts and for what it does not know: status,
conflicts, notes and the exit statuses 0 / 1 / 2 / 3, in text and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner import api
from planner.i18n import set_language
from tests.test_cli import plan_file, run


def stay(country: str, entry: str, exit_: str, status: str = "visa-free") -> dict[str, str]:
    return {"country": country, "entry": entry, "exit": exit_, "status": status}


def check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], stays: list[dict[str, str]],
               nat: str = "RU") -> tuple[int, dict[str, Any]]:
    f = plan_file(tmp_path, stays, nat)
    status, out, err = run(capsys, "check", "--json", str(f))
    assert err == ""
    res = json.loads(out)
    assert res == api.check(api.load(f))
    return status, res


def test_compliant_is_status_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, res = check_json(tmp_path, capsys, [stay("KZ", "2023-03-01", "2023-03-10"),
                                                stay("KG", "2023-03-10", "2023-03-20")])
    assert (status, res["status"], res["compliant"]) == (0, "compliant", True)
    assert res["conflicts"] == [] and res["notes"] == []


def test_conflict_is_status_1_with_both_stays_and_the_days(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stays = [stay("KZ", "2023-03-01", "2023-03-12"), stay("KG", "2023-03-10", "2023-03-20")]
    status, res = check_json(tmp_path, capsys, stays)
    assert (status, res["status"], res["compliant"]) == (1, "breach", False)
    assert all(not r["breaches"] for r in res["results"])  # no breach: the conflict alone
    assert res["conflicts"] == [{"stays": [0, 1], "days": [["2023-03-10", "2023-03-12"]]}]
    status, out, _err = run(capsys, "check", str(plan_file(tmp_path, stays)))
    assert status == 1
    assert ("CONFLICT #1 KZ 2023-03-01 – 2023-03-12 and #2 KG 2023-03-10 – 2023-03-20: "
            "both on 2023-03-10 – 2023-03-12 (3 days)") in out
    assert out.strip().endswith("NOT COMPLIANT")


def test_residence_stay_occupies_the_timeline_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, res = check_json(tmp_path, capsys, [
        stay("FR", "2023-03-01", "2023-03-12", "residence"),
        stay("DE", "2023-03-05", "2023-03-06")])
    assert status == 1 and res["conflicts"][0]["stays"] == [0, 1]


def test_no_rule_data_is_status_3_never_compliant(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stays = [stay("KZ", "2023-02-01", "2023-04-02")]
    status, res = check_json(tmp_path, capsys, stays, nat="IN")
    assert (status, res["status"], res["compliant"]) == (3, "unchecked", False)
    assert res["notes"] == [{"kind": "unchecked", "country": "KZ",
                             "days": [["2023-02-01", "2023-04-02"]]}]
    status, out, _err = run(capsys, "check", str(plan_file(tmp_path, stays, "IN")))
    assert status == 3
    assert "no rule data for IN citizens" in out and "NOT FULLY CHECKED" in out
    assert "\ncompliant" not in "\n" + out


def test_home_country_is_not_unchecked(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    status, res = check_json(tmp_path, capsys, [stay("RU", "2023-01-01", "2023-12-31")])
    assert (status, res["status"]) == (0, "compliant")


def test_a_breach_outranks_unchecked_days(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # a US citizen: no rule data for Bhutan (BT), a visa needed in Russia
    status, res = check_json(tmp_path, capsys, [stay("BT", "2026-01-01", "2026-01-05"),
                                                stay("RU", "2026-03-01", "2026-03-10")], nat="US")
    assert (status, res["status"]) == (1, "breach")
    assert {n["kind"] for n in res["notes"]} == {"unchecked", "visa-required"}


def test_visa_required_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [stay("RU", "2026-03-01", "2026-03-10")], "US")
    status, out, _err = run(capsys, "check", str(f))
    assert status == 1 and "Russia: a visa is needed for US citizens" in out
    set_language("ru")
    try:
        status, out, _err = run(capsys, "check", str(f))
    finally:
        set_language(None)
    assert "Россия: для граждан US нужна виза" in out


def test_unusable_input_is_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.stayplan"
    bad.write_text("{not json", encoding="utf-8")
    status, out, err = run(capsys, "check", str(bad))
    assert status == 2 and out == "" and err.count("\n") == 1


def test_windows_and_suggest_say_visa_required_instead_of_a_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [stay("RU", "2026-03-01", "2026-04-20"),
                             stay("RU", "2026-06-01", "2026-07-20")], "US")
    status, out, _err = run(capsys, "windows", "--json", str(f))
    rows = json.loads(out)["stays"]
    assert [r["visa_required"]["rule"] for r in rows] == ["ru-visa-required"] * 2
    assert all(r["latest_exit"] is None for r in rows)
    status, out, _err = run(capsys, "windows", str(f))
    assert out.count("Russia: a visa is needed for US citizens") == 2
    assert "leave by" not in out and "may stay" not in out
    status, out, _err = run(capsys, "suggest", str(f))
    assert status == 1 and out.count("a visa is needed") == 2
    assert "may start" not in out and "return" not in out


def test_windows_vocabulary_leave_by_only_for_a_breach(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [stay("KZ", "2023-02-01", "2023-06-01"),
                             stay("GE", "2023-06-01", "2023-06-21")])
    status, out, _err = run(capsys, "windows", str(f))
    kz, ge = out.splitlines()
    assert kz.endswith("BREACH leave by 2023-05-01")
    assert "may stay until 2024-05-30" in ge and "BREACH" not in ge and "leave by" not in ge


def test_suggest_names_the_real_next_stay_with_its_dates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [stay("KZ", "2023-02-01", "2023-06-01"),
                             stay("GE", "2023-06-01", "2023-09-30"),
                             stay("KZ", "2023-09-30", "2023-10-20")])
    status, out, _err = run(capsys, "suggest", str(f))
    assert "your next stay there (#3, 2023-09-30 – 2023-10-20, 21 days)" in out
    assert "fits as planned" in out

"""Dated cases for the rules corrected after re-checking their sources.

Each correction is tested on both sides of its change date, with the
expected breach ranges worked out by hand in the comments; the last part
runs the same examples through ``stay-planner check``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.engine import Evaluator
from planner.core.model import Status, Stay
from planner.core.rule_files import bundled_rules
from planner.core.rules import RuleKind

D = dt.date


def breaches(nat: str, stays: list[Stay], dest: str) -> list[tuple[dt.date, dt.date]]:
    return Evaluator(bundled_rules(), nat, stays).breaches(dest)


def kinds_on(dest: str, nat: str, day: dt.date) -> set[tuple[RuleKind, int | None]]:
    return {(r.kind, r.max_days) for r in bundled_rules().rules_for(dest, nat) if r.in_force(day)}


# ---- Mongolia: the 30-day exemption for 34 countries runs to 2026-12-31 ----

@pytest.mark.parametrize("nat", ["FR", "GB", "AU", "NZ"])
def test_mn_exemption_extended_through_2026(nat: str) -> None:
    assert breaches(nat, [Stay("MN", D(2026, 6, 1), D(2026, 6, 30))], "MN") == []
    # Day 31 of a stay breaches the 30 days per entry.
    assert breaches(nat, [Stay("MN", D(2026, 6, 1), D(2026, 7, 1))], "MN") == [
        (D(2026, 7, 1), D(2026, 7, 1))]


def test_mn_exemption_last_day_and_assumed_visa_after() -> None:
    # 2026-12-30 .. 2027-01-02: the first two days under the exemption, the
    # next two under the fallback (visa assumed).
    stays = [Stay("MN", D(2026, 12, 30), D(2027, 1, 2))]
    assert breaches("FR", stays, "MN") == [(D(2027, 1, 1), D(2027, 1, 2))]
    fb = [r for r in bundled_rules().rules_for("MN", "FR") if r.in_force(D(2027, 1, 1))]
    assert [r.fallback for r in fb] == [True]


def test_mn_exemption_starts_4_january_2023() -> None:
    assert breaches("IT", [Stay("MN", D(2023, 1, 2), D(2023, 1, 5))], "MN") == [
        (D(2023, 1, 2), D(2023, 1, 3))]


def test_mn_kazakhs_90_days_per_entry() -> None:
    assert breaches("KZ", [Stay("MN", D(2025, 1, 1), D(2025, 3, 31))], "MN") == []
    assert breaches("KZ", [Stay("MN", D(2025, 1, 1), D(2025, 4, 2))], "MN") == [
        (D(2025, 4, 1), D(2025, 4, 2))]


# ---- China: UK and Canada 30 days from 2026-02-17 to 2026-12-31 ----

@pytest.mark.parametrize("nat", ["GB", "CA"])
def test_cn_uk_canada_scheme(nat: str) -> None:
    assert breaches(nat, [Stay("CN", D(2026, 2, 15), D(2026, 2, 18))], "CN") == [
        (D(2026, 2, 15), D(2026, 2, 16))]
    assert breaches(nat, [Stay("CN", D(2026, 3, 1), D(2026, 3, 30))], "CN") == []
    assert breaches(nat, [Stay("CN", D(2026, 3, 1), D(2026, 3, 31))], "CN") == [
        (D(2026, 3, 31), D(2026, 3, 31))]
    assert breaches(nat, [Stay("CN", D(2026, 12, 31), D(2027, 1, 1))], "CN") == [
        (D(2027, 1, 1), D(2027, 1, 1))]


def test_cn_us_still_needs_a_visa() -> None:
    assert breaches("US", [Stay("CN", D(2026, 6, 1), D(2026, 6, 2))], "CN") == [
        (D(2026, 6, 1), D(2026, 6, 2))]


def test_cn_russian_trial_ends_14_september_2026() -> None:
    stays = [Stay("CN", D(2026, 9, 13), D(2026, 9, 16))]
    assert breaches("RU", stays, "CN") == [(D(2026, 9, 15), D(2026, 9, 16))]


# ---- Uzbekistan: US citizens visa-free from 2026-01-01 (Decree UP-203) ----

def test_uz_us_visa_required_in_2025() -> None:
    assert breaches("US", [Stay("UZ", D(2025, 6, 1), D(2025, 6, 10))], "UZ") == [
        (D(2025, 6, 1), D(2025, 6, 10))]
    assert breaches("US", [Stay("UZ", D(2025, 6, 1), D(2025, 6, 10), Status.VISA)], "UZ") == []


def test_uz_us_30_days_from_2026() -> None:
    assert breaches("US", [Stay("UZ", D(2025, 12, 31), D(2026, 1, 2))], "UZ") == [
        (D(2025, 12, 31), D(2025, 12, 31))]
    assert breaches("US", [Stay("UZ", D(2026, 6, 1), D(2026, 6, 30))], "UZ") == []
    assert breaches("US", [Stay("UZ", D(2026, 6, 1), D(2026, 7, 2))], "UZ") == [
        (D(2026, 7, 1), D(2026, 7, 2))]


# ---- Kazakhstan: CN, IN, IR 14 per entry and 42 in any 180 from 2022-07-08 ----

@pytest.mark.parametrize("nat", ["CN", "IN", "IR"])
def test_kz_14_42_regime(nat: str) -> None:
    assert breaches(nat, [Stay("KZ", D(2022, 7, 7), D(2022, 7, 8))], "KZ") == [
        (D(2022, 7, 7), D(2022, 7, 7))]
    assert breaches(nat, [Stay("KZ", D(2023, 3, 1), D(2023, 3, 10))], "KZ") == []
    # Day 15 of a stay (2023-03-15) breaches.
    assert breaches(nat, [Stay("KZ", D(2023, 3, 1), D(2023, 3, 20))], "KZ") == [
        (D(2023, 3, 15), D(2023, 3, 20))]


@pytest.mark.parametrize("nat", ["IN", "IR"])
def test_kz_42_in_180(nat: str) -> None:
    # Four 14-day stays a fortnight apart: 14 + 14 + 14 = 42 fit; the first
    # day of the fourth (the 43rd day in the window) breaches.
    stays, d = [], D(2024, 1, 1)
    for _ in range(4):
        stays.append(Stay("KZ", d, d + dt.timedelta(days=13)))
        d += dt.timedelta(days=28)
    assert breaches(nat, stays, "KZ") == [(stays[3].entry, stays[3].exit)]


def test_kz_china_agreement_replaces_14_42() -> None:
    assert kinds_on("KZ", "CN", D(2023, 11, 9)) == {(RuleKind.PER_ENTRY, 14),
                                                    (RuleKind.ROLLING, 42)}
    assert kinds_on("KZ", "CN", D(2023, 11, 10)) == {(RuleKind.PER_ENTRY, 30),
                                                     (RuleKind.ROLLING, 90)}


def test_kz_2023_sources_name_resolution_1146() -> None:
    r = bundled_rules().rule("kz-eaeu-2023-rolling-90-180")
    assert r is not None and "No. 1146" in r.source and "1102" not in r.source
    assert "retroactive" in r.note


# ---- Russia: one continuous stay is capped at 90 days too (115-FZ art. 5(1)) ----

def test_ru_continuous_stay_across_new_year() -> None:
    # 2025-11-01 .. 2026-02-28: 61 days in 2025 and 59 in 2026, each within
    # 90 per calendar year, but day 91 of the stay is 2026-01-30.
    stays = [Stay("RU", D(2025, 11, 1), D(2026, 2, 28))]
    assert breaches("KZ", stays, "RU") == [(D(2026, 1, 30), D(2026, 2, 28))]
    assert breaches("KZ", [Stay("RU", D(2025, 11, 1), D(2026, 1, 29))], "RU") == []


# ---- Kyrgyzstan: Kazakh citizens 90 in 180 from 2024-09-05 ----

def test_kg_kazakhs_from_5_september_2024() -> None:
    # 2024-05-01 .. 2024-09-30: no limit until 4 September; on 5 September the
    # window 2024-03-10 .. 2024-09-05 holds 128 days.
    stays = [Stay("KG", D(2024, 5, 1), D(2024, 9, 30))]
    assert breaches("KZ", stays, "KG") == [(D(2024, 9, 5), D(2024, 9, 30))]
    assert breaches("KZ", [Stay("KG", D(2024, 5, 1), D(2024, 9, 4))], "KG") == []


# ---- Turkey: Russians 60 days per entry by Turkey's decision of 2 July 2011 ----

def test_tr_russians_30_then_60() -> None:
    assert breaches("RU", [Stay("TR", D(2011, 5, 1), D(2011, 6, 5))], "TR") == [
        (D(2011, 5, 31), D(2011, 6, 5))]
    assert breaches("RU", [Stay("TR", D(2011, 7, 2), D(2011, 8, 30))], "TR") == []
    assert breaches("RU", [Stay("TR", D(2024, 5, 1), D(2024, 6, 30))], "TR") == [
        (D(2024, 6, 30), D(2024, 6, 30))]


def test_tr_russian_60_day_source_is_the_2011_decision() -> None:
    r = bundled_rules().rule("tr-ru-2011-per-entry-60")
    assert r is not None and "2 July 2011" in r.source


# ---- the command line, on the examples ----

def _plan(tmp_path: Path, nat: str, stays: list[tuple[str, str, str]]) -> Path:
    p = tmp_path / "trip.stayplan"
    p.write_text(json.dumps({
        "format": "stay-planner", "version": 1, "traveller": {"name": "T", "nationality": nat},
        "stays": [{"country": c, "entry": a, "exit": b} for c, a, b in stays]}), encoding="utf-8")
    return p


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], nat: str,
           stays: list[tuple[str, str, str]]) -> tuple[int, dict[str, object]]:
    status = main(["check", str(_plan(tmp_path, nat, stays)), "--json"])
    out, err = capsys.readouterr()
    assert err == ""
    return status, json.loads(out)


def _breaches(res: dict[str, object], dest: str) -> list[list[str]]:
    results = res["results"]
    assert isinstance(results, list)
    return [b for r in results if r["destination"] == dest for b in r["breaches"]]


@pytest.mark.parametrize(("nat", "stays", "status", "dest", "found"), [
    ("FR", [("MN", "2026-06-01", "2026-06-20")], 0, "MN", []),
    ("US", [("UZ", "2025-06-01", "2025-06-10")], 1, "UZ", [["2025-06-01", "2025-06-10"]]),
    ("US", [("UZ", "2026-06-01", "2026-06-30")], 0, "UZ", []),
    ("CN", [("KZ", "2023-03-01", "2023-03-10")], 0, "KZ", []),
    ("CN", [("KZ", "2023-03-01", "2023-03-20")], 1, "KZ", [["2023-03-15", "2023-03-20"]]),
    ("IN", [("KZ", "2023-03-01", "2023-03-20")], 1, "KZ", [["2023-03-15", "2023-03-20"]]),
    ("KZ", [("RU", "2025-11-01", "2026-02-28")], 1, "RU", [["2026-01-30", "2026-02-28"]]),
])
def test_cli_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str], nat: str,
                      stays: list[tuple[str, str, str]], status: int, dest: str,
                      found: list[list[str]]) -> None:
    got_status, res = _check(tmp_path, capsys, nat, stays)
    assert got_status == status
    assert res["compliant"] is (status == 0)
    assert _breaches(res, dest) == found
    assert any(r["destination"] == dest for r in res["results"])  # type: ignore[union-attr, attr-defined]

"""Dated cases for the re-checked lists of Kyrgyzstan, Uzbekistan, Russia and Armenia.

Each case sits on both sides of the change date it depends on; the expected
breach ranges are worked out by hand in the comments. Days before a
nationality's first rule are unchecked ("no rule"), never compliant; the last
part runs a few of the new nationalities through ``stay-planner check``.
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


def covered(nat: str, dest: str, day: dt.date) -> bool:
    return any(r.in_force(day) for r in bundled_rules().rules_for(dest, nat))


def kinds_on(dest: str, nat: str, day: dt.date) -> set[tuple[RuleKind, int | None, int | None]]:
    return {(r.kind, r.max_days, r.window_days)
            for r in bundled_rules().rules_for(dest, nat) if r.in_force(day)}


# ---- Kyrgyzstan ----

def test_kg_ukraine_90_in_180_from_28_october_2023() -> None:
    assert not covered("UA", "KG", D(2023, 10, 27))
    # 2023-10-28 .. 2024-01-25 is 90 days; the 91st (2024-01-26) breaches.
    assert breaches("UA", [Stay("KG", D(2023, 10, 28), D(2024, 1, 25))], "KG") == []
    assert breaches("UA", [Stay("KG", D(2023, 10, 28), D(2024, 1, 27))], "KG") == [
        (D(2024, 1, 26), D(2024, 1, 27))]


@pytest.mark.parametrize("nat", ["TR", "RS", "MN"])
def test_kg_turkey_serbia_mongolia_from_13_january_2026(nat: str) -> None:
    assert not covered(nat, "KG", D(2026, 1, 12))
    assert kinds_on("KG", nat, D(2026, 1, 13)) == {(RuleKind.ROLLING, 90, 180)}
    # 2026-01-13 .. 2026-04-12 is 19 + 28 + 31 + 12 = 90 days; 2026-04-13 breaches.
    assert breaches(nat, [Stay("KG", D(2026, 1, 13), D(2026, 4, 12))], "KG") == []
    assert breaches(nat, [Stay("KG", D(2026, 1, 13), D(2026, 4, 14))], "KG") == [
        (D(2026, 4, 13), D(2026, 4, 14))]


@pytest.mark.parametrize("nat", ["SA", "QA", "KW", "OM", "BH"])
def test_kg_gulf_states_180_in_360_from_13_january_2026(nat: str) -> None:
    assert not covered(nat, "KG", D(2026, 1, 12))
    # Day 180 from 2026-01-13 is 2026-07-11; day 181 (2026-07-12) breaches.
    assert breaches(nat, [Stay("KG", D(2026, 1, 13), D(2026, 7, 11))], "KG") == []
    assert breaches(nat, [Stay("KG", D(2026, 1, 13), D(2026, 7, 12))], "KG") == [
        (D(2026, 7, 12), D(2026, 7, 12))]


@pytest.mark.parametrize("nat", ["AR", "BR", "CL", "ME"])
def test_kg_2019_additions_60_days_then_60_in_120(nat: str) -> None:
    assert not covered(nat, "KG", D(2019, 4, 8))
    # 60 per entry: 2019-04-09 .. 2019-06-07 is 60 days; day 61 breaches.
    assert breaches(nat, [Stay("KG", D(2019, 4, 9), D(2019, 6, 8))], "KG") == [
        (D(2019, 6, 8), D(2019, 6, 8))]
    # A visa run used to restart the 60 days ...
    run = [Stay("KG", D(2023, 6, 1), D(2023, 7, 30)), Stay("KG", D(2023, 7, 31), D(2023, 8, 29))]
    assert breaches(nat, run, "KG") == []
    # ... from 2023-10-28 the 120 days ending 2024-01-01 hold 60 + 1 days.
    after = [Stay("KG", D(2023, 11, 1), D(2023, 12, 30)), Stay("KG", D(2024, 1, 1), D(2024, 1, 2))]
    assert breaches(nat, after, "KG") == [(D(2024, 1, 1), D(2024, 1, 2))]
    # The 60-day law ended on 2025-12-31; Montenegro is not named in the parts
    # of the new list that could be read, the others move to 30 in any 60.
    after_law = kinds_on("KG", nat, D(2025, 12, 31))
    assert after_law == (set() if nat == "ME" else {(RuleKind.ROLLING, 30, 60)})


@pytest.mark.parametrize("nat", ["BG", "CY", "RO"])
def test_kg_eu_states_added_in_2021_are_not_checked_before(nat: str) -> None:
    assert not covered(nat, "KG", D(2021, 12, 31))
    assert kinds_on("KG", nat, D(2022, 1, 1)) == {(RuleKind.PER_ENTRY, 60, None)}
    assert kinds_on("KG", nat, D(2026, 6, 1)) == {(RuleKind.ROLLING, 30, 60)}


def test_kg_2012_list_starts_27_july_2012() -> None:
    assert not covered("DE", "KG", D(2012, 7, 26))
    assert breaches("DE", [Stay("KG", D(2012, 7, 27), D(2012, 9, 25))], "KG") == [
        (D(2012, 9, 25), D(2012, 9, 25))]  # day 61


@pytest.mark.parametrize("nat", ["IL", "TH", "MX", "AL"])
def test_kg_2021_additions(nat: str) -> None:
    assert not covered(nat, "KG", D(2021, 12, 31))
    assert covered(nat, "KG", D(2022, 1, 1)) and covered(nat, "KG", D(2025, 12, 30))
    # Israel and Albania are named on the list of Resolution No. 855; Thailand
    # and Mexico are not in the parts that could be read: no rule data.
    assert covered(nat, "KG", D(2026, 3, 1)) is (nat in ("IL", "AL"))


def test_kg_australia_continues_on_the_new_list() -> None:
    assert kinds_on("KG", "AU", D(2025, 12, 30)) == {(RuleKind.ROLLING, 60, 120)}
    assert kinds_on("KG", "AU", D(2025, 12, 31)) == {(RuleKind.ROLLING, 30, 60)}


# ---- Uzbekistan ----

def test_uz_uae_visa_until_15_february_2024_then_30_days() -> None:
    assert breaches("AE", [Stay("UZ", D(2024, 2, 10), D(2024, 2, 15))], "UZ") == [
        (D(2024, 2, 10), D(2024, 2, 15))]
    assert breaches("AE", [Stay("UZ", D(2024, 2, 10), D(2024, 2, 15), Status.VISA)], "UZ") == []
    # 2024-02-16 .. 2024-03-16 is 14 + 16 = 30 days; day 31 breaches.
    assert breaches("AE", [Stay("UZ", D(2024, 2, 16), D(2024, 3, 16))], "UZ") == []
    assert breaches("AE", [Stay("UZ", D(2024, 2, 16), D(2024, 3, 17))], "UZ") == [
        (D(2024, 3, 17), D(2024, 3, 17))]


# ---- Russia ----

def test_ru_georgia_visa_until_14_may_2023() -> None:
    assert not covered("GE", "RU", D(2000, 12, 31))
    assert breaches("GE", [Stay("RU", D(2023, 5, 10), D(2023, 5, 20))], "RU") == [
        (D(2023, 5, 10), D(2023, 5, 14))]
    # 2023-05-15 .. 2023-08-12 is 17 + 30 + 31 + 12 = 90 days; day 91 breaches.
    assert breaches("GE", [Stay("RU", D(2023, 5, 15), D(2023, 8, 13))], "RU") == [
        (D(2023, 8, 13), D(2023, 8, 13))]


def test_ru_georgia_calendar_year_from_2025() -> None:
    # 2024-10-01 .. 2024-12-29 is 90 days; under 90 in 180 the 91st (2024-12-30) breaches.
    assert breaches("GE", [Stay("RU", D(2024, 10, 1), D(2024, 12, 31))], "RU") == [
        (D(2024, 12, 30), D(2024, 12, 31))]
    # Two 45-day trips in 2025 and one in early 2026: 90 per calendar year holds.
    # (under 90 in any 180 the January trip would breach).
    trips = [Stay("RU", D(2025, 9, 1), D(2025, 10, 15)),
             Stay("RU", D(2025, 11, 1), D(2025, 12, 15)),
             Stay("RU", D(2026, 1, 5), D(2026, 1, 20))]
    assert breaches("GE", trips, "RU") == []


def test_ru_mongolia_30_per_stay_and_90_from_first_entry() -> None:
    assert not covered("MN", "RU", D(2014, 11, 13))
    assert breaches("MN", [Stay("RU", D(2015, 1, 1), D(2015, 1, 31))], "RU") == [
        (D(2015, 1, 31), D(2015, 1, 31))]  # day 31 of one stay
    # The window opened on 2015-01-01 runs to 2015-06-29: three 30-day trips
    # use its 90 days, so 2015-04-25 (the 91st) breaches; the next window
    # opens with the first entry after 2015-06-29.
    trips = [Stay("RU", D(2015, 1, 1), D(2015, 1, 30)), Stay("RU", D(2015, 2, 10), D(2015, 3, 11)),
             Stay("RU", D(2015, 3, 20), D(2015, 4, 18)), Stay("RU", D(2015, 4, 25), D(2015, 4, 26))]
    assert breaches("MN", trips, "RU") == [(D(2015, 4, 25), D(2015, 4, 26))]
    assert breaches("MN", [*trips[:3], Stay("RU", D(2015, 7, 1), D(2015, 7, 30))], "RU") == []


def test_ru_serbia_30_per_stay_and_the_law_s_totals() -> None:
    assert not covered("RS", "RU", D(2009, 6, 9))
    assert breaches("RS", [Stay("RU", D(2009, 6, 10), D(2009, 7, 10))], "RU") == [
        (D(2009, 7, 10), D(2009, 7, 10))]  # day 31
    # Three 30-day trips fill 2025's 90 days; a fourth trip that year breaches.
    trips = [Stay("RU", D(2025, 1, 1), D(2025, 1, 30)), Stay("RU", D(2025, 3, 1), D(2025, 3, 30)),
             Stay("RU", D(2025, 7, 1), D(2025, 7, 30)), Stay("RU", D(2025, 11, 1), D(2025, 11, 2))]
    assert breaches("RS", trips, "RU") == [(D(2025, 11, 1), D(2025, 11, 2))]
    assert breaches("RS", [*trips[:3], Stay("RU", D(2026, 1, 5), D(2026, 1, 6))], "RU") == []


# ---- Armenia ----

def test_am_kazakhs_90_in_180_from_22_november_2025() -> None:
    # Before the agreement: 180 days per entry and 180 in any 365; 150 days are fine.
    assert breaches("KZ", [Stay("AM", D(2025, 3, 1), D(2025, 7, 28))], "AM") == []
    # 2025-09-01 .. 2025-11-29 is 30 + 31 + 29 = 90 days: on 2025-11-30 both
    # the window (which looks back before 22 November) and day 91 of the stay breach.
    assert breaches("KZ", [Stay("AM", D(2025, 9, 1), D(2025, 11, 29))], "AM") == []
    assert breaches("KZ", [Stay("AM", D(2025, 9, 1), D(2025, 12, 1))], "AM") == [
        (D(2025, 11, 30), D(2025, 12, 1))]
    assert kinds_on("AM", "KZ", D(2025, 11, 22)) == {(RuleKind.PER_ENTRY, 90, None),
                                                      (RuleKind.ROLLING, 90, 180)}


def test_am_russians_180_in_any_365() -> None:
    # 2024-01-01 .. 2024-06-28 is 180 days (a leap year); a new stay in August
    # finds 180 days in the 365 ending on it, although it is a new entry.
    first = Stay("AM", D(2024, 1, 1), D(2024, 6, 28))
    assert breaches("RU", [first], "AM") == []
    assert breaches("RU", [first, Stay("AM", D(2024, 8, 1), D(2024, 8, 5))], "AM") == [
        (D(2024, 8, 1), D(2024, 8, 5))]


@pytest.mark.parametrize("nat", ["US", "FR"])
def test_am_one_year_period_not_calendar_year(nat: str) -> None:
    # 100 days in late 2025, then 100 from 2026-01-10: a calendar year would
    # count only 100 in 2026; the 365 days ending 2026-03-31 hold 100 + 81.
    stays = [Stay("AM", D(2025, 9, 1), D(2025, 12, 9)), Stay("AM", D(2026, 1, 10), D(2026, 4, 19))]
    assert breaches(nat, stays, "AM") == [(D(2026, 3, 31), D(2026, 4, 19))]


def test_am_eu_visa_until_9_january_2013() -> None:
    assert breaches("DE", [Stay("AM", D(2013, 1, 5), D(2013, 1, 12))], "AM") == [
        (D(2013, 1, 5), D(2013, 1, 9))]


# ---- the command line ----

def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str], nat: str,
           stays: list[tuple[str, str, str]]) -> tuple[int, dict[str, object]]:
    p = tmp_path / "trip.stayplan"
    p.write_text(json.dumps({
        "format": "stay-planner", "version": 1, "traveller": {"name": "T", "nationality": nat},
        "stays": [{"country": c, "entry": a, "exit": b} for c, a, b in stays]}), encoding="utf-8")
    status = main(["check", str(p), "--json"])
    out, err = capsys.readouterr()
    assert err == ""
    return status, json.loads(out)


@pytest.mark.parametrize(("nat", "stays", "status", "found"), [
    # 90 days from 2026-02-01 end on 2026-05-01.
    ("TR", [("KG", "2026-02-01", "2026-05-01")], 0, []),
    ("TR", [("KG", "2026-02-01", "2026-05-05")], 1, [["2026-05-02", "2026-05-05"]]),
    ("UA", [("KG", "2025-03-01", "2025-03-20")], 0, []),
    ("GE", [("RU", "2023-05-01", "2023-05-31")], 1, [["2023-05-01", "2023-05-14"]]),
    ("GE", [("RU", "2023-06-01", "2023-06-30")], 0, []),
    ("KZ", [("AM", "2025-12-01", "2026-03-05")], 1, [["2026-03-01", "2026-03-05"]]),
])
def test_cli_new_nationalities(tmp_path: Path, capsys: pytest.CaptureFixture[str], nat: str,
                               stays: list[tuple[str, str, str]], status: int,
                               found: list[list[str]]) -> None:
    got, res = _check(tmp_path, capsys, nat, stays)
    assert got == status and res["compliant"] is (status == 0)
    results = res["results"]
    assert isinstance(results, list)
    dest = stays[0][0]
    # Each rule has its own result; two rules may report the same days.
    ranges = {tuple(b) for r in results if r["destination"] == dest for b in r["breaches"]}
    assert sorted(ranges) == [tuple(f) for f in found]


def test_cli_unlisted_nationality_is_unchecked_not_visa_required(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # No Kyrgyzstan list read in full names Nigeria: no rule data, exit status 3.
    got, res = _check(tmp_path, capsys, "NG", [("KG", "2026-03-01", "2026-03-05")])
    assert got == 3 and res["status"] == "unchecked"


@pytest.mark.parametrize(("nat", "start"), [("VE", D(2009, 3, 6)), ("PE", D(2011, 6, 21)),
                                            ("GT", D(2012, 2, 29)), ("HN", D(2015, 7, 11)),
                                            ("CU", D(2018, 12, 21)), ("QA", D(2020, 2, 23)),
                                            ("EC", D(2012, 11, 24)), ("PY", D(2014, 10, 20))])
def test_ru_treaty_states_90_in_180_from_entry_into_force(nat: str, start: dt.date) -> None:
    assert not covered(nat, "RU", start - dt.timedelta(days=1))
    # Two 50-day stays 60 days apart: the 180 days ending on the 41st day of
    # the second stay hold 50 + 41 = 91 days, under the treaty and in 2025 alike.
    for first in (start, D(2025, 3, 1)):
        second = first + dt.timedelta(days=110)
        stays = [Stay("RU", first, first + dt.timedelta(days=49)),
                 Stay("RU", second, second + dt.timedelta(days=49))]
        assert breaches(nat, stays, "RU") == [
            (second + dt.timedelta(days=40), second + dt.timedelta(days=49))]


def test_ru_bosnia_30_in_any_60_from_20_october_2013() -> None:
    assert not covered("BA", "RU", D(2013, 10, 19))
    # 30 days, then 10 days out, then a new entry: the 60 days ending on its
    # first day hold 30 + 1.
    stays = [Stay("RU", D(2014, 3, 1), D(2014, 3, 30)), Stay("RU", D(2014, 4, 10), D(2014, 4, 11))]
    assert breaches("BA", stays, "RU") == [(D(2014, 4, 10), D(2014, 4, 11))]
    assert breaches("BA", [stays[0], Stay("RU", D(2014, 5, 1), D(2014, 5, 2))], "RU") == []


def test_ru_south_africa_90_per_stay_and_the_law_s_totals() -> None:
    assert not covered("ZA", "RU", D(2017, 3, 29))
    # 2017-03-30 .. 2017-06-27 is 2 + 30 + 31 + 27 = 90 days; day 91 breaches.
    assert breaches("ZA", [Stay("RU", D(2017, 3, 30), D(2017, 6, 28))], "RU") == [
        (D(2017, 6, 28), D(2017, 6, 28))]
    # From 2025: 90 per calendar year; 60 + 31 days in one year breach on the 91st.
    stays = [Stay("RU", D(2025, 2, 1), D(2025, 4, 1)), Stay("RU", D(2025, 10, 1), D(2025, 10, 31))]
    assert breaches("ZA", stays, "RU") == [(D(2025, 10, 31), D(2025, 10, 31))]

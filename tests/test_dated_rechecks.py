"""Dated cases for the CN, MN, TR, TJ, AZ and GE rules corrected on re-checking their sources.

Each case sits on both sides of the date the correction moved or added; the
expected breach ranges are worked out by hand in the comments. Days before
a nationality's first rule are unchecked ("no rule"), never compliant.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planner.core.engine import Evaluator
from planner.core.model import Status, Stay
from planner.core.rule_files import bundled_rule_paths, bundled_rules
from planner.core.rules import RuleKind

D = dt.date


def breaches(nat: str, stays: list[Stay], dest: str) -> list[tuple[dt.date, dt.date]]:
    return Evaluator(bundled_rules(), nat, stays).breaches(dest)


def kinds_on(dest: str, nat: str, day: dt.date) -> set[tuple[RuleKind, int | None]]:
    return {(r.kind, r.max_days) for r in bundled_rules().rules_for(dest, nat) if r.in_force(day)}


# ---- China: Belarus 30 per entry and 90 per calendar year from 2018-08-10 ----

def test_cn_belarus_visa_until_9_august_2018() -> None:
    assert breaches("BY", [Stay("CN", D(2018, 8, 8), D(2018, 8, 11))], "CN") == [
        (D(2018, 8, 8), D(2018, 8, 9))]
    assert breaches("BY", [Stay("CN", D(2018, 8, 8), D(2018, 8, 11), Status.VISA)], "CN") == []


def test_cn_belarus_counts_the_calendar_year() -> None:
    # Four 30-day stays in 2019: January, March and May make 90 days by
    # 30 May; 1 July is the 91st day of the year, so all of July breaches.
    # (The 90 in any 180 shipped before would have let 1 July pass: its window
    # 3 January .. 1 July holds 28 + 30 + 30 + 1 = 89 days.)
    year = [Stay("CN", D(2019, m, 1), D(2019, m, 30)) for m in (1, 3, 5, 7)]
    assert breaches("BY", year, "CN") == [(D(2019, 7, 1), D(2019, 7, 30))]
    # The count starts again on 1 January 2020.
    assert breaches("BY", [*year[:3], Stay("CN", D(2020, 1, 1), D(2020, 1, 30))], "CN") == []
    # Day 31 of one stay breaches the 30 per entry.
    assert breaches("BY", [Stay("CN", D(2021, 3, 1), D(2021, 3, 31))], "CN") == [
        (D(2021, 3, 31), D(2021, 3, 31))]


def test_cn_uae_visa_free_from_16_january_2018() -> None:
    assert breaches("AE", [Stay("CN", D(2018, 1, 14), D(2018, 1, 17))], "CN") == [
        (D(2018, 1, 14), D(2018, 1, 15))]
    assert kinds_on("CN", "AE", D(2025, 6, 1)) == {(RuleKind.PER_ENTRY, 30), (RuleKind.ROLLING, 90)}


# ---- Mongolia: US, German and Canadian exemptions have start dates ----

@pytest.mark.parametrize("nat,first,days", [("US", D(2001, 7, 6), 90), ("DE", D(2013, 9, 1), 30),
                                            ("CA", D(2014, 1, 1), 30)])
def test_mn_exemptions_start_on_their_dates(nat: str, first: dt.date, days: int) -> None:
    day_before = first - dt.timedelta(days=1)
    # A stay over the first day: the day before needs a visa, the first does not.
    assert breaches(nat, [Stay("MN", day_before, first)], "MN") == [(day_before, day_before)]
    # From the first day, day days+1 of a stay breaches.
    last = first + dt.timedelta(days=days)
    assert breaches(nat, [Stay("MN", first, last)], "MN") == [(last, last)]


# ---- Turkey ----

def test_tr_belarus_from_1_june_2014() -> None:
    assert breaches("BY", [Stay("TR", D(2014, 5, 30), D(2014, 6, 2))], "TR") == [
        (D(2014, 5, 30), D(2014, 5, 31))]
    # 2014-06-01 .. 2014-07-01: day 31 (1 July) breaches.
    assert breaches("BY", [Stay("TR", D(2014, 6, 1), D(2014, 7, 1))], "TR") == [
        (D(2014, 7, 1), D(2014, 7, 1))]


def test_tr_latvia_30_in_180_until_18_may_2022() -> None:
    # 2022-04-01 .. 2022-05-10: the 31st day (1 May) and after breach the old 30 in 180.
    assert breaches("LV", [Stay("TR", D(2022, 4, 1), D(2022, 5, 10))], "TR") == [
        (D(2022, 5, 1), D(2022, 5, 10))]
    # 2022-04-20 .. 2022-05-25: 29 days up to 18 May; from 19 May 90 in 180 applies.
    assert breaches("LV", [Stay("TR", D(2022, 4, 20), D(2022, 5, 25))], "TR") == []
    # After the change: 90 days fit, the 91st (2022-08-30) breaches.
    assert breaches("LV", [Stay("TR", D(2022, 6, 1), D(2022, 8, 30))], "TR") == [
        (D(2022, 8, 30), D(2022, 8, 30))]


def test_tr_tajiks_90_in_180() -> None:
    assert breaches("TJ", [Stay("TR", D(2025, 1, 1), D(2025, 3, 31))], "TR") == []
    assert breaches("TJ", [Stay("TR", D(2025, 1, 1), D(2025, 4, 1))], "TR") == [
        (D(2025, 4, 1), D(2025, 4, 1))]


# ---- Tajikistan: Uzbek citizens visa-free from 2018-03-20 ----

def test_tj_uzbeks_from_20_march_2018() -> None:
    assert breaches("UZ", [Stay("TJ", D(2018, 3, 18), D(2018, 3, 21))], "TJ") == [
        (D(2018, 3, 18), D(2018, 3, 19))]
    assert breaches("UZ", [Stay("TJ", D(2018, 3, 20), D(2018, 4, 19))], "TJ") == [
        (D(2018, 4, 19), D(2018, 4, 19))]


# ---- Azerbaijan ----

def test_az_russians_90_per_entry_in_2024_and_per_calendar_year_from_2025() -> None:
    # 2024-01-01 .. 2024-04-09 (leap year): day 91 is 31 March.
    assert breaches("RU", [Stay("AZ", D(2024, 1, 1), D(2024, 4, 9))], "AZ") == [
        (D(2024, 3, 31), D(2024, 4, 9))]
    # 2024: two 90-day stays (180 days) fit 180 in any 365.
    two = [Stay("AZ", D(2024, 1, 1), D(2024, 3, 30)), Stay("AZ", D(2024, 6, 1), D(2024, 8, 29))]
    assert breaches("RU", two, "AZ") == []
    # 2025: the second stay is past 90 days in the calendar year from its first day.
    two_2025 = [Stay("AZ", D(2025, 1, 1), D(2025, 3, 31)), Stay("AZ", D(2025, 6, 1), D(2025, 6, 3))]
    assert breaches("RU", two_2025, "AZ") == [(D(2025, 6, 1), D(2025, 6, 3))]


def test_az_uae_visa_free_from_8_july_2023() -> None:
    assert breaches("AE", [Stay("AZ", D(2023, 7, 6), D(2023, 7, 9))], "AZ") == [
        (D(2023, 7, 6), D(2023, 7, 7))]
    # 2023-08-01 + 90 days: the 91st (2023-10-30) breaches.
    assert breaches("AE", [Stay("AZ", D(2023, 8, 1), D(2023, 10, 30))], "AZ") == [
        (D(2023, 10, 30), D(2023, 10, 30))]


def test_az_chinese_visa_free_from_20_july_2024() -> None:
    assert breaches("CN", [Stay("AZ", D(2024, 7, 18), D(2024, 7, 21))], "AZ") == [
        (D(2024, 7, 18), D(2024, 7, 19))]
    assert breaches("CN", [Stay("AZ", D(2024, 8, 1), D(2024, 8, 31))], "AZ") == [
        (D(2024, 8, 31), D(2024, 8, 31))]


def _four_stays(year: int) -> list[Stay]:
    # Three 30-day stays (90 days) and two more days, all within 180 days.
    spans = ((8, 1, 8, 30), (9, 10, 10, 9), (10, 20, 11, 18), (11, 25, 11, 26))
    return [Stay("AZ", D(year, m1, d1), D(year, m2, d2)) for m1, d1, m2, d2 in spans]


def test_az_chinese_90_in_180_only_from_16_july_2025() -> None:
    # 2024: only 30 per entry; 92 days in 180 are fine.
    assert breaches("CN", _four_stays(2024), "AZ") == []
    # 2025: the 91st and 92nd days (25 and 26 November) breach 90 in any 180.
    assert breaches("CN", _four_stays(2025), "AZ") == [(D(2025, 11, 25), D(2025, 11, 26))]


# ---- Georgia: 90 in 180 from 2014-09-01, one year from 2015-06-08 ----

def test_ge_90_in_180_between_september_2014_and_june_2015() -> None:
    assert kinds_on("GE", "US", D(2014, 8, 31)) == set()
    # 2014-10-01 + 90 days: the 91st (2014-12-30) breaches.
    assert breaches("US", [Stay("GE", D(2014, 10, 1), D(2014, 12, 31))], "GE") == [
        (D(2014, 12, 30), D(2014, 12, 31))]


def test_ge_one_year_from_8_june_2015() -> None:
    # 2015-03-10 .. 2015-06-08: 90 days to 7 June, then the one-year rule.
    assert breaches("RU", [Stay("GE", D(2015, 3, 10), D(2015, 6, 8))], "GE") == []
    # 2015-03-10 .. 2015-06-07 plus one day earlier: the 91st day (7 June) breaches.
    assert breaches("RU", [Stay("GE", D(2015, 3, 9), D(2015, 6, 7))], "GE") == [
        (D(2015, 6, 7), D(2015, 6, 7))]
    assert breaches("RU", [Stay("GE", D(2015, 6, 8), D(2016, 6, 6))], "GE") == []


# ---- every rule of these files names the address that was checked ----

RECHECKED = ("cn", "mn", "schengen", "tr", "tj", "az", "ge", "kz")


@pytest.mark.parametrize("name", RECHECKED)
def test_rechecked_files_name_an_address_and_the_day(name: str) -> None:
    path = next(p for p in bundled_rule_paths() if p.name == f"{name}.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    for item in [*doc.get("zones", []), *doc["rules"]]:
        assert item["checked"] == "2026-12-02", item["id"]
        assert "http" in item["source"], item["id"]


@pytest.mark.parametrize("nat", ["TJ", "MD", "UA", "GE", "KZ"])
def test_az_90_days_per_entry_for_the_mfa_list(nat: str) -> None:
    # 2025-03-01 .. 2025-05-29 is 90 days; the 91st (2025-05-30) breaches.
    assert breaches(nat, [Stay("AZ", D(2025, 3, 1), D(2025, 5, 29))], "AZ") == []
    assert breaches(nat, [Stay("AZ", D(2025, 3, 1), D(2025, 5, 30))], "AZ") == [
        (D(2025, 5, 30), D(2025, 5, 30))]


def test_tr_chinese_visa_free_from_2_january_2026() -> None:
    assert breaches("CN", [Stay("TR", D(2025, 12, 31), D(2026, 1, 3))], "TR") == [
        (D(2025, 12, 31), D(2026, 1, 1))]
    # 2026-01-02 + 90 days: the 91st (2026-04-02) breaches.
    assert breaches("CN", [Stay("TR", D(2026, 1, 2), D(2026, 4, 2))], "TR") == [
        (D(2026, 4, 2), D(2026, 4, 2))]

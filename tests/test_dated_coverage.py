"""Dated cases for nationalities newly covered in KZ, KG, UZ, RU and Turkmenistan.

Each case sits on both sides of the change date it depends on; the expected
breach ranges are worked out by hand in the comments. Days before a
nationality's first rule are unchecked, which the evaluator reports as "no
rule", never as compliant.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.engine import Evaluator
from planner.core.model import Status, Stay
from planner.core.rule_files import bundled_rules

D = dt.date


def breaches(nat: str, stays: list[Stay], dest: str) -> list[tuple[dt.date, dt.date]]:
    return Evaluator(bundled_rules(), nat, stays).breaches(dest)


def covered(nat: str, dest: str, day: dt.date) -> bool:
    return any(r.in_force(day) for r in bundled_rules().rules_for(dest, nat))


# ---- Kazakhstan ----

@pytest.mark.parametrize("nat", ["UA", "GE", "MD", "MN"])
def test_kz_90_day_agreement_states_around_27_january_2023(nat: str) -> None:
    # Before the change a visa run restarted the 90 days: 90 + 60 days fine.
    run = [Stay("KZ", D(2022, 9, 1), D(2022, 11, 29)), Stay("KZ", D(2022, 11, 30), D(2023, 1, 26))]
    assert breaches(nat, run, "KZ") == []
    # After it, 90 in any 180: 2023-02-01 + 90 days, the 91st (2023-05-02) breaches.
    assert breaches(nat, [Stay("KZ", D(2023, 2, 1), D(2023, 5, 5))], "KZ") == [
        (D(2023, 5, 2), D(2023, 5, 5))]


@pytest.mark.parametrize("nat", ["TJ", "AZ", "JP", "KR", "AU", "IL", "BR", "AR", "MX", "MY", "SG"])
def test_kz_30_day_states(nat: str) -> None:
    # Day 31 of one stay breaches, before and after 27 January 2023.
    assert breaches(nat, [Stay("KZ", D(2022, 11, 1), D(2022, 12, 1))], "KZ") == [
        (D(2022, 12, 1), D(2022, 12, 1))]
    assert breaches(nat, [Stay("KZ", D(2024, 3, 1), D(2024, 3, 30))], "KZ") == []
    assert breaches(nat, [Stay("KZ", D(2024, 3, 1), D(2024, 3, 31))], "KZ") == [
        (D(2024, 3, 31), D(2024, 3, 31))]


def test_kz_2019_list_covered_from_8_july_2022() -> None:
    assert not covered("TH", "KZ", D(2022, 7, 7))
    assert breaches("TH", [Stay("KZ", D(2022, 7, 8), D(2022, 8, 7))], "KZ") == [
        (D(2022, 8, 7), D(2022, 8, 7))]


def test_kz_turkey_30_days_per_entry_until_7_september_2025() -> None:
    # 2025-07-01 .. 2025-08-05: day 31 (2025-07-31) onward breaches.
    assert breaches("TR", [Stay("KZ", D(2025, 7, 1), D(2025, 8, 5))], "KZ") == [
        (D(2025, 7, 31), D(2025, 8, 5))]
    # The last day the cap holds: entering 2025-08-08, day 31 is 2025-09-07.
    assert breaches("TR", [Stay("KZ", D(2025, 8, 8), D(2025, 9, 7))], "KZ") == [
        (D(2025, 9, 7), D(2025, 9, 7))]
    # From 2025-09-08 one stay may last 90 days.
    assert breaches("TR", [Stay("KZ", D(2025, 9, 8), D(2025, 12, 6))], "KZ") == []
    # 90 days in any 180 still holds: day 91 (2025-12-07) breaches.
    assert breaches("TR", [Stay("KZ", D(2025, 9, 8), D(2025, 12, 7))], "KZ") == [
        (D(2025, 12, 7), D(2025, 12, 7))]


@pytest.mark.parametrize("nat", ["PK", "AF", "NG", "EG"])
def test_kz_everyone_else_needs_a_visa(nat: str) -> None:
    stays = [Stay("KZ", D(2025, 5, 1), D(2025, 5, 3))]
    assert breaches(nat, stays, "KZ") == [(D(2025, 5, 1), D(2025, 5, 3))]
    assert breaches(nat, [Stay("KZ", D(2025, 5, 1), D(2025, 5, 3), Status.VISA)], "KZ") == []


# ---- Kyrgyzstan: TJ, AZ, MD, GE 60 in any 120 from 2024-09-05 ----

@pytest.mark.parametrize("nat", ["TJ", "AZ", "MD", "GE"])
def test_kg_60_in_120_from_5_september_2024(nat: str) -> None:
    assert not covered(nat, "KG", D(2024, 9, 4))
    assert breaches(nat, [Stay("KG", D(2024, 9, 5), D(2024, 11, 3))], "KG") == []
    # Day 61 (2024-11-04) breaches.
    assert breaches(nat, [Stay("KG", D(2024, 9, 5), D(2024, 11, 5))], "KG") == [
        (D(2024, 11, 4), D(2024, 11, 5))]


# ---- Uzbekistan ----

@pytest.mark.parametrize("nat", ["JP", "KR", "TR", "IL"])
def test_uz_30_days_from_10_february_2018(nat: str) -> None:
    assert not covered(nat, "UZ", D(2018, 2, 9))
    assert breaches(nat, [Stay("UZ", D(2018, 2, 10), D(2018, 3, 11))], "UZ") == []
    assert breaches(nat, [Stay("UZ", D(2018, 2, 10), D(2018, 3, 12))], "UZ") == [
        (D(2018, 3, 12), D(2018, 3, 12))]


def test_uz_mexico_from_2020() -> None:
    assert not covered("MX", "UZ", D(2019, 12, 31))
    assert breaches("MX", [Stay("UZ", D(2020, 1, 1), D(2020, 2, 1))], "UZ") == [
        (D(2020, 1, 31), D(2020, 2, 1))]


def test_uz_ukraine_60_and_azerbaijan_unlimited() -> None:
    long = [Stay("UZ", D(2024, 1, 1), D(2024, 3, 31))]
    assert breaches("UA", long, "UZ") == [(D(2024, 3, 1), D(2024, 3, 31))]
    assert breaches("AZ", long, "UZ") == []
    assert breaches("TJ", long, "UZ") == [(D(2024, 1, 31), D(2024, 3, 31))]


# ---- Russia ----

@pytest.mark.parametrize("nat", ["TJ", "AZ", "MD", "UA"])
def test_ru_cis_citizens_rolling_then_calendar_year(nat: str) -> None:
    assert breaches(nat, [Stay("RU", D(2024, 10, 1), D(2024, 12, 31))], "RU") == [
        (D(2024, 12, 30), D(2024, 12, 31))]
    assert breaches(nat, [Stay("RU", D(2025, 1, 1), D(2025, 4, 2))], "RU") == [
        (D(2025, 4, 1), D(2025, 4, 2))]


def test_ru_korea_60_per_entry_from_2014() -> None:
    assert not covered("KR", "RU", D(2013, 12, 31))
    assert breaches("KR", [Stay("RU", D(2014, 1, 1), D(2014, 3, 3))], "RU") == [
        (D(2014, 3, 2), D(2014, 3, 3))]


def test_ru_turkey_treaty_not_calendar_year() -> None:
    # 30 per entry: day 31 breaches.
    assert breaches("TR", [Stay("RU", D(2025, 5, 1), D(2025, 5, 31))], "RU") == [
        (D(2025, 5, 31), D(2025, 5, 31))]
    # Three 30-day trips, then two days in February: the 180 days ending
    # 2026-02-05 (from 2025-08-10) hold 30 + 30 + 30 + 1 = 91. Under 90 per
    # calendar year 2026 would count only 31 and 32.
    trips = [Stay("RU", D(2025, 10, 1), D(2025, 10, 30)),
             Stay("RU", D(2025, 11, 15), D(2025, 12, 14)),
             Stay("RU", D(2026, 1, 1), D(2026, 1, 30)),
             Stay("RU", D(2026, 2, 5), D(2026, 2, 6))]
    assert breaches("TR", trips, "RU") == [(D(2026, 2, 5), D(2026, 2, 6))]
    assert breaches("TR", trips[:3], "RU") == []


@pytest.mark.parametrize("nat", ["IN", "IR", "JP", "AU"])
def test_ru_visa_required(nat: str) -> None:
    assert breaches(nat, [Stay("RU", D(2025, 6, 1), D(2025, 6, 2))], "RU") == [
        (D(2025, 6, 1), D(2025, 6, 2))]


# ---- Turkmenistan ----

@pytest.mark.parametrize("nat", ["RU", "KZ", "UZ", "US"])
def test_tm_visa_for_everyone(nat: str) -> None:
    assert breaches(nat, [Stay("TM", D(2024, 4, 1), D(2024, 4, 3))], "TM") == [
        (D(2024, 4, 1), D(2024, 4, 3))]
    assert breaches(nat, [Stay("TM", D(2024, 4, 1), D(2024, 4, 3), Status.VISA)], "TM") == []

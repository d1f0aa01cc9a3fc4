"""Dated cases from the rules' sources, on both sides of every change date.

Each case is an itinerary a real traveller could have, judged by the bundled
rule data; the expected breach ranges are worked out by hand in the comment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.engine import Evaluator
from planner.core.model import Status, Stay
from planner.core.planning import latest_exit
from planner.core.rule_files import bundled_rules

D = dt.date


def breaches(nat: str, stays: list[Stay], dest: str) -> list[tuple[dt.date, dt.date]]:
    return Evaluator(bundled_rules(), nat, stays).breaches(dest)


# ---- Kazakhstan, change on 2023-01-27 (Government resolution of 31.12.2022) ----

def test_kz_eaeu_90_per_entry_before_change() -> None:
    # 2022-10-01 + 90 days: day 91 is 2022-12-30, a breach under 90 per entry.
    stays = [Stay("KZ", D(2022, 10, 1), D(2023, 1, 20))]
    assert breaches("RU", stays, "KZ") == [(D(2022, 12, 30), D(2023, 1, 20))]


def test_kz_eaeu_visa_run_restarted_the_clock_before_change() -> None:
    # 90 days, a day in Bishkek, 58 more days: fine under 90 per entry.
    stays = [Stay("KZ", D(2022, 9, 1), D(2022, 11, 29)),
             Stay("KG", D(2022, 11, 29), D(2022, 11, 30)),
             Stay("KZ", D(2022, 11, 30), D(2023, 1, 26))]
    assert breaches("RU", stays, "KZ") == []


def test_kz_eaeu_window_looks_back_across_the_change() -> None:
    # The same visa-run itinerary one day longer: on 2023-01-27 the 180-day
    # window (2022-07-31 .. 2023-01-27) holds 90 + 59 = 149 days.
    stays = [Stay("KZ", D(2022, 9, 1), D(2022, 11, 29)),
             Stay("KG", D(2022, 11, 29), D(2022, 11, 30)),
             Stay("KZ", D(2022, 11, 30), D(2023, 1, 27))]
    assert breaches("RU", stays, "KZ") == [(D(2023, 1, 27), D(2023, 1, 27))]


def test_kz_stay_spanning_27_january_2023() -> None:
    # Entry 2022-11-01: on 2023-01-26 (old rule) it is day 87 of the stay; from
    # 2023-01-27 the window counts 88, 89, 90 days; 2023-01-30 is the 91st.
    stays = [Stay("KZ", D(2022, 11, 1), D(2023, 2, 15))]
    assert breaches("RU", stays, "KZ") == [(D(2023, 1, 30), D(2023, 2, 15))]
    assert latest_exit(bundled_rules(), "RU", stays, 0).latest == D(2023, 1, 29)


def test_kz_visa_run_no_longer_helps_after_change() -> None:
    stays = [Stay("KZ", D(2023, 2, 1), D(2023, 5, 1)),
             Stay("KG", D(2023, 5, 1), D(2023, 5, 2)),
             Stay("KZ", D(2023, 5, 2), D(2023, 5, 10))]
    assert breaches("RU", stays, "KZ") == [(D(2023, 5, 2), D(2023, 5, 10))]


@pytest.mark.parametrize("nat", ["US", "DE", "FR", "GB", "CA"])
def test_kz_former_30_day_countries_30_per_entry(nat: str) -> None:
    # Day 31 of a stay breaches, before and after 27 January 2023.
    before = [Stay("KZ", D(2022, 11, 1), D(2022, 12, 5))]
    assert breaches(nat, before, "KZ") == [(D(2022, 12, 1), D(2022, 12, 5))]
    after = [Stay("KZ", D(2023, 3, 1), D(2023, 4, 5))]
    assert breaches(nat, after, "KZ") == [(D(2023, 3, 31), D(2023, 4, 5))]


def test_kz_us_90_in_180_after_change_with_short_trips() -> None:
    # Four stays of 30 days with 1-day gaps: each within 30 per entry, but the
    # 91st day in the window (the first day of the fourth stay) breaches.
    stays = []
    d = D(2023, 2, 1)
    for _ in range(4):
        stays.append(Stay("KZ", d, d + dt.timedelta(days=29)))
        d += dt.timedelta(days=31)
    got = breaches("US", stays, "KZ")
    assert got and got[0][0] == stays[3].entry


def test_kz_china_visa_free_from_10_november_2023() -> None:
    # 10 days: fine under the agreement (30 per entry) and under the 14 per
    # entry that held before it; 20 days breach from day 15 before 10 November.
    assert breaches("CN", [Stay("KZ", D(2023, 11, 10), D(2023, 11, 20))], "KZ") == []
    assert breaches("CN", [Stay("KZ", D(2023, 11, 8), D(2023, 11, 9))], "KZ") == []
    assert breaches("CN", [Stay("KZ", D(2023, 10, 1), D(2023, 10, 20))], "KZ") == [
        (D(2023, 10, 15), D(2023, 10, 20))]
    assert breaches("CN", [Stay("KZ", D(2023, 11, 10), D(2023, 11, 29))], "KZ") == []


def test_kz_china_visa_required_before_8_july_2022() -> None:
    assert breaches("CN", [Stay("KZ", D(2022, 7, 6), D(2022, 7, 7))], "KZ") == [
        (D(2022, 7, 6), D(2022, 7, 7))]
    # With a visa the same days are fine.
    assert breaches("CN", [Stay("KZ", D(2022, 7, 6), D(2022, 7, 7), Status.VISA)],
                    "KZ") == []
    assert breaches("CN", [Stay("KZ", D(2022, 7, 8), D(2022, 7, 9))], "KZ") == []


def test_kz_citizen_at_home_is_never_limited() -> None:
    assert bundled_rules().rules_for("KZ", "KZ") == []


# ---- Kyrgyzstan: EAEU citizens 90 in 180 from 2023-10-28 ----

def test_kg_russians_90_in_180_from_28_october_2023() -> None:
    # 2023-06-01 .. 2023-12-31: no limit before 28 October; on 2023-10-28 the
    # window 2023-05-02 .. 2023-10-28 already holds 150 days.
    stays = [Stay("KG", D(2023, 6, 1), D(2023, 12, 31))]
    got = breaches("RU", stays, "KG")
    assert got == [(D(2023, 10, 28), D(2023, 12, 31))]


def test_kg_russians_before_change_unlimited() -> None:
    stays = [Stay("KG", D(2023, 3, 1), D(2023, 10, 27))]
    assert breaches("RU", stays, "KG") == []


# ---- Russia: 90 in 180 until 2024-12-31, then 90 per calendar year ----

def test_ru_rolling_until_end_of_2024() -> None:
    # 2024-10-01 .. 2024-12-31 is 92 days: the 91st and 92nd breach.
    stays = [Stay("RU", D(2024, 10, 1), D(2024, 12, 31))]
    assert breaches("KZ", stays, "RU") == [(D(2024, 12, 30), D(2024, 12, 31))]


def test_ru_calendar_year_from_2025() -> None:
    # From 1 January 2025 only days in the calendar year count: 2024's 61 days
    # drop out, so 28 + 50 days in 2025 are fine (a 180-day window ending
    # 2025-04-10 would hold 139). The first stay is 89 days long, within the
    # 90-day cap on one continuous stay.
    stays = [Stay("RU", D(2024, 11, 1), D(2025, 1, 28)),
             Stay("RU", D(2025, 2, 20), D(2025, 4, 10))]
    assert breaches("KZ", stays, "RU") == []
    # The 91st day of 2025 (2025-04-01) breaches.
    year = [Stay("RU", D(2025, 1, 1), D(2025, 4, 2))]
    assert breaches("KZ", year, "RU") == [(D(2025, 4, 1), D(2025, 4, 2))]


# ---- Schengen area: members counted together, membership by date ----

def test_schengen_croatia_counts_from_2023() -> None:
    # 90 days in France, then Croatia: before 2023 Croatia is outside the zone.
    before = [Stay("FR", D(2022, 9, 1), D(2022, 11, 29)),
              Stay("HR", D(2022, 11, 30), D(2022, 12, 31))]
    assert breaches("US", before, "SCHENGEN") == []
    after = [Stay("FR", D(2022, 10, 3), D(2022, 12, 31)),
             Stay("HR", D(2023, 1, 1), D(2023, 1, 5))]
    assert breaches("US", after, "SCHENGEN") == [(D(2023, 1, 1), D(2023, 1, 5))]


def test_schengen_members_count_together() -> None:
    stays = [Stay("FR", D(2024, 1, 1), D(2024, 2, 29)),
             Stay("DE", D(2024, 3, 1), D(2024, 4, 9))]
    # 60 + 40 = 100 days: days 91 .. 100 (2024-03-31 .. 2024-04-09) breach.
    assert breaches("US", stays, "SCHENGEN") == [(D(2024, 3, 31), D(2024, 4, 9))]


def test_schengen_needs_a_visa_for_russians() -> None:
    stays = [Stay("FR", D(2024, 5, 1), D(2024, 5, 3))]
    assert breaches("RU", stays, "SCHENGEN") == [(D(2024, 5, 1), D(2024, 5, 3))]
    visa = [Stay("FR", D(2024, 5, 1), D(2024, 5, 3), Status.VISA)]
    assert breaches("RU", visa, "SCHENGEN") == []


# ---- Georgia: one year ----

def test_georgia_a_year_for_russians() -> None:
    stays = [Stay("GE", D(2023, 1, 1), D(2023, 12, 31))]
    assert breaches("RU", stays, "GE") == []
    long = [Stay("GE", D(2023, 1, 1), D(2024, 3, 1))]
    assert breaches("RU", long, "GE") != []


def test_planning_example_from_the_docstring() -> None:
    from planner.core.planning import earliest_reentry, longest_stay

    rs = bundled_rules()
    stay = [Stay("KZ", D(2023, 2, 1), D(2023, 5, 1))]
    assert latest_exit(rs, "RU", stay, 0).latest == D(2023, 5, 1)
    assert longest_stay(rs, "RU", [], "KZ", D(2023, 2, 1)) == 90
    assert earliest_reentry(rs, "RU", stay, "KZ", 30, D(2023, 5, 2)) == D(2023, 7, 31)
    assert earliest_reentry(rs, "RU", stay, "KZ", 90, D(2023, 5, 2)) == D(2023, 7, 31)

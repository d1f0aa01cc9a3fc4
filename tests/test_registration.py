"""Registration deadlines from the bundled data: dated cases on both sides of each change,
working days across public holidays and weekends (counted by hand from the official
calendars), and the working-day stepper against the naive reference."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.deadline_rules import RegistrationRule
from planner.core.model import Status, Stay
from planner.core.registration import (
    HolidayDataError,
    calendar,
    registration_dues,
    visits,
    working_day_table,
    working_days_after,
)
from planner.core.rule_files import bundled_rules
from tests import reference as ref

D = dt.date.fromisoformat
ROOT = Path(__file__).resolve().parent.parent


def dues(nat: str, *stays: Stay) -> dict[str, str]:
    """Rule id -> deadline, for the registrations the bundled data asks of ``stays``."""
    regs = [r for r in bundled_rules().deadline_rules if isinstance(r, RegistrationRule)]
    return {d.rule.id: d.due.isoformat() for d in registration_dues(regs, nat, stays)}


def stay(country: str, entry: str, exit: str, status: Status = Status.VISA_FREE,
         registered: bool = False) -> Stay:
    return Stay(country, D(entry), D(exit), status, registered=registered)


def test_russia_seven_working_days_skip_womens_day_and_the_weekend() -> None:
    # Wed 6 March 2024: Thu 7 (1), Fri 8 is a holiday, Mon 11 .. Fri 15 (2-6), Mon 18 (7).
    assert dues("US", stay("RU", "2024-03-06", "2024-04-01", Status.VISA)) == \
        {"ru-registration-7-working-days": "2024-03-18"}


def test_russia_counts_a_saturday_made_a_working_day_and_the_may_days_off() -> None:
    # Wed 24 April 2024: Thu 25 (1), Fri 26 (2), Sat 27 is a working day (3), Mon 29 and
    # Tue 30 are days off moved there, Wed 1 May a holiday, Thu 2 (4), Fri 3 (5),
    # Mon 6 (6), Tue 7 (7).
    assert dues("CN", stay("RU", "2024-04-24", "2024-05-31")) == \
        {"ru-registration-7-working-days": "2024-05-07"}


def test_nothing_is_due_when_the_stay_ends_before_the_deadline() -> None:
    assert dues("US", stay("RU", "2024-03-06", "2024-03-17")) == {}
    # Leaving on the deadline itself still needs it (the stricter reading).
    assert dues("US", stay("RU", "2024-03-06", "2024-03-18")) != {}


def test_russia_uzbek_citizens_on_both_sides_of_4_june_2022() -> None:
    # Entry Wed 1 June 2022, old rule: Thu 2, Fri 3, Mon 6 .. Fri 10 is the 7th working day.
    assert dues("UZ", stay("RU", "2022-06-01", "2022-07-01")) == \
        {"ru-registration-uz-pre2022-7-working-days": "2022-06-10"}
    # Entry 4 June 2022: by day 15 of a longer stay.
    assert dues("UZ", stay("RU", "2022-06-04", "2022-07-01")) == \
        {"ru-registration-uz-15": "2022-06-18"}
    assert dues("UZ", stay("RU", "2022-06-04", "2022-06-18")) == {}  # 15 days: none


@pytest.mark.parametrize("nat", ["KZ", "KG", "AM", "BY"])
def test_russia_eaeu_citizens_by_day_30(nat: str) -> None:
    assert dues(nat, stay("RU", "2024-01-10", "2024-03-01")) == \
        {"ru-registration-eaeu-30": "2024-02-08"}
    assert dues(nat, stay("RU", "2024-01-10", "2024-02-08")) == {}  # exactly 30 days


def test_russia_tajik_citizens_by_day_15() -> None:
    assert dues("TJ", stay("RU", "2024-01-10", "2024-01-25")) == \
        {"ru-registration-tj-15": "2024-01-24"}


def test_kazakhstan_host_notification_across_womens_day_and_the_weekend() -> None:
    # Thu 7 March 2024: Fri 8 is a holiday, Mon 11 (1), Tue 12 (2), Wed 13 (3).
    assert dues("RU", stay("KZ", "2024-03-07", "2024-03-20")) == \
        {"kz-host-notification-3-working-days": "2024-03-13"}


def test_kazakhstan_registration_by_day_30_from_1_july_2026() -> None:
    # Before the order: only the host's notification.
    assert dues("RU", stay("KZ", "2026-06-30", "2026-08-15")) == \
        {"kz-host-notification-3-working-days": "2026-07-03"}
    # From 1 July 2026 (Wed): the host by Tue 7 July (Mon 6 July is Capital Day),
    # and the traveller by day 30.
    assert dues("RU", stay("KZ", "2026-07-01", "2026-08-15")) == {
        "kz-host-notification-3-working-days": "2026-07-07",
        "kz-2026-registration-30": "2026-07-30"}
    # A residence-permit stay needs neither.
    assert dues("RU", stay("KZ", "2026-07-01", "2026-08-15", Status.RESIDENCE)) == {}


def test_kyrgyzstan_kazakh_and_russian_citizens_by_day_30() -> None:
    assert dues("KZ", stay("KG", "2025-09-01", "2025-10-15")) == \
        {"kg-registration-kz-30": "2025-09-30"}
    assert dues("RU", stay("KG", "2025-09-01", "2025-10-15")) == \
        {"kg-registration-ru-30": "2025-09-30"}
    assert dues("KZ", stay("KG", "2025-09-01", "2025-09-30")) == {}


def test_uzbekistan_three_days_and_russians_on_both_sides_of_4_june_2022() -> None:
    assert dues("DE", stay("UZ", "2024-03-01", "2024-03-10")) == \
        {"uz-registration-3-days": "2024-03-04"}
    assert dues("RU", stay("UZ", "2022-06-03", "2022-06-10")) == \
        {"uz-registration-ru-pre2022-3-days": "2022-06-06"}
    assert dues("RU", stay("UZ", "2022-06-04", "2022-06-10")) == {}
    assert dues("RU", stay("UZ", "2022-06-04", "2022-06-19")) == \
        {"uz-registration-ru-15": "2022-06-18"}


def test_tajikistan_ten_working_days_across_womens_day() -> None:
    # Fri 1 March 2024: Mon 4 .. Thu 7 (1-4), Fri 8 a holiday, Mon 11 .. Fri 15 (5-9),
    # Mon 18 (10).
    assert dues("US", stay("TJ", "2024-03-01", "2024-04-01")) == \
        {"tj-registration-10-working-days": "2024-03-18"}
    # Before the 2018 change the rule is not in force.
    assert dues("US", stay("TJ", "2018-05-01", "2018-06-30")) == {}


def test_armenia_russians_by_day_30_and_georgia_asks_nothing() -> None:
    assert dues("RU", stay("AM", "2024-01-01", "2024-02-15")) == \
        {"am-registration-ru-30": "2024-01-30"}
    assert dues("RU", stay("GE", "2024-01-01", "2024-12-31")) == {}


def test_home_country_needs_no_registration() -> None:
    assert dues("RU", stay("RU", "2024-01-01", "2024-12-31")) == {}


def test_touching_stays_are_one_visit_and_a_registered_one_is_done() -> None:
    ss = [stay("KZ", "2024-03-07", "2024-03-09"), stay("KZ", "2024-03-10", "2024-03-20"),
          stay("KG", "2024-03-21", "2024-03-25"), stay("KZ", "2024-04-01", "2024-04-10",
                                                        registered=True)]
    rule = next(r for r in bundled_rules().deadline_rules
                if r.id == "kz-host-notification-3-working-days")
    assert isinstance(rule, RegistrationRule)
    vs = visits(ss, "KZ", rule)
    assert [(v.indexes, v.entry, v.exit, v.registered) for v in vs] == [
        ((0, 1), D("2024-03-07"), D("2024-03-20"), False),
        ((3,), D("2024-04-01"), D("2024-04-10"), True)]
    out = registration_dues([rule], "RU", ss)
    assert [(d.index, d.due, d.done) for d in out] == [
        (0, D("2024-03-13"), False), (3, D("2024-04-04"), True)]


def test_a_country_without_a_holiday_calendar_is_an_error_not_a_guess() -> None:
    with pytest.raises(HolidayDataError, match="ZZ"):
        working_days_after("ZZ", D("2024-01-01"), 3)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["RU", "KZ", "TJ", "KG", "UZ"]),
       st.dates(dt.date(2019, 1, 1), dt.date(2027, 12, 1)), st.integers(1, 12))
def test_working_days_match_the_reference(country: str, day: dt.date, n: int) -> None:
    cal = holidays.country_holidays(country, years=range(day.year, day.year + 2))
    expected = ref.weekday_after(day, n, set(cal), set(cal.weekend_workdays))
    assert working_days_after(country, day, n) == expected


ONE_COUNTRY = """
import datetime as dt, sys
from planner.core.registration import working_days_after
print(working_days_after("RU", dt.date(2024, 3, 6), 7),
      working_days_after("TJ", dt.date(2024, 3, 1), 10))
print("holidays" in sys.modules)
print(working_days_after("RU", dt.date(2061, 1, 1), 1))
print(sorted(n for n in sys.modules if n.startswith("holidays.countries")))
"""


def test_table_years_import_nothing_and_other_years_only_their_country() -> None:
    """The bundled table answers without the package; past it, the package's
    every-country import (some 250 modules) is not paid for one country."""
    out = subprocess.run([sys.executable, "-c", ONE_COUNTRY], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["2024-03-18 2024-03-18", "False",
                   "2061-01-10",  # 1 .. 8 January are holidays in Russia, 9 is a Sunday
                   "['holidays.countries.russia']"]


def test_bundled_working_days_are_what_holidays_has() -> None:
    """The committed table is what ``packaging/make_holidays.py`` writes now."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from make_holidays import OUT, table
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    bundled = json.loads(OUT.read_text(encoding="utf-8"))
    assert {k: v for k, v in bundled.items() if k != "source"} == \
        {k: v for k, v in table().items() if k != "source"}, \
        "holidays or the rules changed: run `python packaging/make_holidays.py`"
    loaded = working_day_table()
    assert sorted(loaded.flipped) == sorted(bundled["countries"]) == ["KZ", "RU", "TJ"]
    # Women's Day on a Friday, and a Saturday worked in its place the year before.
    assert loaded.answer("RU", D("2024-03-08")) is False
    assert loaded.answer("RU", D("2024-04-27")) is True
    assert loaded.answer("RU", D("2051-01-02")) is None  # past the table: the package
    assert loaded.answer("KG", D("2024-03-08")) is None  # not in it: the package


def test_an_unreadable_table_leaves_every_day_to_the_package(monkeypatch, tmp_path,
                                                              caplog) -> None:
    monkeypatch.setattr("planner.core.registration.resource_path",
                        lambda *parts: tmp_path / "missing.json")
    working_day_table.cache_clear()
    try:
        assert working_day_table().answer("RU", D("2024-03-08")) is None
        assert "cannot be read" in caplog.text
        assert working_days_after("RU", D("2024-03-06"), 7) == D("2024-03-18")
    finally:
        working_day_table.cache_clear()


@pytest.mark.parametrize("country", ["RU", "KZ", "TJ", "KG", "UZ"])
def test_one_country_calendar_is_the_packages_calendar(country: str) -> None:
    mine = calendar(country)
    theirs = holidays.country_holidays(country)
    days = [dt.date(2019, 1, 1) + dt.timedelta(days=i) for i in range(9 * 366)]
    assert [mine.is_working_day(d) for d in days] == [theirs.is_working_day(d) for d in days]
    assert mine.weekend_workdays == theirs.weekend_workdays

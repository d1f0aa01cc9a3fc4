"""Tax residency by presence: the fast count agrees with the naive reference, and dated cases."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.deadline_rules import TaxTest
from planner.core.model import Status, Stay
from planner.core.tax import Presence, minus_months, period_start
from tests import reference as ref

D = dt.date.fromisoformat
BASE = dt.date(2023, 11, 1)


def _test(days: int, period: str = "rolling", *, window_days: int | None = None,
          window_months: int | None = None, valid_from: dt.date | None = None,
          valid_to: dt.date | None = None) -> TaxTest:
    return TaxTest(id="t", destination="KZ", nationalities=frozenset({"*"}),
                   valid_from=valid_from, valid_to=valid_to, source="s", checked=BASE,
                   note="", title="", days=days, period=period,  # type: ignore[arg-type]
                   window_days=window_days, window_months=window_months)


@st.composite
def tax_tests(draw: st.DrawFn) -> TaxTest:
    shape = draw(st.sampled_from(["days", "months", "year"]))
    n = draw(st.integers(1, 40))
    vf = draw(st.none() | st.integers(0, 200).map(lambda k: BASE + dt.timedelta(days=k)))
    vt = draw(st.none() | st.integers(100, 400).map(lambda k: BASE + dt.timedelta(days=k)))
    if vf and vt and vt < vf:
        vf, vt = vt, vf
    if shape == "days":
        return _test(n, window_days=draw(st.integers(n, 90)), valid_from=vf, valid_to=vt)
    if shape == "months":
        return _test(n, window_months=draw(st.integers(1, 3)), valid_from=vf, valid_to=vt)
    return _test(n, "calendar-year", valid_from=vf, valid_to=vt)


@st.composite
def stays(draw: st.DrawFn) -> list[Stay]:
    out = []
    for _ in range(draw(st.integers(0, 6))):
        start = BASE + dt.timedelta(days=draw(st.integers(0, 400)))
        length = draw(st.integers(0, 60))
        out.append(Stay(draw(st.sampled_from(["KZ", "KZ", "GE"])), start,
                        start + dt.timedelta(days=length),
                        draw(st.sampled_from(list(Status)))))
    return out


@settings(max_examples=150, deadline=None)
@given(tax_tests(), stays(), st.integers(-10, 480))
def test_count_and_crossings_match_the_reference(test: TaxTest, ss: list[Stay],
                                                 offset: int) -> None:
    p = Presence(test, ss)
    day = BASE + dt.timedelta(days=offset)
    assert p.count(day) == ref.tax_count(ss, test, day)
    assert p.crossings() == ref.tax_crossings(ss, test)


@given(st.dates(dt.date(1950, 1, 1), dt.date(2150, 12, 31)), st.integers(1, 24))
def test_month_window_matches_the_reference_walk(day: dt.date, months: int) -> None:
    test = _test(1, window_months=months)
    assert period_start(test, day) == ref.tax_period(test, day)[0]


def test_twelve_months_reach_on_the_183rd_day() -> None:
    """Kazakhstan's shape: 183 days in any 12 consecutive months, every status counted."""
    test = _test(183, window_months=12)
    ss = [Stay("KZ", D("2024-01-01"), D("2024-03-31")),                     # 91 days
          Stay("KZ", D("2024-04-01"), D("2024-12-31"), Status.RESIDENCE)]  # then a permit
    p = Presence(test, ss)
    assert p.crossings() == [D("2024-07-01")]   # 1 Jan + 182 days: the 183rd day (leap year)
    on = p.on(D("2024-06-30"))
    assert (on.days, on.remaining, on.reached) == (182, 1, D("2024-07-01"))
    assert on.start == D("2023-07-01")


def test_calendar_year_starts_again_on_1_january() -> None:
    test = _test(3, "calendar-year")
    ss = [Stay("KZ", D("2023-12-29"), D("2024-01-03"))]
    p = Presence(test, ss)
    assert p.crossings() == [D("2023-12-31"), D("2024-01-03")]
    assert p.count(D("2024-01-01")) == 1


def test_overlapping_stays_and_travel_days_count_once() -> None:
    test = _test(5, window_days=10)
    ss = [Stay("KZ", D("2024-01-01"), D("2024-01-03")), Stay("KZ", D("2024-01-03"),
                                                                D("2024-01-04")),
          Stay("GE", D("2024-01-04"), D("2024-01-09"))]
    assert Presence(test, ss).count(D("2024-01-10")) == 4
    assert Presence(test, ss).crossings() == []


def test_months_clamp_to_the_shorter_month() -> None:
    assert minus_months(D("2024-03-31"), 1) == D("2024-02-29")
    assert minus_months(D("2023-03-31"), 13) == D("2022-02-28")
    # The day after 28 February 2024 is the 29th, which February 2023 lacks.
    assert period_start(_test(1, window_months=12), D("2024-02-28")) == D("2023-02-28")
    assert period_start(_test(1, window_months=12), D("2024-07-02")) == D("2023-07-03")

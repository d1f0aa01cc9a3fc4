"""The calendar's pure layout maths, without widgets or a QApplication."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.model import Stay
from planner.ui.calendar.layout import (
    Rect,
    TimelineLayout,
    YearLayout,
    clamp_zoom,
    days_in_month,
    lane_rect,
    month_starts,
    pack_lanes,
    span_with_margin,
)
from planner.ui.calendar.scene import (
    Bar,
    BreachRanges,
    Hit,
    TravelDays,
    bar_day_rect,
    half_slots,
    hit_test,
    timeline_bars,
    timeline_lanes,
    travel_days,
    year_bars,
)


def d(m: int, day: int, y: int = 2023) -> dt.date:
    return dt.date(y, m, day)


def all_days(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    return [first + dt.timedelta(days=i) for i in range((dt.date(year + 1, 1, 1) - first).days)]


@pytest.mark.parametrize("first_weekday", [0, 6])
@pytest.mark.parametrize("size", [(1200, 800), (900, 1200), (2400, 700)])
def test_every_day_round_trips_through_its_cell(first_weekday: int, size: tuple[int, int]
                                                ) -> None:
    lay = YearLayout(2024, *size, first_weekday=first_weekday)
    seen = set()
    for day in all_days(2024):
        r = lay.cell_rect(day)
        assert r is not None
        assert lay.day_at(r.x + r.w / 2, r.y + r.h / 2) == day
        assert lay.day_at(r.x + 0.01, r.y + 0.01) == day
        key = (round(r.x, 3), round(r.y, 3))
        assert key not in seen  # no two days share a cell
        seen.add(key)
        assert r.x >= 0 and r.right <= size[0] + 1e-6 and r.bottom <= size[1] + 1e-6


@given(st.integers(1, 9998), st.integers(1, 12))
def test_days_in_month_agrees_with_the_calendar_module(year: int, month: int) -> None:
    import calendar

    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_week_rows_begin_on_first_weekday() -> None:
    monday = YearLayout(2023, 1200, 800, first_weekday=0)
    sunday = YearLayout(2023, 1200, 800, first_weekday=6)
    # 1 January 2023 is a Sunday
    assert monday.position(d(1, 1)) == (0, 6)
    assert sunday.position(d(1, 1)) == (0, 0)
    assert monday.position(d(1, 2)) == (1, 0)
    assert monday.weekday_of_column(0) == 0 and sunday.weekday_of_column(0) == 6


def test_blank_cells_and_gaps_are_no_day() -> None:
    lay = YearLayout(2023, 1200, 800)
    jan = lay.month_rect(1)
    assert lay.day_at(jan.x + 1, jan.y + 1) is None  # the title row
    top = jan.y + lay.title_h + lay.weekday_h
    assert lay.day_at(jan.x + 1, top + 1) is None  # Monday 26 December: blank
    assert lay.nearest_day(jan.x + 1, top + 1) == d(1, 2)  # the nearest cell centre
    cw, _ = lay.cell_size
    assert lay.nearest_day(jan.x + cw * 5.5, top + 1) == d(1, 1)  # Saturday 31 Dec
    assert lay.cell_rect(d(1, 1, 2024)) is None


def test_grid_prefers_larger_cells() -> None:
    assert YearLayout(2023, 1600, 900).grid == (4, 3)
    assert YearLayout(2023, 800, 1400).grid in ((3, 4), (2, 6))


def test_runs_split_at_week_and_month_ends() -> None:
    lay = YearLayout(2023, 1200, 800)
    runs = lay.runs(d(1, 28), d(2, 7))  # Sat 28 Jan .. Tue 7 Feb, weeks from Monday
    assert [(r.first, r.last) for r in runs] == [
        (d(1, 28), d(1, 29)), (d(1, 30), d(1, 31)), (d(2, 1), d(2, 5)), (d(2, 6), d(2, 7))]
    for r in runs:
        a, b = lay.cell_rect(r.first), lay.cell_rect(r.last)
        assert a is not None and b is not None
        assert r.rect == Rect(a.x, a.y, b.right - a.x, a.h)
    assert lay.runs(d(12, 30, 2022), d(1, 1)) == lay.runs(d(1, 1), d(1, 1))
    assert lay.runs(d(3, 1, 2024), d(3, 9, 2024)) == []


def test_pack_lanes_shared_day_means_other_lane() -> None:
    assert pack_lanes([]) == ([], 0)
    assert pack_lanes([(1, 5), (6, 9)]) == ([0, 0], 1)
    assert pack_lanes([(1, 5), (5, 9), (6, 7)]) == ([0, 1, 0], 2)
    lanes, n = pack_lanes([(1, 10), (2, 3), (3, 4), (4, 5)])
    assert n == 3 and lanes[0] == 0 and len(set(lanes[1:3])) == 2


def test_lane_rect_splits_band_below_top() -> None:
    cell = Rect(0, 100, 40, 40)
    a, b = lane_rect(cell, 0, 2, 10, gap=0), lane_rect(cell, 1, 2, 10, gap=0)
    assert (a.y, a.h, b.y, b.h) == (110, 15, 125, 15)


def test_timeline_round_trip_and_lanes() -> None:
    lay = TimelineLayout(d(1, 1), 10.0, scroll=35.0)
    for i in range(400):
        day = d(1, 1) + dt.timedelta(days=i)
        x = lay.x_of(day)
        assert lay.day_at(x) == day and lay.day_at(x + 9.99) == day
    assert lay.day_at(-1000.0) < d(1, 1)
    assert lay.lane_at(lay.lane_y(2) + 1) == 2
    assert lay.lane_at(lay.lane_y(1) - 1) is None  # the gap above lane 1
    assert lay.lane_at(0) is None
    r = lay.bar_rect(d(1, 5), d(1, 7), 1)
    assert (r.x, r.w, r.y) == (40 - 35, 30, lay.lane_y(1))
    assert lay.visible_days(100) == (d(1, 4), d(1, 14))


def test_month_starts_zoom_and_span() -> None:
    assert month_starts(d(11, 20, 2022), d(2, 1)) == [d(11, 1, 2022), d(12, 1, 2022),
                                                      d(1, 1), d(2, 1)]
    assert clamp_zoom(0.5) == 2.0 and clamp_zoom(100) == 64.0 and clamp_zoom(10) == 10
    assert span_with_margin([(d(2, 1), d(3, 1))], d(1, 1), 10, 20) == (
        d(12, 22, 2022), d(3, 21))


def test_travel_day_shares_a_lane_by_halves() -> None:
    stays = [Stay("KZ", d(1, 1), d(1, 10)), Stay("KG", d(1, 10), d(1, 20)),
             Stay("GE", d(1, 15), d(1, 16))]
    assert travel_days(stays) == ({1}, {0})
    lanes, n = timeline_lanes(stays)
    assert lanes[0] == lanes[1] and lanes[2] != lanes[1] and n == 2
    assert half_slots(stays[0], False, True)[1] < half_slots(stays[1], True, False)[0]
    lay = TimelineLayout(d(1, 1), 10.0)
    bars = timeline_bars(lay, stays, lanes, 1000)
    assert bars[0].rect.right <= bars[1].rect.x + 1  # split at the middle of 10 January
    assert abs(bars[0].rect.right - (lay.x_of(d(1, 10)) + 5)) < 1


def test_year_bars_and_hit_test() -> None:
    lay = YearLayout(2023, 1200, 800)
    stays = [Stay("KZ", d(2, 1), d(2, 14)), Stay("KG", d(2, 14), d(2, 20))]
    bars = year_bars(lay, stays)
    kz = [b for b in bars if b.index == 0]
    assert [(b.first, b.last) for b in kz] == [(d(2, 1), d(2, 5)), (d(2, 6), d(2, 12)),
                                             (d(2, 13), d(2, 14))]
    assert kz[0].starts and not kz[0].ends and kz[-1].ends
    first = kz[0].rect
    y = first.y + first.h / 2
    assert hit_test(bars, first.x + 1, y) == Hit(0, "entry")
    assert hit_test(bars, first.x + first.w / 2, y) == Hit(0, "body")
    assert hit_test(bars, first.right - 1, y) == Hit(0, "body")  # continues next week
    last = kz[-1].rect
    assert hit_test(bars, last.right - 1, last.y + last.h / 2) == Hit(0, "exit")
    assert hit_test(bars, 1, 1) is None


def test_bar_day_rect_clips_to_bar() -> None:
    bar = Bar(0, d(1, 1), d(1, 10), Rect(5, 0, 95, 10), True, True, 0.0, 10.0)
    assert bar_day_rect(bar, d(1, 3), d(1, 4)) == Rect(20, 0, 20, 10)
    assert bar_day_rect(bar, d(12, 1, 2022), d(1, 1)) == Rect(5, 0, 5, 10)
    assert bar_day_rect(bar, d(2, 1), d(2, 2)) is None


def naive_travel_days(stays: list[Stay]) -> tuple[set[int], set[int]]:
    """Every pair of stays compared: who enters on a day another (earlier) stay
    leaves, who leaves on a day another (later) stay enters."""
    split_in = {i for i, s in enumerate(stays) for j, t in enumerate(stays)
                if j != i and t.exit == s.entry and t.entry < s.entry}
    split_out = {i for i, s in enumerate(stays) for j, t in enumerate(stays)
                 if j != i and t.entry == s.exit and t.exit > s.exit}
    return split_in, split_out


short_stays = st.builds(lambda c, a, n: Stay(c, d(1, 1) + dt.timedelta(days=a),
                                             d(1, 1) + dt.timedelta(days=a + n)),
                        st.sampled_from(["KZ", "KG", "GE"]), st.integers(0, 20),
                        st.integers(0, 4))


@given(st.lists(short_stays, min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 7), short_stays), max_size=8))
def test_travel_days_kept_through_edits(stays: list[Stay],
                                        edits: list[tuple[int, Stay]]) -> None:
    """Kept from one list to the next (a drag), the split days are those of a
    fresh look at every pair of stays."""
    kept = TravelDays()
    assert kept.of(tuple(stays)) == naive_travel_days(stays)
    for i, stay in edits:
        stays = list(stays)
        stays[i % len(stays)] = stay
        assert kept.of(tuple(stays)) == naive_travel_days(stays)
    assert travel_days(stays) == naive_travel_days(stays)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 5)), max_size=6),
       st.integers(0, 80), st.integers(0, 20))
def test_breach_ranges_within_a_stay(raw: list[tuple[int, int]], a: int, n: int) -> None:
    """The breach days on a stay's days, read by bisection, are the days of every
    range that fall on them."""
    days = sorted({x + k for x, m in raw for k in range(m + 1)})
    ranges: list[tuple[dt.date, dt.date]] = []
    for x in days:
        day = d(1, 1) + dt.timedelta(days=x)
        if ranges and ranges[-1][1] + dt.timedelta(days=1) == day:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    first = d(1, 1) + dt.timedelta(days=a)
    last = first + dt.timedelta(days=n)
    got = BreachRanges(ranges).within(first.toordinal(), last.toordinal())
    assert got == [(max(x, first), min(y, last)) for x, y in ranges if x <= last and y >= first]

"""Bars kept through a drag are exactly those of a fresh layout; breach changes
are exactly the days that changed. Pure maths, no widgets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.core.model import Stay
from planner.ui.calendar.kept_bars import TimelineBars, YearBars
from planner.ui.calendar.layout import TimelineLayout, YearLayout
from planner.ui.calendar.scene import (
    BreachRanges,
    TravelDays,
    best_year,
    timeline_bars,
    timeline_lanes,
    travel_days,
    year_bars,
)

START = dt.date(2023, 1, 1)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


# Stays of 1 to 5 days over some ten weeks: many share a travel day or a week row.
stays_st = st.lists(st.builds(lambda c, a, n: Stay(c, day(a), day(a + n)),
                              st.sampled_from(["KZ", "KG", "GE"]), st.integers(0, 70),
                              st.integers(0, 4)), min_size=2, max_size=30)
# A drag: the stay dragged, and the days it is moved by at each step.
drag_st = st.tuples(st.integers(0, 29), st.lists(st.integers(-20, 20), min_size=1,
                                                  max_size=12))


@given(stays_st, drag_st, st.sampled_from([(1200, 800), (900, 1200)]), st.sampled_from([0, 6]))
def test_year_bars_kept_through_a_drag_are_a_fresh_layout(
        stays: list[Stay], drag: tuple[int, list[int]], size: tuple[int, int],
        first_weekday: int) -> None:
    lay = YearLayout(2023, *size, first_weekday=first_weekday)
    f = drag[0] % len(stays)
    kept, travel = YearBars(), TravelDays()
    assert kept.bars(lay, stays, None, travel.of(stays)) == year_bars(lay, stays)
    original = stays[f]
    for shift in drag[1]:
        stays = [*stays[:f], original.moved(shift), *stays[f + 1:]]
        got = kept.bars(lay, stays, f, travel.of(stays))
        assert got == year_bars(lay, stays, f, travel_days(stays))


@given(stays_st, drag_st, st.sampled_from([4.0, 14.0, 9.5]), st.integers(0, 300))
def test_timeline_bars_kept_through_a_drag_are_a_fresh_layout(
        stays: list[Stay], drag: tuple[int, list[int]], day_width: float, scroll: int) -> None:
    lay = TimelineLayout(day(-10), day_width, float(scroll))
    f = drag[0] % len(stays)
    lanes, _ = timeline_lanes(stays)  # the lanes stand through a drag
    kept, travel = TimelineBars(), TravelDays()
    original = stays[f]
    for shift in drag[1]:
        stays = [*stays[:f], original.moved(shift), *stays[f + 1:]]
        got = kept.bars(lay, stays, lanes, 700.0, f, travel.of(stays))
        assert got == timeline_bars(lay, stays, lanes, 700.0, f, travel_days(stays))


def _ranges(days: set[int]) -> list[tuple[dt.date, dt.date]]:
    out: list[tuple[dt.date, dt.date]] = []
    for n in sorted(days):
        if out and out[-1][1] == day(n - 1):
            out[-1] = (out[-1][0], day(n))
        else:
            out.append((day(n), day(n)))
    return out


@given(st.sets(st.integers(0, 60)), st.sets(st.integers(0, 60)), st.integers(-5, 65),
       st.integers(0, 70))
def test_breach_differences_are_the_days_in_one_but_not_both(
        old: set[int], new: set[int], a: int, n: int) -> None:
    first, last = day(a), day(a + n)
    got = BreachRanges(_ranges(old)).differences(BreachRanges(_ranges(new)),
                                                 first.toordinal(), last.toordinal())
    assert got == _ranges({x for x in old ^ new if a <= x <= a + n})


@given(stays_st, st.lists(st.tuples(st.integers(0, 29), st.integers(-20, 20)), max_size=10),
       st.booleans())
def test_travel_days_told_which_stay_changed_are_a_fresh_look(
        stays: list[Stay], edits: list[tuple[int, int]], skip_first: bool) -> None:
    """Told which stay a change replaced, the split days are those of a fresh
    look; told about a list it has not seen, it looks at every stay."""
    kept = TravelDays()
    before = tuple(stays)
    if not skip_first:
        kept.of(before)
    for i, shift in edits:
        i %= len(before)
        after = (*before[:i], before[i].moved(shift), *before[i + 1:])
        assert kept.replaced(before, after, i) == travel_days(after)
        before = after


@given(stays_st)
def test_travel_days_are_their_definition(stays: list[Stay]) -> None:
    """A stay's entry is split when another stay leaves that day having entered
    before it; its exit, when another enters that day and leaves after it."""
    split_in = {i for i, s in enumerate(stays)
                if any(j != i and t.exit == s.entry and t.entry < s.entry
                       for j, t in enumerate(stays))}
    split_out = {i for i, s in enumerate(stays)
                 if any(j != i and t.entry == s.exit and t.exit > s.exit
                        for j, t in enumerate(stays))}
    assert travel_days(stays) == (split_in, split_out)


@given(st.lists(st.builds(lambda a, n: Stay("KZ", day(a), day(a + n)), st.integers(-800, 800),
                          st.integers(0, 500)), max_size=6), st.integers(-3, 3))
def test_best_year_is_today_touched_or_the_fullest(stays: list[Stay], shift: int) -> None:
    today = dt.date(2023 + shift, 6, 1)
    days: dict[int, int] = {}
    for s in stays:
        for k in range(s.days):
            y = (s.entry + dt.timedelta(days=k)).year
            days[y] = days.get(y, 0) + 1
    expected = today.year if not days or today.year in days else \
        max(days, key=lambda y: (days[y], -y))
    assert best_year(tuple(stays), today) == expected

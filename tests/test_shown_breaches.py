"""What the calendar repaints after a re-judgement: ShownBreaches against day sets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.ui.calendar.shown_breaches import ShownBreaches

BASE = dt.date(2023, 1, 1)


def spans(days: set[int]) -> list[tuple[dt.date, dt.date]]:
    """``days`` (offsets from BASE) as sorted, disjoint, inclusive date ranges."""
    out: list[tuple[dt.date, dt.date]] = []
    for x in sorted(days):
        day = BASE + dt.timedelta(days=x)
        if out and out[-1][1] + dt.timedelta(days=1) == day:
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out


def days_of(ranges: list[tuple[dt.date, dt.date]]) -> set[int]:
    return {(a - BASE).days + k for a, b in ranges for k in range((b - a).days + 1)}


day_sets = st.sets(st.integers(0, 60), max_size=25)


@given(day_sets, day_sets, st.integers(0, 60), st.integers(0, 60))
def test_update_names_exactly_the_days_that_changed(before: set[int], after: set[int],
                                                    a: int, b: int) -> None:
    """Within the changed span, the days returned are those breaching before or
    after but not both; a destination the view had not seen repaints the span."""
    a, b = min(a, b), max(a, b)
    span = (BASE + dt.timedelta(days=a), BASE + dt.timedelta(days=b))
    shown = ShownBreaches()
    shown.reset({"KZ": spans(before)})
    changed = shown.update("KZ", spans(after), span)
    expected = set() if before == after else {
        x for x in (before ^ after) if a <= x <= b}
    assert days_of(changed) == expected
    assert days_of(shown.within(BASE, BASE + dt.timedelta(days=60))) == after
    fresh = ShownBreaches()
    assert fresh.update("KG", spans(after), span) == [span]


@given(day_sets, day_sets, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 10)),
                                    max_size=3))
def test_a_stays_breaches_are_its_destinations_days(kz: set[int], schengen: set[int],
                                                    segs: list[tuple[int, int]]) -> None:
    shown = ShownBreaches()
    shown.reset({"KZ": spans(kz), "SCHENGEN": spans(schengen)})
    o = BASE.toordinal()
    on = shown.on_segments({"KZ": [(o + x, o + x + n) for x, n in segs], "GE": [(o, o + 60)]})
    covered = {x + k for x, n in segs for k in range(n + 1)}
    assert days_of(on) == kz & covered

"""The allowance strip and the exit window, against planning and the naive reference.

Generated rule sets and itineraries come from ``test_engine_properties``; the
search horizon is patched small there and here, so that "unlimited" is cheap
to reach and to check by brute force.
"""

from __future__ import annotations

import datetime as dt
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from planner.core import planning, probing
from planner.core.advice import NEIGHBOURS, allowance_strip, exit_window, where_to_go
from planner.core.model import Status, Stay
from planner.core.rule_files import bundled_rules
from planner.core.rules import RuleSet
from planner.core.strip import allowances
from tests import reference as ref
from tests.test_engine_properties import (
    COUNTRIES,
    HORIZON,
    NAT,
    SETTINGS,
    day,
    rulesets,
    stays,
)

D = dt.date.fromisoformat
ONE = dt.timedelta(days=1)


def horizon() -> mock._patch[int]:
    return mock.patch.object(probing, "HORIZON_DAYS", HORIZON)


# ---- the strip ------------------------------------------------------------


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=5), st.sampled_from(COUNTRIES),
       st.integers(-20, 100), st.integers(0, 60))
def test_strip_equals_longest_stay(rs: RuleSet, ss: list[Stay], country: str, a: int,
                                   n: int) -> None:
    with horizon():
        got = allowance_strip(rs, NAT, ss, country, day(a), day(a + n))
        expected = [planning.longest_stay(rs, NAT, ss, country, day(a + i))
                    for i in range(n + 1)]
    assert got == expected


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=4), st.sampled_from(COUNTRIES),
       st.integers(0, 90), st.integers(1, 30))
def test_capped_allowances(rs: RuleSet, ss: list[Stay], country: str, a: int,
                           cap: int) -> None:
    """A short cap (what fix uses) gives min(cap, the strip), unlimited = cap."""
    with horizon():
        full = allowance_strip(rs, NAT, ss, country, day(a), day(a + 20))
        capped = allowances(rs, NAT, ss, country, day(a), day(a + 20), cap).tolist()
    assert capped == [cap if k is None else min(k, cap) for k in full]


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=3), st.sampled_from(COUNTRIES),
       st.integers(0, 60))
def test_strip_against_reference(rs: RuleSet, ss: list[Stay], country: str, a: int) -> None:
    """Brute force: the literal largest k whose stay adds no breach."""
    with horizon():
        got = allowance_strip(rs, NAT, ss, country, day(a), day(a + 2))
    for i, k in enumerate(got):
        enter = day(a + i)
        latest, unlimited = ref.latest_exit(rs, NAT, [*ss, Stay(country, enter, enter)],
                                            len(ss), HORIZON)
        assert k == (None if unlimited else 0 if latest is None else
                     (latest - enter).days + 1)


def test_strip_dated_kazakhstan() -> None:
    rules = bundled_rules()
    year = allowance_strip(rules, "RU", [], "KZ", D("2024-01-01"), D("2024-12-31"))
    assert year == [90] * 366
    used = [Stay("KZ", D("2024-01-01"), D("2024-03-30"))]
    strip = allowance_strip(rules, "RU", used, "KZ", D("2024-03-31"), D("2024-12-31"))
    first = strip.index(next(k for k in strip if k))
    assert set(strip[:first]) == {0}
    assert D("2024-03-31") + first * ONE == D("2024-06-29")  # 1 January leaves the window
    assert strip[first:first + 3] == [90, 90, 90]
    # Georgia: one year per entry; Uzbekistan: no limit at all.
    assert allowance_strip(rules, "RU", [], "GE", D("2024-01-01"), D("2024-01-01")) == [365]
    assert allowance_strip(rules, "RU", [], "UZ", D("2024-01-01"), D("2024-01-02")) == [None] * 2
    assert allowance_strip(rules, "RU", [], "FR", D("2024-01-01"), D("2024-01-01")) == [0]


def test_strip_empty_range() -> None:
    assert allowance_strip(bundled_rules(), "RU", [], "KZ", D("2024-02-01"),
                           D("2024-01-01")) == []


# ---- the exit window ------------------------------------------------------


@st.composite
def breaching(draw: st.DrawFn) -> tuple[RuleSet, list[Stay], int]:
    rs = draw(rulesets())
    ss = draw(st.lists(stays(), min_size=1, max_size=4))
    return rs, ss, draw(st.integers(0, len(ss) - 1))


@SETTINGS
@given(breaching())
def test_exit_window_agrees_with_reference(case: tuple[RuleSet, list[Stay], int]) -> None:
    rs, ss, i = case
    with horizon():
        w = exit_window(rs, NAT, ss, i)
    if ref.visa_needed_on(rs, NAT, ss[i], ss[i].entry):
        # no date makes it visa-free: nothing is computed, a visa is named
        assert w.visa is not None and w.visa.in_force(ss[i].entry)
        assert (w.leave_by, w.earliest_return, w.gap, w.where_to_go) == (None, None, None, ())
        return
    assert w.visa is None
    latest, unlimited = ref.latest_exit(rs, NAT, ss, i, HORIZON)
    assert (w.leave_by, w.unlimited) == (latest, unlimited)
    assert w.breaching == bool(
        any(d in ref.breach_days(rs, NAT, ss, dest)
            for dest in ref.destinations(rs, NAT, ss[i].country)
            for d in ref.days(ss[i].entry, ss[i].exit)
            if ref.counts_for(rs, ss[i], dest, d)))
    if unlimited:
        assert w.where_to_go == () and w.gap is None
        return
    start = ss[i].entry if latest is None else min(latest, ss[i].exit) + ONE
    if w.next_stay is not None:
        assert w.next_stay.entry > ss[i].entry and w.next_index != i
        others = [s for s in w.base if s is not w.next_stay]
        assert w.earliest_return == ref.earliest_reentry(
            rs, NAT, others, w.next_stay.country, w.next_stay.days, start, HORIZON)
    if w.gap is not None:
        assert w.gap[0] == start and w.earliest_return == w.gap[1] + ONE


@SETTINGS
@given(breaching())
def test_every_suggestion_adds_no_breach(case: tuple[RuleSet, list[Stay], int]) -> None:
    """A stay in a suggested country for the whole gap adds no breach (reference)."""
    rs, ss, i = case
    with horizon():
        w = exit_window(rs, NAT, ss, i)
        # With no later stay the gap may be empty: try a fixed ten-day gap too.
        extra = where_to_go(rs, NAT, w.base, ss[i].country, day(50), day(59))
    gaps = [(w.gap, w.where_to_go), ((day(50), day(59)), extra)]
    for gap, suggestions in gaps:
        if gap is None:
            continue
        assert suggestions and suggestions[0].country == NAT  # home first
        for s in suggestions:
            # a zone is offered as itself; a stay there is in one of its members
            zone = rs.zones.get(s.country)
            country = s.country if zone is None else min(
                m.country for m in zone.members if m.on(gap[0]) and m.on(gap[1]))
            stay = Stay(country, *gap)
            assert not ref.adds_breach(rs, NAT, list(w.base), stay), s
            if s.country != NAT:
                assert not any(ref.visa_needed_on(rs, NAT, stay, d) for d in ref.days(*gap))
            if s.max_days is not None:
                assert s.max_days >= stay.days


def test_exit_window_dated_russian_in_kazakhstan() -> None:
    ss = [Stay("KZ", D("2023-02-01"), D("2023-06-01"), note="Almaty")]
    w = exit_window(bundled_rules(), "RU", ss, 0)
    assert w.breaching and w.leave_by == D("2023-05-01")
    assert w.next_stay is None and w.return_days == 31  # the days cut off
    assert w.earliest_return == D("2023-07-31")
    assert w.gap == (D("2023-05-02"), D("2023-07-30"))
    names = [s.country for s in w.where_to_go]
    assert names[0] == "RU" and w.where_to_go[0].reason == "home country"
    ge = next(s for s in w.where_to_go if s.country == "GE")
    assert ge.max_days == 365 and ge.rule is not None and ge.rule.id.startswith("ge-")
    kg = next(s for s in w.where_to_go if s.country == "KG")
    assert kg.rule is not None and kg.rule.kind.value == "rolling"  # from 28 October
    assert "FR" not in names and "KZ" not in names  # visa required; the stay's own
    near = [c for c in NEIGHBOURS["KZ"] if c in names and c != "RU"]
    assert names[1 : 1 + len(near)] == near  # neighbours first, in table order


def test_exit_window_with_next_stay() -> None:
    ss = [Stay("KZ", D("2023-02-01"), D("2023-06-01")),
          Stay("GE", D("2023-06-02"), D("2023-06-30")),
          Stay("KZ", D("2023-07-01"), D("2023-08-14"))]
    w = exit_window(bundled_rules(), "RU", ss, 0)
    assert w.leave_by == D("2023-04-01")  # the 45 days from 1 July need room
    assert w.next_index == 2 and w.return_days == 45
    assert w.earliest_return == D("2023-07-01")
    assert w.gap == (D("2023-04-02"), D("2023-06-30"))


def test_exit_window_of_unlimited_stay() -> None:
    ss = [Stay("UZ", D("2023-02-01"), D("2024-06-01")),
          Stay("KZ", D("2023-02-01"), D("2023-02-02"), Status.VISA)]
    for i in range(2):
        w = exit_window(bundled_rules(), "RU", ss, i)
        assert w.unlimited and not w.breaching and w.where_to_go == ()


def test_visa_required_is_named_and_never_planned_as_a_limit() -> None:
    """A US citizen's three Russian stays: a visa, not a re-entry date."""
    rules = bundled_rules()
    ss = [Stay("RU", D("2026-03-01"), D("2026-04-20")), Stay("RU", D("2026-06-01"),
                                                            D("2026-07-20")),
          Stay("RU", D("2026-09-01"), D("2026-10-20"))]
    for i in range(3):
        w = exit_window(rules, "US", ss, i)
        assert w.visa is not None and w.visa.id == "ru-visa-required"
        assert (w.leave_by, w.earliest_return, w.next_stay, w.gap) == (None, None, None, None)
    offered = {s.country for s in where_to_go(rules, "US", [], "KZ", D("2026-05-01"),
                                              D("2026-05-20"))}
    assert "RU" not in offered and "CN" not in offered and "KG" in offered

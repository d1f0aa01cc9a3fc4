"""The exit window's remedies add no conflict (tests/reference.py), keep what they
claim, and refuse rather than move a stay they may not move."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import probing, remedies
from planner.core.advice import exit_window
from planner.core.model import Status, Stay
from planner.core.rule_files import bundled_rules
from planner.core.rules import RuleSet
from planner.core.timeline import conflicts
from tests import reference as ref
from tests.test_engine_properties import HORIZON, NAT, rulesets, stays

D = dt.date.fromisoformat


@st.composite
def cases(draw: st.DrawFn) -> tuple[RuleSet, list[Stay], int]:
    rs = draw(rulesets())
    ss = draw(st.lists(stays(), min_size=1, max_size=5))
    return rs, ss, draw(st.integers(0, len(ss) - 1))


@settings(max_examples=60, deadline=None)
@given(cases())
def test_every_remedy_adds_no_conflict(case: tuple[RuleSet, list[Stay], int]) -> None:
    rs, ss, i = case
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        w = exit_window(rs, NAT, ss, i)
        offered = [remedies.trim(ss, w), remedies.move_next(ss, w)]
        adds = {s.country: remedies.add_stay(rs, NAT, ss, w, s.country)
                for s in w.where_to_go[:3]}
    for r in [*offered, *adds.values()]:
        if r is None:
            continue
        assert not ref.added_conflict_days_by_index(ss, list(r.stays))
        for j, by in r.pushed.items():  # pushed stays are visa-free, later, same length
            assert r.stays[j].entry > ss[j].entry and r.stays[j].days == ss[j].days
            assert ss[j].status is Status.VISA_FREE and by != j
    for country, r in adds.items():
        if r is None:
            continue
        new = r.stays[-1]
        assert w.gap is not None and w.gap[0] == new.entry <= new.exit <= w.gap[1]
        assert new.country == country
        assert not ref.adds_breach(rs, NAT, list(r.stays[:-1]), new)  # as where-to-go claims
        assert all(not ref.conflict_set(new, t) for t in r.stays[:-1])  # unplanned days only


RULES = bundled_rules()
# The dated cases below set the earliest return by hand: they test how each
# remedy makes room, for a return date the exit window may give.


def test_move_next_pushes_the_stays_in_its_way_together() -> None:
    """The issue's shape: the next KZ stay moved later lands on KG and GE stays
    that begin after its new entry; they move later with it, lengths kept."""
    ss = [Stay("KZ", D("2023-02-01"), D("2023-06-01")),
          Stay("KZ", D("2023-06-20"), D("2023-07-20")),
          Stay("KG", D("2023-08-05"), D("2023-08-20")),
          Stay("GE", D("2023-08-20"), D("2023-09-10")),
          Stay("AM", D("2023-12-01"), D("2023-12-10"))]
    w = replace(exit_window(RULES, "RU", ss, 0), earliest_return=D("2023-07-31"))
    assert w.next_index == 1
    r = remedies.move_next(ss, w)
    assert r is not None and conflicts(r.stays) == []
    assert r.stays[1] == Stay("KZ", D("2023-07-31"), D("2023-08-30"))
    assert r.stays[2] == Stay("KG", D("2023-08-30"), D("2023-09-14"))
    assert r.stays[3] == Stay("GE", D("2023-09-14"), D("2023-10-05"))
    assert r.stays[4] == ss[4] and r.pushed == {2: 1, 3: 2}


def test_move_next_is_not_offered_over_a_stay_it_may_not_move() -> None:
    ss = [Stay("KZ", D("2023-02-01"), D("2023-06-01")),
          Stay("KZ", D("2023-06-20"), D("2023-07-20")),
          Stay("FR", D("2023-08-01"), D("2023-08-10"), Status.RESIDENCE)]
    w = replace(exit_window(RULES, "RU", ss, 0), earliest_return=D("2023-07-31"))
    assert w.next_index == 1 and remedies.move_next(ss, w) is None
    # moved earlier onto a stay that entered before it: not offered either
    ss[2] = Stay("FR", D("2023-06-10"), D("2023-06-25"))
    assert remedies.move_next(ss, replace(w, earliest_return=D("2023-06-15"))) is None


def test_add_stay_trims_and_uses_unplanned_days_only() -> None:
    ss = [Stay("KZ", D("2023-02-01"), D("2023-06-01")),
          Stay("GE", D("2023-06-10"), D("2023-06-30"))]
    w = exit_window(RULES, "RU", ss, 0)
    assert w.gap is not None and w.gap[1] > D("2023-06-30")
    r = remedies.add_stay(RULES, "RU", ss, w, "AM")
    assert r is not None
    assert r.stays == (Stay("KZ", D("2023-02-01"), D("2023-05-01")), ss[1],
                       Stay("AM", D("2023-05-02"), D("2023-06-10")))
    assert conflicts(r.stays) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(stays(), min_size=2, max_size=6), st.integers(0, 5))
def test_merge_adds_no_conflict_and_keeps_the_days(ss: list[Stay], where: int) -> None:
    i = where % len(ss)
    found = remedies.merge(ss, i)
    if found is None:
        return
    j, r = found
    merged = r.stays[i if i < j else i - 1]
    assert merged.country == ss[i].country == ss[j].country
    # the same days, each once: nothing gained, nothing lost
    assert set(ref.days(merged.entry, merged.exit)) == \
        set(ref.days(ss[i].entry, ss[i].exit)) | set(ref.days(ss[j].entry, ss[j].exit))
    rest = [t for k, t in enumerate(ss) if k not in (i, j)]
    old = set().union(*(ref.conflict_set(x, t) for x in (ss[i], ss[j]) for t in rest))
    assert set().union(*(ref.conflict_set(merged, t) for t in rest)) <= old


def test_merge_is_not_offered_over_a_travel_day() -> None:
    """KZ 1-5 and KZ 5-10 with a one-day KG stay on the 5th: merged, the KG day
    would sit inside a KZ stay."""
    ss = [Stay("KZ", D("2023-03-01"), D("2023-03-05")), Stay("KZ", D("2023-03-05"),
                                                            D("2023-03-10")),
          Stay("KG", D("2023-03-05"), D("2023-03-05"))]
    assert remedies.merge(ss, 0) is None
    found = remedies.merge(ss[:2], 1)
    assert found is not None and found[1].stays == (Stay("KZ", D("2023-03-01"),
                                                         D("2023-03-10")),)

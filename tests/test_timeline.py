"""Conflicts and making room agree with the naive reference (tests/reference.py)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.model import Status, Stay
from planner.core.timeline import (
    ConflictIndex,
    added_conflicts,
    conflicts,
    longest_clear,
    make_room,
)
from tests import reference as ref

BASE = dt.date(2023, 3, 1)
COUNTRIES = ["KZ", "KG", "FR", "DE", "RU"]


def day(n: int) -> dt.date:
    return BASE + dt.timedelta(days=n)


@st.composite
def stays_st(draw: st.DrawFn) -> Stay:
    a = draw(st.integers(0, 40))
    n = draw(st.integers(1, 10))
    return Stay(draw(st.sampled_from(COUNTRIES)), day(a), day(a + n - 1),
                draw(st.sampled_from(list(Status))))


itineraries = st.lists(stays_st(), max_size=7)


def as_reference(stays: list[Stay]) -> dict[tuple[int, int], set[dt.date]]:
    out = {}
    for c in conflicts(stays):
        out[(c.first, c.second)] = set(ref.days(*c.days))
    return out


@settings(max_examples=200, deadline=None)
@given(itineraries)
def test_conflicts_agree_with_reference(stays: list[Stay]) -> None:
    assert as_reference(stays) == ref.conflicts(stays)


@settings(max_examples=200, deadline=None)
@given(itineraries, stays_st(), st.integers(0, 8))
def test_make_room_adds_no_conflict_and_keeps_order_and_lengths(
        stays: list[Stay], new: Stay, where: int) -> None:
    index = where if where < len(stays) else None
    room = make_room(stays, index, new)
    before = list(stays) if index is None else stays
    if room is None:
        return
    after = list(room.stays)
    target = len(stays) if index is None else index
    assert after[target] == new
    # the stays in the way moved later, by whole stays; nothing else changed
    for i, s in enumerate(stays):
        if i == target:
            continue
        assert after[i].days == s.days
        assert after[i].entry >= s.entry
        assert (after[i] != s) == (i in room.pushed)
    # order kept: a pushed stay still begins after the new stay and, when the
    # input followed one timeline, after every stay that began before it
    for i in room.pushed:
        assert stays[i].entry >= new.entry and after[i].entry >= new.entry
        for j in range(len(stays)):
            if j != target and stays[j].entry < stays[i].entry and not conflicts(before):
                assert after[j].entry <= after[i].entry
    # no day of conflict that the input did not have between the same stays
    assert not ref.added_conflict_days(before, after)
    assert added_conflicts(before, after) == []


def test_travel_day_is_no_conflict_but_two_days_are() -> None:
    kz = Stay("KZ", day(0), day(9))
    assert conflicts([kz, Stay("KG", day(9), day(19))]) == []
    (c,) = conflicts([kz, Stay("KG", day(8), day(19))])
    assert (c.first, c.second, c.days) == (0, 1, (day(8), day(9)))
    (c,) = conflicts([kz, Stay("KG", day(4), day(4))])
    assert c.days == (day(4), day(4))
    assert conflicts([kz, Stay("KZ", day(3), day(20))]) == []
    # countries inside a zone are still different countries; statuses occupy days
    assert conflicts([Stay("FR", day(0), day(5), Status.RESIDENCE),
                      Stay("DE", day(3), day(8), Status.VISA)])


def test_make_room_pushes_the_stays_in_the_way_later_together() -> None:
    stays = [Stay("KZ", day(0), day(9)), Stay("KG", day(20), day(29)),
             Stay("RU", day(29), day(40)), Stay("GE", day(60), day(65))]
    room = make_room(stays, 0, Stay("KZ", day(10), day(24)))
    assert room is not None
    assert room.stays[1] == Stay("KG", day(24), day(33))
    assert room.stays[2] == Stay("RU", day(33), day(44))
    assert room.stays[3] == stays[3]
    assert room.pushed == {1: 0, 2: 1}


def test_make_room_refuses_what_it_cannot_move() -> None:
    stays = [Stay("KZ", day(0), day(9)), Stay("RU", day(12), day(20), Status.RESIDENCE)]
    new = Stay("KZ", day(5), day(15))
    assert make_room(stays, 0, new, movable=lambda s: s.status.counts) is None
    # a stay that entered before the new one cannot be moved past it
    assert make_room([Stay("GE", day(0), day(9))], None, Stay("AM", day(5), day(7))) is None


def test_longest_clear_stops_on_the_next_stay_entry() -> None:
    others = [Stay("KG", day(10), day(20))]
    assert longest_clear(day(0), "KZ", 30, others) == 11  # leaves on 10th: a travel day
    assert longest_clear(day(12), "KZ", 30, others) == 0
    assert longest_clear(day(20), "KZ", 5, others) == 5


@settings(max_examples=200, deadline=None)
@given(itineraries, st.sampled_from(COUNTRIES), st.integers(0, 45), st.integers(0, 15))
def test_longest_clear_is_the_literal_longest_conflict_free_stay(
        stays: list[Stay], country: str, a: int, most: int) -> None:
    expected = max((k for k in range(most + 1)
                    if k == 0 or not any(ref.conflict_set(Stay(country, day(a), day(a + k - 1)), t)
                                         for t in stays)), default=0)
    # conflict-free lengths are downward closed, so the largest one is the answer
    assert longest_clear(day(a), country, most, stays) == expected
    assert longest_clear(day(a), country, most, stays, lambda _c, _o: False) == expected


@given(itineraries.filter(bool), st.lists(st.tuples(st.integers(0, 6), stays_st()), max_size=8))
def test_the_conflict_index_follows_single_changes_exactly(
        start: list[Stay], changes: list[tuple[int, Stay]]) -> None:
    index = ConflictIndex(start)
    stays = list(start)
    assert index.conflicts() == conflicts(stays)
    for i, stay in changes:
        i %= len(stays)
        before = {k: dict(v) for k, v in index.partners.items()}
        moved = index.replace(i, stay)
        stays[i] = stay
        assert index.conflicts() == conflicts(stays)  # as if computed from scratch
        after = index.partners
        # exactly the stays whose partners or shared days differ are reported
        assert moved == {k for k in before.keys() | after.keys()
                         if before.get(k) != after.get(k)}

"""The indexed planning answers against the naive reference, through edits.

:class:`~planner.core.context.StayIndex` is kept as stays change (``fix``
replaces stays in it as it trims them and adds them as it places them), and
:class:`~planner.core.context.Others` hides some stays and adds others. Both
must answer as the reference does for the itinerary they stand for.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from planner.core import probing, strip
from planner.core.context import Others, StayIndex
from planner.core.model import Stay
from planner.core.rules import Membership, Rule, RuleKind, RuleSet, Zone
from tests import reference as ref
from tests.test_engine_properties import HORIZON, NAT, SETTINGS, day, rulesets, stays


@SETTINGS
@given(rulesets(), st.lists(stays(), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(0, 3), stays()), max_size=3), st.integers(0, 3),
       st.lists(stays(), max_size=1))
def test_edited_index_answers_for_what_it_holds(rs: RuleSet, ss: list[Stay],
                                                edits: list[tuple[int, Stay]], i: int,
                                                extra: list[Stay]) -> None:
    index = StayIndex(rs, NAT, ss)
    cur = list(ss)
    for j, stay in edits:
        j %= len(cur)
        cur[j] = stay
        index.replace(j, stay)
    i %= len(cur)
    others = Others(index, skip=frozenset({i}), extra=tuple(extra))
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        got = others.latest_exit(cur[i])
        reentry = others.earliest_reentry(cur[i].country, cur[i].days, day(10))
    rest = [s for k, s in enumerate(cur) if k != i] + extra
    latest, unlimited = ref.latest_exit(rs, NAT, [*rest, cur[i]], len(rest), HORIZON)
    assert (got.latest, got.unlimited) == (latest, unlimited)
    assert reentry == ref.earliest_reentry(rs, NAT, rest, cur[i].country, cur[i].days,
                                           day(10), HORIZON)


@SETTINGS
@given(rulesets(), st.lists(stays(), min_size=2, max_size=5), st.integers(0, 4))
def test_next_stay_is_the_next_entry_sharing_a_destination(rs: RuleSet, ss: list[Stay],
                                                           i: int) -> None:
    i %= len(ss)
    index = StayIndex(rs, NAT, ss)
    dests = set(ref.destinations(rs, NAT, ss[i].country))
    later = [j for j, s in enumerate(ss) if j != i and s.status.counts
             and s.entry > ss[i].entry and dests & set(ref.destinations(rs, NAT, s.country))]
    expected = min(later, key=lambda j: (ss[j].entry, j), default=None)
    assert index.next_stay(i) == expected


def _index(stays: list[tuple[int, int]]) -> StayIndex:
    """Kazakhstan stays (first day, days - 1) under one rolling rule."""
    rule = Rule(id="kz", destination="KZ", nationalities=frozenset({NAT}),
                kind=RuleKind.ROLLING, max_days=10, window_days=20, source="generated",
                checked=day(0))
    return StayIndex(RuleSet(rules=(rule,)), NAT,
                     [Stay("KZ", day(a), day(a + n)) for a, n in stays])


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=12),
       st.lists(st.tuples(st.booleans(), st.integers(0, 60), st.integers(0, 15)),
                max_size=25),
       st.integers(-10, 80), st.integers(0, 40), st.integers(0, 30))
def test_segment_arrays_follow_every_edit(first: list[tuple[int, int]],
                                          edits: list[tuple[bool, int, int]], lo: int,
                                          width: int, skipped: int) -> None:
    """The array the one-entry strip reads holds the same segments as the list,
    made before the edits (kept in step with each) or after them."""
    early, late = _index(first), _index(first)
    early.segment_array("KZ", 0, 0, ())  # made now, kept in step from here on
    keys = list(range(len(first)))
    nxt = len(first)
    for add, a, n in edits:
        for index in (early, late):
            if add or not keys:
                index.add(nxt, Stay("KZ", day(a), day(a + n)))
            else:
                index.remove(keys[a % len(keys)])
        if add or not keys:
            keys.append(nxt)
            nxt += 1
        else:
            keys.remove(keys[a % len(keys)])
    a, b = day(lo).toordinal(), day(lo + width).toordinal()
    skip = frozenset({skipped})
    want = sorted(early.segments("KZ", a, b, skip))
    for index in (early, late):
        assert sorted(map(tuple, index.segment_array("KZ", a, b, skip).tolist())) == want


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=8))
def test_an_index_built_at_once_holds_what_one_stay_at_a_time_does(
        rs: RuleSet, ss: list[Stay]) -> None:
    at_once = StayIndex(rs, NAT, ss)
    one_by_one = StayIndex(rs, NAT)
    for key, stay in enumerate(ss):
        one_by_one.add(key, stay)
    assert at_once.stays == one_by_one.stays
    assert at_once._entries == one_by_one._entries
    assert at_once._by_dest.keys() == one_by_one._by_dest.keys()
    for dest, rows in at_once._by_dest.items():
        other = one_by_one._by_dest[dest]
        assert (rows.items, rows.starts, rows.longest) == (other.items, other.starts,
                                                           other.longest)


def _zone_rules(spans: list[tuple[int | None, int | None]]) -> RuleSet:
    """KZ alone, FR in a zone with memberships ``spans`` (days from day 0; None: open)."""
    ms = tuple(Membership("FR", None if a is None else day(a), None if b is None else day(b))
               for a, b in spans)
    return RuleSet(rules=(
        Rule("kz", "KZ", frozenset({NAT}), RuleKind.ROLLING, 90, 180),
        Rule("zone", "Z", frozenset({NAT}), RuleKind.ROLLING, 90, 180),
        Rule("fr", "FR", frozenset({NAT}), RuleKind.PER_ENTRY, 30)),
        zones={"Z": Zone("Z", "Zone", ms)})


@SETTINGS
@given(st.lists(st.tuples(st.none() | st.integers(0, 60), st.none() | st.integers(0, 60)),
                max_size=3), st.lists(stays(), max_size=6))
def test_segments_at_once_are_the_evaluators(spans: list[tuple[int | None, int | None]],
                                             ss: list[Stay]) -> None:
    """The index reads each country's destinations once; per stay it must find
    what :meth:`Evaluator.segments` finds (memberships cut the days, none of a
    stay that does not count, membership spans that end before they begin)."""
    rs = _zone_rules(spans)
    ss = [*ss, *(Stay("FR", s.entry, s.exit, s.status) for s in ss)]
    index = StayIndex(rs, NAT, ss)
    rows: dict[str, list[tuple[int, int, int]]] = {}
    for k, s in enumerate(ss):
        for dest, parts in index.ev.segments(s).items():
            rows.setdefault(dest, []).extend((a, b, k) for a, b in parts)
    assert {d: v.items for d, v in index._by_dest.items()} == \
        {d: sorted(v) for d, v in rows.items()}


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=6), st.sampled_from(["KZ", "FR", "HR", "GE"]),
       st.integers(0, 60), st.integers(-1, 40), st.booleans())
def test_the_strip_from_the_index_is_the_strip_from_the_stays(
        rs: RuleSet, ss: list[Stay], country: str, first: int, days: int, plain: bool) -> None:
    """The calendar's allowance strip reads the index (a plain one before the
    engine warms); it must be the strip that works every stay out again."""
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        got = Others(StayIndex(rs, NAT, ss, plain=plain)).allowance_strip(
            country, day(first), day(first + days))
        assert got == strip.allowance_strip(rs, NAT, ss, country, day(first),
                                            day(first + days))

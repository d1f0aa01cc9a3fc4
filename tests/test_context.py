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

from planner.core import probing
from planner.core.context import Others, StayIndex
from planner.core.model import Stay
from planner.core.rules import RuleSet
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

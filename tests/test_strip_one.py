"""The allowance strip for one entry, as the planning answers ask it per stay.

:func:`planner.core.strip_one.one_entry` answers one entry day from that day on,
with slices where :func:`planner.core.strip._dest_strip` computes every
entry of a range at once with suffix minima and sliding windows. Both must
give the same number: here on generated rules of every kind the strip
handles (rolling ones also as calendar years), segments that overlap, touch
and start long before the entry, and every cap from a day to a year.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import event, given, settings
from hypothesis import strategies as st

from planner.core import strip, strip_one
from planner.core.engine import Evaluator
from planner.core.model import Stay
from planner.core.rules import Rule, RuleSet
from tests import reference as ref
from tests.test_engine_properties import NAT, day, stays
from tests.test_strip_fits import dest_rules

ONE = dt.timedelta(days=1)


def four_rules(year: bool) -> st.SearchStrategy[list[Rule]]:
    return dest_rules(year, most=4)


def _segments(rs: RuleSet, ss: list[Stay]) -> list[tuple[int, int]]:
    ev = Evaluator(rs, NAT, [])
    return [seg for s in ss for seg in ev.segments(Stay("KZ", s.entry, s.exit, s.status))
            .get("KZ", [])]


@settings(max_examples=400, deadline=None)
@given(st.booleans().flatmap(four_rules), st.lists(stays(max_len=60), max_size=10),
       st.integers(-200, 300), st.sampled_from([1, 2, 7, 30, 91, 128, 400]))
def test_one_entry_is_the_strips_answer(rules: list[Rule], ss: list[Stay], a: int,
                                        cap: int) -> None:
    segs = _segments(RuleSet(rules=tuple(rules)), ss)
    start = day(a)
    whole = int(strip._dest_strip("KZ", rules, segs, start, 1, cap)[0])
    one = strip_one._entry_strip(rules, segs, start.toordinal(), cap)
    event(f"capped {whole == cap}")
    assert one == whole
    assert strip_one.one_entry(rules, segs, start.toordinal(), cap) == whole


@settings(max_examples=150, deadline=None)
@given(st.booleans().flatmap(four_rules), st.lists(stays(max_len=40), max_size=6),
       st.integers(-50, 150), st.integers(1, 40))
def test_one_entry_agrees_with_the_reference(rules: list[Rule], ss: list[Stay], a: int,
                                             cap: int) -> None:
    rs = RuleSet(rules=tuple(rules))
    ss = [Stay("KZ", s.entry, s.exit, s.status) for s in ss]
    start = day(a)
    k = strip_one.one_entry(rules, _segments(rs, ss), start.toordinal(), cap)
    assert 0 <= k <= cap
    # k days add no breach, one more (when under the cap) does.
    if k:
        assert not ref.adds_breach(rs, NAT, ss, Stay("KZ", start, start + (k - 1) * ONE))
    if k < cap:
        assert ref.adds_breach(rs, NAT, ss, Stay("KZ", start, start + k * ONE))

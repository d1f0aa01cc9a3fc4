"""The allowance strip's shortcut for one entry whose whole stay is fine.

:func:`planner.core.strip._fits` says, without the strip's arrays, that a
stay of ``cap`` days from a day adds no breach; the strip then answers
``cap``. Here the shortcut's answers are compared with the strip's own
arithmetic (itself checked against the naive reference in
``test_advice``) on generated rules of every kind the strip handles, and
with the reference directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import event, given, settings
from hypothesis import strategies as st

from planner.core import strip
from planner.core.engine import Evaluator
from planner.core.model import Stay
from planner.core.rules import Rule, RuleKind, RuleSet
from tests import reference as ref
from tests.test_engine_properties import NAT, day, rules, stays

ONE = dt.timedelta(days=1)


@st.composite
def dest_rules(draw: st.DrawFn, year: bool, most: int = 3) -> list[Rule]:
    """One to ``most`` rules for KZ of the kinds the strip answers (rolling ones
    as calendar years when ``year``)."""
    out = []
    for i in range(draw(st.integers(1, most))):
        r = draw(rules("KZ", i).filter(lambda r: r.kind is not RuleKind.FIXED_WINDOW))
        if year and r.kind is RuleKind.ROLLING:
            r = replace(r, kind=RuleKind.CALENDAR_YEAR, window_days=None)
        out.append(r)
    return out


@settings(max_examples=300, deadline=None)
@given(st.booleans().flatmap(dest_rules), st.lists(stays(max_len=20), max_size=6),
       st.integers(-10, 100), st.integers(1, 30))
def test_a_stay_that_fits_gets_all_its_days(rules: list[Rule], ss: list[Stay], a: int,
                                             cap: int) -> None:
    rs = RuleSet(rules=tuple(rules))
    ss = [Stay("KZ", s.entry, s.exit, s.status) for s in ss]
    segs = [seg for s in ss for seg in Evaluator(rs, NAT, []).segments(s).get("KZ", [])]
    start = day(a)
    fits = strip._fits(rules, segs, start.toordinal(), cap)
    whole = strip._dest_strip("KZ", rules, segs, start, 1, cap)
    event(f"fits {fits}")
    if fits:
        assert int(whole[0]) == cap
        assert not ref.adds_breach(rs, NAT, ss, Stay("KZ", start, start + (cap - 1) * ONE))
    assert [int(v) for v in strip._dest_allowances("KZ", rules, segs, start, 1, cap)] == \
        [int(v) for v in whole]

"""How ``fix`` places one stay, against the literal search.

``fix`` gives each stay the earliest entry that keeps the most days (no
breach added to what is accepted, no conflict added with what is placed).
It bounds the lengths for all entries at once and looks past the first
entry only when that one cannot keep the whole stay; these tests check
both against the plain definition: every entry, every length, each placed
stay compared day by day (:func:`tests.reference.conflict_set`).
"""

from __future__ import annotations

import datetime as dt
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from planner.core import fixing, probing
from planner.core.context import Others, StayIndex
from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.rules import RuleSet
from tests import reference as ref
from tests.test_engine_properties import HORIZON, NAT, SETTINGS, rulesets, stays
from tests.test_engine_properties import day as gday

ONE = dt.timedelta(days=1)


def literal_clearances(stay: Stay, placed: list[tuple[Stay, Stay]], lb: dt.date,
                       vals: list[int]) -> list[int]:
    """For each entry ``lb + n``: the longest k <= ``vals[n]`` for which ``stay``
    moved there conflicts with no placed stay on a day its original (the first
    of each pair) did not already conflict on."""
    out = []
    for n, most in enumerate(vals):
        e = lb + n * ONE
        out.append(max(k for k in range(most + 1) if k == 0 or all(
            ref.conflict_set(Stay(stay.country, e, e + (k - 1) * ONE), new)
            <= ref.conflict_set(stay, old) for old, new in placed)))
    return out


@st.composite
def placements(draw: st.DrawFn) -> tuple[list[Stay], list[int], int]:
    """Original stays, which of them are placed (each may have moved later or
    been cut short, as fix does), and the one being placed."""
    originals = draw(st.lists(stays(max_len=12), min_size=1, max_size=7))
    i = draw(st.integers(0, len(originals) - 1))
    placed = [j for j in range(len(originals))
              if j != i and draw(st.booleans())]
    return originals, placed, i


def _placed(data: st.DataObject, originals: list[Stay], idx: list[int]) -> list[tuple[int, Stay]]:
    out = []
    for j in idx:
        s = originals[j]
        shift, cut = data.draw(st.integers(0, 6)), data.draw(st.integers(0, s.days - 1))
        out.append((j, s.with_dates(s.entry, s.exit - cut * ONE).moved(shift)))
    return out


@SETTINGS
@given(placements(), st.integers(-5, 60), st.integers(0, 20), st.data())
def test_clearances_are_the_longest_conflict_free_lengths(
        case: tuple[list[Stay], list[int], int], a: int, width: int, data: st.DataObject
) -> None:
    originals, idx, i = case
    placed = _placed(data, originals, idx)
    lb, ub = gday(a), gday(a + width)
    vals = data.draw(st.lists(st.integers(0, originals[i].days), min_size=width + 1,
                              max_size=width + 1))
    got = fixing._clearances(originals, i, placed, lb, ub, np.array(vals, dtype=np.int64))
    expected = literal_clearances(originals[i], [(originals[j], t) for j, t in placed], lb, vals)
    assert [int(v) for v in got] == expected


@SETTINGS
@given(rulesets(), placements(), st.integers(0, 60), st.integers(0, 30), st.data())
def test_best_entry_is_the_earliest_that_keeps_the_most(
        rs: RuleSet, case: tuple[list[Stay], list[int], int], a: int, width: int,
        data: st.DataObject) -> None:
    originals, idx, i = case
    placed = _placed(data, originals, idx)
    accepted = Others(StayIndex(rs, NAT, [t for _j, t in placed]))
    s = originals[i]
    lb, ub = gday(a), gday(a + width)
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        e, k = fixing._best_entry(accepted, originals, i, placed, lb, ub)
        # the literal answer: every entry's allowance (the strip is checked
        # against the reference elsewhere), cut day by day, then the first best
        allowed = [int(v) for v in accepted.allowances(s.country, lb, ub, s.days)]
    kept = literal_clearances(s, [(originals[j], t) for j, t in placed], lb, allowed)
    best = max(kept)
    assert (e, k) == (lb + kept.index(best) * ONE, best)

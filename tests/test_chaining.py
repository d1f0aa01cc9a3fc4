"""Chains of stays for a gap no single country covers, against the reference."""

from __future__ import annotations

import datetime as dt
from unittest import mock

from hypothesis import event, given, settings
from hypothesis import strategies as st

from planner.core import probing
from planner.core.advice import where_to_go
from planner.core.chaining import MAX_PARTS, chain
from planner.core.model import Stay
from planner.core.rule_files import bundled_rules
from planner.core.rules import RuleSet
from tests import reference as ref
from tests.test_engine_properties import COUNTRIES, HORIZON, NAT, rulesets, stays
from tests.test_engine_properties import day as gday

D = dt.date.fromisoformat
ONE = dt.timedelta(days=1)


@settings(max_examples=80, deadline=None)
@given(rulesets(), st.lists(stays(), max_size=4), st.sampled_from(["FR", "HR", *COUNTRIES]),
       st.integers(0, 60), st.integers(3, 40))
def test_a_chain_covers_the_gap_and_adds_no_breach_nor_conflict(
        rs: RuleSet, ss: list[Stay], country: str, a: int, n: int) -> None:
    first, last = gday(a), gday(a + n)
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        parts = chain(rs, NAT, ss, country, first, last)
    event(f"chain of {0 if parts is None else len(parts)}")
    if parts is None:
        return
    assert 1 <= len(parts) <= MAX_PARTS
    assert parts[0].entry == first and parts[-1].exit == last
    for i, p in enumerate(parts):
        assert i == 0 or p.entry == parts[i - 1].exit + ONE  # one after another
        assert i == 0 or p.country != parts[i - 1].country
        assert p.country not in rs.zones  # a stay is in a country, never in a zone
        assert p.country not in (country, NAT)
        assert not ref.adds_breach(rs, NAT, [*ss, *parts[:i]], p)
        assert not any(ref.conflict_set(p, t) for t in ss)  # unplanned days only
        assert not any(ref.visa_needed_on(rs, NAT, p, d) for d in ref.days(p.entry, p.exit))


def test_a_kazakh_citizen_chains_where_no_single_country_will_do() -> None:
    rules = bundled_rules()
    first, last = D("2024-03-01"), D("2024-09-16")  # 200 days after a stay in Georgia
    assert [s.country for s in where_to_go(rules, "KZ", [], "GE", first, last)] == ["KZ"]
    parts = chain(rules, "KZ", [], "GE", first, last)
    assert parts is not None and len(parts) >= 2
    assert sum(p.days for p in parts) == 200
    for i, p in enumerate(parts):
        assert not ref.adds_breach(rules, "KZ", list(parts[:i]), p)


def test_a_part_in_the_schengen_area_goes_in_a_member_country() -> None:
    rules = bundled_rules()
    first = D("2025-03-01")
    last = first + 399 * ONE  # 400 days after a stay in Georgia
    parts = chain(rules, "GB", [], "GE", first, last)
    assert parts is not None
    assert all(p.country not in rules.zones for p in parts)
    schengen = rules.zones["SCHENGEN"]
    in_zone = [p for p in parts if any(m.country == p.country for m in schengen.members)]
    assert in_zone  # the zone's 90 days are used, through a member
    for p in in_zone:
        assert any(m.country == p.country and m.on(p.entry) and m.on(p.exit)
                   for m in schengen.members)
    for i, p in enumerate(parts):
        assert not ref.adds_breach(rules, "GB", list(parts[:i]), p)


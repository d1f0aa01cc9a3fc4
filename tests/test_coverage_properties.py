"""The coverage notes agree with their definitions read day by day.

:mod:`planner.core.coverage` works out per country, once, the days its
rules judge, where a visa is needed and which temporary rules end with a
visa or nothing after them, and reads each stay's notes from that. Here each
note is computed the plain way instead, one day of one stay at a time, on
generated rule sets (every kind, random effective dates, a zone whose
membership starts mid-range, ending early for some) and itineraries.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.coverage import (
    RuleEnd,
    VisaNeed,
    entry_visas,
    needs_visa,
    rule_ends,
    stale_since,
    stays_unchecked,
    unchecked_days,
    visa_needs,
)
from planner.core.model import Stay
from planner.core.rules import Membership, RuleKind, RuleSet, Zone
from tests import reference as ref
from tests.test_engine_properties import NAT, day, rulesets, stays

ONE = dt.timedelta(days=1)
Span = tuple[dt.date, dt.date]


@st.composite
def zoned_rulesets(draw: st.DrawFn) -> RuleSet:
    """:func:`rulesets`, with HR sometimes leaving the zone and coming back."""
    rs = draw(rulesets())
    zone = rs.zones["SCHENGEN"]
    hr = zone.memberships_of("HR")[0]
    if draw(st.booleans()):
        assert hr.since is not None
        left = hr.since + draw(st.integers(0, 30)) * ONE
        back = left + draw(st.integers(1, 20)) * ONE
        members = (Membership("FR"), Membership("HR", hr.since, left),
                   Membership("HR", back, None))
        zone = Zone(zone.id, zone.name, members)
    return RuleSet(rules=rs.rules, zones={"SCHENGEN": zone})


def on(rs: RuleSet, country: str, d: dt.date) -> list[str]:
    """The destinations ``country`` counts for on ``d``."""
    return [dest for dest, ms in rs.destinations_of(country) if not ms or any(m.on(d) for m in ms)]


def literal_unchecked(rs: RuleSet, ss: list[Stay]) -> dict[str, list[Span]]:
    found: dict[str, set[dt.date]] = {}
    for s in ss:
        if s.status.counts and s.country != NAT:
            for d in ref.days(s.entry, s.exit):
                if not any(r.in_force(d) for dest in on(rs, s.country, d)
                           for r in rs.rules_for(dest, NAT)):
                    found.setdefault(s.country, set()).add(d)
    return {c: ref.to_ranges(ds) for c, ds in sorted(found.items())}


def literal_visa_needs(rs: RuleSet, ss: list[Stay]) -> list[VisaNeed]:
    out = []
    for i, s in enumerate(ss):
        for dest, _ms in rs.destinations_of(s.country) if s.status.counts else ():
            for r in rs.rules_for(dest, NAT):
                if r.kind is RuleKind.VISA_REQUIRED:
                    ds = {d for d in ref.days(s.entry, s.exit)
                          if r.in_force(d) and dest in on(rs, s.country, d)}
                    out += [VisaNeed(i, dest, span, r) for span in ref.to_ranges(ds)]
    return out


def literal_rule_ends(rs: RuleSet, ss: list[Stay]) -> list[RuleEnd]:
    out = []
    for i, s in enumerate(ss):
        for dest, _ms in rs.destinations_of(s.country) if s.status.counts else ():
            own = rs.rules_for(dest, NAT)
            for r in own:
                if r.kind is not RuleKind.VISA_REQUIRED and r.valid_to is not None \
                        and s.entry <= r.valid_to < s.exit:
                    then = [x for x in own if x.in_force(r.valid_to + ONE)]
                    if all(x.kind is RuleKind.VISA_REQUIRED for x in then):
                        out.append(RuleEnd(i, dest, r, bool(then)))
    return out


def edges(rs: RuleSet) -> list[dt.date]:
    """The days on which a note can begin or end, and their neighbours."""
    out = {day(0)}
    for r in rs.rules:
        out |= {d for d in (r.valid_from, r.valid_to) if d is not None}
    for m in rs.zones["SCHENGEN"].members:
        out |= {d for d in (m.since, m.until) if d is not None}
    return sorted(out | {d + ONE for d in out} | {d - ONE for d in out})


@st.composite
def cases(draw: st.DrawFn) -> tuple[RuleSet, list[Stay]]:
    """A rule set and stays that often begin or end on its edges, touch and overlap."""
    rs = draw(zoned_rulesets())
    near = st.sampled_from(edges(rs))
    drawn: list[Stay] = draw(st.lists(stays(max_len=60), max_size=6))
    out: list[Stay] = []
    for s in drawn:
        a = draw(st.one_of(near, near, st.just(s.entry)))
        b = draw(st.one_of(near, near, st.just(s.exit)))
        s = s.with_dates(min(a, b), max(a, b))
        touch: bool = draw(st.booleans())
        if out and touch:  # the day after the previous stay, there
            s = Stay(out[-1].country, out[-1].exit + ONE, out[-1].exit + s.days * ONE, s.status)
        out.append(s)
    return rs, out


@settings(max_examples=300, deadline=None)
@given(cases(), st.integers(0, 400))
def test_coverage_notes_are_their_day_by_day_definitions(case: tuple[RuleSet, list[Stay]],
                                                         age: int) -> None:
    rs, ss = case
    assert unchecked_days(rs, NAT, ss) == literal_unchecked(rs, ss)
    per_stay = {i: literal_unchecked(rs, [s]).get(s.country) for i, s in enumerate(ss)}
    assert stays_unchecked(rs, NAT, ss) == {i: v for i, v in per_stay.items() if v}
    assert visa_needs(rs, NAT, ss) == literal_visa_needs(rs, ss)
    assert rule_ends(rs, NAT, ss) == literal_rule_ends(rs, ss)
    checked = [r.checked for s in ss for dest, _ms in rs.destinations_of(s.country)
               for r in rs.rules_for(dest, NAT) if r.checked is not None]
    today = day(age)
    oldest = min(checked, default=None)
    expected = oldest if oldest is not None and (today - oldest).days > 180 else None
    assert stale_since(rs, NAT, ss, today) == expected


@settings(max_examples=300, deadline=None)
@given(cases(), st.sampled_from([NAT, "FR", "KZ"]))
def test_entry_visas_are_needs_visa_per_stay(case: tuple[RuleSet, list[Stay]],
                                             nat: str) -> None:
    """Each country's visa rules looked up once, as each stay's entry day asks them."""
    rs, ss = case
    expected = {i: r for i, s in enumerate(ss) if s.status.counts and s.country != nat
                and (r := needs_visa(rs, nat, s.country, s.entry)) is not None}
    assert entry_visas(rs, nat, ss) == expected

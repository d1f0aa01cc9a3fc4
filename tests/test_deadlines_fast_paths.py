"""The deadline list's quick paths against the plain ones they replace.

A file of thousands of stays asks the deadlines once per stay: which rules
end under it (each country's ending rules are now looked up once), the
registrations (each country's stays found once, visits shared by rules that
pick the same stays), and the answers the calendar and the list share (kept
under a key that is quick to look up). Each is held here to the plain version.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import deadlines
from planner.core.deadline_rules import RegistrationRule
from planner.core.deadlines import ONE_DAY, Deadline, DeadlineKind
from planner.core.model import Status, Stay
from planner.core.registration import RegistrationDue, deadline, registration_dues, visits
from planner.core.rule_files import bundled_rules
from planner.core.rules import RuleSet
from tests.test_coverage_properties import cases
from tests.test_engine_properties import NAT, day


def plain_rule_ends(rules: RuleSet, stays: list[Stay], start: dt.date) -> list[Deadline]:
    """Every stay, every destination, every rule, as the module doc reads."""
    out: dict[tuple[str, int], Deadline] = {}
    for i, s in enumerate(stays):
        if s.exit < start or not s.status.counts:
            continue
        for dest, memberships in rules.destinations_of(s.country):
            for r in rules.rules_for(dest, NAT):
                end = r.valid_to
                if end is None or not (s.entry <= end < s.exit) or end < start:
                    continue
                if memberships and not any(m.on(end) for m in memberships):
                    continue
                after = tuple(n.id for n in rules.rules_for(dest, NAT)
                              if n.in_force(end + ONE_DAY))
                out.setdefault((r.id, i), Deadline(
                    end, DeadlineKind.RULE_ENDS, dest, i, r.id, r.title or r.describe(),
                    r.source, next_rules=after))
    return list(out.values())


@settings(max_examples=200, deadline=None)
@given(cases(), st.integers(-10, 200))
def test_rule_ends_are_the_plain_walk(case: tuple[RuleSet, list[Stay]], offset: int) -> None:
    rs, ss = case
    start = day(offset)
    assert deadlines._rule_ends(rs, NAT, ss, start) == plain_rule_ends(rs, ss, start)


def test_kept_answers_are_found_by_content_as_well_as_identity() -> None:
    a = (Stay("KZ", day(0), day(3)), Stay("GE", day(3), day(9)))
    same = deadlines._Stays(list(a))
    assert same == deadlines._Stays(a) and hash(same) == hash(deadlines._Stays(a))
    moved = deadlines._Stays((a[0], a[1].moved(1)))
    assert moved != same
    assert deadlines._Stays(()) == deadlines._Stays([])


def plain_dues(rules: tuple[RegistrationRule, ...], nationality: str, stays: list[Stay]
               ) -> list[RegistrationDue]:
    """Each rule's visits from every stay, one rule at a time."""
    out = []
    for rule in rules:
        if not rule.covers(nationality) or rule.destination == nationality:
            continue
        for v in visits(stays, rule.destination, rule):
            if rule.in_force(v.entry):
                due = deadline(rule, v.entry)
                needed = (v.exit - v.entry).days + 1 > rule.days \
                    if rule.trigger == "stay-length" else v.exit >= due
                if needed:
                    out.append(RegistrationDue(rule, v, due))
    return sorted(out, key=lambda r: (r.due, r.index, r.rule.id))


BUNDLED = deadlines._registration_rules(bundled_rules())
REGISTERING = st.builds(
    lambda c, a, n, status, done: Stay(c, dt.date(2021, 1, 1) + a * ONE_DAY,
                                       dt.date(2021, 1, 1) + (a + n) * ONE_DAY, status,
                                       registered=done),
    st.sampled_from(["RU", "KZ", "UZ", "KG", "TJ"]), st.integers(0, 2400), st.integers(0, 40),
    st.sampled_from(list(Status)), st.booleans())


@settings(max_examples=150, deadline=None)
@given(st.lists(REGISTERING, max_size=12), st.sampled_from(["US", "RU", "UZ", "KZ", "TJ"]))
def test_registrations_grouped_by_country_are_the_plain_ones(stays: list[Stay],
                                                              nationality: str) -> None:
    assert registration_dues(BUNDLED, nationality, stays) == \
        plain_dues(BUNDLED, nationality, stays)

"""The fast engine agrees with the naive reference on generated itineraries.

Rule sets are generated too: every kind, random numbers, random effective
dates (so windows look back across change dates), a zone whose membership
starts mid-range, overlapping and touching stays, every status.
"""

from __future__ import annotations

import datetime as dt
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core import planning, probing
from planner.core.engine import Evaluator
from planner.core.model import Status, Stay
from planner.core.rules import Membership, Rule, RuleKind, RuleSet, Zone
from tests import reference as ref

BASE = dt.date(2023, 1, 1)
NAT = "RU"
COUNTRIES = ["KZ", "FR", "HR", "GE"]
DESTS = ["KZ", "SCHENGEN", "GE"]
HORIZON = 40


def day(n: int) -> dt.date:
    return BASE + dt.timedelta(days=n)


@st.composite
def rules(draw: st.DrawFn, dest: str, i: int) -> Rule:
    kind = draw(st.sampled_from(list(RuleKind)))
    n = draw(st.integers(1, 12))
    m = draw(st.integers(n, 20))
    vf = draw(st.none() | st.integers(-20, 100).map(day))
    vt = draw(st.none() | st.integers(-20, 120).map(day))
    if vf and vt and vt < vf:
        vf, vt = vt, vf
    return Rule(
        id=f"r{dest}{i}", destination=dest, nationalities=frozenset({NAT}), kind=kind,
        max_days=None if kind in (RuleKind.NO_LIMIT, RuleKind.VISA_REQUIRED) else n,
        window_days=m if kind in (RuleKind.ROLLING, RuleKind.FIXED_WINDOW) else None,
        valid_from=vf, valid_to=vt, source="generated", checked=BASE)


@st.composite
def rulesets(draw: st.DrawFn) -> RuleSet:
    out: list[Rule] = []
    for dest in DESTS:
        for i in range(draw(st.integers(0, 3))):
            out.append(draw(rules(dest, i)))
    hr_since = day(draw(st.integers(-10, 90)))
    zone = Zone("SCHENGEN", "Schengen area",
                (Membership("FR"), Membership("HR", since=hr_since)))
    return RuleSet(rules=tuple(out), zones={"SCHENGEN": zone})


@st.composite
def stays(draw: st.DrawFn, max_len: int = 25) -> Stay:
    a = draw(st.integers(0, 90))
    n = draw(st.integers(1, max_len))
    status = draw(st.sampled_from([Status.VISA_FREE] * 4 + list(Status)))
    return Stay(draw(st.sampled_from(COUNTRIES)), day(a), day(a + n - 1), status)


itineraries = st.lists(stays(), max_size=5)
SETTINGS = settings(deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def assert_same_breaches(rs: RuleSet, ev: Evaluator, ss: list[Stay]) -> None:
    expected = ref.all_breaches(rs, NAT, ss)
    for dest in DESTS:
        assert ev.breaches(dest) == ref.to_ranges(expected.get(dest, set())), dest
    assert ev.compliant() == (not any(expected.values()))


@SETTINGS
@given(rulesets(), itineraries)
def test_breaches_agree(rs: RuleSet, ss: list[Stay]) -> None:
    assert_same_breaches(rs, Evaluator(rs, NAT, ss), ss)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, int, Stay]:
    return (draw(st.sampled_from(["replace", "insert", "remove", "move"])),
            draw(st.integers(0, 10)), draw(stays()))


@SETTINGS
@given(rulesets(), itineraries, st.lists(edits(), min_size=1, max_size=6))
def test_incremental_edits_agree(rs: RuleSet, ss: list[Stay],
                                 steps: list[tuple[str, int, Stay]]) -> None:
    ev = Evaluator(rs, NAT, ss)
    cur = list(ss)
    for op, i, stay in steps:
        if op == "insert" or not cur:
            j = i % (len(cur) + 1)
            cur.insert(j, stay)
            ev.insert(j, stay)
        elif op == "remove":
            j = i % len(cur)
            cur.pop(j)
            ev.remove(j)
        elif op == "move":  # the drag: one day at a time, far out and back
            j = i % len(cur)
            cur[j] = cur[j].moved(i - 5)
            ev.replace(j, cur[j])
        else:
            j = i % len(cur)
            cur[j] = stay
            ev.replace(j, stay)
        assert_same_breaches(rs, ev, cur)
        assert ev.destinations() == Evaluator(rs, NAT, cur).destinations()


@SETTINGS
@given(rulesets(), itineraries, st.sampled_from(DESTS), st.integers(-30, 100),
       st.integers(0, 80))
def test_usage_agrees(rs: RuleSet, ss: list[Stay], dest: str, a: int, n: int) -> None:
    ev = Evaluator(rs, NAT, ss)
    start, end = day(a), day(a + n)
    assert ev.usage(dest, start, end) == ref.usage(rs, NAT, ss, dest, start, end)


@SETTINGS
@given(rulesets(), st.lists(stays(), min_size=1, max_size=4), st.integers(0, 3))
def test_latest_exit_agrees(rs: RuleSet, ss: list[Stay], i: int) -> None:
    i %= len(ss)
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        got = planning.latest_exit(rs, NAT, ss, i)
    latest, unlimited = ref.latest_exit(rs, NAT, ss, i, HORIZON)
    assert (got.latest, got.unlimited) == (latest, unlimited)


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=4), st.sampled_from(COUNTRIES),
       st.integers(0, 100))
def test_longest_stay_agrees(rs: RuleSet, ss: list[Stay], country: str, a: int) -> None:
    enter = day(a)
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        got = planning.longest_stay(rs, NAT, ss, country, enter)
    cand = [*ss, Stay(country, enter, enter)]
    latest, unlimited = ref.latest_exit(rs, NAT, cand, len(ss), HORIZON)
    expected = None if unlimited else (0 if latest is None else (latest - enter).days + 1)
    assert got == expected


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=4), st.sampled_from(COUNTRIES),
       st.integers(1, 15), st.integers(0, 100))
def test_earliest_reentry_agrees(rs: RuleSet, ss: list[Stay], country: str, k: int,
                                 a: int) -> None:
    after = day(a)
    with mock.patch.object(probing, "HORIZON_DAYS", HORIZON):
        got = planning.earliest_reentry(rs, NAT, ss, country, k, after)
    assert got == ref.earliest_reentry(rs, NAT, ss, country, k, after, HORIZON)


@SETTINGS
@given(rulesets(), itineraries, st.sampled_from(DESTS), st.integers(-30, 130),
       st.integers(0, 3))
def test_counter_by_a_given_rule_agrees(rs: RuleSet, ss: list[Stay], dest: str, a: int,
                                        i: int) -> None:
    """``counter(dest, day, rule)`` counts what the reference counts by that rule
    (the summary's "used at exit" asks it for the rule that breaches)."""
    ev = Evaluator(rs, NAT, ss)
    counted = [r for r in ev.rules_for(dest)
               if r.kind.cumulative or r.kind is RuleKind.PER_ENTRY]
    if not counted:
        assert all(ev.counter(dest, day(a), r) is None for r in ev.rules_for(dest))
        return
    rule = counted[i % len(counted)]
    got = ev.counter(dest, day(a), rule)
    assert got is not None and got.rule is rule and got.allowed == rule.max_days
    present = ref.present_days(rs, ss, dest)
    assert got.used == ref.count(rs, ss, dest, rule, day(a), present)

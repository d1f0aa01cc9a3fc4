"""A deferred Evaluator answers exactly as a built one, before and after it warms.

``Evaluator(..., deferred=True)`` answers the reading questions from a
:class:`planner.core.plain.PlainJudge` until something needs its NumPy state;
every answer must be the built engine's (and the reference's), an edit must
build the state first, and edits after that must go on as on an engine built
at once.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from planner.core import engine
from planner.core.engine import Evaluator
from planner.core.model import Stay
from planner.core.rules import RuleSet
from tests import reference as ref
from tests.test_engine_properties import DESTS, NAT, SETTINGS, day, edits, itineraries, rulesets

ROOT = Path(__file__).resolve().parent.parent
DAYS = [day(n) for n in range(-40, 150, 3)]


def answers(ev: Evaluator, ss: list[Stay]) -> list[object]:
    """Every reading question a view asks, over the generator's days."""
    out: list[object] = [ev.destinations(), ev.compliant()]
    for dest in DESTS:
        out.append(ev.breaches(dest))
        for r in ev.rules_for(dest):
            out.append(ev.breaches(dest, r))
            out.extend(ev.counter(dest, d, r) for d in DAYS)
        out.extend((ev.is_breach(dest, d), ev.breaching_rules(dest, d), ev.counter(dest, d))
                   for d in DAYS)
        out.append(ev.usage(dest, day(-40), day(150)))
    out.extend(ev.stay_breaches(i) for i in range(len(ss)))
    return out


@SETTINGS
@given(rulesets(), itineraries)
def test_deferred_answers_are_the_engines(rs: RuleSet, ss: list[Stay]) -> None:
    built = Evaluator(rs, NAT, ss)
    deferred = Evaluator(rs, NAT, ss, deferred=True)
    got = answers(deferred, ss)
    assert deferred.is_warm == (not ss)  # all of that without the arrays (none to build)
    assert got == answers(built, ss)
    deferred.warm()
    assert deferred.is_warm
    assert answers(deferred, ss) == got


@SETTINGS
@given(rulesets(), itineraries)
def test_deferred_stay_breaches_agree_with_reference(rs: RuleSet, ss: list[Stay]) -> None:
    """A stay's breach days are the reference's breach days on its counted days."""
    ev = Evaluator(rs, NAT, ss, deferred=True)
    expected = ref.all_breaches(rs, NAT, ss)
    for i, s in enumerate(ss):
        want = {(dest, d) for dest in DESTS for d in expected.get(dest, set())
                if s.covers(d) and ref.counts_for(rs, s, dest, d)}
        assert set(ev.stay_breaches(i)) == want
    assert ev.is_warm == (not ss)


@SETTINGS
@given(rulesets(), itineraries, st.lists(edits(), min_size=1, max_size=4))
def test_an_edit_builds_the_state_then_edits_go_on(rs: RuleSet, ss: list[Stay],
                                                   steps: list[tuple[str, int, Stay]]) -> None:
    ev = Evaluator(rs, NAT, ss, deferred=True)
    cur = list(ss)
    for op, i, stay in steps:
        if op == "insert" or not cur:
            j = i % (len(cur) + 1)
            cur.insert(j, stay)
            change = ev.insert(j, stay)
        elif op == "remove":
            j = i % len(cur)
            cur.pop(j)
            change = ev.remove(j)
        else:
            j = i % len(cur)
            cur[j] = cur[j].moved(i - 5) if op == "move" else stay
            change = ev.replace(j, cur[j])
        assert ev.is_warm
        fresh = Evaluator(rs, NAT, cur)
        assert answers(ev, cur) == answers(fresh, cur)
        for dest in change.destinations:  # what the edit says it re-judged exists
            assert dest in DESTS


def test_state_and_nationality_build_it() -> None:
    rs = RuleSet(rules=())
    ss = [Stay("KZ", dt.date(2023, 1, 1), dt.date(2023, 1, 5))]
    ev = Evaluator(rs, NAT, ss, deferred=True)
    assert ev.state("KZ") is None and ev.is_warm
    ev = Evaluator(rs, NAT, ss, deferred=True)
    ev.set_nationality("US")
    assert ev.is_warm


def test_a_large_itinerary_is_built_at_once() -> None:
    rs = RuleSet(rules=())
    long = [Stay("KZ", dt.date(2023, 1, 1), dt.date(2023, 1, 10))]
    with mock.patch.object(engine, "DEFER_MAX_DAYS", 9):
        assert Evaluator(rs, NAT, long, deferred=True).is_warm
    with mock.patch.object(engine, "DEFER_MAX_DAYS", 10):
        assert not Evaluator(rs, NAT, long, deferred=True).is_warm


def test_the_demo_is_judged_without_loading_numpy() -> None:
    """Every reading answer on the demo, in a fresh process: NumPy never loads."""
    code = """
import json, sys
from planner.core.engine import Evaluator
from planner.core.rule_files import bundled_rules
from planner.storage import read_itinerary
it = read_itinerary(sys.argv[1])
ev = Evaluator(bundled_rules(), it.traveller.nationality, it.stays, deferred=True)
breaching = [i for i in range(len(it.stays)) if ev.stay_breaches(i)]
marks = {d: ev.breaches(d) for d in ev.destinations()}
print(json.dumps([ev.is_warm, bool(breaching), bool(marks),
                  sorted(m for m in sys.modules if m.startswith("numpy."))]))
"""
    demo = ROOT / "resources" / "demo" / "anna-2023.stayplan"
    out = subprocess.run([sys.executable, "-c", code, str(demo)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == '[false, true, true, []]'

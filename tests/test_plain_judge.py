"""The plain-Python judge gives the engine's answers, and a one-shot check uses it.

:class:`planner.core.plain.PlainJudge` spares a one-shot ``stay-planner check``
loading NumPy; it must agree with :class:`planner.core.engine.Evaluator` and
with the naive reference on generated rule sets (every kind, effective dates,
a zone whose membership starts mid-range) and itineraries, and ``check`` must
give the same dict whichever judges.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import api_judge
from planner.core import plain
from planner.core.engine import Evaluator
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.core.plain import PlainJudge
from planner.core.rule_files import bundled_rules
from planner.core.rules import Rule, RuleKind, RuleSet
from tests import reference as ref
from tests.test_engine_properties import (
    DESTS,
    NAT,
    SETTINGS,
    day,
    itineraries,
    rulesets,
    stays,
)

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"


def assert_same(rs: RuleSet, ss: list[Stay]) -> None:
    ev, pj = Evaluator(rs, NAT, ss), PlainJudge(rs, NAT, ss)
    expected = ref.all_breaches(rs, NAT, ss)
    assert pj.destinations() == ev.destinations()
    for dest in DESTS:
        assert pj.breaches(dest) == ev.breaches(dest), dest
        assert pj.breaches(dest) == ref.to_ranges(expected.get(dest, set())), dest
        if ev.state(dest) is not None:  # the engine answers per rule where it judged
            for r in ev.rules_for(dest):
                assert pj.breaches(dest, r) == ev.breaches(dest, r), (dest, r.id)
    for s in ss:
        assert pj.segments(s) == ev.segments(s)
    assert pj.compliant() == ev.compliant() == (not any(expected.values()))


@SETTINGS
@given(rulesets(), itineraries)
def test_plain_judge_agrees_with_engine_and_reference(rs: RuleSet, ss: list[Stay]) -> None:
    assert_same(rs, ss)


@SETTINGS
@given(rulesets(), st.lists(stays(max_len=60), max_size=8))
def test_plain_judge_agrees_on_longer_stays(rs: RuleSet, ss: list[Stay]) -> None:
    assert_same(rs, ss)


@SETTINGS
@given(rulesets(), itineraries)
def test_check_is_the_same_dict_whichever_judges(rs: RuleSet, ss: list[Stay]) -> None:
    it = Itinerary(Traveller("T", NAT), tuple(ss))
    today = dt.date(2023, 6, 1)
    plain_res = api_judge.check(it, rules=rs, today=today, one_shot=True)
    assert plain_res == api_judge.check(it, rules=rs, today=today)


@SETTINGS
@given(rulesets(), itineraries, st.sampled_from(DESTS), st.integers(-30, 100),
       st.integers(0, 80))
def test_plain_usage_agrees_with_engine_and_reference(rs: RuleSet, ss: list[Stay], dest: str,
                                                      a: int, n: int) -> None:
    start, end = day(a), day(a + n)
    got = PlainJudge(rs, NAT, ss).usage(dest, start, end)
    assert got == Evaluator(rs, NAT, ss).usage(dest, start, end)
    assert got == ref.usage(rs, NAT, ss, dest, start, end)


@SETTINGS
@given(rulesets(), st.sampled_from(["KZ", "FR", "HR", "GE"]), st.integers(-60, 0),
       st.integers(20, 90), st.lists(stays(), max_size=3), st.integers(-60, 90),
       st.integers(0, 60))
def test_plain_usage_from_inside_a_long_stay(rs: RuleSet, country: str, first: int,
                                            length: int, more: list[Stay], a: int,
                                            n: int) -> None:
    """A range that starts under way, perhaps across 1 January: the count carried
    from the days before the range must be the engine's and the reference's."""
    ss = [Stay(country, day(first), day(first + length - 1)), *more]
    for dest in DESTS:
        got = PlainJudge(rs, NAT, ss).usage(dest, day(a), day(a + n))
        assert got == Evaluator(rs, NAT, ss).usage(dest, day(a), day(a + n)), dest
        assert got == ref.usage(rs, NAT, ss, dest, day(a), day(a + n)), dest


@pytest.mark.parametrize("kind", [RuleKind.ROLLING, RuleKind.CALENDAR_YEAR,
                                  RuleKind.FIXED_WINDOW, RuleKind.PER_ENTRY])
def test_plain_judge_from_mid_stay_across_1_january(kind: RuleKind) -> None:
    """Counted from 20 December 2022 under way, to 10 January 2023: each kind's
    count on every day, and its breaches, are the engine's and the reference's
    (calendar year: the count starts again on 1 January; rolling: the days
    before the range still count)."""
    rule = Rule("r", "KZ", frozenset({NAT}), kind, max_days=20,
                window_days=30 if kind in (RuleKind.ROLLING, RuleKind.FIXED_WINDOW) else None)
    rs = RuleSet(rules=(rule,))
    ss = [Stay("KZ", dt.date(2022, 11, 20), dt.date(2023, 1, 5)),
          Stay("KZ", dt.date(2023, 1, 8), dt.date(2023, 1, 9))]
    a, b = dt.date(2022, 12, 20), dt.date(2023, 1, 10)
    got = PlainJudge(rs, NAT, ss).usage("KZ", a, b)
    assert got == Evaluator(rs, NAT, ss).usage("KZ", a, b) == ref.usage(rs, NAT, ss, "KZ", a, b)
    assert got[0][0] not in (0, None)  # the range starts with days already counted
    breaches = PlainJudge(rs, NAT, ss).breaches("KZ", rule)
    assert breaches == Evaluator(rs, NAT, ss).breaches("KZ", rule)
    assert breaches == ref.to_ranges(ref.all_breaches(rs, NAT, ss)["KZ"]) != []


@st.composite
def real_trips(draw: st.DrawFn) -> Itinerary:
    """Stays over some years under the bundled rules (90 in 180, per entry, zones)."""
    day = dt.date(2021, 1, 1)
    out = []
    for _ in range(draw(st.integers(0, 25))):
        day += dt.timedelta(days=draw(st.integers(-3, 60)))
        n = draw(st.integers(1, 120))
        status = draw(st.sampled_from([Status.VISA_FREE] * 5 + [Status.VISA]))
        country = draw(st.sampled_from(["KZ", "KG", "GE", "FR", "HR", "DE", "RU", "UZ"]))
        out.append(Stay(country, day, day + dt.timedelta(days=n - 1), status))
    nat = draw(st.sampled_from(["RU", "US", "IN"]))
    return Itinerary(Traveller("T", nat), tuple(out))


RULES = bundled_rules()


@SETTINGS
@given(real_trips())
def test_check_is_the_same_dict_under_the_bundled_rules(it: Itinerary) -> None:
    today = dt.date(2024, 1, 1)
    plain_res = api_judge.check(it, rules=RULES, today=today, one_shot=True)
    assert plain_res == api_judge.check(it, rules=RULES, today=today)


@SETTINGS
@given(real_trips(), st.sampled_from(["KZ", "KG", "GE", "FR", "SCHENGEN", "RU"]))
def test_usage_is_the_same_dict_whichever_judges(it: Itinerary, dest: str) -> None:
    start, end = dt.date(2020, 12, 1), dt.date(2024, 3, 1)
    plain_res = api_judge.usage(it, dest, start, end, rules=RULES, one_shot=True)
    assert plain_res == api_judge.usage(it, dest, start, end, rules=RULES)


def test_one_shot_judge_is_chosen_by_size() -> None:
    small = Itinerary(Traveller("T", "RU"), (Stay("KZ", dt.date(2023, 1, 1),
                                                   dt.date(2023, 12, 31)),))
    big_exit = dt.date(2023, 1, 1) + dt.timedelta(days=plain.PLAIN_MAX_DAYS)
    big = Itinerary(Traveller("T", "RU"), (Stay("KZ", dt.date(2023, 1, 1), big_exit),))
    assert isinstance(api_judge.judge(small, RULES, one_shot=True), PlainJudge)
    assert isinstance(api_judge.judge(big, RULES, one_shot=True), Evaluator)
    assert isinstance(api_judge.judge(small, RULES), Evaluator)  # a process that goes on


@pytest.mark.parametrize(("args", "status"), [
    (["check", str(DEMO)], 1),  # the demo breaches
    (["usage", str(DEMO), "--destination", "KZ"], 0),
    (["--version"], None),
])
def test_one_shot_commands_load_neither_numpy_nor_qt(args: list[str],
                                                     status: int | None) -> None:
    """``check``, ``usage`` and ``--version`` on the demo, as a user runs them,
    never import NumPy, Qt, the holiday calendars, the plug-ins' commands or,
    as they log nothing, the logging module (each would cost a one-shot run
    more than the answer)."""
    code = ("import json, sys\n"
            "from planner.cli import main\n"
            "status = None\n"
            "try:\n"
            "    status = main(sys.argv[1:])\n"
            "finally:\n"
            "    print(json.dumps([status, sorted(sys.modules)]))\n")
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    got, modules = json.loads(proc.stdout.splitlines()[-1])
    assert got == status
    assert status != 1 or "NOT COMPLIANT" in proc.stdout  # the answer was really given
    loaded = {m.split(".")[0] for m in modules}
    assert not loaded & {"numpy", "PySide6", "holidays", "babel", "logging"}, sorted(loaded)
    assert not {m for m in modules if m.startswith("planner.cli_") and m != "planner.cli_guard"}
    assert "planner.api" not in modules  # the planning answers: not needed

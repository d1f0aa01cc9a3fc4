"""The plain-Python allowance strip is the NumPy strip, day for day.

:func:`planner.core.plain_strip.allowance_strip` lets the window paint the
allowance strip before NumPy loads; wherever it answers it must give
:func:`planner.core.strip.allowance_strip`'s values (and so
:func:`planner.core.planning.longest_stay`'s and the naive reference's), on
generated rule sets (every kind but fixed windows, where it declines; dated
rules; a zone whose membership starts mid-range) and itineraries.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from planner.core import plain_strip, planning, probing, strip
from planner.core.context import Others, StayIndex
from planner.core.model import Itinerary, Status, Stay
from planner.core.rule_files import bundled_rules
from planner.core.rules import Rule, RuleKind, RuleSet
from tests import reference as ref
from tests.test_engine_properties import COUNTRIES, HORIZON, NAT, SETTINGS, day, rulesets, stays
from tests.test_plain_judge import real_trips

ROOT = Path(__file__).resolve().parent.parent
D = dt.date.fromisoformat


def horizon() -> mock._patch[int]:
    return mock.patch.object(probing, "HORIZON_DAYS", HORIZON)


def has_fixed(rs: RuleSet) -> bool:
    return any(r.kind is RuleKind.FIXED_WINDOW for r in rs.rules)


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=6), st.sampled_from(COUNTRIES),
       st.integers(-30, 120), st.integers(0, 60))
def test_plain_strip_is_the_numpy_strip(rs: RuleSet, ss: list[Stay], country: str, a: int,
                                        n: int) -> None:
    with horizon():
        got = plain_strip.allowance_strip(rs, NAT, ss, country, day(a), day(a + n))
        want = strip.allowance_strip(rs, NAT, ss, country, day(a), day(a + n))
    if got is None:  # declined only where the arrays' arithmetic does not apply either
        assert has_fixed(rs) or country in ("HR",)
        return
    assert got == want


@SETTINGS
@given(rulesets(), st.lists(stays(max_len=60), max_size=8), st.sampled_from(COUNTRIES),
       st.integers(0, 90), st.integers(1, 60))
def test_capped_plain_allowances(rs: RuleSet, ss: list[Stay], country: str, a: int,
                                 cap: int) -> None:
    """Longer stays and a short cap (a strip of one day too): the NumPy answer."""
    for n in (0, 30):
        got = plain_strip.allowances(rs, NAT, ss, country, day(a), day(a + n), cap)
        want = strip.allowances(rs, NAT, ss, country, day(a), day(a + n), cap).tolist()
        assert got is None or got == want


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=4), st.sampled_from(COUNTRIES),
       st.integers(0, 90), st.integers(0, 5))
def test_plain_strip_is_longest_stay_and_the_reference(rs: RuleSet, ss: list[Stay],
                                                       country: str, a: int, n: int) -> None:
    with horizon():
        got = plain_strip.allowance_strip(rs, NAT, ss, country, day(a), day(a + n))
        if got is None:
            return
        assert got == [planning.longest_stay(rs, NAT, ss, country, day(a + i))
                       for i in range(n + 1)]
    for i, k in enumerate(got):  # brute force: the literal largest k that adds no breach
        enter = day(a + i)
        latest, unlimited = ref.latest_exit(rs, NAT, [*ss, Stay(country, enter, enter)],
                                            len(ss), HORIZON)
        assert k == (None if unlimited else 0 if latest is None else
                     (latest - enter).days + 1)


@st.composite
def window_rules(draw: st.DrawFn) -> RuleSet:
    """Kazakhstan under one to three rules, mostly rolling and calendar-year ones
    with longer windows than :func:`rulesets` draws (so that strips vary), dated
    or not."""
    out = []
    kinds = [RuleKind.ROLLING] * 3 + [RuleKind.CALENDAR_YEAR] * 2 + [
        RuleKind.PER_ENTRY, RuleKind.VISA_REQUIRED, RuleKind.NO_LIMIT]
    for i in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(kinds))
        n = draw(st.integers(1, 30))
        m = draw(st.integers(n, 60))
        vf = draw(st.none() | st.integers(-100, 400).map(day))
        vt = draw(st.none() | st.integers(-100, 500).map(day))
        if vf and vt and vt < vf:
            vf, vt = vt, vf
        out.append(Rule(f"k{i}", "KZ", frozenset({NAT}), kind,
                        max_days=None if kind in (RuleKind.NO_LIMIT,
                                                  RuleKind.VISA_REQUIRED) else n,
                        window_days=m if kind is RuleKind.ROLLING else None,
                        valid_from=vf, valid_to=vt))
    return RuleSet(rules=tuple(out))


@st.composite
def kz_stays(draw: st.DrawFn) -> Stay:
    a = draw(st.integers(-60, 400))
    n = draw(st.integers(1, 40))
    status = draw(st.sampled_from([Status.VISA_FREE] * 6 + list(Status)))
    return Stay("KZ", day(a), day(a + n - 1), status)


@SETTINGS
@given(window_rules(), st.lists(kz_stays(), max_size=10), st.integers(-60, 400),
       st.integers(0, 120), st.integers(20, 200))
def test_plain_strip_under_longer_windows(rs: RuleSet, ss: list[Stay], a: int, n: int,
                                          horizon_days: int) -> None:
    """Windows of up to 60 days, 1 January within the range, a horizon of its own."""
    with mock.patch.object(probing, "HORIZON_DAYS", horizon_days):
        got = plain_strip.allowance_strip(rs, NAT, ss, "KZ", day(a), day(a + n))
        assert got == strip.allowance_strip(rs, NAT, ss, "KZ", day(a), day(a + n))


RULES = bundled_rules()


@SETTINGS
@given(real_trips(), st.sampled_from(["KZ", "KG", "GE", "FR", "RU", "UZ", "HR"]),
       st.integers(0, 1400))
def test_plain_strip_under_the_bundled_rules(trips: Itinerary, country: str, a: int) -> None:
    """A visible year (the real horizon of ten years) over real rules and trips."""
    nat = trips.traveller.nationality
    start = dt.date(2020, 6, 1) + dt.timedelta(days=a)
    end = start + dt.timedelta(days=370)
    got = plain_strip.allowance_strip(RULES, nat, trips.stays, country, start, end)
    if got is not None:
        assert got == strip.allowance_strip(RULES, nat, trips.stays, country, start, end)


def test_plain_strip_dated_kazakhstan() -> None:
    year = plain_strip.allowance_strip(RULES, "RU", [], "KZ", D("2024-01-01"), D("2024-12-31"))
    assert year == [90] * 366
    used = [Stay("KZ", D("2024-01-01"), D("2024-03-30"))]
    got = plain_strip.allowance_strip(RULES, "RU", used, "KZ", D("2024-03-31"), D("2024-12-31"))
    assert got is not None
    first = got.index(next(k for k in got if k))
    assert set(got[:first]) == {0}
    assert D("2024-03-31") + dt.timedelta(days=first) == D("2024-06-29")
    assert got[first:first + 3] == [90, 90, 90]
    assert plain_strip.allowance_strip(RULES, "RU", [], "UZ", D("2024-01-01"),
                                       D("2024-01-02")) == [None] * 2
    assert plain_strip.allowance_strip(RULES, "RU", [], "KZ", D("2024-02-01"),
                                       D("2024-01-01")) == []


def test_plain_strip_of_the_demo_loads_no_numpy() -> None:
    """The demo's visible year in Kazakhstan, in a fresh process: NumPy never loads."""
    code = """
import datetime as dt, json, sys
from planner.core.plain_strip import allowance_strip
from planner.core.rule_files import bundled_rules
from planner.storage import read_itinerary
it = read_itinerary(sys.argv[1])
got = allowance_strip(bundled_rules(), "RU", it.stays, "KZ", dt.date(2022, 12, 26),
                      dt.date(2024, 1, 7))
print(json.dumps([len(got), 0 in got, sorted(m for m in sys.modules if m.startswith("numpy."))]))
"""
    demo = ROOT / "resources" / "demo" / "anna-2023.stayplan"
    out = subprocess.run([sys.executable, "-c", code, str(demo)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "[378, true, []]"


@SETTINGS
@given(rulesets(), st.lists(stays(), min_size=1, max_size=5), st.integers(0, 4),
       st.lists(stays(), max_size=1), st.sampled_from(COUNTRIES), st.integers(0, 100))
def test_a_plain_index_answers_as_the_arrays(rs: RuleSet, ss: list[Stay], i: int,
                                             extra: list[Stay], country: str, a: int) -> None:
    """Latest exits and longest stays from a plain :class:`StayIndex` (the window's
    first paint) are those of the arrays' index and of the reference."""
    i %= len(ss)
    plain, arrays = StayIndex(rs, NAT, ss, plain=True), StayIndex(rs, NAT, ss)
    with horizon():
        got = plain.latest_exit(i)
        assert got == arrays.latest_exit(i)
        mine = Others(plain, skip=frozenset({i}), extra=tuple(extra))
        theirs = Others(arrays, skip=frozenset({i}), extra=tuple(extra))
        assert mine.longest(country, day(a)) == theirs.longest(country, day(a))
    latest, unlimited = ref.latest_exit(rs, NAT, ss, i, HORIZON)
    assert (got.latest, got.unlimited) == (latest, unlimited)


@SETTINGS
@given(real_trips())
def test_plain_latest_exits_under_the_bundled_rules(trips: Itinerary) -> None:
    nat = trips.traveller.nationality
    plain, arrays = StayIndex(RULES, nat, trips.stays, plain=True), \
        StayIndex(RULES, nat, trips.stays)
    for i in range(len(trips.stays)):
        assert plain.latest_exit(i) == arrays.latest_exit(i)

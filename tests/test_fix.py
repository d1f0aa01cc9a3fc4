"""``fix``, ``maximise`` and the ``fix`` / ``suggest`` subcommands.

Every fix of a generated itinerary is checked with the naive reference: it is
compliant, moves no stay earlier, keeps the date order, lengthens nothing,
leaves stays that are not visa-free alone, and keeps at least the days of
the trimming baseline (rebuilt here from reference functions).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from planner.core import fixing, planning, probing
from planner.core.engine import Evaluator
from planner.core.fixing import fix, maximise
from planner.core.model import Stay
from planner.core.rule_files import bundled_rules
from planner.core.rules import RuleSet
from planner.core.timeline import conflicts, longest_clear
from planner.storage import read_itinerary
from tests import reference as ref
from tests.test_engine_properties import COUNTRIES, HORIZON, NAT, SETTINGS, rulesets, stays
from tests.test_engine_properties import day as gday
from tests.test_engine_properties import itineraries as gen_itineraries

D = dt.date.fromisoformat
DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "anna-2023.stayplan"
ONE = dt.timedelta(days=1)


def patched() -> mock._patch[int]:
    return mock.patch.object(probing, "HORIZON_DAYS", HORIZON)


def compliant(rs: RuleSet, ss: list[Stay]) -> bool:
    return not any(ref.all_breaches(rs, NAT, ss).values())


def stay_breaches(rs: RuleSet, ss: list[Stay], i: int) -> bool:
    s = ss[i]
    return any(d in ref.breach_days(rs, NAT, ss, dest)
               for dest in ref.destinations(rs, NAT, s.country)
               for d in ref.days(s.entry, s.exit) if ref.counts_for(rs, s, dest, d))


def baseline(rs: RuleSet, ss: list[Stay]) -> list[Stay | None]:
    """Trim each breaching stay, in date order, to its latest compliant exit."""
    cur: list[Stay | None] = list(ss)
    for i in sorted(range(len(ss)), key=lambda i: (ss[i].entry, i)):
        live = [s for s in cur if s is not None]
        s = cur[i]
        assert s is not None
        if not stay_breaches(rs, live, live.index(s)):
            continue
        latest, unlimited = ref.latest_exit(rs, NAT, live, live.index(s), HORIZON)
        if not unlimited:
            cur[i] = None if latest is None else s.with_dates(s.entry, latest)
    return cur


@SETTINGS
@given(rulesets(), gen_itineraries)
def test_fix_is_compliant_and_keeps_the_rules(rs: RuleSet, ss: list[Stay]) -> None:
    with patched(), mock.patch.object(fixing, "MAX_DELAY_DAYS", 30):
        res = fix(rs, NAT, ss)
    assert compliant(rs, list(res.stays))
    assert [c.old for c in res.changes] == ss
    assert list(res.stays) == [c.new for c in res.changes if c.new is not None]
    for c in res.changes:
        if not c.old.status.counts:
            assert c.action == "kept" and c.new == c.old
        if c.new is not None:
            assert c.new.entry >= c.old.entry and c.new.days <= c.old.days
            assert (c.new.country, c.new.status, c.new.note) == \
                (c.old.country, c.old.status, c.old.note)
            assert c.action == ("moved" if c.new.entry != c.old.entry else
                                "trimmed" if c.new.exit != c.old.exit else "kept")
    order = sorted(res.changes, key=lambda c: (c.old.entry, c.index))
    entries = [c.new.entry for c in order if c.new is not None]
    assert entries == sorted(entries)
    if compliant(rs, ss):
        assert not res.changed
    base = baseline(rs, ss)
    if compliant(rs, [s for s in base if s is not None]):
        assert ref.distinct_days(list(res.stays)) >= ref.distinct_days(
            [s for s in base if s is not None])
    assert res.days_after <= res.days_before
    # one traveller, one timeline: no day of conflict the input did not have
    for a in res.changes:
        for b in res.changes:
            if a.index < b.index and a.new is not None and b.new is not None:
                assert ref.conflict_set(a.new, b.new) <= ref.conflict_set(a.old, b.old)
        if a.pushed_by is not None:
            pusher = res.changes[a.pushed_by].new
            assert a.action == "moved" and pusher is not None
            assert ref.conflict_set(a.old, pusher)
    # "kept N of M" counts each day once per country, as the reference does
    free = [c.old.status.counts and any(r.kind.limits for d in ref.destinations(rs, NAT,
                                                                               c.old.country)
                                        for r in rs.rules_for(d, NAT)) for c in res.changes]
    assert res.days_before == ref.distinct_days([s for s, f in zip(ss, free, strict=True) if f])
    assert res.days_after == ref.distinct_days(
        [c.new for c, f in zip(res.changes, free, strict=True)
                        if f and c.new is not None])
    event(f"strategy {res.strategy}, changed {res.changed}")


@SETTINGS
@given(rulesets(), st.lists(stays(), max_size=3), st.sampled_from(COUNTRIES),
       st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=2, unique=True),
       st.integers(0, 60), st.integers(0, 40), st.integers(1, 10))
def test_maximise_is_compliant_and_beats_naive(rs: RuleSet, ss: list[Stay], dest: str,
                                               breaks: list[str], a: int, n: int,
                                               min_stay: int) -> None:
    start, end = gday(a), gday(a + n)
    with patched():
        plan = maximise(rs, NAT, ss, dest, start, end, breaks, min_stay=min_stay)
        first = planning.longest_stay(rs, NAT, ss, dest, start)
    for i, s in enumerate(plan):  # in order, inside the range, no shared day
        assert start <= s.entry <= s.exit <= end
        assert i == 0 or plan[i - 1].exit < s.entry
        assert s.country == dest or s.country in breaks
    for i in range(len(plan)):
        assert not ref.adds_breach(rs, NAT, [*ss, *plan[:i]], plan[i])
        assert not any(ref.conflict_set(plan[i], t) for t in ss)  # unplanned days only
    in_dest = sum(s.days for s in plan if s.country == dest)
    naive = (n + 1) if first is None else min(first, n + 1)  # one stay from start
    naive = longest_clear(start, dest, naive, ss)  # on the days left unplanned
    assert in_dest >= (naive if naive >= min(min_stay, n + 1) else 0)


# ---- dated examples, bundled rules -----------------------------------------


def test_fix_moves_a_later_stay_instead_of_trimming_it() -> None:
    ss = [Stay("KZ", D("2023-02-01"), D("2023-04-01")),
          Stay("GE", D("2023-04-02"), D("2023-04-30")),
          Stay("KZ", D("2023-05-01"), D("2023-06-14"), note="Astana")]
    res = fix(bundled_rules(), "RU", ss)
    assert [c.action for c in res.changes] == ["kept", "kept", "moved"]
    assert res.stays[2] == Stay("KZ", D("2023-07-01"), D("2023-08-14"), note="Astana")
    assert res.days_after == res.days_before and res.strategy == "move"
    assert Evaluator(bundled_rules(), "RU", res.stays).compliant()


def test_fix_trims_the_classic_breach() -> None:
    res = fix(bundled_rules(), "RU", [Stay("KZ", D("2023-02-01"), D("2023-06-01"))])
    assert [c.action for c in res.changes] == ["trimmed"]
    assert res.stays == (Stay("KZ", D("2023-02-01"), D("2023-05-01")),)


def test_maximise_a_year_in_kazakhstan() -> None:
    plan = maximise(bundled_rules(), "RU", [], "KZ", D("2024-01-01"), D("2024-12-31"), ["GE"])
    assert [(s.country, s.entry.isoformat(), s.days) for s in plan] == [
        ("KZ", "2024-01-01", 90), ("GE", "2024-03-31", 90), ("KZ", "2024-06-29", 90),
        ("GE", "2024-09-27", 90), ("KZ", "2024-12-26", 6)]
    assert Evaluator(bundled_rules(), "RU", plan).compliant()


# ---- the command line -------------------------------------------------------


def trip(tmp_path: Path, stays: list[dict[str, Any]], name: str = "trip.stayplan") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps({"format": "stay-planner", "version": 1, "x-future": [1],
                             "traveller": {"name": "Anna", "nationality": "RU", "x-t": 2},
                             "stays": stays}), encoding="utf-8")
    return p


BREACH = [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-06-01", "note": "Almaty",
           "x-stay": True}]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from planner.cli import main

    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_suggest_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "suggest", str(trip(tmp_path, BREACH)), "--json")
    assert (status, err) == (1, "")
    [w] = json.loads(out)["suggestions"]
    assert {k: w[k] for k in ("index", "country", "entry", "exit", "leave_by", "next_stay",
                              "earliest_return", "gap")} == {
        "index": 0, "country": "KZ", "entry": "2023-02-01", "exit": "2023-06-01",
        "leave_by": "2023-05-01", "next_stay": None, "earliest_return": "2023-07-31",
        "gap": ["2023-05-02", "2023-07-30"]}
    assert w["where_to_go"][0] == {"country": "RU", "max_days": None, "rule": None,
                                   "reason": "home country"}
    ge = next(s for s in w["where_to_go"] if s["country"] == "GE")
    assert ge["max_days"] == 365


def test_suggest_text_and_nothing_to_suggest(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(capsys, "suggest", str(trip(tmp_path, BREACH)))
    assert status == 1 and "leave by 2023-05-01" in out and "GE" in out
    ok = trip(tmp_path, [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-03-01"}], "ok")
    status, out, _ = cli(capsys, "suggest", str(ok), "--json")
    assert status == 0 and json.loads(out) == {"suggestions": []}


def test_fix_writes_a_compliant_copy(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    src = trip(tmp_path, BREACH)
    before = src.read_bytes()
    out_path = tmp_path / "fixed.stayplan"
    status, out, err = cli(capsys, "fix", str(src), "-o", str(out_path), "--json")
    assert (status, err) == (1, "") and src.read_bytes() == before
    doc = json.loads(out)
    assert doc["changes"] == [{"index": 0, "action": "trimmed", "country": "KZ",
                               "entry": "2023-02-01", "exit": "2023-06-01",
                               "new_entry": "2023-02-01", "new_exit": "2023-05-01",
                               "pushed_by": None}]
    assert doc["output"] == str(out_path) and doc["compliant_before"] is False
    saved = json.loads(out_path.read_text(encoding="utf-8"))
    assert saved["x-future"] == [1] and saved["traveller"]["x-t"] == 2
    assert saved["stays"][0]["x-stay"] is True and saved["stays"][0]["exit"] == "2023-05-01"
    assert cli(capsys, "check", str(out_path))[0] == 0
    assert read_itinerary(out_path).traveller.name == "Anna"


def test_fix_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = trip(tmp_path, BREACH)
    before = src.read_bytes()
    for extra in ([], ["--force"]):
        status, out, err = cli(capsys, "fix", str(src), "-o", str(src), *extra)
        assert status == 2 and out == "" and "input file" in err
    assert src.read_bytes() == before
    other = tmp_path / "other.stayplan"
    other.write_text("keep me", encoding="utf-8")
    status, _, err = cli(capsys, "fix", str(src), "-o", str(other))
    assert status == 2 and "--force" in err and other.read_text(encoding="utf-8") == "keep me"
    status, out, _ = cli(capsys, "fix", str(src), "-o", str(other), "--force")
    assert status == 1 and "trimmed to 2023-02-01 – 2023-05-01" in out


def test_fix_of_compliant_file_exits_0(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    src = trip(tmp_path, [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-03-01"}])
    status, out, _ = cli(capsys, "fix", str(src), "-o", str(tmp_path / "o.stayplan"))
    assert status == 0 and ": kept" in out


@pytest.mark.parametrize("args", [
    ["fix", "{missing}", "-o", "{out}"],
    ["fix", "{bad}", "-o", "{out}"],
    ["fix", "{src}"],  # no -o
    ["suggest", "{bad}"],
    ["suggest", "{src}", "--rules", "{bad}"],
])
def test_unusable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                args: list[str]) -> None:
    bad = tmp_path / "bad.stayplan"
    bad.write_text("{not json", encoding="utf-8")
    names = {"missing": str(tmp_path / "nope.stayplan"), "bad": str(bad),
             "src": str(trip(tmp_path, BREACH)), "out": str(tmp_path / "o.stayplan")}
    status, out, err = cli(capsys, *[a.format(**names) for a in args])
    assert status == 2 and out == "" and err.startswith("stay-planner: ")
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "o.stayplan").exists()


# ---- one traveller, one timeline ---------------------------------------------


def test_fix_pushes_the_stay_in_the_way_later() -> None:
    ss = [Stay("KZ", D("2023-02-01"), D("2023-04-01")),
          Stay("GE", D("2023-04-02"), D("2023-04-30")),
          Stay("KZ", D("2023-05-01"), D("2023-06-14")),
          Stay("GE", D("2023-07-05"), D("2023-07-20"))]
    res = fix(bundled_rules(), "RU", ss)
    assert [c.action for c in res.changes] == ["kept", "kept", "moved", "moved"]
    assert res.changes[2].new == Stay("KZ", D("2023-07-01"), D("2023-08-14"))
    assert res.changes[3].new == Stay("GE", D("2023-08-14"), D("2023-08-29"))
    assert (res.changes[2].pushed_by, res.changes[3].pushed_by) == (None, 2)
    assert conflicts(res.stays) == []
    assert res.days_after == res.days_before == 60 + 29 + 45 + 16


def test_fix_never_pushes_a_stay_it_may_not_change() -> None:
    """A stay at home (no limit) in the way: the KZ stay is trimmed, not moved over it."""
    ss = [Stay("KZ", D("2023-02-01"), D("2023-04-01")),
          Stay("GE", D("2023-04-02"), D("2023-04-30")),
          Stay("KZ", D("2023-05-01"), D("2023-06-14")),
          Stay("RU", D("2023-06-14"), D("2023-09-30"))]
    res = fix(bundled_rules(), "RU", ss)
    assert res.changes[3].action == "kept" and conflicts(res.stays) == []
    assert res.changes[2].new is not None and res.changes[2].new.exit <= D("2023-06-14")


def test_make_compliant_on_the_demo_adds_no_conflict() -> None:
    """The demo once got its summer KZ stay moved onto its KG and Moscow stays."""
    it = read_itinerary(DEMO)
    res = fix(bundled_rules(), "RU", it.stays)
    assert conflicts(res.stays) == [] and conflicts(it.stays) == []
    assert Evaluator(bundled_rules(), "RU", res.stays).compliant()
    kz = res.changes[8]
    assert kz.old.entry == D("2023-06-10") and kz.new is not None
    assert kz.new.exit <= D("2023-08-15")  # ends before the KG stay begins
    assert (res.days_before, res.days_after) == (
        ref.distinct_days([c.old for c in res.changes if c.old.country != "RU"]),
        ref.distinct_days([c.new for c in res.changes
                           if c.new is not None and c.new.country != "RU"]))


def test_fix_counts_shared_days_once(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Two KZ stays inside each other: 61 distinct days, not 92."""
    from planner.cli import main

    f = tmp_path / "t.stayplan"
    f.write_text(json.dumps({"format": "stay-planner", "version": 1,
                             "traveller": {"nationality": "RU"}, "stays": [
        {"country": "KZ", "entry": "2023-02-01", "exit": "2023-04-02"},
        {"country": "KZ", "entry": "2023-03-01", "exit": "2023-03-31"},
        {"country": "KZ", "entry": "2023-04-10", "exit": "2023-06-30"}]}), encoding="utf-8")
    status = main(["fix", "--json", str(f), "-o", str(tmp_path / "o.stayplan")])
    doc = json.loads(capsys.readouterr().out)
    assert status == 1 and doc["days_before"] == 61 + 82
    assert all("pushed_by" in c for c in doc["changes"])
    fixed = read_itinerary(tmp_path / "o.stayplan")
    assert doc["days_after"] == ref.distinct_days(list(fixed.stays))


def test_longest_presence_on_the_demo_uses_unplanned_days_only() -> None:
    """It once put KG over the demo's GE and RU stays."""
    demo = read_itinerary(DEMO).stays
    plan = maximise(bundled_rules(), "RU", demo, "KZ", D("2023-01-01"), D("2023-12-31"),
                    ["KG", "GE"])
    assert plan and conflicts([*demo, *plan]) == []
    for i, s in enumerate(plan):
        assert not ref.adds_breach(bundled_rules(), "RU", [*demo, *plan[:i]], s)

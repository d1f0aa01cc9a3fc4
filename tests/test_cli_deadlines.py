"""``stay-planner deadlines`` and ``stay-planner tax``: hand-computed answers, the API
agreeing with --json, the calendar file re-read with its reminders, and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from planner import api
from tests.test_cli import plan_file, run

D = dt.date.fromisoformat




# A Russian in Kazakhstan from Thursday 7 March 2024 (Women's Day on Friday the 8th), to
# Kyrgyzstan on 10 July, back to Kazakhstan on a residence permit from 20 August.
ANNA = [
    {"country": "KZ", "entry": "2024-03-07", "exit": "2024-07-10"},
    {"country": "KG", "entry": "2024-07-10", "exit": "2024-08-20"},
    {"country": "KZ", "entry": "2024-08-20", "exit": "2024-12-31", "status": "residence"},
]


def _brief(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(d["date"], d["kind"], d["country"], d["index"], d["rule"], d["done"], d["overdue"])
            for d in doc["deadlines"]]


def test_deadlines_json_hand_computed(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, ANNA)
    status, out, err = run(capsys, "deadlines", str(f), "--from", "2024-03-10", "--json")
    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert doc["from"] == "2024-03-10"
    assert _brief(doc) == [
        # host notification: Mon 11, Tue 12, Wed 13 March are the 3 working days
        ("2024-03-13", "registration", "KZ", 0, "kz-host-notification-3-working-days",
         False, False),
        # 90 in any 180 from 7 March: day 90 is 4 June
        ("2024-06-04", "latest-exit", "KZ", 0, None, False, False),
        # a Russian in Kyrgyzstan longer than 30 days: day 30 of the stay
        ("2024-08-08", "registration", "KG", 1, "kg-registration-ru-30", False, False),
        # the next stay, 90 in any 180 from 10 July: 7 October
        ("2024-10-07", "latest-exit", "KG", 1, None, False, False),
        # 126 visa-free days in Kazakhstan, then the permit's days count too: the 57th
        # day from 20 August (15 October) is the 183rd in 12 months
        ("2024-10-15", "tax-residency", "KZ", None, "kz-tax-183-in-12-months", False, False),
    ]
    tax_row = doc["deadlines"][-1]
    assert tax_row["days"] == 183 and "PwC" in tax_row["source"]
    # The API returns exactly what --json prints.
    assert api.deadlines(api.load(f), D("2024-03-10")) == doc


def test_overdue_and_done_registrations(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, ANNA)
    doc = api.deadlines(api.load(f), D("2024-03-20"))
    assert _brief(doc)[0] == ("2024-03-13", "registration", "KZ", 0,
                              "kz-host-notification-3-working-days", False, True)
    g = plan_file(tmp_path, [{**ANNA[0], "registered": True}, *ANNA[1:]], name="g.stayplan")
    assert [d["kind"] for d in api.deadlines(api.load(g), D("2024-03-20"))["deadlines"]] == [
        "latest-exit", "registration", "latest-exit", "tax-residency"]
    done = api.deadlines(api.load(g), D("2024-03-10"))["deadlines"][0]
    assert (done["kind"], done["done"]) == ("registration", True)


def test_a_rule_ending_under_a_planned_stay(tmp_path: Path) -> None:
    # A US citizen in Kyrgyzstan over New Year 2026: 60 in any 120 ends on 30 December
    # 2025 and 30 in any 60 follows; from 20 December, day 30 is 18 January.
    f = plan_file(tmp_path, [{"country": "KG", "entry": "2025-12-20", "exit": "2026-01-05"}],
                  nat="US")
    doc = api.deadlines(api.load(f), D("2025-12-01"))
    assert _brief(doc) == [
        ("2025-12-30", "rule-ends", "KG", 0, "kg-west-2023-rolling-60-120", False, False),
        ("2026-01-18", "latest-exit", "KG", 0, None, False, False)]
    assert doc["deadlines"][0]["next_rules"] == ["kg-west-2025-rolling-30-60"]


def test_today_is_the_default_first_day(tmp_path: Path) -> None:
    f = plan_file(tmp_path, ANNA)
    it = api.load(f)
    assert api.deadlines(it, today=D("2024-08-01")) == api.deadlines(it, D("2024-08-01"))
    assert api.deadlines(it, today=D("2025-01-01"))["deadlines"] == []


def test_tax_json_hand_computed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [*ANNA, {"country": "MN", "entry": "2025-01-01",
                                     "exit": "2025-01-05"}])
    status, out, _err = run(capsys, "tax", str(f), "--on", "2024-06-30", "--json")
    doc = json.loads(out)
    assert status == 0 and doc["on"] == "2024-06-30"
    rows = {r["country"]: r for r in doc["countries"]}
    kz = rows["KZ"]
    # 7 March .. 30 June: 25 + 30 + 31 + 30 days; the period started on 1 July 2023.
    assert (kz["from"], kz["to"], kz["days"], kz["threshold"], kz["remaining"],
            kz["reached"]) == ("2023-07-01", "2024-06-30", 116, 183, 67, "2024-10-15")
    assert rows["KG"]["days"] == 0 and rows["KG"]["reached"] is None
    assert doc["unchecked"] == ["MN"]
    assert api.tax(api.load(f), D("2024-06-30")) == doc
    status, out, _err = run(capsys, "tax", str(f), "--on", "2024-10-15")
    assert "183 of 183 days present 2023-10-16 – 2024-10-15; reached on 2024-10-15" in out
    assert "not tax advice" in out


def _events(path: Path) -> list[Any]:
    cal = Calendar.from_ical(path.read_bytes())
    return [c for c in cal.walk("VEVENT")]


def test_ics_export_reread_with_alarms_and_stable_uids(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, ANNA)
    out = tmp_path / "deadlines.ics"
    status, text, err = run(capsys, "deadlines", str(f), "--from", "2024-03-10",
                            "--ics", str(out), "--remind", "7,3,1")
    assert (status, err) == (0, "") and "wrote 5 deadlines" in text
    events = _events(out)
    assert [e.decoded("dtstart") for e in events] == [
        D("2024-03-13"), D("2024-06-04"), D("2024-08-08"), D("2024-10-07"), D("2024-10-15")]
    first = events[0]
    assert first.decoded("dtend") == D("2024-03-14")  # all-day: DTEND is the next day
    assert str(first["summary"]) == "Register in KZ (stay #1)"
    assert "within 3 working days" in str(first["description"])
    assert "Source: Rules for the entry and stay of immigrants" in str(first["description"])
    triggers = [a.decoded("trigger") for a in first.walk("VALARM")]
    assert triggers == [-dt.timedelta(days=7), -dt.timedelta(days=3), -dt.timedelta(days=1)]
    assert all(str(a["action"]) == "DISPLAY" for a in first.walk("VALARM"))
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == 5

    # Move the first stay a day later and export again: same UIDs, new dates.
    moved = [{**ANNA[0], "entry": "2024-03-08"}, *ANNA[1:]]
    plan_file(tmp_path, moved)
    status, _text, _err = run(capsys, "deadlines", str(f), "--from", "2024-03-10",
                              "--ics", str(out), "--force")
    again = _events(out)
    assert [str(e["uid"]) for e in again] == uids
    assert again[0].decoded("dtstart") == D("2024-03-13")  # Fri 8 is a holiday: still 13th
    assert again[1].decoded("dtstart") == D("2024-06-05")
    # A different file gets different UIDs.
    other = plan_file(tmp_path, ANNA, name="other.stayplan")
    run(capsys, "deadlines", str(other), "--from", "2024-03-10", "--ics",
        str(tmp_path / "o.ics"))
    assert not set(str(e["uid"]) for e in _events(tmp_path / "o.ics")) & set(uids)


def test_ics_default_reminders_and_done_events(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, [{**ANNA[0], "registered": True}, *ANNA[1:]])
    out = tmp_path / "d.ics"
    run(capsys, "deadlines", str(f), "--from", "2024-03-10", "--ics", str(out))
    events = _events(out)
    assert str(events[0]["status"]) == "CANCELLED" and not events[0].walk("VALARM")
    assert str(events[0]["summary"]).startswith("Registered in KZ")
    assert [a.decoded("trigger") for a in events[1].walk("VALARM")] == [
        -dt.timedelta(days=3), -dt.timedelta(days=1)]


@pytest.mark.parametrize(("args", "words"), [
    (["--remind", "three"], "is not a list of days before"),
    (["--remind", "-1"], "is not a list of days before"),
    (["--from", "2024-02-30"], "is not a date"),
])
def test_bad_arguments_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    args: list[str], words: str) -> None:
    f = plan_file(tmp_path, ANNA)
    status, out, err = run(capsys, "deadlines", str(f), "--ics", str(tmp_path / "x.ics"),
                           *args)
    assert status == 2 and out == "" and words in err and err.count("\n") == 1


def test_ics_never_overwrites_without_force_or_the_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, ANNA)
    before = f.read_bytes()
    status, _out, err = run(capsys, "deadlines", str(f), "--ics", str(f), "--force")
    assert status == 2 and "it is the input file being read" in err
    assert f.read_bytes() == before
    existing = tmp_path / "old.ics"
    existing.write_text("mine", encoding="utf-8")
    status, _out, err = run(capsys, "deadlines", str(f), "--ics", str(existing))
    assert status == 2 and "already exists" in err
    assert existing.read_text(encoding="utf-8") == "mine"


def test_text_output_lists_overdue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, ANNA)
    status, out, _err = run(capsys, "deadlines", str(f), "--from", "2024-03-20")
    assert status == 0
    assert out.splitlines()[0] == ("2024-03-13  Register in KZ (stay #1) OVERDUE "
                                   "[kz-host-notification-3-working-days]")

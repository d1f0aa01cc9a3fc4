"""``stay-planner export`` and ``import`` through :func:`planner.cli.main`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from planner.cli import main
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.storage import read_itinerary, write_itinerary

D = dt.date
ANNA = Itinerary(
    traveller=Traveller("Анна", "RU"),
    stays=(
        Stay("KZ", D(2023, 2, 1), D(2023, 4, 15), note="Алматы, квартира"),
        Stay("KG", D(2023, 4, 15), D(2023, 4, 20), Status.EXEMPT, ground="study"),
        Stay("GE", D(2023, 4, 20), D(2023, 6, 1), Status.VISA),
    ),
)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def anna(tmp_path: Path) -> Path:
    path = tmp_path / "anna.stayplan"
    write_itinerary(ANNA, path)
    return path


@pytest.mark.parametrize("kind", ["ics", "csv"])
def test_export_then_import_gives_the_same_itinerary(
    kind: str, anna: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / f"anna.{kind}"
    status, out, err = run(capsys, "export", anna, f"--{kind}", exported)
    assert (status, err) == (0, "")
    assert "exported 3 stays" in out
    back = tmp_path / "back.stayplan"
    extra = [] if kind == "ics" else ["--nationality", "ru", "--name", "Анна"]
    status, out, err = run(capsys, "import", exported, "-o", back, *extra)
    assert (status, err) == (0, "")
    assert f"imported 3 stays into {back}" in out
    it = read_itinerary(back)
    assert it == ANNA and it.traveller == ANNA.traveller
    assert [(s.status, s.ground, s.note) for s in it.stays] == [
        (s.status, s.ground, s.note) for s in ANNA.stays]


def test_import_csv_with_bad_rows_exits_1_and_keeps_good_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "trips.csv"
    src.write_text("country;entry;exit;note\nKZ;01.02.2023;15.04.2023;Алматы\n"
                   "KZ;01.02.2023;01.01.2023;\nNarnia;01.05.2023;02.05.2023;\n",
                   encoding="utf-8-sig")
    out_file = tmp_path / "out.stayplan"
    status, out, err = run(capsys, "import", src, "-o", out_file, "--dayfirst",
                           "--nationality", "KZ")
    assert status == 1
    assert err.splitlines() == [
        "stay-planner: skipped line 3: exit 2023-01-01 is before entry 2023-02-01",
        "stay-planner: skipped line 4: country 'Narnia' is not a country code (such as KZ) "
        "or a country name",
    ]
    assert "imported 1 stay into" in out and "skipped 2" in out
    it = read_itinerary(out_file)
    assert it.stays == (Stay("KZ", D(2023, 2, 1), D(2023, 4, 15), note="Алматы"),)
    assert it.traveller == Traveller("", "KZ")


def test_import_monthfirst(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "us.csv"
    src.write_text("country,entry,exit\nUS,02/01/2023,02/03/2023\n", encoding="utf-8")
    status, _, _ = run(capsys, "import", src, "-o", tmp_path / "o.stayplan", "--monthfirst")
    assert status == 0
    assert read_itinerary(tmp_path / "o.stayplan").stays[0].entry == D(2023, 2, 1)


def test_import_foreign_calendar_skips_what_names_no_country(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cal = Calendar()
    cal.add("prodid", "-//Other//EN")
    cal.add("version", "2.0")
    for summary, start, end, rrule in [
        ("Kazakhstan", D(2023, 2, 1), D(2023, 3, 1), None),
        ("Dentist", dt.datetime(2023, 2, 10, 9), dt.datetime(2023, 2, 10, 10), None),
        ("Georgia weekly", D(2023, 3, 6), D(2023, 3, 7), {"freq": "weekly"}),
    ]:
        event = Event()
        event.add("summary", summary)
        event.add("dtstart", start)
        event.add("dtend", end)
        if rrule:
            event.add("rrule", rrule)
        cal.add_component(event)
    src = tmp_path / "other"  # no extension: recognised by its content
    src.write_bytes(cal.to_ical())
    status, out, err = run(capsys, "import", src, "-o", tmp_path / "o.stayplan")
    assert status == 1
    assert err.splitlines() == [
        'stay-planner: skipped event 2 "Dentist": its summary names no country',
        'stay-planner: skipped event 3 "Georgia weekly": it repeats (a stay does not); '
        "import it in the window",
    ]
    assert read_itinerary(tmp_path / "o.stayplan").stays == (
        Stay("KZ", D(2023, 2, 1), D(2023, 2, 28), note="Kazakhstan"),)


def test_existing_output_is_refused_without_force(
    anna: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "anna.ics"
    assert run(capsys, "export", anna, "--ics", ics)[0] == 0
    before = ics.read_bytes()
    status, out, err = run(capsys, "export", anna, "--ics", ics)
    assert (status, out) == (2, "")
    assert err == (f"stay-planner: Cannot save '{ics}': it already exists "
                   "(add --force to replace it).\n")
    assert ics.read_bytes() == before
    assert run(capsys, "export", anna, "--ics", ics, "--force")[0] == 0
    status, _, err = run(capsys, "import", ics, "-o", anna)
    assert status == 2 and "already exists" in err
    assert run(capsys, "import", ics, "-o", anna, "--force")[0] == 0
    assert read_itinerary(anna) == ANNA


@pytest.mark.parametrize(("args", "words"), [
    (["export", "{missing}", "--ics", "{out}"], ["Cannot open", "no such file"]),
    (["export", "{anna}"], ["one of the arguments --ics --csv is required"]),
    (["export", "{anna}", "--ics", "{out}", "--csv", "{out}"], ["not allowed with"]),
    (["import", "{anna}", "-o", "{out}"], ["header row"]),
    (["import", "{garbage_ics}", "-o", "{out}"], ["not a readable iCalendar file"]),
    (["import", "{empty_csv}", "-o", "{out}"], ["no stay could be imported"]),
    (["import", "{bad_csv}", "-o", "{out}"], ["no stay could be imported from it (1 skipped)"]),
    (["import", "{empty_csv}"], ["required: -o/--output"]),
    (["import", "{empty_csv}", "-o", "{out}", "--nationality", "XX"], ["'XX'", "country code"]),
    (["import", "{empty_csv}", "-o", "{tmp}"], ["is a folder"]),
    (["import", "{good_csv}", "-o", "{tmp}/no/such/o.stayplan"], ["Cannot save", "folder"]),
    (["import", "{empty_csv}", "-o", "{out}", "--dayfirst", "--monthfirst"], ["not allowed"]),
])
def test_unusable_input_exits_2_with_one_line(
    args: list[str], words: list[str], anna: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "garbage.ics").write_bytes(b"BEGIN:VCALENDAR\r\nnot a content line\r\n")
    (tmp_path / "empty.csv").write_text("country,entry,exit\n", encoding="utf-8")
    (tmp_path / "bad.csv").write_text("country,entry,exit\nKZ,x,y\n", encoding="utf-8")
    (tmp_path / "good.csv").write_text("country,entry,exit\nKZ,2023-01-01,2023-01-02\n")
    names = {"missing": tmp_path / "missing.stayplan", "out": tmp_path / "out.x",
             "anna": anna, "garbage_ics": tmp_path / "garbage.ics", "tmp": tmp_path,
             "empty_csv": tmp_path / "empty.csv", "bad_csv": tmp_path / "bad.csv",
             "good_csv": tmp_path / "good.csv"}
    status, out, err = run(capsys, *(a.format(**names) for a in args))
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert all(line.startswith("stay-planner: ") for line in lines)
    assert "Traceback" not in err
    reason = lines[-1]
    for word in words:
        assert word in reason
    assert not (tmp_path / "out.x").exists()


def test_help_lists_the_exchange_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "export" in out and "import" in out

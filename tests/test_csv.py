"""Spreadsheet exchange: CSV round trips, locale dates, bad rows, fuzzing."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.names import country_from_text, country_name, find_country
from planner.storage import ItineraryError, itinerary_to_bytes
from planner.storage.csv_io import (
    COLUMNS,
    CsvPreview,
    CsvProblem,
    itinerary_to_csv,
    parse_csv,
    read_csv,
    write_csv,
)

D = dt.date

STAYS = (
    Stay("KZ", D(2023, 2, 1), D(2023, 4, 15), note="Алматы, квартира"),
    Stay("KG", D(2023, 4, 15), D(2023, 4, 15), Status.VISA),
    Stay("KZ", D(2023, 4, 15), D(2023, 6, 1), Status.EXEMPT, ground="employment contract",
         note='two\nlines; a "quote", a\ttab', registered=True),
    Stay("GE", D(2023, 6, 2), D(2023, 12, 31), Status.RESIDENCE, note="Тбилиси"),
)
ANNA = Itinerary(traveller=Traveller("Anna", "RU"), stays=STAYS)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [False, True])
def test_round_trip_keeps_every_stay_status_ground_and_note(delimiter: str, bom: bool) -> None:
    data = itinerary_to_csv(ANNA, delimiter=delimiter, bom=bom)
    assert data.startswith(b"\xef\xbb\xbf") == bom
    preview = parse_csv(data, "anna.csv")
    assert preview.problems == []
    assert preview.delimiter == delimiter
    assert tuple(preview.stays) == STAYS
    for mine, theirs in zip(STAYS, preview.stays, strict=True):
        assert (theirs.status, theirs.ground, theirs.note) == (mine.status, mine.ground, mine.note)
    assert [row.line for row in preview.rows] == [2, 3, 4, 6]  # row 3's note spans two lines
    assert preview.itinerary(ANNA.traveller) == ANNA


NOTES = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
                max_size=20)
STAY = st.builds(
    lambda country, entry, days, status, note, ground, registered: Stay(
        country, entry, entry + dt.timedelta(days=days), status, note=note, ground=ground,
        registered=registered),
    st.sampled_from(["KZ", "KG", "RU", "GE", "NO", "TO"]),
    st.dates(D(1900, 1, 1), D(2199, 1, 1)), st.integers(0, 400), st.sampled_from(list(Status)),
    NOTES, NOTES, st.booleans(),
)


@settings(deadline=None)
@given(st.lists(STAY, min_size=1, max_size=4), st.sampled_from([",", ";", "\t"]), st.booleans())
def test_round_trip_is_exact_for_any_note(stays: list[Stay], sep: str, bom: bool) -> None:
    preview = parse_csv(itinerary_to_csv(Itinerary(stays=tuple(stays)), delimiter=sep, bom=bom))
    assert preview.problems == []
    assert preview.stays == stays


def test_export_replaces_what_a_text_file_cannot_hold() -> None:
    it = Itinerary(stays=(Stay("KZ", D(2023, 1, 1), D(2023, 1, 1), note="a\x00b\udc80"),))
    assert parse_csv(itinerary_to_csv(it)).stays[0].note == "a\ufffdb\ufffd"


def test_export_header_and_rows() -> None:
    lines = itinerary_to_csv(ANNA).decode("utf-8").split("\r\n")
    assert lines[0] == ",".join(COLUMNS) == "country,entry,exit,status,note,ground,registered"
    assert lines[1] == 'KZ,2023-02-01,2023-04-15,visa-free,"Алматы, квартира",,'
    assert lines[3].endswith(",employment contract,yes")  # the quoted note spans a line


def test_registered_column_reads_the_ways_people_write_yes_and_no() -> None:
    text = ("страна;въезд;выезд;Регистрация\n"
            "KZ;01.02.2023;15.04.2023;да\nKZ;16.04.2023;20.04.2023;\n"
            "KG;21.04.2023;22.04.2023;X\nKG;23.04.2023;24.04.2023;No\n"
            "KG;25.04.2023;26.04.2023;maybe\nKG;27.04.2023;28.04.2023;✓\n"
            "KG;29.04.2023;30.04.2023;-\n")
    preview = parse_csv(text.encode(), "mine.csv", dayfirst=True)
    assert [s.registered for s in preview.stays] == [True, False, True, False, True, False]
    assert [str(p) for p in preview.problems] == [
        "line 6: registered 'maybe' is not yes or no"]


def test_write_and_read_a_file(tmp_path: Path) -> None:
    path = tmp_path / "anna.csv"
    write_csv(ANNA, path)
    assert tuple(read_csv(path).stays) == STAYS
    assert [p.name for p in tmp_path.iterdir()] == ["anna.csv"]


def test_semicolons_day_first_dates_and_russian_headers() -> None:
    data = (
        "Страна;Въезд;Выезд;Статус;Заметка\n"
        "Казахстан;01.02.2023;15.04.2023;;Алматы, квартира\n"
        "kg;16.04.2023;20.04.2023;виза;\n"
    ).encode("utf-8-sig")
    preview = parse_csv(data, "ru.csv", dayfirst=True)
    assert preview.problems == []
    assert preview.stays == [
        Stay("KZ", D(2023, 2, 1), D(2023, 4, 15), note="Алматы, квартира"),
        Stay("KG", D(2023, 4, 16), D(2023, 4, 20), Status.VISA),
    ]


def test_headers_in_any_case_and_order_extra_columns_ignored() -> None:
    data = b"Note,EXIT,Days,Entry,Country\nhello,2023-02-03,3,2023-02-01,Kazakhstan\n"
    assert parse_csv(data).stays == [Stay("KZ", D(2023, 2, 1), D(2023, 2, 3), note="hello")]


@pytest.mark.parametrize(("dayfirst", "expected"), [
    (True, (D(2023, 2, 1), D(2023, 3, 1))),
    (False, (D(2023, 1, 2), D(2023, 1, 3))),
])
def test_dayfirst_decides_numeric_dates(dayfirst: bool, expected: tuple[D, D]) -> None:
    data = b"country,entry,exit\nKZ,01/02/2023,01/03/2023\n"
    preview = parse_csv(data, dayfirst=dayfirst)
    assert (preview.stays[0].entry, preview.stays[0].exit) == expected
    assert preview.dayfirst is dayfirst


def test_dayfirst_none_guesses_from_values_over_12() -> None:
    day_first = parse_csv(b"country,entry,exit\nKZ,01.02.2023,13.02.2023\n")
    assert day_first.dayfirst is True
    assert day_first.stays[0].entry == D(2023, 2, 1)
    month_first = parse_csv(b"country,entry,exit\nUS,02/01/2023,02/13/2023\n")
    assert month_first.dayfirst is False
    assert month_first.stays[0].entry == D(2023, 2, 1)


def test_dayfirst_none_without_evidence_reports_ambiguous_dates_only() -> None:
    data = (b"country,entry,exit\nKZ,01.02.2023,05.02.2023\n"
            b"KZ,2023-03-01,2023-03-05\nKZ,05.05.2023,1 June 2023\n")
    preview = parse_csv(data)
    assert preview.dayfirst is None
    assert [str(p) for p in preview.problems] == [
        "line 2: entry '01.02.2023' could be 1 February or 2 January: "
        "say whether the day or the month comes first"
    ]
    assert [(r.line, r.stay.entry, r.stay.exit) for r in preview.rows] == [
        (3, D(2023, 3, 1), D(2023, 3, 5)), (4, D(2023, 5, 5), D(2023, 6, 1))]


def test_iso_dates_read_the_same_whatever_dayfirst_says() -> None:
    for dayfirst in (True, False, None):
        (stay,) = parse_csv(b"country,entry,exit\nKZ,2023-02-01,2023/02/03\n",
                            dayfirst=dayfirst).stays
        assert (stay.entry, stay.exit) == (D(2023, 2, 1), D(2023, 2, 3))


def test_bad_rows_are_reported_by_line_and_good_rows_kept() -> None:
    data = "\n".join([
        "country,entry,exit,status,note",
        "KZ,2023-01-01,2023-01-10,,first",
        "",
        "KZ,2023-02-01,2023-01-01,,backwards",
        "Narnia,2023-02-01,2023-02-02,,",
        ",2023-02-01,2023-02-02,,",
        "KZ,2023-02-30,2023-03-01,,",
        "KZ,2023-03-01,,,",
        "KZ,2023-03-01,2023-03-02,tourist,",
        "KZ,March 2023,2023-03-02,,",
        "KZ,2023-03-01,2999-03-02,,",
        "KZ,someday,2023-03-02,,",
        "KG,2023-04-01,2023-04-02,exempt,last",
    ]).encode()
    preview = parse_csv(data, "bad.csv", dayfirst=True)
    assert [str(p) for p in preview.problems] == [
        "line 4: exit 2023-01-01 is before entry 2023-02-01",
        "line 5: country 'Narnia' is not a country code (such as KZ) or a country name",
        "line 6: no country",
        "line 7: entry '2023-02-30' is not a real date",
        "line 8: no exit date",
        "line 9: status 'tourist' is not one of visa-free, visa, residence, exempt",
        "line 10: entry 'March 2023' is not a whole date (day, month and year)",
        "line 11: exit 2999-03-02 is not a plausible date (years 1900 to 2200)",
        "line 12: entry 'someday' is not a date",
    ]
    assert preview.problems[0] == CsvProblem(4, "exit 2023-01-01 is before entry 2023-02-01")
    assert [(r.line, r.stay.note) for r in preview.rows] == [(2, "first"), (13, "last")]


@pytest.mark.parametrize(("data", "words"), [
    (b"", ["empty"]),
    (b" \n\n ", ["empty"]),
    (b"KZ,2023-01-01,2023-01-02\n", ["header row", "missing: country, entry, exit"]),
    (b"country,entry\nKZ,2023-01-01\n", ["missing: exit"]),
    (b"country,entry,exit,Country\n", ["'country' twice"]),
    (b"country,entry,exit\nKZ,\x00\n", ["binary"]),
    (b"country,entry,exit\nKZ,\xff\n", ["not UTF-8"]),
])
def test_unusable_files_raise_itinerary_error(data: bytes, words: list[str]) -> None:
    with pytest.raises(ItineraryError) as info:
        parse_csv(data, "bad.csv")
    assert str(info.value).startswith("Cannot open 'bad.csv': ")
    for word in words:
        assert word in str(info.value)


def test_header_only_gives_an_empty_preview_and_utf16_is_read() -> None:
    assert parse_csv(b"country,entry,exit\n") == CsvPreview(rows=[], delimiter=",")
    data = "country\tentry\texit\nKZ\t2023-01-01\t2023-01-02\n".encode("utf-16")
    assert parse_csv(data).stays == [Stay("KZ", D(2023, 1, 1), D(2023, 1, 2))]


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ItineraryError, match="larger than 20 MB"):
        read_csv(big)


def test_country_names_and_codes() -> None:
    assert country_name("KZ", "en") == "Kazakhstan"
    assert country_from_text(" kz ") == country_from_text("KAZAKHSTAN") == "KZ"
    assert country_from_text("Кыргызстан") == "KG"
    assert country_from_text("Narnia") is None
    assert find_country("Trip to South Sudan") == "SS"
    assert find_country("Niger or Nigeria") == "NE"
    assert find_country("Kazakhstan — Almaty") == "KZ"
    assert find_country("KZ: visa run") == "KZ"
    assert find_country("FLIGHT TO ALMATY") is None  # not Tonga
    assert find_country("Dentist") is None


# -- fuzzing ------------------------------------------------------------------------------

CELLS = st.one_of(
    st.sampled_from(["KZ", "kg", "Georgia", "XX", "", "visa", "exempt", "2023-02-01",
                     "01.02.2023", "13/02/2023", "02/13/23", "1 Feb 2023", "Feb 2023",
                     "31.02.2023", "99.99.9999", "0000-00-00", "10:00", '"', "\n"]),
    st.text(max_size=12),
)
ROWS = st.lists(st.lists(CELLS, max_size=7), max_size=12)
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_preview(preview: CsvPreview) -> None:
    for row in preview.rows:
        assert row.stay.entry <= row.stay.exit
    itinerary_to_bytes(preview.itinerary(Traveller("fuzz", "RU")))  # the import can be saved


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([True, False, None]))
def test_fuzz_random_bytes(data: bytes, dayfirst: bool | None) -> None:
    with contextlib.suppress(ItineraryError):
        check_preview(parse_csv(data, "fuzz.csv", dayfirst=dayfirst))


@FUZZ
@given(ROWS, st.sampled_from([",", ";", "\t"]), st.sampled_from([True, False, None]))
def test_fuzz_csv_like_text(rows: list[list[str]], sep: str, dayfirst: bool | None) -> None:
    text = "\n".join(["country,entry,exit,status,note".replace(",", sep),
                      *(sep.join(cells) for cells in rows)])
    with contextlib.suppress(ItineraryError):
        check_preview(parse_csv(text.encode("utf-8", "surrogatepass"), "fuzz.csv",
                                dayfirst=dayfirst))

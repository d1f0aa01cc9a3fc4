"""Calendar exchange: ICS round trips, files made by other programs, fuzzing."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, Todo

from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.storage import ItineraryError, itinerary_to_bytes
from planner.storage.ics import (
    PRODID,
    IcsPreview,
    itinerary_from_events,
    itinerary_to_ics,
    parse_ics,
    read_ics,
    stay_uid,
    write_ics,
)

D = dt.date
NOW = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)

ANNA = Itinerary(
    traveller=Traveller("Анна", "RU"),
    stays=(
        Stay("KZ", D(2023, 2, 1), D(2023, 4, 15), note="Алматы, квартира"),
        Stay("KG", D(2023, 4, 15), D(2023, 4, 15), Status.VISA, note=""),
        Stay("KZ", D(2023, 4, 15), D(2023, 6, 1), Status.EXEMPT, ground="employment contract",
             note='line one\nline two; "quoted" \\ back, slash'),
        Stay("GE", D(2023, 6, 2), D(2023, 12, 31), Status.RESIDENCE, note="Тбилиси",
             extra={"colour": "#ff0000", "tags": ["a", 1]}),
    ),
)


def round_trip(it: Itinerary) -> Itinerary:
    preview = parse_ics(itinerary_to_ics(it, now=NOW), "test.ics")
    assert preview.problems == []
    return itinerary_from_events(preview.events, traveller=preview.traveller)


def test_round_trip_keeps_every_stay_status_ground_note_and_traveller() -> None:
    back = round_trip(ANNA)
    assert back == ANNA
    assert back.traveller == ANNA.traveller
    for mine, theirs in zip(ANNA.stays, back.stays, strict=True):
        assert (theirs.status, theirs.ground, theirs.note) == (mine.status, mine.ground, mine.note)
        assert dict(theirs.extra) == dict(mine.extra)
    itinerary_to_bytes(back)  # and it can be saved


def test_export_shape_follows_rfc5545() -> None:
    text = itinerary_to_ics(ANNA, now=NOW).decode("utf-8")
    assert "\r\n" in text
    assert f"PRODID:{PRODID}" in text
    assert "X-WR-CALNAME:Анна" in text
    assert "DTSTART;VALUE=DATE:20230201" in text
    assert "DTEND;VALUE=DATE:20230416" in text  # exit 15 April + 1 day, exclusive
    assert "DTSTAMP:20240102T030405Z" in text
    assert "SUMMARY:Kazakhstan — Алматы\\, квартира" in text
    assert "X-STAY-PLANNER-COUNTRY:KZ" in text
    assert "X-STAY-PLANNER-STATUS:exempt" in text
    assert "X-STAY-PLANNER-NOTE:Алматы%2C квартира" in text
    cal = Calendar.from_ical(text)
    events = cal.walk("VEVENT")
    assert len(events) == len(ANNA.stays)
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_uids_are_stable_and_depend_on_content_and_position() -> None:
    stay = ANNA.stays[0]
    assert stay_uid(stay, 0) == stay_uid(stay, 0)
    assert stay_uid(stay, 0) != stay_uid(stay, 1)
    assert stay_uid(stay, 0) != stay_uid(stay.moved(1), 0)
    assert itinerary_to_ics(ANNA, now=NOW) == itinerary_to_ics(ANNA, now=NOW)


def test_empty_itinerary_exports_and_reads_as_no_events() -> None:
    data = itinerary_to_ics(Itinerary(), now=NOW)
    with pytest.raises(ItineraryError, match="no events"):
        parse_ics(data, "empty.ics")


def test_write_and_read_a_file(tmp_path: Path) -> None:
    path = tmp_path / "anna.ics"
    write_ics(ANNA, path, now=NOW)
    preview = read_ics(path)
    assert itinerary_from_events(preview.events, traveller=preview.traveller) == ANNA
    assert [p.name for p in tmp_path.iterdir()] == ["anna.ics"]


TEXT = st.text(max_size=20)  # any character, control characters and surrogates included
STAYS = st.builds(
    lambda country, entry, days, status, note, ground: Stay(
        country, entry, entry + dt.timedelta(days=days), status, note=note, ground=ground),
    st.sampled_from(["KZ", "KG", "RU", "GE", "NO", "TO"]),
    st.dates(D(1900, 1, 1), D(2199, 1, 1)), st.integers(0, 400), st.sampled_from(list(Status)),
    TEXT, TEXT,
)


@settings(deadline=None)
@given(TEXT, st.lists(STAYS, min_size=1, max_size=4))
@example("\ufeff", [Stay("KZ", D(2000, 1, 1), D(2000, 1, 1), note="\ufeffAnna")])  # a BOM
def test_round_trip_is_exact_for_any_text(name: str, stays: list[Stay]) -> None:
    it = Itinerary(Traveller(name, "KZ"), tuple(stays))
    back = round_trip(it)
    assert back == it
    assert back.traveller == it.traveller


# -- a calendar made by another program -------------------------------------------------


def foreign_calendar() -> bytes:
    """What a phone or desktop calendar might export: timed and all-day events."""
    almaty, moscow = ZoneInfo("Asia/Almaty"), ZoneInfo("Europe/Moscow")
    cal = Calendar()
    cal.add("prodid", "-//Other Corp//Other Calendar 1.0//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Travel")

    def event(summary: str, start: object, end: object = None, **props: object) -> None:
        e = Event()
        e.add("uid", f"{summary}@other.example")
        e.add("dtstamp", dt.datetime(2023, 1, 1, tzinfo=dt.UTC))
        e.add("summary", summary)
        e.add("dtstart", start)
        if end is not None:
            e.add("dtend", end)
        for key, value in props.items():
            e.add(key, value)
        cal.add_component(e)

    # 0: a flight across time zones, written in each airport's zone
    event("Flight Almaty → Moscow", dt.datetime(2023, 3, 1, 23, 30, tzinfo=almaty),
          dt.datetime(2023, 3, 2, 1, 10, tzinfo=moscow))
    # 1: a UTC event: 22:00 Z is already the next day in Almaty, but we take the UTC date
    event("Conference in Kazakhstan", dt.datetime(2023, 5, 1, 22, 0, tzinfo=dt.UTC),
          dt.datetime(2023, 5, 3, 2, 0, tzinfo=dt.UTC))
    # 2: floating time, ending at midnight: that day is not occupied
    event("Bishkek workshop (KG)", dt.datetime(2023, 6, 10, 8, 0),
          dt.datetime(2023, 6, 12, 0, 0))
    # 3: an all-day event over several days; DTEND is exclusive
    event("Kyrgyzstan trip", D(2023, 7, 1), D(2023, 7, 15))
    # 4: an all-day event without DTEND: one day
    event("KZ visa run", D(2023, 8, 1))
    # 5: a timed event without DTEND: one day
    event("Georgia: meeting", dt.datetime(2023, 9, 1, 10, 0, tzinfo=ZoneInfo("Asia/Tbilisi")))
    # 6: a DURATION instead of DTEND
    event("Uzbekistan tour", D(2023, 10, 1), duration=dt.timedelta(days=3))
    # 7: a repeating event: listed once, flagged
    event("Weekly call", dt.datetime(2023, 1, 2, 9, 0, tzinfo=almaty),
          dt.datetime(2023, 1, 2, 10, 0, tzinfo=almaty), rrule={"freq": "weekly"})
    # 8: an event that ends before it starts: its start day
    event("Turkey", D(2023, 11, 5), D(2023, 11, 1))
    todo = Todo()
    todo.add("summary", "Pack for Kazakhstan")
    cal.add_component(todo)
    if hasattr(cal, "add_missing_timezones"):
        cal.add_missing_timezones()  # VTIMEZONE blocks, as real programs write them
    data: bytes = cal.to_ical()
    return data


@pytest.fixture(scope="module")
def foreign() -> IcsPreview:
    return parse_ics(foreign_calendar(), "travel.ics")


def test_foreign_events_take_dates_in_their_own_time_zone(foreign: IcsPreview) -> None:
    got = {e.summary: (e.entry, e.exit, e.all_day) for e in foreign.events}
    assert got == {
        "Flight Almaty → Moscow": (D(2023, 3, 1), D(2023, 3, 2), False),
        "Conference in Kazakhstan": (D(2023, 5, 1), D(2023, 5, 3), False),
        "Bishkek workshop (KG)": (D(2023, 6, 10), D(2023, 6, 11), False),
        "Kyrgyzstan trip": (D(2023, 7, 1), D(2023, 7, 14), True),
        "KZ visa run": (D(2023, 8, 1), D(2023, 8, 1), True),
        "Georgia: meeting": (D(2023, 9, 1), D(2023, 9, 1), False),
        "Uzbekistan tour": (D(2023, 10, 1), D(2023, 10, 3), True),
        "Weekly call": (D(2023, 1, 2), D(2023, 1, 2), False),
        "Turkey": (D(2023, 11, 5), D(2023, 11, 5), True),
    }
    assert foreign.problems == []
    assert foreign.traveller == Traveller()


def test_foreign_events_detect_countries_and_flag_repeats(foreign: IcsPreview) -> None:
    by_summary = {e.summary: e for e in foreign.events}
    assert {s: e.country for s, e in by_summary.items()} == {
        "Flight Almaty → Moscow": None,
        "Conference in Kazakhstan": "KZ",
        "Bishkek workshop (KG)": "KG",
        "Kyrgyzstan trip": "KG",
        "KZ visa run": "KZ",
        "Georgia: meeting": "GE",
        "Uzbekistan tour": "UZ",
        "Weekly call": None,
        "Turkey": "TR",
    }
    assert [e.summary for e in foreign.events if e.recurring] == ["Weekly call"]
    assert all(e.status is Status.VISA_FREE and e.note == e.summary for e in foreign.events)
    assert [e.index for e in foreign.events] == list(range(9))


def test_chosen_foreign_events_build_an_itinerary_with_a_country_mapping(
    foreign: IcsPreview,
) -> None:
    flight, conference, *_ = foreign.events
    it = itinerary_from_events([flight, conference], {flight.index: "RU"},
                               traveller=Traveller("Anna", "RU"))
    assert it.stays == (
        Stay("RU", D(2023, 3, 1), D(2023, 3, 2), note="Flight Almaty → Moscow"),
        Stay("KZ", D(2023, 5, 1), D(2023, 5, 3), note="Conference in Kazakhstan"),
    )
    with pytest.raises(ItineraryError, match="event 1 .* has no country"):
        itinerary_from_events([flight], origin="travel.ics")
    with pytest.raises(ItineraryError, match="not an ISO code"):
        itinerary_from_events([flight], {flight.index: "Russia"})


def test_x_properties_written_by_hand_without_value_text_are_unescaped() -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand//EN\r\nBEGIN:VEVENT\r\n"
        "UID:1\r\nDTSTART;VALUE=DATE:20230201\r\nDTEND;VALUE=DATE:20230203\r\n"
        "SUMMARY:whatever\r\nX-STAY-PLANNER-COUNTRY:kz\r\nX-STAY-PLANNER-STATUS:visa\r\n"
        "X-STAY-PLANNER-NOTE:Алматы\\, квартира\\nвторая строка\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    (event,) = parse_ics(data).events
    assert (event.country, event.status) == ("KZ", Status.VISA)
    assert event.note == "Алматы, квартира\nвторая строка"
    assert (event.entry, event.exit) == (D(2023, 2, 1), D(2023, 2, 2))


def test_one_broken_event_is_reported_and_the_rest_kept() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Bad start\r\nDTSTART:garbage\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Far future\r\nDTSTART;VALUE=DATE:29990101\r\n"
        b"END:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Kazakhstan\r\nDTSTART;VALUE=DATE:20230101\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    preview = parse_ics(data)
    assert [e.summary for e in preview.events] == ["Kazakhstan"]
    assert preview.events[0].index == 3
    messages = [str(p) for p in preview.problems]
    assert messages[0] == 'event 1 "No start": it has no start date (DTSTART)'
    assert messages[1] == 'event 2 "Bad start": its start (DTSTART) is not a date or a time'
    assert messages[2].startswith('event 3 "Far future": 2999-01-01 is not a plausible date')


@pytest.mark.parametrize(("data", "words"), [
    (b"", ["not an iCalendar file"]),
    (b"hello world", ["not an iCalendar file"]),
    (b'{"format": "stay-planner"}', ["not an iCalendar file"]),
    (b"BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n", ["not a readable"]),
    (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ["no events"]),
    (b"\xff\xfe\x00\xd8", ["UTF-16"]),
    (b"BEGIN:VCALENDAR\r\nX:\xff\r\nEND:VCALENDAR\r\n", ["not UTF-8", "byte"]),
])
def test_unusable_files_raise_itinerary_error(data: bytes, words: list[str]) -> None:
    with pytest.raises(ItineraryError) as info:
        parse_ics(data, "bad.ics")
    message = str(info.value)
    assert message.startswith("Cannot open 'bad.ics': ")
    for word in words:
        assert word in message


def test_too_large_and_missing_files(tmp_path: Path) -> None:
    big = tmp_path / "big.ics"
    with big.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ItineraryError, match="larger than 20 MB"):
        read_ics(big)
    with pytest.raises(ItineraryError, match="no such file"):
        read_ics(tmp_path / "missing.ics")
    with pytest.raises(ItineraryError, match="folder"):
        read_ics(tmp_path)


# -- fuzzing ------------------------------------------------------------------------------

PROPERTIES = st.sampled_from([
    "DTSTART;VALUE=DATE:20230201", "DTSTART:20230201T100000Z", "DTSTART:20230201T100000",
    "DTSTART;TZID=Asia/Almaty:20230201T100000", "DTSTART;TZID=Nowhere:20230101T100000",
    "DTSTART;VALUE=DATE:18000101", "DTSTART:2023", "DTEND;VALUE=DATE:20230205",
    "DTEND:20230201T000000Z", "DTEND;VALUE=DATE:20230101", "DTEND:2023", "DURATION:P3D",
    "DURATION:-P1D", "DURATION:PXD", "RRULE:FREQ=WEEKLY", "RDATE:20230301",
    "SUMMARY:Kazakhstan", "SUMMARY:KZ trip", "SUMMARY:", "X-STAY-PLANNER-COUNTRY:KZ",
    "X-STAY-PLANNER-COUNTRY:zz", "X-STAY-PLANNER-STATUS:exempt", "X-STAY-PLANNER-STATUS:?",
    "X-STAY-PLANNER-NOTE:a\\,b\\n", "X-STAY-PLANNER-EXTRA:{}",
    'X-STAY-PLANNER-EXTRA:{"a": NaN}', 'X-STAY-PLANNER-EXTRA:{"a": [[[[1]]]]}',
    "X-STAY-PLANNER-TRAVELLER:Anna", "X-STAY-PLANNER-NATIONALITY:RU",
])
EVENT = st.lists(st.one_of(PROPERTIES, PROPERTIES.map(lambda s: s[: len(s) // 2]),
                           st.text(max_size=20)), max_size=8)
ICS_TEXT = st.lists(EVENT, max_size=5).map(lambda events: "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0",
    *(line for ev in events for line in ["BEGIN:VEVENT", *ev, "END:VEVENT"]),
    "END:VCALENDAR", "",
]))
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_preview(preview: IcsPreview) -> None:
    for event in preview.events:
        assert event.entry <= event.exit
        itinerary_to_bytes(itinerary_from_events([event], {event.index: "KZ"}))


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    with contextlib.suppress(ItineraryError):
        check_preview(parse_ics(data, "fuzz.ics"))


@FUZZ
@given(ICS_TEXT)
def test_fuzz_calendar_like_text(text: str) -> None:
    with contextlib.suppress(ItineraryError):
        check_preview(parse_ics(text.encode("utf-8", "surrogatepass"), "fuzz.ics"))


def test_round_trip_keeps_the_registered_mark() -> None:
    stays = (Stay("KZ", dt.date(2024, 3, 7), dt.date(2024, 4, 1), registered=True),
             Stay("KG", dt.date(2024, 4, 2), dt.date(2024, 4, 9)))
    it = Itinerary(Traveller("A", "RU"), stays)
    assert "X-STAY-PLANNER-REGISTERED:TRUE" in itinerary_to_ics(it, now=NOW).decode("utf-8")
    back = round_trip(it)
    assert [s.registered for s in back.stays] == [True, False]

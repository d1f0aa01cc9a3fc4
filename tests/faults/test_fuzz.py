"""Fuzzed input for every reader: only the program's own error type ever escapes.

Each reader gets random bytes and, more usefully, documents shaped like the
real thing with hostile values (huge and negative numbers, far dates, wrong
types, broken quoting). An input is either read or refused with the
reader's error (:class:`~planner.storage.errors.ItineraryError` for
itinerary, calendar and CSV files, :class:`~planner.core.rules.RuleDataError`
for rule files); rules that are read are then used for a check, which must
not fail either. Each call must stay within :data:`MEMORY_BOUND` of Python
allocations (a 10**18-day rule once tried to allocate exabytes). The number
of examples each reader ran is printed with ``-s`` and recorded as a user
property of the test.
"""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rule_files import parse_rule_bytes
from planner.core.rules import RuleDataError
from planner.storage import ItineraryError, parse_itinerary_bytes
from planner.storage.csv_io import parse_csv
from planner.storage.ics import parse_ics

RecordProperty = Callable[[str, object], None]  # pytest's record_property

EXAMPLES = 300
MEMORY_BOUND = 64 * 1024 * 1024
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: Values a hostile file puts where a number, a date or a text belongs.
NASTY = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([10**18, 10**30, -1, 0, 2**63]),
    st.floats(allow_nan=True), st.text(max_size=12),
    st.sampled_from(["9999-12-31", "0001-01-01", "2023-02-30", "2023-02-01", "KZ", "RU", "*",
                     "@eaeu", "rolling", "per-entry", "calendar-year", "fixed-window",
                     "no-limit", "visa-required", "visa-free", "exempt", "SCHENGEN", ""]),
    st.lists(st.sampled_from(["KZ", "RU", 1, None, "@x"]), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)


class Runs:
    """Calls one reader under the memory bound and counts the examples."""

    def __init__(self, reader: Callable[[bytes], object], allowed: type[Exception]) -> None:
        self.reader, self.allowed, self.count = reader, allowed, 0

    def __call__(self, data: bytes) -> object:
        self.count += 1
        tracemalloc.start()
        try:
            return self.reader(data)
        except self.allowed:
            return None
        finally:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            assert peak < MEMORY_BOUND, f"{peak} bytes for {data[:200]!r}"


def _report(runs: Runs, name: str, record_property: RecordProperty) -> None:
    record_property("examples", runs.count)
    print(f"\nfuzz {name}: {runs.count} examples, only {runs.allowed.__name__} escaped")
    assert runs.count >= EXAMPLES


# ---- itinerary files ------------------------------------------------------------------------


def _stay_docs() -> st.SearchStrategy[Any]:
    keys = st.sampled_from(["country", "entry", "exit", "status", "ground", "note", "extra"])
    return st.dictionaries(keys, NASTY, max_size=7)


ITINERARY_DOCS = st.fixed_dictionaries({
    "format": st.sampled_from(["stay-planner", "x", 1]), "version": NASTY,
    "traveller": st.one_of(NASTY, st.fixed_dictionaries({"name": NASTY, "nationality": NASTY})),
    "stays": st.one_of(NASTY, st.lists(_stay_docs(), max_size=5)),
})


def _json_bytes(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


def test_itinerary_reader(record_property: RecordProperty) -> None:
    runs = Runs(lambda data: parse_itinerary_bytes(data, "fuzz.stayplan"), ItineraryError)

    @FUZZ
    @given(st.one_of(st.binary(max_size=300), ITINERARY_DOCS.map(_json_bytes),
                     st.text(alphabet='{}[]":,0123456789e-truefalsn ', max_size=60)
                     .map(str.encode)))
    def fuzz(data: bytes) -> None:
        runs(data)

    fuzz()
    _report(runs, "itinerary", record_property)


# ---- rule files --------------------------------------------------------------------------------


RULE = st.fixed_dictionaries({
    "id": st.one_of(st.just("r1"), NASTY), "destination": st.one_of(st.just("KZ"), NASTY),
    "nationalities": st.one_of(st.just(["RU"]), NASTY), "kind": NASTY,
    "max_days": NASTY, "window_days": NASTY, "valid_from": NASTY, "valid_to": NASTY,
    "source": st.one_of(st.just("law"), NASTY), "checked": st.one_of(st.just("2026-01-01"), NASTY),
})
RULE_DOCS = st.fixed_dictionaries({
    "format": st.sampled_from(["stay-planner-rules", "x"]), "version": NASTY,
    "rules": st.one_of(NASTY, st.lists(RULE, max_size=3)),
    "zones": st.one_of(st.just([]), NASTY, st.lists(st.fixed_dictionaries({
        "id": NASTY, "members": st.one_of(NASTY, st.lists(st.fixed_dictionaries(
            {"country": NASTY, "since": NASTY, "until": NASTY}), max_size=2))}), max_size=2)),
    "groups": st.one_of(st.just({}), NASTY), "names": st.one_of(st.just({}), NASTY),
})
TRIP = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", dt.date(2023, 2, 1), dt.date(2023, 6, 1)),))


def _read_and_use_rules(data: bytes) -> object:
    from planner import api
    from planner.core.rule_files import _check_destinations, bundled_rules

    rules = bundled_rules().merged(parse_rule_bytes(data, "fuzz.json", bundled_rules()))
    _check_destinations(rules)
    return api.check(TRIP, rules=rules)


def test_rule_reader(record_property: RecordProperty) -> None:
    runs = Runs(_read_and_use_rules, RuleDataError)

    @FUZZ
    @given(st.one_of(st.binary(max_size=200), RULE_DOCS.map(_json_bytes),
                     st.integers(min_value=10**20, max_value=10**400).map(
                         lambda n: f'{{"format": "stay-planner-rules", "version": {n}}}'.encode())))
    def fuzz(data: bytes) -> None:
        runs(data)

    fuzz()
    _report(runs, "rules", record_property)


# ---- calendar files ------------------------------------------------------------------------------


ICS_VALUES = st.one_of(st.sampled_from([
    "20230201", "99991231", "00010101", "20230230", "20230201T120000Z", "20230201T120000",
    "P3D", "-P3D", "P99999999D", "FREQ=DAILY", "KZ", "visa-free", "x", "", "%ZZ", "{\"a\": 1}",
    "\\n", "\\,", "19000101", "22001231"]), st.text(max_size=10))
ICS_PROPS = st.sampled_from(["DTSTART;VALUE=DATE", "DTSTART", "DTEND;VALUE=DATE", "DTEND",
                             "DURATION", "SUMMARY", "RRULE", "UID", "X-STAY-PLANNER-COUNTRY",
                             "X-STAY-PLANNER-STATUS", "X-STAY-PLANNER-NOTE",
                             "X-STAY-PLANNER-EXTRA", "X-STAY-PLANNER-GROUND",
                             "DTSTART;TZID=Asia/Almaty", "DTSTART;TZID=Nowhere/Zone"])
ICS_EVENTS = st.lists(st.lists(st.tuples(ICS_PROPS, ICS_VALUES), max_size=6), max_size=3).map(
    lambda events: ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "".join(
        "BEGIN:VEVENT\r\n" + "".join(f"{k}:{v}\r\n" for k, v in props) + "END:VEVENT\r\n"
        for props in events) + "END:VCALENDAR\r\n").encode("utf-8", "surrogatepass"))


def test_calendar_reader(record_property: RecordProperty) -> None:
    runs = Runs(lambda data: parse_ics(data, "fuzz.ics"), ItineraryError)

    @FUZZ
    @given(st.one_of(st.binary(max_size=200), ICS_EVENTS,
                     st.binary(max_size=100).map(lambda b: b"BEGIN:VCALENDAR\r\n" + b)))
    def fuzz(data: bytes) -> None:
        runs(data)

    fuzz()
    _report(runs, "ics", record_property)


# ---- CSV files ------------------------------------------------------------------------------


CSV_CELLS = st.one_of(st.sampled_from([
    "KZ", "Kazakhstan", "kz", "2023-02-01", "01.02.2023", "13.02.2023", "2023/02/30",
    "9999-12-31", "1 Feb 2023", "99999999999", "visa", "внж", "'=1+1", '"', '""', "'",
    "=HYPERLINK()", "-1"]), st.text(max_size=8))
CSV_TEXT = st.lists(st.lists(CSV_CELLS, max_size=7), max_size=5).map(
    lambda rows: "country,entry,exit,status,note,ground,registered\r\n" + "".join(
        st_sep.join(row) + "\r\n" for st_sep, row in ((",", r) for r in rows)))


def test_csv_reader(record_property: RecordProperty) -> None:
    orders = (None, True, False)
    runs = Runs(lambda data: parse_csv(data, "fuzz.csv", dayfirst=orders[len(data) % 3]),
                ItineraryError)

    @FUZZ
    @given(st.one_of(st.binary(max_size=200),
                     CSV_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                     st.text(alphabet=',;\t"\r\n\'=ab12-.', max_size=40).map(
                         lambda t: ("country;entry;exit\n" + t).encode())))
    def fuzz(data: bytes) -> None:
        runs(data)

    fuzz()
    _report(runs, "csv", record_property)

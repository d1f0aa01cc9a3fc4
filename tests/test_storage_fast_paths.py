"""The itinerary reader's quick checks against the straightforward ones they replace.

Opening a file of thousands of stays runs each check once per stay (or over
the whole text), so they are written for speed: the nesting scan works on
bytes in C, dates are read by ``fromisoformat`` once the pattern matched,
objects are built by ``dict`` and searched for a repeated key only when one
was lost. Each is held here to the plain version on generated input.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import fields
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.model import Status, Stay, checked_stay
from planner.storage import ItineraryError, _fields, json_text, parse_itinerary_bytes
from planner.storage.json_text import _object

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def plain_too_deep(source: str, limit: int = _fields.MAX_DEPTH) -> bool:
    """Strings removed by a regular expression, then the brackets counted one by one."""
    depth = 0
    for char in _NOT_BRACKET.sub("", _STRING.sub("", source)):
        depth += 1 if char in "[{" else -1
        if depth > limit:
            return True
    return False


TRICKY = st.text(alphabet=st.sampled_from('[]{}"\\/ab\n\té€😀'), max_size=12)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TRICKY,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TRICKY, inner, max_size=4),
    max_leaves=40)


def nested(value: Any, depth: int) -> Any:
    for i in range(depth):
        value = [value] if i % 2 else {"k[\\\"": value}
    return value


@given(JSON, st.integers(0, 8), st.booleans(), st.integers(1, 12))
def test_nesting_scan_agrees_with_the_plain_one(value: Any, depth: int, ascii: bool,
                                                limit: int) -> None:
    text = json.dumps(nested(value, depth), ensure_ascii=ascii)
    assert _fields.text_too_deep(text, limit) == plain_too_deep(text, limit)


@pytest.mark.parametrize("depth", [63, 64, 65, 200])
def test_nesting_scan_at_the_limit(depth: int) -> None:
    text = json.dumps(nested("]}\\\"[{", depth))
    assert _fields.text_too_deep(text) == plain_too_deep(text) == (depth > 64)


def plain_date(value: str) -> dt.date:
    """The date as the format reads it: the pattern, then ``date(year, month, day)``."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value)
    assert match is not None
    year, month, day = (int(p) for p in match.groups())
    result = dt.date(year, month, day)
    if not _fields.FIRST_YEAR <= year <= _fields.LAST_YEAR:
        raise ValueError("not plausible")
    return result


@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_dates_read_as_the_plain_reading(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        expected: dt.date | None = plain_date(text)
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(_fields.FieldError):
            _fields.date(text, "entry")
    else:
        assert _fields.date(text, "entry") == expected


@pytest.mark.parametrize("text", ["20230201", "2023-W05-3", "2023-02-01T00:00",
                                  "２０２３-02-01", "2023-2-1"])
def test_other_iso_forms_are_refused(text: str) -> None:
    with pytest.raises(_fields.FieldError, match="YYYY-MM-DD"):
        _fields.date(text, "entry")


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers()), max_size=6))
def test_objects_refuse_a_repeated_key_and_name_it(pairs: list[tuple[str, int]]) -> None:
    keys = [k for k, _ in pairs]
    repeated = next((k for i, k in enumerate(keys) if k in keys[:i]), None)
    if repeated is None:
        assert _object(pairs) == dict(pairs)
    else:
        with pytest.raises(_fields.FieldError, match=f"'{repeated}' appears twice"):
            _object(pairs)


def test_a_repeated_key_in_a_stay_is_refused() -> None:
    text = ('{"format": "stay-planner", "version": 1, "traveller": {}, "stays": '
            '[{"country": "KZ", "entry": "2023-02-01", "exit": "2023-02-03", '
            '"note": "a", "note": "b"}]}')
    with pytest.raises(ItineraryError, match="'note' appears twice"):
        parse_itinerary_bytes(text.encode(), "x")


@given(st.sampled_from(["KZ", "FR"]), st.dates(), st.integers(0, 40), st.sampled_from(list(Status)),
       st.text(max_size=5), st.text(max_size=5), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                 max_size=2), st.booleans())
def test_a_checked_stay_is_the_stay_its_fields_make(
        country: str, entry: dt.date, days: int, status: Status, note: str, ground: str,
        extra: dict[str, int], registered: bool) -> None:
    """The reader sets a stay's slots one by one; every field must be what the
    dataclass's own constructor gives."""
    exit = min(entry + dt.timedelta(days=days), dt.date.max)
    made = checked_stay(country, entry, exit, status, note, ground, extra, registered)
    plain = Stay(country, entry, exit, status, note, ground, extra, registered)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert [getattr(made, f.name) for f in fields(Stay)] == \
        [getattr(plain, f.name) for f in fields(Stay)]


KEYS = st.sampled_from(["country", "entry", "exit", "note", "status", "x:y", "{k}"])
VALUES = st.sampled_from(['"KZ"', '"2023-02-01"', '"2023-02-03"', '"a:{b}"', '"visa"', "1",
                          "[]", '{"n": 1}', '{"n": 1, "n": 2}', "NaN", "[1,"])


@st.composite
def objects(draw: st.DrawFn) -> str:
    """An object's text: keys that may repeat, values that may nest or break."""
    pairs = draw(st.lists(st.tuples(KEYS, VALUES), max_size=5))
    return "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}"


@given(st.lists(objects(), max_size=4), objects(), st.booleans())
def test_objects_built_in_c_say_what_the_checked_read_says(
        stays: list[str], traveller: str, repeat_top: bool) -> None:
    """Read with objects built by the decoder and the keys counted, a text must
    give what the read that checks every object gives: the same itinerary, or
    the same reason it is refused."""
    top = '"version": 1, ' if repeat_top else ""
    text = (f'{{"format": "stay-planner", "version": 1, {top}"traveller": {traveller}, '
            f'"stays": [{", ".join(stays)}]}}').encode()

    def outcome() -> object:
        try:
            return parse_itinerary_bytes(text, "x")
        except ItineraryError as e:
            return str(e)

    fast = outcome()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(json_text, "_no_repeats", lambda doc, shape: False)
        assert outcome() == fast


@given(st.lists(objects(), max_size=4), objects())
def test_the_text_counts_its_objects_and_pairs(stays: list[str], traveller: str) -> None:
    """What the scan counts outside strings is what the decoder makes."""
    text = f'{{"traveller": {traveller}, "stays": [{", ".join(stays)}]}}'
    sizes: list[int] = []

    def count(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        sizes.append(len(pairs))
        return dict(pairs)

    try:
        json.loads(text, object_pairs_hook=count)
    except ValueError:
        return
    shape = _fields.text_shape(text)
    assert (shape.objects, shape.pairs) == (len(sizes), sum(sizes))


@pytest.mark.parametrize("country", ["kz", "", 5, True, None, {"a": 1}, [0] * 100_000])
def test_a_stay_is_labelled_by_its_country_only_once_that_is_a_code(country: object) -> None:
    """A wrong country is said once, by the field's own message: the stay's label
    ("stay 1 (KZ)") never quotes it (a list of 100 000 items once made a message
    of 300 000 characters), with or without the stay's other fields present."""
    for stay in ({"country": country, "entry": "2023-02-01", "exit": "2023-02-03"},
                 {"country": country}):
        doc = {"format": "stay-planner", "version": 1,
               "traveller": {"name": "A", "nationality": "RU"}, "stays": [stay]}
        with pytest.raises(ItineraryError) as caught:
            parse_itinerary_bytes(json.dumps(doc).encode(), "f")
        message = str(caught.value)
        assert message.startswith("Cannot open 'f': stay 1: country "), message
        assert len(message) < 200

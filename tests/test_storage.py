"""Itinerary files: round trips and every kind of unusable file (saving: test_saving.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.resources import resource_path
from planner.storage import (
    EXTENSION,
    MAX_FILE_SIZE,
    ItineraryError,
    UnsupportedVersionError,
    _fields,
    itinerary_to_bytes,
    itinerary_to_dict,
    parse_itinerary,
    parse_itinerary_bytes,
    read_itinerary,
    write_itinerary,
)

D = dt.date.fromisoformat


def stay_doc(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"country": "KZ", "entry": "2023-02-01", "exit": "2023-02-10"}
    doc.update(fields)
    return {k: v for k, v in doc.items() if v is not None}


def document(*stays: Any, **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "stay-planner",
        "version": 1,
        "traveller": {"name": "Anna", "nationality": "RU"},
        "stays": list(stays) if stays else [stay_doc()],
    }
    doc.update(top)
    return {k: v for k, v in doc.items() if v is not None}


def write_json(tmp_path: Path, doc: object, name: str = "trip.stayplan") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def error_for(tmp_path: Path, doc: object) -> str:
    path = write_json(tmp_path, doc)
    with pytest.raises(ItineraryError) as info:
        read_itinerary(path)
    message = str(info.value)
    assert str(path) in message
    return message


def second_stay(**fields: Any) -> dict[str, Any]:
    """A document whose second stay has ``fields`` changed."""
    return document(stay_doc(), stay_doc(**fields))


# -- round trip ---------------------------------------------------------------------


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    doc = {
        "format": "stay-planner",
        "version": 1,
        "traveller": {"name": "Анна", "nationality": "RU", "passport_expires": "2030-01-01"},
        "stays": [
            {
                "country": "KZ",
                "entry": "2023-02-01",
                "exit": "2023-04-15",
                "status": "visa-free",
                "note": "Алматы, квартира на Абая",
                "colour": "#ff0000",
                "tags": ["work", {"nested": [1, 2.5, None, True]}],
            },
            {
                "country": "KZ",
                "entry": "2023-05-01",
                "exit": "2023-10-31",
                "status": "exempt",
                "ground": "employment contract",
            },
        ],
        "settings": {"view": "year", "zoom": 3},
    }
    path = write_json(tmp_path, doc)
    it = read_itinerary(path)
    assert it.traveller == Traveller("Анна", "RU")
    assert it.traveller.extra == {"passport_expires": "2030-01-01"}
    assert it.stays[0] == Stay(
        "KZ", D("2023-02-01"), D("2023-04-15"), note="Алматы, квартира на Абая"
    )
    assert it.stays[0].extra == {
        "colour": "#ff0000",
        "tags": ["work", {"nested": [1, 2.5, None, True]}],
    }
    assert it.stays[1].status is Status.EXEMPT
    assert it.stays[1].ground == "employment contract"
    assert it.extra == {"settings": {"view": "year", "zoom": 3}}

    out = tmp_path / "copy.stayplan"
    write_itinerary(it, out)
    raw = out.read_bytes()
    assert raw == (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode()
    assert "Алматы".encode() in raw  # not escaped
    assert raw.endswith(b"}\n")
    again = read_itinerary(out)
    assert again == it
    assert [s.extra for s in again.stays] == [s.extra for s in it.stays]
    assert again.extra == it.extra and again.traveller.extra == it.traveller.extra


def test_key_order_and_defaults() -> None:
    it = Itinerary(
        Traveller("Mark", "US"),
        (Stay("GE", D("2023-01-01"), D("2023-01-05"), extra={"z": 1, "country": "XX"}),),
        extra={"aaa": True, "stays": "ignored"},
    )
    doc = itinerary_to_dict(it)
    assert list(doc) == ["format", "version", "traveller", "stays", "aaa"]
    assert doc["stays"] == [
        {
            "country": "GE",
            "entry": "2023-01-01",
            "exit": "2023-01-05",
            "status": "visa-free",
            "z": 1,
        }
    ]
    assert list(doc["stays"][0]) == ["country", "entry", "exit", "status", "z"]


def test_extras_are_copies() -> None:
    doc = document(stay_doc(tags=["a"]))
    it = parse_itinerary(doc, "x")
    doc["stays"][0]["tags"].append("b")
    assert it.stays[0].extra["tags"] == ["a"]
    itinerary_to_dict(it)["stays"][0]["tags"].append("c")
    assert it.stays[0].extra["tags"] == ["a"]


def test_defaults_and_bom(tmp_path: Path) -> None:
    doc = {"format": "stay-planner", "version": 1, "traveller": {}, "stays": [stay_doc()]}
    path = tmp_path / "bom.stayplan"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())
    it = read_itinerary(path)
    assert it.traveller == Traveller()
    assert it.stays[0].status is Status.VISA_FREE and it.stays[0].note == ""


def test_travel_day_and_one_day_stay() -> None:
    it = parse_itinerary(
        document(
            stay_doc(exit="2023-02-05"),
            stay_doc(country="KG", entry="2023-02-05", exit="2023-02-05"),
        ),
        "x",
    )
    assert it.stays[1].days == 1


def test_demo_files_load() -> None:
    anna = read_itinerary(resource_path("demo", "anna-2023" + EXTENSION))
    assert anna.traveller == Traveller("Anna", "RU")
    assert len(anna.stays) >= 10
    assert any(s.country == "FR" and s.status is Status.VISA for s in anna.stays)
    dastan = read_itinerary(resource_path("demo", "dastan-2024" + EXTENSION))
    assert dastan.traveller.nationality == "KG"
    assert any(s.status is Status.EXEMPT and s.ground for s in dastan.stays)
    assert any("сезонная работа" in s.note for s in dastan.stays)
    for it in (anna, dastan):  # the demo files are exactly what we would write
        path = resource_path("demo", ("anna-2023" if it is anna else "dastan-2024") + EXTENSION)
        assert itinerary_to_bytes(it) == path.read_bytes()


# -- unusable bytes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", ["empty"]),
        (b"  \n\t\r\n ", ["empty"]),
        (b'{"format": "stay-planner",\n "version": 1,,}', ["not valid JSON", "line 2", "column"]),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ["not a text file"]),
        (b"\xff\xd8\xff\xe0 JFIF", ["not UTF-8"]),
        (b"\xff\xfe{\x00}\x00", ["UTF-16"]),
        (b"[" * 100_000 + b"]" * 100_000, ["nested", "64"]),
        (b'{"a": ' * 70 + b"1" + b"}" * 70, ["nested", "64"]),
        (b"[1, 2]", ["not a Stay Planner itinerary", "a list"]),
        (b'"hello"', ["not a Stay Planner itinerary"]),
        (b'{"format": "other", "version": 1}', ["not a Stay Planner itinerary", "other"]),
        (b'{"version": 1}', ["not a Stay Planner itinerary", "no format"]),
        (b'{"format": "stay-planner", "version": 1, "version": 1}', ["'version'", "twice"]),
        (b'{"format": "stay-planner", "version": NaN}', ["NaN"]),
        (b'{"format": "stay-planner", "version": ' + b"9" * 5000 + b"}", ["not usable JSON"]),
    ],
)
def test_unusable_bytes(tmp_path: Path, data: bytes, words: list[str]) -> None:
    path = tmp_path / "bad.stayplan"
    path.write_bytes(data)
    with pytest.raises(ItineraryError) as info:
        read_itinerary(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message


def test_brackets_inside_strings_do_not_count() -> None:
    it = parse_itinerary_bytes(json.dumps(document(stay_doc(note="[" * 200))).encode(), "x")
    assert it.stays[0].note == "[" * 200


def test_recursion_error_is_caught_without_the_prescan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fields, "text_shape", lambda source: _fields.TextShape(0, 0, 0))
    with pytest.raises(ItineraryError, match="nested"):
        parse_itinerary_bytes(b"[" * 100_000 + b"]" * 100_000, "x")


def test_deep_document_given_directly() -> None:
    deep: Any = 1
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(ItineraryError, match="nested"):
        parse_itinerary(document(junk=deep), "x")


# -- format and version -------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "words"),
    [
        (None, ['no format "version"']),
        ("1", ["whole number", "'1'"]),
        (True, ["whole number"]),
        (1.0, ["whole number"]),
        (0, ["version 0"]),
    ],
)
def test_bad_version(tmp_path: Path, version: object, words: list[str]) -> None:
    message = error_for(tmp_path, document(version=version))
    for word in words:
        assert word in message


def test_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = write_json(tmp_path, document(version=2, stays=[{"country": "??"}]))
    before = path.read_bytes()
    with pytest.raises(UnsupportedVersionError) as info:
        read_itinerary(path)
    assert info.value.version == 2
    message = str(info.value)
    assert "newer version of Stay Planner (format version 2)" in message
    assert "reads version 1" in message and "Update Stay Planner" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_errors_pickle() -> None:
    error = UnsupportedVersionError("a.stayplan", 3, 1)
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, UnsupportedVersionError)
    assert str(copy) == str(error) and copy.version == 3 and copy.origin == "a.stayplan"


# -- fields -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "words"),
    [
        (document(stays={"country": "KZ"}), ['"stays" must be a list', "an object"]),
        (document(stays=None), ['no "stays"']),
        (document(traveller=None), ['no "traveller"']),
        (document(traveller=["Anna"]), ['"traveller" must be an object']),
        (document(traveller={"name": 5}), ["traveller", "name", "text", "5"]),
        (document(traveller={"nationality": "kz"}), ["nationality", "'kz'", "upper case", "'KZ'"]),
        (document(traveller={"nationality": "XZ"}), ["nationality", "'XZ'", "not a known"]),
        (second_stay(country=None), ["stay 2", "no country"]),
        (document(stay_doc(), "KZ 2023-02-01"), ["stay 2 must be an object", "'KZ 2023-02-01'"]),
        (second_stay(country="XZ"), ["stay 2", "'XZ'", "not a known country code"]),
        (second_stay(country="kz"), ["stay 2", "'kz'", "upper case", "'KZ'"]),
        (second_stay(country=7), ["stay 2", "country", "two-letter", "number"]),
        (second_stay(entry=None), ["stay 2 (KZ)", "no entry date"]),
        (second_stay(exit=None), ["stay 2 (KZ)", "no exit date"]),
        (second_stay(entry="2023-02-30"), ["stay 2", "entry", "'2023-02-30'", "not a real date"]),
        (
            second_stay(entry="2023-02-01T10:00"),
            ["stay 2", "entry", "2023-02-01T10:00", "YYYY-MM-DD"],
        ),
        (second_stay(entry="1.2.2023"), ["stay 2", "entry", "YYYY-MM-DD"]),
        (second_stay(entry="2023-2-1"), ["stay 2", "entry", "YYYY-MM-DD"]),
        (second_stay(exit=20230210), ["stay 2", "exit", "YYYY-MM-DD", "20230210"]),
        (second_stay(entry="1850-01-01"), ["stay 2", "entry", "1850-01-01", "plausible"]),
        (second_stay(exit="2500-01-01"), ["stay 2", "exit", "2500-01-01", "plausible"]),
        (
            second_stay(entry="2023-02-01", exit="2023-01-01"),
            ["stay 2 (KZ): exit 2023-01-01 is before entry 2023-02-01"],
        ),
        (
            second_stay(status="tourist"),
            ["stay 2 (KZ, entry 2023-02-01)", "'tourist'", "visa-free"],
        ),
        (second_stay(status=None, ground=3), ["stay 2", "ground", "text"]),
        (second_stay(note=["a"]), ["stay 2 (KZ, entry 2023-02-01)", "note must be text", "a list"]),
        (second_stay(note=None, status=False), ["stay 2", "status", "true/false"]),
    ],
)
def test_bad_field(tmp_path: Path, doc: dict[str, Any], words: list[str]) -> None:
    message = error_for(tmp_path, doc)
    for word in words:
        assert word in message


# -- files on disk ----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ItineraryError, match="no such file"):
        read_itinerary(tmp_path / "nowhere.stayplan")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ItineraryError, match="folder"):
        read_itinerary(tmp_path)


def test_oversize_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.stayplan"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_SIZE + 1)  # sparse: no disk used
    with pytest.raises(ItineraryError, match="larger than 20 MB"):
        read_itinerary(path)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root (or Windows) reads any file"
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = write_json(tmp_path, document())
    path.chmod(0)
    try:
        with pytest.raises(ItineraryError, match="permission denied"):
            read_itinerary(path)
    finally:
        path.chmod(0o600)


# -- generated input ----------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
wild = (
    json_values
    | st.dates().map(dt.date.isoformat)
    | st.text(alphabet="0123456789-T:", max_size=12)
    | st.sampled_from(["KZ", "kz", "XZ", "", "visa", "exempt", "visa-free", "stay-planner"])
)


def _as_stay(stay: dict[str, Any]) -> dict[str, Any]:
    """``exit`` is generated as a length in days; write both dates as text."""
    entry = stay["entry"]
    exit = entry + dt.timedelta(days=stay["exit"])
    return {**stay, "entry": entry.isoformat(), "exit": exit.isoformat()}


valid_stay = st.fixed_dictionaries(
    {
        "country": st.sampled_from(["KZ", "KG", "GE", "FR"]),
        "entry": st.dates(D("1900-01-01"), D("2199-01-01")),
        "exit": st.integers(0, 400),
    },
    optional={
        "status": st.sampled_from([s.value for s in Status]),
        "note": st.text(),
        "ground": st.text(),
        "extra": json_values,
    },
).map(_as_stay)


def spoiled(base: st.SearchStrategy[dict[str, Any]], keys: list[str]) -> st.SearchStrategy[Any]:
    """``base``, one time in five with one key set to a wild value or removed."""

    def apply(args: tuple[dict[str, Any], bool, str, Any, bool]) -> dict[str, Any]:
        doc, spoil, key, value, remove = args
        if spoil:
            doc = dict(doc)
            if remove:
                doc.pop(key, None)
            else:
                doc[key] = value
        return doc

    flag = st.sampled_from([False, False, False, False, True])
    return st.tuples(base, flag, st.sampled_from(keys), wild, st.booleans()).map(apply)


STAY_KEYS = ["country", "entry", "exit", "status", "note", "ground", "x"]
itinerary_like = spoiled(
    st.fixed_dictionaries(
        {
            "format": st.just("stay-planner"),
            "version": st.just(1),
            "traveller": spoiled(
                st.fixed_dictionaries({"name": st.text(), "nationality": st.just("RU")}),
                ["name", "nationality", "extra"],
            ),
            "stays": st.lists(spoiled(valid_stay, STAY_KEYS), max_size=4),
        },
        optional={"more": json_values},
    ),
    ["format", "version", "traveller", "stays", "more"],
)


@settings()
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_itinerary_error(data: bytes) -> None:
    with contextlib.suppress(ItineraryError):
        parse_itinerary_bytes(data, "generated")


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(json_values | itinerary_like)
def test_random_documents_raise_only_itinerary_error(doc: Any) -> None:
    """Parsed or refused, never another exception; what parses survives a save."""
    try:
        it = parse_itinerary(doc, "generated")
    except ItineraryError:
        it = None
    if it is not None:
        assert parse_itinerary_bytes(itinerary_to_bytes(it), "again") == it
    try:
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except ValueError:
        return
    with contextlib.suppress(ItineraryError):
        assert parse_itinerary_bytes(data, "generated") == it


def test_every_name_the_package_exports_resolves_and_is_listed() -> None:
    """The format's names load on first use (a module ``__getattr__``): each
    one the package exports is there, and ``dir()`` lists them all."""
    import planner.storage as storage

    for name in storage.__all__:
        assert getattr(storage, name) is not None, name
    assert set(storage.__all__) <= set(dir(storage))
    with pytest.raises(AttributeError):
        storage.no_such_name  # noqa: B018

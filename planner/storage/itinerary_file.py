"""Reading and writing itinerary files (``.stayplan``, JSON, UTF-8).

Reading goes parse -> validate -> migrate -> build: the bytes become plain
JSON values (:func:`parse_itinerary_bytes`), the document is checked field by
field and, if it is an older format version, migrated step by step through
:data:`_MIGRATIONS`; only then is the :class:`~planner.core.model.Itinerary`
built (:func:`parse_itinerary`). Every reason a file cannot be used raises an
:class:`~planner.storage.errors.ItineraryError` whose message names the file,
the stay and the field::

    Cannot open 'anna.stayplan': stay 2 (KZ): entry '2023-02-30' is not a real date.

The messages are in the current language (:func:`planner.i18n._`), looked up
when the error is raised; the keys and values of the file they quote are not
translated.

A stay's optional ``"registered": true`` says the registration its
destination asks for is done (its deadline shows as done). It is optional, so
the format stays version 1: a file without it is read as before, and an older
program keeps it as an unknown key and writes it back.

Keys the format does not know are kept in the ``extra`` mappings and written
back on save, so a file from a newer program that still says version 1 loses
nothing. A file whose version is newer than :data:`VERSION` is refused with
:class:`~planner.storage.errors.UnsupportedVersionError` and never touched.

Writing (:func:`write_itinerary`) goes through :mod:`planner.storage.output`:
the whole file is serialized and checked first (it must read back under the
same limits, :mod:`planner.limits`), written to a temporary file in the same
folder, flushed to disk and renamed over the target, so that a crash or a
full disk leaves either the old file or the new one, never a mixture.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from planner import limits
from planner.core.countries import is_country_code
from planner.core.model import Itinerary, Status, Stay, Traveller, checked_stay
from planner.i18n import _
from planner.storage import _fields, json_text
from planner.storage._fields import FieldError, kind
from planner.storage.atomic import os_problem
from planner.storage.errors import ItineraryError, UnsupportedVersionError
from planner.storage.output import Kind, write_output

FORMAT = "stay-planner"
VERSION = 1
EXTENSION = ".stayplan"

#: Files larger than this are refused before they are read (ours are a few KB).
MAX_FILE_SIZE = limits.MAX_ITINERARY_BYTES

#: Migrations of older format versions: ``_MIGRATIONS[n]`` takes a version-n
#: document (a plain dict, the caller's own copy) and returns the same
#: itinerary as a version n + 1 document; :func:`parse_itinerary` applies them
#: in order from the file's version up to :data:`VERSION`, then validates the
#: result as a current document. When the format changes, bump
#: :data:`VERSION` and add the step for the old version here, with a test that
#: opens a file of the old version. Migration happens on load only; the file
#: on disk changes when the user saves.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_TOP_KEYS = frozenset({"format", "version", "traveller", "stays"})
_TRAVELLER_KEYS = frozenset({"name", "nationality"})
_STAY_KEYS = frozenset({"country", "entry", "exit", "status", "ground", "note", "registered"})
_VISA_FREE = Status.VISA_FREE.value


# -- reading -------------------------------------------------------------------


def read_itinerary(path: Path | str, *, accept_newer: bool = False) -> Itinerary:
    """Open an itinerary file; raise :class:`ItineraryError` when it is unusable.

    With ``accept_newer`` a file from a newer format version is read as far
    as this version understands it (what it does not know is kept in
    ``extra``), for showing it read-only; without, it raises
    :class:`UnsupportedVersionError`.
    """
    origin = str(path)
    data = read_limited(path, _("an itinerary file"), itinerary=True)
    return parse_itinerary_bytes(data, origin, accept_newer=accept_newer)


def read_limited(path: Path | str, what: str, *, itinerary: bool = False) -> bytes:
    """The bytes of the file at ``path``; ``what`` names its kind in errors.

    Goes through :func:`planner.limits.read_regular`: folders, FIFOs and
    devices are refused before anything is read, and so are files over
    :data:`MAX_FILE_SIZE`, so that a mistaken ``/dev/zero`` or a huge file
    cannot hang us. ``what`` is in the current language, such as
    ``_("a CSV file")``; ``itinerary`` says why a large file is not one
    (itineraries are small).
    """
    origin = str(path)
    try:
        info = os.stat(path)
        if info.st_size > MAX_FILE_SIZE and stat.S_ISREG(info.st_mode):
            check_size(info.st_size, origin, what, itinerary=itinerary)
        data = limits.read_regular(path, MAX_FILE_SIZE, what)
    except limits.FileRefused as exc:
        raise ItineraryError(origin, str(exc)) from None
    except OSError as exc:
        raise ItineraryError(origin, os_problem(exc, reading=True)) from None
    except ValueError:  # e.g. a NUL character in the name
        raise ItineraryError(origin, _("this is not a valid file name")) from None
    return data


def check_size(size: int, origin: str, what: str, *, itinerary: bool = False,
               saving: bool = False) -> None:
    """Refuse more than :data:`MAX_FILE_SIZE` bytes (20 MB); the rest as for read_limited.

    With ``saving``, the bytes are about to be written: the program never
    writes a file larger than it reads back.
    """
    if size > MAX_FILE_SIZE:
        limit = MAX_FILE_SIZE // limits.MB
        if saving:
            message = _("it would be larger than {limit} MB ({size} bytes), more than Stay "
                        "Planner reads back; remove stays or shorten notes")
        elif itinerary:
            message = _("it is larger than {limit} MB ({size} bytes); itinerary files are a few "
                        "kilobytes, so this is not one")
        else:
            message = _("it is larger than {limit} MB ({size} bytes), too large for {what}")
        raise ItineraryError(origin, message.format(limit=limit, size=limits.grouped(size),
                                                    what=what), saving=saving)


def parse_itinerary_bytes(data: bytes, origin: str, *, accept_newer: bool = False
                          ) -> Itinerary:
    """Build an itinerary from the bytes of a file; ``origin`` names it in errors."""
    if not data:
        raise ItineraryError(origin, _("the file is empty"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ItineraryError(origin, _("it is saved as UTF-16 text; Stay Planner reads UTF-8"))
    if b"\x00" in data:
        raise ItineraryError(origin, _("it is not a text file (it holds binary data)"))
    try:
        source = data.decode("utf-8-sig")  # accepts and drops a byte order mark
    except UnicodeDecodeError as exc:
        raise ItineraryError(
            origin,
            _("it is not UTF-8 text (byte {byte} is invalid); an itinerary file is "
              "JSON text in UTF-8").format(byte=exc.start + 1),
        ) from None
    if not source.strip():
        raise ItineraryError(origin, _("the file is empty (it holds only blank space)"))
    shape = _fields.text_shape(source)
    if shape.depth > _fields.MAX_DEPTH:
        raise _too_deep(origin)
    try:
        doc = json_text.loads(source, shape)
    except json.JSONDecodeError as exc:
        raise ItineraryError(
            origin,
            _("it is not valid JSON: {error} at line {line}, column {column}")
            .format(error=exc.msg, line=exc.lineno, column=exc.colno),
        ) from None
    except RecursionError:
        raise _too_deep(origin) from None
    except (FieldError, ValueError) as exc:  # our hooks; numbers too long to convert
        raise ItineraryError(origin, _("it is not usable JSON: {error}").format(error=exc)
                             ) from None
    return parse_itinerary(doc, origin, accept_newer=accept_newer, depth_checked=True)


def _too_deep(origin: str) -> ItineraryError:
    return ItineraryError(
        origin,
        _("its lists and objects are nested more than {depth} levels deep; "
          "an itinerary never is").format(depth=_fields.MAX_DEPTH),
    )


# -- validating and building --------------------------------------------------


def parse_itinerary(doc: object, origin: str, *, accept_newer: bool = False,
                    depth_checked: bool = False) -> Itinerary:
    """Validate a parsed JSON document, migrate it, and build the itinerary.

    ``doc`` is what :func:`json.loads` returned for a whole file; ``origin``
    names the file in error messages. Unknown keys at the top, in the
    traveller and in each stay are deep-copied into the ``extra`` mappings.
    ``depth_checked``: the text ``doc`` came from was scanned for nesting
    already (:func:`parse_itinerary_bytes`), so the walk over ``doc`` is spared.
    """
    if not isinstance(doc, Mapping):
        raise ItineraryError(
            origin, _("it is not a Stay Planner itinerary (it holds {what}, not an object)")
            .format(what=kind(doc))
        )
    if not depth_checked and _fields.too_deep(doc):
        raise _too_deep(origin)
    if doc.get("format") != FORMAT:
        if "format" in doc:
            message = _('it is not a Stay Planner itinerary (its format is {what}, '
                        'not "{format}")')
        else:
            message = _('it is not a Stay Planner itinerary (it has no format, not "{format}")')
        raise ItineraryError(origin, message.format(what=kind(doc.get("format")), format=FORMAT))
    try:
        version = _version(doc, origin)
    except UnsupportedVersionError:
        if not accept_newer:
            raise
        version = VERSION
    if version < VERSION:
        doc = _migrate(doc, version, origin)
    try:
        return Itinerary(
            traveller=_traveller(doc),
            stays=_stays(doc),
            extra=_fields.extras(doc, _TOP_KEYS),
        )
    except FieldError as exc:
        raise ItineraryError(origin, str(exc)) from None


def _version(doc: Mapping[Any, Any], origin: str) -> int:
    if "version" not in doc:
        raise ItineraryError(origin, _('it has no format "version"'))
    version = doc["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ItineraryError(
            origin, _("its format version must be a whole number such as 1, not {what}")
            .format(what=kind(version))
        )
    if version < 1:
        raise ItineraryError(origin, _("its format version {version} is not valid")
                             .format(version=version))
    if version > VERSION:
        raise UnsupportedVersionError(origin, version, VERSION)
    return version


def _migrate(doc: Mapping[Any, Any], version: int, origin: str) -> Mapping[Any, Any]:
    migrated: dict[str, Any] = json.loads(json.dumps(doc))
    for step in range(version, VERSION):
        migration = _MIGRATIONS.get(step)
        if migration is None:
            raise ItineraryError(origin, _("format version {version} can no longer be read")
                                 .format(version=version))
        migrated = migration(migrated)
        migrated["version"] = step + 1
    return migrated


def _traveller(doc: Mapping[Any, Any]) -> Traveller:
    if "traveller" not in doc:
        raise FieldError(_('it has no "traveller" (an object such as {example})')
                         .format(example='{"name": "Anna"}'))
    raw = doc["traveller"]
    if not isinstance(raw, Mapping):
        raise FieldError(_('"traveller" must be an object, not {what}').format(what=kind(raw)))
    try:
        name = _fields.text(raw.get("name", ""), "name")
        nationality = ""
        if "nationality" in raw:
            nationality = _fields.country(raw["nationality"], "nationality")
        extra = _fields.extras(raw, _TRAVELLER_KEYS)
    except FieldError as exc:
        raise FieldError(_("traveller: {problem}").format(problem=exc)) from None
    return Traveller(name=name, nationality=nationality, extra=extra)


def _stays(doc: Mapping[Any, Any]) -> tuple[Stay, ...]:
    if "stays" not in doc:
        raise FieldError(_('it has no "stays" list'))
    raw = doc["stays"]
    if not isinstance(raw, list | tuple):
        raise FieldError(_('"stays" must be a list of stays, not {what}').format(what=kind(raw)))
    if len(raw) > limits.MAX_STAYS:
        raise FieldError(too_many_stays(len(raw)))
    days: dict[str, dt.date] = {}  # each date read once: a travel day is two stays' date
    return tuple(_stay(item, number, days) for number, item in enumerate(raw, start=1))


def too_many_stays(n: int) -> str:
    """``it holds 300,000 stays; Stay Planner reads at most 100,000``."""
    return _("it holds {n} stays; Stay Planner reads at most {limit}").format(
        n=limits.grouped(n), limit=limits.grouped(limits.MAX_STAYS))


def _stay(raw: object, number: int, days: dict[str, dt.date]) -> Stay:
    """Stay ``number`` (from 1) of the file; ``days``: the dates read so far, by text."""
    if type(raw) is not dict and not isinstance(raw, Mapping):  # (the first test: quick)
        raise FieldError(
            _("stay {number} must be an object such as {example}, not {what}").format(
                number=number, what=kind(raw),
                example='{"country": "KZ", "entry": "2023-02-01", "exit": "2023-02-10"}')
        )
    country: str | None = None
    dated: dt.date | None = None  # the entry, once the dates are known to be in order
    try:
        if "country" in raw and "entry" in raw and "exit" in raw:  # as they should be
            code = raw["country"]  # (named in errors only once it is a country code)
            country = code if is_country_code(code) else _fields.country(code)  # (says why)
            entry, exit = raw["entry"], raw["exit"]  # (a date read before, or read now)
            entry = (type(entry) is str and days.get(entry)) or _date(entry, "entry", days)
            exit = (type(exit) is str and days.get(exit)) or _date(exit, "exit", days)
        else:  # one is missing: say which, after what is wrong with those before it
            country = _fields.country(_required(raw, "country"))
            entry = _date(_required(raw, "entry"), "entry", days)
            exit = _date(_required(raw, "exit"), "exit", days)
        if exit < entry:
            raise FieldError(exit_before_entry(exit, entry))
        dated = entry
        written = raw.get("status", _VISA_FREE)
        status = _fields.STATUS_OF.get(written) if type(written) is str else None
        if status is None:
            status = _fields.status(written)  # (says why)
        # (read once per stay: the checks are called only for a value that is not
        # what the format wants, to say why)
        ground = raw.get("ground", "")
        if type(ground) is not str:
            ground = _fields.text(ground, "ground")
        note = raw.get("note", "")
        if type(note) is not str:
            note = _fields.text(note, "note")
        registered = raw.get("registered", False)
        if registered is not False and registered is not True:
            registered = _fields.flag(registered, "registered")
        extra = _fields.NO_EXTRAS if raw.keys() <= _STAY_KEYS \
            else _fields.extras(raw, _STAY_KEYS)
    except FieldError as exc:
        raise FieldError(f"{_stay_label(number, country, dated)}: {exc}") from None
    return checked_stay(country, entry, exit, status, note, ground, extra, registered)


def _date(value: object, name: str, days: dict[str, dt.date]) -> dt.date:
    """:func:`_fields.date`, remembered in ``days`` by its text."""
    if not isinstance(value, str):
        return _fields.date(value, name)
    known = days.get(value)
    if known is None:
        known = days[value] = _fields.date(value, name)
    return known


def _stay_label(number: int, country: str | None, entry: dt.date | None) -> str:
    """``stay 2 (KZ, entry 2023-02-01)``, with as much as is known to be right."""
    if country is None:
        return _("stay {number}").format(number=number)
    if entry is None:
        return _("stay {number} ({country})").format(number=number, country=country)
    return _("stay {number} ({country}, entry {entry})").format(
        number=number, country=country, entry=entry.isoformat())


def exit_before_entry(exit: dt.date, entry: dt.date) -> str:
    """``exit 2023-01-01 is before entry 2023-02-01``."""
    return _("exit {exit} is before entry {entry}").format(exit=exit.isoformat(),
                                                           entry=entry.isoformat())


def _required(raw: Mapping[Any, Any], key: str) -> object:
    if key in raw:
        return raw[key]
    if key == "country":
        raise FieldError(_('it has no country ("country")'))
    if key == "entry":
        raise FieldError(_('it has no entry date ("entry")'))
    raise FieldError(_('it has no exit date ("exit")'))


# -- writing --------------------------------------------------------------------


def itinerary_to_dict(it: Itinerary) -> dict[str, Any]:
    """The itinerary as a version-1 document, extras included (deep copies).

    Key order: format, version, traveller, stays, then extras; in a stay:
    country, entry, exit, status, ground and note (each only when not empty),
    ``registered`` (only when true), then extras. A known key always wins over
    an extra of the same name.
    """
    traveller: dict[str, Any] = {"name": it.traveller.name}
    if it.traveller.nationality:
        traveller["nationality"] = it.traveller.nationality
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "traveller": _with_extras(traveller, it.traveller.extra, _TRAVELLER_KEYS),
        "stays": [_stay_to_dict(stay) for stay in it.stays],
    }
    return _with_extras(doc, it.extra, _TOP_KEYS)


def _stay_to_dict(stay: Stay) -> dict[str, Any]:
    out: dict[str, Any] = {
        "country": stay.country,
        "entry": stay.entry.isoformat(),
        "exit": stay.exit.isoformat(),
        "status": stay.status.value,
    }
    if stay.ground:
        out["ground"] = stay.ground
    if stay.note:
        out["note"] = stay.note
    if stay.registered:
        out["registered"] = True
    return _with_extras(out, stay.extra, _STAY_KEYS)


def _with_extras(
    out: dict[str, Any], extra: Mapping[str, Any], known: frozenset[str]
) -> dict[str, Any]:
    for key, value in extra.items():
        if key not in known:
            out[key] = json.loads(json.dumps(value))
    return out


def itinerary_to_bytes(it: Itinerary, origin: str = "") -> bytes:
    """The file's bytes: UTF-8 JSON, indented, with a final newline.

    The document is checked as if it were being opened, so that the program
    never writes a file it would refuse to read; ``origin`` names the file in
    the :class:`ItineraryError` raised when it is not valid.
    """
    try:
        doc = itinerary_to_dict(it)
        parse_itinerary(doc, origin)
    except ItineraryError as exc:
        raise ItineraryError(origin, exc.detail, saving=True) from None
    except (TypeError, ValueError, RecursionError) as exc:  # extras that are not JSON
        raise ItineraryError(
            origin, _("its extra data is not plain JSON ({error})").format(error=exc),
            saving=True,
        ) from None
    try:
        text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)
        data = (text + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, read from a "\udXXX" escape
        data = (json.dumps(doc, ensure_ascii=True, indent=2) + "\n").encode("ascii")
    check_size(len(data), origin, _("an itinerary file"), itinerary=True, saving=True)
    return data


def write_itinerary(it: Itinerary, path: Path | str, *, force: bool = True,
                    inputs: Iterable[Path | str] = ()) -> None:
    """Save atomically: the file at ``path`` is either the old one or the new.

    Through :func:`planner.storage.output.write_output`: the bytes are
    checked to read back under the reader's limits, go to a temporary file
    in the same folder (``.NAME.PID.XXXX.tmp``), are flushed to disk and
    renamed over the target; an existing file keeps its permission bits, and
    a symbolic link keeps pointing at the file it named. ``force`` (the
    default, as for the window's Save) allows replacing an existing file;
    ``inputs`` are files never to be written over. On any failure the target
    is untouched; :class:`ItineraryError` says what went wrong.
    """
    origin = str(path)
    data = itinerary_to_bytes(it, origin)
    write_output(path, data, Kind.ITINERARY, force=force, inputs=inputs, origin=origin,
                 check=lambda written: parse_itinerary_bytes(written, origin))

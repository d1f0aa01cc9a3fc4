"""Calendar exchange: stays to iCalendar (RFC 5545) and events back to stays.

Export (:func:`itinerary_to_ics`, :func:`write_ics`) writes every stay as an
all-day event. A stay from 2023-02-01 to 2023-02-03 (three days present)
becomes::

    DTSTART;VALUE=DATE:20230201
    DTEND;VALUE=DATE:20230204          (the day after the exit: DTEND is exclusive)
    SUMMARY:Kazakhstan — Almaty        (the country's English name and the note)
    X-STAY-PLANNER-COUNTRY:KZ
    X-STAY-PLANNER-STATUS:visa-free

with ``X-STAY-PLANNER-REGISTERED:TRUE`` for a stay marked registered, and
``X-STAY-PLANNER-GROUND``, ``X-STAY-PLANNER-NOTE`` and
``X-STAY-PLANNER-EXTRA`` (the stay's unknown keys as JSON) when they are not
empty, so that importing our own file gives back the same stays, character
for character (these three are percent-encoded where iCalendar escaping is
not exact: ``"Алматы, квартира"`` is written ``Алматы%2C квартира``). The
calendar carries the traveller's name in ``X-WR-CALNAME`` (the name calendar
programs show) and in ``X-STAY-PLANNER-TRAVELLER``, the nationality in
``X-STAY-PLANNER-NATIONALITY``.

Import (:func:`parse_ics`, :func:`read_ics`) does not decide which events are
stays: it lists every event as an :class:`IcsEvent` with its dates and the
country it seems to be about, the user picks and maps them, and
:func:`itinerary_from_events` builds the itinerary. Dates:

* all-day event: entry = DTSTART, exit = DTEND − 1 day (DTEND is exclusive);
  no DTEND (and no DURATION) means one day;
* timed event: each end is taken in the time zone it is written in — a
  ``TZID`` gives that zone's local date, a UTC time (``Z``) the UTC date, a
  floating time the date as written. Entry is the date of DTSTART, exit the
  date of one microsecond before DTEND, so an event ending at midnight does
  not occupy the next day. A flight from 2023-03-01 23:30 Asia/Almaty to
  2023-03-02 01:10 Europe/Moscow is entry 2023-03-01, exit 2023-03-02.
* an event that ends before it starts (or lasts no time) is one day, its
  start day;
* a repeating event (RRULE or RDATE) is listed once, with its first
  occurrence's dates and :attr:`IcsEvent.recurring` set; it is not expanded.

Everything a file can do wrong raises
:class:`~planner.storage.errors.ItineraryError`; one unreadable event does not
spoil the file, it is listed in :attr:`IcsPreview.problems` instead. Messages
are in the current language (:func:`planner.i18n._`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from icalendar import Calendar, Event, vText

from planner import log
from planner.core.countries import is_country_code
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.i18n import _
from planner.limits import MAX_STAYS, grouped
from planner.names import country_name, find_country
from planner.storage import _fields
from planner.storage._exchange import (
    check_size,
    decode_text,
    implausible,
    read_limited,
)
from planner.storage._fields import not_a_status
from planner.storage.errors import ItineraryError
from planner.storage.output import Kind, write_output

PRODID = "-//Stay Planner//EN"
X_COUNTRY = "X-STAY-PLANNER-COUNTRY"
X_STATUS = "X-STAY-PLANNER-STATUS"
X_GROUND = "X-STAY-PLANNER-GROUND"
X_NOTE = "X-STAY-PLANNER-NOTE"
X_REGISTERED = "X-STAY-PLANNER-REGISTERED"
X_EXTRA = "X-STAY-PLANNER-EXTRA"
X_TRAVELLER = "X-STAY-PLANNER-TRAVELLER"
X_NATIONALITY = "X-STAY-PLANNER-NATIONALITY"

_ONE_DAY = dt.timedelta(days=1)
_TICK = dt.timedelta(microseconds=1)


# -- export ---------------------------------------------------------------------


def stay_uid(stay: Stay, index: int) -> str:
    """A UID that is the same each time the same stay is exported at ``index``.

    It is derived from the stay's content and position, so exporting an
    unchanged itinerary twice gives the same UIDs (a calendar program that
    imports both updates rather than duplicates the events).
    """
    content = "\x1f".join([
        str(index), stay.country, stay.entry.isoformat(), stay.exit.isoformat(),
        stay.status.value, stay.ground, stay.note,
    ])
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{digest[:32]}@stay-planner"


def stay_summary(stay: Stay) -> str:
    """The event title: the country's English name, then the note if any."""
    name = country_name(stay.country, "en")
    return f"{name} — {stay.note}" if stay.note else name


def itinerary_to_ics(it: Itinerary, *, now: dt.datetime | None = None) -> bytes:
    """The itinerary as iCalendar bytes (UTF-8, CRLF line ends).

    ``now`` is the DTSTAMP of every event (default: the current UTC time);
    pass it to get the same bytes twice.
    """
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _text(it.traveller.name or "Stay Planner"))
    if it.traveller.name:
        cal.add(X_TRAVELLER, _exact(it.traveller.name))
    if it.traveller.nationality:
        cal.add(X_NATIONALITY, it.traveller.nationality)
    for index, stay in enumerate(it.stays):
        cal.add_component(_stay_event(stay, index, stamp))
    data: bytes = cal.to_ical()
    return data


def _stay_event(stay: Stay, index: int, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", stay_uid(stay, index))
    event.add("dtstamp", stamp)
    event.add("dtstart", stay.entry)
    event.add("dtend", stay.exit + _ONE_DAY)
    event.add("summary", _text(stay_summary(stay)))
    event.add("transp", "TRANSPARENT")  # a stay does not make the user busy
    event.add(X_COUNTRY, stay.country)
    event.add(X_STATUS, stay.status.value)
    if stay.ground:
        event.add(X_GROUND, _exact(stay.ground))
    if stay.registered:
        event.add(X_REGISTERED, "TRUE")
    if stay.note:
        event.add(X_NOTE, _exact(stay.note))
    if stay.extra:
        extra = json.dumps(dict(stay.extra), ensure_ascii=True, sort_keys=True)
        event.add(X_EXTRA, _exact(extra))
    return event


def _text(value: str) -> vText:
    """Text for a property people read (SUMMARY, X-WR-CALNAME).

    Line breaks of any kind become ``\\n`` in the file; characters that cannot
    be written (lone surrogates) become U+FFFD; other control characters
    become spaces. The exact text goes in our X- properties (:func:`_exact`).
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _SURROGATE.sub("\ufffd", value)
    return vText("".join(" " if _breaks_line(c) and c not in "\n\t" else c for c in value))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _breaks_line(char: str) -> bool:
    """Control characters and line or paragraph separators."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def _unsafe(char: str) -> bool:
    """True for a character our X- properties percent-encode (a BOM too: readers drop it)."""
    return char in "%\\;,\ufeff" or _breaks_line(char) or "\ud800" <= char <= "\udfff"


def _exact(value: str) -> str:
    """Text for our X- properties, written so that reading it back is exact.

    iCalendar's TEXT escaping has no form for a lone CR, and calendar
    libraries disagree on backslashes, so ``%``, ``\\``, ``;``, ``,``, U+FEFF and
    control characters (line breaks included) are percent-encoded as UTF-8
    instead (``"Алматы, квартира"`` -> ``"Алматы%2C квартира"``); every
    other character, Cyrillic included, stays readable. See :func:`_unexact`.
    """
    return "".join(quote(c, safe="", errors="surrogatepass") if _unsafe(c) else c
                   for c in value)


def _unexact(value: str) -> str:
    """The text :func:`_exact` wrote (and tolerates a hand-written ``\\,``)."""
    return unquote(_unescape(value), errors="surrogatepass")


def write_ics(it: Itinerary, path: Path | str, *, now: dt.datetime | None = None,
              force: bool = True, inputs: Iterable[Path | str] = ()) -> None:
    """Export to ``path`` safely (see :func:`~planner.storage.output.write_output`).

    ``force`` allows replacing an existing file (never an itinerary);
    ``inputs`` are files never to be written over.
    """
    write_output(path, itinerary_to_ics(it, now=now), Kind.ICS, force=force, inputs=inputs,
                 check=lambda data: parse_ics(data, str(path)))


# -- import ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One event of a calendar file, read as a possible stay.

    ``index`` is the event's position among the file's events (0-based), the
    key of the mapping :func:`itinerary_from_events` takes. ``entry`` and
    ``exit`` are days present, both included. ``country`` is the country the
    event names (our X- property, else a country name or code in the
    summary), ``None`` when it names none. ``status``, ``ground``, ``note``
    and ``extra`` come from our X- properties; for another program's event
    the note is its summary.
    """

    index: int
    uid: str
    summary: str
    entry: dt.date
    exit: dt.date
    all_day: bool
    country: str | None = None
    status: Status = Status.VISA_FREE
    ground: str = ""
    note: str = ""
    recurring: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    registered: bool = False

    def to_stay(self, country: str | None = None) -> Stay:
        """The stay this event stands for, in ``country`` (default: the detected one)."""
        code = country or self.country
        if code is None or not is_country_code(code):
            raise ValueError(f"event {self.index + 1} has no country: pass one")
        return Stay(code, self.entry, self.exit, self.status, note=self.note,
                    ground=self.ground, extra=dict(self.extra), registered=self.registered)


@dataclass(frozen=True, slots=True)
class IcsProblem:
    """An event that cannot be read; ``str()`` gives a line such as
    ``event 3 "Dentist": it has no start date (DTSTART)``."""

    index: int
    summary: str
    message: str

    def __str__(self) -> str:
        if not self.summary:
            return _("event {number}: {problem}").format(number=self.index + 1,
                                                         problem=self.message)
        return _("event {number} {title}: {problem}").format(
            number=self.index + 1, title=json.dumps(self.summary, ensure_ascii=False),
            problem=self.message)


@dataclass(frozen=True, slots=True)
class IcsPreview:
    """What a calendar file holds: its events, the traveller, unreadable events.

    ``traveller`` is the one our own export names (empty for other files).
    """

    events: list[IcsEvent]
    traveller: Traveller = field(default_factory=Traveller)
    problems: list[IcsProblem] = field(default_factory=list)


def read_ics(path: Path | str) -> IcsPreview:
    """Read a calendar file; :class:`ItineraryError` when it cannot be used."""
    return parse_ics(read_limited(path, _("an iCalendar file")), str(path))


def parse_ics(data: bytes, origin: str = "") -> IcsPreview:
    """List the events in iCalendar bytes; ``origin`` names the file in errors."""
    what = _("an iCalendar file")
    check_size(len(data), origin, what)
    text = decode_text(data, origin, what)
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        raise ItineraryError(origin, _("it is not {what} (it does not begin with "
                                       "BEGIN:VCALENDAR)").format(what=what))
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # noqa: BLE001 - icalendar raises many kinds on broken input
        log.storage.info("%s is not a readable iCalendar file", origin, exc_info=True)
        raise ItineraryError(
            origin, _("it is not a readable iCalendar file ({reason})")
            .format(reason=_reason(exc))
        ) from None
    events: list[IcsEvent] = []
    problems: list[IcsProblem] = []
    traveller = Traveller()
    for cal in calendars:
        traveller = traveller if traveller.name or traveller.nationality else _traveller(cal)
        for component in _events(cal):
            index = len(events) + len(problems)
            if index >= MAX_STAYS:
                raise ItineraryError(origin, _("it has more than {limit} events; an itinerary "
                                               "holds at most {limit} stays")
                                     .format(limit=grouped(MAX_STAYS)))
            try:
                events.append(_event(component, index))
            except _EventProblem as exc:
                problems.append(IcsProblem(index, _label(component), str(exc)))
    if not events and not problems:
        raise ItineraryError(origin, _("it holds no events"))
    return IcsPreview(events=events, traveller=traveller, problems=problems)


class _EventProblem(Exception):
    """One event that cannot be read; the message says why."""


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _events(cal: Any) -> list[Any]:
    try:
        return [c for c in cal.walk("VEVENT") if isinstance(c, Event)]
    except Exception:  # noqa: BLE001 - logged; a broken calendar is the user's file, not our bug
        log.storage.warning("an iCalendar component tree could not be walked", exc_info=True)
        return []


def _label(component: Any) -> str:
    """The event's summary, shortened, for a message; empty if unreadable."""
    try:
        summary = " ".join(_plain(component.get("summary")).split())
    except Exception:  # noqa: BLE001 - logged; a broken calendar is the user's file, not our bug
        log.storage.info("an event's summary could not be read", exc_info=True)
        return ""
    return summary if len(summary) <= 40 else summary[:37] + "..."


def _traveller(cal: Any) -> Traveller:
    try:
        name = _unexact(_plain(cal.get(X_TRAVELLER)))
        nationality = _plain(cal.get(X_NATIONALITY)).strip().upper()
    except Exception:  # noqa: BLE001 - logged; a broken calendar is the user's file, not our bug
        log.storage.warning("the calendar's traveller properties could not be read",
                            exc_info=True)
        return Traveller()
    return Traveller(name=name, nationality=nationality if is_country_code(nationality) else "")


_ESCAPE = re.compile(r"\\([\\;,nN])")


def _plain(value: Any) -> str:
    """The text of a property: unescaped, whichever type icalendar gave it."""
    if value is None:
        return ""
    if isinstance(value, list):  # the property appears more than once: take the first
        return _plain(value[0]) if value else ""
    if isinstance(value, vText):
        return str(value)
    raw = value.to_ical() if hasattr(value, "to_ical") else value
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    return _unescape(str(raw))  # an X- property comes raw, still escaped


def _unescape(text: str) -> str:
    """Undo RFC 5545 TEXT escaping in one pass (``\\\\n`` is a backslash and n)."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _event(component: Any, index: int) -> IcsEvent:
    try:
        entry, exit, all_day = _dates(component)
        summary = _plain(component.get("summary"))
        uid = _plain(component.get("uid"))
        recurring = component.get("rrule") is not None or component.get("rdate") is not None
        ours = component.get(X_COUNTRY) is not None
        country = _plain(component.get(X_COUNTRY)).strip().upper() if ours else None
        status = _status(_plain(component.get(X_STATUS)))
        ground = _unexact(_plain(component.get(X_GROUND)))
        note = _unexact(_plain(component.get(X_NOTE))) if ours else summary
        extra = _extra(_unexact(_plain(component.get(X_EXTRA))))
        registered = _plain(component.get(X_REGISTERED)).strip().upper() == "TRUE"
    except _EventProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken property of any kind
        log.storage.info("event %d cannot be read", index, exc_info=True)
        raise _EventProblem(_("it cannot be read ({reason})").format(reason=_reason(exc))
                            ) from None
    if country is None or not is_country_code(country):
        country = find_country(summary)
    for day in (entry, exit):
        why = implausible(day)
        if why is not None:
            raise _EventProblem(why)
    return IcsEvent(index=index, uid=uid, summary=summary, entry=entry, exit=exit,
                    all_day=all_day, country=country, status=status, ground=ground,
                    note=note, recurring=recurring, extra=extra, registered=registered)


def _dates(component: Any) -> tuple[dt.date, dt.date, bool]:
    """Entry, exit (inclusive) and whether the event is all-day; see the module."""
    if component.get("dtstart") is None:
        raise _EventProblem(_("it has no start date (DTSTART)"))
    start = component.decoded("dtstart")
    if not isinstance(start, dt.date):
        raise _EventProblem(_("its start (DTSTART) is not a date or a time"))
    end: Any = None
    if component.get("dtend") is not None:
        end = component.decoded("dtend")
    elif component.get("duration") is not None:
        duration = component.decoded("duration")
        if isinstance(duration, dt.timedelta):
            end = start + duration
    all_day = not isinstance(start, dt.datetime)
    entry = _day(start)
    if end is None or not isinstance(end, dt.date):
        return entry, entry, all_day
    exit = _day(end - _TICK) if isinstance(end, dt.datetime) else end - _ONE_DAY
    return entry, max(entry, exit), all_day


def _day(value: dt.date) -> dt.date:
    """The date of a DTSTART or DTEND in the zone it is written in."""
    return value.date() if isinstance(value, dt.datetime) else value


def _status(text: str) -> Status:
    """Our ``X-STAY-PLANNER-STATUS``; empty is visa-free, anything unknown is reported."""
    word = text.strip().lower()
    if not word:
        return Status.VISA_FREE
    for status in Status:
        if status.value == word:
            return status
    raise _EventProblem(not_a_status(repr(text.strip()[:40])))


def _extra(text: str) -> Mapping[str, Any]:
    """The stay's unknown keys from ``X-STAY-PLANNER-EXTRA``; ``{}`` unless plain JSON."""
    if not text or _fields.text_too_deep(text):
        return {}
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(value, dict) or _fields.too_deep(value):
        return {}
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# -- building -------------------------------------------------------------------


def itinerary_from_events(
    events: Iterable[IcsEvent],
    countries: Mapping[int, str] | None = None,
    *,
    traveller: Traveller | None = None,
    origin: str = "",
) -> Itinerary:
    """The itinerary made of the chosen ``events``, in the order given.

    ``countries`` maps an event's :attr:`~IcsEvent.index` to the country the
    user chose for it; events not in it keep their detected country. An
    event with neither raises :class:`ItineraryError` (``origin`` names the
    file). ``traveller`` defaults to an anonymous one.
    """
    chosen = countries or {}
    stays: list[Stay] = []
    for event in events:
        code = chosen.get(event.index, event.country)
        if code is None or not is_country_code(code):
            if code is None:
                message = _("event {number} ({title}) has no country")
            else:
                message = _("event {number} ({title}) has the country {code}, not an ISO code")
            raise ItineraryError(origin, message.format(
                number=event.index + 1, title=repr(event.summary), code=repr(code)))
        stays.append(event.to_stay(code))
    return Itinerary(traveller=traveller or Traveller(), stays=tuple(stays))


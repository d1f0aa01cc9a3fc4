"""Deadlines as an iCalendar file with reminders, for the user's phone and calendar.

:func:`deadlines_to_ics` takes the rows of :func:`planner.api.deadlines` and
writes one all-day event per deadline (done registrations included, marked
done and without reminders), for example a registration due on 13 March 2024::

    UID:5f0c…@deadlines.stay-planner
    DTSTART;VALUE=DATE:20240313
    DTEND;VALUE=DATE:20240314
    SUMMARY:Register in KZ (stay #1)
    DESCRIPTION:Kazakhstan: the host … within 3 working days of each entry\\n
     Source: Rules for the entry and stay of immigrants …
    TRANSP:TRANSPARENT
    BEGIN:VALARM
    ACTION:DISPLAY
    TRIGGER;RELATED=START:-P3D
    DESCRIPTION:Register in KZ (stay #1)
    END:VALARM                     (and one more, one day before)

The UID is a hash of the itinerary file's identity (its absolute path), the
deadline's kind, the stay (its index in the file) and the rule — not of the
date — so that exporting again after a stay moved gives the same UID and a
calendar program that imports the new file updates the event instead of adding
a second one. Tax thresholds, which belong to no stay, are told apart by the
order in which a rule's thresholds come.

The words are in the current language (:func:`planner.i18n._`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from icalendar import Alarm, Calendar, Event, vText

from planner.i18n import _
from planner.storage.deadline_uid import deadline_uid
from planner.storage.errors import ItineraryError
from planner.storage.output import Kind, write_output

PRODID = "-//Stay Planner//Deadlines//EN"
#: Days before a deadline its reminders ring, unless the caller says otherwise.
DEFAULT_REMINDERS = (3, 1)
_ONE_DAY = dt.timedelta(days=1)


def summary(row: Mapping[str, Any]) -> str:
    """A deadline in a few words: "Register in KZ (stay #1)"."""
    country, index = row["country"], row["index"]
    stay = "" if index is None else " " + _("(stay #{n})").format(n=index + 1)
    match row["kind"]:
        case "latest-exit":
            text = _("Leave {country} by this day").format(country=country)
        case "registration":
            text = _("Register in {country}").format(country=country)
            if row["done"]:
                text = _("Registered in {country}").format(country=country)
        case "tax-residency":
            return _("{country}: {days} days present — tax resident by the presence test "
                     "(not tax advice)").format(country=country, days=row["days"])
        case "rule-ends":
            text = _("A rule for {country} ends during your stay").format(country=country)
        case _:
            text = f"{row['kind']} {country}"
    return text + stay


def description(row: Mapping[str, Any]) -> str:
    """The rule and its source, for the event's DESCRIPTION."""
    lines = []
    if row["title"]:
        lines.append(row["title"])
    if row["kind"] == "latest-exit":
        lines.append(_("The last day you may leave without breaking a stay limit, as planned."))
    if row["kind"] == "rule-ends":
        after = ", ".join(row["next_rules"]) or _("no rule data (the days after are unchecked)")
        lines.append(_("In force the day after: {rules}").format(rules=after))
    if row["overdue"]:
        lines.append(_("This registration is overdue."))
    if row["source"]:
        lines.append(_("Source: {source}").format(source=row["source"]))
    if row["rule"]:
        lines.append(_("Rule: {rule}").format(rule=row["rule"]))
    lines.append(_("From Stay Planner; check with the authorities, this is not legal or tax "
                   "advice."))
    return "\n".join(lines)


def deadlines_to_ics(rows: Sequence[Mapping[str, Any]], identity: str, *,
                     reminders: Iterable[int] = DEFAULT_REMINDERS,
                     name: str = "", now: dt.datetime | None = None) -> bytes:
    """The deadlines as iCalendar bytes; ``reminders`` are days before (0: that day)."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", vText(_("Stay Planner deadlines") + (f" — {name}" if name else "")))
    seen: dict[tuple[str, str], int] = {}
    days_before = sorted(set(reminders), reverse=True)
    for row in rows:
        key = (row["kind"], f"{row['index']}|{row['rule']}")
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        cal.add_component(_event(row, identity, occurrence, stamp, days_before))
    return bytes(cal.to_ical())


def _event(row: Mapping[str, Any], identity: str, occurrence: int, stamp: dt.datetime,
           days_before: Sequence[int]) -> Event:
    day = dt.date.fromisoformat(row["date"])
    event = Event()
    event.add("uid", deadline_uid(identity, row, occurrence))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + _ONE_DAY)
    event.add("summary", vText(summary(row)))
    event.add("description", vText(description(row)))
    event.add("transp", "TRANSPARENT")
    event.add("categories", [row["kind"]])
    if row["done"]:
        event.add("status", "CANCELLED")
        return event
    for n in days_before:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -dt.timedelta(days=n), parameters={"RELATED": "START"})
        alarm.add("description", vText(summary(row)))
        event.add_component(alarm)
    return event


def write_deadlines_ics(rows: Sequence[Mapping[str, Any]], identity: str, path: Path | str,
                        *, reminders: Iterable[int] = DEFAULT_REMINDERS, name: str = "",
                        now: dt.datetime | None = None, force: bool = True,
                        inputs: Iterable[Path | str] = ()) -> None:
    """Write :func:`deadlines_to_ics` to ``path`` through the one output path.

    (:func:`planner.storage.output.write_output`: never over an itinerary or
    one of ``inputs``, an existing file only with ``force``, re-read before it
    is put in place.)
    """
    data = deadlines_to_ics(rows, identity, reminders=reminders, name=name, now=now)
    write_output(path, data, Kind.ICS, force=force, inputs=inputs, check=_readable)


def _readable(data: bytes) -> None:
    """Refuse calendar bytes that icalendar cannot read back (it never happens)."""
    try:
        Calendar.from_ical(data)
    except Exception as exc:  # noqa: BLE001 - icalendar raises many kinds
        raise ItineraryError("", f"the calendar written cannot be read back ({exc})") from None

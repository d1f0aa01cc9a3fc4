"""Shared helpers of the calendar (ICS) and spreadsheet (CSV) importers.

Reading a foreign file with the same limits as an itinerary file
(:func:`~planner.storage.itinerary_file.read_limited`), decoding its text,
and checking that a date is one an itinerary may hold. Messages are in the
current language (:func:`planner.i18n._`).
"""

from __future__ import annotations

import datetime as dt

from planner.i18n import _
from planner.storage._fields import FIRST_YEAR, LAST_YEAR, not_plausible
from planner.storage.errors import ItineraryError
from planner.storage.itinerary_file import check_size, read_limited

__all__ = ["check_size", "decode_text", "implausible", "read_limited"]


def decode_text(data: bytes, origin: str, what: str) -> str:
    """Text of a file in UTF-8 (with or without a byte order mark) or UTF-16 with one.

    ``what`` names the kind of file, translated, as for :func:`read_limited`.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ItineraryError(origin, _("it is not readable UTF-16 text, so not {what}")
                                 .format(what=what)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ItineraryError(
            origin,
            _("it is not UTF-8 text (byte {byte} is invalid); save {what} as UTF-8")
            .format(byte=exc.start + 1, what=what),
        ) from None


def implausible(day: dt.date, name: str | None = None) -> str | None:
    """Why an itinerary may not hold ``day`` (years 1900-2200), or ``None``.

    ``name`` (such as ``"entry"``) begins the message when given.
    """
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return not_plausible(day.isoformat(), name)

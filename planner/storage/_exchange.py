"""Shared helpers of the calendar (ICS) and spreadsheet (CSV) importers.

Reading a foreign file with the same limits as an itinerary file
(:func:`~planner.storage.itinerary_file.read_limited`), decoding its text,
and checking that a date is one an itinerary may hold.
"""

from __future__ import annotations

import datetime as dt

from planner.storage._fields import FIRST_YEAR, LAST_YEAR
from planner.storage.errors import ItineraryError
from planner.storage.itinerary_file import check_size, read_limited

__all__ = ["check_size", "decode_text", "implausible", "read_limited"]


def decode_text(data: bytes, origin: str, what: str) -> str:
    """Text of a file in UTF-8 (with or without a byte order mark) or UTF-16 with one."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ItineraryError(origin, f"it is not readable UTF-16 text, so not {what}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ItineraryError(
            origin,
            f"it is not UTF-8 text (byte {exc.start + 1} is invalid); save {what} as UTF-8",
        ) from None


def implausible(day: dt.date) -> str | None:
    """Why an itinerary may not hold ``day`` (years 1900-2200), or ``None``."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return f"{day.isoformat()} is not a plausible date (years {FIRST_YEAR} to {LAST_YEAR})"

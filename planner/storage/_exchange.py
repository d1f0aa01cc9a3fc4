"""Shared helpers of the calendar (ICS) and spreadsheet (CSV) importers.

Reading a foreign file with the same limits as an itinerary file (a regular
file, at most :data:`~planner.storage.itinerary_file.MAX_FILE_SIZE` bytes),
decoding its text, and checking that a date is one an itinerary may hold.
"""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from planner.storage._fields import FIRST_YEAR, LAST_YEAR
from planner.storage.atomic import os_problem
from planner.storage.errors import ItineraryError
from planner.storage.itinerary_file import MAX_FILE_SIZE


def read_limited(path: Path | str, what: str) -> bytes:
    """The bytes of the file at ``path``; ``what`` names its kind in errors.

    Refuses folders, devices and files over the size limit before reading
    them, so that a mistaken ``/dev/zero`` or a huge file cannot hang us.
    """
    origin = str(path)
    target = Path(path)
    try:
        info = target.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ItineraryError(origin, f"it is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise ItineraryError(origin, "it is not a regular file")
        check_size(info.st_size, origin, what)
        with target.open("rb") as stream:
            data = stream.read(MAX_FILE_SIZE + 1)
    except OSError as exc:
        raise ItineraryError(origin, os_problem(exc, reading=True)) from None
    except ValueError:  # e.g. a NUL character in the name
        raise ItineraryError(origin, "this is not a valid file name") from None
    check_size(len(data), origin, what)
    return data


def check_size(size: int, origin: str, what: str) -> None:
    """Refuse more than :data:`MAX_FILE_SIZE` bytes (20 MB)."""
    if size > MAX_FILE_SIZE:
        limit = MAX_FILE_SIZE // (1024 * 1024)
        raise ItineraryError(
            origin, f"it is larger than {limit} MB ({size:,} bytes), too large for {what}"
        )


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

"""What the program accepts, in one place, and the guard every file read goes through.

Every reader (itinerary, rule, calendar and CSV files) and every writer
uses these numbers, so that the program never writes a file it would then
refuse to read back, and a hostile or mistaken input (``/dev/zero``, a FIFO,
a 10**30-day rule, a date in the year 9999) is refused with a reason
instead of hanging, filling the memory or overflowing a date.

:func:`read_regular` is the one way a file's bytes are read: the path must
name a regular file (checked with ``stat`` before it is opened, and with
``fstat`` on what was opened, so that a FIFO swapped in meanwhile cannot
block), no larger than the caller's limit (checked before reading, and
again on what was read, since a file may grow). It raises
:class:`FileRefused` with the reason in the user's language; the callers put
the file's name and their own error type around it.

Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import stat

from planner.i18n import _, language

MB = 1024 * 1024
#: An itinerary file (``.stayplan``); ours are a few kilobytes.
MAX_ITINERARY_BYTES = 20 * MB
#: A calendar (ICS) or spreadsheet (CSV) file to import.
MAX_EXCHANGE_BYTES = 20 * MB
#: A rule file (``--rules``, the bundled ``resources/rules``).
MAX_RULE_FILE_BYTES = 5 * MB
#: Stays in one itinerary, rows in a CSV file, events in a calendar file to
#: import. One person's lifetime holds fewer than 40 000 days.
MAX_STAYS = 100_000
#: A number of days anywhere: a rule's ``max_days`` and ``window_days``, a
#: stay length asked for on the command line. A hundred years and a bit.
MAX_DAYS = 36_600
#: Dates outside these years are typing mistakes (and with :data:`MAX_DAYS`
#: added or taken away they stay far inside what ``datetime.date`` holds).
FIRST_YEAR = 1900
LAST_YEAR = 2200
#: Digits in a number in a JSON file before it is even converted.
MAX_DIGITS = 20


class FileRefused(ValueError):
    """A file that is not read, and why (in the user's language, without its name)."""


def grouped(n: int) -> str:
    """``20,971,521`` in English; other languages group digits with spaces."""
    text = f"{n:,}"
    return text if language() == "en" else text.replace(",", "\u00a0")


def too_large(size: int, limit: int, what: str) -> str:
    """``it is larger than 20 MB (20,971,521 bytes), too large for a CSV file``."""
    return _("it is larger than {limit} MB ({size} bytes), too large for {what}").format(
        limit=limit // MB, size=grouped(size), what=what)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in a few words: ``a folder``, ``a FIFO (named pipe)`` …"""
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def not_regular(mode: int, what: str) -> str:
    """``it is a FIFO (named pipe), not a CSV file``."""
    return _("it is {kind}, not {what}").format(kind=kind_of(mode), what=what)


def read_regular(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    ``what`` names the kind of file in the current language (``_("a CSV
    file")``). Raises :class:`FileRefused` for anything but a regular file
    and for a file over ``limit`` bytes, before reading it; ``OSError`` and
    ``ValueError`` (a NUL in the name) pass through for the caller to word.
    A FIFO is never opened for reading (that would wait for a writer): it is
    refused by ``stat`` first, and the open itself does not block
    (``O_NONBLOCK``) should one appear between the two.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(not_regular(info.st_mode, what))
    if info.st_size > limit:
        raise FileRefused(too_large(info.st_size, limit, what))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(not_regular(info.st_mode, what))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 * MB, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise FileRefused(too_large(size, limit, what))
    return b"".join(chunks)


def bounded_int(text: str) -> int:
    """``int(text)`` for JSON's ``parse_int``, refusing more than :data:`MAX_DIGITS` digits."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(_("the number {start}… has more than {n} digits").format(
            start=text[:12], n=MAX_DIGITS))
    return int(text)


def day_count_problem(n: int) -> str | None:
    """Why ``n`` cannot be a number of days (over :data:`MAX_DAYS`), or ``None``."""
    if n > MAX_DAYS:
        return _("{n} days is more than {limit} (a hundred years)").format(
            n=grouped(n), limit=grouped(MAX_DAYS))
    return None


def date_problem(day: dt.date) -> str | None:
    """Why ``day`` is outside the years the program plans for, or ``None``."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return _("{day} is outside the years {first}–{last} that Stay Planner plans for").format(
        day=day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)

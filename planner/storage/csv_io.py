"""Spreadsheet exchange: stays to CSV and back, with a preview before importing.

Export (:func:`itinerary_to_csv`, :func:`write_csv`) writes a header row and
one row per stay, in itinerary order, with ISO dates, both days present::

    country,entry,exit,status,note,ground,registered
    KZ,2023-02-01,2023-04-15,visa-free,"Алматы, квартира",,yes

A note or ground that a spreadsheet would run as a formula (``=HYPERLINK(…)``)
is written with a leading single quote and read back without it
(:func:`_cell_text`), so our own files round-trip exactly.

Import (:func:`parse_csv`, :func:`read_csv`) reads such a file, or one a
person made in a spreadsheet program, into a :class:`CsvPreview`: the rows
that make a stay (with their line numbers) and the rows that do not, each
with a reason such as ``line 4: exit 2023-01-01 is before entry 2023-02-01``.
Good rows are kept whatever the bad ones are. What is accepted:

* text in UTF-8, with or without a byte order mark (UTF-16 with one, too);
* comma, semicolon or tab between fields — whichever occurs most often
  outside quotes in the header line;
* a header row naming the columns in any case and order: ``country``,
  ``entry``, ``exit`` (required), ``status``, ``note``, ``ground``,
  ``registered``, or in Russian ``страна``, ``въезд``, ``выезд``, ``статус``,
  ``заметка``, ``основание``, ``регистрация``; other columns are ignored;
* a country as an ISO code in any case (``kz``) or a name (``Kazakhstan``);
* dates in ISO order (``2023-02-01``, also ``2023/02/01``), with a month
  name (``1 Feb 2023``), or as day and month numbers in the user's order
  (``01.02.2023``, ``02/01/2023``), read by python-dateutil — see
  :func:`parse_csv` for ``dayfirst``;
* a status as written in itinerary files (``visa-free``, ``visa``,
  ``residence``, ``exempt``), empty meaning visa-free;
* whether the stay's registration is done (``registered``): ``yes``/``no``,
  ``true``/``false``, ``1``/``0``, ``x``, ``+``/``-``, ``✓``, ``да``/``нет``,
  empty meaning no.

The line number of a row is the line of the file it starts on (a quoted note
may span lines), counting the header as line 1. Reasons are in the current
language (:func:`planner.i18n._`), looked up when they are made.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as date_parser

from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.i18n import _
from planner.limits import MAX_STAYS, grouped
from planner.names import country_from_text
from planner.storage._exchange import (
    check_size,
    decode_text,
    implausible,
    read_limited,
)
from planner.storage._fields import not_a_real_date, not_a_status
from planner.storage.errors import ItineraryError
from planner.storage.itinerary_file import exit_before_entry
from planner.storage.output import Kind, write_output

#: The columns written on export, in order.
COLUMNS = ("country", "entry", "exit", "status", "note", "ground", "registered")
_REQUIRED = ("country", "entry", "exit")
_HEADERS = {
    "country": "country", "entry": "entry", "exit": "exit", "status": "status",
    "note": "note", "ground": "ground", "registered": "registered",
    "страна": "country", "въезд": "entry", "выезд": "exit", "статус": "status",
    "заметка": "note", "основание": "ground", "регистрация": "registered",
    "зарегистрирован": "registered",
}
_YES = frozenset({"yes", "y", "true", "1", "x", "+", "✓", "✔", "да", "д", "иә"})
_NO = frozenset({"", "no", "n", "false", "0", "-", "–", "—", "−", "нет", "н", "жоқ"})
_STATUS_WORDS = {
    **{s.value: s for s in Status},
    "visa free": Status.VISA_FREE, "visa_free": Status.VISA_FREE,
    "безвиз": Status.VISA_FREE, "без визы": Status.VISA_FREE, "виза": Status.VISA,
    "внж": Status.RESIDENCE, "вид на жительство": Status.RESIDENCE,
}
_DELIMITERS = (",", ";", "\t")
_YEAR_FIRST = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})")
_NUMERIC = re.compile(r"([0-9]{1,2})[-/. ]([0-9]{1,2})[-/. ]([0-9]{2}|[0-9]{4})")
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2004, 12, 28))


# -- export ---------------------------------------------------------------------


def itinerary_to_csv(it: Itinerary, *, delimiter: str = ",", bom: bool = False) -> bytes:
    """The stays as CSV bytes in UTF-8 (with a byte order mark if ``bom``).

    Spreadsheet programs on Windows want the mark to read Cyrillic notes
    right; other programs do without. Lines end with CRLF (RFC 4180). Notes
    and grounds are written exactly, except NUL characters and lone
    surrogates, which a text file cannot hold: they become U+FFFD.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for stay in it.stays:
        writer.writerow([stay.country, stay.entry.isoformat(), stay.exit.isoformat(),
                         stay.status.value, _cell_text(stay.note), _cell_text(stay.ground),
                         "yes" if stay.registered else ""])
    text = out.getvalue()
    return ("\ufeff" + text if bom else text).encode("utf-8")


_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")
#: What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The mark that makes a spreadsheet show a cell as text.
TEXT_MARK = "'"


def _cell_text(value: str) -> str:
    """A note as CSV can carry it, safe to open in a spreadsheet.

    NUL and lone surrogates become U+FFFD. A cell a spreadsheet would take
    for a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return, as OWASP's CSV-injection guidance lists) gets a leading
    single quote, which spreadsheets show as "this is text" and do not
    display; so does a cell that already begins with a single quote, so that
    :func:`_uncell_text` can tell the quote export added from one the user
    typed (see there).
    """
    text = _UNWRITABLE.sub("\ufffd", value)
    if text.startswith((*FORMULA_STARTS, TEXT_MARK)):
        return TEXT_MARK + text
    return text


def _uncell_text(cell: str) -> str:
    """A note or ground as it was before :func:`_cell_text`, for our own files.

    Export adds a single quote before a formula character or a single quote
    and nowhere else, so a cell that begins with a quote followed by one of
    those lost exactly one quote: ``'=1+1`` was ``=1+1``, ``''x`` was
    ``'x``. A quote followed by anything else was typed by the user (``'70s
    trip``) and is kept. (A hand-made ``'=1+1`` reads as ``=1+1``, as a
    spreadsheet shows it.)
    """
    if cell.startswith(TEXT_MARK) and cell[1:2] and cell[1] in (*FORMULA_STARTS, TEXT_MARK):
        return cell[1:]
    return cell


def write_csv(it: Itinerary, path: Path | str, *, delimiter: str = ",", bom: bool = False,
              force: bool = True, inputs: Iterable[Path | str] = ()) -> None:
    """Export to ``path`` safely (see :func:`~planner.storage.output.write_output`).

    ``force`` allows replacing an existing file (never an itinerary);
    ``inputs`` are files never to be written over.
    """
    write_output(path, itinerary_to_csv(it, delimiter=delimiter, bom=bom), Kind.CSV,
                 force=force, inputs=inputs, check=lambda data: parse_csv(data, str(path)))


# -- import ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CsvRow:
    """A row that makes a stay, and the line of the file it starts on."""

    line: int
    stay: Stay


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """A row that does not make a stay; ``str()`` gives ``"line 4: ..."``."""

    line: int
    message: str

    def __str__(self) -> str:
        return _("line {line}: {problem}").format(line=self.line, problem=self.message)


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What an import would give: good rows, bad rows, and how the file was read.

    ``dayfirst`` is the order of day and month used for numeric dates: the
    caller's, or the one guessed from the file (``None``: no guess was
    possible, and only unambiguous dates were read).
    """

    rows: list[CsvRow]
    problems: list[CsvProblem] = field(default_factory=list)
    delimiter: str = ","
    dayfirst: bool | None = None

    @property
    def stays(self) -> list[Stay]:
        return [row.stay for row in self.rows]

    def itinerary(self, traveller: Traveller | None = None) -> Itinerary:
        """The good rows as an itinerary, in file order."""
        return Itinerary(traveller=traveller or Traveller(), stays=tuple(self.stays))


def read_csv(path: Path | str, *, dayfirst: bool | None = None) -> CsvPreview:
    """Read a CSV file; :class:`ItineraryError` when it cannot be used at all."""
    return parse_csv(read_limited(path, _("a CSV file")), str(path), dayfirst=dayfirst)


def parse_csv(data: bytes, origin: str = "", *, dayfirst: bool | None = None) -> CsvPreview:
    """Read CSV bytes into a preview; ``origin`` names the file in errors.

    ``dayfirst`` says how to read dates written as two numbers and a year,
    such as ``01.02.2023``: ``True`` day first (1 February, as in Russia and
    most of Europe), ``False`` month first (2 January, as in the USA),
    ``None`` guess from the file: if some such date has a first number over
    12 (``13.02.2023``) and none has a second one over 12, day first; the
    other way round, month first; otherwise no guess, and a date such as
    ``01.02.2023`` is a bad row ("could be 1 February or 2 January"), while
    ``13.02.2023`` is still read. ISO dates and dates with a month name are
    read the same whatever ``dayfirst`` says.

    Raises :class:`ItineraryError` when the file as a whole cannot be used:
    not text, no header row with country, entry and exit, broken quoting.
    """
    what = _("a CSV file")
    check_size(len(data), origin, what)
    text = decode_text(data, origin, what)
    if not text.strip():
        raise ItineraryError(origin, _("the file is empty"))
    if "\x00" in text:
        raise ItineraryError(origin, _("it is not {what} (it holds binary data)")
                             .format(what=what))
    delimiter = _sniff(text)
    records = _records(text, delimiter, origin)
    header_line, header = records[0]
    columns = _columns(header, origin)
    body = records[1:]
    order = dayfirst if dayfirst is not None else _guess_order(body, columns)
    reader = _DateReader(order)
    rows: list[CsvRow] = []
    problems: list[CsvProblem] = []
    for line, cells in body:
        try:
            rows.append(CsvRow(line, _stay(cells, columns, reader)))
        except _RowProblem as exc:
            problems.append(CsvProblem(line, str(exc)))
    return CsvPreview(rows=rows, problems=problems, delimiter=delimiter, dayfirst=order)


class _RowProblem(Exception):
    """A row that does not make a stay; the message says why."""


def _sniff(text: str) -> str:
    """The delimiter seen most often outside quotes on the first non-blank line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties: the earliest, a comma
    return best if counts[best] else ","


def _unterminated_quote(text: str, delimiter: str) -> int | None:
    """The line a quoted field opens on and never closes, or ``None``.

    Follows the reader's lenient rules: a quote opens a quoted field only at
    the start of a field, ``""`` inside one is a quote, and anything after
    the closing quote is kept as text. Only quotes, delimiters and line ends
    are looked at, so a large file without quotes costs one regular
    expression search.
    """
    if '"' not in text:
        return None
    special = re.compile("[\"\r\n" + re.escape(delimiter) + "]")
    line, opened, last = 1, 0, -1
    field_start, quoted, after_quote = True, False, False
    for found in special.finditer(text):
        char, at = found.group(), found.start()
        if not quoted and at > last + 1:  # ordinary text since the last special character
            field_start, after_quote = False, False
        last = at
        if quoted:
            if char == '"':
                quoted, after_quote = False, True
            elif char == "\n":
                line += 1
            continue
        if after_quote and char == '"':  # "" inside a quoted field
            quoted, after_quote = True, False
            continue
        after_quote = False
        if char == '"':
            if field_start:
                quoted, opened = True, line
            field_start = False
        else:
            field_start = True
            line += char == "\n"
    return opened if quoted else None


def _records(text: str, delimiter: str, origin: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on."""
    unterminated = _unterminated_quote(text, delimiter)
    if unterminated is not None:
        raise ItineraryError(origin, _("it is not readable CSV (line {line}: a quoted field "
                                       "is never closed)").format(line=unterminated))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                out.append((line, cells))
                if len(out) > MAX_STAYS + 1:  # the header and MAX_STAYS rows
                    raise ItineraryError(origin, _("it has more than {limit} rows; an "
                                                   "itinerary holds at most {limit} stays")
                                         .format(limit=grouped(MAX_STAYS)))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ItineraryError(
            origin, _("it is not readable CSV (line {line}: {error})")
            .format(line=reader.line_num, error=exc)
        ) from None
    if not out:
        raise ItineraryError(origin, _("the file is empty"))
    return out


def _columns(header: Sequence[str], origin: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for position, name in enumerate(header):
        key = _HEADERS.get(" ".join(name.split()).casefold())
        if key is None:
            continue
        if key in columns:
            raise ItineraryError(origin, _("the header row names the column {column} twice")
                                 .format(column=repr(key)))
        columns[key] = position
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        found = ", ".join(repr(name) for name in header[:8])
        raise ItineraryError(
            origin,
            _("the first line must be a header row naming the columns country, entry and exit "
              "(missing: {missing}; found: {found})")
            .format(missing=", ".join(missing), found=found),
        )
    return columns


def _cell(cells: Sequence[str], columns: dict[str, int], key: str) -> str:
    position = columns.get(key)
    return cells[position] if position is not None and position < len(cells) else ""


def _stay(cells: Sequence[str], columns: dict[str, int], reader: _DateReader) -> Stay:
    raw_country = _cell(cells, columns, "country").strip()
    if not raw_country:
        raise _RowProblem(_("no country"))
    country = country_from_text(raw_country)
    if country is None:
        raise _RowProblem(
            _("country {value} is not a country code (such as KZ) or a country name")
            .format(value=repr(raw_country))
        )
    entry = reader.read(_cell(cells, columns, "entry"), "entry")
    exit = reader.read(_cell(cells, columns, "exit"), "exit")
    if exit < entry:
        raise _RowProblem(exit_before_entry(exit, entry))
    raw_status = " ".join(_cell(cells, columns, "status").split()).casefold()
    status = _STATUS_WORDS.get(raw_status) if raw_status else Status.VISA_FREE
    if status is None:
        raise _RowProblem(not_a_status(repr(raw_status)))
    raw_registered = _cell(cells, columns, "registered").strip().casefold()
    if raw_registered not in _YES | _NO:
        raise _RowProblem(_("registered {value} is not yes or no").format(
            value=repr(raw_registered)))
    return Stay(country, entry, exit, status, note=_uncell_text(_cell(cells, columns, "note")),
                ground=_uncell_text(_cell(cells, columns, "ground")),
                registered=raw_registered in _YES)


def _guess_order(body: Iterable[tuple[int, list[str]]], columns: dict[str, int]) -> bool | None:
    """Day first, month first, or ``None``, from dates with a number over 12."""
    day_first = month_first = False
    for _line, cells in body:
        for key in ("entry", "exit"):
            match = _NUMERIC.fullmatch(_cell(cells, columns, key).strip())
            if match is None:
                continue
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    if day_first != month_first:
        return day_first
    return None


class _DateReader:
    """Reads one date cell in the order chosen for the file."""

    def __init__(self, dayfirst: bool | None) -> None:
        self.dayfirst = dayfirst

    def read(self, raw: str, name: str) -> dt.date:
        cell = raw.strip()
        if not cell:
            raise _RowProblem(_("no entry date") if name == "entry" else _("no exit date"))
        day = self._parse(cell, name)
        why = implausible(day, name)
        if why is not None:
            raise _RowProblem(why)
        return day

    def _parse(self, cell: str, name: str) -> dt.date:
        iso = _YEAR_FIRST.fullmatch(cell)
        if iso is not None:
            try:
                return dt.date(*(int(part) for part in iso.groups()))
            except ValueError:
                raise _RowProblem(not_a_real_date(name, repr(cell))) from None
        dayfirst = self.dayfirst
        numeric = _NUMERIC.fullmatch(cell)
        if numeric is not None and dayfirst is None:
            first, second = int(numeric.group(1)), int(numeric.group(2))
            if 1 <= first <= 12 and 1 <= second <= 12 and first != second:
                raise _RowProblem(
                    _("{name} {value} could be {first} or {second}: say whether the day or "
                      "the month comes first").format(name=name, value=repr(cell),
                                                      first=_spoken(first, second),
                                                      second=_spoken(second, first))
                )
            dayfirst = first > 12
        try:
            found = [date_parser.parse(cell, dayfirst=bool(dayfirst), default=d)
                     for d in _DEFAULTS]
        except (ValueError, OverflowError):
            raise _RowProblem(_("{name} {value} is not a date")
                              .format(name=name, value=repr(cell))) from None
        if found[0].date() != found[1].date():
            raise _RowProblem(_("{name} {value} is not a whole date (day, month and year)")
                              .format(name=name, value=repr(cell)))
        day: dt.date = found[0].date()
        return day


def _spoken(day: int, month: int) -> str:
    """``1 February``: a day of a month, in the current language."""
    months = (_("{day} January"), _("{day} February"), _("{day} March"), _("{day} April"),
              _("{day} May"), _("{day} June"), _("{day} July"), _("{day} August"),
              _("{day} September"), _("{day} October"), _("{day} November"),
              _("{day} December"))
    return months[month - 1].format(day=day)

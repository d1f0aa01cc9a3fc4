"""``stay-planner export`` and ``import``: itineraries to and from ICS and CSV.

A plug-in of :mod:`planner.cli` (see ``PLUGINS`` there)::

    stay-planner export FILE (--ics OUT | --csv OUT) [--force]
    stay-planner import IN.ics|IN.csv -o OUT.stayplan [--nationality CC] [--name NAME]
                        [--dayfirst | --monthfirst] [--force]

``import`` takes every calendar event or CSV row it can turn into a stay (an
event needs a country: our own X- property, or a country name or code in its
summary; a repeating event is skipped, since a stay does not repeat) and
names each one it skips on standard error, one line each. Exit status: 0 all
imported, 1 some skipped, 2 the input cannot be used (nothing to import, an
unreadable file, an existing OUT without ``--force``), with a one-line reason.
Output files are written atomically. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli import _code
from planner.core.countries import is_country_code
from planner.core.model import Itinerary, Stay, Traveller
from planner.i18n import _
from planner.storage import ItineraryError, read_itinerary, write_itinerary

COMMANDS = ("export", "import")
EXIT_OK, EXIT_SKIPPED, EXIT_UNUSABLE = 0, 1, 2
_ICS_SUFFIXES = (".ics", ".ical", ".icalendar", ".ifb")
_CSV_SUFFIXES = (".csv", ".tsv", ".txt")


class ExchangeInputError(ValueError):
    """An argument of ``export`` or ``import`` that cannot be used."""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` and ``import`` sub-parsers to the main command line."""
    help_ = "write an itinerary's stays to a calendar (ICS) or spreadsheet (CSV) file"
    sp = sub.add_parser("export", help=help_, description=help_)
    sp.add_argument("file", metavar="FILE", help="an itinerary (.stayplan)")
    target = sp.add_mutually_exclusive_group(required=True)
    target.add_argument("--ics", metavar="OUT", help="write an iCalendar file")
    target.add_argument("--csv", metavar="OUT", help="write a CSV file")
    sp.add_argument("--force", action="store_true", help="replace OUT if it exists")

    help_ = "make an itinerary from a calendar (ICS) or spreadsheet (CSV) file"
    sp = sub.add_parser("import", help=help_, description=help_)
    sp.add_argument("file", metavar="IN", help="a .ics or .csv file")
    sp.add_argument("-o", "--output", required=True, metavar="OUT",
                    help="the itinerary to write (.stayplan)")
    sp.add_argument("--nationality", type=_code, metavar="CC",
                    help="the traveller's nationality (ISO code such as RU)")
    sp.add_argument("--name", metavar="NAME", help="the traveller's name")
    order = sp.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True,
                       help="CSV dates such as 01.02.2023 are day first (1 February)")
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False,
                       help="CSV dates such as 01.02.2023 are month first (2 January)")
    sp.set_defaults(dayfirst=None)
    sp.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run(args: argparse.Namespace) -> int:
    """Run ``export`` or ``import``; the exit status (see the module)."""
    try:
        if args.command == "export":
            return _export(args)
        return _import(args)
    except ExchangeInputError as exc:
        return _fail(str(exc))
    except ItineraryError as exc:
        return _fail(str(exc))


def _fail(message: str) -> int:
    print(f"stay-planner: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_UNUSABLE


def _warn(message: str) -> None:
    print(f"stay-planner: {' '.join(message.split())}", file=sys.stderr)


def _check_target(path: str, force: bool) -> None:
    target = Path(path)
    if target.is_dir():
        raise ExchangeInputError(_("'{path}' is a folder; name the file to write")
                                 .format(path=path))
    if not force and (target.exists() or target.is_symlink()):
        raise ExchangeInputError(_("'{path}' already exists (add --force to replace it)")
                                 .format(path=path))


# -- export ---------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from planner.storage.csv_io import write_csv
    from planner.storage.ics import write_ics

    it = read_itinerary(args.file)
    out = args.ics or args.csv
    _check_target(out, args.force)
    if args.ics:
        write_ics(it, out)
        text = (_("exported 1 stay to calendar file {file}") if len(it.stays) == 1
                else _("exported {n} stays to calendar file {file}"))
    else:
        write_csv(it, out)
        text = (_("exported 1 stay to CSV file {file}") if len(it.stays) == 1
                else _("exported {n} stays to CSV file {file}"))
    print(text.format(n=len(it.stays), file=out))
    return EXIT_OK


# -- import ---------------------------------------------------------------------


def _import(args: argparse.Namespace) -> int:
    nationality = args.nationality or ""
    if nationality and not is_country_code(nationality):
        raise ExchangeInputError(
            _("--nationality {value} is not a country code (such as RU)").format(
                value=repr(args.nationality)))
    _check_target(args.output, args.force)
    if _is_ics(args.file):
        stays, skipped, traveller = _from_ics(args.file)
    else:
        stays, skipped, traveller = _from_csv(args.file, args.dayfirst)
    for reason in skipped:
        _warn(_("skipped {reason}").format(reason=reason))
    if not stays:
        found = " " + _("({n} skipped)").format(n=len(skipped)) if skipped else ""
        raise ItineraryError(args.file, _("no stay could be imported from it") + found)
    traveller = Traveller(
        name=args.name if args.name is not None else traveller.name,
        nationality=nationality or traveller.nationality,
    )
    write_itinerary(Itinerary(traveller=traveller, stays=tuple(stays)), args.output)
    text = (_("imported 1 stay into {file}") if len(stays) == 1
            else _("imported {n} stays into {file}"))
    print(text.format(n=len(stays), file=args.output)
          + ("; " + _("skipped {n}").format(n=len(skipped)) if skipped else ""))
    return EXIT_SKIPPED if skipped else EXIT_OK


def _is_ics(path: str) -> bool:
    """By the file's extension; failing that, by its first bytes."""
    suffix = Path(path).suffix.lower()
    if suffix in _ICS_SUFFIXES:
        return True
    if suffix in _CSV_SUFFIXES:
        return False
    try:
        with open(path, "rb") as stream:
            head = stream.read(64)
    except (OSError, ValueError):
        return False  # the CSV reader reports the problem
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def _from_ics(path: str) -> tuple[list[Stay], list[str], Traveller]:
    from planner.storage.ics import IcsProblem, read_ics

    preview = read_ics(path)
    stays: list[Stay] = []
    skipped = [(problem.index, str(problem)) for problem in preview.problems]
    for event in preview.events:
        if event.recurring:
            why = "it repeats (a stay does not); import it in the window"
        elif event.country is None:
            why = "its summary names no country"
        else:
            stays.append(event.to_stay())
            continue
        skipped.append((event.index, str(IcsProblem(event.index, event.summary, why))))
    return stays, [reason for _, reason in sorted(skipped)], preview.traveller


def _from_csv(path: str, dayfirst: bool | None) -> tuple[list[Stay], list[str], Traveller]:
    from planner.storage.csv_io import read_csv

    preview = read_csv(path, dayfirst=dayfirst)
    return preview.stays, [str(problem) for problem in preview.problems], Traveller()

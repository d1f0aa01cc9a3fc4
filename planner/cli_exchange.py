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
IN is read once, through the input guard (a FIFO or a device is refused
before anything is read); output files are written through
:mod:`planner.storage.output`: never over IN, an export never over an
itinerary (``--force`` or not), a symbolic link written through. Nothing
here imports Qt.
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
    help_ = _("write an itinerary's stays to a calendar (ICS) or spreadsheet (CSV) file")
    sp = sub.add_parser("export", help=help_, description=help_)
    sp.add_argument("file", metavar="FILE", help=_("an itinerary (.stayplan)"))
    target = sp.add_mutually_exclusive_group(required=True)
    target.add_argument("--ics", metavar="OUT", help=_("write an iCalendar file"))
    target.add_argument("--csv", metavar="OUT", help=_("write a CSV file"))
    sp.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))

    help_ = _("make an itinerary from a calendar (ICS) or spreadsheet (CSV) file")
    sp = sub.add_parser("import", help=help_, description=help_)
    sp.add_argument("file", metavar="IN", help=_("a .ics or .csv file"))
    sp.add_argument("-o", "--output", required=True, metavar="OUT",
                    help=_("the itinerary to write (.stayplan)"))
    sp.add_argument("--nationality", type=_code, metavar="CC",
                    help=_("the traveller's nationality (ISO code such as RU)"))
    sp.add_argument("--name", metavar="NAME", help=_("the traveller's name"))
    order = sp.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True,
                       help=_("CSV dates such as 01.02.2023 are day first (1 February)"))
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False,
                       help=_("CSV dates such as 01.02.2023 are month first (2 January)"))
    sp.set_defaults(dayfirst=None)
    sp.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))


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


# -- export ---------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from planner.storage.csv_io import write_csv
    from planner.storage.ics import write_ics
    from planner.storage.output import Kind, check_target

    it = read_itinerary(args.file)
    out = args.ics if args.ics is not None else args.csv
    kind = Kind.ICS if args.ics is not None else Kind.CSV
    check_target(out, kind, force=args.force, inputs=(args.file,))
    if kind is Kind.ICS:
        write_ics(it, out, force=args.force, inputs=(args.file,))
        text = (_("exported 1 stay to calendar file {file}") if len(it.stays) == 1
                else _("exported {n} stays to calendar file {file}"))
    else:
        write_csv(it, out, force=args.force, inputs=(args.file,))
        text = (_("exported 1 stay to CSV file {file}") if len(it.stays) == 1
                else _("exported {n} stays to CSV file {file}"))
    print(text.format(n=len(it.stays), file=out))
    return EXIT_OK


# -- import ---------------------------------------------------------------------


def _import(args: argparse.Namespace) -> int:
    from planner.storage._exchange import read_limited
    from planner.storage.output import Kind, check_target

    nationality = args.nationality or ""
    if nationality and not is_country_code(nationality):
        raise ExchangeInputError(
            _("--nationality {value} is not a country code (such as RU)").format(
                value=repr(args.nationality)))
    check_target(args.output, Kind.ITINERARY, force=args.force, inputs=(args.file,))
    data = read_limited(args.file, _("a calendar or CSV file"))
    if _is_ics(args.file, data):
        stays, skipped, traveller = _from_ics(data, args.file)
    else:
        stays, skipped, traveller = _from_csv(data, args.file, args.dayfirst)
    for reason in skipped:
        _warn(_("skipped {reason}").format(reason=reason))
    if not stays:
        found = " " + _("({n} skipped)").format(n=len(skipped)) if skipped else ""
        raise ItineraryError(args.file, _("no stay could be imported from it") + found)
    traveller = Traveller(
        name=args.name if args.name is not None else traveller.name,
        nationality=nationality or traveller.nationality,
    )
    write_itinerary(Itinerary(traveller=traveller, stays=tuple(stays)), args.output,
                    force=args.force, inputs=(args.file,))
    text = (_("imported 1 stay into {file}") if len(stays) == 1
            else _("imported {n} stays into {file}"))
    print(text.format(n=len(stays), file=args.output)
          + ("; " + _("skipped {n}").format(n=len(skipped)) if skipped else ""))
    return EXIT_SKIPPED if skipped else EXIT_OK


def _is_ics(path: str, data: bytes) -> bool:
    """By the file's extension; failing that, by its first bytes (already read)."""
    suffix = Path(path).suffix.lower()
    if suffix in _ICS_SUFFIXES:
        return True
    if suffix in _CSV_SUFFIXES:
        return False
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def _from_ics(data: bytes, path: str) -> tuple[list[Stay], list[str], Traveller]:
    from planner.storage.ics import IcsProblem, parse_ics

    preview = parse_ics(data, path)
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


def _from_csv(data: bytes, path: str, dayfirst: bool | None
              ) -> tuple[list[Stay], list[str], Traveller]:
    from planner.storage.csv_io import parse_csv

    preview = parse_csv(data, path, dayfirst=dayfirst)
    return preview.stays, [str(problem) for problem in preview.problems], Traveller()

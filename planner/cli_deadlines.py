"""``stay-planner tax`` and ``stay-planner deadlines``: a plug-in of :mod:`planner.cli`.

``stay-planner tax FILE [--on DATE] [--json]``: per country visited, the days
present in its tax-residency presence test's period ending on DATE (default
today), the threshold and the day it is reached (:func:`planner.api.tax`).
Presence only, and not tax advice; the text says so.

``stay-planner deadlines FILE [--from DATE] [--json]``: every date to act on
from DATE (default today), in order (:func:`planner.api.deadlines`): the
latest exit of the current and next stays, registrations, tax thresholds and
stay rules ending under a planned stay.

``stay-planner deadlines FILE --ics OUT.ics [--remind 3,1] [--force]`` writes
them as all-day calendar events with reminders that many days before
(:mod:`planner.storage.deadline_ics`); importing a newer export updates the
events (stable UIDs). OUT must not exist unless ``--force``.

Exit status 0, or 2 with a one-line reason for unusable input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.i18n import _

COMMANDS = ("tax", "deadlines")


def _reminders(text: str) -> tuple[int, ...]:
    try:
        days = tuple(int(p) for p in text.split(",") if p.strip())
    except ValueError:
        days = ()
    if not days or any(d < 0 or d > 365 for d in days):
        raise argparse.ArgumentTypeError(
            _("{text} is not a list of days before, such as 3,1").format(text=repr(text)))
    return days


def add_parsers(sub: Any) -> None:
    """Add the ``tax`` and ``deadlines`` sub-parsers (one-line errors, as the rest)."""
    from planner.cli import _date, add_itinerary_command

    sp = add_itinerary_command(sub, "tax", _("days present against tax-residency presence "
                                             "tests (not tax advice)"))
    sp.add_argument("--on", type=_date, metavar="DATE", help=_("the day to count to "
                                                              "(default: today)"))
    sp = add_itinerary_command(sub, "deadlines", _("every upcoming date to act on"))
    sp.add_argument("--from", dest="start", type=_date, metavar="DATE",
                    help=_("the first day (default: today)"))
    sp.add_argument("--ics", metavar="OUT", help=_("write them as calendar events with "
                                                  "reminders"))
    sp.add_argument("--remind", type=_reminders, default=None, metavar="DAYS",
                    help=_("reminders, in days before each deadline (default 3,1)"))
    sp.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))


def _print_tax(doc: dict[str, Any], out: Callable[[str], None]) -> None:
    for r in doc["countries"]:
        head = f"{r['country']:<4} {r['title'] or r['test']}"
        count = _("{days} of {threshold} days present {a} – {b}").format(
            days=r["days"], threshold=r["threshold"], a=r["from"], b=r["to"])
        if r["reached"] is None:
            verdict = _("not reached as planned")
        elif r["reached"] <= doc["on"]:
            verdict = _("reached on {day}").format(day=r["reached"])
        else:
            verdict = _("reached on {day} as planned").format(day=r["reached"])
        out(f"{head}: {count}; {verdict}")
    for c in doc["unchecked"]:
        out(_("{code} no presence test in the data").format(code=f"{c:<4}"))
    out(_("Presence tests only (days in the country), not tax advice."))


def _print_deadlines(doc: dict[str, Any], out: Callable[[str], None]) -> None:
    from planner.storage.deadline_ics import summary

    if not doc["deadlines"]:
        out(_("no deadlines from {day}").format(day=doc["from"]))
    for d in doc["deadlines"]:
        flag = " " + _("OVERDUE") if d["overdue"] else ""
        rule = f" [{d['rule']}]" if d["rule"] else ""
        out(f"{d['date']}  {summary(d)}{flag}{rule}")


def _ics_target(args: argparse.Namespace) -> Path:
    """Where ``--ics`` writes, refused before any work if it may not be written."""
    from planner.storage.output import Kind, check_target

    return check_target(args.ics, Kind.ICS, force=args.force, inputs=[args.file])


def run(args: argparse.Namespace, today: dt.date | None = None) -> int:
    """Run ``tax`` or ``deadlines``; returns the exit status (errors raise)."""
    from planner import api

    rules = api.load_rules(args.rules)
    it = api.load(args.file)
    if args.command == "tax":
        doc = api.tax(it, args.on, rules=rules, today=today)
        printer: Callable[[dict[str, Any], Callable[[str], None]], None] = _print_tax
    else:
        target = _ics_target(args) if args.ics else None
        doc = api.deadlines(it, args.start, rules=rules, today=today)
        if target is not None:
            from planner.storage.deadline_ics import DEFAULT_REMINDERS, write_deadlines_ics

            write_deadlines_ics(doc["deadlines"], os.path.abspath(args.file), target,
                                reminders=args.remind or DEFAULT_REMINDERS,
                                name=it.traveller.name, force=args.force, inputs=[args.file])
            if not args.json:
                print(_("wrote {n} deadlines to {file}").format(n=len(doc["deadlines"]),
                                                                file=args.ics))
                return 0
        printer = _print_deadlines
    if args.json:
        print(json.dumps(doc, ensure_ascii=False))
    else:
        printer(doc, print)
    return 0

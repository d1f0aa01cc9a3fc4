"""The ``stay-planner`` command line: a thin printer on top of :mod:`planner.api`.

``stay-planner check|windows|plan|reentry|usage FILE …`` answer from the
rules core without importing Qt, so they start fast. ``stay-planner`` with no
subcommand (or with just a file) opens the window.

Exit status: 0 compliant / answered, 1 a breach or a conflict was found
(``check``), 3 nothing breaches but some days are unchecked (no rule data
for the traveller's nationality), 2 the input cannot be used, with a
one-line reason on standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from planner import __version__, log
from planner.i18n import _

if TYPE_CHECKING:
    from planner.core.model import Itinerary, Stay
    from planner.core.rules import RuleSet

SUBCOMMANDS = ("check", "windows", "plan", "reentry", "usage")
# Modules that add subcommands of their own. Each has ``COMMANDS`` (names),
# ``add_parsers(sub)`` (adds their argparse sub-parsers; use ``_Parser``-style
# one-line errors by passing parser_class through ``sub``) and
# ``run(args) -> int`` (the exit status; raise ItineraryError or InputError
# for unusable input, never print a traceback). They must not import Qt at
# module level.
PLUGINS = ("planner.cli_exchange", "planner.cli_report", "planner.cli_planning")
EXIT_OK, EXIT_BREACH, EXIT_UNUSABLE, EXIT_UNCHECKED = 0, 1, 2, 3


@dataclass(frozen=True)
class _Context:
    """What the text printers need besides the answer."""

    rules: RuleSet
    nationality: str
    stays: tuple[Stay, ...] = ()


class UsageError(Exception):
    """A command line that cannot be used."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date (YYYY-MM-DD)").format(text=repr(text))) from None


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            _("{text} is not a number of days (1 or more)").format(text=repr(text)))
    return n


def _code(text: str) -> str:
    return text.strip().upper()


def add_rules_option(sp: argparse.ArgumentParser) -> None:
    """``--rules FILE`` (repeatable), as every subcommand that judges stays has it."""
    sp.add_argument("--rules", action="append", default=[], metavar="RULES",
                    help=_("a rule file that adds or overrides rules (repeatable)"))


def add_itinerary_command(sub: Any, name: str, help_: str) -> argparse.ArgumentParser:
    """A subcommand reading one itinerary FILE, with ``--json`` and ``--rules``."""
    sp: argparse.ArgumentParser = sub.add_parser(name, help=help_, description=help_)
    sp.add_argument("file", metavar="FILE", help=_("an itinerary (.stayplan)"))
    sp.add_argument("--json", action="store_true", help=_("print JSON"))
    add_rules_option(sp)
    return sp


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="stay-planner",
                description=_("Check planned stays against visa-free stay limits."))
    p.add_argument("--version", action="version", version=f"stay-planner {__version__}")
    p.add_argument("-v", "--verbose", action="store_true",
                   help=_("also print what the program logs to standard error "
                          "(may stand anywhere on the line)"))
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        return add_itinerary_command(sub, name, help_)

    add("check", _("report every day that breaches a stay limit"))
    add("windows", _("the latest compliant exit of each stay"))
    sp = add("plan", _("the longest stay that may start on a day"))
    sp.add_argument("--country", type=_code, required=True, metavar="CC")
    sp.add_argument("--enter", type=_date, required=True, metavar="DATE")
    sp = add("reentry", _("the first day one may enter and stay K days"))
    sp.add_argument("--country", type=_code, required=True, metavar="CC")
    sp.add_argument("--days", type=_positive, required=True, metavar="K")
    sp.add_argument("--after", type=_date, metavar="DATE")
    sp = add("usage", _("days used and allowed, day by day"))
    sp.add_argument("--destination", type=_code, required=True, metavar="D")
    sp.add_argument("--from", dest="start", type=_date, metavar="DATE")
    sp.add_argument("--to", dest="end", type=_date, metavar="DATE")
    for plugin in _plugins():
        plugin.add_parsers(sub)
    return p


def _plugins() -> list[Any]:
    import importlib

    out = []
    for name in PLUGINS:
        try:
            out.append(importlib.import_module(name))
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
    return out


def all_commands() -> tuple[str, ...]:
    return SUBCOMMANDS + tuple(c for p in _plugins() for c in p.COMMANDS)


# ---- text output -------------------------------------------------------------


def _span_text(a: str, b: str) -> str:
    n = (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days + 1
    if a == b:
        return _("{a} (1 day)").format(a=a)
    return _("{a} – {b} ({n} days)").format(a=a, b=b, n=n)


def stay_text(index: int, stays: Sequence[Stay]) -> str:
    """"#2 KG 2023-08-15 – 2023-08-27": a stay as the CLI names it (file order)."""
    s = stays[index]
    return f"#{index + 1} {s.country} {s.entry.isoformat()} – {s.exit.isoformat()}"


def visa_text(destination: str, nationality: str, since: str | None,
              rules: RuleSet) -> str:
    """"Russia: a visa is needed for US citizens" (with "from DATE" for a rule
    that begins on a day), in the user's language."""
    from planner.i18n import language
    from planner.names import country_name

    zone = rules.zones.get(destination)
    name = zone.name if zone else country_name(destination, language(), rules.names)
    if since:
        return _("{name}: a visa is needed for {nationality} citizens from {day}").format(
            name=name, nationality=nationality, day=since)
    return _("{name}: a visa is needed for {nationality} citizens").format(
        name=name, nationality=nationality)


def _print_conflicts(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> None:
    for c in res["conflicts"]:
        i, j = c["stays"]
        for a, b in c["days"]:
            out(_("CONFLICT {first} and {second}: both on {span}").format(
                first=stay_text(i, ctx.stays), second=stay_text(j, ctx.stays),
                span=_span_text(a, b)))


def _print_check(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> None:
    rules, nationality = ctx.rules, ctx.nationality
    for r in res["results"]:
        rule = rules.rule(r["rule"])
        title = (rule.title or rule.describe()) if rule else r["rule"]
        head = f"{r['destination']:<9} {title} [{r['rule']}]"
        if not r["breaches"]:
            out(_("{head}: compliant").format(head=head))
        for a, b in r["breaches"]:
            out(_("{head}: BREACH {span}").format(head=head, span=_span_text(a, b)))
    for c in res["unchecked"]:
        why = (_("home country") if c == nationality
               else _("no rule data for {nationality} citizens").format(nationality=nationality))
        out(_("{code} not checked: {why}").format(code=f"{c:<9}", why=why))
    for n in res["notes"]:
        if n["kind"] == "unchecked" and n["country"] not in res["unchecked"]:
            for a, b in n["days"]:
                out(_("{code} not checked on {span}: no rule data for {nationality} citizens "
                      "on these days").format(code=f"{n['country']:<9}", span=_span_text(a, b),
                                              nationality=nationality))
    seen = set()
    for n in res["notes"]:
        if n["kind"] == "visa-required" and (n["destination"], n["since"]) not in seen:
            seen.add((n["destination"], n["since"]))
            out(visa_text(n["destination"], nationality, n["since"], rules))
    _print_conflicts(res, out, ctx)
    out({"compliant": _("compliant"), "breach": _("NOT COMPLIANT"),
         "unchecked": _("NOT FULLY CHECKED: no rule data covers some days")}[res["status"]])


def _print_windows(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> None:
    for s in res["stays"]:
        visa = s.get("visa_required")
        if visa:
            verdict = visa_text(visa["destination"], ctx.nationality, visa["since"], ctx.rules)
        elif s.get("unlimited"):
            verdict = _("no limit")
        elif s["latest_exit"] is None:
            verdict = _("no compliant exit: even one day there adds a breach")
        elif s["breaching"]:
            verdict = _("leave by {day}").format(day=s["latest_exit"])
        elif s["latest_exit"] < s["exit"]:
            verdict = _("may stay until {day}: later days here make a later stay breach"
                        ).format(day=s["latest_exit"])
        else:
            verdict = _("may stay until {day}").format(day=s["latest_exit"])
        mark = _("BREACH") + " " if s["breaching"] else ""
        out(f"#{s['index'] + 1:<3} {s['country']} {s['entry']} – {s['exit']}: {mark}{verdict}")


def _print_plan(res: dict[str, Any], out: Callable[[str], None], _ctx: _Context) -> None:
    if res.get("unlimited"):
        out(_("{country} from {day}: no limit").format(country=res["country"], day=res["enter"]))
    elif not res["max_days"]:
        out(_("{country} from {day}: no day is allowed").format(country=res["country"],
                                                                day=res["enter"]))
    else:
        out(_("{country} from {day}: up to {n} days, last day {last}").format(
            country=res["country"], day=res["enter"], n=res["max_days"], last=res["last_day"]))


def _print_reentry(res: dict[str, Any], out: Callable[[str], None], _ctx: _Context) -> None:
    e = res["earliest_entry"]
    if e is None:
        out(_("{country}: no day within ten years allows {n} days").format(
            country=res["country"], n=res["days"]))
    else:
        out(_("{country}: enter on {day} or later to stay {n} days").format(
            country=res["country"], day=e, n=res["days"]))


def _print_usage(res: dict[str, Any], out: Callable[[str], None], _ctx: _Context) -> None:
    day = dt.date.fromisoformat(res["from"])
    for used, allowed in zip(res["used"], res["allowed"], strict=True):
        text = _("no limit") if allowed is None else f"{used}/{allowed}"
        flag = "  " + _("over") if allowed is not None and used > allowed else ""
        out(f"{day.isoformat()}  {res['destination']}  {text}{flag}")
        day += dt.timedelta(days=1)


PRINTERS: dict[str, Callable[[dict[str, Any], Callable[[str], None], _Context], None]] = {
    "check": _print_check, "windows": _print_windows, "plan": _print_plan,
    "reentry": _print_reentry, "usage": _print_usage,
}


def run_command(args: argparse.Namespace) -> tuple[dict[str, Any], int, _Context]:
    from planner import api

    rules = api.load_rules(args.rules)
    it = api.load(args.file)
    ctx = _Context(rules, it.traveller.nationality, it.stays)
    res, status = _answer(api, args, it, rules)
    return res, status, ctx


def _answer(api: Any, args: argparse.Namespace, it: Itinerary,
            rules: RuleSet) -> tuple[dict[str, Any], int]:
    match args.command:
        case "check":
            res = api.check(it, rules=rules)
            return res, {"compliant": EXIT_OK, "breach": EXIT_BREACH,
                         "unchecked": EXIT_UNCHECKED}[res["status"]]
        case "windows":
            return api.windows(it, rules=rules), EXIT_OK
        case "plan":
            return api.plan(it, args.country, args.enter, rules=rules), EXIT_OK
        case "reentry":
            return api.reentry(it, args.country, args.days, args.after, rules=rules), EXIT_OK
        case "usage":
            return api.usage(it, args.destination, args.start, args.end, rules=rules), EXIT_OK
    raise AssertionError(args.command)


def _fail(message: str) -> int:
    text = " ".join(str(message).split())  # one line, whatever the message
    log.cli.info("unusable input: %s", text)
    print(f"stay-planner: {text}", file=sys.stderr)
    return EXIT_UNUSABLE


def _wants_window(args: list[str]) -> bool:
    """No arguments, or one that names an itinerary rather than a subcommand."""
    if not args:
        return True
    if len(args) != 1 or args[0] in all_commands() or args[0].startswith("-"):
        return False
    return args[0].endswith(".stayplan") or Path(args[0]).is_file()


def _take_verbose(args: list[str]) -> tuple[list[str], bool]:
    """``args`` without ``-v``/``--verbose`` (before a ``--``), and whether one was there."""
    end = args.index("--") if "--" in args else len(args)
    kept = [a for a in args[:end] if a not in ("-v", "--verbose")] + args[end:]
    return kept, len(kept) != len(args)


#: Thread pools of the numeric libraries under NumPy: the engine does no linear
#: algebra, and starting a pool per core costs a one-shot command ~50 ms.
ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main(argv: Sequence[str] | None = None) -> int:
    for name in ONE_THREAD:  # before NumPy loads; a user's own setting wins
        os.environ.setdefault(name, "1")
    args_list, verbose = _take_verbose(list(sys.argv[1:] if argv is None else argv))
    log.setup(verbose=verbose)
    if _wants_window(args_list):
        from planner.ui.window.app import run  # the window; imports Qt

        return run([sys.argv[0], *args_list])
    from planner.api import InputError, ItineraryError
    from planner.core.rules import RuleDataError

    try:
        args = build_parser().parse_args(args_list)
        for plugin in _plugins():
            if args.command in plugin.COMMANDS:
                return int(plugin.run(args))
        res, status, ctx = run_command(args)
    except UsageError as e:
        return _fail(_("{error} (see stay-planner --help)").format(error=e))
    except (ItineraryError, InputError, RuleDataError) as e:
        return _fail(str(e))
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        PRINTERS[args.command](res, print, ctx)
    return status


if __name__ == "__main__":
    raise SystemExit(main())

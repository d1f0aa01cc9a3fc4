"""The ``stay-planner`` command line: a thin printer on top of :mod:`planner.api`.

``stay-planner check|windows|plan|reentry|usage FILE …`` answer from the
rules core without importing Qt, so they start fast. ``stay-planner`` with no
subcommand (or with just a file) opens the window.

Exit status: 0 compliant / answered, 1 a breach or a conflict was found
(``check``), 3 nothing breaches but some days are unchecked (no rule data
for the traveller's nationality), 2 the input cannot be used, with a
one-line reason on standard error (:mod:`planner.cli_guard` makes sure of
that for whatever escapes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from planner import __version__, collector, log
from planner.i18n import _
from planner.names import country_name, destination_from_text
from planner.wording import may_stay_text, visa_text

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
PLUGINS = ("planner.cli_exchange", "planner.cli_report", "planner.cli_planning",
           "planner.cli_rules", "planner.cli_deadlines")
EXIT_OK, EXIT_BREACH, EXIT_UNUSABLE, EXIT_UNCHECKED = 0, 1, 2, 3


@dataclass(frozen=True)
class _Context:
    """What the text printers need besides the answer."""

    rules: RuleSet
    nationality: str
    stays: tuple[Stay, ...] = ()


class UsageError(Exception):
    """A command line that cannot be used."""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, with its "usage:" in the user's language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line and exit status 2, and whose own
    words in ``--help`` (section titles, ``-h``) are in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        for action in self._actions:
            if action.dest == "help":
                action.help = _("show this help message and exit")

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(text: str) -> dt.date:
    from planner.limits import date_problem

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date (YYYY-MM-DD)").format(text=repr(text))) from None
    problem = date_problem(day)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return day


def _positive(text: str) -> int:
    from planner.limits import MAX_DIGITS, day_count_problem

    try:
        n = int(text) if len(text.strip()) <= MAX_DIGITS else 0
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            _("{text} is not a number of days (1 or more)").format(text=repr(text[:30])))
    problem = day_count_problem(n)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return n


def _code(text: str) -> str:
    """A destination as typed: an ISO code or a zone id in any case, or the name of
    a country or zone in a language the program reads ("Kazakhstan", "Казахстан",
    "Schengen"), as the importers read them. Anything else goes on upper-cased,
    for the answer to refuse with a reason."""
    return destination_from_text(text) or text.strip().upper()


def destination_help() -> str:
    """The help of a destination option, in the current language."""
    return _("a country or a zone: an ISO code (KZ), a zone id (SCHENGEN) or a name "
             "(Kazakhstan, Казахстан)")


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


def _today() -> dt.date:
    """Today, read here at the edge of the program and passed into the answers."""
    return dt.date.today()


def version_text() -> str:
    """``stay-planner --version``: the program's version, the rule data's version and age."""
    from planner import api_base, api_judge
    from planner.core.rules import RuleDataError

    lines = [f"stay-planner {__version__}"]
    try:
        rules = api_base.load_rules()
    except RuleDataError as e:
        return "\n".join([*lines, _("rule data cannot be read: {error}").format(error=e)])
    newest = rules.newest_checked()
    lines.append(_("rule data {version}, last checked {day}").format(
        version=rules.data_version or "?", day=newest.isoformat() if newest else "?"))
    if rules.stale_on(_today()):
        lines.append(api_judge.stale_note(rules)["text"])
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    """``--version``, computed when asked for (reading the rule data costs time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(version_text())
        parser.exit()


def build_parser(plugins: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``plugins``, only :data:`SUBCOMMANDS`
    (enough to run one of them: the plug-ins' modules are not imported)."""
    p = _Parser(prog="stay-planner",
                description=_("Check planned stays against visa-free stay limits."))
    p.add_argument("--version", action=_VersionAction,
                   help=_("show the program's and the rule data's version and exit"))
    p.add_argument("-v", "--verbose", action="store_true",
                   help=_("also print what the program logs to standard error "
                          "(may stand anywhere on the line)"))
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        return add_itinerary_command(sub, name, help_)

    add("check", _("report every day that breaches a stay limit"))
    add("windows", _("the latest compliant exit of each stay"))
    sp = add("plan", _("the longest stay that may start on a day"))
    sp.add_argument("--country", type=_code, required=True, metavar="CC", help=destination_help())
    sp.add_argument("--enter", type=_date, required=True, metavar="DATE",
                    help=_("the first day of the stay"))
    sp = add("reentry", _("the first day one may enter and stay K days"))
    sp.add_argument("--country", type=_code, required=True, metavar="CC", help=destination_help())
    sp.add_argument("--days", type=_positive, required=True, metavar="K",
                    help=_("the length of the stay, in days"))
    sp.add_argument("--after", type=_date, metavar="DATE",
                    help=_("the first day to try (default: the day after the last stay there)"))
    sp = add("usage", _("days used and allowed, day by day"))
    sp.add_argument("--destination", type=_code, required=True, metavar="D",
                    help=destination_help())
    sp.add_argument("--from", dest="start", type=_date, metavar="DATE",
                    help=_("the first day (default: the first entry there)"))
    sp.add_argument("--to", dest="end", type=_date, metavar="DATE",
                    help=_("the last day (default: the last exit there)"))
    for plugin in _plugins() if plugins else ():
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
    for n in res["notes"]:
        if n["kind"] == "rule-ends":
            then = (_("a visa is needed after it") if n["then"] == "visa-required"
                    else _("no rule data covers the days after it"))
            out(_("note: {destination} rule {rule} ends on {day}, under stay #{n}; {then} "
                  "(source: {source})").format(destination=n["destination"], rule=n["rule"],
                                               day=n["ends"], n=n["stay"] + 1, then=then,
                                               source=n["source"]))
        elif n["kind"] == "stale-data":
            out(_("Note: {text}").format(text=n["text"]))
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
        else:
            verdict = may_stay_text(s["latest_exit"], s["latest_exit"] < s["exit"])
        mark = _("BREACH") + " " if s["breaching"] else ""
        out(f"#{s['index'] + 1:<3} {s['country']} {s['entry']} – {s['exit']}: {mark}{verdict}")


def _print_visa(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> bool:
    """The visa sentence when the answer is "a visa is needed" (and True)."""
    visa = res.get("visa_required")
    if visa:
        out(visa_text(visa["destination"], ctx.nationality, visa["since"], ctx.rules))
    return bool(visa)


def _print_plan(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> None:
    if _print_visa(res, out, ctx):
        return
    if res.get("unlimited"):
        out(_("{country} from {day}: no limit").format(country=res["country"], day=res["enter"]))
    elif not res["max_days"]:
        out(_("{country} from {day}: no day is allowed").format(country=res["country"],
                                                                day=res["enter"]))
    else:
        out(_("{country} from {day}: up to {n} days, last day {last}").format(
            country=res["country"], day=res["enter"], n=res["max_days"], last=res["last_day"]))


def _print_reentry(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> None:
    if _print_visa(res, out, ctx):
        return
    e = res["earliest_entry"]
    if e is None:
        out(_("{country}: no day within ten years allows {n} days").format(
            country=res["country"], n=res["days"]))
    else:
        out(_("{country}: enter on {day} or later to stay {n} days").format(
            country=res["country"], day=e, n=res["days"]))


def _print_usage(res: dict[str, Any], out: Callable[[str], None], ctx: _Context) -> None:
    if "asked" in res:
        out(_("{asked} counts in {zone} ({code}): the days below are the zone's").format(
            asked=res["asked"], zone=country_name(res["destination"], fallback=ctx.rules.names),
            code=res["destination"]))
    day = dt.date.fromisoformat(res["from"])
    for used, allowed, present in zip(res["used"], res["allowed"], res["present"], strict=True):
        text = _("no limit") if allowed is None else f"{used}/{allowed}"
        flag = "  " + _("over") if present and allowed is not None and used > allowed else ""
        out(f"{day.isoformat()}  {res['destination']}  {text}{flag}")
        day += dt.timedelta(days=1)


PRINTERS: dict[str, Callable[[dict[str, Any], Callable[[str], None], _Context], None]] = {
    "check": _print_check, "windows": _print_windows, "plan": _print_plan,
    "reentry": _print_reentry, "usage": _print_usage,
}


def run_command(args: argparse.Namespace) -> tuple[dict[str, Any], int, _Context]:
    from planner import api_base

    rules = api_base.load_rules(args.rules)
    it = api_base.load(args.file)
    ctx = _Context(rules, it.traveller.nationality, it.stays)
    res, status = _answer(args, it, rules)
    return res, status, ctx


def _answer(args: argparse.Namespace, it: Itinerary,
            rules: RuleSet) -> tuple[dict[str, Any], int]:
    if args.command in ("check", "usage"):  # without the planning answers (if small, NumPy)
        from planner import api_judge

        if args.command == "usage":
            return api_judge.usage(it, args.destination, args.start, args.end, rules=rules,
                                   one_shot=True), EXIT_OK
        res = api_judge.check(it, rules=rules, today=_today(), one_shot=True)
        return res, {"compliant": EXIT_OK, "breach": EXIT_BREACH,
                     "unchecked": EXIT_UNCHECKED}[res["status"]]
    from planner import api

    match args.command:
        case "windows":
            return api.windows(it, rules=rules), EXIT_OK
        case "plan":
            return api.plan(it, args.country, args.enter, rules=rules), EXIT_OK
        case "reentry":
            return api.reentry(it, args.country, args.days, args.after, rules=rules), EXIT_OK
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
    if len(args) != 1 or args[0].startswith("-") or args[0] in all_commands():
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
    """Run the command line; the exit status. No failure escapes as a traceback."""
    from planner.cli_guard import guarded

    for name in ONE_THREAD:  # before NumPy loads; a user's own setting wins
        os.environ.setdefault(name, "1")
    return guarded(lambda: _main(argv))


def _main(argv: Sequence[str] | None) -> int:
    args_list, verbose = _take_verbose(list(sys.argv[1:] if argv is None else argv))
    log.setup(verbose=verbose, deferred=True)  # the file opens if something is logged
    if _wants_window(args_list):
        collector.pause()  # until the window has painted its itinerary
        try:
            from planner.ui.window.app import run  # the window; imports Qt

            return run([sys.argv[0], *args_list])
        finally:
            collector.resume()  # (run's start resumed it already, unless it failed)
    from planner.api_base import InputError
    from planner.core.rules import RuleDataError
    from planner.storage import ItineraryError

    # One of our own subcommands (or --version alone) needs no plug-in's parser.
    own = args_list[:1] == ["--version"] or bool(args_list) and args_list[0] in SUBCOMMANDS
    try:
        args = build_parser(plugins=not own).parse_args(args_list)
        for plugin in () if own else _plugins():
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

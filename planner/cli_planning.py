"""``stay-planner fix`` and ``stay-planner suggest``: a plug-in of :mod:`planner.cli`.

``stay-planner fix FILE -o OUT [--force] [--json]`` writes a compliant
version of the itinerary (:func:`planner.core.fixing.fix`: stays trimmed,
moved later or dropped, never earlier, order kept, no conflict added; a stay
moved to make room for another says so, ``pushed_by`` in JSON) to OUT, atomically, with
the traveller and every unknown key kept, and prints one line per stay.
It refuses to write over FILE itself (or a rule file it read), and over an
existing OUT unless ``--force`` (:mod:`planner.storage.output`). Exit status:
0 when FILE was already compliant (OUT is a copy), 1 when stays had to
change, 2 for unusable input.

``stay-planner suggest FILE [--json]``: for each breaching stay, in file
order, its exit window (:func:`planner.core.advice.exit_window`): leave by,
the next planned stay there and the earliest return for its length, the gap
and where to go meanwhile; then, for a stay a registration rule covers, the
day to register by ("register by 2024-03-13 (kz-host-notification-3-working-days)"),
a deadline to act on, never a breach. ``--json`` is :func:`planner.api.suggest`'s
answer, with the same deadlines under ``registrations``. Exit status 0 when no
stay breaches (nothing to suggest), 1 when some stay does, 2 for unusable input.

JSON follows the other subcommands: ISO dates, ``null`` for none, stays named
by their ``index`` in file order. For example ``suggest --json`` on a Russian's
KZ 2023-02-01 .. 2023-06-01 prints ``{"suggestions": [{"index": 0, "country":
"KZ", "entry": "2023-02-01", "exit": "2023-06-01", "leave_by": "2023-05-01",
"next_stay": null, "return_days": 31, "earliest_return": "2023-07-31", "gap":
["2023-05-02", "2023-07-30"], "where_to_go": [{"country": "RU", "max_days":
null, "rule": null, "reason": "home country"}, …]}]}``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import log
from planner.cli import add_itinerary_command
from planner.i18n import _
from planner.wording import visa_text

if TYPE_CHECKING:
    from planner.core.rules import RuleSet

COMMANDS = ("fix", "suggest")
EXIT_OK, EXIT_BREACH = 0, 1


def add_parsers(sub: Any) -> None:
    """Add the ``fix`` and ``suggest`` sub-parsers (one-line errors, as the rest)."""
    for name, text in (("fix", _("write a compliant version of an itinerary")),
                       ("suggest", _("exit windows and where to go, for each breaching stay"))):
        sp = add_itinerary_command(sub, name, text)
        if name == "fix":
            sp.add_argument("-o", "--output", required=True, metavar="OUT",
                            help=_("where to write the compliant itinerary"))
            sp.add_argument("--force", action="store_true", help=_("overwrite OUT if it exists"))


def _span(a: str, b: str) -> str:
    return f"{a} – {b}"


def _word(text: str) -> str:
    """One of the core's fixed words ("moved", "home country" …) in the user's language."""
    words = {"kept": _("kept"), "trimmed": _("trimmed"), "moved": _("moved"),
             "dropped": _("dropped"), "home country": _("home country"),
             "no limit": _("no limit"), "trim": _("trim"), "trim-forward": _("trim-forward"),
             "move": _("move")}
    return words.get(text, text)


def _print_fix(doc: dict[str, Any], out: Callable[[str], None]) -> None:
    for c in doc["changes"]:
        head = f"#{c['index'] + 1:<3} {c['country']} {_span(c['entry'], c['exit'])}"
        if c["action"] == "kept":
            out(_("{head}: kept").format(head=head))
        elif c["action"] == "dropped":
            out(_("{head}: dropped (no compliant day left for it)").format(head=head))
        else:
            line = _("{head}: {action} to {span}").format(
                head=head, action=_word(c["action"]), span=_span(c["new_entry"], c["new_exit"]))
            if c["pushed_by"] is not None:
                line += " " + _("(to make room for #{n})").format(n=c["pushed_by"] + 1)
            out(line)
    out(_("wrote {file}: {n} of {m} visa-free days kept").format(
        file=doc["output"], n=doc["days_after"], m=doc["days_before"])
        + ("" if doc["compliant_before"] else f" ({_word(doc['strategy'])})"))


def registration_lines(w: dict[str, Any]) -> list[str]:
    """What the suggestion's stay must be registered by, one line per registration
    rule (from the answer's ``registrations``): a deadline to act on, not a
    breach; a rule whose working days cannot be counted says so (and is logged)."""
    if w["registrations"] is None:
        log.rules.warning("registration deadline of stay #%d not counted: %s", w["index"] + 1,
                          w["registration_error"])
        return [_("registration deadline unknown: {error}").format(error=w["registration_error"])]
    return [(_("registered ({rule})") if d["done"] else _("register by {day} ({rule})"))
            .format(day=d["date"], rule=d["rule"]) for d in w["registrations"]]


def _print_suggest(doc: dict[str, Any], out: Callable[[str], None], rules: RuleSet,
                   nationality: str) -> None:
    if not doc["suggestions"]:
        out(_("no stay breaches: nothing to suggest"))
    for w in doc["suggestions"]:
        head = f"#{w['index'] + 1:<3} {w['country']} {_span(w['entry'], w['exit'])}"
        visa = w["visa_required"]
        registration = registration_lines(w)
        if visa:
            out(f"{head}: " + visa_text(visa["destination"], nationality, visa["since"], rules))
            for line in registration:
                out("     " + line)
            continue
        if w["leave_by"] is None:
            out(_("{head}: no compliant day; do not enter on {day}").format(
                head=head, day=w["entry"]))
        else:
            out(_("{head}: leave by {day}").format(head=head, day=w["leave_by"]))
        for line in registration:
            out("     " + line)
        nxt, ret = w["next_stay"], w["earliest_return"]
        what = (_("your next stay there (#{n}, {span}, {days} days)").format(
                    n=nxt["index"] + 1, span=_span(nxt["entry"], nxt["exit"]),
                    days=nxt["days"]) if nxt
                else _("a {n}-day stay").format(n=w["return_days"]) if w["return_days"]
                else _("a stay"))
        if not ret:
            line = _("return: no day within ten years allows {what}").format(what=what)
        elif nxt and ret <= nxt["entry"]:
            line = _("return: {what} fits as planned (it could start from {day})").format(
                what=what, day=ret)
        elif nxt:
            line = _("return: {what} must start on {day} or later").format(what=what, day=ret)
        else:
            line = _("return: {what} may start on {day}").format(what=what, day=ret)
        out("     " + line)
        if w["gap"] is None:
            continue
        a, b = w["gap"]
        out("     " + _("meanwhile, {span}:").format(span=_span(a, b)))
        for s in w["where_to_go"]:
            limit = (_("no limit") if s["max_days"] is None
                     else _("up to {n} days").format(n=s["max_days"]))
            rule = f" [{s['rule']}]" if s["rule"] else ""
            why = _word(s["reason"]) if s["reason"] in ("home country", "no limit") \
                else f"{limit}, {s['reason']}"
            out(f"       {s['country']}  {why}{rule}")
        if w["chain"]:
            out("     " + _("no single country but home covers it; one after another:"))
            for part in w["chain"]:
                out(f"       {part['country']}  {_span(part['entry'], part['exit'])}")


def run(args: argparse.Namespace) -> int:
    """Run ``fix`` or ``suggest``; returns the exit status (errors raise)."""
    from planner import api
    from planner.storage import write_itinerary
    from planner.storage.output import Kind, check_target

    rules = api.load_rules(args.rules)
    it = api.load(args.file)
    if args.command == "suggest":
        doc = api.suggest(it, rules=rules)
        if args.json:
            print(json.dumps(doc, ensure_ascii=False))
        else:
            _print_suggest(doc, print, rules, it.traveller.nationality)
        return EXIT_BREACH if doc["suggestions"] else EXIT_OK
    out_path = Path(args.output)
    inputs = (args.file, *args.rules)
    check_target(args.output, Kind.ITINERARY, force=args.force, inputs=inputs)
    res, doc = api.fix_answer(it, rules)
    write_itinerary(it.with_stays(res.stays), out_path, force=args.force, inputs=inputs)
    doc = {"output": str(out_path), **doc}
    if args.json:
        print(json.dumps(doc, ensure_ascii=False))
    else:
        _print_fix(doc, print)
    return EXIT_OK if doc["compliant_before"] else EXIT_BREACH

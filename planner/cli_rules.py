"""``stay-planner rules``: list, install and remove rule data; a plug-in of :mod:`planner.cli`.

``stay-planner rules [--destination D] [--nationality CC] [--on DATE] [--file FILE] [--json]``
lists the rules in effect (bundled, installed, ``--rules`` files): kind,
numbers, dates, source, the day the source was checked and the note; with
``--file`` the rules that apply to that itinerary (its destinations, its
traveller's nationality, in force during its stays) come first. Installed
files are listed with their own newest checked day, and a bundled rule that
an installed one replaces is listed as overridden.

``stay-planner rules install FILE`` validates FILE with the loader and limits
of the bundled data and installs it into the user's data folder
(:mod:`planner.storage.user_rules`), atomically; from then on the window and
every command use it without ``--rules``. ``stay-planner rules remove NAME``
removes an installed file (by name) or one installed rule (by id).

Exit status 0, or 2 with a one-line reason when the input cannot be used (a
broken file is refused with the reason and nothing is installed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from planner.i18n import _

if TYPE_CHECKING:
    from planner.core.rules import Rule
    from planner.storage.user_rules import InstalledFile

COMMANDS = ("rules",)


def add_parsers(sub: Any) -> None:
    """Add ``rules`` (listing) with its ``install`` and ``remove`` actions."""
    from planner.cli import _code, _date, _Parser, add_rules_option

    help_ = _("list the stay rules, or install and remove rule files")
    sp = sub.add_parser("rules", help=help_, description=help_)
    sp.add_argument("--destination", type=_code, metavar="D",
                    help=_("only rules for this country or zone (a country's zones included)"))
    sp.add_argument("--nationality", type=_code, metavar="CC",
                    help=_("only rules for citizens of this country"))
    sp.add_argument("--on", type=_date, metavar="DATE", help=_("only rules in force on this day"))
    sp.add_argument("--file", metavar="FILE",
                    help=_("an itinerary: the rules that apply to it come first"))
    sp.add_argument("--json", action="store_true", help=_("print JSON"))
    add_rules_option(sp)
    actions = sp.add_subparsers(dest="rules_action", parser_class=_Parser)
    ip = actions.add_parser("install", help=_("validate a rule file and install it"))
    ip.add_argument("source", metavar="FILE", help=_("a rule file (.json)"))
    rp = actions.add_parser("remove", help=_("remove an installed rule file or rule"))
    rp.add_argument("name", metavar="ID", help=_("an installed file's name or a rule's id"))


def run(args: argparse.Namespace) -> int:
    """List, install or remove; unusable input raises the errors the CLI reports."""
    from pathlib import Path

    from planner.storage import user_rules

    match args.rules_action:
        case "install":
            installed = user_rules.install(Path(args.source))
            _print_installed(installed, print)
            return 0
        case "remove":
            path, ids = user_rules.remove(args.name)
            what = path.name if args.name in (path.name, path.stem) else ", ".join(ids)
            print(_("removed {what} ({folder})").format(what=what, folder=path.parent))
            return 0
    res = listing(args.rules, args.destination, args.nationality, args.on, args.file)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        _print_listing(res, print)
    return 0


def _print_installed(f: InstalledFile, out: Callable[[str], None]) -> None:
    checked = f.checked.isoformat() if f.checked else "?"
    out(_("installed {file} ({n} rules, checked {day}) into {folder}").format(
        file=f.path.name, n=len(f.rules), day=checked, folder=f.path.parent))
    for rid in f.overrides:
        out(_("  overrides the bundled rule {rule}").format(rule=rid))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _rule_row(r: Rule, origin: str, applies: bool | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": r.id, "destination": r.destination, "nationalities": sorted(r.nationalities),
        "kind": r.kind.value, "max_days": r.max_days, "window_days": r.window_days,
        "valid_from": _iso(r.valid_from), "valid_to": _iso(r.valid_to), "title": r.title,
        "description": r.describe(), "source": r.source, "checked": _iso(r.checked),
        "note": r.note, "fallback": r.fallback, "origin": origin, "overridden_by": None,
    }
    if applies is not None:
        row["applies"] = applies
    return row


def listing(extra: list[str], destination: str | None = None, nationality: str | None = None,
            on: dt.date | None = None, itinerary: str | None = None) -> dict[str, Any]:
    """The ``rules --json`` answer: the data's version, installed files and the rules."""
    from pathlib import Path

    from planner import api
    from planner.core.rule_files import bundled_rules, read_rule_file
    from planner.core.rule_listing import applies, matches
    from planner.storage.user_rules import installed_files

    rules = api.load_rules(extra)
    bundled = bundled_rules()
    files = installed_files()
    origin = {r.id: "bundled" for r in bundled.rules}
    for f in files:
        origin.update({r.id: f"installed:{f.path.name}" for r in f.rules})
    for p in extra:
        origin.update({r.id: f"rules:{p}" for r in read_rule_file(Path(p), rules).rules})
    it = api.load(itinerary) if itinerary else None
    rows = []
    for r in rules.rules:
        if not matches(rules, r, destination, nationality, on):
            continue
        nat = it.traveller.nationality if it else ""
        rows.append(_rule_row(r, origin.get(r.id, "bundled"),
                              applies(rules, r, nat, it.stays) if it else None))
        replaced = bundled.rule(r.id)
        if replaced is not None and replaced != r:
            old = _rule_row(replaced, "bundled",
                            applies(rules, replaced, nat, it.stays) if it else None)
            old["overridden_by"] = rows[-1]["origin"]
            rows.append(old)
    if it is not None:
        rows.sort(key=lambda row: not row["applies"])  # stable: file order otherwise
    newest = rules.newest_checked()
    return {
        "data_version": rules.data_version, "newest_checked": _iso(newest),
        "installed": [{"file": f.path.name, "path": str(f.path), "checked": _iso(f.checked),
                       "rules": [r.id for r in f.rules], "overrides": list(f.overrides)}
                      for f in files],
        "rules": rows,
    }


def _print_listing(res: dict[str, Any], out: Callable[[str], None]) -> None:
    out(_("rule data {version}, last checked {day}").format(
        version=res["data_version"] or "?", day=res["newest_checked"] or "?"))
    for f in res["installed"]:
        out(_("installed: {file} (checked {day}): {n} rules").format(
            file=f["file"], day=f["checked"] or "?", n=len(f["rules"])))
    for r in res["rules"]:
        dates = f"{r['valid_from'] or '…'} – {r['valid_to'] or '…'}"
        marks = []
        if r.get("applies"):
            marks.append(_("applies to the itinerary"))
        if r["overridden_by"]:
            marks.append(_("overridden by {origin}").format(origin=r["overridden_by"]))
        elif r["origin"] != "bundled":
            marks.append(r["origin"])
        if r["fallback"]:
            marks.append(_("assumed after a temporary rule ends"))
        tail = f"  [{'; '.join(marks)}]" if marks else ""
        out(f"{r['destination']:<9} {r['id']}: {r['description']}, {dates}{tail}")
        out("    " + _("for: {nats}").format(nats=", ".join(r["nationalities"])
                                             if len(r["nationalities"]) <= 12 else
                                             _("{n} nationalities").format(
                                                 n=len(r["nationalities"]))))
        out("    " + _("source: {source}").format(source=r["source"]))
        out("    " + _("checked: {day}").format(day=r["checked"]))
        if r["note"]:
            out("    " + _("note: {note}").format(note=r["note"]))

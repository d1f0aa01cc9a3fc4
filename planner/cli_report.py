"""``stay-planner summary``: write the one-page stay summary as a PDF.

A plug-in of :mod:`planner.cli` (see ``PLUGINS`` there)::

    stay-planner summary FILE -o OUT.pdf [--date DATE] [--lang en|ru|kk] [--rules RULES]
                         [--paper auto|a4|letter]

``--date`` is the summary's date (default: today): days used are counted in
the window ending on it and the deadlines start from it. Exit status 0 when
the PDF was written, 2 when the input cannot be used (one line on standard
error). Qt is imported only when the command runs; without a display it
paints offscreen. The PDF is written to a temporary file next to OUT and
moved into place when complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from planner.cli import _date, add_rules_option
from planner.i18n import _

COMMANDS = ("summary",)

_app: Any = None  # the QGuiApplication this command made, kept alive


def add_parsers(sub: Any) -> None:
    """Add the ``summary`` sub-parser to the ``stay-planner`` parser."""
    help_ = "write a one-page stay summary as PDF"
    sp = sub.add_parser("summary", help=help_, description=help_)
    sp.add_argument("file", metavar="FILE", help="an itinerary (.stayplan)")
    sp.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                    help="the PDF file to write")
    sp.add_argument("--date", type=_date, metavar="DATE",
                    help="the summary's date (default: today)")
    sp.add_argument("--lang", choices=("en", "ru", "kk"), default="en", help="language")
    sp.add_argument("--paper", choices=("auto", "a4", "letter"), default="auto",
                    help="paper size (auto: Letter in US locales, A4 elsewhere)")
    add_rules_option(sp)


def _ensure_app() -> None:
    """A QGuiApplication, offscreen when there is no display to talk to."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["stay-planner"])


def run(args: argparse.Namespace) -> int:
    """Write the summary; 0 when written. Unusable input raises InputError,
    ItineraryError or RuleDataError, which the command line reports (status 2)."""
    from planner import api
    from planner.report.summary_data import SummaryError, build_summary

    rules = api.load_rules(args.rules)
    it = api.load(args.file)
    out = Path(args.output)
    if out.is_dir():
        raise api.InputError(_("{file} is a folder; give a file name such as summary.pdf")
                             .format(file=out))
    if not out.parent.is_dir():
        raise api.InputError(_("cannot write {file}: the folder {folder} does not exist")
                             .format(file=out, folder=out.parent))
    try:
        summary = build_summary(it, rules, args.date or dt.date.today(), lang=args.lang,
                                made=dt.date.today())
    except SummaryError as e:
        raise api.InputError(str(e)) from None
    _ensure_app()
    from planner.report.fonts import FontError
    from planner.report.summary_pdf import page_size_named, render_pdf

    try:
        pages = render_pdf(summary, out, page_size_named(args.paper))
    except FontError as e:
        raise api.InputError(str(e)) from None
    except OSError as e:
        raise api.InputError(_("cannot write {file}: {reason}")
                             .format(file=out, reason=e.strerror or e)) from None
    print(f"{out}: {pages} page{'s' if pages != 1 else ''}")
    return 0

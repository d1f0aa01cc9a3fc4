"""``stay-planner summary``: write the one-page stay summary as a PDF.

A plug-in of :mod:`planner.cli` (see ``PLUGINS`` there)::

    stay-planner summary FILE -o OUT.pdf [--date DATE] [--lang en|ru|kk] [--rules RULES]
                         [--paper auto|a4|letter] [--force]

``--date`` is the summary's date (default: today): days used are counted in
the window ending on it and the deadlines start from it. Exit status 0 when
the PDF was written, 2 when the input cannot be used (one line on standard
error). Qt is imported only when the command runs; without a display it
paints offscreen. The PDF is painted in memory, checked to be whole and
written through :mod:`planner.storage.output`: never over FILE or another
itinerary, a device or a FIFO, over an existing OUT only with ``--force``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from planner.cli import _date, add_rules_option
from planner.i18n import LANGS, _, language

COMMANDS = ("summary",)

_app: Any = None  # the QGuiApplication this command made, kept alive


def add_parsers(sub: Any) -> None:
    """Add the ``summary`` sub-parser to the ``stay-planner`` parser."""
    help_ = _("write a one-page stay summary as PDF")
    sp = sub.add_parser("summary", help=help_, description=help_)
    sp.add_argument("file", metavar="FILE", help=_("an itinerary (.stayplan)"))
    sp.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                    help=_("the PDF file to write"))
    sp.add_argument("--date", type=_date, metavar="DATE",
                    help=_("the summary's date (default: today)"))
    sp.add_argument("--lang", choices=LANGS, help=_(
        "the summary's language (default: the environment's, as LANG or LC_ALL give it)"))
    sp.add_argument("--paper", choices=("auto", "a4", "letter"), default="auto",
                    help=_("paper size (auto: Letter in US locales, A4 elsewhere)"))
    sp.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))
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
    from planner.storage.output import Kind, check_target

    rules = api.load_rules(args.rules)
    it = api.load(args.file)
    out = Path(args.output)
    inputs = (args.file, *args.rules)
    check_target(args.output, Kind.PDF, force=args.force, inputs=inputs)
    try:
        summary = build_summary(it, rules, args.date or dt.date.today(),
                                lang=args.lang or language(), made=dt.date.today())
    except SummaryError as e:
        raise api.InputError(str(e)) from None
    _ensure_app()
    from planner.report.fonts import FontError
    from planner.report.summary_pdf import page_size_named, render_pdf

    try:
        pages = render_pdf(summary, out, page_size_named(args.paper), force=args.force,
                           inputs=inputs)
    except FontError as e:
        raise api.InputError(str(e)) from None
    print(f"{out}: {pages} page{'s' if pages != 1 else ''}")
    return 0

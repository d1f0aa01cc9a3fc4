"""Starting the desktop program: ``run(argv)`` opens FILE, the last file, or nothing.

``argv`` is the whole command line (``argv[0]`` the program). With a file
argument that file is opened; without, the most recent file from the
settings; if that cannot be read (moved, broken), an empty itinerary. The rule
data is read with the file, once the window shows (the window starts on no
rules: it shows no stays to judge until then). A rule data problem is shown in
a dialog and the program still starts with the rules it could read.

Then every recovery file left by a crashed or killed run is offered
(:func:`planner.ui.window.recovery.offer_recoveries`): restored work opens modified,
in the start window when that shows nothing else or the same file, otherwise
in a window of its own.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs by module: PySide makes their types on first use
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from planner import collector, log
from planner.core.lazy import lazy_module
from planner.core.rules import RuleDataError, RuleSet
from planner.storage import ItineraryError
from planner.storage.safety import Recovery, RecoveryStore
from planner.ui.appearance import start as start_appearance
from planner.ui.document import Document
from planner.ui.settings import APPLICATION, ORGANIZATION, Settings
from planner.ui.window import crash
from planner.ui.window.main_window import MainWindow
from planner.ui.window.recovery import AskRestore, offer_recoveries

if TYPE_CHECKING:
    from planner.core import rule_files
    from planner.storage import user_rules
else:  # the rule files are read once the window shows
    rule_files = lazy_module("planner.core.rule_files")
    user_rules = lazy_module("planner.storage.user_rules")

#: Windows opened at start for restored work beyond the first (kept alive here).
extra_windows: list[MainWindow] = []


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def _rules() -> tuple[RuleSet, str | None]:
    """The bundled rules with the user's installed rule files on top."""
    try:
        return user_rules.load_rules(), None
    except (RuleDataError, OSError) as e:
        log.rules.error("rule data cannot be read: %s", e)
        try:  # an installed file is broken: the bundled rules still hold
            return rule_files.bundled_rules(), str(e)
        except (RuleDataError, OSError):
            return RuleSet(), str(e)


def _stale_warning(rules: RuleSet, today: dt.date) -> str | None:
    """The one warning the window gives when the rule data is old."""
    newest = rules.newest_checked()
    if newest is None or not rules.stale_on(today):
        return None
    return QCoreApplication.translate(
        "MainWindow", "The rule data was last checked on {day}, more than 180 days ago; rules "
        "may have changed since.").format(day=newest.isoformat())


def build(argv: list[str], settings: Settings | None = None, today: dt.date | None = None,
          *, recovery: RecoveryStore | None = None, ask_restore: AskRestore | None = None,
          defer_load: bool = False) -> tuple[QApplication, MainWindow]:
    """Create the application, the document and the main window (not shown).

    ``recovery`` is where autosaves go (default: the user's state folder);
    ``ask_restore(parent, recovery)`` answers the offer to restore one (default:
    a message box). Windows opened for further recoveries are in
    :data:`extra_windows`. With ``defer_load`` the file (or the last one, and
    any recoveries) is not loaded yet: call ``window.pending_load()`` after
    showing the window, so that the window appears first.
    """
    app = _application(argv)
    settings = settings or Settings()

    start_appearance(settings)  # translators, QLocale, theme
    store = recovery if recovery is not None else RecoveryStore()
    doc = Document(rules=RuleSet(), today=today)  # the rules come with the file, in load()
    window = MainWindow(doc, settings, recovery=store)

    def load() -> None:
        rules, problem = _rules()
        problem = problem or _stale_warning(rules, doc.today)
        doc.use_rules(rules)
        args = [a for a in argv[1:] if not a.startswith("-")]
        if problem:
            QtWidgets.QMessageBox.warning(
                window, QCoreApplication.translate("MainWindow", "Rule data"), problem)
        if args:
            window.open_file(Path(args[0]))
        elif settings.last_file and Path(settings.last_file).exists():
            try:
                doc.open(Path(settings.last_file))
            except ItineraryError:  # moved or broken: start empty
                log.ui.warning("the last file %s could not be reopened", settings.last_file,
                               exc_info=True)

        def target(rec: Recovery) -> MainWindow:
            empty = doc.path is None and not doc.stays and not doc.modified
            if empty or (doc.path == rec.original and not doc.modified):
                return window
            extra = MainWindow(Document(rules=rules, today=today), settings, recovery=store)
            extra_windows.append(extra)
            return extra

        offer_recoveries(store, target, ask_restore, parent=window)
        if window.isVisible():
            for extra in extra_windows:
                extra.show()

    if defer_load:
        # The caller shows the window first, then calls this: the rule data,
        # NumPy, the file and its evaluation come after the first paint.
        window.pending_load = load
    else:
        load()
    return app, window


def no_display() -> bool:
    """True on Linux/BSD with no X11 or Wayland display and no Qt platform chosen."""
    env = os.environ
    return (sys.platform.startswith(("linux", "freebsd", "openbsd"))
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
            and not env.get("QT_QPA_PLATFORM"))


def run(argv: list[str] | None = None) -> int:
    """Show the main window and run the event loop; the exit status."""
    argv = list(sys.argv if argv is None else argv)
    if no_display():
        print("stay-planner: no display to show the window on (DISPLAY and WAYLAND_DISPLAY "
              "are not set); the command line works without one: stay-planner check FILE",
              file=sys.stderr)
        return 2
    log.setup(deferred=True)  # the file opens at the first record, after the window shows
    app, window = build(argv, defer_load=True)
    start(app, window)
    return app.exec()


def start(app: QApplication, window: MainWindow, shown: Callable[[], object] = lambda: None
          ) -> None:
    """Show ``window`` (from :func:`build` with ``defer_load``) and let it paint, then
    read and judge its itinerary and paint that: what every run does before its
    event loop (and what ``bench.start`` times). ``shown()`` is called between the
    two paints. The garbage collector, which the entry point paused before the
    window's modules loaded (:mod:`planner.collector`), resumes at the end."""
    try:
        crash.install()
        window.show()
        app.processEvents()  # the window appears ...
        shown()
        window.pending_load()  # ... then the itinerary is read and judged
        for extra in extra_windows:
            extra.show()
        app.processEvents()  # the layout the new content asks for, then its paint
    finally:
        collector.resume()


if __name__ == "__main__":
    raise SystemExit(run())

"""The command line's last line of defence: no traceback ever reaches the user.

:func:`guarded` runs a command (``planner.cli``'s whole ``main``) and turns
every failure a user can cause into the contract's answer: exit status 2
and one line on standard error naming the problem. The program's own errors
(an unusable itinerary, rule or exchange file, a bad argument, a file that
may not be written) already carry such a line; what the standard library
raises on hostile input gets one here:

* ``OverflowError`` (a date past the year 9999 reached by counting days):
  "a date or a number of days is out of range";
* ``MemoryError``: "not enough memory";
* ``RecursionError``: "the input is nested too deeply";
* ``OSError`` not caught on the way (a file vanished mid-run, a disk error):
  the system's reason in words (:func:`planner.storage.atomic.os_problem`).

A reader that goes away (``stay-planner windows … | head -1``) is not an
error: standard output is pointed at ``os.devnull`` so that nothing more is
written or complained about, and the status is 141 (128 + SIGPIPE), as for
a program the pipe killed. Ctrl+C exits with 130 and no traceback. Each case
is logged (with its traceback) on the ``planner.cli`` logger.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from planner import log
from planner.i18n import _
from planner.storage.atomic import os_problem

EXIT_UNUSABLE = 2
EXIT_BROKEN_PIPE = 128 + 13
EXIT_INTERRUPTED = 128 + 2



def one_line(message: str) -> int:
    """Print ``stay-planner: MESSAGE`` on one line of standard error; status 2."""
    text = " ".join(str(message).split())
    try:
        print(f"stay-planner: {text}", file=sys.stderr)
    except OSError:  # standard error itself is gone: the status still tells
        log.cli.debug("cannot write to standard error", exc_info=True)
    return EXIT_UNUSABLE


def _quiet_stdout() -> None:
    """Point standard output at the null device: the reader is gone."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        log.cli.debug("cannot redirect standard output", exc_info=True)


def guarded(command: Callable[[], int]) -> int:
    """Run ``command`` (the exit status it returns) with the failures above caught."""
    try:
        status = command()
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return status
    except BrokenPipeError:
        log.cli.debug("standard output closed by its reader", exc_info=True)
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except OverflowError:
        log.cli.warning("out of range", exc_info=True)
        return one_line(_("a date or a number of days is out of range (dates must fall "
                          "in the years 1900–2200)"))
    except MemoryError:
        log.cli.warning("out of memory", exc_info=True)
        return one_line(_("not enough memory for this input"))
    except RecursionError:
        log.cli.warning("nested too deeply", exc_info=True)
        return one_line(_("the input is nested too deeply"))
    except OSError as exc:
        log.cli.warning("system error", exc_info=True)
        where = f"{exc.filename}: " if exc.filename else ""
        return one_line(where + os_problem(exc, reading=True))

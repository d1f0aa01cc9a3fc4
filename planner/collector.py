"""Python's cyclic garbage collector, paused while the window starts.

Starting the window makes some fifty thousand objects the collector tracks (modules, classes,
Qt's enums, the widgets' wrappers) that live as long as the program; the
collector would walk them several times over before the first paint (some
9 ms, measured) and free next to nothing. The entry point :func:`pause`\\s it
before it imports the window's modules; :func:`resume`, called once the window
has painted its itinerary, moves every object alive then into the collector's
permanent generation (:func:`gc.freeze`: later collections skip them) and
turns it back on. Reference counting frees objects as usual all the while;
what the collector alone would free stays until the program ends: cycles made
unreachable during the start, and cycles among the frozen objects that become
unreachable later (a window replaced by one in another language leaves its
Python objects). In exchange the start is faster, and its peak memory lower
too (``bench.start``: some 3 MB less by the first paint of the itinerary).

Both are no-ops when the collector was already off (a caller's choice is left
alone), so that ``resume`` may be called again in a ``finally``.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Turn the collector off until :func:`resume`, if it is on."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what the start built and turn the collector back on, if :func:`pause`
    turned it off (otherwise nothing)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """True between :func:`pause` and :func:`resume`."""
    return _paused

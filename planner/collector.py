"""Python's cyclic garbage collector, held back while the window starts and while
a file opens.

Both make objects that live on (modules, classes, Qt's enums and the widgets'
wrappers at start, some fifty thousand the collector tracks; some twenty per
stay for a file: the parsed JSON, the stays, their segments, the views'
indexes), and the collector, which counts allocations, would walk them over
and over and free next to nothing: some 9 ms before the window's first paint,
20 to 50 ms of a 5 000-stay file's 200 ms load (measured). So:

* the window's start: the entry point calls :func:`pause` before it
  imports the window's modules (and Qt); :func:`resume`, once the window has
  painted its itinerary, freezes what is alive then and turns it back on;
* a file's load runs in :func:`opening`, which pauses it for the load only.

Freezing (:func:`gc.freeze`) moves objects into the collector's permanent
generation, which later passes skip. Reference counting frees objects as usual
all the while (a document replaced by the next one goes); what the collector
alone would free stays until the program ends: cycles made unreachable while
it was held back, and cycles among the start's frozen objects that become
unreachable later (the first window, replaced by one in another language,
leaves its Python objects: once). A file opened later is not frozen: freezing
at every opening kept every window replaced after it (some 1.5 MB each), and
giving frozen objects back to the collector (:func:`gc.unfreeze`) once a
window closed made a later pass crash in PySide's wrappers of the deleted
window.

A collector someone else turned off is left off by all three.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

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


@contextlib.contextmanager
def opening() -> Iterator[None]:
    """The collector paused for the body, and on again after it."""
    if not gc.isenabled():  # someone else holds it back (or the start does): leave it so
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

"""Python's cyclic garbage collector held back while a file is opened.

Opening an itinerary makes some twenty objects per stay (the parsed JSON, the
stays, their segments, the indexes the views keep) that all live as long as
the document. The collector counts allocations: a 5 000-stay file set off
about a hundred passes while it was opened, among them a full one over every
object of the program (some 20 to 50 ms of a 200 ms load), and none of them
found anything to free. :func:`opening` pauses the collector for the load and,
when the load succeeded, moves what is alive then into the collector's
permanent generation (:func:`gc.freeze`), so that later passes do not walk the
document either. Reference counting frees those objects as usual (a document
replaced by the next one goes); only garbage in reference cycles among them
would stay, and the document's objects form none that outlive it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def opening() -> Iterator[None]:
    """The collector paused for the body; on success, what is alive frozen."""
    if not gc.isenabled():  # someone else holds it back: leave it so
        yield
        return
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        gc.enable()

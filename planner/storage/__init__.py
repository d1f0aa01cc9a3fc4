"""Itinerary files: reading, validating, migrating and atomically saving them.

The public names are re-exported here; see :mod:`planner.storage.itinerary_file`
for the format and :mod:`planner.storage.errors` for what can go wrong.

Only the errors load with the package. The format's names load with
:mod:`~planner.storage.itinerary_file` the first time one is used (a module
``__getattr__``, PEP 562): the window names :class:`ItineraryError` and makes
its recovery store before it shows, and reads a file only after that.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from planner.storage.errors import ItineraryError, UnsupportedVersionError

if TYPE_CHECKING:
    from planner.storage.itinerary_file import (
        EXTENSION,
        FORMAT,
        MAX_FILE_SIZE,
        VERSION,
        itinerary_to_bytes,
        itinerary_to_dict,
        parse_itinerary,
        parse_itinerary_bytes,
        read_itinerary,
        write_itinerary,
    )

__all__ = [
    "EXTENSION",
    "FORMAT",
    "MAX_FILE_SIZE",
    "VERSION",
    "ItineraryError",
    "UnsupportedVersionError",
    "itinerary_to_bytes",
    "itinerary_to_dict",
    "parse_itinerary",
    "parse_itinerary_bytes",
    "read_itinerary",
    "write_itinerary",
]

#: What :mod:`~planner.storage.itinerary_file` gives (all but the errors).
_FROM_FILE = frozenset(__all__) - {"ItineraryError", "UnsupportedVersionError"}


def __getattr__(name: str) -> object:
    """A name of the file format, loading :mod:`~planner.storage.itinerary_file`."""
    if name in _FROM_FILE:
        return getattr(importlib.import_module("planner.storage.itinerary_file"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

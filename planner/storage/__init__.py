"""Itinerary files: reading, validating, migrating and atomically saving them.

The public names are re-exported here; see :mod:`planner.storage.itinerary_file`
for the format and :mod:`planner.storage.errors` for what can go wrong.
"""

from planner.storage.errors import ItineraryError, UnsupportedVersionError
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

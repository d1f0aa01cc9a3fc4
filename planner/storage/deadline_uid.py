"""The UID of a deadline's calendar event, without the calendar writer.

The window names a deadline the user dismissed by the UID its event has in
an exported calendar (:mod:`planner.storage.deadline_ics`), and asks for it
when a file opens with a deadline due soon; this module holds the UID alone,
so that asking loads neither ``icalendar`` (some 50 ms) nor OpenSSL
(:mod:`planner.storage.digest`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.storage.digest import sha256


def deadline_uid(identity: str, row: Mapping[str, Any], occurrence: int = 0) -> str:
    """The same for the same file, kind, stay and rule, whatever the date."""
    parts = [identity, row["kind"], str(row["index"]), str(row["rule"]), str(occurrence)]
    hasher = sha256()
    hasher.update("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    digest = hasher.hexdigest()
    return f"{digest[:32]}@deadlines.stay-planner"

"""What every part of the Python API shares: its input error, rules and the traveller.

:mod:`planner.api` and :mod:`planner.api_deadlines` both build on these, so
neither has to import the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from planner.core.model import Itinerary
from planner.core.rules import RuleSet
from planner.i18n import _
from planner.storage import ItineraryError, read_itinerary
from planner.storage.user_rules import load_rules as load_with_installed


class InputError(ValueError):
    """An argument that cannot be used (unknown country, impossible length …)."""


def load(path: str | Path) -> Itinerary:
    """Read an itinerary file; raises :class:`ItineraryError` if it is unusable."""
    return read_itinerary(path)


def load_rules(extra: Iterable[str | Path] = ()) -> RuleSet:
    """The bundled rules, the user's installed rule files, then ``extra`` files on top.

    See :mod:`planner.storage.user_rules` for where installed files live.
    """
    return load_with_installed(extra)


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def nationality(it: Itinerary) -> str:
    nat = it.traveller.nationality
    if not nat:
        raise ItineraryError("", _("the traveller's nationality is missing: rules depend on it "
                                   "(add \"nationality\": \"RU\" or similar to \"traveller\")"))
    return nat

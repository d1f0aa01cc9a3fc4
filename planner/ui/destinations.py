"""Destinations as the window offers them: a zone (the Schengen area) stands for
its members, whose days count together; a country stands for itself.

Names come from :mod:`planner.names`, in the language the program speaks now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from planner.core.rules import RuleSet
from planner.names import ZONE_NAMES, country_name


def destination_label(code: str, fallback: Mapping[str, str] | None = None) -> str:
    """How a destination reads in a list: "KG — Kyrgyzstan", or a zone's own name."""
    name = country_name(code, fallback=fallback)
    return name if code.upper() in ZONE_NAMES else f"{code} — {name}"


def destination_short(code: str) -> str:
    """A destination in a table or a chart: the code ("KG"), or a zone's name."""
    return country_name(code) if code.upper() in ZONE_NAMES else code


def zones_of(rules: RuleSet, country: str, day: dt.date | None = None) -> list[str]:
    """The zones ``country`` counts in (on ``day``, if given), in the rule data's order."""
    return [zone for zone, ms in rules.destinations_of(country)[1:]
            if day is None or any(m.on(day) for m in ms)]


def destinations(rules: RuleSet, nationality: str, countries: Iterable[str]) -> list[str]:
    """The destinations to offer for a traveller whose stays are in ``countries``.

    Every destination the rules cover for ``nationality``, and the zones of
    ``countries``: a zone's member is offered as the zone (their days count
    together), not apart, unless rules of its own name it. Zones first, then
    countries by code.
    """
    found = set(rules.covered_destinations(nationality))
    for c in countries:
        found.update(zones_of(rules, c))
    return sorted(found, key=lambda c: (c not in rules.zones, c))

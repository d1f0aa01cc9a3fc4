"""Country names for the user interface, in the window's language (CLDR, via babel).

The core only knows which codes are countries (:mod:`planner.core.countries`);
the names users read come from :mod:`planner.names` (CLDR data from the
``babel`` package) in the language of the default :class:`QLocale`, which
:mod:`planner.ui.window.app` sets to the chosen language at start. Codes CLDR does
not know fall back to the rule data's own names, then to the code itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QLocale

from planner import names
from planner.core.countries import COUNTRY_CODES
from planner.core.rules import RuleSet

ZONE_NAMES = {zone: langs["en"] for zone, langs in names.ZONE_NAMES.items()}


def ui_language() -> str:
    """The language of the window: ``"en"``, ``"ru"`` or ``"kk"``."""
    return names.normalize_lang(QLocale().name())


def country_name(code: str, fallback: Mapping[str, str] | None = None) -> str:
    """The display name of a country code or zone id."""
    return names.country_name(code, ui_language(), fallback)


def all_countries(fallback: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """Every ISO code with its name, named ones first by name, then bare codes."""
    named = [(c, country_name(c, fallback)) for c in COUNTRY_CODES]
    return sorted(named, key=lambda cn: (cn[1] == cn[0], cn[1].casefold()))


def destination_label(code: str, fallback: Mapping[str, str] | None = None) -> str:
    """How a destination reads in a list: "KG — Kyrgyzstan", or a zone's own name."""
    name = country_name(code, fallback)
    return name if code.upper() in names.ZONE_NAMES else f"{code} — {name}"


def destination_short(code: str) -> str:
    """A destination in a table or a chart: the code ("KG"), or a zone's name."""
    return country_name(code) if code.upper() in names.ZONE_NAMES else code


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

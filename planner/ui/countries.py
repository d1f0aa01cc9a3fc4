"""Country names for the user interface, in the window's language (CLDR, via babel).

The core only knows which codes are countries (:mod:`planner.core.countries`);
the names users read come from :mod:`planner.names` (CLDR data from the
``babel`` package) in the language of the default :class:`QLocale`, which
:mod:`planner.ui.window.app` sets to the chosen language at start. Codes CLDR does
not know fall back to the rule data's own names, then to the code itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale

from planner import names
from planner.core.countries import COUNTRY_CODES

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

"""Country and zone names in the user's language, from CLDR.

Pure Python, no Qt: the window, the command line, the importers and the stay
summary all name countries through here, so that "KZ" reads "Kazakhstan",
"Казахстан" or "Қазақстан" everywhere alike.

>>> country_name("KZ", "ru")
'Казахстан'
>>> country_name("SCHENGEN", "kk")
'Шенген аймағы'

Zones (groups of countries counted as one destination, such as the Schengen
area) are not in CLDR; their names are in :data:`ZONE_NAMES`. A code that is
neither a CLDR territory nor a known zone comes back as itself.

The CLDR names are read from ``resources/names/territories.json``, which
``packaging/make_names.py`` writes from the ``babel`` package: one small
file instead of babel's whole locale data at run time (a test keeps the two
in step).
"""

from __future__ import annotations

import json
import locale
import os
from collections.abc import Collection, Mapping
from functools import cache

#: The languages the program speaks; English is the fallback.
LANGS = ("en", "ru", "kk")

#: Zone ids of the rule data, with their names in each of :data:`LANGS`.
ZONE_NAMES: dict[str, dict[str, str]] = {
    "SCHENGEN": {"en": "Schengen area", "ru": "Шенгенская зона", "kk": "Шенген аймағы"},
    "EAEU": {"en": "Eurasian Economic Union", "ru": "Евразийский экономический союз",
             "kk": "Еуразиялық экономикалық одақ"},
}


def normalize_lang(lang: str | None) -> str:
    """``"ru_RU.UTF-8"``, ``"ru-RU"``, ``"RU"`` -> ``"ru"``; unknown or empty -> ``"en"``."""
    if not lang:
        return "en"
    code = lang.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGS else "en"


def language_for_locale(name: str | None = None) -> str:
    """The program language for a locale name, or for the environment when ``None``.

    The environment is read as gettext does: the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set and not empty decides (``C`` and
    ``POSIX`` mean English); failing all three, the process locale.
    """
    if name is None:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                name = value
                break
        else:
            name = locale.getlocale()[0] or ""
    if name.upper() in ("C", "POSIX") or name.upper().startswith(("C.", "POSIX.")):
        return "en"
    return normalize_lang(name)


@cache
def _table() -> Mapping[str, Mapping[str, str]]:
    from planner.resources import resource_path

    try:
        with resource_path("names", "territories.json").open(encoding="utf-8") as f:
            names = json.load(f)["names"]
    except (OSError, ValueError, KeyError, TypeError):
        from planner import log

        log.i18n.error("the country-name table cannot be read; countries are shown by "
                       "their codes", exc_info=True)
        return {}  # a damaged install
    return names if isinstance(names, dict) else {}


def _territories(lang: str) -> Mapping[str, str]:
    return _table().get(lang, {})


def country_name(code: str, lang: str = "en", fallback: Mapping[str, str] | None = None
                 ) -> str:
    """The name of an ISO 3166 code or a zone id in ``lang`` (one of :data:`LANGS`).

    ``fallback`` (for instance the rule data's own names) is asked for codes
    CLDR does not know; then the code itself is the name.
    """
    lang = normalize_lang(lang)
    upper = code.upper()
    zone = ZONE_NAMES.get(upper)
    if zone is not None:
        return zone[lang]
    name = _territories(lang).get(upper) if len(upper) == 2 and upper.isalpha() else None
    if name:
        return name
    if fallback and code in fallback:
        return fallback[code]
    return code


def country_names(lang: str, codes: Collection[str] | None = None) -> dict[str, str]:
    """Every two-letter CLDR territory (or just ``codes``) with its name in ``lang``."""
    table = _territories(normalize_lang(lang))
    return {c: n for c, n in table.items()
            if len(c) == 2 and c.isalpha() and (codes is None or c in codes)}

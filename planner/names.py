"""Country and zone names: in the user's language, and found again in text.

The one place the program names countries. Pure Python, no Qt: the window,
the command line, the importers and the stay summary all go through here, so
that "KZ" reads "Kazakhstan", "Казахстан" or "Қазақстан" everywhere alike, and
"Kazakhstan", "Казахстан" or "kz" typed or imported reads "KZ" again.

>>> country_name("KZ", "ru")
'Казахстан'
>>> country_name("SCHENGEN", "kk")
'Шенген аймағы'
>>> country_from_text("Казахстан"), destination_from_text("Schengen")
('KZ', 'SCHENGEN')

Zones (groups of countries counted as one destination, such as the Schengen
area) are not in CLDR; their names are in :data:`ZONE_NAMES`. A code that is
neither a CLDR territory nor a known zone comes back as itself.

The CLDR names are read from ``resources/names/territories.json``, which
``packaging/make_names.py`` writes from the ``babel`` package: one small
file instead of babel's whole locale data at run time (a test keeps the two
in step). Besides them, :data:`_ALIASES` holds other spellings users write
(official and older English names, the Russian names of the region's states).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache

from planner.core.countries import COUNTRY_CODES
from planner.i18n import language, normalize_lang

#: Zone ids of the rule data, with their names in each of :data:`planner.i18n.LANGS`.
ZONE_NAMES: dict[str, dict[str, str]] = {
    "SCHENGEN": {"en": "Schengen area", "ru": "Шенгенская зона", "kk": "Шенген аймағы"},
    "EAEU": {"en": "Eurasian Economic Union", "ru": "Евразийский экономический союз",
             "kk": "Еуразиялық экономикалық одақ"},
}

#: Where CLDR's name is not the one the country itself uses in that language:
#: Kyrgyzstan's constitution names it «Кыргызстан» (CLDR: «Киргизия»).
OFFICIAL_NAMES: dict[str, dict[str, str]] = {
    "ru": {"KG": "Кыргызстан"},
}


@cache
def _table() -> Mapping[str, Mapping[str, str]]:
    import json  # (here, not above: the window shows before json loads, with the file)

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


def country_name(code: str, lang: str | None = None,
                 fallback: Mapping[str, str] | None = None) -> str:
    """The name of an ISO 3166 code or a zone id in ``lang`` (one of
    :data:`planner.i18n.LANGS`; by default the language the program speaks now,
    :func:`planner.i18n.language`).

    ``fallback`` (for instance the rule data's own names) is asked for codes
    CLDR does not know; then the code itself is the name.
    """
    lang = normalize_lang(lang or language())
    upper = code.upper()
    zone = ZONE_NAMES.get(upper)
    if zone is not None:
        return zone[lang]
    table = _territories(lang)
    name = table.get(upper) if len(upper) == 2 and upper.isalpha() else None
    if name and upper in OFFICIAL_NAMES.get(lang, {}):
        name = OFFICIAL_NAMES[lang][upper]
    if name:
        return name
    if fallback and code in fallback:
        return fallback[code]
    return code


def country_names(lang: str, codes: Collection[str] | None = None) -> dict[str, str]:
    """Every two-letter CLDR territory (or just ``codes``) with its name in ``lang``."""
    lang = normalize_lang(lang)
    table, official = _territories(lang), OFFICIAL_NAMES.get(lang, {})
    return {c: official.get(c, n) for c, n in table.items()
            if len(c) == 2 and c.isalpha() and (codes is None or c in codes)}


def all_countries(fallback: Mapping[str, str] | None = None,
                  lang: str | None = None) -> list[tuple[str, str]]:
    """Every ISO code with its name, named ones first by name, then bare codes."""
    named = [(c, country_name(c, lang, fallback)) for c in COUNTRY_CODES]
    return sorted(named, key=lambda cn: (cn[1] == cn[0], cn[1].casefold()))


# ---- reading a country from text ----------------------------------------------

#: Languages whose CLDR names are recognised in imported text.
MATCH_LANGS = ("en", "ru", "kk")

#: CLDR names that are also everyday words ("того" is Russian for "of that"):
#: a whole cell with one of them is still read as the country, free text is not.
_NOT_IN_FREE_TEXT = frozenset({"того", "мали", "перу", "чад", "гана"})

#: Other spellings users write: official and older English names, and the
#: Russian names of the region's states (many users write in Russian).
_ALIASES: dict[str, str] = {
    "Antigua and Barbuda": "AG", "Bosnia and Herzegovina": "BA", "Saint Barthélemy": "BL",
    "DR Congo": "CD", "Republic of the Congo": "CG", "Côte d'Ivoire": "CI",
    "South Georgia and the South Sandwich Islands": "GS", "Hong Kong": "HK",
    "Heard Island and McDonald Islands": "HM", "Saint Kitts and Nevis": "KN",
    "Saint Lucia": "LC", "Saint Martin": "MF", "Myanmar": "MM", "Macao": "MO",
    "Saint Pierre and Miquelon": "PM", "Palestine": "PS", "Saint Helena": "SH",
    "Svalbard and Jan Mayen": "SJ", "São Tomé and Príncipe": "ST",
    "Turks and Caicos Islands": "TC", "Turkey": "TR", "Trinidad and Tobago": "TT",
    "United States Minor Outlying Islands": "UM", "Saint Vincent and the Grenadines": "VC",
    "Wallis and Futuna": "WF",
    "Russian Federation": "RU", "Kyrgyz Republic": "KG", "Kirghizia": "KG",
    "Türkiye": "TR", "Turkiye": "TR", "Czech Republic": "CZ", "USA": "US",
    "United States of America": "US", "UK": "GB", "Great Britain": "GB",
    "Republic of Korea": "KR", "Korea": "KR", "Moldova, Republic of": "MD",
    "Viet Nam": "VN", "Macedonia": "MK", "Holland": "NL", "UAE": "AE",
    "Ivory Coast": "CI", "Swaziland": "SZ", "Burma": "MM", "Macau": "MO",
    "Казахстан": "KZ", "Россия": "RU", "Российская Федерация": "RU", "Беларусь": "BY",
    "Белоруссия": "BY", "Армения": "AM", "Кыргызстан": "KG", "Киргизия": "KG",
    "Узбекистан": "UZ", "Таджикистан": "TJ", "Туркменистан": "TM", "Грузия": "GE",
    "Азербайджан": "AZ", "Турция": "TR", "Китай": "CN", "Монголия": "MN",
    "Украина": "UA", "Молдова": "MD", "Сербия": "RS", "Черногория": "ME",
    "ОАЭ": "AE", "Таиланд": "TH", "Тайланд": "TH", "Вьетнам": "VN", "Индонезия": "ID",
    "Германия": "DE", "Франция": "FR", "Италия": "IT", "Испания": "ES", "США": "US",
    "Израиль": "IL", "Египет": "EG", "Кипр": "CY", "Индия": "IN", "Малайзия": "MY",
}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@cache
def _by_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang in reversed(MATCH_LANGS):  # English wins where two languages share a name
        table.update({_fold(n): c for c, n in country_names(lang, COUNTRY_CODES).items()})
    table.update({_fold(name): code for name, code in _ALIASES.items()})
    return table


@cache
def _name_pattern() -> re.Pattern[str]:
    # Longest names first, so "South Sudan" wins over "Sudan".
    found = sorted((n for n in _by_name() if n not in _NOT_IN_FREE_TEXT), key=len,
                   reverse=True)
    alternatives = "|".join(re.escape(name) for name in found)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_CODE_TOKEN = re.compile(r"(?<![\w-])([A-Z]{2})(?![\w-])")


def country_from_text(text: str) -> str | None:
    """The country a spreadsheet cell names: a code in any case, or a name.

    ``"kz"``, ``"KZ"``, ``"Kazakhstan"``, ``" kazakhstan "`` and ``"Казахстан"``
    all give ``"KZ"``; anything else gives ``None``.
    """
    cleaned = text.strip()
    if cleaned.upper() in COUNTRY_CODES and len(cleaned) == 2:
        return cleaned.upper()
    return _by_name().get(_fold(cleaned))


def find_country(text: str) -> str | None:
    """The first country named in free text such as ``"Kazakhstan — Almaty"``.

    A name (English, or one of the aliases) anywhere in the text, as whole
    words and in any case, is found; the earliest one wins. Failing that, an
    ISO code written as a separate upper-case word (``"KZ trip"``) is found,
    but only when the text is not all upper case, where words such as
    ``"TO"`` or ``"IN"`` would be read as Tonga or India. ``None`` when the
    text names no country.
    """
    folded = " ".join(text.split()).casefold()
    match = _name_pattern().search(folded)
    if match is not None:
        return _by_name()[match.group(0)]
    if text.upper() == text and text.strip() not in COUNTRY_CODES:
        return None
    for token in _CODE_TOKEN.finditer(text):
        if token.group(1) in COUNTRY_CODES:
            return token.group(1)
    return None



def _zone_spellings(zone: str) -> set[str]:
    """A zone's id, its names and their first words ("Schengen", "Шенген"), folded."""
    names = ZONE_NAMES.get(zone, {}).values()
    return {_fold(zone), *(_fold(n) for n in names),
            *(_fold(n).split()[0] for n in names if len(n.split()) > 1)}


def destination_from_text(text: str, zones: Collection[str] = tuple(ZONE_NAMES)) -> str | None:
    """A destination typed by a user: a country as :func:`country_from_text` reads
    it, or one of ``zones`` by its id or its name in any language
    (``"schengen"``, ``"Schengen area"``, ``"Шенгенская зона"`` -> ``"SCHENGEN"``).
    """
    folded = _fold(text)
    zone = next((z for z in zones if folded in _zone_spellings(z)), None)
    return zone or country_from_text(text)

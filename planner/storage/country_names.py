"""Country names for the exchange formats, and finding a country in text.

Calendar and spreadsheet files name countries in words ("Kazakhstan"), not in
ISO codes, so the importers need names without Qt. The names come from CLDR
(:mod:`planner.names`, the ``babel`` package) in English, Russian and Kazakh,
plus the other spellings of :data:`_ALIASES`. :func:`english_name` gives the
English CLDR name of a code; :func:`country_from_text` reads a cell that is a
code or a name; :func:`find_country` looks for a country inside free text
such as an event's summary.
"""

from __future__ import annotations

import re
from functools import cache

from planner import names
from planner.core.countries import COUNTRY_CODES

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


def english_name(code: str) -> str:
    """The English CLDR name of an ISO code (``"KZ"`` -> ``"Kazakhstan"``).

    A code without a name (none today) comes back as itself.
    """
    return names.country_name(code, "en")


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@cache
def _by_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang in reversed(MATCH_LANGS):  # English wins where two languages share a name
        table.update({_fold(n): c for c, n in names.country_names(lang, COUNTRY_CODES).items()})
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

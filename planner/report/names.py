"""Country and zone names in English and Russian for the stay summary.

A small table for the countries the bundled rules mention (destinations,
Schengen members, common nationalities). Proper translation through Qt's
translation files comes later; until then :func:`country_name` falls back to
the rule data's own names, then to the code itself.

>>> country_name("KZ", "ru")
'Казахстан'
"""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("en", "ru")

_NAMES: dict[str, tuple[str, str]] = {
    "AE": ("United Arab Emirates", "ОАЭ"),
    "AM": ("Armenia", "Армения"),
    "AT": ("Austria", "Австрия"),
    "AZ": ("Azerbaijan", "Азербайджан"),
    "BE": ("Belgium", "Бельгия"),
    "BG": ("Bulgaria", "Болгария"),
    "BY": ("Belarus", "Беларусь"),
    "CA": ("Canada", "Канада"),
    "CH": ("Switzerland", "Швейцария"),
    "CN": ("China", "Китай"),
    "CY": ("Cyprus", "Кипр"),
    "CZ": ("Czechia", "Чехия"),
    "DE": ("Germany", "Германия"),
    "DK": ("Denmark", "Дания"),
    "EE": ("Estonia", "Эстония"),
    "ES": ("Spain", "Испания"),
    "FI": ("Finland", "Финляндия"),
    "FR": ("France", "Франция"),
    "GB": ("United Kingdom", "Великобритания"),
    "GE": ("Georgia", "Грузия"),
    "GR": ("Greece", "Греция"),
    "HR": ("Croatia", "Хорватия"),
    "HU": ("Hungary", "Венгрия"),
    "IE": ("Ireland", "Ирландия"),
    "IL": ("Israel", "Израиль"),
    "IN": ("India", "Индия"),
    "IS": ("Iceland", "Исландия"),
    "IT": ("Italy", "Италия"),
    "JP": ("Japan", "Япония"),
    "KG": ("Kyrgyzstan", "Киргизия"),
    "KR": ("South Korea", "Южная Корея"),
    "KZ": ("Kazakhstan", "Казахстан"),
    "LI": ("Liechtenstein", "Лихтенштейн"),
    "LT": ("Lithuania", "Литва"),
    "LU": ("Luxembourg", "Люксембург"),
    "LV": ("Latvia", "Латвия"),
    "MD": ("Moldova", "Молдова"),
    "MN": ("Mongolia", "Монголия"),
    "MT": ("Malta", "Мальта"),
    "NL": ("Netherlands", "Нидерланды"),
    "NO": ("Norway", "Норвегия"),
    "PL": ("Poland", "Польша"),
    "PT": ("Portugal", "Португалия"),
    "RO": ("Romania", "Румыния"),
    "RS": ("Serbia", "Сербия"),
    "RU": ("Russia", "Россия"),
    "SE": ("Sweden", "Швеция"),
    "SI": ("Slovenia", "Словения"),
    "SK": ("Slovakia", "Словакия"),
    "TJ": ("Tajikistan", "Таджикистан"),
    "TM": ("Turkmenistan", "Туркменистан"),
    "TR": ("Turkey", "Турция"),
    "UA": ("Ukraine", "Украина"),
    "US": ("United States", "США"),
    "UZ": ("Uzbekistan", "Узбекистан"),
    "SCHENGEN": ("Schengen area", "Шенгенская зона"),
}


def check_lang(lang: str) -> str:
    """``lang`` if it is one the summary speaks; raises ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGS)}")
    return lang


def country_name(code: str, lang: str = "en", fallback: Mapping[str, str] | None = None) -> str:
    """The name of a country code or zone id in ``lang`` ("en" or "ru")."""
    pair = _NAMES.get(code)
    if pair is not None:
        return pair[LANGS.index(check_lang(lang))]
    if fallback and code in fallback:
        return fallback[code]
    return code

"""Country names for the user interface (English for now; translated later).

The core only knows which codes are countries (:mod:`planner.core.countries`);
the names users read come from here, through ``QCoreApplication.translate`` so
that a translation file can supply them. Codes without a name here fall back
to the rule data's own names, then to the code itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from planner.core.countries import COUNTRY_CODES

_NAMES = {
    "AE": "United Arab Emirates", "AF": "Afghanistan", "AM": "Armenia", "AT": "Austria",
    "AU": "Australia", "AZ": "Azerbaijan", "BE": "Belgium", "BG": "Bulgaria",
    "BY": "Belarus", "CA": "Canada", "CH": "Switzerland", "CN": "China", "CY": "Cyprus",
    "CZ": "Czechia", "DE": "Germany", "DK": "Denmark", "EE": "Estonia", "EG": "Egypt",
    "ES": "Spain", "FI": "Finland", "FR": "France", "GB": "United Kingdom", "GE": "Georgia",
    "GR": "Greece", "HR": "Croatia", "HU": "Hungary", "ID": "Indonesia", "IE": "Ireland",
    "IL": "Israel", "IN": "India", "IR": "Iran", "IS": "Iceland", "IT": "Italy", "JP": "Japan",
    "KG": "Kyrgyzstan", "KR": "South Korea", "KZ": "Kazakhstan", "LI": "Liechtenstein",
    "LT": "Lithuania", "LU": "Luxembourg", "LV": "Latvia", "MD": "Moldova", "ME": "Montenegro",
    "MN": "Mongolia", "MT": "Malta", "MY": "Malaysia", "NL": "Netherlands", "NO": "Norway",
    "PL": "Poland", "PT": "Portugal", "RO": "Romania", "RS": "Serbia", "RU": "Russia",
    "SE": "Sweden", "SI": "Slovenia", "SK": "Slovakia", "TH": "Thailand", "TJ": "Tajikistan",
    "TM": "Turkmenistan", "TR": "Turkey", "UA": "Ukraine", "US": "United States",
    "UZ": "Uzbekistan", "VN": "Vietnam",
}

ZONE_NAMES = {"SCHENGEN": "Schengen area"}


def country_name(code: str, fallback: Mapping[str, str] | None = None) -> str:
    """The display name of a country code or zone id."""
    if code in _NAMES:
        return QCoreApplication.translate("Countries", _NAMES[code])
    if code in ZONE_NAMES:
        return QCoreApplication.translate("Countries", ZONE_NAMES[code])
    if fallback and code in fallback:
        return fallback[code]
    return code


def all_countries(fallback: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """Every ISO code with its name, named ones first by name, then bare codes."""
    named = [(c, country_name(c, fallback)) for c in COUNTRY_CODES]
    return sorted(named, key=lambda cn: (cn[1] == cn[0], cn[1].casefold()))

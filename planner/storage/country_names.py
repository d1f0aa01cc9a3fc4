"""English country names for the exchange formats, and finding a country in text.

Calendar and spreadsheet files name countries in words ("Kazakhstan"), not in
ISO codes, so the importers need names without Qt (the translated names the
window shows live in :mod:`planner.ui.countries`). :func:`english_name` gives
the English short name of a code; :func:`country_from_text` reads a cell that
is a code or a name; :func:`find_country` looks for a country inside free text
such as an event's summary.
"""

from __future__ import annotations

import re
from functools import cache

from planner.core.countries import COUNTRY_CODES

_NAMES: dict[str, str] = {
    "AD": "Andorra", "AE": "United Arab Emirates", "AF": "Afghanistan",
    "AG": "Antigua and Barbuda", "AI": "Anguilla", "AL": "Albania", "AM": "Armenia",
    "AO": "Angola", "AQ": "Antarctica", "AR": "Argentina", "AS": "American Samoa",
    "AT": "Austria", "AU": "Australia", "AW": "Aruba", "AX": "Åland Islands",
    "AZ": "Azerbaijan", "BA": "Bosnia and Herzegovina", "BB": "Barbados",
    "BD": "Bangladesh", "BE": "Belgium", "BF": "Burkina Faso", "BG": "Bulgaria",
    "BH": "Bahrain", "BI": "Burundi", "BJ": "Benin", "BL": "Saint Barthélemy",
    "BM": "Bermuda", "BN": "Brunei", "BO": "Bolivia", "BQ": "Caribbean Netherlands",
    "BR": "Brazil", "BS": "Bahamas", "BT": "Bhutan", "BV": "Bouvet Island",
    "BW": "Botswana", "BY": "Belarus", "BZ": "Belize", "CA": "Canada",
    "CC": "Cocos (Keeling) Islands", "CD": "DR Congo", "CF": "Central African Republic",
    "CG": "Republic of the Congo", "CH": "Switzerland", "CI": "Côte d'Ivoire",
    "CK": "Cook Islands", "CL": "Chile", "CM": "Cameroon", "CN": "China", "CO": "Colombia",
    "CR": "Costa Rica", "CU": "Cuba", "CV": "Cape Verde", "CW": "Curaçao",
    "CX": "Christmas Island", "CY": "Cyprus", "CZ": "Czechia", "DE": "Germany",
    "DJ": "Djibouti", "DK": "Denmark", "DM": "Dominica", "DO": "Dominican Republic",
    "DZ": "Algeria", "EC": "Ecuador", "EE": "Estonia", "EG": "Egypt",
    "EH": "Western Sahara", "ER": "Eritrea", "ES": "Spain", "ET": "Ethiopia",
    "FI": "Finland", "FJ": "Fiji", "FK": "Falkland Islands", "FM": "Micronesia",
    "FO": "Faroe Islands", "FR": "France", "GA": "Gabon", "GB": "United Kingdom",
    "GD": "Grenada", "GE": "Georgia", "GF": "French Guiana", "GG": "Guernsey",
    "GH": "Ghana", "GI": "Gibraltar", "GL": "Greenland", "GM": "Gambia", "GN": "Guinea",
    "GP": "Guadeloupe", "GQ": "Equatorial Guinea", "GR": "Greece",
    "GS": "South Georgia and the South Sandwich Islands", "GT": "Guatemala", "GU": "Guam",
    "GW": "Guinea-Bissau", "GY": "Guyana", "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands", "HN": "Honduras", "HR": "Croatia",
    "HT": "Haiti", "HU": "Hungary", "ID": "Indonesia", "IE": "Ireland", "IL": "Israel",
    "IM": "Isle of Man", "IN": "India", "IO": "British Indian Ocean Territory",
    "IQ": "Iraq", "IR": "Iran", "IS": "Iceland", "IT": "Italy", "JE": "Jersey",
    "JM": "Jamaica", "JO": "Jordan", "JP": "Japan", "KE": "Kenya", "KG": "Kyrgyzstan",
    "KH": "Cambodia", "KI": "Kiribati", "KM": "Comoros", "KN": "Saint Kitts and Nevis",
    "KP": "North Korea", "KR": "South Korea", "KW": "Kuwait", "KY": "Cayman Islands",
    "KZ": "Kazakhstan", "LA": "Laos", "LB": "Lebanon", "LC": "Saint Lucia",
    "LI": "Liechtenstein", "LK": "Sri Lanka", "LR": "Liberia", "LS": "Lesotho",
    "LT": "Lithuania", "LU": "Luxembourg", "LV": "Latvia", "LY": "Libya", "MA": "Morocco",
    "MC": "Monaco", "MD": "Moldova", "ME": "Montenegro", "MF": "Saint Martin",
    "MG": "Madagascar", "MH": "Marshall Islands", "MK": "North Macedonia", "ML": "Mali",
    "MM": "Myanmar", "MN": "Mongolia", "MO": "Macao", "MP": "Northern Mariana Islands",
    "MQ": "Martinique", "MR": "Mauritania", "MS": "Montserrat", "MT": "Malta",
    "MU": "Mauritius", "MV": "Maldives", "MW": "Malawi", "MX": "Mexico", "MY": "Malaysia",
    "MZ": "Mozambique", "NA": "Namibia", "NC": "New Caledonia", "NE": "Niger",
    "NF": "Norfolk Island", "NG": "Nigeria", "NI": "Nicaragua", "NL": "Netherlands",
    "NO": "Norway", "NP": "Nepal", "NR": "Nauru", "NU": "Niue", "NZ": "New Zealand",
    "OM": "Oman", "PA": "Panama", "PE": "Peru", "PF": "French Polynesia",
    "PG": "Papua New Guinea", "PH": "Philippines", "PK": "Pakistan", "PL": "Poland",
    "PM": "Saint Pierre and Miquelon", "PN": "Pitcairn Islands", "PR": "Puerto Rico",
    "PS": "Palestine", "PT": "Portugal", "PW": "Palau", "PY": "Paraguay", "QA": "Qatar",
    "RE": "Réunion", "RO": "Romania", "RS": "Serbia", "RU": "Russia", "RW": "Rwanda",
    "SA": "Saudi Arabia", "SB": "Solomon Islands", "SC": "Seychelles", "SD": "Sudan",
    "SE": "Sweden", "SG": "Singapore", "SH": "Saint Helena", "SI": "Slovenia",
    "SJ": "Svalbard and Jan Mayen", "SK": "Slovakia", "SL": "Sierra Leone",
    "SM": "San Marino", "SN": "Senegal", "SO": "Somalia", "SR": "Suriname",
    "SS": "South Sudan", "ST": "São Tomé and Príncipe", "SV": "El Salvador",
    "SX": "Sint Maarten", "SY": "Syria", "SZ": "Eswatini", "TC": "Turks and Caicos Islands",
    "TD": "Chad", "TF": "French Southern Territories", "TG": "Togo", "TH": "Thailand",
    "TJ": "Tajikistan", "TK": "Tokelau", "TL": "Timor-Leste", "TM": "Turkmenistan",
    "TN": "Tunisia", "TO": "Tonga", "TR": "Turkey", "TT": "Trinidad and Tobago",
    "TV": "Tuvalu", "TW": "Taiwan", "TZ": "Tanzania", "UA": "Ukraine", "UG": "Uganda",
    "UM": "United States Minor Outlying Islands", "US": "United States", "UY": "Uruguay",
    "UZ": "Uzbekistan", "VA": "Vatican City", "VC": "Saint Vincent and the Grenadines",
    "VE": "Venezuela", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
    "VN": "Vietnam", "VU": "Vanuatu", "WF": "Wallis and Futuna", "WS": "Samoa",
    "XK": "Kosovo", "YE": "Yemen", "YT": "Mayotte", "ZA": "South Africa", "ZM": "Zambia",
    "ZW": "Zimbabwe",
}

#: Other spellings users write: official and older English names, and the
#: Russian names of the region's states (many users write in Russian).
_ALIASES: dict[str, str] = {
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
    """The English short name of an ISO code (``"KZ"`` -> ``"Kazakhstan"``).

    A code without a name (none today) comes back as itself.
    """
    return _NAMES.get(code, code)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@cache
def _by_name() -> dict[str, str]:
    table = {_fold(name): code for code, name in _NAMES.items()}
    table.update({_fold(name): code for name, code in _ALIASES.items()})
    return table


@cache
def _name_pattern() -> re.Pattern[str]:
    # Longest names first, so "South Sudan" wins over "Sudan".
    names = sorted(_by_name(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
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

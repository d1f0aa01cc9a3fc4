"""Country and zone names for the stay summary, in the languages it speaks.

Names come from CLDR through :mod:`planner.names` (Kazakhstan is «Казахстан»
in Russian and «Қазақстан» in Kazakh); a code CLDR does not know falls back to
the rule data's own names, then to the code itself.

>>> country_name("KZ", "ru")
'Казахстан'
"""

from __future__ import annotations

from collections.abc import Mapping

from planner import names

LANGS = ("en", "ru", "kk")


def check_lang(lang: str) -> str:
    """``lang`` if it is one the summary speaks; raises ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGS)}")
    return lang


def country_name(code: str, lang: str = "en", fallback: Mapping[str, str] | None = None) -> str:
    """The name of a country code or zone id in ``lang``."""
    return names.country_name(code, check_lang(lang), fallback)

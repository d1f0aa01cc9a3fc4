"""The stay summary's words, and how rules, stays and dates read in it.

Pure Python (the command line renders without a window). The English texts
are marked here for Qt Linguist under the context ``Summary``
(``make i18n-update`` files them in ``resources/i18n/*.ts``, where their
Russian and Kazakh translations live beside the window's); keys are English
identifiers. :func:`words` translates them through the program's one
translation path: the window's ``QTranslator`` when the window passes
:func:`planner.i18n.qt_translator`, else :mod:`planner.i18n`'s reader of the
same ``.ts`` files (the command line)::

    >>> words("ru")("days_n", n=3)
    '3 дн.'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner import i18n
from planner.core.model import Status
from planner.core.rules import Rule
from planner.i18n import QT_TRANSLATE_NOOP

#: The ``.ts`` context of the summary's texts.
CONTEXT = "Summary"

TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Summary", "Stay summary"),
    "traveller": QT_TRANSLATE_NOOP("Summary", "Traveller"),
    "nationality": QT_TRANSLATE_NOOP("Summary", "Nationality"),
    "made": QT_TRANSLATE_NOOP("Summary", "Made"),
    "as_of": QT_TRANSLATE_NOOP("Summary", "Status on"),
    "continued": QT_TRANSLATE_NOOP("Summary", "continued"),
    "page": QT_TRANSLATE_NOOP("Summary", "Page {n} of {m}"),
    "rules": QT_TRANSLATE_NOOP("Summary", "Rules applied"),
    "col_destination": QT_TRANSLATE_NOOP("Summary", "Destination"),
    "col_rule": QT_TRANSLATE_NOOP("Summary", "Rule"),
    "col_in_force": QT_TRANSLATE_NOOP("Summary", "In force"),
    "col_source": QT_TRANSLATE_NOOP("Summary", "Source"),
    "col_checked": QT_TRANSLATE_NOOP("Summary", "Checked"),
    "stays": QT_TRANSLATE_NOOP("Summary", "Stays"),
    "col_country": QT_TRANSLATE_NOOP("Summary", "Country"),
    "col_entry": QT_TRANSLATE_NOOP("Summary", "Entry"),
    "col_exit": QT_TRANSLATE_NOOP("Summary", "Exit"),
    "col_days": QT_TRANSLATE_NOOP("Summary", "Days"),
    "col_status": QT_TRANSLATE_NOOP("Summary", "Status"),
    "col_used": QT_TRANSLATE_NOOP("Summary", "Used at exit"),
    "col_note": QT_TRANSLATE_NOOP("Summary", "Note"),
    "col_breach": QT_TRANSLATE_NOOP("Summary", "Breach days"),
    "usage": QT_TRANSLATE_NOOP("Summary", "Days used on {day}"),
    "usage_line": QT_TRANSLATE_NOOP("Summary", "{used} of {allowed} ({rule})"),
    "left": QT_TRANSLATE_NOOP("Summary", "{n} left"),
    "over": QT_TRANSLATE_NOOP("Summary", "{n} over"),
    "no_count": QT_TRANSLATE_NOOP("Summary", "not counted ({rule})"),
    "breaches": QT_TRANSLATE_NOOP("Summary", "Breaches"),
    "no_breaches": QT_TRANSLATE_NOOP(
        "Summary", "No breaches: every day complies with the rules applied."),
    "deadlines": QT_TRANSLATE_NOOP("Summary", "Next deadlines"),
    "no_deadlines": QT_TRANSLATE_NOOP("Summary", "No current or planned stay on or after {day}."),
    "exit_by": QT_TRANSLATE_NOOP("Summary", "{country}, stay {a} – {b}: leave by {day}"),
    "exit_late": QT_TRANSLATE_NOOP("Summary", "(planned exit is {n} days late)"),
    "exit_none": QT_TRANSLATE_NOOP(
        "Summary",
        "{country}, stay {a} – {b}: no compliant stay; even one day adds a "
        "breach"),
    "exit_free": QT_TRANSLATE_NOOP("Summary", "{country}, stay {a} – {b}: no limit applies"),
    "reentry": QT_TRANSLATE_NOOP("Summary", "{country}, next {k} days: enter on {day} or later"),
    "reentry_planned": QT_TRANSLATE_NOOP("Summary", "(planned for {day})"),
    "reentry_none": QT_TRANSLATE_NOOP(
        "Summary", "{country}, next {k} days: no day within ten years allows it"),
    "register_by": QT_TRANSLATE_NOOP("Summary", "{country}: register by {day} ({rule})"),
    "register_unknown": QT_TRANSLATE_NOOP(
        "Summary", "Registration deadlines not counted: {error}"),
    "tax_reached": QT_TRANSLATE_NOOP(
        "Summary",
        "{country}: {n} days present on {day}, a tax-residency presence test is met ({rule}; "
        "not tax advice)"),
    "year": QT_TRANSLATE_NOOP("Summary", "Year {year}"),
    "breach_day": QT_TRANSLATE_NOOP("Summary", "breach day"),
    "unchecked": QT_TRANSLATE_NOOP("Summary", "Not checked: {list}"),
    "home": QT_TRANSLATE_NOOP("Summary", "home country"),
    "no_rules": QT_TRANSLATE_NOOP("Summary", "no rule data"),
    "disclaimer": QT_TRANSLATE_NOOP(
        "Summary",
        "Rules change; the rule data was last checked on {day}. Sources: "
        "{sources}. This summary is not legal advice."),
    "sources": QT_TRANSLATE_NOOP("Summary", "as cited with each rule in the rules table"),
    "always": QT_TRANSLATE_NOOP("Summary", "always"),
    "from": QT_TRANSLATE_NOOP("Summary", "from {a}"),
    "until": QT_TRANSLATE_NOOP("Summary", "until {b}"),
    "days_n": QT_TRANSLATE_NOOP("Summary", "{n} d"),
    "not_checked_top": QT_TRANSLATE_NOOP(
        "Summary", "Not checked: no rule data covers {list} for {nationality} citizens. Those "
        "days are not judged here: this summary does not say they comply."),
    "conflicts": QT_TRANSLATE_NOOP(
        "Summary", "Conflicts: one person cannot be in two countries on these days"),
    "conflict_line": QT_TRANSLATE_NOOP("Summary", "{first} and {second}: both on {span}"),
    "visa_needed": QT_TRANSLATE_NOOP("Summary",
                                     "{name}: a visa is needed for {nationality} citizens"),
    "badge_conflicts": QT_TRANSLATE_NOOP("Summary", "Conflicts"),
    "badge_unchecked": QT_TRANSLATE_NOOP("Summary", "Not fully checked"),
    "rolling": QT_TRANSLATE_NOOP("Summary", "{n} days in any {m}"),
    "per-entry": QT_TRANSLATE_NOOP("Summary", "{n} days per entry"),
    "calendar-year": QT_TRANSLATE_NOOP("Summary", "{n} days per calendar year"),
    "fixed-window": QT_TRANSLATE_NOOP("Summary", "{n} days in {m} from first entry"),
    "no-limit": QT_TRANSLATE_NOOP("Summary", "no limit"),
    "visa-required": QT_TRANSLATE_NOOP("Summary", "visa required"),
    "visa-free": QT_TRANSLATE_NOOP("Summary", "visa-free"),
    "visa": QT_TRANSLATE_NOOP("Summary", "visa"),
    "residence": QT_TRANSLATE_NOOP("Summary", "residence permit"),
    "exempt": QT_TRANSLATE_NOOP("Summary", "exempt"),
    "months": QT_TRANSLATE_NOOP("Summary", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "weekdays": QT_TRANSLATE_NOOP("Summary", "M T W T F S S"),
}


def check_lang(lang: str) -> str:
    """``lang`` if it is one the summary speaks; raises ValueError otherwise."""
    if lang not in i18n.LANGS:
        raise ValueError(f"language {lang!r} is not one of {', '.join(i18n.LANGS)}")
    return lang


@dataclass(frozen=True)
class Words:
    """The summary's texts in one language: ``w("days_n", n=3)`` -> ``"3 дн."``."""

    lang: str
    translate: Callable[[str], str]

    def __call__(self, key: str, **fields: Any) -> str:
        """The text ``key`` in :attr:`lang`, with ``{fields}`` filled in."""
        text = self.translate(TEXTS[key])
        return text.format(**fields) if fields else text


def words(lang: str, translate: Callable[[str], str] | None = None) -> Words:
    """The summary's words in ``lang``, translated by ``translate`` (a one-argument
    function of the English text) or, by default, from the ``.ts`` files."""
    check_lang(lang)
    if translate is None:
        def translate(text: str) -> str:
            return i18n.translate(text, lang, (CONTEXT,))
    return Words(lang, translate)


def iso(day: dt.date | None) -> str:
    """A date as the summary prints it: ISO 8601, unambiguous in every language."""
    return "—" if day is None else day.isoformat()


def rule_text(rule: Rule, w: Words) -> str:
    """The kind and numbers of a rule: "90 days in any 180"."""
    return w(rule.kind.value, n=rule.max_days, m=rule.window_days)


def in_force_text(rule: Rule, w: Words) -> str:
    """When a rule is in force: "from 2023-01-27", "until …", "a – b" or "always"."""
    a, b = rule.valid_from, rule.valid_to
    if a and b:
        return f"{iso(a)} – {iso(b)}"
    if a:
        return w("from", a=iso(a))
    if b:
        return w("until", b=iso(b))
    return w("always")


def status_text(status: Status, ground: str, w: Words) -> str:
    """A stay's footing; an exempt stay shows its ground ("exempt: employment")."""
    text = w(status.value)
    if status is Status.EXEMPT and ground:
        return f"{text}: {ground}"
    return text


def month_names(w: Words) -> list[str]:
    """The twelve short month names, January first."""
    return w("months").split()

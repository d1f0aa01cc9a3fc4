"""Sentences the calendar shows about days: tooltips and the status-bar counter.

"KZ: 83 of 90 days in the 180 days ending 2023-05-01" says exactly what is
counted: the rule's window ends on (and includes) the day under the pointer.
All text goes through ``QCoreApplication.translate``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.core.engine import Usage
from planner.core.model import Stay
from planner.core.rules import Rule, RuleKind, RuleSet
from planner.names import country_name
from planner.wording import visa_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def date_format() -> str:
    """The window's one numeric date format (a Qt format string): ISO 8601 in
    English (neither US nor UK order), else the locale's with a four-digit year.
    The stays table, the status bar and the stay dialog all use it."""
    loc = QLocale()
    if loc.language() in (QLocale.Language.C, QLocale.Language.English):
        return "yyyy-MM-dd"
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day_text(day: dt.date) -> str:
    """A date as the window's language writes it (:func:`date_format`)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def counter_sentence(u: Usage) -> str:
    """One destination's count on one day, naming the window it is counted in."""
    r = u.rule
    args = {"dest": u.destination, "used": u.used, "allowed": u.allowed,
            "day": day_text(u.day), "window": r.window_days, "year": u.day.year}
    if r.kind is RuleKind.ROLLING:
        text = translate("DayTexts",
                         "{dest}: {used} of {allowed} days in the {window} days ending {day}")
    elif r.kind is RuleKind.CALENDAR_YEAR:
        text = translate("DayTexts", "{dest}: {used} of {allowed} days in {year} up to {day}")
    elif r.kind is RuleKind.FIXED_WINDOW:
        text = translate("DayTexts", "{dest}: {used} of {allowed} days in the {window}-day window "
                   "up to {day}")
    else:
        text = translate("DayTexts", "{dest}: day {used} of {allowed} of this entry on {day}")
    return text.format(**args)


def limit_text(rule: Rule) -> str:
    """A limit in a few words, in the window's language: "90 in any 180", "30 per
    entry", "no limit", "visa required" (a chart's line, the where-to-go table)."""
    n, m = rule.max_days, rule.window_days
    if rule.kind is RuleKind.ROLLING:
        return translate("DayTexts", "{n} in any {m}").format(n=n, m=m)
    if rule.kind is RuleKind.PER_ENTRY:
        return translate("DayTexts", "{n} per entry").format(n=n)
    if rule.kind is RuleKind.CALENDAR_YEAR:
        return translate("DayTexts", "{n} per calendar year").format(n=n)
    if rule.kind is RuleKind.FIXED_WINDOW:
        return translate("DayTexts", "{n} in {m} from the first entry").format(n=n, m=m)
    if rule.kind is RuleKind.NO_LIMIT:
        return translate("DayTexts", "no limit")
    return translate("DayTexts", "visa required")


def rule_line(rule: Rule) -> str:
    """The rule's title (or description) and its source."""
    title = rule.title or limit_text(rule)
    if rule.source:
        return translate("DayTexts", "{title} — {source}").format(title=title, source=rule.source)
    return title


def status_counter(usages: Sequence[Usage]) -> str:
    """The compact status-bar form: "KZ 83/90 · SCHENGEN 12/90"."""
    return " · ".join(f"{u.destination} {u.used}/{u.allowed}" for u in usages)


def day_tooltip(day: dt.date, usages: Sequence[Usage],
                breaching: dict[str, list[Rule]], stays: Sequence[str]) -> str:
    """Rich-text tooltip for one day: the stays, each counter, its rule, breaches."""
    import html  # the first tooltip pays for it, not the start

    parts = [f"<b>{html.escape(day_text(day))}</b>"]
    for s in stays:
        parts.append(html.escape(s))
    for u in usages:
        line = html.escape(counter_sentence(u))
        broken = breaching.get(u.destination, [])
        if broken:
            line = f"<span style='color:#b71c1c'><b>{line}</b></span>"
        parts.append(line)
        parts.append(f"<span style='color:#5f6368'>{html.escape(rule_line(u.rule))}</span>")
        for r in broken:
            if r is not u.rule:
                parts.append("<span style='color:#b71c1c'>" + html.escape(
                    translate("DayTexts", "Breaks: {rule}").format(rule=rule_line(r))) + "</span>")
    if len(parts) == 1:
        parts.append(html.escape(translate("DayTexts", "No stay on this day")))
    return "<br>".join(parts)


def stay_name(index: int, stay: Stay, names: Mapping[str, str]) -> str:
    """"#10 Kyrgyzstan, 2023-08-15 – 2023-08-27": a stay as the window names it."""
    return translate("DayTexts", "#{n} {country}, {entry} – {exit}").format(
        n=index + 1, country=country_name(stay.country, fallback=names), entry=day_text(stay.entry),
        exit=day_text(stay.exit))


def conflict_line(other: int, stays: Sequence[Stay], days: tuple[dt.date, dt.date],
                  names: Mapping[str, str]) -> str:
    """"Conflicts with #10 Kyrgyzstan, …: both on 2023-08-15 – 2023-08-27"."""
    return translate("DayTexts", "Conflicts with {stay}: both on {first} – {last}").format(
        stay=stay_name(other, stays[other], names), first=day_text(days[0]),
        last=day_text(days[1]))


def visa_line(country: str, nationality: str, rule: Rule, rules: RuleSet) -> str:
    """"Russia: a visa is needed for US citizens" (the zone's name for a zone rule,
    "from <date>" for a rule that begins on a day): :func:`planner.wording.visa_text`."""
    dest = rule.destination if rule.destination in rules.zones else country
    since = day_text(rule.valid_from) if rule.valid_from is not None else None
    return visa_text(dest, nationality, since, rules)


def unchecked_line(days: tuple[dt.date, dt.date], nationality: str) -> str:
    """"Not checked, …: no rule data covers these days for IN citizens"."""
    return translate("DayTexts", "Not checked, {first} – {last}: no rule data covers these "
                     "days for {nationality} citizens").format(
        first=day_text(days[0]), last=day_text(days[1]), nationality=nationality)

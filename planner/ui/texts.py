"""Sentences the calendar shows about days: tooltips and the status-bar counter.

"KZ: 83 of 90 days in the 180 days ending 2023-05-01" says exactly what is
counted: the rule's window ends on (and includes) the day under the pointer.
All text goes through ``QCoreApplication.translate``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from planner.core.engine import Usage
from planner.core.rules import Rule, RuleKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("DayTexts", text)


def counter_sentence(u: Usage) -> str:
    """One destination's count on one day, naming the window it is counted in."""
    r = u.rule
    args = {"dest": u.destination, "used": u.used, "allowed": u.allowed,
            "day": u.day.isoformat(), "window": r.window_days, "year": u.day.year}
    if r.kind is RuleKind.ROLLING:
        text = _tr("{dest}: {used} of {allowed} days in the {window} days ending {day}")
    elif r.kind is RuleKind.CALENDAR_YEAR:
        text = _tr("{dest}: {used} of {allowed} days in {year} up to {day}")
    elif r.kind is RuleKind.FIXED_WINDOW:
        text = _tr("{dest}: {used} of {allowed} days in the {window}-day window "
                   "up to {day}")
    else:
        text = _tr("{dest}: day {used} of {allowed} of this entry on {day}")
    return text.format(**args)


def rule_line(rule: Rule) -> str:
    """The rule's title (or description) and its source."""
    title = rule.title or rule.describe()
    if rule.source:
        return _tr("{title} — {source}").format(title=title, source=rule.source)
    return title


def status_counter(usages: Sequence[Usage]) -> str:
    """The compact status-bar form: "KZ 83/90 · SCHENGEN 12/90"."""
    return " · ".join(f"{u.destination} {u.used}/{u.allowed}" for u in usages)


def day_tooltip(day: dt.date, usages: Sequence[Usage],
                breaching: dict[str, list[Rule]], stays: Sequence[str]) -> str:
    """Rich-text tooltip for one day: the stays, each counter, its rule, breaches."""
    parts = [f"<b>{html.escape(day.isoformat())}</b>"]
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
                    _tr("Breaks: {rule}").format(rule=rule_line(r))) + "</span>")
    if len(parts) == 1:
        parts.append(html.escape(_tr("No stay on this day")))
    return "<br>".join(parts)

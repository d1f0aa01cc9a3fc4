"""Sentences of the planning features: dates in the user's locale, the allowance
strip's tooltip, the exit window's lines and the where-to-go rows.

Every sentence goes through ``QCoreApplication.translate`` ("PlanTexts").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from planner.core.rules import Rule
from planner.i18n import qt_translator
from planner.ui.day_texts import limit_text

_tr = qt_translator("PlanTexts")


def long_date(day: dt.date) -> str:
    """"12 June 2023" in the user's locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: dt.date) -> str:
    """"12 Jun" in the user's locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def days_text(n: int) -> str:
    """"1 day", "5 days"; Russian "1 день", "3 дня", "5 дней" (Qt's plural forms)."""
    return _tr("%n day(s)", "", n)


def rule_short(rule: Rule | None) -> str:
    """"90 in any 180", "30 per entry" (:func:`planner.ui.day_texts.limit_text`);
    "no limit" without a rule."""
    if rule is None:
        return _tr("no limit")
    return limit_text(rule)


def strip_tooltip(day: dt.date, dest: str, days: int | None, rule: Rule | None) -> str:
    """"Entering on 12 June 2023 you could stay 34 days (KZ, 90 in any 180)"."""
    when = long_date(day)
    if days is None:
        return _tr("Entering on {date} you could stay without limit ({dest})").format(
            date=when, dest=dest)
    if days == 0:
        return _tr("Entering on {date} even one day would add a breach ({dest}, {rule})"
                   ).format(date=when, dest=dest, rule=rule_short(rule))
    return _tr("Entering on {date} you could stay {days} ({dest}, {rule})").format(
        date=when, days=days_text(days), dest=dest, rule=rule_short(rule))


def leave_by_label(day: dt.date) -> str:
    return _tr("leave by {date}").format(date=short_date(day))


def until_label(day: dt.date) -> str:
    """The flag of a stay that keeps to the rules: until when it may last."""
    return _tr("may stay until {date}").format(date=short_date(day))


def return_label(day: dt.date) -> str:
    return _tr("return from {date}").format(date=short_date(day))


def leave_by_short(day: dt.date) -> str:
    """The leave-by flag where the long one does not fit: "by 29 Jul"."""
    return _tr("by {date}").format(date=short_date(day))


def return_short(day: dt.date) -> str:
    """The return flag where the long one does not fit: "from 8 Sep"."""
    return _tr("from {date}").format(date=short_date(day))

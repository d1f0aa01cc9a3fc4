"""Sentences of the planning features: dates in the user's locale, the allowance
strip's tooltip, the exit window's lines and the where-to-go rows.

Every sentence goes through ``QCoreApplication.translate`` ("PlanTexts").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.core.rules import Rule, RuleKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanTexts", text)


def long_date(day: dt.date) -> str:
    """"12 June 2023" in the user's locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: dt.date) -> str:
    """"12 Jun" in the user's locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def days_text(n: int) -> str:
    return _tr("1 day") if n == 1 else _tr("{n} days").format(n=n)


def rule_short(rule: Rule | None) -> str:
    """"90 in any 180" for a rolling rule, else the rule's own description."""
    if rule is None:
        return _tr("no limit")
    if rule.kind is RuleKind.ROLLING and rule.max_days and rule.window_days:
        return _tr("{n} in any {m}").format(n=rule.max_days, m=rule.window_days)
    return rule.describe()


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


def return_label(day: dt.date) -> str:
    return _tr("return from {date}").format(date=short_date(day))

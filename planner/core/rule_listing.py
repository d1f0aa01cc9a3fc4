"""Which rules a listing shows, and which of them judge an itinerary's days.

Shared by ``stay-planner rules`` and the window's rule browser, so both list
the same rules in the same order. Pure functions over a
:class:`~planner.core.rules.RuleSet`; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from planner.core.model import Stay
from planner.core.rules import Rule, RuleSet


def covers(rule: Rule, nationality: str) -> bool:
    return nationality in rule.nationalities or "*" in rule.nationalities


def matches(rules: RuleSet, rule: Rule, destination: str | None = None,
            nationality: str | None = None, on: dt.date | None = None) -> bool:
    """True when ``rule`` passes the filters (``None`` means "any").

    A country as ``destination`` also matches the zones it belongs to on some
    day (``FR`` lists the Schengen rules); a zone id matches only its own.
    """
    if destination and rule.destination != destination and not any(
            dest == rule.destination for dest, _ms in rules.destinations_of(destination)):
        return False
    if nationality and not covers(rule, nationality):
        return False
    return on is None or rule.in_force(on)


def applies(rules: RuleSet, rule: Rule, nationality: str, stays: Iterable[Stay]) -> bool:
    """True when ``rule`` judges some day of ``stays`` for a citizen of ``nationality``.

    That is: it covers the nationality, one of the stays is in its destination
    (a country, or a member of its zone), and it is in force on some day from
    that stay's entry to its exit, both inclusive.
    """
    if not nationality or not covers(rule, nationality):
        return False
    for s in stays:
        if any(dest == rule.destination for dest, _ms in rules.destinations_of(s.country)) and (
                (rule.valid_from is None or rule.valid_from <= s.exit)
                and (rule.valid_to is None or s.entry <= rule.valid_to)):
            return True
    return False


def ordered(rules: RuleSet, nationality: str, stays: Sequence[Stay],
            candidates: Iterable[Rule]) -> list[tuple[Rule, bool]]:
    """``candidates`` with whether each applies, those that apply first (file order kept)."""
    rows = [(r, applies(rules, r, nationality, stays)) for r in candidates]
    return sorted(rows, key=lambda row: not row[1])

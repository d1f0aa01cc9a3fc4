"""Rules that make deadlines, not breaches: registration and tax residency.

They live in the same rule files as the stay limits (``resources/rules/*.json``,
``--rules FILE``), in the same ``rules`` list, told apart by their ``kind``;
:mod:`planner.core.rule_files` hands them to :func:`parse_deadline_rule` and keeps
them in :attr:`~planner.core.rules.RuleSet.deadline_rules`, apart from
:attr:`~planner.core.rules.RuleSet.rules`. So the engine, which reads only
``rules``, never sees them: they never make a day breach and never make a
destination "checked".

``registration`` (:class:`RegistrationRule`), counted from a visit's entry day
(a visit is the stays in one country that touch or overlap, see
:mod:`planner.core.deadlines`):

``"trigger": "entry"``, ``"day_type": "calendar"``
    Register within N calendar days of entry: the period starts the day after
    entry, so the deadline is entry + N (entry 1 March, N = 3: 4 March).
``"trigger": "entry"``, ``"day_type": "working"``
    Register within N working days of entry: the N-th working day after the
    entry day. Working days are Monday to Friday, less the destination's public
    holidays, plus the weekend days its government made working days (from the
    ``holidays`` package).
``"trigger": "stay-length"``
    Once a visit lasts more than N days, register by its day N (the entry day is
    day 1): entry + N - 1.

In both ``entry`` cases nothing is due when the visit ends before the
deadline. Who must act (the traveller, the host, a hotel) is in the rule's
``title`` and ``note``.

``tax-residency`` (:class:`TaxTest`): a physical-presence test that is met on
the day the days present in its period reach ``days`` (write 184 for "more than
183"). ``"period": "rolling"`` with ``window_days`` (any M consecutive days) or
``window_months`` (any M consecutive months: the period ending on d starts on
the day after d less M months); ``"period": "calendar-year"`` (1 January to d).
Every day present counts, whatever the status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from planner.core.model import Status

#: The ``kind`` values of deadline rules.
REGISTRATION = "registration"
TAX_RESIDENCY = "tax-residency"
DEADLINE_KINDS = (REGISTRATION, TAX_RESIDENCY)

Trigger = Literal["entry", "stay-length"]
DayType = Literal["calendar", "working"]
Period = Literal["rolling", "calendar-year"]

#: Statuses a registration rule covers when it does not say.
DEFAULT_STATUSES = frozenset({Status.VISA_FREE, Status.VISA, Status.EXEMPT})


@dataclass(frozen=True, slots=True)
class _Common:
    """What a registration rule and a tax-residency test share: the rule
    data's id, destination, nationalities, validity, source, the day it was
    checked, its note and its title."""

    id: str
    destination: str
    nationalities: frozenset[str]
    valid_from: dt.date | None
    valid_to: dt.date | None
    source: str
    checked: dt.date | None
    note: str
    title: str

    def covers(self, nationality: str) -> bool:
        return nationality in self.nationalities or "*" in self.nationalities

    def in_force(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class RegistrationRule(_Common):
    """Register within N (calendar or working) days of entry, or by day N of a long visit."""

    days: int
    trigger: Trigger = "entry"
    day_type: DayType = "calendar"
    statuses: frozenset[Status] = DEFAULT_STATUSES

    kind = REGISTRATION

    def describe(self) -> str:
        """A short English description: "register within 7 working days of entry"."""
        if self.trigger == "stay-length":
            return f"register by day {self.days} of a stay longer than {self.days} days"
        unit = "working days" if self.day_type == "working" else "days"
        return f"register within {self.days} {unit} of entry"


@dataclass(frozen=True, slots=True)
class TaxTest(_Common):
    """Tax resident by presence once ``days`` days fall in the test's period."""

    days: int
    period: Period = "rolling"
    window_days: int | None = None
    window_months: int | None = None

    kind = TAX_RESIDENCY

    def describe(self) -> str:
        """A short English description: "183 days in any 12 consecutive months"."""
        if self.period == "calendar-year":
            return f"{self.days} days in a calendar year"
        if self.window_months is not None:
            return f"{self.days} days in any {self.window_months} consecutive months"
        return f"{self.days} days in any {self.window_days} consecutive days"


DeadlineRule = RegistrationRule | TaxTest


class Readers(NamedTuple):
    """The field readers of :mod:`planner.core.rule_files`, so messages match its own."""

    error: Callable[[str], Exception]
    positive: Callable[[Any, str], int]


def parse_deadline_rule(raw: Mapping[str, Any], where: str, common: dict[str, Any],
                        read: Readers) -> DeadlineRule:
    """Build a deadline rule from ``raw`` (its ``kind`` is one of :data:`DEADLINE_KINDS`).

    ``common`` holds the fields every rule has, already read and checked
    (id, destination, nationalities, dates, source, checked, note, title); a
    tax test without ``nationalities`` covers everyone (``"*"``), since a
    presence test does not ask for a passport.
    """
    if raw.get("kind") == REGISTRATION:
        return _registration(raw, where, common, read)
    return _tax(raw, where, common, read)


def _choice(raw: Mapping[str, Any], key: str, choices: tuple[str, ...], default: str,
            where: str, read: Readers) -> str:
    value = raw.get(key, default)
    if value not in choices:
        raise read.error(f"{where}: {key} {value!r} is not one of {', '.join(choices)}")
    return str(value)


def _registration(raw: Mapping[str, Any], where: str, common: dict[str, Any],
                  read: Readers) -> RegistrationRule:
    trigger = _choice(raw, "trigger", ("entry", "stay-length"), "entry", where, read)
    day_type = _choice(raw, "day_type", ("calendar", "working"), "calendar", where, read)
    if trigger == "stay-length" and day_type != "calendar":
        raise read.error(f"{where}: day_type must be calendar when trigger is stay-length")
    statuses = DEFAULT_STATUSES
    if "statuses" in raw:
        values = raw["statuses"]
        known = {s.value: s for s in Status}
        if not isinstance(values, list) or not values or \
                not all(isinstance(v, str) and v in known for v in values):
            raise read.error(f"{where}: statuses must be a non-empty list of "
                             f"{', '.join(known)}")
        statuses = frozenset(known[v] for v in values)
    return RegistrationRule(
        **common, days=read.positive(raw.get("days"), f"{where}: days"),
        trigger=trigger, day_type=day_type, statuses=statuses)  # type: ignore[arg-type]


def _tax(raw: Mapping[str, Any], where: str, common: dict[str, Any], read: Readers) -> TaxTest:
    period = _choice(raw, "period", ("rolling", "calendar-year"), "rolling", where, read)
    days = read.positive(raw.get("days"), f"{where}: days")
    window_days = window_months = None
    if period == "rolling":
        has_days, has_months = raw.get("window_days") is not None, \
            raw.get("window_months") is not None
        if has_days == has_months:
            raise read.error(f"{where}: a rolling test needs window_days or window_months "
                             "(one of them)")
        if has_days:
            window_days = read.positive(raw["window_days"], f"{where}: window_days")
            if window_days < days:
                raise read.error(f"{where}: window_days {window_days} is shorter than days")
        else:
            window_months = read.positive(raw["window_months"], f"{where}: window_months")
            if window_months * 31 < days:
                raise read.error(f"{where}: {window_months} months are shorter than {days} days")
    elif days > 366:
        raise read.error(f"{where}: days {days} do not fit in a calendar year")
    return TaxTest(**common, days=days, period=period,  # type: ignore[arg-type]
                   window_days=window_days, window_months=window_months)

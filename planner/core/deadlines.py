"""The dates a traveller must act on, from a given day on, in order.

:func:`upcoming` lists, for an itinerary and a first day ``start`` (the
caller's "today"; nothing here reads the clock):

``latest-exit``
    The latest compliant exit (:func:`planner.core.planning.latest_exit`) of
    the current stays (those covering ``start``) and of the next ones (the
    stays with the earliest entry after ``start``), when a rule limits them
    and that day is not before ``start``.
``registration``
    Each visit's registration deadline (:mod:`planner.core.registration`) on
    or after ``start``, and an earlier one not yet done while its visit goes
    on (``overdue``). Done ones are listed with ``done`` set.
``tax-residency``
    Each day on or after ``start`` on which a tax-residency presence test
    becomes met (:meth:`planner.core.tax.Presence.crossings`).
``rule-ends``
    A stay rule's last day (``valid_to``) when it falls on a day of a stay
    other than its last, on or after ``start``: the stay runs on under
    whatever follows (``next_rules`` names what is in force the day after;
    empty when nothing is, and then the destination is unchecked from then).

Deadlines are sorted by day, then kind in the order above, then stay.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from planner.core.context import StayIndex
from planner.core.deadline_rules import RegistrationRule, TaxTest
from planner.core.model import Stay
from planner.core.registration import RegistrationDue, registration_dues
from planner.core.rules import Membership, Rule, RuleSet
from planner.core.tax import Presence

ONE_DAY = dt.timedelta(days=1)


class DeadlineKind(enum.Enum):
    LATEST_EXIT = "latest-exit"
    REGISTRATION = "registration"
    TAX_RESIDENCY = "tax-residency"
    RULE_ENDS = "rule-ends"


_ORDER = {k: i for i, k in enumerate(DeadlineKind)}


@dataclass(frozen=True)
class Deadline:
    """One date to act on.

    ``country`` is the destination (a country, or a zone for ``rule-ends``);
    ``index`` the stay it is about (file order; ``None`` for a tax test);
    ``rule`` the rule's id and ``title``/``source`` what the rule says (empty
    for ``latest-exit``, which follows from all the destination's rules).
    ``days`` is the tax test's threshold; ``next_rules`` the ids in force after
    a rule ends.
    """

    day: dt.date
    kind: DeadlineKind
    country: str
    index: int | None = None
    rule: str | None = None
    title: str = ""
    source: str = ""
    done: bool = False
    overdue: bool = False
    days: int | None = None
    next_rules: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple[dt.date, int, int, str]:
        return (self.day, _ORDER[self.kind], -1 if self.index is None else self.index,
                self.rule or "")


def current_and_next(stays: Sequence[Stay], start: dt.date) -> list[int]:
    """Indexes of the stays covering ``start``, then of those entered next after it."""
    current = [i for i, s in enumerate(stays) if s.covers(start)]
    later = [s.entry for s in stays if s.entry > start]
    if not later:
        return current
    first = min(later)
    return current + [i for i, s in enumerate(stays) if s.entry == first]


def _latest_exits(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                  start: dt.date, indexed: StayIndex | None) -> list[Deadline]:
    out = []
    for i in current_and_next(stays, start):  # one index for every stay asked about
        indexed = indexed or StayIndex(rules, nationality, stays)
        ans = indexed.latest_exit(i)
        if ans.latest is not None and not ans.unlimited and ans.latest >= start:
            out.append(Deadline(ans.latest, DeadlineKind.LATEST_EXIT, stays[i].country, i))
    return out


def _registration(due: RegistrationDue, overdue: bool = False) -> Deadline:
    r = due.rule
    return Deadline(due.due, DeadlineKind.REGISTRATION, r.destination, due.index, r.id,
                    r.title or r.describe(), r.source, due.done, overdue)


def _registration_rules(rules: RuleSet) -> tuple[RegistrationRule, ...]:
    return tuple(r for r in rules.deadline_rules if isinstance(r, RegistrationRule))


def _registrations(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                   start: dt.date) -> list[Deadline]:
    out = []
    for due in _dues(_registration_rules(rules), nationality, stays):
        overdue = due.due < start and not due.done and due.visit.exit >= start
        if due.due >= start or overdue:
            out.append(_registration(due, overdue))
    return out


def tax_tests(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> list[TaxTest]:
    """The tax tests for the countries the itinerary visits that cover ``nationality``."""
    countries = {s.country for s in stays}
    return [t for t in rules.deadline_rules if isinstance(t, TaxTest)
            and t.destination in countries and t.covers(nationality)]


class _Stays:
    """The stays as a cache key that is quick to look up: hashed by their number
    and ends, compared by identity before content. Hashing thousands of stays
    for every lookup took longer than some of the answers kept."""

    __slots__ = ("stays", "_hash")

    def __init__(self, stays: Sequence[Stay]) -> None:
        self.stays = tuple(stays)
        self._hash = hash((len(self.stays), self.stays[:1], self.stays[-1:]))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Stays) and (other.stays is self.stays
                                              or other.stays == self.stays)


def _dues(rules: tuple[RegistrationRule, ...], nationality: str,
          stays: Sequence[Stay]) -> tuple[RegistrationDue, ...]:
    """:func:`registration_dues`, kept for the last few itineraries asked about
    (the calendar's marks and the deadlines list ask the same at once)."""
    return _kept_dues(rules, nationality, _Stays(stays))


@functools.lru_cache(maxsize=8)
def _kept_dues(rules: tuple[RegistrationRule, ...], nationality: str,
               stays: _Stays) -> tuple[RegistrationDue, ...]:
    return tuple(registration_dues(rules, nationality, stays.stays))


def _crossings(test: TaxTest, stays: Sequence[Stay]) -> tuple[dt.date, ...]:
    """The days ``test`` becomes met, kept for the last few itineraries asked
    about: the calendar's marks and the deadlines list ask the same at once."""
    return _kept_crossings(test, _Stays(stays))


@functools.lru_cache(maxsize=8)
def _kept_crossings(test: TaxTest, stays: _Stays) -> tuple[dt.date, ...]:
    return tuple(Presence(test, stays.stays).crossings())


def _tax(rules: RuleSet, nationality: str, stays: Sequence[Stay],
         start: dt.date) -> list[Deadline]:
    out = []
    for t in tax_tests(rules, nationality, stays):
        for day in _crossings(t, stays):
            if day >= start:
                out.append(Deadline(day, DeadlineKind.TAX_RESIDENCY, t.destination, None, t.id,
                                    t.title or t.describe(), t.source, days=t.days))
    return out


def _rule_ends(rules: RuleSet, nationality: str, stays: Sequence[Stay],
               start: dt.date) -> list[Deadline]:
    out: dict[tuple[str, int], Deadline] = {}
    ending: dict[str, list[tuple[str, tuple[Membership, ...], Rule]]] = {}
    for i, s in enumerate(stays):
        if s.exit < start or not s.status.counts:
            continue
        found = ending.get(s.country)
        if found is None:  # each country's rules that end, looked up once
            found = ending[s.country] = [
                (dest, memberships, r) for dest, memberships in rules.destinations_of(s.country)
                for r in rules.rules_for(dest, nationality) if r.valid_to is not None]
        for dest, memberships, r in found:
            end = r.valid_to
            assert end is not None
            if not (s.entry <= end < s.exit) or end < start:
                continue
            if memberships and not any(m.on(end) for m in memberships):
                continue
            after = tuple(n.id for n in rules.rules_for(dest, nationality)
                          if n.in_force(end + ONE_DAY))
            out.setdefault((r.id, i), Deadline(
                end, DeadlineKind.RULE_ENDS, dest, i, r.id, r.title or r.describe(),
                r.source, next_rules=after))
    return list(out.values())


def upcoming(rules: RuleSet, nationality: str, stays: Sequence[Stay],
             start: dt.date, indexed: StayIndex | None = None) -> list[Deadline]:
    """Every date to act on from ``start`` on, in order (see the module doc).
    ``indexed``: the same stays already indexed (the window keeps one)."""
    found = [
        *_latest_exits(rules, nationality, stays, start, indexed),
        *_registrations(rules, nationality, stays, start),
        *_tax(rules, nationality, stays, start),
        *_rule_ends(rules, nationality, stays, start),
    ]
    return sorted(found, key=lambda d: d.sort_key)


def notices(rules: RuleSet, nationality: str, stays: Sequence[Stay],
            start: dt.date) -> list[Deadline]:
    """The registration deadlines not yet done and the days a tax test becomes met,
    on or after ``start``, in order: the part of :func:`upcoming` that is no stay
    limit (a summary lists these beside its exit window)."""
    return [d for d in upcoming(rules, nationality, stays, start)
            if d.kind in (DeadlineKind.REGISTRATION, DeadlineKind.TAX_RESIDENCY)
            and d.day >= start and not d.done]


def registrations_by_stay(rules: RuleSet, nationality: str,
                          stays: Sequence[Stay]) -> dict[int, list[Deadline]]:
    """Per stay index, the registration deadlines of the visit the stay belongs to,
    whatever the date (done ones too), in order; worked out once for the whole
    itinerary (what ``stay-planner suggest`` says beside each stay's exit
    window). Raises :class:`~planner.core.registration.HolidayDataError` as
    :func:`upcoming` does."""
    out: dict[int, list[Deadline]] = {}
    for due in _dues(_registration_rules(rules), nationality, stays):
        deadline = _registration(due)
        for index in due.visit.indexes:
            out.setdefault(index, []).append(deadline)
    return out


def calendar_marks(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> list[Deadline]:
    """Every registration deadline (done ones too) and every day a tax test becomes
    met, whatever the date: what the calendar marks, in order."""
    found = [*_registrations(rules, nationality, stays, dt.date.min),
             *_tax(rules, nationality, stays, dt.date.min)]
    return sorted(found, key=lambda d: d.sort_key)

"""Stay rules as data: kinds, destinations, zones, nationality groups.

A rule set is read from JSON files (``resources/rules/*.json``, and any file
the user passes with ``--rules``). Each rule names its destination (an ISO
country code or a zone id such as ``SCHENGEN``), the nationalities it covers,
its kind and numbers, the days it is in force, its legal source and the day
that source was last checked. See ``resources/rules/README.md`` for the file
format; :func:`planner.core.rule_files.load_rule_files` validates everything and raises
:class:`RuleDataError` naming the file, the rule and the field.

Kinds (``max_days`` is N, ``window_days`` is M):

``rolling``
    A present day d breaches when the present days in d-M+1 .. d number more
    than N (90 in any 180: the window is the 180 days *ending on* d).
``per-entry``
    Day d of a stay breaches when d - entry + 1 > N (day 91 of a stay under a
    90-day rule breaches; day 90 does not).
``calendar-year``
    A present day d breaches when the present days from 1 January of d's year
    to d number more than N.
``fixed-window``
    Windows of M days start on the first present day (on or after the rule's
    ``valid_from``); the next window starts on the first present day after a
    window ends. A present day breaches when the present days from its
    window's start to it number more than N.
``no-limit``
    Never breaches; the stay is shown and counted but never red.
``visa-required``
    Every present visa-free day breaches: the traveller needs a visa or a
    permit (any other status) to be there.

A rule is in force on days ``valid_from`` .. ``valid_to`` (inclusive; either
may be open). A day is judged by the rules in force on that day, but a rolling
window looks back over days before its rule began.

A rule with ``fallback`` set is what the data *assumes* after a temporary
scheme ends (a trial announced until some day, no extension known): no act
says so, and answers that rest on it should say that it is assumed.

Two more kinds, ``registration`` and ``tax-residency``, make deadlines rather
than breaches: they are read from the same files but kept apart, in
:attr:`RuleSet.deadline_rules` (see :mod:`planner.core.deadline_rules`), so
nothing that judges days ever sees them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner import limits

if TYPE_CHECKING:  # the type only: the window shows before any rule file is read
    from planner.core.deadline_rules import DeadlineRule

RULES_FORMAT = "stay-planner-rules"
RULES_VERSION = 1
MAX_RULE_FILE_BYTES = limits.MAX_RULE_FILE_BYTES
#: Rule data whose newest ``checked`` day is more than this many days before
#: today is called stale (the window and ``check`` say so once).
STALE_AFTER_DAYS = 180


class RuleDataError(ValueError):
    """Rule data that cannot be used; the message names file, rule and field."""


class RuleKind(enum.Enum):
    ROLLING = "rolling"
    PER_ENTRY = "per-entry"
    CALENDAR_YEAR = "calendar-year"
    FIXED_WINDOW = "fixed-window"
    NO_LIMIT = "no-limit"
    VISA_REQUIRED = "visa-required"

    @property
    def cumulative(self) -> bool:
        """True for kinds that count days across stays."""
        return self in (RuleKind.ROLLING, RuleKind.CALENDAR_YEAR, RuleKind.FIXED_WINDOW)

    @property
    def limits(self) -> bool:
        """True for kinds that can make a day breach."""
        return self is not RuleKind.NO_LIMIT


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule for one destination and a set of nationalities."""

    id: str
    destination: str
    nationalities: frozenset[str]
    kind: RuleKind
    max_days: int | None = None
    window_days: int | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    source: str = ""
    checked: dt.date | None = None
    note: str = ""
    title: str = ""
    fallback: bool = False

    def in_force(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def describe(self) -> str:
        """A short English description: "90 in any 180 days"."""
        n, m = self.max_days, self.window_days
        match self.kind:
            case RuleKind.ROLLING:
                return f"{n} days in any {m}"
            case RuleKind.PER_ENTRY:
                return f"{n} days per entry"
            case RuleKind.CALENDAR_YEAR:
                return f"{n} days per calendar year"
            case RuleKind.FIXED_WINDOW:
                return f"{n} days in {m} from first entry"
            case RuleKind.NO_LIMIT:
                return "no limit"
            case RuleKind.VISA_REQUIRED:
                return "visa required"
        raise AssertionError(self.kind)


@dataclass(frozen=True, slots=True)
class Membership:
    """A country's membership of a zone, ``since`` .. ``until`` inclusive."""

    country: str
    since: dt.date | None = None
    until: dt.date | None = None

    def on(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (
            self.until is None or day <= self.until
        )


@dataclass(frozen=True, slots=True)
class Zone:
    """Countries counted together as one destination (the Schengen area)."""

    id: str
    name: str
    members: tuple[Membership, ...]
    source: str = ""
    checked: dt.date | None = None

    def memberships_of(self, country: str) -> list[Membership]:
        return [m for m in self.members if m.country == country]


@dataclass(frozen=True)
class RuleSet:
    """All rules, zones and nationality groups known to the program."""

    rules: tuple[Rule, ...] = ()
    zones: Mapping[str, Zone] = field(default_factory=dict)
    groups: Mapping[str, frozenset[str]] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    #: The data set's release, like tzdata's "2026b" (from the first file that names one).
    data_version: str = ""
    #: Registration and tax-residency rules: deadlines, never breaches.
    deadline_rules: tuple[DeadlineRule, ...] = ()
    # Answers kept per instance (never copied by dataclasses.replace: init=False).
    _cache: dict[str, list[tuple[str, tuple[Membership, ...]]]] = field(
        default_factory=dict, compare=False, repr=False, init=False)
    _rules_cache: dict[tuple[str, str], tuple[Rule, ...]] = field(
        default_factory=dict, compare=False, repr=False, init=False)

    def rules_for(self, destination: str, nationality: str) -> list[Rule]:
        """Rules for ``destination`` that cover ``nationality``, in file order."""
        key = (destination, nationality)
        found = self._rules_cache.get(key)
        if found is None:  # (judging asks this per stay and per day of a stay)
            found = self._rules_cache[key] = tuple(
                r
                for r in self.rules
                if r.destination == destination
                and (nationality in r.nationalities or "*" in r.nationalities)
            )
        return list(found)

    def destinations_of(self, country: str) -> list[tuple[str, tuple[Membership, ...]]]:
        """The destinations a stay in ``country`` counts for.

        The country itself (always), then each zone with the memberships that
        say on which days the country belongs to it.
        """
        cached = self._cache.get(country)
        if cached is not None:
            return cached
        out: list[tuple[str, tuple[Membership, ...]]] = [(country, ())]
        for zone in self.zones.values():
            ms = tuple(zone.memberships_of(country))
            if ms:
                out.append((zone.id, ms))
        self._cache[country] = out
        return out

    def covered_destinations(self, nationality: str) -> set[str]:
        return {
            r.destination
            for r in self.rules
            if nationality in r.nationalities or "*" in r.nationalities
        }

    def rule(self, rule_id: str) -> Rule | None:
        for r in self.rules:
            if r.id == rule_id:
                return r
        return None

    def newest_checked(self) -> dt.date | None:
        """The latest day any rule's source was checked (``None`` without rules)."""
        return max((r.checked for r in self.rules if r.checked), default=None)

    def stale_on(self, today: dt.date) -> bool:
        """True when the newest check is more than :data:`STALE_AFTER_DAYS` before ``today``.

        Checked on 2026-12-02: not stale on 2027-05-31 (180 days later), stale
        from 2027-06-01 (181 days later).
        """
        newest = self.newest_checked()
        return newest is not None and (today - newest).days > STALE_AFTER_DAYS

    def merged(self, other: RuleSet) -> RuleSet:
        """``other`` on top of this: same rule ids and zone ids are replaced."""
        by_id = {r.id: r for r in self.rules}
        order = [r.id for r in self.rules]
        for r in other.rules:
            if r.id not in by_id:
                order.append(r.id)
            by_id[r.id] = r
        deadline_by_id = {r.id: r for r in self.deadline_rules}
        deadline_by_id.update((r.id, r) for r in other.deadline_rules)
        return RuleSet(
            rules=tuple(by_id[i] for i in order),
            zones={**self.zones, **other.zones},
            groups={**self.groups, **other.groups},
            names={**self.names, **other.names},
            data_version=self.data_version or other.data_version,
            deadline_rules=tuple(deadline_by_id.values()),
        )

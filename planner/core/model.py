"""The itinerary as the program understands it: stays, statuses, the traveller.

These are plain, immutable values. Parsing and writing files lives in
``planner.storage``; judging stays against rules lives in
``planner.core.engine``. Unknown keys found in a file are carried in ``extra``
so that a save writes them back unchanged.

Counting semantics shared by every part of the program:

* A stay's ``entry`` and ``exit`` are both days present (inclusive). A stay
  from 2023-02-01 to 2023-02-03 is three days present.
* A day in two countries (a travel day) counts in both.
* Two stays in one destination that touch or overlap count each day once.
* Only :attr:`Status.VISA_FREE` stays count toward a visa-free limit.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any


class Status(enum.Enum):
    """On what footing the traveller stays; only ``VISA_FREE`` is counted."""

    VISA_FREE = "visa-free"
    VISA = "visa"
    RESIDENCE = "residence"
    EXEMPT = "exempt"

    #: True when days on this footing count toward a visa-free limit (only
    #: ``VISA_FREE``). A plain attribute, set below: it is asked of every stay
    #: many times over, and a property on an enum member costs ten times more.
    counts: bool


for _status in Status:
    _status.counts = _status is Status.VISA_FREE
del _status


@dataclass(frozen=True, slots=True)
class Stay:
    """One stay in one country, ``entry`` to ``exit`` inclusive.

    >>> s = Stay("KZ", dt.date(2023, 2, 1), dt.date(2023, 2, 3))
    >>> s.days
    3
    """

    country: str
    entry: dt.date
    exit: dt.date
    status: Status = Status.VISA_FREE
    note: str = ""
    ground: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: The traveller (or host) has done the registration the destination asks
    #: for on this stay; its registration deadline shows as done.
    registered: bool = False

    def __post_init__(self) -> None:
        if self.exit < self.entry:
            raise ValueError(f"exit {self.exit} is before entry {self.entry}")

    @property
    def days(self) -> int:
        """Days present, both ends included."""
        return (self.exit - self.entry).days + 1

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` is a day present of this stay."""
        return self.entry <= day <= self.exit

    def moved(self, days: int) -> Stay:
        """The same stay shifted by ``days`` (negative: earlier)."""
        delta = dt.timedelta(days=days)
        return replace(self, entry=self.entry + delta, exit=self.exit + delta)

    def with_dates(self, entry: dt.date, exit: dt.date) -> Stay:
        """The same stay with other dates."""
        return replace(self, entry=entry, exit=exit)


# The slots of a Stay, set one by one by checked_stay (unpacking fails at import
# should a field be added without adding it there).
(_SET_COUNTRY, _SET_ENTRY, _SET_EXIT, _SET_STATUS, _SET_NOTE, _SET_GROUND, _SET_EXTRA,
 _SET_REGISTERED) = (Stay.__dict__[f.name].__set__ for f in fields(Stay))


def checked_stay(country: str, entry: dt.date, exit: dt.date, status: Status, note: str,
                 ground: str, extra: Mapping[str, Any], registered: bool) -> Stay:
    """``Stay(country, entry, exit, status, note, ground, extra, registered)``
    from values a reader has checked already (``exit`` not before ``entry``):
    its slots set one by one, at half the cost of the dataclass's ``__init__``,
    which a file of thousands of stays pays once per stay."""
    stay: Stay = object.__new__(Stay)
    _SET_COUNTRY(stay, country)
    _SET_ENTRY(stay, entry)
    _SET_EXIT(stay, exit)
    _SET_STATUS(stay, status)
    _SET_NOTE(stay, note)
    _SET_GROUND(stay, ground)
    _SET_EXTRA(stay, extra)
    _SET_REGISTERED(stay, registered)
    return stay


@dataclass(frozen=True, slots=True)
class Traveller:
    """Who travels: a name and an ISO 3166-1 alpha-2 nationality."""

    name: str = ""
    nationality: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Itinerary:
    """A traveller and their stays, in the order the user keeps them."""

    traveller: Traveller = field(default_factory=Traveller)
    stays: tuple[Stay, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def with_stays(self, stays: Iterable[Stay]) -> Itinerary:
        return replace(self, stays=tuple(stays))

    def replace_stay(self, index: int, stay: Stay) -> Itinerary:
        stays = list(self.stays)
        stays[index] = stay
        return replace(self, stays=tuple(stays))

    def without_stay(self, index: int) -> Itinerary:
        return replace(self, stays=self.stays[:index] + self.stays[index + 1 :])

    def stays_in(self, country: str) -> list[Stay]:
        return [s for s in self.stays if s.country == country]

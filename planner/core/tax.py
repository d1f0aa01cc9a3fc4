"""Tax residency by presence: days present in a test's period, and the day it is met.

A :class:`~planner.core.deadline_rules.TaxTest` counts every day present in
its country, whatever the stay's status (a residence-permit day counts as a
visa-free one does); a day in two countries (a travel day) counts in both, and
stays that overlap count a shared day once. The test is met on a day d when
the days present in its period ending on d number at least ``days``:

* ``rolling`` over ``window_days`` M: the period is d - M + 1 .. d;
* ``rolling`` over ``window_months`` M: the period starts on the day after d
  less M months (a day of month that the earlier month lacks becomes its last
  day): for d = 2 July 2024 and 12 months, 3 July 2023 .. 2 July 2024;
* ``calendar-year``: 1 January of d's year .. d.

This is information, never a breach, and a presence test only: a country may
also make someone resident by home, family or centre of interests.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from planner.core.deadline_rules import TaxTest
from planner.core.model import Stay

ONE_DAY = dt.timedelta(days=1)


def minus_months(day: dt.date, months: int) -> dt.date:
    """``day`` less ``months`` months; a missing day of month becomes the month's last.

    >>> minus_months(dt.date(2024, 3, 31), 1)
    datetime.date(2024, 2, 29)
    """
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    if day.day <= 28:  # every month has that day
        return dt.date(year, month + 1, day.day)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def period_start(test: TaxTest, day: dt.date) -> dt.date:
    """The first day of the test's period that ends on ``day`` (see the module doc)."""
    if test.period == "calendar-year":
        return dt.date(day.year, 1, 1)
    if test.window_months is not None:
        return minus_months(day + ONE_DAY, test.window_months)
    assert test.window_days is not None
    return day - dt.timedelta(days=test.window_days - 1)


def days_present(stays: Iterable[Stay], country: str) -> list[dt.date]:
    """Every day some stay in ``country`` covers, any status, each once, in order."""
    return [dt.date.fromordinal(o) for o in _ordinals_present(stays, country)]


def _ordinals_present(stays: Iterable[Stay], country: str) -> list[int]:
    """:func:`days_present` as ordinals."""
    days: set[int] = set()
    for s in stays:
        if s.country == country:
            days.update(range(s.entry.toordinal(), s.exit.toordinal() + 1))
    return sorted(days)


class TaxCount(NamedTuple):
    """A country's presence count on one day under one test."""

    test: TaxTest
    on: dt.date
    start: dt.date
    days: int
    reached: dt.date | None

    @property
    def remaining(self) -> int:
        """Days present still below the threshold on ``on`` (0 once it is met)."""
        return max(0, self.test.days - self.days)


class Presence:
    """The days present in one country, counted under a tax test."""

    def __init__(self, test: TaxTest, stays: Iterable[Stay]) -> None:
        self.test = test
        self._ordinals = _ordinals_present(stays, test.destination)

    @functools.cached_property
    def days(self) -> list[dt.date]:
        """The days present, in order (:func:`days_present`); made when first
        asked: the crossings need only a few of them as dates."""
        return [dt.date.fromordinal(o) for o in self._ordinals]

    def count(self, day: dt.date) -> int:
        """Days present in the test's period ending on ``day``."""
        lo = bisect.bisect_left(self.days, period_start(self.test, day))
        hi = bisect.bisect_right(self.days, day)
        return max(0, hi - lo)

    def met(self, day: dt.date) -> bool:
        return self.count(day) >= self.test.days

    def crossings(self) -> list[dt.date]:
        """The days the test becomes met: met on d, not met on the day before.

        Only days present can be such days (the count grows only on them);
        days outside the test's ``valid_from`` .. ``valid_to`` are left out.
        As :meth:`met` counts, in ordinals: on the ``i``-th day present ``d``, the
        days present up to ``d`` number ``i + 1`` and up to ``d - 1``, ``i``. The
        count gains at most one per day present (a period's first day never
        moves back), so a count ``k`` short of the threshold skips the next
        ``k - 1`` days present: none of them can meet it.
        """
        test, need, ordinals = self.test, self.test.days, self._ordinals
        out = []
        i = max(need - 1, 0)  # before, fewer days are present than the threshold
        while i < len(ordinals):
            d = dt.date.fromordinal(ordinals[i])
            short = need - (i + 1 - bisect.bisect_left(ordinals, self._start(d)))
            if short > 0:  # not met on d
                i += short
                continue
            if test.in_force(d) and \
                    i - bisect.bisect_left(ordinals, self._start(d - ONE_DAY)) < need:
                out.append(d)  # and not met the day before
            i += 1
        return out

    def _start(self, day: dt.date) -> int:
        """:func:`period_start` of ``day``, as an ordinal."""
        test = self.test
        if test.period != "calendar-year" and test.window_months is None:
            assert test.window_days is not None
            return day.toordinal() - test.window_days + 1
        return period_start(test, day).toordinal()

    def first_reached(self, since: dt.date) -> dt.date | None:
        """The first day on or after ``since`` on which the test is met."""
        i = bisect.bisect_left(self.days, since)
        for d in self.days[i:]:
            if self.test.in_force(d) and self.met(d):
                return d
        return None

    def on(self, day: dt.date) -> TaxCount:
        """The count on ``day``, and the first day (on or after the period's start,
        planned days included) on which the test is met, if any."""
        start = period_start(self.test, day)
        return TaxCount(self.test, day, start, self.count(day), self.first_reached(start))


def tests_for(tests: Sequence[TaxTest], country: str, nationality: str,
              day: dt.date) -> list[TaxTest]:
    """The tests for ``country`` covering ``nationality`` in force on ``day``."""
    return [t for t in tests if t.destination == country and t.covers(nationality)
            and t.in_force(day)]

"""Planning answers: latest compliant exit, longest stay, earliest re-entry.

All three ask whether a stay *adds* a breach: a day that breaches with the
stay and does not breach without it, the rest of the itinerary unchanged.
Days the rest of the itinerary already breaches do not count against the
stay, and days the stay shares with another stay in the same destination
count once.

Example (Kazakhstan, 90 in any 180, nothing else planned): a stay entering
2023-02-01 has its latest compliant exit on 2023-05-01, its 90th day; exit
2023-05-02 would make day 91 breach. :func:`longest_stay` from 2023-02-01 is
90 days. After that stay, :func:`earliest_reentry` for 30 days is 2023-07-31:
the window ending that day (2023-02-02 .. 2023-07-31) holds 89 old days and
the new one, and each later day of the new stay drops one old day as it adds
a new one.

Searches look at most :data:`planner.core.probing.HORIZON_DAYS` ahead; a stay
that adds no breach even that long is reported as unlimited.

Why the searches are exact: a breach that a stay with exit x adds on a day
t <= x stays added for every later exit, since whether a day breaches depends
only on presence up to that day (the rolling window, the calendar year and a
fixed window's anchors all look back). So the first exit X that adds a breach
on or before itself bounds the answer; below X, only breaches on *later*
stays are possible, which for every kind but ``fixed-window`` also only grow
with the exit (binary search), and for ``fixed-window`` are scanned day by day
(:mod:`planner.core.probing`).

How they are fast: each answer is read from the allowance strip
(:mod:`planner.core.strip`) over the days near the question only
(:mod:`planner.core.context`); for every stay of one itinerary, index it
once (:class:`planner.core.context.StayIndex`) rather than call these per
stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.core.context import Others, StayIndex
from planner.core.model import Stay
from planner.core.probing import ExitAnswer
from planner.core.rules import RuleSet

__all__ = ["ExitAnswer", "earliest_reentry", "latest_exit", "longest_stay"]


def latest_exit(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                index: int) -> ExitAnswer:
    """The latest exit with which stay ``index`` adds no breach.

    The largest exit date (on or after its entry) with which the stay adds no
    breach, on itself or on any later stay. ``ExitAnswer(None)`` when even a
    one-day stay on its entry day adds one; ``unlimited`` when no rule limits
    it (not visa-free, no rules, or fine for ``HORIZON_DAYS``).
    """
    return StayIndex(rules, nationality, stays).latest_exit(index)


def longest_stay(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                 country: str, enter: dt.date) -> int | None:
    """The largest k such that a stay ``enter .. enter + k - 1`` adds no breach.

    0 when a one-day stay adds one; ``None`` when unlimited (see
    :func:`latest_exit`). Existing stays in the same country are kept; days
    shared with them count once.
    """
    return Others.of(rules, nationality, stays).longest(country, enter)


def earliest_reentry(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                     country: str, days: int, after: dt.date) -> dt.date | None:
    """The first day e on or after ``after`` such that a stay of ``days`` days
    from e (e .. e + days - 1) adds no breach; ``None`` if none within
    ``HORIZON_DAYS``."""
    return Others.of(rules, nationality, stays).earliest_reentry(country, days, after)

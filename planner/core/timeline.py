"""One traveller, one timeline: which stays conflict, and making room for a stay.

An itinerary is one person's days in order; on each day they are in one
place. The single exception is a **travel day**: the exit day of one stay that
is also the entry day of the next. Two stays in *different countries* that
share any other day, or more than one day, **conflict** (countries inside a
zone are still different countries). Two stays in the same country never
conflict: their days count once. Every status occupies the timeline.

Examples: KZ 2023-03-01 .. 2023-03-10 and KG 2023-03-10 .. 2023-03-20 share
only 10 March, the exit of one and the entry of the other: a travel day, no
conflict. KZ 2023-03-01 .. 2023-03-11 and KG 2023-03-10 .. 2023-03-20 share
10 and 11 March: a conflict on 2023-03-10 .. 2023-03-11. A one-day KG stay on
5 March inside KZ 2023-03-01 .. 2023-03-10 conflicts on 5 March.

:func:`make_room` is how every proposed change keeps to this: it puts a stay
in place and moves the stays in its way later, together, order and lengths
kept, or says it cannot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from planner.core.model import Stay
from planner.core.search import last_true

ONE_DAY = dt.timedelta(days=1)


class Conflict(NamedTuple):
    """Stays ``first`` and ``second`` (indices, ``first < second``) share ``days``
    (an inclusive range) and are in different countries, not just a travel day."""

    first: int
    second: int
    days: tuple[dt.date, dt.date]


def shared(a: Stay, b: Stay) -> tuple[dt.date, dt.date] | None:
    """The days two stays share, as an inclusive range; ``None`` when none."""
    lo, hi = max(a.entry, b.entry), min(a.exit, b.exit)
    return (lo, hi) if lo <= hi else None


def conflict_days(a: Stay, b: Stay) -> tuple[dt.date, dt.date] | None:
    """The days on which ``a`` and ``b`` conflict, or ``None`` when they do not.

    ``None`` for the same country, for no shared day, and for one shared day
    that is a travel day (the exit of one is the entry of the other).
    """
    if a.country == b.country:
        return None
    days = shared(a, b)
    if days is None:
        return None
    if days[0] == days[1] and (a.exit == b.entry or b.exit == a.entry):
        return None
    return days


def conflicts(stays: Sequence[Stay]) -> list[Conflict]:
    """Every conflicting pair of ``stays``, ordered by (first, second) index.

    A sweep in entry order: each stay is compared only with the stays entered
    before it that have not yet left.
    """
    spans = [(s.entry.toordinal(), i, s.exit.toordinal()) for i, s in enumerate(stays)]
    open_: list[tuple[int, int]] = []  # (exit ordinal, index) of the stays not yet left
    out: list[Conflict] = []
    for entry, i, leave in sorted(spans):
        if open_:
            open_ = [(x, j) for x, j in open_ if x >= entry]
        s = stays[i]
        for x, j in open_:
            # what conflict_days says, without building what most pairs (a
            # travel day, the same country) would throw away
            if x == entry or stays[j].country == s.country:
                continue
            days = conflict_days(stays[j], s)
            if days is not None:
                out.append(Conflict(min(i, j), max(i, j), days))
        open_.append((leave, i))
    return sorted(out, key=lambda c: (c.first, c.second))


class ConflictIndex:
    """Which stays conflict, kept up to date as single stays change.

    Holds, per stay in a conflict, the stays it conflicts with and the shared
    days (:func:`conflict_days`), equal at every moment to what
    :func:`conflicts` computes from scratch. :meth:`replace` (one stay
    changed: a drag's every move) looks at that stay against the others only,
    and says which stays' conflicts changed, so that a view repaints those;
    inserting or removing a stay shifts indices: :meth:`rebuild`.
    """

    def __init__(self, stays: Sequence[Stay] = ()) -> None:
        self.stays: list[Stay] = []
        self.partners: dict[int, dict[int, tuple[dt.date, dt.date]]] = {}
        self.rebuild(stays)

    def rebuild(self, stays: Sequence[Stay]) -> None:
        """Start again from ``stays``."""
        self.stays = list(stays)
        self.partners = {}
        for c in conflicts(stays):
            self.partners.setdefault(c.first, {})[c.second] = c.days
            self.partners.setdefault(c.second, {})[c.first] = c.days

    def replace(self, index: int, stay: Stay) -> set[int]:
        """Stay ``index`` is now ``stay``; the indices whose conflicts changed
        (``index`` itself among them when its own did)."""
        self.stays[index] = stay
        old = self.partners.pop(index, {})
        for j in old:
            mine = self.partners[j]
            del mine[index]
            if not mine:
                del self.partners[j]
        new: dict[int, tuple[dt.date, dt.date]] = {}
        entry, exit_ = stay.entry, stay.exit
        for j, other in enumerate(self.stays):
            if other.entry <= exit_ and other.exit >= entry and j != index:
                days = conflict_days(other, stay)
                if days is not None:
                    new[j] = days
        for j, days in new.items():
            self.partners.setdefault(j, {})[index] = days
        if new:
            self.partners[index] = new
        moved = {j for j in old.keys() | new.keys() if old.get(j) != new.get(j)}
        return moved | {index} if moved else set()

    def conflicts(self) -> list[Conflict]:
        """The same list as :func:`conflicts` of the stays held."""
        return [Conflict(i, j, days) for i in sorted(self.partners)
                for j, days in sorted(self.partners[i].items()) if i < j]


def added_conflicts(before: Sequence[Stay], after: Sequence[Stay]) -> list[Conflict]:
    """Conflicts of ``after`` that ``before`` did not have.

    Stays are matched by value: a conflict between two stays that are both in
    ``before`` unchanged, and conflicted there, is not added. Anything else is.
    """
    old = {(before[c.first], before[c.second]) for c in conflicts(before)}
    old |= {(b, a) for a, b in old}
    return [c for c in conflicts(after) if (after[c.first], after[c.second]) not in old]


def clear_from(stay: Stay, others: Iterable[Stay]) -> bool:
    """True when ``stay`` conflicts with none of ``others``."""
    return all(conflict_days(stay, o) is None for o in others)


def clear_limit(entry: dt.date, country: str, other: Stay) -> int | None:
    """The most days a stay in ``country`` from ``entry`` may last without
    conflicting with ``other`` (``None``: no limit; 0: not even one day).

    A stay in the same country, or one that has left before ``entry`` or on it
    (a travel day), sets no limit; one entering later allows leaving on its
    entry day (a travel day); one under way on ``entry`` allows nothing, but a
    one-day stay when ``entry`` is its own entry day (that day is a travel day).
    """
    if other.country == country or other.exit <= entry:
        return None
    if other.entry > entry:
        return (other.entry - entry).days + 1
    return 1 if other.entry == entry else 0


def longest_clear(entry: dt.date, country: str, most: int, others: Sequence[Stay],
                  allowed: Callable[[Stay, Stay], bool] | None = None) -> int:
    """The largest k <= ``most`` such that ``country`` from ``entry`` for k days
    conflicts with none of ``others`` (0 when even one day does).

    ``allowed(candidate, other)`` may excuse a conflict (one the input already
    had); the stays it might excuse are searched (conflict-free lengths are
    downward closed: a shorter stay shares a subset of the days, and a travel
    day stays one), the others bound k at once (:func:`clear_limit`).
    """
    k = max(most, 0)
    for o in others:
        if allowed is None:
            lim = clear_limit(entry, country, o)
            if lim is not None:
                k = min(k, lim)
    if allowed is None or k == 0:
        return k

    def ok(n: int) -> bool:
        cand = Stay(country, entry, entry + (n - 1) * ONE_DAY)
        return all(conflict_days(cand, o) is None or allowed(cand, o) for o in others)

    return last_true(1, k, ok) or 0


class Room(NamedTuple):
    """The itinerary with a stay put in place and the stays in its way moved.

    ``stays`` keeps the original indices (an appended stay is last);
    ``pushed`` maps the index of each stay moved out of the way to the index
    of the stay whose new days it would otherwise have conflicted with.
    """

    stays: tuple[Stay, ...]
    pushed: dict[int, int]


def make_room(stays: Sequence[Stay], index: int | None, new: Stay,
              movable: Callable[[Stay], bool] = lambda _s: True) -> Room | None:
    """Put ``new`` at ``index`` (``None``: append it) and move the stays in its
    way later; ``None`` when that is impossible.

    A stay is in the way when it conflicts with a stay that was put or moved
    (a conflict the input already had between two untouched stays is left as
    it is). It moves later by the fewest days that make it enter on the exit
    day of the stays it ran into (a travel day), which may push the next one,
    and so on: order and lengths are kept. Impossible when a stay in the way
    began before the stay it runs into (before the new stay's entry, or before
    a pushed stay's original entry: moving it later would change the order)
    or is not ``movable``.
    """
    work = list(stays)
    if index is None:
        work.append(new)
        index = len(work) - 1
    else:
        work[index] = new
    moved = [index]
    pushed: dict[int, int] = {}
    # where each stay began: a stay in the way must have begun on or after
    # the stay it runs into (the new stay: its new entry), or order changes
    start = {j: (new.entry if j == index else s.entry) for j, s in enumerate(work)}
    while True:
        waiting = [i for i in range(len(work)) if i not in pushed and i != index]
        hit = _first_in_way(work, waiting, moved)
        if hit is None:
            return Room(tuple(work), pushed)
        i, first_blocker = hit
        blocker: int | None = first_blocker
        while blocker is not None:
            if not movable(work[i]) or stays[i].entry < start[blocker]:
                return None
            work[i] = work[i].moved((work[blocker].exit - work[i].entry).days)
            pushed[i] = blocker
            blocker = next((j for j in moved if conflict_days(work[i], work[j]) is not None),
                           None)
        moved.append(i)


def _first_in_way(work: Sequence[Stay], waiting: Iterable[int],
                  moved: Sequence[int]) -> tuple[int, int] | None:
    """The earliest waiting stay that conflicts with a moved one, and that one
    (the one leaving last, so one move clears it)."""
    best: tuple[int, int] | None = None
    for i in waiting:
        hits = [j for j in moved if conflict_days(work[i], work[j]) is not None]
        if hits and (best is None or (work[i].entry, i) < (work[best[0]].entry, best[0])):
            best = (i, max(hits, key=lambda j: (work[j].exit, j)))
    return best

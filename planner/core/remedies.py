"""The exit window's remedies as whole itineraries that add no conflict.

Each remedy of :func:`planner.core.advice.exit_window` returns the itinerary
it proposes (file order kept, an added stay last) or ``None`` when it cannot
be offered without making two stays conflict (PRODUCT.md, "One traveller,
one timeline"):

* :func:`trim` — the stay leaves on ``leave_by``. Shortening a stay never
  adds a conflict.
* :func:`move_next` — the stay trimmed to ``leave_by`` (the earliest return
  assumes it) and the next planned stay there entering on the earliest
  return; stays in its way move later with it, order and lengths kept
  (:func:`planner.core.timeline.make_room`). Stays on a visa, a permit or an
  exempt ground have dates of their own and are never moved: if one is in
  the way, the remedy is not offered.
* :func:`add_stay` — the stay trimmed to ``leave_by`` and a visa-free stay in
  the chosen country from the gap's first day, on unplanned days only: it
  ends where the gap ends or where the next planned stay begins (a travel
  day), whichever comes first.
* :func:`add_chain` — the stay trimmed to ``leave_by`` and the chain of
  :func:`planner.core.chaining.chain_for` (stays one after another on the
  gap's unplanned days), when no country but home covers the gap alone.

Example: KZ 2023-02-01 .. 2023-06-01 (a Russian; leave by 2023-05-01), GE
2023-06-10 .. 2023-06-30. ``add_stay(rules, "RU", stays, w, "AM")`` trims KZ to 2023-05-01 and
adds AM 2023-05-02 .. 2023-06-10: the gap runs to 2023-07-30, but Georgia
begins on 10 June.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.core.advice import ExitWindow, adds_breach
from planner.core.chaining import chain_for
from planner.core.model import Stay
from planner.core.rules import RuleSet
from planner.core.timeline import conflict_days, longest_clear, make_room

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Remedy:
    """A proposed itinerary; ``pushed`` maps each stay moved out of the way
    to the stay that needed its days."""

    stays: tuple[Stay, ...]
    pushed: dict[int, int] = field(default_factory=dict)


def _movable(stay: Stay) -> bool:
    return stay.status.counts


def trim(stays: Sequence[Stay], w: ExitWindow) -> Remedy | None:
    """Stay ``w.index`` leaves on ``w.leave_by``; ``None`` when that changes nothing."""
    s = stays[w.index]
    if w.leave_by is None or w.leave_by >= s.exit:
        return None
    out = list(stays)
    out[w.index] = s.with_dates(s.entry, w.leave_by)
    return Remedy(tuple(out))


def move_next(stays: Sequence[Stay], w: ExitWindow) -> Remedy | None:
    """The next planned stay moved to the earliest return, stays in its way
    pushed later; ``None`` when there is none to move or something in the way
    may not move."""
    if w.next_index is None or w.earliest_return is None or w.next_stay is None:
        return None
    nxt = stays[w.next_index]
    if nxt.entry == w.earliest_return:
        return None
    trimmed = trim(stays, w)
    moved = nxt.moved((w.earliest_return - nxt.entry).days)
    room = make_room(trimmed.stays if trimmed else stays, w.next_index, moved, _movable)
    return None if room is None else Remedy(room.stays, room.pushed)


def add_stay(rules: RuleSet, nationality: str, stays: Sequence[Stay], w: ExitWindow,
             country: str) -> Remedy | None:
    """The stay trimmed to ``leave_by`` and a stay in ``country`` on the
    unplanned days from the gap's first day (see the module docstring);
    ``None`` without a gap, without a day to leave by, or when the gap's
    first day is already planned. A stay cut short by a planned stay is
    shortened further if needed until it adds no breach (under a fixed
    window a shorter stay is not always cleaner)."""
    if w.gap is None or w.leave_by is None:
        return None
    trimmed = trim(stays, w)
    base = list(trimmed.stays if trimmed else stays)
    first, last = w.gap
    k = longest_clear(first, country, (last - first).days + 1, base)
    while k and adds_breach(rules, nationality, base,
                            Stay(country, first, first + (k - 1) * ONE_DAY)):
        k -= 1
    if k == 0:
        return None
    return Remedy((*base, Stay(country, first, first + (k - 1) * ONE_DAY)))


def add_chain(rules: RuleSet, nationality: str, stays: Sequence[Stay],
              w: ExitWindow) -> Remedy | None:
    """The stay trimmed to ``leave_by`` and the chain for ``w`` added after the
    other stays, in order; ``None`` without a day to leave by or a chain."""
    if w.leave_by is None:
        return None
    parts = chain_for(rules, nationality, w)
    if parts is None:
        return None
    trimmed = trim(stays, w)
    return Remedy((*(trimmed.stays if trimmed else stays), *parts))


def merge(stays: Sequence[Stay], index: int) -> tuple[int, Remedy] | None:
    """Stay ``index`` merged with the first other stay (file order) in the same
    country, on the same footing, that it touches or overlaps: one stay from
    the earlier entry to the later exit, with ``index``'s note; the other is
    left out. ``None`` when there is none, or when the merged stay would
    conflict where the two did not (a travel day inside it). Returns the
    other stay's index too."""
    s = stays[index]
    for j, o in enumerate(stays):
        if j == index or o.country != s.country or o.status is not s.status:
            continue
        if o.entry > s.exit + ONE_DAY or s.entry > o.exit + ONE_DAY:
            continue
        out = list(stays)
        out[index] = s.with_dates(min(s.entry, o.entry), max(s.exit, o.exit))
        del out[j]
        merged = out[index if index < j else index - 1]
        if any(not _within(conflict_days(merged, t), conflict_days(s, t), conflict_days(o, t))
               for k, t in enumerate(stays) if k not in (index, j)):
            continue
        return j, Remedy(tuple(out))
    return None


def _within(new: tuple[dt.date, dt.date] | None, *old: tuple[dt.date, dt.date] | None) -> bool:
    """True when every day of ``new`` (a conflict's days) is a day of one of ``old``."""
    if new is None:
        return True
    d = new[0]
    while d <= new[1]:
        if not any(o is not None and o[0] <= d <= o[1] for o in old):
            return False
        d += ONE_DAY
    return True

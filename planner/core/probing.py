"""The exact searches behind the planning answers, for any kind of rule.

:class:`Prober` judges a candidate stay against fixed other stays on arrays
that span them all, and tells the first day it *adds* a breach on (see
:mod:`planner.core.planning` for what that means and why the searches below
are exact). They are the slow, general path: :mod:`planner.core.strip` and
:mod:`planner.core.context` answer the same questions faster wherever their
arithmetic holds, and fall back to these where it does not (fixed-window
rules, zone memberships that change within reach).

Searches look at most :data:`HORIZON_DAYS` ahead; a stay that adds no breach
even that long is reported as unlimited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from planner.core.engine import Evaluator
from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.presence import DestinationState, Segment
from planner.core.rules import RuleKind, RuleSet
from planner.core.search import last_true

if TYPE_CHECKING:
    from planner.core.presence import BoolArray

HORIZON_DAYS = 3660  # about ten years


class ExitAnswer(NamedTuple):
    """Latest compliant exit; ``latest is None`` and ``unlimited`` False: none."""

    latest: dt.date | None
    unlimited: bool = False


class Prober:
    """Tries candidate stays in one country against fixed other stays."""

    def __init__(self, rules: RuleSet, nationality: str, others: Sequence[Stay],
                 country: str, first: dt.date, last: dt.date) -> None:
        self.ev = Evaluator(rules, nationality, [])
        self.country = country
        self.template = Stay(country, first, first)
        self.dests = self.ev.destinations_of(self.template)
        self.states: dict[str, DestinationState] = {}
        self.base: dict[str, BoolArray] = {}
        other_segs: dict[str, list[Segment]] = {}
        for s in others:
            for d, segs in self.ev.segments(s).items():
                if d in self.dests:
                    other_segs.setdefault(d, []).extend(segs)
        for d in self.dests:
            segs = other_segs.get(d, [])
            lo = min([first.toordinal(), *(a for a, _ in segs)])
            hi = max([last.toordinal(), *(b for _, b in segs)])
            st = DestinationState(d, self.ev.rules_for(d), segs, lo=lo, hi=hi)
            self.states[d] = st
            self.base[d] = st.breach.copy()
        self.limited = any(r.kind.limits for d in self.dests for r in self.ev.rules_for(d))
        self.fixed = any(r.kind is RuleKind.FIXED_WINDOW
                         for d in self.dests for r in self.ev.rules_for(d))

    def first_added(self, entry: dt.date, exit: dt.date) -> dt.date | None:
        """The first day the stay ``entry .. exit`` adds a breach on, if any."""
        segs = self.ev.segments(self.template.with_dates(entry, exit))
        first: int | None = None
        for d, add in segs.items():
            st = self.states[d]
            st.apply([], add)
            added = np.flatnonzero(st.breach & ~self.base[d])
            st.apply(add, [])
            if added.size:
                o = int(added[0]) + st.origin
                first = o if first is None else min(first, o)
        return None if first is None else dt.date.fromordinal(first)


def latest_exit_from(p: Prober, entry: dt.date) -> ExitAnswer:
    if not p.limited:
        return ExitAnswer(None, unlimited=True)
    day = dt.timedelta(days=1)
    horizon = entry + dt.timedelta(days=HORIZON_DAYS)

    def clean_up_to_self(n: int) -> bool:
        x = entry + n * day
        t = p.first_added(entry, x)
        return t is None or t > x

    n_self = last_true(0, HORIZON_DAYS, clean_up_to_self)
    if n_self is None:
        return ExitAnswer(None)

    def clean(n: int) -> bool:
        return p.first_added(entry, entry + n * day) is None

    if p.fixed:
        best = next((n for n in range(n_self, -1, -1) if clean(n)), None)
    else:
        best = last_true(0, n_self, clean)
    if best is None:
        return ExitAnswer(None)
    latest = entry + best * day
    if latest >= horizon:
        return ExitAnswer(None, unlimited=True)
    return ExitAnswer(latest)


def _span(stays: Sequence[Stay], first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    lo = min([first, *(s.entry for s in stays)])
    hi = max([last, *(s.exit for s in stays)])
    return lo, hi


def earliest_reentry(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                             country: str, days: int, after: dt.date) -> dt.date | None:
    """The first day e on or after ``after`` such that a stay of ``days`` days
    from e (e .. e + days - 1) adds no breach; ``None`` if none within
    :data:`HORIZON_DAYS`. Tries every day in turn: exact where a shorter stay
    is not always cleaner (fixed windows), which the allowance strip assumes."""
    if days < 1:
        raise ValueError("days must be at least 1")
    length = dt.timedelta(days=days - 1)
    horizon = after + dt.timedelta(days=HORIZON_DAYS)
    lo, hi = _span(stays, after, horizon + length)
    p = Prober(rules, nationality, stays, country, lo, hi)
    if not p.limited:
        return after
    e = after
    while e <= horizon:
        t = p.first_added(e, e + length)
        if t is None:
            return e
        # A breach added on day t by a stay starting on e is still added by any
        # stay starting later that covers t with at least as many days before
        # it -- not in general, so step one day at a time.
        e += dt.timedelta(days=1)
    return None


def adds_breach(rules: RuleSet, nationality: str, others: Sequence[Stay],
                        cand: Stay) -> bool:
    """True when ``cand`` adds a breach day to ``others``, by judging the days
    with and without it over their whole span (exact, any rule kind)."""
    if not cand.status.counts:
        return False
    lo, hi = _span(others, cand.entry, cand.exit)
    p = Prober(rules, nationality, others, cand.country, lo, hi)
    return p.first_added(cand.entry, cand.exit) is not None

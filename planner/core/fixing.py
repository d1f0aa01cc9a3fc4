"""Plans that the core proposes: a compliant version of an itinerary (``fix``)
and the longest presence in one destination (``maximise``).

Both only ever add stays that *add no breach* (PRODUCT.md) to what is
already accepted, so the result is compliant by induction: the empty plan is
compliant, and a stay that adds no breach to a compliant itinerary leaves it
compliant.

:func:`fix` example (bundled rules, a Russian, Kazakhstan 90 in any 180):
KZ 2023-02-01 .. 2023-04-01 (60 days), GE 2023-04-02 .. 2023-04-30, KZ
2023-05-01 .. 2023-06-14 (45 days). Trimming would keep 30 days of the second
Kazakh stay (60 + 30 = 90 in the window); entering it on 2023-07-01 instead
keeps all 45 (on 2023-08-14 the window 2023-02-16 .. 2023-08-14 holds 45 old
days and 45 new), so ``fix`` moves it: change "moved", 2023-07-01 ..
2023-08-14.

:func:`maximise` example: a Russian who wants to be in Kazakhstan as much as
possible in 2024 and accepts Georgia for breaks gets KZ 2024-01-01 ..
2024-03-30 (90 days), GE 2024-03-31 .. 2024-06-28, KZ 2024-06-29 ..
2024-09-26, GE 2024-09-27 .. 2024-12-25, KZ 2024-12-26 .. 2024-12-31: 186
days in Kazakhstan.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from planner.core import strip
from planner.core.advice import adds_breach
from planner.core.context import Others, StayIndex
from planner.core.engine import Evaluator
from planner.core.lazy import np
from planner.core.model import Status, Stay
from planner.core.rules import RuleKind, RuleSet
from planner.core.strip import allowances
from planner.core.timeline import conflict_days, longest_clear

if TYPE_CHECKING:
    from planner.core.presence import IntArray

ONE_DAY = dt.timedelta(days=1)
MAX_DELAY_DAYS = 366  # fix moves a stay at most this far after its original entry
BIG = 1 << 40  # no bound on a length


@dataclass(frozen=True, slots=True)
class StayChange:
    """What ``fix`` did to one stay: kept, trimmed, moved (maybe shorter) or dropped."""

    index: int  # in the original (file) order
    action: str  # "kept" | "trimmed" | "moved" | "dropped"
    old: Stay
    new: Stay | None
    pushed_by: int | None = None  # moved because stay ``pushed_by`` moved onto its days


@dataclass(frozen=True, slots=True)
class FixResult:
    """A compliant itinerary (file order, dropped stays left out) and the changes."""

    stays: tuple[Stay, ...]
    changes: tuple[StayChange, ...]  # one per original stay, in file order
    days_before: int  # distinct days (per country) of the stays fix may change, before
    days_after: int  # and after
    strategy: str  # "trim", "trim-forward" or "move"

    @property
    def changed(self) -> bool:
        return any(c.action != "kept" for c in self.changes)


def _limited(ev: Evaluator, stay: Stay) -> bool:
    """Visa-free and some rule could make it breach: ``fix`` may change it."""
    return stay.status.counts and any(
        r.kind.limits for d in ev.destinations_of(stay) for r in ev.rules_for(d))


def _has_fixed_window(ev: Evaluator, stay: Stay) -> bool:
    return any(r.kind is RuleKind.FIXED_WINDOW
               for d in ev.destinations_of(stay) for r in ev.rules_for(d))


def _placeholder(stay: Stay) -> Stay:
    """A dropped stay that counts nothing, so indices stay put while working."""
    return replace(stay, status=Status.VISA)


def _trim_baseline(rules: RuleSet, nationality: str, stays: Sequence[Stay],
                   order: list[int], free: list[bool]) -> list[Stay | None]:
    """Trim each breaching stay, in date order, to its latest compliant exit
    (later stays as planned), dropping it if there is none."""
    work = list(stays)
    out: list[Stay | None] = list(stays)
    ev = Evaluator(rules, nationality, work)
    indexed = StayIndex(rules, nationality, work)  # kept as work changes
    for i in order:
        if not free[i] or not ev.stay_breaches(i):
            continue
        ans = indexed.latest_exit(i)
        if ans.unlimited:
            continue
        s = stays[i]
        new = None if ans.latest is None else s.with_dates(s.entry, min(ans.latest, s.exit))
        out[i] = new
        work[i] = _placeholder(s) if new is None else new
        ev.replace(i, work[i])
        indexed.replace(i, work[i])
    return out


class _Forward:
    """Place the free stays one by one in date order against what is accepted.

    Accepted at first: every stay ``fix`` may not change (those add no breach
    anywhere). Each free stay then gets the entry ``e`` in ``lb .. ub`` that
    lets it keep the most of its days (the earliest such day), where ``lb`` is
    the later of its own entry and the previous placed stay's new entry (the
    order is kept) and ``ub`` is ``lb`` when not moving, else the entry of the
    next fixed stay in date order or ``MAX_DELAY_DAYS`` after its entry.
    ``allowances`` gives the longest stay for every candidate entry at once;
    each is then cut where it would run into an accepted stay in another
    country (:func:`~planner.core.timeline.longest_clear`), unless the input
    already had that conflict on those days. A free stay placed on days a
    later free stay had keeps those days: the later one is placed after it.

    :meth:`step` places the stay at one position of ``order``; ``out`` holds
    the result once every position is stepped, in order. ``memo`` is shared
    with another pass over the same stays (see :func:`_forward_both`).
    """

    def __init__(self, rules: RuleSet, nationality: str, stays: Sequence[Stay],
                 order: list[int], free: list[bool], move: bool,
                 memo: strip.Memo | None = None) -> None:
        self.stays, self.order, self.free, self.move = stays, order, free, move
        self.ev = Evaluator(rules, nationality, [])
        # What is accepted, indexed: each allowance reads only the days near it.
        self.accepted = Others(StayIndex(rules, nationality, []), memo=memo)
        for i, s in enumerate(stays):
            if not free[i]:
                self.accepted.index.add(i, s)
        # (entry, original index, stay) of what is placed, in entry order, and
        # the longest of them: the stays near a range are found without a scan.
        self.placed = sorted((s.entry, i, s) for i, s in enumerate(stays) if not free[i])
        self.longest = max((s.days for _e, _i, s in self.placed), default=1)
        self.out: list[Stay | None] = list(stays)
        self.prev: dt.date | None = None
        self.fixed_window: dict[str, bool] = {}  # country: under a fixed-window rule
        self.fixed_after: list[dt.date | None] = [None] * (len(order) + 1)  # next fixed entry
        for pos in range(len(order) - 1, -1, -1):
            j = order[pos]
            self.fixed_after[pos] = self.fixed_after[pos + 1] if free[j] else stays[j].entry

    def step(self, pos: int) -> None:
        i = self.order[pos]
        s = self.stays[i]
        lb = s.entry if self.prev is None else max(s.entry, self.prev)
        if not self.free[i]:
            self.prev = s.entry  # never moves; the stays before it were kept at or before it
            return
        ub = lb
        if self.move:
            ub = s.entry + MAX_DELAY_DAYS * ONE_DAY
            nxt = self.fixed_after[pos + 1]
            if nxt is not None:
                ub = min(ub, nxt)
            ub = max(ub, lb)
        placed, accepted = self.placed, self.accepted
        first = bisect.bisect_left(placed, (lb - (self.longest - 1) * ONE_DAY,))
        last = bisect.bisect_right(placed, (ub + s.days * ONE_DAY,))
        e, k = _best_entry(accepted, self.stays, i,
                           [(j, t) for _e, j, t in placed[first:last]], lb, ub)
        fixed = self.fixed_window.get(s.country)
        if fixed is None:
            fixed = self.fixed_window[s.country] = _has_fixed_window(self.ev, s)
        if k and fixed:  # shorter is not always cleaner there
            while k and accepted.adds_breach(s.with_dates(e, e + (k - 1) * ONE_DAY)):
                k -= 1
        if k == 0:
            self.out[i] = None
            return
        new = s if (e, k) == (s.entry, s.days) else s.with_dates(e, e + (k - 1) * ONE_DAY)
        self.out[i] = new
        accepted.index.add(i, new)
        bisect.insort(placed, (new.entry, i, new))
        self.longest = max(self.longest, new.days)
        self.prev = e


def _forward_both(rules: RuleSet, nationality: str, stays: Sequence[Stay], order: list[int],
                  free: list[bool]) -> tuple[list[Stay | None], list[Stay | None]]:
    """The ``trim-forward`` and ``move`` placements (:class:`_Forward`), made
    side by side.

    Both ask first for the allowance on a stay's own (or earliest possible)
    entry, and until ``move`` has moved a stay nearby, both ask it of the same
    accepted days: the second asks a memo instead. The memo is emptied at
    each position, so it never holds more than a few answers.
    """
    memo: strip.Memo = {}
    trim = _Forward(rules, nationality, stays, order, free, False, memo)
    move = _Forward(rules, nationality, stays, order, free, True, memo)
    for pos in range(len(order)):
        memo.clear()
        trim.step(pos)
        move.step(pos)
    return trim.out, move.out


def _best_entry(accepted: Others, stays: Sequence[Stay], i: int,
                placed: Sequence[tuple[int, Stay]], lb: dt.date, ub: dt.date
                ) -> tuple[dt.date, int]:
    """The earliest entry in ``lb .. ub`` on which stay ``i`` keeps the most
    days (adding no breach to ``accepted`` and no conflict with ``placed``),
    and that many days.

    No entry keeps more than all of the stay's days, so the first entry that
    keeps them all is the answer and the entries after it need not be looked
    at. The range is read in pieces that grow (``lb`` alone, then 16 days,
    then four times as many each time): one allowance settles most stays of
    a long itinerary, a few days more a stay pushed by the one before it, and
    only a stay that cannot be kept whole anywhere reads the whole range.
    """
    days, country = stays[i].days, stays[i].country
    best_e, best_k = lb, -1
    first, size = lb, 1
    while first <= ub:
        last = min(first + (size - 1) * ONE_DAY, ub)
        vals = accepted.allowances(country, first, last, days)
        clear = _clearances(stays, i, placed, first, last, vals)
        j = int(clear.argmax())
        if int(clear[j]) > best_k:  # strictly: the earliest of equals stays
            best_e, best_k = first + j * ONE_DAY, int(clear[j])
        if best_k == days:
            break
        first, size = last + ONE_DAY, (16 if size == 1 else size * 4)
    return best_e, best_k


def _clearances(stays: Sequence[Stay], i: int, placed: Sequence[tuple[int, Stay]],
                lb: dt.date, ub: dt.date, vals: IntArray) -> IntArray:
    """``vals`` (days allowed per entry ``lb .. ub``) cut so that stay ``i``
    adds no conflict with the ``placed`` stays (original index, placed stay).

    A placed stay the input did not already conflict with bounds the length
    from entry e as :func:`~planner.core.timeline.clear_limit` says: not at
    all when it is in the same country or leaves on e or before; 0 when it
    is under way on e (entered before e); 1 when it enters on e; else up to
    and including its entry day (a travel day). Those bounds are taken for
    every entry at once (entries x stays). A placed stay that the input
    already conflicted with may keep those days: the few entries near one
    are searched (:func:`~planner.core.timeline.longest_clear`).
    """
    s = stays[i]
    last = ub + (s.days - 1) * ONE_DAY
    near = [(j, t) for j, t in placed if t.exit >= lb and t.entry <= last]
    if not near:
        return vals
    was = {id(t): (j, conflict_days(s, stays[j])) for j, t in near}

    def allowed(cand: Stay, t: Stay) -> bool:
        _j, old = was[id(t)]
        now = conflict_days(cand, t)
        return old is not None and now is not None and old[0] <= now[0] and now[1] <= old[1]

    plain = [t for _j, t in near if was[id(t)][1] is None and t.country != s.country]
    excusable = sorted((t for _j, t in near if was[id(t)][1] is not None),
                       key=lambda t: t.entry)
    out = vals.copy()
    lo = lb.toordinal()
    if plain and len(out) == 1:  # one entry: the bounds one by one
        out[0] = longest_clear(lb, s.country, int(out[0]), plain)
    elif plain:
        entries = np.arange(lo, lo + len(out), dtype=np.int64)[:, None]
        enter = np.array([t.entry.toordinal() for t in plain], dtype=np.int64)[None, :]
        leave = np.array([t.exit.toordinal() for t in plain], dtype=np.int64)[None, :]
        bound = np.where(enter >= entries, enter - entries + 1, 0)
        bound = np.where(leave > entries, bound, BIG)
        np.minimum(out, bound.min(axis=1), out=out)
    for n in range(len(out)) if excusable else ():
        if out[n]:
            e = lb + n * ONE_DAY
            reach = e + (int(vals[n]) - 1) * ONE_DAY
            close = [t for t in excusable if t.exit >= e and t.entry <= reach]
            if close:
                out[n] = longest_clear(e, s.country, int(out[n]), close, allowed)
    return out


def distinct_days(stays: Sequence[Stay | None], free: Sequence[bool]) -> int:
    """Days of the free stays, each day counted once per country (two stays in
    one country sharing days count them once, as the rules do)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for s, f in zip(stays, free, strict=True):
        if f and s is not None:
            spans.setdefault(s.country, []).append((s.entry.toordinal(), s.exit.toordinal()))
    total = 0
    for runs in spans.values():
        end = None
        for a, b in sorted(runs):
            if end is None or a > end:
                total += b - a + 1
                end = b
            elif b > end:
                total += b - end
                end = b
    return total


def fix(rules: RuleSet, nationality: str, stays: Sequence[Stay]) -> FixResult:
    """A compliant itinerary keeping as many days as the strategies below find.

    Constraints: no stay enters before its original entry, stays keep their
    date order (new entries non-decreasing in the original (entry, index)
    order), no stay gets longer, stays that are not visa-free (or that no rule
    limits) are never changed; a stay may be trimmed, moved later, or dropped.

    Three candidates, the one keeping the most visa-free days wins (ties:
    fewest moves, then in this order):

    1. ``trim`` — the baseline: each breaching stay, in date order, trimmed
       to its latest compliant exit (dropped if none). Used only when the
       result is compliant (it may not be: two overlapping stays in one
       country each "add" nothing while both breach).
    2. ``trim-forward`` — stays placed greedily in date order against the
       stays already placed, each keeping its entry and as many days as the
       longest stay from there allows; compliant by construction.
    3. ``move`` — the same, but each stay may enter later (up to the next
       stay that cannot move, at most a year) where it keeps more days: the
       earliest entry with the most days wins, so a stay only moves when that
       keeps more of it.

    One traveller, one timeline: no candidate adds a conflict (a stay in
    another country on the same days, beyond a travel day). A stay moved onto
    the days of a later free stay pushes that one later (``pushed_by`` names
    the stay that did); a stay that cannot move nor push (a stay on a visa,
    a permit, at home) ends where it begins.

    Days are counted as the rules count them: each day once per country, so
    two stays in one country that share days do not count them twice. A
    ``move`` that would pull such stays apart, and so keep more days than
    were planned, is not a fix: it is left out.

    The greedy is not a global optimum: moving one stay later can cost a
    later stay days (the comparison with 1 and 2 bounds that loss).
    """
    stays = list(stays)
    ev = Evaluator(rules, nationality, [])
    free = [_limited(ev, s) for s in stays]
    order = sorted(range(len(stays)), key=lambda i: (stays[i].entry, i))
    before = distinct_days(stays, free)
    options: list[tuple[str, list[Stay | None]]] = []
    base = _trim_baseline(rules, nationality, stays, order, free)
    if Evaluator(rules, nationality, [s for s in base if s is not None]).compliant():
        options.append(("trim", base))
    forward, moved = _forward_both(rules, nationality, stays, order, free)
    options.append(("trim-forward", forward))
    kept = {name: distinct_days(option, free) for name, option in options}
    kept["move"] = distinct_days(moved, free)
    if kept["move"] <= before:  # pulling one country's stays apart adds days
        options.append(("move", moved))

    def moves(new: list[Stay | None]) -> int:
        return sum(n is not None and n.entry != o.entry for n, o in zip(new, stays, strict=True))

    rank = {name: r for r, (name, _) in enumerate(options)}
    name, best = max(options, key=lambda o: (kept[o[0]], -moves(o[1]), -rank[o[0]]))
    changes = []
    for i, (old, new) in enumerate(zip(stays, best, strict=True)):
        if new is None:
            action = "dropped"
        elif new.entry != old.entry:
            action = "moved"
        elif new.exit != old.exit:
            action = "trimmed"
        else:
            action = "kept"
        changes.append(StayChange(i, action, old, new, _pusher(stays, best, i)))
    return FixResult(tuple(s for s in best if s is not None), tuple(changes), before,
                     kept[name], name)


def _pusher(old: Sequence[Stay], new: Sequence[Stay | None], i: int) -> int | None:
    """The moved stay whose new days the original days of moved stay ``i``
    would conflict with (it had to make room), if any: the one entered last."""
    n = new[i]
    if n is None or n.entry == old[i].entry:
        return None
    hits = [j for j, m in enumerate(new) if j != i and m is not None and m.entry != old[j].entry
            and m.entry <= n.entry and conflict_days(old[i], m) is not None]
    return max(hits, key=lambda j: (new[j].entry, j), default=None)  # type: ignore[union-attr]


def maximise(rules: RuleSet, nationality: str, stays: Sequence[Stay], destination: str,
             start: dt.date, end: dt.date, break_countries: Sequence[str],
             min_stay: int = 7) -> list[Stay]:
    """New stays for ``start .. end``: as many days in ``destination`` as the
    greedy finds, breaks in ``break_countries``; adds no breach to ``stays``.

    ``stays`` are kept as they are (usually the history before ``start``;
    they count toward every window) and the new stays use only days they
    leave unplanned (a travel day aside): one traveller, one timeline.
    Strategy, day by day from ``start``:

    * stay in ``destination`` as long as allowed (the longest stay from the
      day, cut at ``end``), if that is a *useful* stay: at least ``min_stay``
      days, or all the days left;
    * then leave for at least one day (a per-entry limit restarts only after
      a break), and come back on the first later day from which a useful stay
      is allowed (the allowance strip answers every day at once);
    * fill the break with the break countries, in the order given: the first
      that allows the whole break, else the one allowing the longest part,
      and so on; a day no break country allows stays unplanned.

    Limits: greedy, not optimal in every case (a shorter stay now can
    sometimes allow more later under per-entry plus rolling rules); a
    ``min_stay`` above 1 gives up a few single days at the end of windows for
    a plan a person can live; the stays are returned in date order and touch
    without sharing days.
    """
    if min_stay < 1:
        raise ValueError("min_stay must be at least 1")
    ctx = list(stays)
    plan: list[Stay] = []
    cur, came_from_dest = start, False

    def allowed(country: str, a: dt.date, b: dt.date, cap: int) -> list[int]:
        vals = allowances(rules, nationality, [*ctx, *plan], country, a, b, cap)
        return [int(v) for v in vals]

    def clean(stay: Stay) -> bool:
        return not adds_breach(rules, nationality, [*ctx, *plan], stay)

    while cur <= end:
        left = (end - cur).days + 1
        if not came_from_dest:
            k = longest_clear(cur, destination, allowed(destination, cur, cur, left)[0], ctx)
            while k >= 1 and not clean(Stay(destination, cur, cur + (k - 1) * ONE_DAY)):
                k -= 1  # only under fixed windows is a shorter stay not always fine
            if k >= 1 and k >= min(min_stay, left):
                plan.append(Stay(destination, cur, cur + (k - 1) * ONE_DAY))
                cur, came_from_dest = cur + k * ONE_DAY, True
                continue
        back = end + ONE_DAY
        if cur < end:
            vals = allowed(destination, cur + ONE_DAY, end, min_stay)
            for j, v in enumerate(vals):
                if v >= min(min_stay, left - 1 - j):
                    back = cur + (j + 1) * ONE_DAY
                    break
        _fill_break(rules, nationality, ctx, plan, break_countries, cur, back - ONE_DAY)
        cur, came_from_dest = back, False
    return plan


def _fill_break(rules: RuleSet, nationality: str, ctx: list[Stay], plan: list[Stay],
                countries: Sequence[str], first: dt.date, last: dt.date) -> None:
    """Append break stays covering as much of ``first .. last`` as allowed."""
    day = first
    while day <= last:
        need = (last - day).days + 1
        best_c, best_k = "", 0
        for c in countries:
            k = int(allowances(rules, nationality, [*ctx, *plan], c, day, day, need)[0])
            k = longest_clear(day, c, k, ctx)
            while k and adds_breach(rules, nationality, [*ctx, *plan],
                                    Stay(c, day, day + (k - 1) * ONE_DAY)):
                k -= 1
            if k > best_k:
                best_c, best_k = c, k
            if k == need:
                break
        if best_k == 0:
            day += ONE_DAY
            continue
        plan.append(Stay(best_c, day, day + (best_k - 1) * ONE_DAY))
        day += best_k * ONE_DAY

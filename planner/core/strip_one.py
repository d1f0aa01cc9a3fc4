"""The allowance strip for one entry day: what the planning answers ask per stay.

:func:`allowance` is :func:`planner.core.strip.allowances_from` for a range
of one day, as a number: ``min(cap, longest stay from day)`` against the
other stays (0 when a one-day stay adds a breach, ``cap`` when unlimited or
at least that long). The latest exit of every stay of an itinerary asks
exactly this once per stay, so it has a path of its own: the same days
(:func:`planner.core.strip.reach`), the same shortcut
(:func:`planner.core.strip._fits`) and the same arithmetic as the strip (the
docstring of :mod:`planner.core.strip`), taken only from the entry day on,
with each "first day after" read from a slice instead of the suffix minima
and sliding windows the strip builds for every entry of a range. Where the
strip falls back to the exact search (fixed windows, a zone whose membership
changes within reach), so does this.

Example: a Russian with a Kazakhstan stay 2024-01-01 .. 2024-03-30 (90 days)
gets 0 on 2024-03-31 and 30 on 2024-07-29 (capped at ``cap`` when that is
smaller), as ``allowance_strip`` does for those days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from planner.core import strip
from planner.core.engine import Evaluator
from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.presence import Segment, _year_starts
from planner.core.rules import Rule, RuleKind

if TYPE_CHECKING:
    from planner.core.presence import BoolArray, IntArray

BIG = strip.BIG


def allowance(ev: Evaluator, country: str, day: dt.date, cap: int,
              segments: Callable[[str, int, int], list[Segment]],
              stays: Callable[[], Sequence[Stay]], memo: strip.Memo | None = None,
              arrays: Callable[[str, int, int], IntArray] | None = None) -> int:
    """``int(allowances_from(ev, country, day, day, cap, segments, stays, memo)[0])``,
    sharing ``memo`` with it (same keys, same values).

    ``arrays`` is ``segments`` as an array of two columns, when the caller
    has it; it is read instead when there is no ``memo`` (whose keys are the
    lists).
    """
    dests = ev.destinations_of(Stay(country, day, day))
    if not any(r.kind.limits for d in dests for r in ev.rules_for(d)):
        return cap
    if not strip.fast(ev.ruleset, country, dests, ev.rules_for, day,
                      day + dt.timedelta(days=cap)):
        return int(strip._exact(ev.ruleset, ev.nationality, stays(), country, day, 1, cap)[0])
    d = day.toordinal()
    best = cap
    for dest in dests:
        rs = ev.rules_for(dest)
        lo, hi = strip.reach(rs, day, day, cap)
        if memo is None:
            k = one_entry(rs, segments(dest, lo, hi) if arrays is None else arrays(dest, lo, hi),
                          d, cap)
        else:
            segs = segments(dest, lo, hi)
            key = (dest, d, 1, cap, tuple(segs))
            found = memo.get(key)
            if found is None:
                found = memo[key] = np.full(1, one_entry(rs, segs, d, cap), dtype=np.int64)
            k = int(found[0])
        best = min(best, k)
    return best


def one_entry(rs: Sequence[Rule], segs: list[Segment] | IntArray, d: int, cap: int) -> int:
    """``strip._dest_allowances(dest, rs, segs, date(d), 1, cap)[0]``: the
    strip's answer for the one entry ordinal ``d`` in one destination
    (``segs``: pairs of ordinals, as a list or as an array of two columns)."""
    return cap if strip._fits(rs, segs, d, cap) else _entry_strip(rs, segs, d, cap)


def _entry_strip(rs: Sequence[Rule], segs: list[Segment] | IntArray, d: int, cap: int
                 ) -> int:
    """``strip._dest_strip(dest, rs, segs, date(d), 1, cap)[0]`` (no shortcut)."""
    sg = np.asarray(segs, dtype=np.int64).reshape(-1, 2)
    m = sg.shape[0]
    lo = min(d, int(sg[:, 0].min())) if m else d
    hi = d + 1 + cap + strip.look_back(rs)
    if m:
        hi = max(hi, int(sg[:, 1].max()))
    length, D = hi - lo + 1, d - lo
    if m:
        sg = sg - lo
        steps = (np.bincount(sg[:, 0], minlength=length + 1)
                 - np.bincount(sg[:, 1] + 1, minlength=length + 1))
        present = np.add.accumulate(steps[:-1]) > 0
    else:
        present = np.zeros(length, dtype=bool)
    # (NumPy's ufunc methods rather than np.cumsum: these arrays are short,
    # and the per-call overhead is most of their cost.)
    pre = np.zeros(length + 1, dtype=np.int64)
    np.add.accumulate(present, out=pre[1:], dtype=np.int64)
    fq = np.arange(length + 1, dtype=np.int64) - pre  # fresh days before each index
    # From here on, arrays hold the days from d on: index j is day d + j.
    n = length - D
    idx = np.arange(D, length, dtype=np.int64)
    here = present[D:]
    years: IntArray | None = None
    spans: list[tuple[int, int]] = []  # per rule, the days it is in force
    counts: dict[int, tuple[IntArray, IntArray]] = {}  # window rules: (ws, count)
    breach = np.zeros(n, dtype=bool)  # the other stays' own breaches
    for i, r in enumerate(rs):
        f = 0 if r.valid_from is None else r.valid_from.toordinal() - lo
        t = length - 1 if r.valid_to is None else r.valid_to.toordinal() - lo
        a, b = max(f, D) - D, min(t, length - 1) - D
        spans.append((a, b))
        if a > b or r.kind is RuleKind.NO_LIMIT:
            continue
        match r.kind:
            case RuleKind.VISA_REQUIRED:
                breach[a : b + 1] |= here[a : b + 1]
            case RuleKind.PER_ENTRY:
                assert r.max_days is not None
                N = r.max_days  # day N + 1 of each segment to its last day:
                for s0, s1 in sg[sg[:, 1] - sg[:, 0] >= N].tolist() if m else ():
                    x, y = max(s0 + N - D, a), min(s1 - D, b)
                    if x <= y:
                        breach[x : y + 1] = True
            case RuleKind.ROLLING | RuleKind.CALENDAR_YEAR:
                assert r.max_days is not None
                if r.kind is RuleKind.ROLLING:
                    assert r.window_days is not None
                    ws = idx - (r.window_days - 1)
                else:
                    years = _year_starts(lo, length) if years is None else years
                    ws = years[D:]
                cnt = pre[D + 1 :] - pre[np.maximum(ws, 0)]
                counts[i] = ws, cnt
                breach[a : b + 1] |= here[a : b + 1] & (cnt[a : b + 1] > r.max_days)
            case _:
                raise AssertionError(r.kind)  # fixed windows take the exact search
    clear = ~breach
    best = BIG
    for i, r in enumerate(rs):
        a, b = spans[i]
        if r.kind is RuleKind.NO_LIMIT or a > b:
            continue
        if a == 0 and b == n - 1:
            ok = clear  # in force and not already breaching
        else:
            ok = np.zeros(n, dtype=bool)
            ok[a : b + 1] = clear[a : b + 1]
        match r.kind:
            case RuleKind.VISA_REQUIRED:
                best = min(best, _first(ok, 0))
            case RuleKind.PER_ENTRY:
                assert r.max_days is not None
                best = min(best, _first(ok, r.max_days))
            case _:
                ws, cnt = counts[i]
                best = min(best, _window(r, ok, here, ws, cnt, fq, D, min(best, cap)))
    return min(best, cap)


def _first(mask: BoolArray, i: int) -> int:
    """The first index j >= i with ``mask[j]`` (BIG if none)."""
    hits = mask[i:].nonzero()[0]
    return i + int(hits[0]) if hits.size else BIG


def _window(r: Rule, ok: BoolArray, here: BoolArray, ws: IntArray, cnt: IntArray,
            fq: IntArray, D: int, enough: int) -> int:
    """The strip's first triggering exit for a rolling or calendar-year rule,
    less ``d``, for the one entry ``d`` (index ``D``; arrays from ``d`` on);
    any answer of at least ``enough`` may be given as ``enough`` or more."""
    assert r.max_days is not None
    N = r.max_days
    slack = N - cnt
    valid = ok & here  # later days that a stay may push over the limit
    cut = int(ws.searchsorted(D, side="right"))  # first day whose window starts after d
    res = BIG
    # Windows that start after d: the stay covers the whole window (a), or a
    # fixed trigger per later day (b).
    if cut < enough and r.kind is RuleKind.ROLLING:  # (else: such a stay is long enough)
        assert r.window_days is not None
        if r.window_days > N:
            res = _first(ok, cut)
    elif cut < enough:
        whole = (ok[cut:] & (np.arange(cut, ok.size) + D - ws[cut:] + 1 > N)).nonzero()[0]
        if whole.size:
            res = cut + int(whole[0])
    later = valid[cut:].nonzero()[0] + cut
    if later.size:
        trig = fq.searchsorted(fq[np.maximum(ws[later], 0)] + slack[later],
                               side="right") - 1 - D
        trig = trig[trig < later]
        if trig.size:
            res = min(res, int(trig.min()))
    # Windows that contain d: d + j for j < cut.
    fqd = int(fq[D])
    on = (ok[:cut] & (cnt[:cut] + fq[D + 1 : D + cut + 1] > N + fqd)).nonzero()[0]
    if on.size:
        res = min(res, int(on[0]))
    push = valid[:cut] & (fq[D : D + cut] - fqd > slack[:cut])
    if push.any():
        smin = int(slack[:cut][push].min())
        res = min(res, int(fq.searchsorted(fqd + min(smin, fq.size - 1),
                                           side="right")) - 1 - D)
    return res

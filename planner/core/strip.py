"""The allowance strip: the longest stay one could start on each day of a range.

``allowance_strip(rules, "RU", stays, "KZ", start, end)[i]`` is exactly
:func:`planner.core.planning.longest_stay` for entry ``start + i``: the
largest k such that a visa-free stay ``d .. d + k - 1`` adds no breach (see
"Adds no breach" in PRODUCT.md), 0 when a one-day stay adds one, ``None``
when unlimited. Example: a Russian with nothing planned gets 90 for every day
of 2024 in Kazakhstan (90 in any 180); with a stay 2024-01-01 .. 2024-03-30
(90 days) the strip from 2024-03-31 reads 0, 0, … until 2024-06-29 (the
first day a one-day stay fits), then grows.

How it is fast (a year of days in a few milliseconds instead of one search
per day). Fix a destination with base presence P (the other stays), base
breaches B, fresh days Q = not P and FQ[i] = fresh days before i. A stay
``d .. e`` adds a breach on day t exactly when t does not breach in B, a rule
is in force on t, and either

(a) t is on the stay (d <= t <= e) and breaches with presence P ∪ [d, t]
    (a day's judgement depends only on presence up to it), or
(b) t > e is present in P and its count grows past N by the fresh days the
    stay puts into t's window.

Both only grow with e, so the answer is (first triggering e) - d. For a
window rule (rolling: window t-M+1 .. t; calendar year: 1 January .. t) with
count cnt(t) and window start ws(t):

* if ws(t) <= d, the count with the stay is cnt(t) + FQ[t+1] - FQ[d]; the
  sum g(t) = cnt(t) + FQ[t+1] never decreases inside one window, so (a) is a
  threshold g(t) > N + FQ[d]; (b) needs the fresh days d .. t-1 to exceed the
  slack s(t) = N - cnt(t), and the earliest e is then the first day with
  FQ[e+1] > FQ[d] + s(t) — the smallest slack wins. Both are evaluated for
  all d at once on a (days × window) array.
* if ws(t) > d, the whole window is present for (a) (breach iff its length
  exceeds N) and (b) has a trigger E(t) that does not depend on d; suffix
  minima answer "the first such t after d".

Per-entry rules trigger on day d + N of the stay, visa-required on its first
day; "in force and not already breaching" is a next-true lookup. Fixed-window
rules (anchors move with presence) and zones whose membership starts or ends
within reach fall back to the exact search, day by day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.core import planning
from planner.core.engine import Evaluator
from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.presence import DestinationState, Segment

if TYPE_CHECKING:
    from planner.core.presence import BoolArray, IntArray
from planner.core.rules import Rule, RuleKind, RuleSet

BIG = 1 << 40  # "never" as a day index


def allowance_strip(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
                    start: dt.date, end: dt.date) -> list[int | None]:
    """For each day d from ``start`` to ``end`` (inclusive): ``longest_stay`` from d.

    ``None`` means unlimited (no rule limits a stay there, or it is fine for
    :data:`planning.HORIZON_DAYS`); 0 means even a one-day stay adds a breach.
    """
    if end < start:
        return []
    cap = planning.HORIZON_DAYS + 1
    vals = allowances(rules, nationality, stays, country, start, end, cap)
    return [None if v >= cap else int(v) for v in vals]


def allowances(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
               start: dt.date, end: dt.date, cap: int) -> IntArray:
    """``min(cap, longest stay from d)`` for each d in ``start .. end`` (unlimited = cap).

    The engine of :func:`allowance_strip`; a small ``cap`` (the length one
    wants) keeps the arrays short, which :mod:`planner.core.fixing` uses.
    """
    n = (end - start).days + 1
    ev = Evaluator(rules, nationality, [])
    dests = ev.destinations_of(Stay(country, start, start))
    out = np.full(n, cap, dtype=np.int64)
    if n <= 0 or not any(r.kind.limits for d in dests for r in ev.rules_for(d)):
        return out
    memberships = dict(rules.destinations_of(country))
    reach = end + dt.timedelta(days=cap)
    for dest in dests:
        rs = ev.rules_for(dest)
        full = not memberships.get(dest) or any(
            (m.since is None or m.since <= start) and (m.until is None or reach <= m.until)
            for m in memberships[dest])
        if not full or any(r.kind is RuleKind.FIXED_WINDOW for r in rs):
            return _exact(rules, nationality, stays, country, start, n, cap)
        segs: list[Segment] = []
        for s in stays:
            segs.extend(ev.segments(s).get(dest, []))
        out = np.minimum(out, _dest_allowances(dest, rs, segs, start, n, cap))
    return out


def _exact(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
           start: dt.date, n: int, cap: int) -> IntArray:
    """The slow path: one exact search per day, as ``longest_stay`` does it, on
    one prober spanning the whole range (its arrays cover every stay, so each
    day's answer is the same as with a prober of its own)."""
    out = np.empty(n, dtype=np.int64)
    last = start + dt.timedelta(days=n - 1 + planning.HORIZON_DAYS)
    lo = min([start, *(s.entry for s in stays)])
    hi = max([last, *(s.exit for s in stays)])
    prober = planning.Prober(rules, nationality, stays, country, lo, hi)
    for i in range(n):
        enter = start + dt.timedelta(days=i)
        ans = planning.latest_exit_from(prober, enter)
        k = None if ans.unlimited else 0 if ans.latest is None else (ans.latest - enter).days + 1
        out[i] = cap if k is None else min(k, cap)
    return out


def _next_true(mask: BoolArray) -> IntArray:
    """``nxt[i]`` = the first j >= i with mask[j] (BIG if none); one extra slot."""
    idx = np.where(mask, np.arange(mask.size), BIG)
    nxt = np.minimum.accumulate(idx[::-1])[::-1]
    return np.append(nxt, BIG)


def _suffix_min(values: IntArray) -> IntArray:
    return np.append(np.minimum.accumulate(values[::-1])[::-1], BIG)


def _dest_allowances(dest: str, rs: Sequence[Rule], segs: list[Segment], start: dt.date,
                     n: int, cap: int) -> IntArray:
    """``min(cap, first triggering exit - d)`` for one destination, every d."""
    d0 = start.toordinal()
    wmax = max([366] + [r.window_days or 0 for r in rs])
    lo = min([d0, *(a for a, _ in segs)])
    hi = max([d0 + n + cap + wmax, *(b for _, b in segs)])
    st = DestinationState(dest, rs, segs, lo=lo, hi=hi)
    length = st.length
    D = np.arange(n, dtype=np.int64) + (d0 - st.origin)
    fq = np.concatenate(([0], np.cumsum(~st.present, dtype=np.int64)))
    first = np.full(n, BIG, dtype=np.int64)
    for r in rs:
        if r.kind is RuleKind.NO_LIMIT:
            continue
        f = 0 if r.valid_from is None else r.valid_from.toordinal() - st.origin
        t = length - 1 if r.valid_to is None else r.valid_to.toordinal() - st.origin
        ok = np.zeros(length, dtype=bool)
        if max(f, 0) <= min(t, length - 1):
            ok[max(f, 0) : min(t, length - 1) + 1] = True
        ok &= ~st.breach  # in force and not already breaching
        match r.kind:
            case RuleKind.VISA_REQUIRED:
                cand = _next_true(ok)[D]
            case RuleKind.PER_ENTRY:
                assert r.max_days is not None
                cand = _next_true(ok)[np.minimum(D + r.max_days, length)]
            case RuleKind.ROLLING | RuleKind.CALENDAR_YEAR:
                cand = _window_rule(st, r, ok, fq, D)
            case _:
                raise AssertionError(r.kind)
        np.minimum(first, cand, out=first)
    out: IntArray = np.minimum(first - D, cap)
    return out


def _window_rule(st: DestinationState, r: Rule, ok: BoolArray, fq: IntArray,
                 D: IntArray) -> IntArray:
    """First triggering exit for a rolling or calendar-year rule, per entry index."""
    assert r.max_days is not None
    N, length = r.max_days, st.length
    idx = np.arange(length, dtype=np.int64)
    if r.kind is RuleKind.ROLLING:
        assert r.window_days is not None
        W = r.window_days
        ws = idx - W + 1
    else:
        W = 366
        ws = st.years
    pre = st.pre
    cnt = pre[idx + 1] - pre[np.maximum(ws, 0)]
    slack = N - cnt
    g = cnt + fq[1:]
    valid = ok & st.present  # later days that a stay may push over the limit
    T = np.searchsorted(ws, D, side="right")  # first t whose window starts after d
    # Windows that start after d: the stay covers the whole window (a), or a
    # fixed trigger per later day (b).
    whole = np.where(ok & (idx - ws + 1 > N), idx, BIG)
    trig = np.searchsorted(fq, fq[np.maximum(ws, 0)] + slack, side="right") - 1
    later = np.where(valid & (trig < idx), trig, BIG)
    res = np.minimum(_suffix_min(whole)[T], _suffix_min(later)[T])
    # Windows that contain d: t = d + j, j < W, for all d at once.
    n = D.size
    lo = int(D[0])
    span = slice(lo, lo + n + W - 1)
    inwin = np.arange(W)[None, :] < (T - D)[:, None]
    fqd = fq[D]
    on = np.lib.stride_tricks.sliding_window_view(ok[span], W) & inwin
    on &= np.lib.stride_tricks.sliding_window_view(g[span], W) > (N + fqd)[:, None]
    hit = on.any(axis=1)
    res = np.minimum(res, np.where(hit, D + on.argmax(axis=1), BIG))
    s_w = np.lib.stride_tricks.sliding_window_view(slack[span], W)
    push = np.lib.stride_tricks.sliding_window_view(valid[span], W) & inwin
    push &= (np.lib.stride_tricks.sliding_window_view(fq[span], W) - fqd[:, None]) > s_w
    smin = np.where(push, s_w, BIG).min(axis=1)
    e_b = np.searchsorted(fq, fqd + np.minimum(smin, length), side="right") - 1
    return np.minimum(res, np.where(smin < BIG, e_b, BIG))

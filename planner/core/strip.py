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
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from planner.core import probing
from planner.core.engine import Evaluator
from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.presence import DestinationState, Segment, _year_starts

if TYPE_CHECKING:
    import numpy.typing as npt

    from planner.core.presence import BoolArray, IntArray
from planner.core.rules import Rule, RuleKind, RuleSet

BIG = 1 << 40  # "never" as a day index
#: Answers of :func:`allowances_from` per destination, by (destination, first
#: entry's ordinal, entries, cap, the segments they were computed from).
Memo = dict[tuple[str, int, int, int, tuple[Segment, ...]], "IntArray"]


def allowance_strip(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
                    start: dt.date, end: dt.date) -> list[int | None]:
    """For each day d from ``start`` to ``end`` (inclusive): ``longest_stay`` from d.

    ``None`` means unlimited (no rule limits a stay there, or it is fine for
    :data:`probing.HORIZON_DAYS`); 0 means even a one-day stay adds a breach.
    """
    if end < start:
        return []
    cap = probing.HORIZON_DAYS + 1
    vals = allowances(rules, nationality, stays, country, start, end, cap)
    return [None if v >= cap else int(v) for v in vals]


def allowances(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
               start: dt.date, end: dt.date, cap: int) -> IntArray:
    """``min(cap, longest stay from d)`` for each d in ``start .. end`` (unlimited = cap).

    The engine of :func:`allowance_strip`; a small ``cap`` (the length one
    wants) keeps the arrays short, which :mod:`planner.core.fixing` uses.
    """
    ev = Evaluator(rules, nationality, [])

    def segments(dest: str, lo: int, hi: int) -> list[Segment]:
        # only stays that meet lo .. hi can have segments there (a stay's
        # segments lie within its own days)
        out: list[Segment] = []
        for s in stays:
            if s.entry.toordinal() <= hi and s.exit.toordinal() >= lo:
                out.extend(ev.segments(s).get(dest, []))
        return out

    return allowances_from(ev, country, start, end, cap, segments, lambda: stays)


def reach(rules: Sequence[Rule], start: dt.date, end: dt.date, cap: int) -> tuple[int, int]:
    """The ordinals of the days whose presence decides the allowances of
    ``start .. end`` capped at ``cap``, under rolling, calendar-year, per-entry,
    visa-required and no-limit rules (fixed windows look back to any day).

    From the longest look-back before ``start`` (:func:`look_back`) to the last
    day a stay of ``cap`` days from ``end`` can push over a limit (that
    look-back again after it). A segment that begins before this range and
    reaches into it must be given whole: a per-entry count starts on its
    first day.
    """
    back = look_back(rules)
    return start.toordinal() - back, end.toordinal() + 1 + cap + back


def look_back(rules: Sequence[Rule]) -> int:
    """How many days before a day its judgement looks at: a rolling window's
    length, 366 for a calendar year (1 January), 0 for the other kinds (a
    per-entry count needs its segment's first day, not the days between)."""
    days = [0]
    for r in rules:
        if r.kind is RuleKind.ROLLING and r.window_days is not None:
            days.append(r.window_days)
        elif r.kind in (RuleKind.CALENDAR_YEAR, RuleKind.FIXED_WINDOW):
            days.append(max(366, r.window_days or 0))
    return max(days)


def fast(rules: RuleSet, country: str, dests: Sequence[str],
         rules_for: Callable[[str], Sequence[Rule]], start: dt.date, last: dt.date) -> bool:
    """True when the strip's arithmetic answers for entries ``start`` .. ``last``
    in ``country``: no fixed-window rule, and the country belongs to each zone
    among ``dests`` for the whole range (else :func:`_exact` searches)."""
    memberships = dict(rules.destinations_of(country))
    for dest in dests:
        if any(r.kind is RuleKind.FIXED_WINDOW for r in rules_for(dest)):
            return False
        if memberships.get(dest) and not any(
                (m.since is None or m.since <= start) and (m.until is None or last <= m.until)
                for m in memberships[dest]):
            return False
    return True


def allowances_from(ev: Evaluator, country: str, start: dt.date, end: dt.date, cap: int,
                    segments: Callable[[str, int, int], list[Segment]],
                    stays: Callable[[], Sequence[Stay]], memo: Memo | None = None
                    ) -> IntArray:
    """:func:`allowances`, reading the other stays from ``segments(dest, lo, hi)``:
    the counted segments of ``dest`` that overlap the ordinals ``lo .. hi`` (any
    more are harmless; see :func:`reach`), or all of ``stays()`` where the
    strip's arithmetic does not apply.

    ``memo`` keeps each destination's answer by the question and the very
    segments it was computed from, for callers that ask the same question
    of the same days twice; it must only ever see one evaluator's rules and
    nationality.
    """
    n = (end - start).days + 1
    dests = ev.destinations_of(Stay(country, start, start))
    out = np.full(n, cap, dtype=np.int64)
    if n <= 0 or not any(r.kind.limits for d in dests for r in ev.rules_for(d)):
        return out
    if not fast(ev.ruleset, country, dests, ev.rules_for, start,
                end + dt.timedelta(days=cap)):
        return _exact(ev.ruleset, ev.nationality, stays(), country, start, n, cap)
    for dest in dests:
        rs = ev.rules_for(dest)
        lo, hi = reach(rs, start, end, cap)
        segs = segments(dest, lo, hi)
        if memo is None:
            vals = _dest_allowances(dest, rs, segs, start, n, cap)
        else:
            key = (dest, start.toordinal(), n, cap, tuple(segs))
            found = memo.get(key)
            vals = memo[key] = _dest_allowances(dest, rs, segs, start, n, cap) \
                if found is None else found
        out = np.minimum(out, vals)
    return out


def _exact(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
           start: dt.date, n: int, cap: int) -> IntArray:
    """The slow path: one exact search per day, as ``longest_stay`` does it, on
    one prober spanning the whole range (its arrays cover every stay, so each
    day's answer is the same as with a prober of its own)."""
    out = np.empty(n, dtype=np.int64)
    last = start + dt.timedelta(days=n - 1 + probing.HORIZON_DAYS)
    lo = min([start, *(s.entry for s in stays)])
    hi = max([last, *(s.exit for s in stays)])
    prober = probing.Prober(rules, nationality, stays, country, lo, hi)
    for i in range(n):
        enter = start + dt.timedelta(days=i)
        ans = probing.latest_exit_from(prober, enter)
        k = None if ans.unlimited else 0 if ans.latest is None else (ans.latest - enter).days + 1
        out[i] = cap if k is None else min(k, cap)
    return out


def _next_true(mask: BoolArray) -> IntArray:
    """``nxt[i]`` = the first j >= i with mask[j] (BIG if none); one extra slot."""
    idx = np.where(mask, np.arange(mask.size), BIG)
    nxt = np.minimum.accumulate(idx[::-1])[::-1]
    return np.append(nxt, BIG)


def _rows(values: npt.NDArray[Any], width: int) -> npt.NDArray[Any]:
    """Row i is ``values[i : i + width]`` (a read-only view; one row without
    the cost of building a sliding view)."""
    if values.size == width:
        return values[None, :]
    return np.lib.stride_tricks.sliding_window_view(values, width)


def _suffix_min(values: IntArray) -> IntArray:
    return np.append(np.minimum.accumulate(values[::-1])[::-1], BIG)


def _dest_allowances(dest: str, rs: Sequence[Rule], segs: list[Segment], start: dt.date,
                     n: int, cap: int) -> IntArray:
    """``min(cap, first triggering exit - d)`` for one destination, every d.

    One entry whose whole ``cap`` days are fine (:func:`_fits`: what ``fix``
    asks of nearly every stay) is answered without the strip's arrays.
    """
    if n == 1 and _fits(rs, segs, start.toordinal(), cap):
        return np.full(1, cap, dtype=np.int64)
    return _dest_strip(dest, rs, segs, start, n, cap)


def _fits(rs: Sequence[Rule], segs: list[Segment] | IntArray, d: int, cap: int) -> bool:
    """True when a stay of ``cap`` days from ordinal ``d`` surely adds no breach
    (so the strip's answer is ``cap``); False when that is not sure.

    The strip's two triggers, taken for the one exit ``e = d + cap - 1`` and
    without excusing days that breach already (which only makes it surer):
    a day t on which a window rule is in force, present or on the stay, whose
    count grows past N by the fresh days the stay puts into its window (t on
    the stay: (a); t after it: (b)). A per-entry rule is sure when ``cap`` is
    at most N or the days past N are outside it; a visa rule when it is in
    force on none of the stay's days. The days looked at are those of
    :func:`reach`: a window's look-back before ``d`` and after ``e``.
    """
    e = d + cap - 1
    back = look_back(rs)
    lo, hi = d - back, e + back
    windows: list[tuple[Rule, int, int]] = []
    for r in rs:
        f = -BIG if r.valid_from is None else r.valid_from.toordinal()
        t = BIG if r.valid_to is None else r.valid_to.toordinal()
        match r.kind:
            case RuleKind.NO_LIMIT:
                continue
            case RuleKind.VISA_REQUIRED:
                if f <= e and d <= t:
                    return False
            case RuleKind.PER_ENTRY:
                assert r.max_days is not None
                if cap > r.max_days and f <= e and d + r.max_days <= t:
                    return False
            case RuleKind.ROLLING | RuleKind.CALENDAR_YEAR:
                assert r.max_days is not None
                if cap > r.max_days and f <= d and e <= t:
                    return False  # a stay longer than N under the rule: not worth the arrays
                if d <= t and f <= hi:  # in force on a day whose window can hold the stay
                    windows.append((r, f, t))
            case _:
                return False
    length = hi - lo + 1
    days: IntArray | None = None
    for r, f, t in windows:
        if days is None:  # presence on lo .. hi (index i is day lo + i), as the strip has it
            days = np.arange(length, dtype=np.int64)
            here = np.zeros(length, dtype=bool)
            if len(segs):  # (a list of pairs, or an array of them: strip_one)
                sg = np.asarray(segs, dtype=np.int64)
                first = np.minimum(np.maximum(sg[:, 0] - lo, 0), length)
                after = np.minimum(np.maximum(sg[:, 1] - lo + 1, 0), length)
                steps = (np.bincount(first, minlength=length + 1)
                         - np.bincount(after, minlength=length + 1))
                here = np.cumsum(steps[:-1]) > 0
            pre = np.concatenate(([0], np.cumsum(here)))
            fq = np.concatenate(([0], np.cumsum(~here)))  # fresh days before each index
            on = (days >= d - lo) & (days <= e - lo)
        assert r.max_days is not None
        if r.kind is RuleKind.ROLLING:
            assert r.window_days is not None
            ws = np.maximum(days - r.window_days + 1, 0)
        else:
            ws = np.maximum(_year_starts(lo, length), 0)
        cnt = pre[days + 1] - pre[ws]
        first = np.maximum(ws, d - lo)  # the stay's days in t's window: first .. last
        last = np.minimum(days, e - lo)
        fresh = fq[np.maximum(last + 1, first)] - fq[first]
        judged = (days >= max(f, d) - lo) & (days <= t - lo) & (here | on)
        if (judged & (cnt + fresh > r.max_days)).any():
            return False
    return True


def _dest_strip(dest: str, rs: Sequence[Rule], segs: list[Segment], start: dt.date,
                n: int, cap: int) -> IntArray:
    """:func:`_dest_allowances` by the strip's arithmetic (module docstring)."""
    d0 = start.toordinal()
    lo = min([d0, *(a for a, _ in segs)])
    hi = max([d0 + n + cap + look_back(rs), *(b for _, b in segs)])
    # No margin: nothing is edited, and the days before ``lo`` hold no presence.
    st = DestinationState(dest, rs, segs, lo=lo, hi=hi, margin=0)
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
    on = _rows(ok[span], W) & inwin
    on &= _rows(g[span], W) > (N + fqd)[:, None]
    hit = on.any(axis=1)
    res = np.minimum(res, np.where(hit, D + on.argmax(axis=1), BIG))
    s_w = _rows(slack[span], W)
    push = _rows(valid[span], W) & inwin
    push &= (_rows(fq[span], W) - fqd[:, None]) > s_w
    smin = np.where(push, s_w, BIG).min(axis=1)
    e_b = np.searchsorted(fq, fqd + np.minimum(smin, length), side="right") - 1
    return np.minimum(res, np.where(smin < BIG, e_b, BIG))

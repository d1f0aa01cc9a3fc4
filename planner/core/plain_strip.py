"""The allowance strip in plain Python, for a window that has not loaded NumPy yet.

:func:`allowance_strip` answers exactly what
:func:`planner.core.strip.allowance_strip` answers (the longest stay one could
start on each day of a range, ``None`` when unlimited; see that module for
what "adds no breach" means and how the triggers are found), by the same
arithmetic on the same segments, but over the runs of present days instead of
day-indexed arrays: a year of entries in about 2 ms (``bench.strip``: the
arrays take about 1 ms, after an import of 45 ms or more). It answers where the strip's arithmetic
applies (:func:`planner.core.strip.fast`); elsewhere (fixed windows, a zone
whose membership changes within reach) it returns ``None`` and the caller asks
:mod:`planner.core.strip`.

Why the arrays are not needed. With the other stays' presence P (present days
before ordinal x: ``P(x)``; fresh days ``Fr(x) = x - P(x)``, which never
decreases), a stay entering on d and reaching t gives a window rule's day t
(window ``ws(t) .. t`` containing d) the count
``(t - d + 1) + P(d) - P(ws(t))``: the days before d in the window, then every
day of the stay. That only grows with t, so "first t in the window whose count
passes N" is one threshold t0(d) for the stay's own days (trigger a) and for
the later present days the fresh days push over (trigger b, whose earliest
exit reads the smallest slack ``N - count`` among those days: a sliding-window
minimum, as t0(d) and the window's end only grow with d). For rolling N in M,
``ws(t) = t - M + 1`` and t0 is where ``Fr(ws)`` passes ``N - M + Fr(d)``; for a
calendar year ``ws(t)`` is 1 January and ``t0 = d + N - (P(d) - P(1 January))``.
Windows that start after d (the stay covers the whole window, or a fixed
trigger per later present day) are next-true and suffix-minimum look-ups, as
in the arrays. Example: a Russian with KZ 2024-01-01 .. 2024-03-30 (90 days)
gets 0 from 2024-03-31 to 2024-06-28 and 90 from 2024-06-29.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import deque
from collections.abc import Callable, Sequence

from planner.core import probing
from planner.core.engine import Evaluator
from planner.core.model import Stay
from planner.core.plain import Segment, breach_runs, merged
from planner.core.rules import Rule, RuleKind, RuleSet
from planner.core.strip import fast, reach

BIG = 1 << 40  # "never" as an ordinal


def allowance_strip(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
                    start: dt.date, end: dt.date) -> list[int | None] | None:
    """:func:`planner.core.strip.allowance_strip`, or ``None`` where its
    arithmetic does not apply (then ask that function)."""
    if end < start:
        return []
    cap = probing.HORIZON_DAYS + 1
    vals = allowances(rules, nationality, stays, country, start, end, cap)
    return None if vals is None else [None if v >= cap else v for v in vals]


def allowances(rules: RuleSet, nationality: str, stays: Sequence[Stay], country: str,
               start: dt.date, end: dt.date, cap: int) -> list[int] | None:
    """:func:`planner.core.strip.allowances` as a list, or ``None`` (module docstring)."""
    ev = Evaluator(rules, nationality, [])  # (no stays: rules and destinations only)

    def segments(dest: str, lo: int, hi: int) -> list[Segment]:
        return [seg for s in stays if s.entry.toordinal() <= hi and s.exit.toordinal() >= lo
                for seg in ev.segments(s).get(dest, [])]

    return allowances_from(ev, country, start, end, cap, segments)


def allowances_from(ev: Evaluator, country: str, start: dt.date, end: dt.date, cap: int,
                    segments: Callable[[str, int, int], list[Segment]]) -> list[int] | None:
    """:func:`planner.core.strip.allowances_from` as a list, reading the other
    stays from ``segments(dest, lo, hi)`` alike, or ``None`` where the strip's
    arithmetic does not apply."""
    n = (end - start).days + 1
    dests = ev.destinations_of(Stay(country, start, start))
    out = [cap] * max(n, 0)
    if n <= 0 or not any(r.kind.limits for d in dests for r in ev.rules_for(d)):
        return out
    if not fast(ev.ruleset, country, dests, ev.rules_for, start, end + dt.timedelta(days=cap)):
        return None
    for dest in dests:
        rs = ev.rules_for(dest)
        lo, hi = reach(rs, start, end, cap)
        vals = _dest_allowances(rs, segments(dest, lo, hi), start.toordinal(), n, cap)
        out = [min(a, b) for a, b in zip(out, vals, strict=True)]
    return out


class _Presence:
    """The present days of one destination as runs, with counts by bisection."""

    def __init__(self, segments: list[Segment]) -> None:
        runs = merged(segments)
        self.starts = [a for a, _ in runs]
        self.ends = [b for _, b in runs]
        self.cum: list[int] = []  # present days before each run
        total = 0
        for a, b in runs:
            self.cum.append(total)
            total += b - a + 1
        self.total = total
        self.keys = [a - c for a, c in zip(self.starts, self.cum, strict=True)]  # Fr(start)

    def before(self, x: int) -> int:
        """P(x): present days before ordinal x."""
        k = bisect.bisect_right(self.starts, x) - 1
        if k < 0:
            return 0
        return self.cum[k] + min(x - self.starts[k], self.ends[k] - self.starts[k] + 1)

    def fresh(self, x: int) -> int:
        """Fr(x) = x - P(x), which never decreases."""
        return x - self.before(x)

    def first_above(self, value: int) -> int:
        """The smallest ordinal s with Fr(s) > value (it lies between runs)."""
        k = bisect.bisect_right(self.keys, value)
        return value + 1 + (self.cum[k] if k < len(self.cum) else self.total)

    def days(self, a: int, b: int) -> list[int]:
        """The present days in ``a .. b``, in order."""
        out: list[int] = []
        k = max(bisect.bisect_right(self.starts, a) - 1, 0)
        while k < len(self.starts) and self.starts[k] <= b:
            out.extend(range(max(a, self.starts[k]), min(b, self.ends[k]) + 1))
            k += 1
        return out


class _Ok:
    """The days on which a rule is in force and the destination does not
    breach already (by any of its rules): where a stay can add a breach."""

    def __init__(self, rule: Rule, breach: list[Segment]) -> None:
        self.f = -BIG if rule.valid_from is None else rule.valid_from.toordinal()
        self.t = BIG if rule.valid_to is None else rule.valid_to.toordinal()
        self.firsts = [a for a, _ in breach]
        self.lasts = [b for _, b in breach]

    def next(self, x: int) -> int:
        """The first such day on or after ``x`` (BIG if none)."""
        x = max(x, self.f)
        k = bisect.bisect_right(self.firsts, x) - 1
        if k >= 0 and x <= self.lasts[k]:
            x = self.lasts[k] + 1  # (breach ranges are merged where they touch)
        return x if x <= self.t else BIG

    def holds(self, x: int) -> bool:
        return self.next(x) == x


def _dest_allowances(rs: Sequence[Rule], segs: list[Segment], d0: int, n: int,
                     cap: int) -> list[int]:
    """``min(cap, first triggering exit - d)`` for entries d0 .. d0 + n - 1."""
    pres = _Presence(segs)
    breach = breach_runs(rs, segs)
    first = [BIG] * n
    for r in rs:
        ok = _Ok(r, breach)
        match r.kind:
            case RuleKind.NO_LIMIT:
                continue
            case RuleKind.VISA_REQUIRED:
                cand = [ok.next(d0 + i) for i in range(n)]
            case RuleKind.PER_ENTRY:
                assert r.max_days is not None
                cand = [ok.next(d0 + i + r.max_days) for i in range(n)]
            case RuleKind.ROLLING | RuleKind.CALENDAR_YEAR:
                cand = _window_rule(r, pres, ok, d0, n, cap, first)
            case _:
                raise AssertionError(r.kind)  # fixed windows: strip.fast said no
        first = [min(a, b) for a, b in zip(first, cand, strict=True)]
    return [min(f - (d0 + i), cap) for i, f in enumerate(first)]


def _jan1(o: int) -> int:
    return dt.date(dt.date.fromordinal(o).year, 1, 1).toordinal()


def _next_jan1(o: int) -> int:
    year = dt.date.fromordinal(o).year
    return dt.date(year + 1, 1, 1).toordinal() if year < dt.MAXYEAR else BIG


def _window_rule(r: Rule, pres: _Presence, ok: _Ok, d0: int, n: int, cap: int,
                 sofar: list[int]) -> list[int]:
    """First triggering exit for a rolling or calendar-year rule, per entry;
    ``sofar`` (the earliest found by other rules) only bounds how far to look."""
    assert r.max_days is not None
    N = r.max_days
    rolling = r.kind is RuleKind.ROLLING
    W = r.window_days if rolling else 366
    assert W is not None

    def window_start(t: int) -> int:
        return t - W + 1 if rolling else _jan1(t)

    def slack(t: int) -> int:
        return N - (pres.before(t + 1) - pres.before(window_start(t)))

    # Per entry: t0 (the first day whose count passes N with the stay reaching
    # it), the last day of the window containing d, the first day whose
    # window starts after d.
    t0s, ends, afters, freshes = [], [], [], []
    for i in range(n):
        d = d0 + i
        fd = pres.fresh(d)
        if rolling:
            t0 = pres.first_above(N - W + fd) + W - 1
            after = d + W
        else:
            t0 = d + N - (pres.before(d) - pres.before(_jan1(d)))
            after = _next_jan1(d)
        t0s.append(max(d, t0))
        ends.append(after - 1)
        afters.append(after)
        freshes.append(fd)
    out = [BIG] * n
    # (a) on the stay, in d's window: the first day from t0 where the rule may breach.
    for i in range(n):
        x = ok.next(t0s[i])
        if x <= ends[i]:
            out[i] = x
    # (b) after the stay, in d's window: the smallest slack among the present
    # days from t0 to the window's end (both only grow with d).
    valid = [t for t in pres.days(d0, ends[-1]) if ok.holds(t)]
    slacks = [slack(t) for t in valid]
    q: deque[int] = deque()
    j = 0
    for i in range(n):
        while j < len(valid) and valid[j] <= ends[i]:
            while q and slacks[q[-1]] >= slacks[j]:
                q.pop()
            q.append(j)
            j += 1
        while q and valid[q[0]] < t0s[i]:
            q.popleft()
        if q:
            e = pres.first_above(freshes[i] + slacks[q[0]]) - 1
            out[i] = min(out[i], e)
    # Windows that start after d: the stay covers a whole window longer than
    # N, or pushes a later present day's count over N by a trigger of its own.
    whole: dict[int, int] = {}
    for i in range(n):
        a = afters[i]
        if a not in whole:
            whole[a] = _whole_window(r, ok, a, d0 + n + cap) if not rolling else (
                ok.next(a) if W > N else BIG)
        out[i] = min(out[i], whole[a])
    # Only days whose window starts before the answer found so far can lower it.
    bound = max(min(out[i], sofar[i], d0 + i + cap) for i in range(n)) + W
    later = [t for t in pres.days(afters[0], bound) if ok.holds(t)]
    trig = [pres.first_above(pres.fresh(window_start(t)) + slack(t)) - 1 for t in later]
    suffix = [BIG] * (len(later) + 1)
    for k in range(len(later) - 1, -1, -1):
        suffix[k] = min(suffix[k + 1], trig[k] if trig[k] < later[k] else BIG)
    for i in range(n):
        out[i] = min(out[i], suffix[bisect.bisect_left(later, afters[i])])
    return out


def _whole_window(r: Rule, ok: _Ok, after: int, limit: int) -> int:
    """Calendar year: the first day from ``after`` on which the rule may breach
    and whose year so far (1 January .. the day) is longer than N days."""
    assert r.max_days is not None
    x = after
    while x <= limit:
        jan1 = _jan1(x)
        dec31 = _next_jan1(x) - 1
        y = ok.next(max(x, jan1 + r.max_days))
        if y <= dec31 or y == BIG:
            return y
        x = y  # in force again in a later year: is that day late enough in its year?
    return BIG

"""A deliberately naive reference for the rules engine.

Day by day, window day by window day, straight from the wording in
PRODUCT.md. Slow and obviously right; the fast engine must agree with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.core.model import Stay
from planner.core.rules import Rule, RuleKind, RuleSet

D1 = dt.timedelta(days=1)


def days(a: dt.date, b: dt.date) -> list[dt.date]:
    out = []
    while a <= b:
        out.append(a)
        a += D1
    return out


def counts_for(rs: RuleSet, stay: Stay, dest: str, day: dt.date) -> bool:
    """Does ``day`` of ``stay`` count for ``dest``?"""
    if not stay.status.counts or not stay.covers(day):
        return False
    if dest == stay.country:
        return True
    zone = rs.zones.get(dest)
    return zone is not None and any(m.on(day) for m in zone.memberships_of(stay.country))


def present_days(rs: RuleSet, stays: Sequence[Stay], dest: str) -> frozenset[dt.date]:
    """Every day on which some stay counts for ``dest`` (shared days once)."""
    return frozenset(d for s in stays for d in days(s.entry, s.exit)
                     if counts_for(rs, s, dest, d))


def segment_start(rs: RuleSet, stay: Stay, dest: str, day: dt.date) -> dt.date:
    """Walk back from ``day`` to the first day of the stay counting for dest."""
    d = day
    while d - D1 >= stay.entry and counts_for(rs, stay, dest, d - D1):
        d -= D1
    return d


def fixed_anchor(P: frozenset[dt.date], stays: Sequence[Stay], rule: Rule,
                 day: dt.date) -> dt.date | None:
    """Start of the fixed window containing ``day``, walking from the earliest stay."""
    assert rule.window_days is not None
    if not P:
        return None
    first = min(P)
    if rule.valid_from is not None:
        first = max(first, rule.valid_from)
    anchor = None
    d = first
    while d <= day:
        if rule.valid_to is not None and d > rule.valid_to:
            break
        if (anchor is None or d > anchor + (rule.window_days - 1) * D1) \
                and d in P:
            anchor = d
        d += D1
    if anchor is None or day > anchor + (rule.window_days - 1) * D1:
        return None
    return anchor


def count(rs: RuleSet, stays: Sequence[Stay], dest: str, rule: Rule, day: dt.date,
          P: frozenset[dt.date]) -> int:
    """What ``rule`` counts on ``day``, by looping over every day it looks at."""
    match rule.kind:
        case RuleKind.ROLLING:
            assert rule.window_days is not None
            window = days(day - (rule.window_days - 1) * D1, day)
            return sum(d in P for d in window)
        case RuleKind.CALENDAR_YEAR:
            return sum(d in P for d in days(dt.date(day.year, 1, 1), day))
        case RuleKind.FIXED_WINDOW:
            anchor = fixed_anchor(P, stays, rule, day)
            if anchor is None:
                return 0
            return sum(d in P for d in days(anchor, day))
        case RuleKind.PER_ENTRY:
            best = 0
            for s in stays:
                if counts_for(rs, s, dest, day):
                    best = max(best, (day - segment_start(rs, s, dest, day)).days + 1)
            return best
    raise ValueError(rule.kind)


def breaches_rule(rs: RuleSet, stays: Sequence[Stay], dest: str, rule: Rule,
                  day: dt.date, P: frozenset[dt.date]) -> bool:
    if not rule.in_force(day) or day not in P:
        return False
    match rule.kind:
        case RuleKind.NO_LIMIT:
            return False
        case RuleKind.VISA_REQUIRED:
            return True
        case RuleKind.PER_ENTRY:
            assert rule.max_days is not None
            # Each stay on its own: day d of a stay breaches when d - entry + 1 > N.
            return any(
                counts_for(rs, s, dest, day)
                and (day - segment_start(rs, s, dest, day)).days + 1 > rule.max_days
                for s in stays)
        case _:
            assert rule.max_days is not None
            return count(rs, stays, dest, rule, day, P) > rule.max_days


def destinations(rs: RuleSet, nat: str, country: str) -> list[str]:
    out = [country] + [z.id for z in rs.zones.values() if z.memberships_of(country)]
    return [d for d in out if rs.rules_for(d, nat)]


def breach_days(rs: RuleSet, nat: str, stays: Sequence[Stay], dest: str) -> set[dt.date]:
    rules = rs.rules_for(dest, nat)
    P = present_days(rs, stays, dest)
    out: set[dt.date] = set()
    for s in stays:
        for day in days(s.entry, s.exit):
            if any(breaches_rule(rs, stays, dest, r, day, P) for r in rules):
                out.add(day)
    return out


def to_ranges(ds: set[dt.date]) -> list[tuple[dt.date, dt.date]]:
    out: list[tuple[dt.date, dt.date]] = []
    for d in sorted(ds):
        if out and out[-1][1] + D1 == d:
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def all_breaches(rs: RuleSet, nat: str, stays: Sequence[Stay]) -> dict[str, set[dt.date]]:
    dests = {d for s in stays for d in destinations(rs, nat, s.country)}
    return {d: breach_days(rs, nat, stays, d) for d in dests}


def adds_breach(rs: RuleSet, nat: str, others: Sequence[Stay], cand: Stay) -> bool:
    """True when ``cand`` makes some day breach that does not without it."""
    for dest in destinations(rs, nat, cand.country):
        without = breach_days(rs, nat, others, dest)
        with_ = breach_days(rs, nat, [*others, cand], dest)
        if with_ - without:
            return True
    return False


def latest_exit(rs: RuleSet, nat: str, stays: Sequence[Stay], index: int,
                horizon: int) -> tuple[dt.date | None, bool]:
    """(latest exit, unlimited): the literal maximum over every exit tried."""
    stay = stays[index]
    others = [s for i, s in enumerate(stays) if i != index]
    limited = any(r.kind.limits for d in destinations(rs, nat, stay.country)
                  for r in rs.rules_for(d, nat))
    if not stay.status.counts or not limited:
        return None, True
    best = None
    for n in range(horizon + 1):
        x = stay.entry + n * D1
        if not adds_breach(rs, nat, others, stay.with_dates(stay.entry, x)):
            best = x
    if best == stay.entry + horizon * D1:
        return None, True
    return best, False


def earliest_reentry(rs: RuleSet, nat: str, stays: Sequence[Stay], country: str,
                     k: int, after: dt.date, horizon: int) -> dt.date | None:
    for n in range(horizon + 1):
        e = after + n * D1
        if not adds_breach(rs, nat, stays, Stay(country, e, e + (k - 1) * D1)):
            return e
    return None


def counting_rule(rules: Sequence[Rule], day: dt.date) -> Rule | None:
    cumulative = [r for r in rules if r.in_force(day) and r.kind in
                  (RuleKind.ROLLING, RuleKind.CALENDAR_YEAR, RuleKind.FIXED_WINDOW)]
    if cumulative:
        return cumulative[0]
    per_entry = [r for r in rules if r.in_force(day) and r.kind is RuleKind.PER_ENTRY]
    return per_entry[0] if per_entry else None


def usage(rs: RuleSet, nat: str, stays: Sequence[Stay], dest: str, a: dt.date,
          b: dt.date) -> tuple[list[int | None], list[int | None]]:
    used: list[int | None] = []
    allowed: list[int | None] = []
    P = present_days(rs, stays, dest)
    for day in days(a, b):
        rule = counting_rule(rs.rules_for(dest, nat), day)
        if rule is None:
            used.append(None)
            allowed.append(None)
        else:
            used.append(count(rs, stays, dest, rule, day, P))
            allowed.append(rule.max_days)
    return used, allowed


# ---- one traveller, one timeline -------------------------------------------------


def conflict_set(a: Stay, b: Stay) -> set[dt.date]:
    """The days two stays conflict on, straight from PRODUCT.md: different
    countries sharing any day but a travel day, or more than one day."""
    if a.country == b.country:
        return set()
    common = set(days(a.entry, a.exit)) & set(days(b.entry, b.exit))
    if len(common) == 1:
        (d,) = common
        if (a.exit == d and b.entry == d) or (b.exit == d and a.entry == d):
            return set()
    return common


def conflicts(stays: Sequence[Stay]) -> dict[tuple[int, int], set[dt.date]]:
    """Every conflicting pair (i < j) and the days it shares, pair by pair."""
    out = {}
    for i in range(len(stays)):
        for j in range(i + 1, len(stays)):
            c = conflict_set(stays[i], stays[j])
            if c:
                out[(i, j)] = c
    return out


def added_conflict_days(before: Sequence[Stay], after: Sequence[Stay]) -> set[dt.date]:
    """Days on which ``after`` has a conflict that ``before`` did not have on that day
    between the same two stays (matched by value)."""
    old: dict[tuple[Stay, Stay], set[dt.date]] = {}
    for (i, j), ds in conflicts(before).items():
        old[(before[i], before[j])] = ds
        old[(before[j], before[i])] = ds
    out: set[dt.date] = set()
    for (i, j), ds in conflicts(after).items():
        out |= ds - old.get((after[i], after[j]), set())
    return out


def distinct_days(stays: Sequence[Stay]) -> int:
    """Visa-free days, each day counted once per country."""
    seen = {(s.country, d) for s in stays if s.status.counts for d in days(s.entry, s.exit)}
    return len(seen)


def visa_needed_on(rs: RuleSet, nat: str, stay: Stay, day: dt.date) -> bool:
    """Does a visa-required rule cover ``day`` of a visa-free ``stay``?"""
    return stay.status.counts and any(
        r.kind is RuleKind.VISA_REQUIRED and r.in_force(day)
        for dest in destinations(rs, nat, stay.country) if counts_for(rs, stay, dest, day)
        for r in rs.rules_for(dest, nat))

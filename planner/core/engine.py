"""Judging an itinerary against the rules, kept up to date edit by edit.

:class:`Evaluator` holds, for each destination the traveller's rules cover,
a :class:`~planner.core.presence.DestinationState`. An edit (replace, insert,
remove a stay) updates only the destinations of the stays it touched and only
the days those stays can affect (for a rolling 90-in-180 rule: the days of the
old and new stay and the 179 days after), and returns a :class:`Change`
saying what was re-judged, so that a view repaints only that.

What breaches (see also :mod:`planner.core.rules`): a day d breaches in a
destination when any rule for that destination and nationality that is in
force on d says so. Only visa-free stays count. A stay counts for its country
and, on the days its country belongs to a zone, for that zone too: a stay in
France from 2023-03-01 to 2023-03-10 counts ten days for ``FR`` and ten for
``SCHENGEN``.

Deferred (``Evaluator(..., deferred=True)``, what the window asks for a file
it opens): NumPy and the arrays cost more than judging a small itinerary once
in plain Python, and a first paint only reads. Until :meth:`Evaluator.warm`
runs, the reading questions (:meth:`~Evaluator.destinations`,
:meth:`~Evaluator.breaches`, :meth:`~Evaluator.is_breach`,
:meth:`~Evaluator.breaching_rules`, :meth:`~Evaluator.compliant`,
:meth:`~Evaluator.stay_breaches`, :meth:`~Evaluator.usage`,
:meth:`~Evaluator.counter`) are answered by a
:class:`~planner.core.plain.PlainJudge` of the same stays, which gives the
same answers (held to them by property tests); an edit, :meth:`~Evaluator.state`
or anything else that reads the arrays builds them first. An itinerary of
more than :data:`DEFER_MAX_DAYS` counted days is built at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from planner.core.lazy import np
from planner.core.model import Stay
from planner.core.plain import PlainJudge, counted_segments, counting_runs, visited
from planner.core.plain import counting_rule as counting_rule  # (where it used to live)
from planner.core.presence import DestinationState, Segment
from planner.core.rules import Membership, Rule, RuleKind, RuleSet


class Change(NamedTuple):
    """What an edit re-judged: per destination, the first and last day."""

    spans: dict[str, tuple[dt.date, dt.date]]

    @property
    def destinations(self) -> frozenset[str]:
        return frozenset(self.spans)


class Usage(NamedTuple):
    """The days counted on one day by one rule, and its limit."""

    destination: str
    day: dt.date
    used: int
    allowed: int
    rule: Rule

    @property
    def over(self) -> bool:
        return self.used > self.allowed


#: Counted stay days (the sum of the visa-free stays' lengths) up to which a
#: deferred :class:`Evaluator` answers from the plain judge until it is warmed.
#: Measured on ``bench.gen.many_stays`` (what a first paint asks: every
#: destination's breaches, every stay's breach days, the counters of one day),
#: plain against the engine with NumPy already imported: 500 stays (3 400
#: days) 4.0 against 4.8 ms, 5 000 (7 600 days) 32 against 35 ms, 10 000
#: (15 000 days) 66 against 48 ms, 20 000 (30 000 days) 149 against 147 ms.
#: The import the plain judge saves costs 45 ms or more, so up to about
#: 30 000 days the first paint comes sooner without NumPy; past that the
#: engine's lead exceeds it.
DEFER_MAX_DAYS = 30_000


class Evaluator:
    """Breaches and day counts of one traveller's stays, updated incrementally.

    With ``deferred`` (some stays, at most :data:`DEFER_MAX_DAYS` counted days), the
    NumPy state is built by :meth:`warm` or by the first edit or question that
    needs it; until then the reading questions come from a
    :class:`~planner.core.plain.PlainJudge` (module docstring).
    """

    def __init__(self, rules: RuleSet, nationality: str, stays: Iterable[Stay] = (), *,
                 deferred: bool = False) -> None:
        self.ruleset = rules
        self.nationality = nationality
        self._stays: list[Stay] = list(stays)
        self._dest_rules: dict[str, list[Rule]] = {}
        self._dests: dict[str, list[str]] = {}  # country: destinations_of
        self._plain: PlainJudge | None = None
        if deferred and self._stays and \
                sum(s.days for s in self._stays if s.status.counts) <= DEFER_MAX_DAYS:
            self._plain = PlainJudge(rules, nationality, self._stays)
        else:
            self._rebuild_all()

    # ---- the arrays, built on first need -----------------------------------
    # Every use of the NumPy state goes through these two properties, so that
    # a deferred evaluator never answers from a state it has not built.

    @property
    def _states(self) -> dict[str, DestinationState]:
        if self._plain is not None:
            self.warm()
        return self._built_states

    @_states.setter
    def _states(self, states: dict[str, DestinationState]) -> None:
        self._built_states = states

    @property
    def _visits(self) -> dict[str, int]:  # destination: how many stays visit it
        if self._plain is not None:
            self.warm()
        return self._built_visits

    @_visits.setter
    def _visits(self, visits: dict[str, int]) -> None:
        self._built_visits = visits

    @property
    def is_warm(self) -> bool:
        """True when the answers come from the NumPy state (built, not deferred)."""
        return self._plain is None

    def warm(self) -> None:
        """Build the NumPy state now (NumPy loads here, if it has not); then every
        answer comes from it. Nothing to do when it is built already."""
        if self._plain is not None:
            self._plain = None
            self._rebuild_all()

    # ---- structure --------------------------------------------------------

    @property
    def stays(self) -> tuple[Stay, ...]:
        return tuple(self._stays)

    def rules_for(self, destination: str) -> list[Rule]:
        if destination not in self._dest_rules:
            self._dest_rules[destination] = self.ruleset.rules_for(destination, self.nationality)
        return self._dest_rules[destination]

    def segments(self, stay: Stay) -> dict[str, list[Segment]]:
        """The counted segments of a stay, per destination with rules.

        A stay that is not visa-free, or whose destinations have no rules for
        the traveller, has none.
        """
        return counted_segments(self.ruleset, self.rules_for, stay)

    def destinations_of(self, stay: Stay) -> list[str]:
        """Destinations with rules that a stay in this country can count for."""
        found = self._dests.get(stay.country)
        if found is None:  # (the planning answers ask this per stay and per question)
            found = self._dests[stay.country] = [
                d for d, _ in self.ruleset.destinations_of(stay.country) if self.rules_for(d)]
        return list(found)

    def destinations(self) -> list[str]:
        """Destinations with rules that the itinerary visits (any status), sorted."""
        if self._plain is not None:
            return self._plain.destinations()
        return sorted(d for d, n in self._visits.items() if n > 0)

    def _visited(self, s: Stay) -> list[str]:
        """Destinations with rules that stay ``s`` visits on some day (any status)."""
        return visited(self.ruleset, self.rules_for, s)

    def _count_visits(self, stay: Stay, delta: int) -> None:
        for dest in self._visited(stay):
            self._visits[dest] = self._visits.get(dest, 0) + delta

    def state(self, destination: str) -> DestinationState | None:
        return self._states.get(destination)

    # ---- edits ------------------------------------------------------------

    def set_stays(self, stays: Iterable[Stay]) -> Change:
        self.warm()  # (the state of the stays before the edit)
        before = set(self._states)
        self._stays = list(stays)
        self._rebuild_all()
        return self._full_change(before | set(self._states))

    def set_nationality(self, nationality: str) -> Change:
        self.warm()  # (the state of the stays before the edit)
        before = set(self._states)
        self.nationality = nationality
        self._dest_rules.clear()
        self._dests.clear()
        self._rebuild_all()
        return self._full_change(before | set(self._states))

    def replace(self, index: int, stay: Stay) -> Change:
        self.warm()  # (the state of the stays before the edit)
        old = self._stays[index]
        self._stays[index] = stay
        self._count_visits(old, -1)
        self._count_visits(stay, 1)
        return self._apply(self.segments(old), self.segments(stay))

    def insert(self, index: int, stay: Stay) -> Change:
        self.warm()  # (the state of the stays before the edit)
        self._stays.insert(index, stay)
        self._count_visits(stay, 1)
        return self._apply({}, self.segments(stay))

    def remove(self, index: int) -> Change:
        self.warm()  # (the state of the stays before the edit)
        old = self._stays.pop(index)
        self._count_visits(old, -1)
        return self._apply(self.segments(old), {})

    def _apply(self, removed: dict[str, list[Segment]],
               added: dict[str, list[Segment]]) -> Change:
        spans: dict[str, tuple[dt.date, dt.date]] = {}
        for dest in set(removed) | set(added):
            rem, add = removed.get(dest, []), added.get(dest, [])
            if rem == add:
                continue
            st = self._states.get(dest)
            if st is None or not all(st.contains(s) for s in add):
                self._rebuild(dest)
                st = self._states.get(dest)
                if st is not None:
                    spans[dest] = (dt.date.fromordinal(st.origin),
                                   dt.date.fromordinal(st.origin + st.length - 1))
                continue
            a, b = st.apply(rem, add)
            if not st.segments:
                del self._states[dest]
            if a <= b:
                spans[dest] = (dt.date.fromordinal(st.origin + a),
                               dt.date.fromordinal(st.origin + b))
        return Change(spans)

    def _full_change(self, dests: Iterable[str]) -> Change:
        spans = {}
        for d in dests:
            st = self._states.get(d)
            if st is not None:
                spans[d] = (dt.date.fromordinal(st.origin),
                            dt.date.fromordinal(st.origin + st.length - 1))
            else:
                spans[d] = (dt.date.min, dt.date.max)
        return Change(spans)

    def _all_segments(self) -> dict[str, list[Segment]]:
        """Every stay's :meth:`segments`, per destination in stay order (each
        country's destinations with rules looked up once, not per stay)."""
        out: dict[str, list[Segment]] = {}
        where: dict[str, list[tuple[list[Segment], tuple[Membership, ...]]]] = {}
        for s in self._stays:
            if not s.status.counts:
                continue
            dests = where.get(s.country)
            if dests is None:
                dests = where[s.country] = [
                    (out.setdefault(dest, []), ms)
                    for dest, ms in self.ruleset.destinations_of(s.country) if self.rules_for(dest)]
            a, b = s.entry.toordinal(), s.exit.toordinal()
            for segs, ms in dests:
                if not ms:
                    segs.append((a, b))
                    continue
                for m in ms:
                    x = a if m.since is None else max(a, m.since.toordinal())
                    y = b if m.until is None else min(b, m.until.toordinal())
                    if x <= y:
                        segs.append((x, y))
        return {dest: segs for dest, segs in out.items() if segs}

    def _rebuild_all(self) -> None:
        visits: dict[str, int] = {}
        plain: dict[str, list[str] | None] = {}  # country: _visited when no zone dates matter
        for s in self._stays:
            if s.country not in plain:
                zoned = any(ms for _d, ms in self.ruleset.destinations_of(s.country))
                plain[s.country] = None if zoned else self._visited(s)
            found = plain[s.country]
            for dest in self._visited(s) if found is None else found:
                visits[dest] = visits.get(dest, 0) + 1
        self._visits = visits
        self._states = {
            dest: DestinationState(dest, self.rules_for(dest), segs)
            for dest, segs in self._all_segments().items()
        }

    def _rebuild(self, dest: str) -> None:
        segs = self._all_segments().get(dest, [])
        if segs:
            self._states[dest] = DestinationState(dest, self.rules_for(dest), segs)
        else:
            self._states.pop(dest, None)

    # ---- questions --------------------------------------------------------

    def breaches(self, destination: str, rule: Rule | None = None
                 ) -> list[tuple[dt.date, dt.date]]:
        """Breach days of a destination (of one of its rules) as inclusive ranges."""
        if self._plain is not None:
            return self._plain.breaches(destination, rule)
        st = self._states.get(destination)
        if st is None:
            return []
        if rule is None:
            return st.breach_ranges()
        return st.breach_ranges(st.hits[st.rules.index(rule)])

    def is_breach(self, destination: str, day: dt.date) -> bool:
        if self._plain is not None:
            return self._plain.is_breach(destination, day)
        st = self._states.get(destination)
        if st is None:
            return False
        i = day.toordinal() - st.origin
        return 0 <= i < st.length and bool(st.breach[i])

    def breaching_rules(self, destination: str, day: dt.date) -> list[Rule]:
        """The destination's rules that ``day`` breaches, in rule-file order."""
        if self._plain is not None:
            return self._plain.breaching_rules(destination, day)
        st = self._states.get(destination)
        return [] if st is None else st.breaches_on(day.toordinal())

    def compliant(self) -> bool:
        if self._plain is not None:
            return self._plain.compliant()
        return not any(st.breach.any() for st in self._states.values())

    def stay_breaches(self, index: int) -> list[tuple[str, dt.date]]:
        """(destination, day) pairs where a day of stay ``index`` breaches: per
        destination with rules, per counted segment, day by day."""
        if self._plain is not None:
            return self._plain.stay_breaches(index)
        out = []
        for dest, segs in self.segments(self._stays[index]).items():
            st = self._states.get(dest)
            if st is None:
                continue
            for a, b in segs:
                part = st.breach[a - st.origin : b - st.origin + 1]
                for i in np.flatnonzero(part):
                    out.append((dest, dt.date.fromordinal(a + int(i))))
        return out

    def usage(self, destination: str, start: dt.date, end: dt.date
              ) -> tuple[list[int | None], list[int | None]]:
        """Per day from ``start`` to ``end``: days used and days allowed.

        Each day uses the rule :func:`counting_rule` picks for it; a day with
        no counting rule in force gives ``None`` for both. Days outside the
        itinerary count 0 used.
        """
        if self._plain is not None:
            return self._plain.usage(destination, start, end)
        n = (end - start).days + 1
        used: list[int | None] = [None] * n
        allowed: list[int | None] = [None] * n
        rules = self.rules_for(destination)
        st = self._states.get(destination)
        if st is None:
            st = DestinationState(destination, rules, [], lo=start.toordinal(),
                                  hi=end.toordinal())
        for i0, i1, rule in counting_runs(rules, start, end):  # i1 exclusive
            a = start.toordinal() + i0 - st.origin
            used[i0:i1] = _counts_clipped(st, rule, a, a + (i1 - i0) - 1)
            allowed[i0:i1] = [rule.max_days] * (i1 - i0)
        return used, allowed

    def counter(self, destination: str, day: dt.date, rule: Rule | None = None
                ) -> Usage | None:
        """The "days used / allowed" of one destination on one day.

        Counted by the rule :func:`counting_rule` picks for the day, or by
        ``rule`` when given (a rule of the destination that counts days:
        rolling, calendar year, fixed window or per entry). ``None`` when no
        such rule applies.
        """
        if rule is None:
            rule = counting_rule(self.rules_for(destination), day)
            if rule is None or rule.max_days is None:
                return None
            used, _ = self.usage(destination, day, day)
            assert used[0] is not None
            return Usage(destination, day, used[0], rule.max_days, rule)
        if rule.max_days is None or not (rule.kind.cumulative or rule.kind is RuleKind.PER_ENTRY):
            return None
        if self._plain is not None:
            return Usage(destination, day, self._plain.count(destination, rule, day),
                         rule.max_days, rule)
        o = day.toordinal()
        st = self._states.get(destination) or DestinationState(
            destination, self.rules_for(destination), [], lo=o, hi=o)
        count = _counts_clipped(st, rule, o - st.origin, o - st.origin)[0]
        assert count is not None
        return Usage(destination, day, count, rule.max_days, rule)


def _counts_clipped(st: DestinationState, rule: Rule, a: int, b: int) -> list[int | None]:
    """Counts for indices a .. b, which may lie outside the state's arrays."""
    out: list[int | None] = [0] * (b - a + 1)
    x, y = max(a, 0), min(b, st.length - 1)
    if x <= y:
        used, _ = st.used_allowed(rule, x, y)
        out[x - a : y - a + 1] = used.tolist()
    if y < b and rule.kind in (RuleKind.ROLLING, RuleKind.CALENDAR_YEAR,
                               RuleKind.FIXED_WINDOW):
        # After the arrays end nothing is present: counts only fall away.
        total = int(st.pre[-1])
        for i in range(max(y + 1, a), b + 1):
            out[i - a] = _tail_count(st, rule, i, total)
    return out


def _tail_count(st: DestinationState, rule: Rule, i: int, total: int) -> int:
    """The count on index i past the arrays' end (where nothing is present)."""
    assert rule.window_days is not None or rule.kind is RuleKind.CALENDAR_YEAR
    if rule.kind is RuleKind.ROLLING:
        assert rule.window_days is not None
        s = i - rule.window_days + 1
        return 0 if s >= st.length else total - int(st.pre[max(s, 0)])
    if rule.kind is RuleKind.CALENDAR_YEAR:
        jan1 = dt.date(dt.date.fromordinal(st.origin + i).year, 1, 1).toordinal() - st.origin
        return 0 if jan1 >= st.length else total - int(st.pre[max(jan1, 0)])
    for s, e in st.windows(rule):
        if s <= i <= e:
            return total - int(st.pre[s])
    return 0

"""What to do about a breach: the exit window of a stay and where to go meanwhile.

:func:`exit_window` answers, for one stay (usually a breaching one), the
questions of the exit-window panel, with the semantics of PRODUCT.md ("Adds
no breach", latest compliant exit, earliest re-entry):

* ``visa`` — the ``visa-required`` rule in force on the stay's entry day for
  its country (or a zone it is in), when the stay is visa-free: then nothing
  else is computed, since no date makes such a stay visa-free;
* ``leave_by`` — the stay's latest compliant exit (``None`` when even a
  one-day stay on its entry day adds a breach, ``unlimited`` when nothing
  limits it);
* ``next_stay`` — the next planned stay (by entry date) that counts for one of
  the same destinations, and ``earliest_return``: the first day on or after
  the gap's first day on which a stay of its length adds no breach, the
  breaching stay trimmed to ``leave_by`` and the next stay itself left out.
  Without a next stay the return is for the stay's own length, failing that
  (a 121-day stay never fits under 90 in 180) for the days cut off;
* ``gap`` — ``leave_by + 1 .. earliest_return - 1`` (``None`` when empty or
  unknown); for a stay that does not breach, its own exit + 1 instead of
  ``leave_by + 1``;
* ``where_to_go`` — the traveller's home country first ("home country, no
  limit"), then the neighbours of the stay's country (:data:`NEIGHBOURS`,
  for KZ: KG, UZ, GE, AM, RU, TR, CN, MN, TJ, AZ), then every other country
  with rule data for the nationality, keeping those where a stay for the
  whole gap adds no breach to ``base`` (the itinerary with the breaching stay
  trimmed), each with the longest stay allowed from the gap's first day
  (their own earlier days there counted) and the rule that counts it.

Example (bundled rules): a Russian in Kazakhstan 2023-02-01 .. 2023-06-01
must leave by 2023-05-01; with nothing planned after, a 31-day return (the
days cut off) fits from 2023-07-31, so the gap is 2023-05-02 .. 2023-07-30;
Russia itself comes first, then Kyrgyzstan (no limit before 28 October 2023),
Uzbekistan (no limit) and Georgia (365 days per entry) …

:func:`allowance_strip` (re-exported from :mod:`planner.core.strip`) is the
longest stay for every day of a range at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from planner.core.context import Others, StayIndex
from planner.core.coverage import needs_visa, visa_needs
from planner.core.engine import Evaluator, counting_rule
from planner.core.model import Stay
from planner.core.rules import Rule, RuleKind, RuleSet
from planner.core.strip import allowance_strip, allowances

__all__ = ["NEIGHBOURS", "ExitWindow", "Suggestion", "adds_breach", "allowance_strip",
           "allowances", "exit_window", "where_to_go"]

ONE_DAY = dt.timedelta(days=1)

# Where people staying in a country usually go for a break, nearest or most
# used first (land neighbours, then the region). Data, not logic: extend freely.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "KZ": ("KG", "UZ", "GE", "AM", "RU", "TR", "CN", "MN", "TJ", "AZ"),
    "KG": ("KZ", "UZ", "TJ", "CN", "GE", "AM", "RU", "TR"),
    "UZ": ("KZ", "KG", "TJ", "TM", "AF", "GE", "AM", "RU", "TR"),
    "TJ": ("UZ", "KG", "AF", "CN", "KZ", "RU", "TR"),
    "GE": ("AM", "TR", "AZ", "RU", "KZ", "KG", "UZ"),
    "AM": ("GE", "TR", "IR", "AZ", "RU", "KZ", "KG"),
    "AZ": ("GE", "TR", "RU", "IR", "KZ", "AM"),
    "RU": ("KZ", "GE", "AZ", "MN", "CN", "AM", "KG", "TR", "UZ"),
    "TR": ("GE", "AM", "AZ", "IR", "GR", "BG", "KZ", "RU"),
    "MN": ("RU", "CN", "KZ", "KG"),
    "CN": ("KZ", "KG", "MN", "TJ", "RU"),
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A place to spend a gap: the longest stay allowed there from its first day."""

    country: str
    max_days: int | None  # None: no limit
    rule: Rule | None  # the rule that counts the days there (None: home, no rule)
    reason: str  # "home country", "no limit" or the rule's description


@dataclass(frozen=True, slots=True)
class ExitWindow:
    """The exit window of stay ``index``; see the module docstring."""

    index: int
    stay: Stay
    breaching: bool
    leave_by: dt.date | None
    unlimited: bool
    next_index: int | None
    next_stay: Stay | None
    return_days: int | None
    earliest_return: dt.date | None
    gap: tuple[dt.date, dt.date] | None
    where_to_go: tuple[Suggestion, ...]
    base: tuple[Stay, ...]  # the itinerary with the stay trimmed to leave_by
    visa: Rule | None = None  # a visa is needed from the entry day: nothing computed


def adds_breach(rules: RuleSet, nationality: str, others: Sequence[Stay], cand: Stay) -> bool:
    """True when ``cand`` adds a breach day to ``others`` (exact, any rule kind)."""
    return Others.of(rules, nationality, others).adds_breach(cand)


def exit_window(rules: RuleSet, nationality: str, stays: Sequence[Stay], index: int, *,
                indexed: StayIndex | None = None, breaching: bool | None = None
                ) -> ExitWindow:
    """The exit window of stay ``index`` (see the module docstring).

    For many stays of one itinerary, pass ``indexed`` (``stays`` indexed by
    position) and ``breaching`` (whether the stay breaches, as an
    :class:`~planner.core.engine.Evaluator` of ``stays`` says), so that
    neither is rebuilt for each stay.
    """
    stay = stays[index]
    if breaching is None:
        breaching = bool(Evaluator(rules, nationality, stays).stay_breaches(index))
    visa = needs_visa(rules, nationality, stay.country, stay.entry) if stay.status.counts \
        else None
    if visa is not None:
        return ExitWindow(index, stay, breaching, None, False, None, None, None, None, None,
                          (), tuple(stays), visa)
    if indexed is None:
        indexed = StayIndex(rules, nationality, stays)
    ans = indexed.latest_exit(index)
    if ans.unlimited:
        return ExitWindow(index, stay, breaching, None, True, None, None, None, None, None,
                          (), tuple(stays))
    leave_by = ans.latest
    base = list(stays)
    if leave_by is None:
        del base[index]
        trimmed: tuple[Stay, ...] = ()
        gap_start = stay.entry
    else:
        base[index] = stay.with_dates(stay.entry, min(leave_by, stay.exit))
        trimmed = (base[index],)
        gap_start = base[index].exit + ONE_DAY
    rest = Others(indexed, skip=frozenset({index}), extra=trimmed)  # what base holds
    nxt = indexed.next_stay(index) if stay.status.counts else None
    ret_at: dt.date | None = None
    ret_days: int | None = None
    if nxt is not None:
        ret_days = stays[nxt].days
        ret_at = Others(indexed, skip=frozenset({index, nxt}), extra=trimmed
                        ).earliest_reentry(stays[nxt].country, ret_days, gap_start)
    else:
        cut = (stay.exit - leave_by).days if leave_by is not None else stay.days
        for k in dict.fromkeys((stay.days, cut)):
            if k >= 1:
                ret_at = rest.earliest_reentry(stay.country, k, gap_start)
                ret_days = k
                if ret_at is not None:
                    break
    gap = None
    if ret_at is not None and ret_at > gap_start:
        gap = (gap_start, ret_at - ONE_DAY)
    suggestions = () if gap is None else where_to_go(rules, nationality, base, stay.country,
                                                     *gap, others=rest)
    return ExitWindow(index, stay, breaching, leave_by, False,
                      nxt, None if nxt is None else stays[nxt], ret_days, ret_at, gap,
                      suggestions, tuple(base))


def _candidates(rules: RuleSet, nationality: str, country: str) -> list[str]:
    """Destinations to try, neighbours first, then the rest with rule data, sorted.

    A zone (the Schengen area) is one destination: its members count together.
    """
    covered = rules.covered_destinations(nationality)
    near = [c for c in NEIGHBOURS.get(country, ()) if c in covered]
    rest = sorted(covered - set(near))
    return [c for c in [*near, *rest] if c not in (country, nationality)]


def _rule_text(rules: Sequence[Rule], day: dt.date) -> tuple[Rule | None, str]:
    rule = counting_rule(rules, day)
    if rule is not None:
        return rule, rule.describe()
    free = next((r for r in rules if r.in_force(day) and r.kind is RuleKind.NO_LIMIT), None)
    return free, "no limit"


def _stand_in(rules: RuleSet, destination: str, first: dt.date, last: dt.date, *,
              avoid: Collection[str] = ()) -> str | None:
    """The country a stay in ``destination`` is judged in: itself, or for a zone
    its first member (by code, none of ``avoid``) on every day ``first .. last``
    (``None``: none is).

    A stay is always in one country; a zone's days count for the zone only on
    the days its member belongs to it, so the zone is judged through a member.
    """
    zone = rules.zones.get(destination)
    if zone is None:
        return destination
    members = sorted({m.country for m in zone.members
                      if m.on(first) and m.on(last) and m.country not in avoid})
    return members[0] if members else None


def where_to_go(rules: RuleSet, nationality: str, base: Sequence[Stay], country: str,
                first: dt.date, last: dt.date, *, others: Others | None = None
                ) -> tuple[Suggestion, ...]:
    """Destinations where a visa-free stay ``first .. last`` adds no breach to ``base``.

    A zone is offered as itself (``Suggestion.country`` is its id, "SCHENGEN");
    a stay there goes in one of its members.

    The home country first, then :func:`_candidates` order; each with the
    longest stay allowed from ``first`` (``None``: no limit) and its rule.
    Countries with no rule data for the nationality are left out (nothing
    is known about them), so are those that need a visa (0 days). ``others``
    is ``base`` already indexed, when the caller has it.
    """
    if others is None:
        others = Others.of(rules, nationality, base)
    need = (last - first).days + 1
    out = [Suggestion(nationality, None, None, "home country")]
    ev = Evaluator(rules, nationality, [])
    for c in _candidates(rules, nationality, country):
        probe = _stand_in(rules, c, first, last)
        if probe is None:
            continue
        dests = ev.destinations_of(Stay(probe, first, last))
        if not dests or visa_needs(rules, nationality, [Stay(probe, first, last)]):
            continue  # only places one may enter visa-free on every day offered
        k = others.longest(probe, first, at_least=need)
        if k is not None and k < need:
            continue
        if (not others.monotone(probe, first, last)
                and others.adds_breach(Stay(probe, first, last))):
            continue  # a fixed window can refuse a shorter stay than the longest
        # The rule that ends the allowance: the one counting on the first day
        # beyond it (Kyrgyzstan before 28 October 2023: no limit now, 90 in
        # 180 from then on); with no end, the one in force on the first day.
        limit_day = first if k is None else first + k * ONE_DAY
        rule, text = _rule_text(ev.rules_for(c) or ev.rules_for(dests[0]), limit_day)
        out.append(Suggestion(c, k, rule, text if k is not None else "no limit"))
    return tuple(out)

"""Where to go meanwhile when no single country covers the whole gap: a chain.

:func:`planner.core.advice.where_to_go` lists the countries where one stay
can fill the gap. When none can (besides home), :func:`chain` fills it with
stays one after another: from the gap's first day, the candidate country
(neighbours of the stay's country first, then every other country with rule
data for the nationality) that allows the longest stay from that day; then,
from the day after, the same again; at most :data:`MAX_PARTS` stays. Each
stay adds no breach to what comes before it (the itinerary and the chain so
far), uses only days the itinerary leaves unplanned, and needs no visa. A
part in a zone (the Schengen area) goes in one of its members, as
:func:`planner.core.advice.where_to_go`'s stays do. The chain is offered
whole or not at all.

Example (bundled rules): a Kazakh citizen with a 60-day gap after a stay in
Russia, neither Uzbekistan nor Kyrgyzstan alone allowing it all, gets e.g.
30 days in one and the rest in the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from planner.core.advice import ExitWindow, _stand_in, adds_breach
from planner.core.advice import _candidates as candidates  # the order where_to_go uses
from planner.core.coverage import needs_visa
from planner.core.model import Stay
from planner.core.rules import RuleSet
from planner.core.strip import allowances
from planner.core.timeline import longest_clear

ONE_DAY = dt.timedelta(days=1)
MAX_PARTS = 4


def _longest(rules: RuleSet, nationality: str, stays: Sequence[Stay], base: Sequence[Stay],
             country: str, day: dt.date, need: int) -> int:
    if needs_visa(rules, nationality, country, day) is not None:
        return 0
    k = int(allowances(rules, nationality, stays, country, day, day, need)[0])
    k = longest_clear(day, country, k, base)
    while k and adds_breach(rules, nationality, stays,
                            Stay(country, day, day + (k - 1) * ONE_DAY)):
        k -= 1  # under a fixed window a shorter stay is not always cleaner
    return k


def chain(rules: RuleSet, nationality: str, base: Sequence[Stay], country: str,
          first: dt.date, last: dt.date) -> tuple[Stay, ...] | None:
    """Stays covering ``first .. last`` one after another (see the module
    docstring), or ``None`` when no chain of at most :data:`MAX_PARTS` does."""
    out: list[Stay] = []
    dests: list[str] = []  # the destination of each part: a country or a zone's id
    day = first
    tries = candidates(rules, nationality, country)
    while day <= last:
        if len(out) == MAX_PARTS:
            return None
        need = (last - day).days + 1
        best_d, best_c, best_k = "", "", 0
        for d in tries:
            if dests and d == dests[-1]:
                continue  # the same destination again is not a chain but one stay
            c, most = _member(rules, d, day, last, avoid=(country, nationality))
            if not c:
                continue
            k = _longest(rules, nationality, [*base, *out], base, c, day, min(need, most))
            if k > best_k:
                best_d, best_c, best_k = d, c, k
            if k == need:
                break
        if best_k == 0:
            return None
        out.append(Stay(best_c, day, day + (best_k - 1) * ONE_DAY))
        dests.append(best_d)
        day += best_k * ONE_DAY
    return tuple(out)


def _member(rules: RuleSet, destination: str, day: dt.date, last: dt.date, *,
            avoid: tuple[str, ...]) -> tuple[str, int]:
    """The country a part in ``destination`` goes in from ``day``, and the most
    days it may last there: a country itself (the whole gap); for a zone, the
    first member (by code, none of ``avoid``: the stay's own country and home)
    on every day to ``last``, else the first member on ``day``, for as long as
    it stays a member (``("", 0)``: none is). A stay is always in one country,
    never in a zone."""
    whole = (last - day).days + 1
    zone = rules.zones.get(destination)
    if zone is None:
        return destination, whole
    every_day = _stand_in(rules, destination, day, last, avoid=avoid)
    if every_day is not None:
        return every_day, whole
    on_day = sorted((m.country, m.until) for m in zone.members
                    if m.on(day) and m.country not in avoid)
    if not on_day:
        return "", 0
    code, until = on_day[0]
    return code, whole if until is None else min(whole, (until - day).days + 1)


def chain_for(rules: RuleSet, nationality: str, w: ExitWindow) -> tuple[Stay, ...] | None:
    """The chain offered for exit window ``w``: over its gap, from its ``base``,
    only when the gap exists and no country but home is in ``w.where_to_go``
    (a single stay elsewhere is simpler advice); otherwise ``None``."""
    if w.gap is None or any(s.country != nationality for s in w.where_to_go):
        return None
    return chain(rules, nationality, w.base, w.stay.country, *w.gap)

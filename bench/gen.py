"""Generated itineraries for the benchmarks: many stays over many years."""

from __future__ import annotations

import datetime as dt
import random

from planner.core.model import Itinerary, Stay, Traveller


def many_stays(n: int = 500, start: dt.date = dt.date(2018, 1, 1),
               countries: tuple[str, ...] = ("KZ", "FR", "DE", "KG", "GE"),
               years: float = 9.0, seed: int = 7) -> Itinerary:
    """``n`` stays in order across ``years`` years: short stays, gaps, some overlaps.

    The default mix (Kazakhstan, the Schengen area, Kyrgyzstan, Georgia) has
    breaches in Kazakhstan and the Schengen area, so nothing is trivially empty.
    """
    rnd = random.Random(seed)
    total = int(365.25 * years)
    step = total / n
    stays = []
    for i in range(n):
        entry = start + dt.timedelta(days=int(i * step) + rnd.randint(0, 2))
        length = rnd.randint(1, max(2, int(step * 1.6)))
        stays.append(Stay(rnd.choice(countries), entry,
                          entry + dt.timedelta(days=length - 1), note=f"stay {i}"))
    return Itinerary(Traveller("Bench", "US"), tuple(stays))

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
    mean = total / n
    weights = [len(countries) - i for i in range(len(countries))]  # the first most often
    stays = []
    entry = start
    for i in range(n):
        length = rnd.randint(1, max(2, int(mean * 2)))
        exit = entry + dt.timedelta(days=length - 1)
        country = rnd.choices(countries, weights)[0]
        stays.append(Stay(country, entry, exit, note=f"stay {i}"))
        # Mostly a shared travel day, sometimes a gap.
        entry = exit + dt.timedelta(days=rnd.choice((0, 0, 1, 3)))
    return Itinerary(Traveller("Bench", "US"), tuple(stays))

"""Per-day Schengen usage for 100 stays over ~4 years, against ``schengulator``.

Both count, for every day, the days present in the 180-day window ending that
day (schengulator's ``SchengenStay(d, 179)`` spans d-179 .. d, the same
window). The run checks that the two series agree, then times both; goal:
Stay Planner at least 1000 times faster.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import time

from planner import api
from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rule_files import bundled_rules


def disjoint_stays(n: int, start: dt.date, years: float, seed: int = 3) -> Itinerary:
    """Stays in France with a gap of at least one day between them.

    schengulator counts a day shared by two stays twice, so the comparison
    uses stays that share no day.
    """
    rnd = random.Random(seed)
    mean = int(365.25 * years / n)
    stays, entry = [], start
    for i in range(n):
        length = rnd.randint(1, 2 * mean - 2)
        stays.append(Stay("FR", entry, entry + dt.timedelta(days=length - 1), note=str(i)))
        entry += dt.timedelta(days=length + rnd.randint(1, 3))
    return Itinerary(Traveller("Bench", "US"), tuple(stays))


def schengulator_series(stays: list[tuple[str, str]], days: list[dt.date]) -> list[int]:
    from schengulator.schengenstay import SchengenStay

    out = []
    for d in days:
        ss = SchengenStay(d, 179)
        for a, b in stays:
            ss.add_stay(a, b)
        out.append(ss.get_days())
    return out


def main() -> None:
    it = disjoint_stays(100, dt.date(2019, 1, 1), years=4.0)
    rules = bundled_rules()
    first, last = it.stays[0].entry, max(s.exit for s in it.stays)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    pairs = [(s.entry.isoformat(), s.exit.isoformat()) for s in it.stays]

    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        theirs = schengulator_series(pairs, days)
    t_theirs = time.perf_counter() - t0

    reps = 50
    t0 = time.perf_counter()
    for _ in range(reps):
        ours = api.usage(it, "SCHENGEN", first, last, rules=rules)["used"]
    t_ours = (time.perf_counter() - t0) / reps
    assert ours == theirs, "the two per-day series differ"
    print(f"usage series, {len(it.stays)} Schengen stays, {len(days)} days "
          f"({first} .. {last}); both series agree")
    print(f"  schengulator 1.0.0: {t_theirs * 1000:10.1f} ms")
    print(f"  stay-planner      : {t_ours * 1000:10.3f} ms")
    ratio = t_theirs / t_ours
    print(f"  speed-up          : {ratio:10.0f}x   goal >= 1000x  "
          f"{'ok' if ratio >= 1000 else 'MISSED'}")


if __name__ == "__main__":
    main()

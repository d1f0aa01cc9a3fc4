"""Planning speed: a full year's allowance strip (goal < 20 ms) and ``fix``.

The strip is the longest stay for every entry day of a year in Kazakhstan,
for a Russian and a US traveller, on 60 generated stays over two years from
2023 (Kazakhstan's 90 in 180 in force); the run checks it against
``longest_stay`` on every 30th day and estimates what one search per day
would cost, and times the same strip in plain Python
(:mod:`planner.core.plain_strip`, what a window's first paint draws before
NumPy loads). Then ``fix`` on the 500-stay, 9-year engine bench itinerary, and
``maximise`` for a year. Run: ``.venv/bin/python -m bench.strip``.
"""

from __future__ import annotations

import datetime as dt
import time

from bench.engine import report, timeit
from bench.gen import many_stays
from planner.core import plain_strip
from planner.core.advice import allowance_strip
from planner.core.engine import Evaluator
from planner.core.fixing import fix, maximise
from planner.core.planning import longest_stay
from planner.core.rule_files import bundled_rules

START, END = dt.date(2023, 6, 1), dt.date(2024, 5, 30)  # 365 days


def main() -> None:
    rules = bundled_rules()
    it = many_stays(60, start=dt.date(2023, 1, 1), years=2)
    print(f"itinerary: {len(it.stays)} stays, {it.stays[0].entry} .. "
          f"{max(s.exit for s in it.stays)}; strip {START} .. {END}, destination KZ")
    for nat in ("RU", "US"):
        strip = allowance_strip(rules, nat, it.stays, "KZ", START, END)
        t0 = time.perf_counter()
        sample = [longest_stay(rules, nat, it.stays, "KZ", START + dt.timedelta(days=i))
                  for i in range(0, len(strip), 30)]
        per_day = (time.perf_counter() - t0) / len(sample) * 1000
        assert sample == strip[::30], "strip and longest_stay disagree"
        def run(nat: str = nat) -> object:
            return allowance_strip(rules, nat, it.stays, "KZ", START, END)

        report(f"allowance strip, 365 days, {nat} traveller", timeit(run, 50), 20.0)
        print(f"   (one longest_stay per day instead: ~{per_day * len(strip):.0f} ms)")

        def plain(nat: str = nat) -> object:
            return plain_strip.allowance_strip(rules, nat, it.stays, "KZ", START, END)

        assert plain() == strip, "the plain strip and the strip disagree"
        report(f"plain-Python strip, 365 days, {nat} traveller",
               timeit(plain, 50), 20.0)
    big = many_stays()
    t0 = time.perf_counter()
    res = fix(rules, "US", big.stays)
    t_fix = time.perf_counter() - t0
    actions = {a: sum(c.action == a for c in res.changes)
               for a in ("kept", "trimmed", "moved", "dropped")}
    assert Evaluator(rules, "US", res.stays).compliant()
    print(f"fix, {len(big.stays)} stays over ~9 years (US): {t_fix * 1000:.0f} ms, "
          f"strategy {res.strategy}, {res.days_after}/{res.days_before} days kept, {actions}")
    t0 = time.perf_counter()
    plan = maximise(rules, "RU", [], "KZ", dt.date(2024, 1, 1), dt.date(2024, 12, 31), ["GE"])
    t_max = time.perf_counter() - t0
    in_kz = sum(s.days for s in plan if s.country == "KZ")
    print(f"maximise, KZ in 2024 with breaks in GE (RU): {t_max * 1000:.1f} ms, "
          f"{in_kz} days in KZ over {len(plan)} stays")


if __name__ == "__main__":
    main()

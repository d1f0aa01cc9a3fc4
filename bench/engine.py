"""Engine speed: ``check`` on a 500-stay, 9-year itinerary, and re-evaluation
after moving one stay by one day (goals: < 2 ms and < 1 ms, in process)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench.gen import many_stays
from planner import api
from planner.core.engine import Evaluator
from planner.core.rule_files import bundled_rules


def timeit(fn: Callable[[], object], repeat: int = 200) -> list[float]:
    fn()  # warm up
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def report(name: str, ms: list[float], goal: float) -> None:
    med, p95 = statistics.median(ms), sorted(ms)[int(len(ms) * 0.95) - 1]
    verdict = "ok" if med < goal else "MISSED"
    print(f"{name:<44} median {med:7.3f} ms  p95 {p95:7.3f} ms  goal < {goal} ms  {verdict}")


def main() -> None:
    rules = bundled_rules()
    it = many_stays()
    span = (it.stays[0].entry, max(s.exit for s in it.stays))
    res = api.check(it, rules=rules)
    n_breach = sum(len(r["breaches"]) for r in res["results"])
    print(f"itinerary: {len(it.stays)} stays, {span[0]} .. {span[1]}, "
          f"{len(res['results'])} results, {n_breach} breach ranges")
    report("check (api.check, 500 stays, ~9 years)", timeit(lambda: api.check(it, rules=rules)),
           2.0)
    ev = Evaluator(rules, "US", it.stays)
    i = len(it.stays) // 2
    stay = it.stays[i]
    moves = [stay.moved(1), stay]
    k = 0

    def move() -> None:
        nonlocal k
        ev.replace(i, moves[k % 2])
        k += 1

    report("re-evaluate after moving one stay by a day", timeit(move, 2000), 1.0)


if __name__ == "__main__":
    main()

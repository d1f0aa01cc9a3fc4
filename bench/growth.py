"""How the planning answers grow with the itinerary: ``python -m bench.growth``.

For 500, 1 000 and 5 000 generated stays (:func:`bench.gen.many_stays` with
its defaults: a US traveller, about 9 years at 500 stays, 20 at 5 000) it
times ``check``, ``windows``, ``fix`` and ``suggest`` through :mod:`planner.api`
(``fix`` as ``fix --json`` computes it, without writing the file). Each cell
is a fresh child process that builds the itinerary, runs the answer once to
warm up when it is quick, then reports the median of a few runs (timed in the
child, so Python's and NumPy's start-up are left out). A cell slower than
``--timeout`` seconds is reported as "> T s".

The table is measured ``--rounds`` times (4 by default; an even number) and
each cell shows the median of its rounds. Within a round the sizes take turns,
and every other round goes from the largest size down, so that each ascending
round has its descending twin: a machine that speeds up or slows down steadily
during the run (this one changed by up to 30 % within an hour) then weighs on
the small and the large sizes alike. (With an odd number of rounds the median
is the middle round's, all in one direction: the drift would be back.) Timed
one size after the other, such a drift alone moved the ``windows`` exponent
between 0.97 and 1.22 from one run to the next, for code whose calls grow
exactly tenfold (cProfile).

Goals, each printed next to its figure: from 500 to 5 000 stays the time
grows with an exponent of at most 1.2 (``t5000 / t500 = 10 ** exponent``); at
5 000 stays each answer takes under 2 s; at 500 stays ``windows`` takes at
most 30 times as long as ``check`` on the same file in the same run, ``fix``
and ``suggest`` at most 100 times.

``--sizes 500 1000 5000 10000`` adds a column; ``--root DIR`` times another
checkout's ``planner`` package (its ``bench/gen.py`` must be the same
generator), which is how a before-and-after table is made.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ("check", "windows", "fix", "suggest")
SIZES = (500, 1000, 5000)
EXPONENT_GOAL = 1.2
SECONDS_GOAL = 2.0  # at 5 000 stays
RATIO_GOAL = {"windows": 30.0, "fix": 100.0, "suggest": 100.0}  # x check, at 500 stays

# argv: stays, command. Prints "result MEDIAN_SECONDS RUNS".
CHILD = """
import statistics, sys, time
from bench.gen import many_stays
from planner import api
from planner.core.rule_files import bundled_rules

n, command = int(sys.argv[1]), sys.argv[2]
rules = bundled_rules()
it = many_stays(n)
call = {"check": lambda: api.check(it, rules=rules),
        "windows": lambda: api.windows(it, rules=rules),
        "fix": lambda: api.fix_answer(it, rules),
        "suggest": lambda: api.suggest(it, rules=rules)}[command]
times = []
budget = 3.0  # seconds of repeats after the first run
while True:
    t0 = time.perf_counter()
    call()
    times.append(time.perf_counter() - t0)
    if len(times) >= 21 or sum(times[1:]) > budget or (times[0] > 1.0 and len(times) >= 3):
        break
    if times[0] > budget:
        break
runs = times[1:] if len(times) > 2 else times  # the first run warms caches up
print("result", statistics.median(runs), len(runs), flush=True)
"""


def cell(root: Path, n: int, command: str, timeout: float) -> float | None:
    """Median seconds of one answer in a fresh child, ``None`` past ``timeout``."""
    env = {**os.environ, "PYTHONPATH": str(root), "OPENBLAS_NUM_THREADS": "1"}
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(n), command], cwd=root,
                              env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    for line in proc.stdout.splitlines():
        if line.startswith("result "):
            return float(line.split()[1])
    raise RuntimeError(f"{command} on {n} stays: exit {proc.returncode}\n"
                       f"{proc.stderr.strip()[-2000:]}")


def _fmt(t: float | None, timeout: float) -> str:
    if t is None:
        return f"> {timeout:.0f} s"
    return f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"


def report(table: dict[str, dict[int, float | None]], sizes: list[int], timeout: float) -> None:
    """The growth table, then each goal with its figure."""
    head = f"{'stays':<10}" + "".join(f"{n:>14,}" for n in sizes)
    print(head.replace(",", " "))
    for command in COMMANDS:
        print(f"{command:<10}" + "".join(f"{_fmt(table[command][n], timeout):>14}"
                                         for n in sizes))
    lo, hi = min(sizes), max(n for n in sizes if n <= 5000)
    check = table["check"][lo]
    for command in COMMANDS[1:]:
        row = table[command]
        t_lo, t_hi = row[lo], row[hi]
        parts = [f"{command:<8}"]
        if t_lo and t_hi:
            exp = math.log(t_hi / t_lo) / math.log(hi / lo)
            parts.append(f"exponent {lo}->{hi} {exp:4.2f} (goal <= {EXPONENT_GOAL}) "
                         f"{'ok' if exp <= EXPONENT_GOAL else 'MISSED'}")
        else:
            parts.append(f"exponent {lo}->{hi} unknown (timed out) MISSED")
        if hi == 5000:
            ok = t_hi is not None and t_hi < SECONDS_GOAL
            parts.append(f"at 5 000: {_fmt(t_hi, timeout)} (goal < {SECONDS_GOAL:.0f} s) "
                         f"{'ok' if ok else 'MISSED'}")
        if check and t_lo:
            ratio, goal = t_lo / check, RATIO_GOAL[command]
            parts.append(f"at {lo}: {ratio:.0f} x check (goal <= {goal:.0f} x) "
                         f"{'ok' if ratio <= goal else 'MISSED'}")
        print("  " + ";  ".join(parts))


def order(sizes: list[int], rounds: int) -> list[int]:
    """The sizes in the order they are timed: ascending in even rounds,
    descending in odd ones (see the module's docstring)."""
    up = sorted(sizes)
    return [n for r in range(rounds) for n in (up if r % 2 == 0 else up[::-1])]


def median_cells(samples: list[float | None]) -> float | None:
    """One cell's figure from its rounds: the median; ``None`` ("> T s") when
    any round timed out."""
    if not samples or any(t is None for t in samples):
        return None
    return statistics.median(t for t in samples if t is not None)


Timer = Callable[[int, str], "float | None"]  # (stays, command) -> seconds, None: timed out


def measure(sizes: list[int], rounds: int, commands: list[str],
            timed: Timer) -> dict[str, dict[int, float | None]]:
    """The table: for each command and size, the median over ``rounds`` of
    ``timed(size, command)``. Commands not in ``commands`` (``check`` always is)
    are left ``None``; a cell that timed out, at its size or a smaller one, is
    not timed again."""
    samples: dict[str, dict[int, list[float | None]]] = {
        c: {n: [] for n in sizes} for c in COMMANDS}
    for n in order(sizes, rounds):
        for command in COMMANDS:
            if command not in commands and command != "check":
                samples[command][n].append(None)
                continue
            done = [t for m in sizes if m <= n for t in samples[command][m]]
            samples[command][n].append(None if None in done else timed(n, command))
    return {c: {n: median_cells(samples[c][n]) for n in sizes} for c in COMMANDS}


def even_rounds(text: str) -> int:
    """``--rounds``: a positive even number (see the module's docstring)."""
    rounds = int(text)
    if rounds < 2 or rounds % 2:
        raise argparse.ArgumentTypeError(f"an even number of rounds, 2 or more: {text}")
    return rounds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.growth", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="checkout whose planner package is timed (default: this one)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds after which a cell is given up (default 120)")
    parser.add_argument("--only", nargs="+", choices=COMMANDS, default=list(COMMANDS))
    parser.add_argument("--rounds", type=even_rounds, default=4,
                        help="times the table is measured, an even number (default 4); "
                             "each cell shows the median")
    args = parser.parse_args([] if argv is None else argv)
    sizes = sorted(args.sizes)
    t0 = time.perf_counter()
    table = measure(sizes, args.rounds, args.only,
                    lambda n, command: cell(args.root, n, command, args.timeout))
    print(f"planning answers by itinerary size ({args.root}; each cell the median of "
          f"{args.rounds} rounds, sizes taking turns; one child process per cell and "
          f"round, {time.perf_counter() - t0:.0f} s in all)")
    report(table, sizes, args.timeout)


if __name__ == "__main__":
    main(sys.argv[1:])

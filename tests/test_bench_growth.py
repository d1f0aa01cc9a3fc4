"""The growth benchmark's bookkeeping: sizes take turns, rounds fold to a median,
and a machine that drifts steadily leaves the growth exponent alone."""

from __future__ import annotations

import argparse
import math

import pytest

from bench.growth import COMMANDS, even_rounds, measure, median_cells, order


def test_sizes_take_turns_and_every_other_round_runs_downwards() -> None:
    assert order([5000, 500, 1000], 4) == [500, 1000, 5000, 5000, 1000, 500,
                                          500, 1000, 5000, 5000, 1000, 500]


def drifting(slowdown: float):  # type: ignore[no-untyped-def]
    """A timer for code whose time is exactly proportional to the stays, on a
    machine that gets steadily slower (or faster, below 0): each cell takes
    ``slowdown`` (a fraction of the first cell's time) longer than the one before."""
    calls = [0]

    def timed(n: int, command: str) -> float:
        calls[0] += 1
        return n * 1e-4 * (1 + slowdown * calls[0])
    return timed


def exponent(table: dict[str, dict[int, float | None]], command: str) -> float:
    lo, hi = table[command][500], table[command][5000]
    assert lo is not None and hi is not None
    return math.log(hi / lo) / math.log(10)


@pytest.mark.parametrize("slowdown", [0.05, -0.01])
def test_a_steady_drift_leaves_linear_code_at_exponent_one(slowdown: float) -> None:
    """With the default four rounds each ascending round has its descending twin,
    and linear code measures linear whichever way the machine drifts. With three
    rounds the median is the middle round's, all downwards, and the drift shows."""
    sizes, wanted = [500, 1000, 5000], list(COMMANDS)
    for command in COMMANDS:
        assert exponent(measure(sizes, 4, wanted, drifting(slowdown)), command) \
            == pytest.approx(1.0, abs=1e-9)
    assert abs(exponent(measure(sizes, 3, wanted, drifting(slowdown)), "windows")
               - 1.0) > 0.02  # (what the even default is for)


def test_a_timeout_is_not_timed_again_and_makes_the_cell_unknown() -> None:
    asked: list[tuple[int, str]] = []

    def timed(n: int, command: str) -> float | None:
        asked.append((n, command))
        return None if (command == "fix" and n >= 1000) else 0.1

    table = measure([500, 1000, 5000], 2, ["windows", "fix"], timed)
    assert table["fix"] == {500: 0.1, 1000: None, 5000: None}
    assert table["suggest"] == {500: None, 1000: None, 5000: None}  # not asked for
    assert (5000, "fix") not in asked and ("suggest" not in {c for _, c in asked})
    assert table["check"][5000] == 0.1 and table["windows"][5000] == 0.1


def test_a_cell_is_the_median_of_its_rounds_and_unknown_if_any_timed_out() -> None:
    assert median_cells([0.3, 0.1, 0.2, 0.4]) == pytest.approx(0.25)
    assert median_cells([0.1, None]) is None
    assert median_cells([]) is None


@pytest.mark.parametrize("text", ["0", "1", "3", "-2"])
def test_rounds_must_be_even_and_at_least_two(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        even_rounds(text)
    assert even_rounds("4") == 4

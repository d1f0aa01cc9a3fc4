"""The growth benchmark's bookkeeping: sizes take turns, rounds fold to a median."""

from __future__ import annotations

from bench.growth import median_cells, order


def test_sizes_take_turns_and_every_other_round_runs_downwards() -> None:
    assert order([5000, 500, 1000], 3) == [500, 1000, 5000, 5000, 1000, 500,
                                          500, 1000, 5000]
    # Over two rounds every size sits at the same mean position in the run,
    # so a steady drift of the machine's speed weighs on each alike.
    run = order([500, 1000, 5000], 2)
    mean_position = {n: sum(i for i, m in enumerate(run) if m == n) / 2 for n in run}
    assert len(set(mean_position.values())) == 1


def test_a_cell_is_the_median_of_its_rounds_and_unknown_if_any_timed_out() -> None:
    assert median_cells([0.3, 0.1, 0.2]) == 0.2
    assert median_cells([0.1, None, 0.2]) is None
    assert median_cells([]) is None

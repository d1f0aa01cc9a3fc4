"""Benchmarks: each prints its figures next to its goal (run with ``make bench``)."""

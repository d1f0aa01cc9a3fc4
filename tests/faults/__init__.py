"""Fault injection: kill -9 during saves, full disks, fuzzed input for every reader."""

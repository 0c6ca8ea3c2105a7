"""Benchmarks: `make bench` (python -m bench) prints one table. No test ever fails on a wall-clock time."""

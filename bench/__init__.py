"""Benchmarks, run from the project root (see README.md); a package for ``python -m bench.scale``."""

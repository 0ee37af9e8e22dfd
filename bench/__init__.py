"""Benchmark harness for newsdigest (`make bench`): our build against Pelican and Hugo.

Not part of the test suite: it builds real BBC articles at 1,000 and 10,000 articles and prints
per-stage throughput, peak memory, rebuild times and the ratio to the other generators.
"""

"""The kiosk's benchmarks: ``python -m benchmarks`` (``make bench``) runs them all and records the results
in docs/PERFORMANCE.md. Each figure is a ratio against a floor measured in the same run, and absolute."""

"""The deterministic demo dataset, built on every feature's core (so it sits above them)."""

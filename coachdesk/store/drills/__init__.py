"""Script drills storage: scripts and versions, the question bank, sessions with autosaved entries, audits,
readiness, and the readiness signal for the lifecycle diagnosis (registered on import: see signals.py)."""

"""Domain logic as plain typed Python: no Qt, no SQLAlchemy (enforced by tests/test_boundaries.py)."""

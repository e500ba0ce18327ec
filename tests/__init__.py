"""coachdesk test suite (a package, so tests/gui can import shared helpers from tests.conftest)."""

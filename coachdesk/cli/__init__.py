"""The `coachdesk` command line: mirrors the GUI's operations for automation, batch work and tests."""

"""Writes the demo dataset in one transaction."""

"""Pieces every feature's GUI shares: validating dialog base, item-data roles, text fill, tasks."""

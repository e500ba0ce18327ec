"""Call activity: import wizard, import history, manual entry, the Activity tab (dashboard)."""

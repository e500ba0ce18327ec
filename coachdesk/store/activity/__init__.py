"""Call activity: models, the all-or-nothing import, manual entry, SQL aggregates."""

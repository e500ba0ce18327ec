"""Teams, members, groups and memberships: models and services."""

"""Teams, members, roles and groups: drafts that validate input, read models."""

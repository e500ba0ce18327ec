"""SQLAlchemy storage: typed models, engine set-up, migrations and the services the GUI and CLI call."""

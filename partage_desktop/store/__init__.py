"""Persistence: SQLAlchemy models, engine setup, migrations, fast start-up checks."""

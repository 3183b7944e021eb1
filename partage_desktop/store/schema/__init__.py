"""The schema: Alembic migrations at start, the known revisions, what a database holds beyond the app's own tables."""

"""Queries over the shared resources' tables that need more than the ORM's defaults (calendar
spans, conflict checks, matching candidates)."""

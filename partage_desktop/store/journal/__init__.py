"""The journal's queries: full-text index, paged lists, report aggregates, start-up reads."""

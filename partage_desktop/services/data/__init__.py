"""The database as services see it: opening it, one transaction per action, disk-full errors."""

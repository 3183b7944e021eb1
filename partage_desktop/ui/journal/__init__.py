"""The Journal section: projects, entry list and editor, filters, indicators and the project page."""

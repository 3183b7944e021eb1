"""The agreement wizard: its steps, field editors, review, export and amendments."""

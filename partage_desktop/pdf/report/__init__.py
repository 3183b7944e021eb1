"""The funder report PDF: its story, its charts and its fixed wording."""

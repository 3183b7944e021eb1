"""Sharing projects and their journal: entries, attachments, figures, exports and the funder report."""

"""Agreement actions: drafts, export, versions, amendments, copies, trash, templates catalogue."""

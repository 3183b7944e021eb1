"""The Agreements section: the list, the chosen agreement's life, its files and dialogs, the drafts' trash."""

"""An agreement's life: brouillon → prête à signer → signée → échue / résiliée (pure rules)."""

from __future__ import annotations

from datetime import date

from partage_desktop.words import t

DRAFT = "draft"
READY = "ready"
SIGNED = "signed"
EXPIRED = "expired"  # never stored: a signed agreement whose end date has passed
TERMINATED = "terminated"
STATUSES = (DRAFT, READY, SIGNED, EXPIRED, TERMINATED)



def effective_status(stored: str, end_date: date | None, today: date) -> str:
    """The status to show: a signed agreement past its end date has expired."""
    if stored == SIGNED and end_date is not None and end_date < today:
        return EXPIRED
    return stored


def status_label(status: str, lang: str) -> str:
    """The status as the user reads it (the words catalogue's ``status_…``; one source for the
    command line, the PDF and the windows)."""
    return t(f"status_{status}", lang) if status in STATUSES else status

"""An agreement's life: brouillon → prête à signer → signée → échue / résiliée (pure rules)."""

from __future__ import annotations

from datetime import date

DRAFT = "draft"
READY = "ready"
SIGNED = "signed"
EXPIRED = "expired"  # never stored: a signed agreement whose end date has passed
TERMINATED = "terminated"
STATUSES = (DRAFT, READY, SIGNED, EXPIRED, TERMINATED)

STATUS_LABELS: dict[str, dict[str, str]] = {
    DRAFT: {"fr": "Brouillon", "en": "Draft"},
    READY: {"fr": "Prête à signer", "en": "Ready to sign"},
    SIGNED: {"fr": "Signée", "en": "Signed"},
    EXPIRED: {"fr": "Échue", "en": "Expired"},
    TERMINATED: {"fr": "Résiliée", "en": "Terminated"},
}


def effective_status(stored: str, end_date: date | None, today: date) -> str:
    """The status to show: a signed agreement past its end date has expired."""
    if stored == SIGNED and end_date is not None and end_date < today:
        return EXPIRED
    return stored


def status_label(status: str, lang: str) -> str:
    labels = STATUS_LABELS.get(status)
    return labels[lang if lang in ("fr", "en") else "fr"] if labels else status

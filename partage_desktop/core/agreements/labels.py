"""Fixed wording of an agreement document, from the words catalogue (``doc_…``)."""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any

from partage_desktop.core.agreements.document import Labels
from partage_desktop.words import template

ANNEX_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O: they read as 1 and 0
_WORDS = ("yes", "no", "annex", "and_more", "special", "party", "share", "amount", "total", "who_pays",
          "notice", "subject", "no_value", "role_collective", "hereinafter")
_METHODS = ("equal", "percent", "amount", "per_use")


@cache
def labels(lang: str) -> Labels:
    """The labels the PDF draws (« Référence », « Page {page} de {pages} »…)."""
    return Labels(**{f.name: template(f"doc_{f.name}", lang) for f in fields(Labels)})


@cache
def words(lang: str) -> dict[str, Any]:
    """The words the document builder needs beyond the labels drawn by the PDF."""
    out: dict[str, Any] = {key: template(f"doc_word_{key}", lang) for key in _WORDS}
    out["annex_letters"] = ANNEX_LETTERS
    out["method"] = {m: template(f"doc_method_{m}", lang) for m in _METHODS}
    out["basis"] = {m: template(f"doc_basis_{m}", lang) for m in _METHODS}
    return out

"""Canonical form of an agreement's answers, its full hash and its short, printable fingerprint.

Every check compares the full SHA-256 of the canonical content (``full_hash``); the printed
fingerprint is only for reading aloud and typing back from paper. It carries 80 bits (16
characters); versions made before it was lengthened print 12 characters (60 bits), which are the
first 12 characters of today's form for the same content.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from typing import Any

from partage_desktop.core.agreements.validation import Answers, SplitInput

# Crockford's base32: no I, L, O, U, so a fingerprint read aloud over the phone is unambiguous.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FINGERPRINT_CHARS = 16
LEGACY_FINGERPRINT_CHARS = 12  # the 60-bit form printed by earlier releases


def _plain(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, SplitInput):
        shares = [str(int(s)) if value.method == "per_use" else _plain(s) for s in value.shares]
        out: dict[str, Any] = {"method": value.method, "shares": shares}
        if value.total is not None:
            out["total"] = _plain(value.total)
        if value.rate is not None:
            out["rate"] = _plain(value.rate)
        return out
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    raise TypeError(type(value))


def canonical_answers(answers: Answers) -> dict[str, Any]:
    """The answers document in normalized form: what prints, and nothing else."""
    fields = {k: _plain(v) for k, v in sorted(answers.values.items()) if v is not None}
    doc: dict[str, Any] = {
        "template": answers.template.id,
        "template_version": answers.template.version,
        "lang": answers.lang,
        "parties": [{k: v for k, v in p.items() if v} for p in answers.parties],
        "fields": fields,
        "meta": {"reference": answers.reference, "version": answers.version},
    }
    if answers.logo:
        doc["meta"]["logo"] = answers.logo
    if answers.added_clauses or answers.reworded:
        doc["clauses"] = {"added": answers.added_clauses, "reworded": dict(sorted(answers.reworded.items()))}
    if answers.bilingual:  # absent for an agreement in one language: its content stays as it was
        doc["bilingual"] = {"prevails": answers.bilingual}
    return doc


def canonical_json(answers: Answers) -> str:
    return json.dumps(canonical_answers(answers), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_text(value: Any) -> str:
    """Any JSON value in the one spelling every hash covers (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def full_hash(canonical: str) -> str:
    """The SHA-256 of the canonical content, in hexadecimal: what every check compares."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def fingerprint_of(canonical: str, chars: int = FINGERPRINT_CHARS) -> str:
    """``7K3F-Q9M2-XW4P-8D1C``: the first 80 bits of the SHA-256, in groups of four characters.
    ``chars=LEGACY_FINGERPRINT_CHARS`` gives the 60-bit form earlier releases printed."""
    bits = chars * 5
    digest = int.from_bytes(hashlib.sha256(canonical.encode("utf-8")).digest()[: (bits + 7) // 8], "big")
    digest >>= (-bits) % 8
    out = []
    for _ in range(chars):
        out.append(_ALPHABET[digest & 31])
        digest >>= 5
    text = "".join(reversed(out))
    return "-".join(text[i : i + 4] for i in range(0, chars, 4))


def legacy_fingerprint_of(canonical: str) -> str:
    return fingerprint_of(canonical, LEGACY_FINGERPRINT_CHARS)


def printed_forms(canonical: str) -> tuple[str, str]:
    """The fingerprints a genuine copy of this content may print: today's, then the earlier one."""
    return fingerprint_of(canonical), legacy_fingerprint_of(canonical)


def normalize_fingerprint(text: str) -> str:
    """Read a fingerprint as typed from paper: case, spaces, dashes and look-alike letters folded."""
    cleaned = text.upper().replace(" ", "").replace("-", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) not in (FINGERPRINT_CHARS, LEGACY_FINGERPRINT_CHARS):
        return cleaned
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))

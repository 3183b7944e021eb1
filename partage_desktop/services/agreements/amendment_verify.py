"""Verify an amendment PDF on its own: draw it again from the record it carries, compare the bytes.

The record (core/amendment.py, ``amendment_record``) holds the amendment's number, what it amends
and the answers of both versions, so no database is needed: the command line and the app's
"Verify a copy" give the same answer on any computer.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from partage_desktop.core.agreements.amendment import RECORD_FORMAT, ParentInfo, build_amendment
from partage_desktop.core.agreements.fingerprint import canonical_text, full_hash, printed_forms
from partage_desktop.core.agreements.validation import Answers, validate
from partage_desktop.services.agreements.catalogue import catalogue_for
from partage_desktop.services.agreements.verification import (
    VerifyResult,
    claimed_identity,
    layouts_for,
    same_pages,
)
from partage_desktop.words import t


class _Unreadable(Exception):
    """The record is not what Partage writes (edited, truncated, or of another format)."""


def verify_amendment(record_text: str, data: bytes, lang: str, prefer: str = "") -> VerifyResult:
    from dataclasses import replace

    from partage_desktop.pdf.agreement.amendment import (  # deferred: ReportLab, only when needed
        render_amendment,
    )

    try:
        record = json.loads(record_text)
        if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
            raise _Unreadable
        parent = _parent(record.get("amends"))
        number = record.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise _Unreadable
        raw_before, raw_after = record.get("before"), record.get("answers")
        if not isinstance(raw_before, dict) or not isinstance(raw_after, dict):
            raise _Unreadable
        stale = _other_template_version(raw_before, lang) or _other_template_version(raw_after, lang)
        if stale is not None:
            claimed = claimed_identity(raw_after)
            text = canonical_text({"amends": {k: record["amends"][k] for k in ("reference", "version", "fingerprint")},
                                   "answers": raw_after})
            return replace(stale, kind="amendment", sha256=full_hash(text), **claimed)
        before, after = _answers(raw_before, lang), _answers(raw_after, lang)
    except (_Unreadable, ValueError, TypeError, KeyError):
        return VerifyResult("altered", t("verify_damaged", lang), kind="amendment")
    doc = build_amendment(number, parent, before, after)
    base = doc.base
    forms = sorted(printed_forms(base.attachment_json), key=lambda f: f != prefer)
    matched = None
    if not doc.comparison.empty:
        matched = same_pages(data, ((f, layout, lambda f=f, layout=layout: render_amendment(
            replace(doc, base=replace(base, fingerprint=f)), layout)[0])
            for layout in layouts_for(data) for f in forms))
    printed = matched[0] if matched else None
    info = dict(reference=base.reference, version=base.version, title=base.title,
                fingerprint=printed or base.fingerprint)
    words = dict(info, number=number, parent=parent.reference, parent_version=parent.version)
    status = "ok" if printed is not None else "altered"
    return VerifyResult(status, t("verify_amendment_ok" if printed else "verify_amendment_altered", lang, **words),
                        sha256=full_hash(base.attachment_json), kind="amendment", words=words,
                        layout=matched[1] if matched else 0, **info)  # type: ignore[arg-type]


def _parent(raw: Any) -> ParentInfo:
    if not isinstance(raw, dict):
        raise _Unreadable
    reference, version, fingerprint, title = (raw.get(k) for k in ("reference", "version", "fingerprint", "title"))
    if not (isinstance(reference, str) and isinstance(version, int) and isinstance(fingerprint, str)
            and isinstance(title, str)):
        raise _Unreadable
    signed = raw.get("signed_on")
    signed_on = date.fromisoformat(signed) if isinstance(signed, str) else None
    return ParentInfo(reference, version, fingerprint, title, signed_on)


def _other_template_version(raw: dict[str, Any], lang: str) -> VerifyResult | None:
    template = catalogue_for(raw).get(str(raw.get("template")))
    found = str(raw.get("template_version", ""))
    if template is not None and template.version == found:
        return None
    return VerifyResult("other_version", t("verify_other_version", lang, found=found, template=raw.get("template"),
                                           current=template.version if template else "—"))


def _answers(raw: dict[str, Any], lang: str) -> Answers:
    answers = {k: v for k, v in raw.items() if k != "template_version"}
    result = validate(catalogue_for(answers), answers, lang=lang)
    if result.errors or result.answers is None:
        raise _Unreadable
    return result.answers

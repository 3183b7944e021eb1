"""Checking an agreement that arrives in an exchange file: its document, its draft and every
frozen version before anything is written. Identifiers are matched whole; each version's answers are
validated against its template, its fingerprint and full hash recomputed, and its PDF drawn again and
compared page by page (a version made with another template version, which cannot be drawn here, is
checked as far as it can be and marked unchecked)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from partage_desktop.core.agreements.amendment import (
    ParentInfo,
    amendment_canonical,
)
from partage_desktop.core.agreements.fingerprint import (
    canonical_json,
    canonical_text,
    full_hash,
    printed_forms,
)
from partage_desktop.core.agreements.lifecycle import DRAFT, READY, SIGNED, TERMINATED
from partage_desktop.core.agreements.messages import message
from partage_desktop.core.agreements.reminders import in_range
from partage_desktop.core.identifiers import TEMPLATE_VERSION, is_reference
from partage_desktop.pdf.agreement.layouts import CURRENT as CURRENT_LAYOUT
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import check_answers, verify_pdf_bytes
from partage_desktop.words import t

STORED_STATUSES = (DRAFT, READY, SIGNED, TERMINATED)

AGREEMENT_DOC = "agreement.json"
_SHA256 = re.compile(r"[0-9a-f]{64}")  # every identifier below is matched whole (fullmatch)
_TEMPLATE_ID = re.compile(r"[a-z][a-z0-9-]{0,59}")
_FINGERPRINT = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){2,3}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _incomplete_messages(lang: str) -> tuple[str, ...]:
    return (message("required", lang), message("too_few_items", lang, min=0).split("0")[0],
            message("too_few_parties", lang, min=0, count=0).split("0")[0])


def _check_incoming(doc: Any, pdfs: dict[str, bytes], lang: str) -> list[str]:
    """Every problem of an incoming agreement document (empty: acceptable)."""

    problems: list[str] = []
    if not isinstance(doc, dict):
        return [t("exchange_bad_document", lang, where=AGREEMENT_DOC)]
    for key, kind in (("reference", str), ("title", str), ("template_id", str), ("status", str),
                      ("lang", str), ("answers", dict), ("parties", list), ("versions", list)):
        if not isinstance(doc.get(key), kind):
            problems.append(t("exchange_bad_document", lang, where=key))
    if problems:
        return problems
    based_on = doc.get("based_on")
    if based_on is not None and not (isinstance(based_on, str) and _SHA256.fullmatch(based_on)):
        problems.append(t("exchange_bad_document", lang, where="based_on"))
    if not is_reference(doc["reference"]) or len(doc["title"]) > 300:
        problems.append(t("exchange_bad_document", lang, where="reference"))
    # the columns' sizes (PostgreSQL enforces them; SQLite would silently store anything)
    if not (doc["status"] in STORED_STATUSES and doc["lang"] in ("fr", "en") and _TEMPLATE_ID.fullmatch(doc["template_id"])):
        problems.append(t("exchange_bad_document", lang, where="status/lang/template_id"))

    for date_key in ("start_date", "end_date", "signed_on"):
        value = doc.get(date_key)
        try:
            if value is not None and not in_range(date.fromisoformat(value)):
                raise ValueError(value)
        except (TypeError, ValueError):
            problems.append(t("exchange_bad_document", lang, where=date_key))
    for party in doc["parties"]:
        if not (isinstance(party, dict) and isinstance(party.get("name"), str) and _is_int(party.get("position"))):
            problems.append(t("exchange_bad_document", lang, where="parties"))
            break
    incomplete = _incomplete_messages(lang)
    draft = check_answers(doc["answers"], lang) if doc["answers"] else None
    if draft is not None:
        for p in draft.errors:
            # A draft may be unfinished (sent to be completed together), never malformed.
            if doc["status"] == "draft" and p.message.startswith(incomplete):
                continue
            problems.append(f"{t('exchange_draft', lang)} — {p}")
    numbers: set[int] = set()
    used: set[str] = set()  # a PDF carried once is stored once: never copied for every version naming it
    for v in doc["versions"]:
        if (not isinstance(v, dict) or not _is_int(v.get("number")) or not 1 <= v["number"] <= 9999
                or v["number"] in numbers):
            problems.append(t("exchange_bad_document", lang, where="versions"))
            continue
        numbers.add(v["number"])
        label = t("exchange_version", lang, n=v["number"])
        if not (all(isinstance(v.get(k), str) for k in ("template_id", "template_version", "fingerprint"))
                and _TEMPLATE_ID.fullmatch(v["template_id"]) and TEMPLATE_VERSION.fullmatch(v["template_version"])
                and len(v["template_version"]) <= 20 and _FINGERPRINT.fullmatch(v["fingerprint"])):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='versions')}")
            continue
        pdf = v.get("pdf")
        if pdf is not None and (not isinstance(pdf, str) or pdf not in pdfs or pdf in used):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where=str(pdf)[:80])}")
            continue
        if pdf is not None:
            used.add(pdf)
        claimed_hash = v.get("sha256")
        if claimed_hash is not None and not (isinstance(claimed_hash, str) and _SHA256.fullmatch(claimed_hash)):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='sha256')}")
            continue
        recorded = v.get("answers")
        if not isinstance(recorded, dict):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='answers')}")
            continue
        amends = recorded.get("amends")
        if amends is not None and not _is_amends(amends):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='amends')}")
            continue
        if not _belongs(_claimed(recorded), doc["reference"], v["number"]):
            # a version's content names the agreement and number it belongs to: no other
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='meta.reference/version')}")
            continue
        template = catalogue().get(v["template_id"])
        if template is None or template.version != v["template_version"]:
            # Made with another template version: it cannot be drawn again here. What can be checked
            # is (its full hash and fingerprint, and that its PDF carries this very content); it is
            # then kept apart, marked unchecked, and never vouched for.
            canonical = canonical_text(recorded)
            v["unchecked"] = True
        else:
            result = check_answers(_recorded_answers(recorded), lang)
            if result.errors or result.answers is None:
                problems += [f"{label} — {p}" for p in result.errors]
                continue
            if amends is None:
                canonical = canonical_json(result.answers)
            else:  # an amendment's fingerprint covers what it amends and its answers

                parent = ParentInfo(amends["reference"], amends["version"], amends["fingerprint"], "", None)
                canonical = amendment_canonical(parent, result.answers)
            v["unchecked"] = False
        if v["fingerprint"] not in printed_forms(canonical):
            problems.append(t("exchange_fingerprint", lang, n=v["number"], fingerprint=v["fingerprint"]))
            continue
        sha256 = full_hash(canonical)
        if claimed_hash is not None and claimed_hash != sha256:
            problems.append(t("exchange_sha256", lang, n=v["number"]))
            continue
        if pdf is None:
            v["layout"] = CURRENT_LAYOUT  # nothing to compare: drawn here, when needed, as this release draws
        else:
            layout = _pdf_shows(pdfs[pdf], sha256, v["fingerprint"], v["unchecked"], lang)
            if layout is None:
                problems.append(t("exchange_pdf_mismatch", lang, n=v["number"]))
                continue
            v["layout"] = layout  # the drawing its pages matched (0: could not be drawn here)
        v["sha256"], v["canonical"] = sha256, canonical  # what is stored (checked above)
    return problems


def _claimed(recorded: dict[str, Any]) -> tuple[Any, Any]:
    inner = recorded.get("answers") if "amends" in recorded else recorded
    meta = inner.get("meta") if isinstance(inner, dict) else None
    if not isinstance(meta, dict):
        return None, None
    return meta.get("reference"), meta.get("version")


def _belongs(claimed: tuple[Any, Any], reference: str, number: int) -> bool:
    """A version names its agreement and number; a copy kept beside ours after a conflict
    (``REF-R1``) keeps the versions of ``REF`` as they were made."""
    name, version = claimed
    if not isinstance(name, str) or version != number:
        return False
    return reference == name or re.fullmatch(re.escape(name) + r"-R[0-9]{1,4}", reference) is not None


def _pdf_shows(pdf: bytes, sha256: str, fingerprint: str, unchecked: bool, lang: str) -> int | None:
    """The layout (pdf/agreement/layouts.py) with which the version's PDF, drawn again here from the
    content it carries, shows the same pages; None when it does not carry this content or shows
    other pages. For a version made with another template version, only the content it carries can
    be compared: 0 then (no layout could be tried)."""

    outcome = verify_pdf_bytes(pdf, lang, prefer=fingerprint)
    if outcome.sha256 != sha256:
        return None
    if unchecked:
        return outcome.layout if outcome.status in ("ok", "other_version") else None
    return outcome.layout if outcome.status == "ok" and outcome.fingerprint == fingerprint else None


def _recorded_answers(recorded: Any) -> Any:
    """A version's answers as the app records them (canonical: with the template's version, and
    wrapped with what it amends for an amendment) → the answers document the engine validates."""
    if not isinstance(recorded, dict):
        return recorded
    inner = recorded.get("answers") if "amends" in recorded else recorded
    if not isinstance(inner, dict):
        return inner
    return {k: v for k, v in inner.items() if k != "template_version"}


def _is_amends(amends: Any) -> bool:
    return (isinstance(amends, dict) and is_reference(amends.get("reference"))
            and _is_int(amends.get("version")) and isinstance(amends.get("fingerprint"), str)
            and _FINGERPRINT.fullmatch(amends["fingerprint"]) is not None)



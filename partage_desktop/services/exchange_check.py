"""Checking an agreement that arrives in an exchange file: its document, its draft and every
frozen version (validated against its template, fingerprint recomputed) before anything is written."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..texts import t

AGREEMENT_DOC = "agreement.json"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _incomplete_messages(lang: str) -> tuple[str, ...]:
    from ..core.messages import message

    return (message("required", lang), message("too_few_items", lang, min=0).split("0")[0],
            message("too_few_parties", lang, min=0, count=0).split("0")[0])


def _check_incoming(doc: Any, pdfs: dict[str, bytes], lang: str) -> list[str]:
    """Every problem of an incoming agreement document (empty: acceptable)."""
    from ..core.fingerprint import canonical_json, fingerprint_of
    from .agreements import check_answers
    from .catalogue import catalogue

    problems: list[str] = []
    if not isinstance(doc, dict):
        return [t("exchange_bad_document", lang, where=AGREEMENT_DOC)]
    for key, kind in (("reference", str), ("title", str), ("template_id", str), ("status", str),
                      ("lang", str), ("answers", dict), ("parties", list), ("versions", list)):
        if not isinstance(doc.get(key), kind):
            problems.append(t("exchange_bad_document", lang, where=key))
    if problems:
        return problems
    from ..core.validation import _REFERENCE

    based_on = doc.get("based_on")
    if based_on is not None and not (isinstance(based_on, str) and len(based_on) == 64):
        problems.append(t("exchange_bad_document", lang, where="based_on"))
    if not _REFERENCE.match(doc["reference"]) or len(doc["title"]) > 300:
        problems.append(t("exchange_bad_document", lang, where="reference"))
    # the columns' sizes (PostgreSQL enforces them; SQLite would silently store anything)
    if not (0 < len(doc["status"]) <= 20 and doc["lang"] in ("fr", "en") and 0 < len(doc["template_id"]) <= 60):
        problems.append(t("exchange_bad_document", lang, where="status/lang/template_id"))
    from ..core.reminders import in_range

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
        if not all(isinstance(v.get(k), str) and 0 < len(v[k]) <= 60
                   for k in ("template_id", "template_version", "fingerprint")):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='versions')}")
            continue
        pdf = v.get("pdf")
        if pdf is not None and (not isinstance(pdf, str) or pdf not in pdfs or pdf in used):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where=str(pdf)[:80])}")
        elif pdf is not None:
            used.add(pdf)
        template = catalogue().get(v["template_id"])
        if template is None or template.version != v["template_version"]:
            # Made with another template version: kept as recorded, its fingerprint unverifiable here.
            if not isinstance(v.get("answers"), dict):
                problems.append(f"{label} — {t('exchange_bad_document', lang, where='answers')}")
            continue
        recorded = v.get("answers")
        amends = recorded.get("amends") if isinstance(recorded, dict) else None
        if amends is not None and not _is_amends(amends):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='amends')}")
            continue
        result = check_answers(_recorded_answers(recorded), lang)
        if result.errors or result.answers is None:
            problems += [f"{label} — {p}" for p in result.errors]
            continue
        if amends is None:
            canonical = canonical_json(result.answers)
        else:  # an amendment's fingerprint covers what it amends and its answers
            from ..core.amendment import ParentInfo, amendment_canonical

            parent = ParentInfo(amends["reference"], amends["version"], amends["fingerprint"], "", None)
            canonical = amendment_canonical(parent, result.answers)
        if fingerprint_of(canonical) != v["fingerprint"]:
            problems.append(t("exchange_fingerprint", lang, n=v["number"], fingerprint=v["fingerprint"]))
    return problems


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
    return (isinstance(amends, dict) and isinstance(amends.get("reference"), str)
            and _is_int(amends.get("version")) and isinstance(amends.get("fingerprint"), str))



"""An amendment (avenant): what it amends and what it changes, as plain printable data."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from partage_desktop.core.agreements.compare import Comparison, compare_documents
from partage_desktop.core.agreements.document import AgreementDocument
from partage_desktop.core.agreements.fingerprint import canonical_answers, fingerprint_of
from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.validation import Answers
from partage_desktop.core.formatting import format_date
from partage_desktop.words import template

_WORD_KEYS = ("title", "subtitle", "signed", "whereas_1", "whereas_2", "fields_title", "fields_intro", "col_what",
              "col_before", "col_after", "clauses_title", "changed", "renumbered", "added", "removed", "preamble",
              "final_title", "final_1", "final_2", "in_witness", "subject", "none")


def amendment_words(lang: str) -> dict[str, str]:
    """An amendment's own wording (the words catalogue's ``amend_…``), placeholders left to fill."""
    return {key: template(f"amend_{key}", lang) for key in _WORD_KEYS}


@dataclass(frozen=True)
class ParentInfo:
    reference: str
    version: int
    fingerprint: str
    title: str
    signed_on: date | None


@dataclass(frozen=True)
class AmendmentDocument:
    number: int
    parent: ParentInfo
    base: AgreementDocument  # title, reference, fingerprint, parties and labels of the amendment
    whereas: tuple[str, ...]
    comparison: Comparison
    words: dict[str, str]
    record: str = ""  # what the PDF carries to be verified on its own (see amendment_record)


def amendment_canonical(parent: ParentInfo, answers: Answers) -> str:
    """What the amendment's fingerprint covers: what it amends and the amended answers."""
    doc = {"amends": {"reference": parent.reference, "version": parent.version,
                      "fingerprint": parent.fingerprint},
           "answers": canonical_answers(answers)}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


RECORD_FORMAT = 1


def amendment_record(number: int, parent: ParentInfo, before: Answers, after: Answers) -> str:
    """Everything needed to draw the amendment again, anywhere: its number, what it amends and
    the answers of both versions. The PDF carries it, so that "verify" needs no database."""
    doc = {"format": RECORD_FORMAT, "number": number,
           "amends": {"reference": parent.reference, "version": parent.version, "fingerprint": parent.fingerprint,
                      "title": parent.title, "signed_on": parent.signed_on.isoformat() if parent.signed_on else None},
           "before": canonical_answers(before), "answers": canonical_answers(after)}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def build_amendment(number: int, parent: ParentInfo, before: Answers, after: Answers) -> AmendmentDocument:
    lang = after.lang
    w = amendment_words(lang)
    doc_before, doc_after = build_document(before), build_document(after)
    comparison = compare_documents(before, after, doc_before, doc_after)
    canonical = amendment_canonical(parent, after)
    signed = w["signed"].format(date=format_date(parent.signed_on, lang)) if parent.signed_on else ""
    info = dict(reference=parent.reference, version=parent.version, fingerprint=parent.fingerprint,
                title=parent.title, signed=signed)
    base = replace(
        doc_after,
        title=w["title"].format(n=number, title=parent.title),
        subtitle=w["subtitle"].format(**info),
        fingerprint=fingerprint_of(canonical),
        glance=(), preamble=(), articles=(), cost_table=None, cost_table_after="", annexes=(),
        labels=replace(doc_after.labels, in_witness=w["in_witness"]),
        subject=w["subject"], attachment_json=canonical,
    )
    whereas = (w["whereas_1"].format(**info), w["whereas_2"])
    return AmendmentDocument(number, parent, base, whereas, comparison, w,
                             amendment_record(number, parent, before, after))

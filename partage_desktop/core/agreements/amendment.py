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
from partage_desktop.core.formatting import format_date, french_spacing

_WORDS = {
    "fr": {
        "title": "Avenant n° {n} — {title}",
        "subtitle": "Modifie l'entente {reference}, version {version} (empreinte {fingerprint}){signed}",
        "signed": ", signée le {date}",
        "whereas_1": "ATTENDU QUE les parties ont conclu l'entente « {title} » portant la référence "
                     "{reference}, version {version}, dont l'empreinte est {fingerprint}{signed} "
                     "(ci-après « l'Entente ») ;",
        "whereas_2": "ATTENDU QUE les parties souhaitent modifier l'Entente comme le prévoit le présent avenant ;",
        "fields_title": "Renseignements modifiés",
        "fields_intro": "Les renseignements suivants de l'Entente sont remplacés :",
        "col_what": "Renseignement",
        "col_before": "Avant",
        "col_after": "Désormais",
        "clauses_title": "Clauses modifiées",
        "changed": "La clause {old} ({article}) est remplacée par ce qui suit{renumbered} :",
        "renumbered": ", qui devient la clause {new}",
        "added": "La clause suivante est ajoutée à l'Entente ({article}), sous le numéro {new} :",
        "removed": "La clause {old} ({article}) est supprimée. Elle se lisait ainsi :",
        "preamble": "le préambule",
        "final_title": "Dispositions finales",
        "final_1": "Toutes les autres dispositions de l'Entente demeurent inchangées et continuent de s'appliquer.",
        "final_2": "Le présent avenant fait partie intégrante de l'Entente. Il entre en vigueur à la date "
                   "de sa signature par toutes les parties.",
        "in_witness": "EN FOI DE QUOI, les parties ont signé le présent avenant en {n} exemplaires originaux, "
                      "chaque partie conservant un exemplaire avec son exemplaire de l'Entente.",
        "subject": "Avenant à une entente de partage des ressources",
        "none": "—",
    },
    "en": {
        "title": "Amendment No. {n} — {title}",
        "subtitle": "Amends agreement {reference}, version {version} (fingerprint {fingerprint}){signed}",
        "signed": ", signed on {date}",
        "whereas_1": "WHEREAS the parties entered into the “{title}”, reference {reference}, version "
                     "{version}, whose fingerprint is {fingerprint}{signed} (the “Agreement”);",
        "whereas_2": "WHEREAS the parties wish to amend the Agreement as set out in this amendment;",
        "fields_title": "Details changed",
        "fields_intro": "The following details of the Agreement are replaced:",
        "col_what": "Detail",
        "col_before": "Before",
        "col_after": "From now on",
        "clauses_title": "Clauses changed",
        "changed": "Clause {old} ({article}) is replaced by the following{renumbered}:",
        "renumbered": ", which becomes clause {new}",
        "added": "The following clause is added to the Agreement ({article}), as clause {new}:",
        "removed": "Clause {old} ({article}) is deleted. It read as follows:",
        "preamble": "the preamble",
        "final_title": "Final provisions",
        "final_1": "All other provisions of the Agreement remain unchanged and continue to apply.",
        "final_2": "This amendment forms an integral part of the Agreement. It comes into force on the "
                   "date it is signed by all the parties.",
        "in_witness": "IN WITNESS WHEREOF, the parties have signed this amendment in {n} original copies, "
                      "each party keeping one copy with its copy of the Agreement.",
        "subject": "Amendment to a resource-sharing agreement",
        "none": "—",
    },
}
WORDS = {"fr": {k: french_spacing(v) for k, v in _WORDS["fr"].items()}, "en": _WORDS["en"]}


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
    w = WORDS[lang]
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

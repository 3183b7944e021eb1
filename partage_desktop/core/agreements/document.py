"""The agreement as a printable document: plain data built by the template engine, drawn by pdf/.

Every string here is plain text exactly as the user typed it (never markup): the PDF layer
escapes it. A clause's text may contain line breaks; a line starting with "- " is a bullet.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PartyBlock:
    """One signing organization, as identified at the top and in the signature section."""

    name: str
    address: str
    representative: str
    representative_title: str
    neq: str = ""
    email: str = ""
    phone: str = ""
    role: str = ""  # defined term, e.g. "le Prêteur" / "the Lender"; "" when symmetric
    represented: str = ""  # French: « représenté » or « représentée », agreeing with the organization


@dataclass(frozen=True)
class Clause:
    number: str  # "3.2"
    text: str
    edited: bool = False  # reworded or added by the user for this agreement


@dataclass(frozen=True)
class Article:
    number: str  # "3"
    title: str
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; cells are plain text. ``total`` is an optional last row."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    # relative column widths (same length as columns); None = equal widths
    widths: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Annex:
    letter: str  # "A"
    title: str
    intro: str
    table: Table


@dataclass(frozen=True)
class GlanceItem:
    label: str  # "Qui partage quoi"
    text: str


@dataclass(frozen=True)
class Labels:
    """Fixed wording of the document in its language (chosen by the engine, drawn by the PDF)."""

    reference: str  # "Référence"
    version: str  # "Version"
    page_of: str  # "Page {page} de {pages}"
    fingerprint: str  # "Empreinte"
    initials: str  # "Initiales"
    glance_title: str  # "En bref"
    parties_title: str  # "Les parties"
    between: str  # "ENTRE"
    and_: str  # "ET"
    represented_by: str  # "{represented} par {name}, {title}" ({represented}: the party's « représenté(e) »)
    neq: str  # "NEQ"
    preamble_title: str  # "Préambule"
    agree: str  # "LES PARTIES CONVIENNENT DE CE QUI SUIT :"
    cost_title: str  # "Répartition des coûts"
    annexes_title: str  # "Annexes"
    annex: str  # "Annexe" (followed by the letter)
    signatures_title: str  # "Signatures"
    in_witness: str  # "EN FOI DE QUOI, les parties ont signé la présente entente en {n} exemplaires originaux."
    organization: str  # "Organisme"
    representative: str  # "Représentant(e)"
    title: str  # "Titre"
    authorized: str  # "Dûment autorisé(e) par une résolution du conseil d'administration adoptée le :"
    signature: str  # "Signature"
    date: str  # "Date"
    place: str  # "Lieu"
    notice_title: str  # "Avis"
    edited_mark: str  # "(texte modifié pour la présente entente)"
    draft_mark: str = ""  # "PROJET — incomplet", on every page of a draft preview
    draft_notice: str = ""  # what the blanks of a draft preview mean


@dataclass(frozen=True)
class AgreementDocument:
    lang: str  # "fr" | "en"
    title: str
    subtitle: str  # e.g. the legal kind: "Prêt à usage (art. 2312 et suiv. C.c.Q.)"
    reference: str  # "ENT-2026-0007"
    version: int
    fingerprint: str  # "7K3F-Q9M2-XW4P"
    parties: tuple[PartyBlock, ...]
    glance: tuple[GlanceItem, ...]
    preamble: tuple[str, ...]  # "ATTENDU QUE …" paragraphs
    articles: tuple[Article, ...]
    cost_table: Table | None
    # number of the clause after which the cost table prints ("4.1"); "" = after the articles
    cost_table_after: str
    annexes: tuple[Annex, ...]
    notice: str  # not legal advice
    labels: Labels
    keywords: tuple[str, ...] = ()
    subject: str = ""
    author: str = "Partage"
    # canonical answers (JSON text) embedded in the PDF so that a copy can be verified
    attachment_json: str = ""
    logo: bytes = b""  # PNG or JPEG printed in the title block
    # a preview of incomplete answers: blanks to fill, marked on every page, never exported
    draft: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    # a bilingual agreement (answers' ``bilingual``): the same agreement in the other language,
    # printed side by side with this one (French on the left), and the language that prevails
    companion: AgreementDocument | None = None
    prevails: str = ""

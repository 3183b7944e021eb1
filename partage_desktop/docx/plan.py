"""The agreement's Word version as a list of plain blocks, in reading order.

The same plan serves twice: ``agreement.write_docx`` draws it, and reading a lawyer's file back
compares what came back with the plan of the agreement as it stands (services/agreements/lawyer.py):
what lies outside the numbered clauses (parties, annexes, signature blocks) cannot come back as the
user's own wording, so it is listed for the user to type again in the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass

from partage_desktop.core.agreements.document import AgreementDocument, PartyBlock, Table
from partage_desktop.words import t

TITLE, SUBTITLE, REFLINE, HEADING1, HEADING2, PARA, CENTER, NOTICE, CLAUSE, TABLE = (
    "title", "subtitle", "refline", "h1", "h2", "para", "center", "notice", "clause", "table")
BULLET = "\u2022 "  # a clause line that starts with "- " prints as a bullet


@dataclass(frozen=True)
class Block:
    kind: str
    text: str = ""
    section: str = ""  # what the user would call this part of the agreement ("Les parties")
    number: str = ""  # a clause's printed number ("3.2")
    edited: bool = False  # a clause in the user's own words (marked as in the PDF)
    bold_prefix: str = ""  # a label printed in bold before the text ("Avis : ")
    rows: tuple[tuple[str, ...], ...] = ()  # a table: the header row first
    header_rows: int = 0  # how many first rows repeat on each page (and print in bold)
    total_row: bool = False  # the table's last row is a total (in bold)
    borders: bool = True
    bold: bool = False


def header_line(doc: AgreementDocument) -> str:
    """What every page's header says: the reference, the version and the fingerprint."""
    labels = doc.labels
    return f"{labels.reference} {doc.reference}  \u00b7  {labels.version} {doc.version}  \u00b7  " \
           f"{labels.fingerprint} {doc.fingerprint}"


def clause_text(text: str) -> list[str]:
    """A clause's lines as they print: "- " bullets as "• ", blank lines after the first dropped."""
    lines = []
    for n, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped and n:
            continue
        lines.append(BULLET + stripped[2:] if stripped.startswith("- ") else stripped)
    return lines


def _party_lines(doc: AgreementDocument, party: PartyBlock) -> list[str]:
    labels = doc.labels
    lines = [party.name + (f" ({labels.neq} {party.neq})" if party.neq else ""), party.address,
             labels.represented_by.format(name=party.representative, title=party.representative_title,
                                          represented=party.represented or "représenté")]
    contact = " \u00b7 ".join(x for x in (party.email, party.phone) if x)
    if contact:
        lines.append(contact)
    if party.role:
        lines.append(party.role)
    return lines


def _table(table: Table, section: str) -> Block:
    rows = (table.columns, *table.rows)
    if table.total is not None:
        rows = (*rows, table.total)
    return Block(TABLE, section=section, rows=rows, header_rows=1, total_row=table.total is not None)


def plan(doc: AgreementDocument) -> list[Block]:
    labels, lang = doc.labels, doc.lang
    sep = t("label_separator", lang)
    colon = t("label_colon", lang)
    out = [Block(TITLE, doc.title, section=doc.title), Block(SUBTITLE, doc.subtitle, section=doc.title),
           Block(REFLINE, header_line(doc), section=doc.title)]
    if doc.glance:
        out.append(Block(HEADING2, labels.glance_title, section=labels.glance_title))
        out += [Block(PARA, item.text, section=labels.glance_title, bold_prefix=item.label + sep)
                for item in doc.glance]
    out.append(Block(NOTICE, doc.notice, section=labels.notice_title, bold_prefix=labels.notice_title + sep))
    out.append(Block(HEADING1, labels.parties_title, section=labels.parties_title))
    for i, party in enumerate(doc.parties):
        out.append(Block(PARA, labels.between if i == 0 else labels.and_, section=labels.parties_title,
                         bold=True))
        out.append(Block(PARA, "\n".join(_party_lines(doc, party)), section=labels.parties_title))
    if doc.preamble:
        out.append(Block(HEADING1, labels.preamble_title, section=labels.preamble_title))
        out += [Block(PARA, p, section=labels.preamble_title) for p in doc.preamble]
    out.append(Block(CENTER, labels.agree, section=labels.agree))
    cost_placed = False
    for article in doc.articles:
        section = f"{article.number}. {article.title}"
        out.append(Block(HEADING1, section, section=section, number=article.number))
        for clause in article.clauses:
            out.append(Block(CLAUSE, clause.text, section=section, number=clause.number, edited=clause.edited))
        if doc.cost_table is not None and any(c.number == doc.cost_table_after for c in article.clauses):
            out += [Block(HEADING2, labels.cost_title, section=labels.cost_title),
                    _table(doc.cost_table, labels.cost_title)]
            cost_placed = True
    if doc.cost_table is not None and not cost_placed:
        out += [Block(HEADING2, labels.cost_title, section=labels.cost_title),
                _table(doc.cost_table, labels.cost_title)]
    signatures = labels.signatures_title
    out += [Block(HEADING1, signatures, section=signatures),
            Block(PARA, labels.in_witness.format(n=len(doc.parties)), section=signatures)]
    line = "_" * 30
    for party in doc.parties:
        out.append(Block(TABLE, section=signatures, borders=False, header_rows=0, rows=(
            (party.name, ""),
            (labels.representative + colon, party.representative),
            (labels.title + colon, party.representative_title),
            (labels.authorized, line),
            (labels.signature + colon, line),
            (labels.date + colon, line),
            (labels.place + colon, line),
        )))
    for annex in doc.annexes:
        title = f"{labels.annex} {annex.letter} \u2014 {annex.title}"
        out.append(Block(HEADING1, title, section=title))
        if annex.intro:
            out.append(Block(PARA, annex.intro, section=title))
        out.append(_table(annex.table, title))
    return out

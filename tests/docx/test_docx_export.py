"""The agreement as a Word document, for every bundled template in both languages: numbering as
printed (plain text), headings in Word's heading styles, annex tables, parties and signature blocks,
the notice, and the reference, version and fingerprint in every page's header."""

from __future__ import annotations

import io
import json
import zipfile

import docx
import pytest

from partage_desktop.core.agreements.render import build_document, clause_numbers
from partage_desktop.docx.agreement import write_docx
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements.export import check_answers
from partage_desktop.services.agreements.lawyer import _clause_map, print_keys

EXAMPLES = sorted(p.stem for p in (templates_dir() / "examples").glob("*.json"))


def built(template_id: str, lang: str, clauses: dict | None = None):
    raw = json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))
    raw["lang"] = lang
    raw["meta"] = {"reference": "ENT-2026-0042", "version": 3}
    if clauses:
        raw["clauses"] = clauses
    result = check_answers(raw, lang)
    assert result.ok, result.errors
    doc = build_document(result.answers)
    return result.answers, doc, write_docx(doc, _clause_map(doc, result.answers), template_id, "Organisme")


def test_examples_are_all_there():
    assert len(EXAMPLES) == 8


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", EXAMPLES)
def test_every_template_as_word(template_id, lang):
    answers, doc, data = built(template_id, lang)
    word = docx.Document(io.BytesIO(data))
    paragraphs = word.paragraphs
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles[doc.title] == "Title"
    # articles as Heading 1, numbered as printed
    for article in doc.articles:
        assert styles[f"{article.number}. {article.title}"] == "Heading 1"
    # every clause: one paragraph that starts with its printed number, in order, as plain text
    printed = [p.text.split("\t", 1)[0] for p in paragraphs if "\t" in p.text and p.text[:1].isdigit()]
    assert printed == [c.number for a in doc.articles for c in a.clauses]
    first = next(p for p in paragraphs if p.text.startswith(doc.articles[0].clauses[0].number + "\t"))
    assert first.text.split("\t", 1)[1].startswith(doc.articles[0].clauses[0].text.split("\n")[0][:30])
    # the notice, the parties and the signature blocks
    text = "\n".join(p.text for p in paragraphs)
    assert doc.notice in text and doc.labels.signatures_title in styles
    for party in doc.parties:
        assert party.name in text and party.address in text
    tables = [[tuple(c.text for c in row.cells) for row in t.rows] for t in word.tables]
    signature_names = {rows[0][0] for rows in tables}
    assert all(p.name in signature_names for p in doc.parties)
    assert all(any(row[1] == p.representative for rows in tables for row in rows) for p in doc.parties)
    # each annex: its heading, then its table with the header row repeated on every page
    for annex in doc.annexes:
        heading = f"{doc.labels.annex} {annex.letter} \u2014 {annex.title}"
        assert styles[heading] == "Heading 1"
        table = next(t for t in word.tables if tuple(c.text for c in t.rows[0].cells) == annex.table.columns)
        assert [tuple(c.text for c in row.cells) for row in table.rows[1:]] == [tuple(r) for r in annex.table.rows]
        assert table.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    if doc.cost_table is not None:
        assert any(rows[0] == doc.cost_table.columns for rows in tables)
    # every page: the reference, the version and the fingerprint in the header, the page in the footer
    header = word.sections[0].header.paragraphs[0].text
    assert doc.reference in header and f"{doc.labels.version} 3" in header and doc.fingerprint in header
    footer = word.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "ENT-2026-0042" in footer
    assert word.core_properties.identifier == "ENT-2026-0042"
    assert word.core_properties.language == {"fr": "fr-CA", "en": "en-CA"}[lang]
    assert word.styles["Normal"].font.name == "Calibri"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        custom = archive.read("docProps/custom.xml").decode("utf-8")
    assert "PartageReference" in custom and "ENT-2026-0042" in custom and "PartageMap001" in custom


def test_the_map_follows_the_printed_numbers_with_added_clauses():
    clauses = {"added": [{"title": "Assurance", "text": "Une assurance.", "after": "obligations.usage"},
                         {"title": "Fin", "text": "Ajout en fin d'article.", "after": "obligations"},
                         {"title": "Libre", "text": "Sans place.", "after": ""}],
               "reworded": {}}
    answers, doc, data = built("pret-materiel", "fr", _valid(clauses))
    keys = print_keys(answers)
    numbers = [c.number for a in doc.articles for c in a.clauses]
    assert len(keys) == len(numbers)
    for (kind, value), number in zip(keys, numbers, strict=True):
        if kind == "clause":
            assert clause_numbers(answers)[value] == number
    assert sorted(v for k, v in keys if k == "added") == [0, 1, 2]
    word = docx.Document(io.BytesIO(data))
    edited = [p for p in word.paragraphs if "Une assurance." in p.text]
    assert len(edited) == 1 and edited[0].text.endswith(doc.labels.edited_mark)


def _valid(clauses):
    """The example's own ids (the test names a clause and an article of the template)."""
    from partage_desktop.services.agreements.catalogue import catalogue

    template = catalogue().get("pret-materiel")
    first_article = next(iter(template.articles))
    clause = first_article.clauses[0].id
    for item in clauses["added"]:
        if item["after"] == "obligations.usage":
            item["after"] = clause
        elif item["after"] == "obligations":
            item["after"] = first_article.id
    return clauses

"""Reading a Word file from outside: tracked changes accepted (insertions kept, deletions and
deleted paragraph marks dropped), comments counted, XML declarations refused in any encoding, and
a file re-saved by another word processor (LibreOffice) read back without a change."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from partage_desktop.core.agreements.render import build_document
from partage_desktop.docx.agreement import write_docx
from partage_desktop.docx.reading import WordFileRefused, read_word_file
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements.export import check_answers
from partage_desktop.services.agreements.lawyer import _clause_map, _compare

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_file(body: str, encoding: str = "utf-8", prolog: str = "") -> bytes:
    document = f'<?xml version="1.0" encoding="{encoding}"?>{prolog}<w:document {W}><w:body>{body}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("word/document.xml", document.encode(encoding))
    return out.getvalue()


def test_tracked_changes_are_accepted_and_comments_counted():
    body = ('<w:p><w:r><w:t xml:space="preserve">1.1 Le texte </w:t></w:r>'
            '<w:del w:id="1" w:author="Me"><w:r><w:delText>ancien </w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="Me"><w:r><w:t>nouveau</w:t></w:r></w:ins>'
            '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
            # a paragraph whose mark was deleted joins the next one
            '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Me"/></w:rPr></w:pPr><w:r><w:t>début </w:t></w:r></w:p>'
            '<w:p><w:r><w:t>et fin</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>une</w:t></w:r><w:r><w:br/><w:t>ligne</w:t></w:r></w:p>')
    read = read_word_file(word_file(body), "a.docx")
    assert [b.text for b in read.blocks] == ["1.1 Le texte nouveau", "début et fin", "une\nligne"]
    assert (read.insertions, read.deletions, read.comments) == (1, 2, 1)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_doctype_is_refused_in_any_encoding(encoding):
    prolog = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
    data = word_file("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", encoding, prolog)
    with pytest.raises(WordFileRefused) as caught:
        read_word_file(data, "a.docx")
    assert caught.value.reason.code == "docx_entities"


def test_a_part_over_the_limit_is_refused(monkeypatch):
    from partage_desktop.docx import reading

    monkeypatch.setattr(reading, "MAX_PART", 200)
    with pytest.raises(WordFileRefused) as caught:
        read_word_file(word_file("<w:p><w:r><w:t>" + "x" * 500 + "</w:t></w:r></w:p>"), "a.docx")
    assert caught.value.reason.code == "docx_bomb"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed here")
def test_libreoffice_keeps_what_the_round_trip_needs(tmp_path):
    raw = json.loads((templates_dir() / "examples" / "locaux-partages.json").read_text("utf-8"))
    answers = check_answers(raw, "fr").answers
    doc = build_document(answers)
    source = tmp_path / "entente.docx"
    source.write_bytes(write_docx(doc, _clause_map(doc, answers), "locaux-partages", "Organisme"))
    profile = f"-env:UserInstallation=file://{tmp_path / 'profil'}"
    for target in ("docx:MS Word 2007 XML", "pdf"):
        subprocess.run(["soffice", "--headless", profile, "--convert-to", target, "--outdir",
                        str(tmp_path / "lo"), str(source)], check=True, capture_output=True, timeout=180)
    # saved again by another word processor: the same agreement, nothing changed
    again = read_word_file((tmp_path / "lo" / "entente.docx").read_bytes(), "entente.docx")
    assert again.properties["PartageReference"] == doc.reference
    assert _compare(doc, answers, again) == ([], [])
    # laid out: the reference, version and fingerprint on every page
    pages = PdfReader(tmp_path / "lo" / "entente.pdf").pages
    assert len(pages) > 3
    for page in pages:
        text = page.extract_text()
        assert doc.reference in text and doc.fingerprint in text


def test_a_body_of_absurd_length_is_refused():
    with pytest.raises(WordFileRefused) as caught:
        read_word_file(word_file("<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 5001), "a.docx")
    assert caught.value.reason.code == "docx_too_long"


def test_a_member_that_lies_about_its_size_is_refused():
    """The central directory says the document is 10 bytes: reading stops there and refuses."""
    data = bytearray(word_file("<w:p><w:r><w:t>" + "x" * 5000 + "</w:t></w:r></w:p>"))
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/document.xml") + 1)
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")  # uncompressed size
    with pytest.raises(WordFileRefused) as caught:
        read_word_file(bytes(data), "a.docx")
    assert caught.value.reason.code in ("docx_bomb", "docx_damaged")

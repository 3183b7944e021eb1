"""A lawyer's round trip through Word: the agreement goes out as .docx, comes back corrected (a
clause reworded, a paragraph added, one deleted, tracked changes, renumbered clauses), the
corrections become the user's own wording in the agreement's answers, and the next export is a
normal Partage PDF that verifies and prints the lawyer's words. Hostile files are refused whole,
each with its reason, and nothing changes."""

from __future__ import annotations

import copy
import io
import re
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader

from partage_desktop.platform.errors import DataUnusableError, UserInputError
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.export import verify_pdf_bytes
from partage_desktop.services.agreements.lawyer import (
    ADDED,
    CHANGED,
    DELETED,
    apply_lawyer_changes,
    export_agreement_docx,
    read_lawyer_changes,
    summary_lines,
)
from partage_desktop.words import say_error, t

LAWYER_TEXT = "Le Prêteur remet l'équipement en bon état de fonctionnement, avec son manuel et un inventaire signé."


def clause_paragraph(document, number):
    for paragraph in document.paragraphs:
        if paragraph.text.startswith(number + "\t"):
            return paragraph
    raise AssertionError(number)


def replace_text(paragraph, number, text):
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run(f"{number}\t{text}")


def sent(data, tmp_path, example_answers, template="pret-materiel", name="juriste.docx"):
    reference = drafts.create_draft(data, example_answers(template))
    out = tmp_path / name
    export_agreement_docx(data, reference, out, "fr")
    return reference, out


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_an_untouched_file_changes_nothing(data, tmp_path, example_answers):
    for template in ("pret-materiel", "locaux-partages", "services-partages"):
        reference, out = sent(data, tmp_path, example_answers, template, f"{template}.docx")
        changes = read_lawyer_changes(data, reference, out, "fr")
        assert changes.empty, (template, changes.clauses, changes.outside)
        assert changes.comments == changes.insertions == changes.deletions == 0


def test_round_trip_edit_add_delete_and_tracked_changes(data, tmp_path, example_answers):
    reference, out = sent(data, tmp_path, example_answers)
    av.export_version(data, reference, "fr")  # version 1 frozen: the draft answers move on from it
    before_answers = drafts.load_draft(data, reference)
    document = docx.Document(str(out))
    # 1. a clause reworded
    replace_text(clause_paragraph(document, "2.1"), "2.1", LAWYER_TEXT)
    # 2. a paragraph added after clause 3.1 (no number: the lawyer pressed Enter and typed)
    anchor = clause_paragraph(document, "3.1")
    new = copy.deepcopy(anchor._p)
    anchor._p.addnext(new)
    added = docx.text.paragraph.Paragraph(new, anchor._parent)
    for run in list(added.runs):
        run._r.getparent().remove(run._r)
    added.add_run("Assurance\nL'Emprunteur maintient une assurance de responsabilité civile de 2 000 000 $.")
    # 3. a clause deleted
    gone = clause_paragraph(document, "3.2")
    gone_text = gone.text.split("\t", 1)[1]
    gone._p.getparent().remove(gone._p)
    # 4. tracked changes in clause 4.1: a word deleted, words inserted (as Word writes them)
    tracked = clause_paragraph(document, "4.1")
    original_41 = tracked.text.split("\t", 1)[1]
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "1")
    deletion.set(qn("w:author"), "Me Tremblay")
    run = OxmlElement("w:r")
    deleted_text = OxmlElement("w:delText")
    deleted_text.text = " MOT-SUPPRIMÉ"
    run.append(deleted_text)
    deletion.append(run)
    tracked._p.append(deletion)
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "2")
    insertion.set(qn("w:author"), "Me Tremblay")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = " Ajout suivi du juriste."
    run.append(text)
    insertion.append(run)
    tracked._p.append(insertion)
    # a comment reference, ignored but counted
    reference_run = OxmlElement("w:r")
    comment = OxmlElement("w:commentReference")
    comment.set(qn("w:id"), "0")
    reference_run.append(comment)
    tracked._p.append(reference_run)
    corrected = tmp_path / "corrige.docx"
    document.save(str(corrected))

    changes = read_lawyer_changes(data, reference, corrected, "fr")
    assert drafts.load_draft(data, reference) == before_answers  # reading writes nothing
    kinds = {(c.kind, c.number) for c in changes.clauses}
    assert kinds == {(CHANGED, "2.1"), (ADDED, "3.1"), (DELETED, "3.2"), (CHANGED, "4.1")}, changes.clauses
    by = {(c.kind, c.number): c for c in changes.clauses}
    assert by[(CHANGED, "2.1")].after == LAWYER_TEXT
    assert by[(DELETED, "3.2")].before.split()[:4] == gone_text.split()[:4]
    assert by[(CHANGED, "4.1")].after == original_41 + " Ajout suivi du juriste."
    assert "MOT-SUPPRIMÉ" not in by[(CHANGED, "4.1")].after
    assert changes.comments == 1 and changes.insertions == 1 and changes.deletions == 1
    assert changes.outside == []

    applied = apply_lawyer_changes(data, reference, changes, "fr")
    assert applied == 4
    answers = drafts.load_draft(data, reference)
    assert answers["clauses"]["reworded"] == {
        answers_id(answers, by[(CHANGED, "2.1")]): LAWYER_TEXT,
        answers_id(answers, by[(DELETED, "3.2")]): t("docx_deleted_clause", "fr"),
        answers_id(answers, by[(CHANGED, "4.1")]): original_41 + " Ajout suivi du juriste.",
    }
    assert answers["clauses"]["added"] == [{
        "title": "Assurance",
        "text": "L'Emprunteur maintient une assurance de responsabilité civile de 2 000 000 $.",
        "after": by[(ADDED, "3.1")].key[1]}]
    # the frozen version is untouched; the next export is version 2, a Partage PDF that verifies
    assert "clauses" not in av.version_answers(data, reference, 1, "fr")
    version = av.export_version(data, reference, "fr")
    assert version.number == 2 and version.created
    assert verify_pdf_bytes(version.pdf, "fr").status == "ok"
    printed = " ".join(pdf_text(version.pdf).split())
    assert "bon état de fonctionnement, avec son manuel et un inventaire signé" in printed
    assert "Assurance" in printed and "2 000 000" in printed and "Clause retirée." in printed
    # the next file sent carries version 2 with the lawyer's words, and reads back unchanged
    second = tmp_path / "juriste-v2.docx"
    assert export_agreement_docx(data, reference, second, "fr").version == 2
    again = docx.Document(str(second))
    assert clause_paragraph(again, "2.1").text == f"2.1\t{LAWYER_TEXT} {t('doc_edited_mark', 'fr')}"
    assert read_lawyer_changes(data, reference, second, "fr").empty


def answers_id(answers, change):
    assert change.key[0] == "clause"
    return change.key[1]


def test_renumbered_clauses_are_found_by_their_text(data, tmp_path, example_answers):
    """A lawyer who inserts a numbered clause and renumbers the following ones by hand: the
    clauses that only moved are not changes; the new one is an added clause."""
    reference, out = sent(data, tmp_path, example_answers)
    document = docx.Document(str(out))
    first = clause_paragraph(document, "2.1")
    texts = []
    paragraphs = [p for p in document.paragraphs if re.match(r"2\.\d+\t", p.text)]
    for p in paragraphs:
        number, text = p.text.split("\t", 1)
        texts.append(text)
    new = copy.deepcopy(first._p)
    first._p.addnext(new)
    inserted = docx.text.paragraph.Paragraph(new, first._parent)
    replace_text(inserted, "2.2", "Le Prêteur fournit une formation d'une heure.")
    for i, p in enumerate(paragraphs[1:], start=3):
        replace_text(p, f"2.{i}", texts[i - 2])
    corrected = tmp_path / "renumerote.docx"
    document.save(str(corrected))
    changes = read_lawyer_changes(data, reference, corrected, "fr")
    assert [(c.kind, c.number, c.after) for c in changes.clauses] == \
        [(ADDED, "2.1", "Le Prêteur fournit une formation d'une heure.")]


def test_changes_outside_the_clauses_are_listed_to_type_again(data, tmp_path, example_answers):
    reference, out = sent(data, tmp_path, example_answers)
    raw = example_answers()
    document = docx.Document(str(out))
    name = raw["parties"][1]["name"]
    for paragraph in document.paragraphs:
        if paragraph.text.startswith(name):
            for run in paragraph.runs:
                run.text = run.text.replace(name, name + " inc.")
    annex = document.tables[-1]
    annex.cell(1, 0).paragraphs[0].runs[0].text = "Projecteur Epson (modèle corrigé)"
    corrected = tmp_path / "hors-clauses.docx"
    document.save(str(corrected))
    changes = read_lawyer_changes(data, reference, corrected, "fr")
    assert changes.clauses == []
    sections = {c.section for c in changes.outside}
    assert "Les parties" in sections and any(s.startswith("Annexe A") for s in sections)
    assert any(name + " inc." in c.after for c in changes.outside)
    assert any("Projecteur Epson (modèle corrigé)" in c.after for c in changes.outside)
    before = drafts.load_draft(data, reference)
    assert apply_lawyer_changes(data, reference, changes, "fr") == 0
    assert drafts.load_draft(data, reference)["parties"] == before["parties"]


def refusal(data, reference, path) -> str:
    with pytest.raises(DataUnusableError) as caught:
        read_lawyer_changes(data, reference, path, "fr")
    return say_error(caught.value, "fr")


def rezip(source, target, change=None, add=None, drop=()):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in drop:
                continue
            content = old.read(info.filename)
            if change and info.filename in change:
                content = change[info.filename](content)
            new.writestr(info.filename, content)
        for name, content in (add or {}).items():
            new.writestr(name, content)


def test_hostile_files_are_refused_whole_with_their_reason(data, tmp_path, example_answers):
    reference, out = sent(data, tmp_path, example_answers)
    before = drafts.load_draft(data, reference)
    cases = {}
    (tmp_path / "texte.docx").write_text("Ceci n'est pas un document Word.", "utf-8")
    cases["texte.docx"] = "n'est pas un document Word"
    (tmp_path / "ancien.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    cases["ancien.docx"] = "mot de passe"
    rezip(out, tmp_path / "macros.docx", add={"word/vbaProject.bin": b"\0" * 100})
    cases["macros.docx"] = "macros"
    (tmp_path / "macros.docm").write_bytes(out.read_bytes())
    cases["macros.docm"] = "macros"
    rezip(out, tmp_path / "typemacro.docx", change={"[Content_Types].xml": lambda b: b.replace(
        b"document.main+xml", b"document.macroEnabled.main+xml")})
    cases["typemacro.docx"] = "macros"
    with (tmp_path / "gros.docx").open("wb") as big:
        big.write(out.read_bytes())
        big.write(b"\0" * (21 * 1024 * 1024))
    cases["gros.docx"] = "20 Mo"
    with zipfile.ZipFile(tmp_path / "bombe.docx", "w", zipfile.ZIP_DEFLATED) as bomb:
        with zipfile.ZipFile(out) as old:
            for info in old.infolist():
                bomb.writestr(info.filename, old.read(info.filename))
        bomb.writestr("word/media/vide.bin", b"\0" * (50 * 1024 * 1024))
    cases["bombe.docx"] = "démesuré"
    with zipfile.ZipFile(tmp_path / "nombreux.docx", "w") as many:
        with zipfile.ZipFile(out) as old:
            for info in old.infolist():
                many.writestr(info.filename, old.read(info.filename))
        for i in range(1200):
            many.writestr(f"word/media/x{i}.txt", b"x")
    cases["nombreux.docx"] = "démesuré"
    entity = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
              b'<!ENTITY web SYSTEM "http://example.invalid/x">]>')
    rezip(out, tmp_path / "entites.docx", change={"word/document.xml": lambda b: entity + b.split(b"?>", 1)[1]})
    cases["entites.docx"] = "DOCTYPE"
    rezip(out, tmp_path / "autre.docx", change={"docProps/custom.xml": lambda b: b.replace(
        reference.encode(), b"ENT-2026-0099")})
    cases["autre.docx"] = "ENT-2026-0099"
    rezip(out, tmp_path / "sans-reference.docx", drop=("docProps/custom.xml",), change={
        "docProps/core.xml": lambda b: b.replace(reference.encode(), b""),
        "word/header1.xml": lambda b: b.replace(reference.encode(), b"X"),
        "word/footer1.xml": lambda b: b.replace(reference.encode(), b"X"),
        "word/document.xml": lambda b: b.replace(reference.encode(), b"X")})
    cases["sans-reference.docx"] = "figure nulle part"
    rezip(out, tmp_path / "abime.docx", change={"word/document.xml": lambda b: b[: len(b) // 2]})
    cases["abime.docx"] = "endommagé"
    for name, reason in cases.items():
        message = refusal(data, reference, tmp_path / name)
        assert name in message and reason in message, (name, message)
    assert drafts.load_draft(data, reference) == before


def test_apply_refuses_when_the_agreement_changed_since_reading(data, tmp_path, example_answers):
    reference, out = sent(data, tmp_path, example_answers)
    document = docx.Document(str(out))
    replace_text(clause_paragraph(document, "2.1"), "2.1", LAWYER_TEXT)
    corrected = tmp_path / "corrige.docx"
    document.save(str(corrected))
    changes = read_lawyer_changes(data, reference, corrected, "fr")
    answers = drafts.load_draft(data, reference)
    answers["parties"][0]["phone"] = "514 555-0000"
    drafts.save_draft(data, reference, answers)
    with pytest.raises(UserInputError):
        apply_lawyer_changes(data, reference, changes, "fr")
    assert "clauses" not in drafts.load_draft(data, reference)


def test_a_signed_agreement_takes_no_corrections(data, tmp_path, example_answers):
    from datetime import date

    reference, out = sent(data, tmp_path, example_answers)
    av.export_version(data, reference, "fr")
    av.mark_signed(data, reference, date(2026, 11, 1), "fr")
    document = docx.Document(str(out))
    replace_text(clause_paragraph(document, "2.1"), "2.1", LAWYER_TEXT)
    corrected = tmp_path / "corrige.docx"
    document.save(str(corrected))
    changes = read_lawyer_changes(data, reference, corrected, "fr")
    with pytest.raises(UserInputError):
        apply_lawyer_changes(data, reference, changes, "fr")


def test_in_english_a_new_article_from_the_lawyer_comes_in_after_the_last_clause(data, tmp_path, example_answers):
    raw = example_answers("services-partages")
    raw["lang"] = "en"
    reference = drafts.create_draft(data, raw)
    out = tmp_path / "counsel.docx"
    export_agreement_docx(data, reference, out, "en")
    document = docx.Document(str(out))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1" and p.text[:1].isdigit()]
    last_clause = [p for p in document.paragraphs if re.match(r"\d+\.\d+\t", p.text)][-1]
    number = last_clause.text.split("\t", 1)[0]
    # the lawyer adds an article of their own after the last one, with two numbered clauses
    new_heading = document.add_paragraph(f"{len(headings) + 1}. Insurance", style="Heading 1")
    first = document.add_paragraph(f"{len(headings) + 1}.1\tEach party keeps liability insurance.")
    second = document.add_paragraph(f"{len(headings) + 1}.2\tProof is sent every year.")
    last_clause._p.addnext(second._p)
    last_clause._p.addnext(first._p)
    last_clause._p.addnext(new_heading._p)
    corrected = tmp_path / "corrected.docx"
    document.save(str(corrected))
    changes = read_lawyer_changes(data, reference, corrected, "en")
    assert [(c.kind, c.number) for c in changes.clauses] == [(ADDED, number), (ADDED, number)]
    assert [c.after for c in changes.clauses] == ["Each party keeps liability insurance.", "Proof is sent every year."]
    assert [(o.before, o.after) for o in changes.outside] == [("", f"{len(headings) + 1}. Insurance")]
    lines = summary_lines(changes, "en")
    assert lines[0].startswith(f"The lawyer's corrections to agreement {reference}")
    assert "To type again in the wizard" in "\n".join(lines)
    apply_lawyer_changes(data, reference, changes, "en")
    added = drafts.load_draft(data, reference)["clauses"]["added"]
    assert [a["title"] for a in added] == [t("docx_added_title", "en")] * 2
    version = av.export_version(data, reference, "en")
    assert verify_pdf_bytes(version.pdf, "en").status == "ok"
    assert "Proof is sent every year." in " ".join(pdf_text(version.pdf).split())


def test_numbers_taken_over_by_words_own_list_numbering_still_match(data, tmp_path, example_answers):
    """A lawyer who turns the clauses into a Word numbered list: the numbers leave the text, the
    clauses are found by their text, and only the one reworded is a change."""
    reference, out = sent(data, tmp_path, example_answers)
    document = docx.Document(str(out))
    for paragraph in document.paragraphs:
        if re.match(r"\d+\.\d+\t", paragraph.text):
            number, text = paragraph.text.split("\t", 1)
            if number == "3.1":
                text = text.replace(".", ", sauf entente contraire.", 1)
            replace_text(paragraph, "", text)
            paragraph.runs[0].text = text
    corrected = tmp_path / "liste-word.docx"
    document.save(str(corrected))
    changes = read_lawyer_changes(data, reference, corrected, "fr")
    assert [(c.kind, c.number) for c in changes.clauses] == [(CHANGED, "3.1")]
    assert "sauf entente contraire" in changes.clauses[0].after


def test_an_incomplete_draft_is_not_sent_and_says_why(data, tmp_path, example_answers):
    raw = example_answers()
    raw["parties"][1]["name"] = ""
    reference = drafts.create_draft(data, raw)
    out = tmp_path / "incomplet.docx"
    with pytest.raises(UserInputError) as caught:
        export_agreement_docx(data, reference, out, "fr")
    words = say_error(caught.value, "fr")
    assert "avant de passer par un juriste" in words and "Partie 2" in words
    assert not out.exists()

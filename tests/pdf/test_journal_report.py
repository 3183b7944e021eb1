"""The funder report PDF: sections and contents in both languages, embedded fonts, escaping."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from partage_desktop import datadir
from partage_desktop.core.journal import Scope
from partage_desktop.services import journal as svc
from partage_desktop.services.database import prepare
from partage_desktop.services.demo import create_demo
from partage_desktop.services.journal_report import export_report, next_steps_of


@pytest.fixture
def data(data_dir):
    d = datadir.resolve(str(data_dir))
    prepare(d, "fr")
    create_demo(d, 150, "fr", today=date(2026, 11, 23))
    return d


def _text(path):
    reader = PdfReader(path)
    return reader, "\n".join(p.extract_text() for p in reader.pages)


@pytest.mark.parametrize(("lang", "headings"), [
    ("fr", ["Table des matières", "1. Le projet de partage", "6. Indicateurs", "Bénéfice net",
            "8. Difficultés et façon de les régler", "9. Prochaines étapes", "Page 1 de"]),
    ("en", ["Contents", "1. The sharing project", "6. Indicators", "Net benefit",
            "8. Difficulties and how they were handled", "9. Next steps", "Page 1 of"]),
])
def test_report_has_every_section_in_the_chosen_language(data, tmp_path, lang, headings):
    out = tmp_path / f"rapport-{lang}.pdf"
    pages = export_report(data, out, lang, Scope(project_id=1), today=date(2026, 11, 23))
    reader, text = _text(out)
    assert pages == len(reader.pages) >= 3
    for heading in headings:
        assert heading in text, heading
    assert re.search(r"ENT-\d{4}-\d{4}", text)  # the agreement's reference and its fingerprint table
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), font["/BaseFont"]
    assert fonts and all("DejaVu" in str(f) for f in fonts)
    assert reader.metadata.title.startswith("Rapport" if lang == "fr" else "Report")


def test_user_text_prints_as_typed_and_period_filters(data, tmp_path):
    svc.save_entry(data, svc.EntryData(project_id=1, kind="difficulty", entry_date=date(2026, 11, 20),
                                       title="Bris <urgent> & « imprévu »",
                                       body="Prochaines étapes :\nAppeler Tom&Jerry <garage>\n\n"
                                            "- Réserver **vite** la salle\n2 * 3 = 6"))
    out = tmp_path / "r.pdf"
    export_report(data, out, "fr", Scope(1, date(2026, 11, 1), date(2026, 11, 30)), today=date(2026, 11, 23))
    _, text = _text(out)
    assert "Bris <urgent> & « imprévu »" in text
    assert "Appeler Tom&Jerry <garage>" in text
    assert "• Réserver vite la salle" in text and "2 * 3 = 6" in text  # lists and emphasis
    assert "Période du 1er novembre 2026 au 30 novembre 2026" in text


def test_next_steps_are_read_from_the_prompts():
    body = "Participants :\nA\n\nProchaines étapes :\n- Réserver la salle\n- Écrire au CA\n\nAutre :"
    assert next_steps_of(body) == ["Réserver la salle", "Écrire au CA"]
    assert next_steps_of("Next steps: call the insurer") == ["call the insurer"]

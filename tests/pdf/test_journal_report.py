"""The funder report PDF: sections and contents in both languages, embedded fonts, escaping."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.demo.sample import create_demo
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.report import export_report, next_steps_of


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


def _footer_pieces(page):
    """(text, x) of what is drawn on the footer line (y = 1.2 cm)."""
    pieces = []

    def visit(text, cm_, tm, font_dict, font_size):
        if text.strip() and abs(tm[5] - 1.2 * 72 / 2.54) < 1:
            pieces.append((text, tm[4]))

    page.extract_text(visitor_text=visit)
    return pieces


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_project_name_is_cut_before_the_page_number(data, tmp_path, lang):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from partage_desktop.pdf.fonts import SANS

    long_name = "Locaux partagés rue Champlain et entrepôt commun des organismes du Haut-Richelieu " * 2
    project = svc.save_project(data, svc.ProjectData(name=long_name.strip()))
    out = tmp_path / "long.pdf"
    export_report(data, out, lang, Scope(project_id=project.id), today=date(2026, 11, 23))
    reader = PdfReader(out)
    for page in reader.pages:
        pieces = _footer_pieces(page)
        title = next(text for text, _ in pieces if text.startswith(("Rapport", "Report")))
        number_x = next(x for text, x in pieces if text.startswith("Page"))
        assert title.rstrip().endswith("…")
        assert 2 * 72 / 2.54 + stringWidth(title, SANS, 8) < number_x - 10  # a clear gap, no overlap


def test_every_activity_is_listed_and_a_cap_is_stated(data, tmp_path, monkeypatch):
    from partage_desktop.services.journal import report as journal_report

    report = journal_report.gather(data, Scope(), "fr", today=date(2026, 11, 23))
    assert report.totals["activities"] > 40
    assert len(report.activities) == report.totals["activities"]  # all of them, not the latest 40
    out = tmp_path / "all.pdf"
    export_report(data, out, "fr", Scope(), today=date(2026, 11, 23))
    _, text = _text(out)
    assert "plus récentes des" not in text
    monkeypatch.setattr(journal_report, "ACTIVITIES_CAP", 5)
    export_report(data, out, "fr", Scope(), today=date(2026, 11, 23))
    _, text = _text(out)
    total = report.totals["activities"]
    assert f"Les 5 plus récentes des {total} réunions et décisions de la période sont listées" in text.replace("\n", " ")


def test_checkups_and_charts_follow_the_period_in_english(data, tmp_path):
    from partage_desktop.services.journal import report as journal_report

    scope = Scope(None, date(2025, 6, 1), date(2025, 12, 31))
    report = journal_report.gather(data, scope, "en", today=date(2026, 11, 23))
    taken = [c.taken_on for items in report.checkups.values() for c in items]
    assert taken and all(scope.date_from <= d <= scope.date_to for d in taken)
    assert [m.month for m in report.figures.months] == [f"2025-{m:02d}" for m in range(6, 13)]
    out = tmp_path / "en.pdf"
    export_report(data, out, "en", scope, today=date(2026, 11, 23))
    _, text = _text(out)
    flat = text.replace("\n", " ").replace("\u00a0", " ")
    assert "No health check-up was done in this period." in flat  # the project started in 2026
    assert "2026" not in flat.split("7. Partnership health")[-1].split("8. Difficulties")[0]
    assert "Jul 2025" in flat and "$0" in flat  # month labels and money axis in English
    assert not re.search(r"\d \$(?=\s|$)", flat) and not re.search(r"\b\d\d-\d\d\b", flat)
    assert "By partner, month by month" in flat
    assert "divided equally among the partners named on it" in flat


def test_partner_rows_add_up_to_the_totals_in_the_report(data, tmp_path):
    from decimal import Decimal

    from partage_desktop.services.journal import report as journal_report

    figures = journal_report.gather(data, Scope(), "fr", today=date(2026, 11, 23)).figures
    for field in ("hours", "saved", "avoided", "spent", "net"):
        assert sum((getattr(p, field) for p in figures.partners), Decimal(0)) == getattr(figures, field), field

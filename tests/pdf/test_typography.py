"""Typography of the archival layout (2): every bundled template, with 2, 6 and 12 parties bearing
long real-world names, in both languages, read back from the PDF as a reader would see it.

- a word of a party's name breaks at the end of a line only at a hyphenation point of the
  document's language (with a hyphen added), or just after its own hyphen — never at an arbitrary
  letter (« Carrefour emploi H / ochelaga-Maisonne / uve » in annex A was the reported case);
- no article heading, annex title or signatures heading ends a page alone;
- the initials boxes of the footer stay readable (and tell the parties apart) with 12 parties;
- ordinals print as superscripts (« 1er », « 2e », 1st), in user text and in dates.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pyphen
import pytest
from layout_pin import case_answers, example
from long_names import NAMES
from pypdf import PdfReader

from partage_desktop.core.agreements.render import build_document
from partage_desktop.pdf.agreement.draw import render_agreement
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, LEGACY
from partage_desktop.pdf.agreement.style import FOOTER_H
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import check_answers

HEADING_SIZE = 11.5  # the h1 style: articles, annexes, signatures
DICTIONARY = {"fr": "fr_FR", "en": "en_US"}


@dataclass
class Item:
    """One piece of text drawn on a page: where (from the bottom), in which font and size."""

    y: float
    size: float
    font: str
    text: str


def page_items(pdf: bytes) -> list[list[Item]]:
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        items: list[Item] = []

        def visit(text, cm, tm, font, size, items=items):
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font else ""
                items.append(Item(cm[5] + tm[5] * cm[3], size * tm[3] if tm[3] else size, name, text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(items)
    return pages


def cases() -> list[tuple[str, int, str]]:
    out = []
    for template_id, template in sorted(catalogue().templates.items()):
        for count in (2, 6, 12):
            if count <= template.max_parties:
                out += [(template_id, count, "fr"), (template_id, count, "en")]
    return out


CASES = cases()


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, int, str], tuple[bytes, list[str]]]:
    """Every case drawn once (layout 2), with the text of its pages."""
    out = {}
    for case in CASES:
        pdf = render_agreement(build_document(case_answers(*case)), ARCHIVAL)
        out[case] = (pdf, [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages])
    return out


def bad_breaks(word: str, text: str, lang: str) -> list[str]:
    """Every place where ``word`` is printed across a line end other than at a hyphenation point
    of ``lang`` followed by an added hyphen, or just after the word's own hyphen."""
    dictionary = pyphen.Pyphen(lang=DICTIONARY[lang])
    allowed = set(dictionary.positions(word))
    # the part after an elision hyphenates on its own (« L'Es-capade »)
    for run in re.finditer(r"[^\W\d_]+", word):
        allowed |= {run.start() + p for p in dictionary.positions(run.group())}
    pattern = r"(?<!\w)" + "".join(re.escape(c) + ("(-?\n)?" if i < len(word) - 1 else "")
                                    for i, c in enumerate(word)) + r"(?!\w)"
    found = []
    for match in re.finditer(pattern, text):
        for i in range(1, len(word)):
            cut = match.group(i)
            if not cut:
                continue
            own_hyphen = word[i - 1] == "-"
            if own_hyphen and cut == "\n":
                continue  # « Hochelaga- / Maisonneuve »
            if not own_hyphen and cut == "-\n" and i in allowed:
                continue  # « Hochelaga-Maison- / neuve »
            found.append(f"{word[:i]}{cut!r}{word[i:]}")
    return found


def name_words() -> set[str]:
    # words short enough to be unlikely to break, and to match across unrelated lines, left out
    return {w.strip("().,") for name in NAMES for w in name.split() if len(w.strip("().,")) >= 5}


@pytest.mark.parametrize("case", CASES, ids=lambda c: "-".join(map(str, c)) if isinstance(c, tuple) else c)
def test_party_names_break_only_at_hyphenation_points(rendered, case):
    _pdf, texts = rendered[case]
    text = "\n".join(texts)
    lang = case[2]
    broken = [b for word in sorted(name_words()) for b in bad_breaks(word, text, lang)]
    assert broken == []
    # the names are really there, whole or hyphenated (not lost in an overflowing cell)
    joined = re.sub(r"-\n", "", text).replace("\n", " ")
    for name in NAMES[: case[1]]:
        first = name.split()[0]
        assert first in joined


def test_the_reported_annex_a_cut_is_gone():
    """« Carrefour emploi H / ochelaga-Maisonne / uve » in the premises agreement's annex A,
    as the example prints it with layout 1; layout 2 breaks the name only where it may."""
    answers = check_answers(example("locaux-partages"), "fr").answers
    texts = {layout: "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(
        render_agreement(build_document(answers), layout))).pages) for layout in (LEGACY, ARCHIVAL)}
    assert bad_breaks("Hochelaga-Maisonneuve", texts[LEGACY], "fr")  # the check sees the old cut
    assert bad_breaks("Hochelaga-Maisonneuve", texts[ARCHIVAL], "fr") == []
    assert "Carrefour emploi Hochelaga-Maisonneuve" in texts[ARCHIVAL].replace("-\n", "-")


def test_hyphenation_check_refuses_a_cut_at_an_arbitrary_letter():
    assert bad_breaks("Hochelaga-Maisonneuve", "Hochelaga-Maisonne\nuve", "fr")
    assert bad_breaks("Hochelaga-Maisonneuve", "Ho\nchelaga-Maisonneuve", "fr")  # no hyphen added
    assert bad_breaks("Hochelaga-Maisonneuve", "Hochelaga-\nMaisonneuve", "fr") == []
    assert bad_breaks("Hochelaga-Maisonneuve", "Hochelaga-Mai-\nsonneuve", "fr") == []


def _widowed_headings(pdf: bytes) -> list[str]:
    problems = []
    pages = page_items(pdf)
    for number, items in enumerate(pages, start=1):
        body = [i for i in items if i.y > FOOTER_H]
        for heading in (i for i in body if i.size == HEADING_SIZE and "Bold" in i.font):
            below = [i for i in body if i.y < heading.y - 1]
            if heading.text.startswith(("Annexe", "Schedule")):
                # the table's header row (bold, smaller) must follow on the same page
                ok = any("Bold" in i.font and i.size < 9 for i in below)
            elif heading.text.startswith("Signatures"):
                ok = any(i.text.startswith("Signature") for i in below)
            else:
                ok = bool(below)
            if not ok:
                problems.append(f"page {number}: {heading.text}")
    return problems


def test_no_heading_ends_a_page_alone(rendered):
    problems = {case: _widowed_headings(pdf) for case, (pdf, _texts) in rendered.items()}
    assert {case: found for case, found in problems.items() if found} == {}


def test_initials_boxes_stay_readable_with_12_parties(rendered):
    for case in [c for c in CASES if c[1] == 12][:4]:
        pdf, _texts = rendered[case]
        for items in page_items(pdf)[:2]:
            labels = [i.text for i in items if abs(i.size - 5.2) < 0.01]
            assert len(labels) == 12, case
            assert len(set(labels)) == 12, labels  # every box tells its party apart
            assert all(len(label.rstrip("…")) >= 3 for label in labels), labels


def test_ordinals_print_as_superscripts():
    raw = example("locaux-partages")
    raw["fields"]["premises_address"] = "3555, rue Sainte-Catherine Est, 2e étage, Montréal (Québec) H2E 1J9"
    raw["fields"]["spaces"][0]["space"] = "Bureau 204, 1er étage"
    raw["fields"]["head_lease_end"] = "2029-07-01"  # printed « 1er juillet 2029 »
    answers = check_answers(raw, "fr").answers

    def drawn(layout: int) -> list[Item]:
        return [i for page in page_items(render_agreement(build_document(answers), layout)) for i in page
                if i.y > FOOTER_H]

    def superscripts(items: list[Item]) -> set[str]:
        return {i.text for i in items if i.size < 8 and i.text in ("er", "e", "re")}

    assert superscripts(drawn(LEGACY)) == set()
    found = drawn(ARCHIVAL)
    assert {"er", "e"} <= superscripts(found)
    text = " ".join(i.text for i in found)
    assert "H2E 1J9" in text  # a postal code is not an ordinal


def test_english_ordinals_too():
    raw = example("pret-materiel")
    raw["lang"] = "en"
    raw["fields"]["items"][0]["description"] = "Van for the 1st, 2nd, 3rd and 4th floors"
    answers = check_answers(raw, "en").answers
    items = [i for page in page_items(render_agreement(build_document(answers), ARCHIVAL)) for i in page]
    assert {"st", "nd", "rd", "th"} <= {i.text for i in items if i.size < 8}


def test_a_word_too_long_for_its_column_gets_room_not_a_cut():
    """A column too narrow for a word that has no hyphenation point takes room from the others,
    and the word prints whole on one line."""
    from reportlab.platypus import Paragraph

    from partage_desktop.core.agreements.document import Table as DocTable
    from partage_desktop.pdf.agreement.story import _table
    from partage_desktop.pdf.agreement.style import _styles, typeset
    from partage_desktop.pdf.fonts import register_fonts

    register_fonts()
    st = typeset(_styles(), "fr")
    address = "coordination.generale@regroupement-des-aidants.example"
    doc_table = DocTable(("Courriel", "Rôle", "Précisions"), ((address, "Direction", "Du lundi au vendredi"),),
                         widths=(1, 3, 3))
    table = _table(doc_table, st, 400, numeric_from=4)
    table.wrap(400, 1000)
    assert abs(sum(table._colWidths) - 400) < 0.01
    cell = table._cellvalues[1][0]
    cell = cell[0] if isinstance(cell, (list, tuple)) else cell
    assert isinstance(cell, Paragraph)
    cell.wrap(table._colWidths[0] - 8, 1000)
    assert len(cell.blPara.lines) == 1  # whole, on one line, in a column widened for it
    assert table._colWidths[0] > 400 / 7


def test_real_names_fit_their_cells_at_the_normal_size(rendered):
    """Long names with hyphens and apostrophes need neither a smaller font nor a cut: the only
    serif text smaller than the cell font is the notices, marks and superscripts."""
    pdf, _texts = rendered[("locaux-partages", 12, "fr")]
    shrunk = [i.text for page in page_items(pdf) for i in page
              if i.y > FOOTER_H and i.size < 8.7 and len(i.text) > 3 and "Serif" in i.font
              and not any(k in i.font for k in ("Bold", "Italic", "Oblique"))]
    assert shrunk == []

"""The Markdown subset of the guide articles: parsed once, rendered to HTML and to print."""

from __future__ import annotations

from partage_desktop.core.guides import markdown_blocks as mb
from partage_desktop.services.guides.library import library

SAMPLE = """## Ce qu'on écrit

Un **camion** prêté, *gratuitement*, voir [l'article](guide:continuum) et
[le modèle](template:pret-materiel).

- [ ] Appeler l'assureur
- [x] Faire la **fiche** de remise
- Les conducteurs :
  - nommés;
  - avec permis
    valide.

1. Premier
2. Second

| Terme | Sens |
|---|---|
| NEQ | Numéro d'entreprise |

![Le continuum](img/continuum-fr.svg)

---

Du code `a<b` et 5 * 3 = 15 et un_mot_souligné.
"""


def test_blocks_of_every_kind():
    blocks = mb.parse(SAMPLE)
    kinds = [type(b).__name__ for b in blocks]
    assert kinds == ["Heading", "Paragraph", "ListBlock", "ListBlock", "Table", "Image", "Rule", "Paragraph"]
    para = blocks[1]
    assert mb.plain(para.spans).startswith("Un camion prêté, gratuitement, voir l'article et le modèle")
    assert [s.text for s in para.spans if s.bold] == ["camion"]
    assert [(s.text, s.link) for s in para.spans if s.link] == [
        ("l'article", "guide:continuum"), ("le modèle", "template:pret-materiel")]
    checklist = blocks[2]
    assert [i.checkbox for i in checklist.items] == [True, True, False]
    nested = checklist.items[2].children[0]
    assert [mb.plain(i.spans) for i in nested.items] == ["nommés;", "avec permis valide."]
    assert blocks[3].ordered and len(blocks[3].items) == 2
    assert mb.plain(blocks[4].rows[0][1]) == "Numéro d'entreprise"
    assert blocks[5] == mb.Image("Le continuum", "img/continuum-fr.svg")
    last = blocks[7]
    assert [s.text for s in last.spans if s.code] == ["a<b"]
    assert mb.plain(last.spans).endswith("5 * 3 = 15 et un_mot_souligné.")
    assert not any(s.italic for s in last.spans)


def test_html_escapes_text_and_filters_links():
    html = mb.to_html(mb.parse("Tom & <Jerry> [ici](https://example.org/?a=1&b=2) [x](app:journal)"),
                      link=lambda target: None if target.startswith("app:") else target)
    assert "Tom &amp; &lt;Jerry&gt;" in html
    assert 'href="https://example.org/?a=1&amp;b=2"' in html
    assert "app:journal" not in html


def test_every_article_leaves_no_markdown_markers_behind():
    problems = []
    for lang in ("fr", "en"):
        for article in library(lang).articles.values():
            html = mb.to_html(mb.parse(article.body))
            for marker in ("**", "](", "[ ]", "|---"):
                if marker in html:
                    problems.append((lang, article.id, marker))
    assert problems == []


def test_bare_addresses_are_links():
    spans = mb.parse_inline("Voir https://tiess.ca. Ou (http://petitguidemutualisation.rcaaq.org/) et [x](guide:a).")
    assert [(s.text, s.link) for s in spans if s.link] == [
        ("https://tiess.ca", "https://tiess.ca"),
        ("http://petitguidemutualisation.rcaaq.org/", "http://petitguidemutualisation.rcaaq.org/"),
        ("x", "guide:a")]
    assert mb.plain(spans) == "Voir https://tiess.ca. Ou (http://petitguidemutualisation.rcaaq.org/) et x."


def test_a_bare_address_at_the_end_of_an_italic_sentence_stops_before_the_emphasis_mark():
    from partage_desktop.core.guides.markdown_blocks import parse_inline

    spans = parse_inline("*Ask the Commission: https://www.cai.gouv.qc.ca*")
    assert [(s.text, s.italic, s.link) for s in spans] == [
        ("Ask the Commission: ", True, None),
        ("https://www.cai.gouv.qc.ca", True, "https://www.cai.gouv.qc.ca")]


def test_emphasis_goes_on_after_a_link_inside_it():
    from partage_desktop.core.guides.markdown_blocks import parse_inline

    spans = parse_inline("*consultez la Commission ([cai.gouv.qc.ca](https://www.cai.gouv.qc.ca)).*")
    assert [(s.text, s.italic) for s in spans] == [
        ("consultez la Commission (", True), ("cai.gouv.qc.ca", True), (").", True)]
    assert "*" not in "".join(s.text for s in spans)


def test_no_guide_article_shows_a_stray_emphasis_mark():
    from partage_desktop.core.guides.markdown_blocks import parse_inline
    from partage_desktop.platform.resources import guides_dir

    leftovers = []
    for path in sorted([*guides_dir("fr").glob("*.md"), *guides_dir("en").glob("*.md")]):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.startswith(("#", "|", "```", "- ", "* ", "1.")) or not line.strip():
                continue
            text = "".join(s.text for s in parse_inline(line))
            if "*" in text:
                leftovers.append(f"{path.parent.name}/{path.name}:{number}")
    assert leftovers == []

"""Every guide article parses, every link and related id resolves, both languages match."""

from __future__ import annotations

import pytest

from partage_desktop.platform.resources import resource_path
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.guides.library import library

APP_TARGETS = {"journal", "agreements", "organizations", "guides", "selfassess-continuum",
               "selfassess-readiness", "selfassess-energy"}
LANGS = ("fr", "en")


def test_both_languages_have_the_same_articles():
    fr, en = library("fr"), library("en")
    assert len(fr.articles) >= 20
    assert set(fr.articles) == set(en.articles)


@pytest.mark.parametrize("lang", LANGS)
def test_every_reference_resolves(lang):
    lib = library(lang)
    themes = {t.id for t in lib.themes}
    templates = set(catalogue().templates)
    problems = []
    for article in lib.articles.values():
        if article.theme not in themes:
            problems.append(f"{article.id}: theme {article.theme}")
        problems += [f"{article.id}: related {r}" for r in article.related if r not in lib.articles]
        problems += [f"{article.id}: template {t}" for t in article.templates if t not in templates]
        for _text, target in article.links():
            kind, _, value = target.partition(":")
            if kind == "guide" and value not in lib.articles:
                problems.append(f"{article.id}: link to guide {value}")
            elif kind == "template" and value not in templates:
                problems.append(f"{article.id}: link to template {value}")
            elif kind == "app" and value not in APP_TARGETS:
                problems.append(f"{article.id}: link to app {value}")
            elif kind not in ("guide", "template", "app", "https", "http", "mailto") and not target.startswith("img/"):
                problems.append(f"{article.id}: odd link {target}")
            elif target.startswith("img/") and not (resource_path("guides") / target).is_file():
                problems.append(f"{article.id}: missing image {target}")
        if not article.title.strip() or not article.summary.strip() or len(article.plain_text()) < 800:
            problems.append(f"{article.id}: too thin")
    assert problems == []


def test_headers_agree_across_languages():
    fr, en = library("fr"), library("en")
    for article_id, a in fr.articles.items():
        b = en.articles[article_id]
        assert (a.theme, a.order, a.templates, a.related, a.help) == (b.theme, b.order, b.templates, b.related, b.help), article_id


@pytest.mark.parametrize("lang", LANGS)
def test_help_contexts_point_to_one_article_each(lang):
    seen: dict[str, str] = {}
    for article in library(lang).articles.values():
        for context in article.help:
            assert context not in seen, f"{context} in {seen.get(context)} and {article.id}"
            seen[context] = article.id
    for context in ("home", "wizard.template", "wizard.parties", "wizard.costs", "wizard.review", "journal"):
        assert context in seen


def test_every_template_is_explained_by_some_article():
    covered = {t for a in library("fr").articles.values() for t in a.templates}
    assert set(catalogue().templates) <= covered


TOPICS = {  # what the library must cover (issue #5) → the article that does
    "what sharing is": "partage-ressources", "mutualisation": "mutualisation", "continuum": "continuum",
    "premises": "partager-locaux", "equipment": "partager-equipement", "staff": "partager-personnel",
    "expertise": "partager-expertise", "services": "partager-services", "knowledge": "partager-connaissances",
    "data": "partager-donnees", "formal forms": "formes-formelles", "joint structures": "structures-communes",
    "challenges": "defis", "what helps": "facteurs-reussite", "steps": "etapes-projet",
    "legal basics": "bases-juridiques", "Law 25": "renseignements-personnels",
    "board and signatures": "autorisation-signature", "measuring": "mesurer-rendre-compte",
    "examples": "exemples", "further reading": "lectures-ressources", "glossary": "glossaire",
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_topic_of_the_issue_has_its_article(lang):
    lib = library(lang)
    assert set(TOPICS.values()) <= set(lib.articles)
    assert "img/continuum-" in lib.articles["continuum"].body
    kinds = [a for a in lib.articles.values() if a.theme == "quoi" and a.id != "quoi-partager"]
    assert len(kinds) == 7 and all(a.templates for a in kinds)  # one per kind, with its template


@pytest.mark.parametrize("lang", LANGS)
def test_further_reading_gives_public_addresses(lang):
    targets = {target for _text, target in library(lang).articles["lectures-ressources"].links()}
    body = library(lang).articles["lectures-ressources"].body
    for address in ("tiess.ca", "petitguidemutualisation.rcaaq.org", "economiesocialevhsl.org",
                    "tncdc.qc.ca", "chantier.qc.ca"):
        assert address in body, address
    assert all(t.startswith(("https://", "http://", "guide:")) for t in targets)


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_defines_the_core_terms(lang):
    body = library(lang).articles["glossaire"].body
    for term in ("OBNL", "CDC", "NEQ", "mutualisation", "indivision", "prêt à usage", "avenant"):
        assert term.lower() in body.lower(), term


@pytest.mark.parametrize("lang", LANGS)
def test_each_step_has_a_checklist(lang):
    from partage_desktop.core.guides import markdown_blocks as mb

    blocks = mb.parse(library(lang).articles["etapes-projet"].body)
    steps, current = {}, None
    for block in blocks:
        if isinstance(block, mb.Heading) and block.level == 2:
            current = mb.plain(block.spans)
            steps[current] = 0
        elif isinstance(block, mb.ListBlock) and current:
            steps[current] += sum(item.checkbox for item in block.items)
    numbered = {title: n for title, n in steps.items() if title[:1].isdigit()}
    assert len(numbered) >= 5 and all(numbered.values()), steps

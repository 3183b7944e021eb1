"""The guide library and its search, loaded lazily once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from partage_desktop.core.folding import query_terms, strip_accents
from partage_desktop.core.guides.library import GuideLibrary, load_library
from partage_desktop.platform.resources import resource_path

if TYPE_CHECKING:
    from partage_desktop.store.guide_search import GuideIndex


@cache
def library(lang: str) -> GuideLibrary:
    return load_library(resource_path("guides"), lang)


@cache
def _index(lang: str) -> GuideIndex:
    from partage_desktop.store.guide_search import (  # deferred: not needed at start-up
        GuideIndex,
        IndexedArticle,
    )

    articles = [
        IndexedArticle(a.id, a.title, ", ".join(a.keywords), a.summary, a.plain_text())
        for a in library(lang).articles.values()
    ]
    return GuideIndex(articles)


def prepare_search(lang: str) -> None:
    """Build the search index ahead of the first search (on the thread that will search: the
    index is an in-memory SQLite database)."""
    _index(lang)


@dataclass(frozen=True)
class GuideResult:
    id: str
    title: str
    summary: str
    score: float
    snippet: str  # highlighted with \x02 … \x03


def search(query: str, lang: str, limit: int = 20) -> list[GuideResult]:
    lib = library(lang)
    out = []
    for hit in _index(lang).search(query, limit):
        article = lib.articles[hit.id]
        out.append(GuideResult(hit.id, article.title, article.summary, round(hit.score, 6), hit.snippet))
    return out


def suggestions(lang: str, query: str = "", count: int = 5) -> list[str]:
    """Words to try when a search finds nothing: first the library's words closest to what was
    typed (a typo, a missing letter), then its most common keywords; each one finds something."""
    from difflib import get_close_matches


    lib = library(lang)
    counts: dict[str, int] = {}
    for article in lib.articles.values():
        for keyword in article.keywords:
            counts[keyword] = counts.get(keyword, 0) + 1
    vocabulary = _vocabulary(lang)
    close: list[str] = []
    for term in query_terms(query):
        key = strip_accents(term).lower()
        close += [vocabulary[k] for k in get_close_matches(key, list(vocabulary), n=3, cutoff=0.7)]
    common = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    out: list[str] = []
    for word in close + common:
        if word not in out and word.lower() != query.strip().lower() and search(word, lang, limit=1):
            out.append(word)
        if len(out) == count:
            break
    return out


@cache
def _vocabulary(lang: str) -> dict[str, str]:
    """Folded form → displayed form of every keyword and title word of four letters or more."""

    words: dict[str, str] = {}
    for article in library(lang).articles.values():
        for text in (*article.keywords, article.title):
            for word in ([text] if text in article.keywords else []) + query_terms(text):
                if len(word) >= 4:
                    words.setdefault(strip_accents(word).lower(), word.lower())
    return words


def template_titles(lang: str) -> dict[str, str]:
    from partage_desktop.services.agreements.catalogue import (  # deferred: not needed at start-up
        catalogue,
    )

    return {t.id: t.title[lang] for t in catalogue().templates.values()}

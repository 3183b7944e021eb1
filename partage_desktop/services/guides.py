"""The guide library and its search, loaded lazily once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..core.guides import GuideLibrary, load_library
from ..resources import resource_path


@cache
def library(lang: str) -> GuideLibrary:
    return load_library(resource_path("guides"), lang)


@cache
def _index(lang: str):  # type: ignore[no-untyped-def]
    from ..store.guide_search import GuideIndex, IndexedArticle

    articles = [
        IndexedArticle(a.id, a.title, ", ".join(a.keywords), a.summary, a.plain_text())
        for a in library(lang).articles.values()
    ]
    return GuideIndex(articles)


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


def suggestions(lang: str) -> list[str]:
    """Words to suggest when a search finds nothing: the library's most common keywords."""
    counts: dict[str, int] = {}
    for article in library(lang).articles.values():
        for keyword in article.keywords:
            counts[keyword] = counts.get(keyword, 0) + 1
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]]


def template_titles(lang: str) -> dict[str, str]:
    from .catalogue import catalogue

    return {t.id: t.title[lang] for t in catalogue().templates.values()}

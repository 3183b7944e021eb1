"""The guide library: articles (Markdown with a TOML header) and their themes, per language."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

LANGS = ("fr", "en")
HEADER_KEYS = ("id", "title", "summary", "theme", "order", "keywords", "templates", "related", "help")
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")


class GuideError(Exception):
    """A bundled article is malformed (a bug in the content, found by the test suite)."""


@dataclass(frozen=True)
class GuideArticle:
    id: str
    lang: str
    title: str
    summary: str
    theme: str
    order: int
    keywords: tuple[str, ...]
    templates: tuple[str, ...]
    related: tuple[str, ...]
    help: tuple[str, ...]
    body: str  # Markdown

    def links(self) -> list[tuple[str, str]]:
        """(text, target) of every Markdown link in the body."""
        return LINK.findall(self.body)

    def plain_text(self) -> str:
        return markdown_to_text(self.body)


@dataclass(frozen=True)
class Theme:
    id: str
    title: dict[str, str]


def parse_article(text: str, lang: str, name: str) -> GuideArticle:
    if not text.startswith("+++\n"):
        raise GuideError(f"{name}: missing +++ header")
    try:
        head, body = text[4:].split("\n+++\n", 1)
        header = tomllib.loads(head)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise GuideError(f"{name}: bad header ({exc})") from exc
    missing = [k for k in HEADER_KEYS if k not in header]
    if missing:
        raise GuideError(f"{name}: header lacks {missing}")
    return GuideArticle(
        id=str(header["id"]), lang=lang, title=str(header["title"]), summary=str(header["summary"]),
        theme=str(header["theme"]), order=int(header["order"]),
        keywords=tuple(map(str, header["keywords"])), templates=tuple(map(str, header["templates"])),
        related=tuple(map(str, header["related"])), help=tuple(map(str, header["help"])),
        body=body.strip() + "\n",
    )


@dataclass(frozen=True)
class GuideLibrary:
    lang: str
    themes: tuple[Theme, ...]
    articles: dict[str, GuideArticle]

    def get(self, article_id: str) -> GuideArticle | None:
        return self.articles.get(article_id)

    def by_theme(self) -> list[tuple[Theme, list[GuideArticle]]]:
        out = []
        for theme in self.themes:
            items = sorted((a for a in self.articles.values() if a.theme == theme.id), key=lambda a: (a.order, a.id))
            out.append((theme, items))
        return out

    def for_help(self, context_id: str) -> GuideArticle | None:
        for article in self.articles.values():
            if context_id in article.help:
                return article
        return None

    def see_also(self, article_id: str) -> list[GuideArticle]:
        """Related articles both ways: the ones this article names, then those naming it."""
        article = self.articles[article_id]
        ids = list(article.related)
        ids += sorted(a.id for a in self.articles.values() if article_id in a.related and a.id not in ids)
        return [self.articles[i] for i in ids if i in self.articles and i != article_id]


def load_library(guides_root: Path, lang: str) -> GuideLibrary:
    with (guides_root / "themes.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    themes = tuple(Theme(t["id"], dict(t["title"])) for t in raw["themes"])
    articles = {}
    for path in sorted((guides_root / lang).glob("*.md")):
        article = parse_article(path.read_text("utf-8"), lang, path.name)
        if article.id != path.stem:
            raise GuideError(f"{path.name}: id {article.id!r} differs from the file name")
        articles[article.id] = article
    return GuideLibrary(lang, themes, articles)


_MD_PATTERNS = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep the description
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links: keep the text
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),  # headings
    (re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s+", re.MULTILINE), ""),  # checklists
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),  # list markers
    (re.compile(r"^\s*>\s?", re.MULTILINE), ""),  # quotes
    (re.compile(r"(\*\*|__|\*|_|`)"), ""),  # emphasis and code
    (re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE), ""),  # table rules
    (re.compile(r"\|"), " "),
]


def markdown_to_text(markdown: str) -> str:
    text = markdown
    for pattern, repl in _MD_PATTERNS:
        text = pattern.sub(repl, text)
    return re.sub(r"[ \t]+", " ", text).strip()

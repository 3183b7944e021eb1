"""Print guide articles: one article or a chosen set as a PDF booklet with a table of contents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from partage_desktop.core.formatting import french_spacing
from partage_desktop.pdf.guides.booklet import Booklet, render_booklet
from partage_desktop.platform import atomic
from partage_desktop.platform.resources import resource_path
from partage_desktop.services.guides.library import library, template_titles
from partage_desktop.words import t


class UnknownArticles(ValueError):
    """Some requested article ids are not in the library."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(", ".join(ids))
        self.ids = ids


def booklet_pdf(article_ids: Sequence[str], lang: str, title: str | None = None,
                printed: date | None = None) -> bytes:
    """The PDF bytes of the booklet: articles in the order given, contents page when more than one."""

    lib = library(lang)
    unknown = [i for i in article_ids if lib.get(i) is None]
    if unknown or not article_ids:
        raise UnknownArticles(unknown)
    articles = [lib.articles[i] for i in dict.fromkeys(article_ids)]
    if title is None:
        title = articles[0].title if len(articles) == 1 else t("booklet_title", lang)
    booklet = Booklet(
        title=french_spacing(title) if lang == "fr" else title,
        articles=articles, lang=lang, image_dir=resource_path("guides"),
        template_titles=template_titles(lang),
        see_also={a.id: [o.id for o in lib.see_also(a.id)] for a in articles},
        article_titles={a.id: a.title for a in lib.articles.values()},
        printed=printed or date.today(), contents=len(articles) > 1)
    return render_booklet(booklet)


def export_booklet(article_ids: Sequence[str], lang: str, out: Path, title: str | None = None) -> Path:
    """Writes the booklet atomically: either the whole PDF is at ``out`` or nothing changed."""
    data = booklet_pdf(article_ids, lang, title)
    atomic.write_bytes(out, data)
    return out

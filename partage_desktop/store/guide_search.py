"""Full-text search over the guide library: an in-memory SQLite FTS5 index built at first use.

Two FTS5 tables index the same folded text: one folds accents (``remove_diacritics 2``) and finds
``école`` from ``ecole``; the other keeps them, so that results matching the query exactly as typed
(accents included) rank before results that only match once accents are folded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from partage_desktop.core.folding import fold, query_terms
from partage_desktop.core.snippets import HIGHLIGHT_END as HIGHLIGHT_END
from partage_desktop.core.snippets import HIGHLIGHT_START as HIGHLIGHT_START
from partage_desktop.core.snippets import folded_copy, snippet

# bm25 weights per column: title, keywords, summary, body
_WEIGHTS = (10.0, 6.0, 3.0, 1.0)
_COLUMNS = ("title", "keywords", "summary", "body")


@dataclass(frozen=True)
class IndexedArticle:
    id: str
    title: str
    keywords: str
    summary: str
    body: str  # plain text


@dataclass(frozen=True)
class GuideHit:
    id: str
    score: float  # higher is better
    title_hit: bool
    exact: bool
    snippet: str  # with HIGHLIGHT_START / HIGHLIGHT_END around matched words


class GuideIndex:
    def __init__(self, articles: list[IndexedArticle]) -> None:
        self._con = sqlite3.connect(":memory:", check_same_thread=False)
        cols = ", ".join(_COLUMNS)
        self._con.execute(f"CREATE VIRTUAL TABLE fold USING fts5(id UNINDEXED, {cols}, "
                          "tokenize = 'unicode61 remove_diacritics 2')")
        self._con.execute(f"CREATE VIRTUAL TABLE exact USING fts5(id UNINDEXED, {cols}, "
                          "tokenize = 'unicode61 remove_diacritics 0')")
        self._bodies = {a.id: a.body for a in articles}
        for body in self._bodies.values():
            folded_copy(body)  # snippets reuse it: the first keystroke is not the slow one
        rows = [(a.id, fold(a.title), fold(a.keywords), fold(a.summary), fold(a.body)) for a in articles]
        self._con.executemany("INSERT INTO fold VALUES (?, ?, ?, ?, ?)", rows)
        self._con.executemany("INSERT INTO exact VALUES (?, ?, ?, ?, ?)", rows)
        self._con.commit()
        self.search("e")  # warm SQLite's prefix lookup and the snippet code before the first key

    @staticmethod
    def _match_expression(query: str) -> str:
        terms = query_terms(query)
        if not terms:
            return ""
        quoted = [f'"{t}"' for t in terms]
        quoted[-1] += "*"  # instant search: the word being typed is a prefix
        return " AND ".join(quoted)

    def search(self, query: str, limit: int = 20) -> list[GuideHit]:
        expression = self._match_expression(query)
        if not expression:
            return []
        weights = ", ".join(str(w) for w in _WEIGHTS)
        rows = self._con.execute(
            f"SELECT id, bm25(fold, 0, {weights}) FROM fold WHERE fold MATCH ?", (expression,)).fetchall()
        exact_ids = {r[0] for r in self._con.execute("SELECT id FROM exact WHERE exact MATCH ?", (expression,))}
        title_ids = {r[0] for r in self._con.execute(
            "SELECT id FROM fold WHERE fold MATCH ?", ("{title} : (" + expression + ")",))}
        ranked = sorted(rows, key=lambda row: (row[0] not in title_ids, row[0] not in exact_ids, float(row[1]), row[0]))
        # snippets only for what is shown: they are the costly part of a keystroke
        return [
            GuideHit(id=row[0], score=-float(row[1]), title_hit=row[0] in title_ids, exact=row[0] in exact_ids,
                     snippet=snippet(self._bodies[row[0]], query, HIGHLIGHT_START, HIGHLIGHT_END))
            for row in ranked[:limit]
        ]

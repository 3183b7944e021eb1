"""Text folding for search: the parts SQLite's unicode61 tokenizer does not fold by itself.

FTS5 with ``remove_diacritics 2`` folds case and accents. Ligatures (``œuvre`` → ``oeuvre``) and
French elisions (``l'entente`` → ``entente``) are folded here, on the indexed text and on the query
alike, so that ``oeuvre`` finds ``œuvre`` and ``entente`` finds ``d'entente``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ﬁ": "fi", "ﬂ": "fl"})
_LIGATURE_PAIRS = (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("ﬁ", "fi"), ("ﬂ", "fl"))
_APOSTROPHES = "'’ʼ`´"
# l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu' at the start of a word
_ELISION = re.compile(
    r"\b(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldjmnstc])[" + _APOSTROPHES + r"](?=\w)",
    re.IGNORECASE,
)
_APOS = re.compile("[" + _APOSTROPHES + "]")


def fold(text: str) -> str:
    """Ligatures expanded, elisions removed, other apostrophes turned into spaces."""
    text = unicodedata.normalize("NFC", text)
    # Checks before work: the journal folds 100,000 entries at once (demo, import).
    for ligature, letters in _LIGATURE_PAIRS:
        if ligature in text:
            text = text.replace(ligature, letters)
    if any(a in text for a in _APOSTROPHES):
        text = _APOS.sub(" ", _ELISION.sub("", text))
    return text


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD = re.compile(r"\w+", re.UNICODE)


def query_terms(query: str) -> list[str]:
    """The words of a query, folded, as FTS5 will see them (no operators, no punctuation)."""
    return [w for w in _WORD.findall(fold(query)) if w.strip("_")]


@lru_cache(maxsize=8192)  # highlighting folds the same words over and over (journal search)
def _key(word: str) -> str:
    return strip_accents(fold(word)).lower().strip()


def highlight(text: str, query: str, start: str, end: str, width: int = 180) -> str:
    """A passage of ``text`` around the first word matching the query, matches wrapped in
    ``start``/``end``. Matching folds case, accents, ligatures and elisions; the last query word
    also matches as a prefix (instant search)."""
    terms = [_key(t) for t in query_terms(query)]
    if not terms:
        return text[:width]
    last = terms[-1]

    def matches(word: str) -> bool:
        key = _key(word)
        return any(key == t or key.endswith(" " + t) for t in terms) or key.startswith(last) or \
            any(part.startswith(last) for part in key.split())

    words = list(re.finditer(r"[\w'’]+", text))
    hits = [m for m in words if matches(m.group())]
    if not hits:
        return text[:width] + ("…" if len(text) > width else "")
    first = hits[0].start()
    lo = max(0, first - width // 3)
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < first else lo
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for m in hits:
        if m.start() < lo or m.end() > hi:
            continue
        out.append(text[pos:m.start()])
        out.append(start + m.group() + end)
        pos = m.end()
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(out).replace("\n", " ") + ("…" if hi < len(text) else "")

"""Search snippets found with one regular expression over a same-length folded copy of the text,
fast enough to run on every keystroke over long articles.

The folded copy maps each character to its lower-case, accent-free form when that is a single
character, so positions in the copy are positions in the original text. Ligatures (``œ``) stay as
they are in the copy and the query's ``oe`` also accepts ``œ``; an elision before a word
(``l'entente``) is part of the highlighted match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from partage_desktop.core.folding import query_terms, strip_accents

# Around the matched words of a snippet (search results of the guides and of the journal); each
# screen or listing turns them into its own highlighting.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

_APOSTROPHES = "'’ʼ`´"
_ELIDED = r"(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldjmnstc])[" + _APOSTROPHES + "]"
_LIGATURES = {"oe": "(?:oe|œ)", "ae": "(?:ae|æ)", "fi": "(?:fi|ﬁ)", "fl": "(?:fl|ﬂ)"}


class _FoldTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = strip_accents(ch).lower()
        value = folded if len(folded) == 1 else ch.lower() if len(ch.lower()) == 1 else ch
        self[code] = value
        return value


_TABLE = _FoldTable()


@lru_cache(maxsize=256)
def folded_copy(text: str) -> str:
    """``text`` lower-cased and without accents, character for character (same length)."""
    return unicodedata.normalize("NFC", text).translate(_TABLE) if not text.isascii() else text.lower()


def _term_pattern(term: str) -> str:
    key = strip_accents(term).lower()
    out, i = [], 0
    while i < len(key):
        pair = key[i:i + 2]
        if pair in _LIGATURES:
            out.append(_LIGATURES[pair])
            i += 2
        else:
            out.append(re.escape(key[i]))
            i += 1
    return "".join(out)


@lru_cache(maxsize=512)
def _matcher(query: str) -> re.Pattern[str] | None:
    terms = query_terms(query)
    if not terms:
        return None
    whole = [_term_pattern(t) + r"(?!\w)" for t in terms[:-1]]
    prefix = _term_pattern(terms[-1]) + r"\w*"  # the word being typed
    return re.compile(r"(?<!\w)(?:" + _ELIDED + r")?(?:" + "|".join([*whole, prefix]) + ")")


def snippet(text: str, query: str, start: str, end: str, width: int = 180) -> str:
    """A passage of ``text`` around the first match of the query, each match wrapped in
    ``start``/``end``; the beginning of the text when nothing matches."""
    text = unicodedata.normalize("NFC", text)
    matcher = _matcher(query)
    first = matcher.search(folded_copy(text)) if matcher else None
    if matcher is None or first is None:
        return text[:width].replace("\n", " ") + ("…" if len(text) > width else "")
    lo = max(0, first.start() - width // 3)
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < first.start() else lo
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for m in matcher.finditer(folded_copy(text), lo, hi):
        if m.end() > hi:
            break
        out += [text[pos:m.start()], start, text[m.start():m.end()], end]
        pos = m.end()
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(out).replace("\n", " ") + ("…" if hi < len(text) else "")

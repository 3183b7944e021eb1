"""The words of a resource, an offer or a need as matching compares them: folded the way search
folds them (ligatures, elisions, accents, capitals: core/folding.py) and with plurals reduced, so
that « Tentes », "tente" and « la tente » are one word.

An offers sheet's items keep these words (``board_item.words``) when imported, and ours are folded
the same way when matches are computed: the two sides always agree.
"""

from __future__ import annotations

import re

from partage_desktop.core.folding import fold, strip_accents

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# words too common to say two things are alike (French and English), once folded
_STOP_WORDS = """
a au aux avec ce ces dans de des du en et est il la le les leur leurs mais ou par pour que qui
sa se ses son sur un une une nos notre vos votre plus tres pas ni y
an and are as at be by for from in is it its of on or our the their this to with we you your very
"""
STOP = frozenset(_STOP_WORDS.split())


def stem(word: str) -> str:
    """A folded word with its plural taken off: -eaux → -eau, -aux → -al (« locaux » → « local »),
    then a final -s or -x on words of four letters or more (« tentes » → « tente », "vans" → "van")."""
    if word.endswith("eaux"):
        return word[:-1]
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) >= 4 and word[-1] in "sx" and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words_of(*texts: str) -> list[str]:
    """The distinct folded, stemmed words of ``texts``, stop words left out, in order of appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for raw in _WORD.findall(strip_accents(fold(text)).lower()):
            if len(raw) < 2 or raw in STOP or raw.isdigit():
                continue
            seen.setdefault(stem(raw), None)
    return list(seen)


def folded_words(*texts: str) -> str:
    """``words_of`` as one space-separated string (what ``board_item.words`` stores)."""
    return " ".join(words_of(*texts))

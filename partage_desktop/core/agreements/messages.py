"""The engine's messages (validation problems, where they are, the parties' details), worded by the
words catalogue: ``problem_<key>``, ``where_<key>``, ``party_key_<key>``.

Core imports ``partage_desktop.words`` (a leaf below every layer) so that its problems are worded in
one place; the GUI's own chrome is translated with Qt's tr().
"""

from __future__ import annotations

from partage_desktop.words import t, tn

# The problems whose wording depends on a number: the parameter that holds it.
COUNTED = {"too_few_items": "min", "too_few_parties": "count", "split_count": "count"}


def message(key: str, lang: str, **values: object) -> str:
    """A problem in ``lang``, in the singular or plural form its number takes."""
    count = COUNTED.get(key)
    if count is not None:
        return tn(f"problem_{key}", int(str(values[count])), lang, **values)
    return t(f"problem_{key}", lang, **values)


def where(key: str, lang: str, **values: object) -> str:
    """Where a problem is (« Partie 2 », « ligne 3 », « Clauses »…)."""
    return t(f"where_{key}", lang, **values)


def party_key(key: str, lang: str) -> str:
    """The name of one of a party's details (the words of the wizard's own labels)."""
    return t(f"party_key_{key}", lang)

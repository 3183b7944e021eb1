"""French typography and plural choice shared by every catalogue of words (core's labels too).

At the bottom of the package so that anything may use it: it imports nothing of Partage.
"""

from __future__ import annotations

NBSP = "\u00a0"
NNBSP = "\u202f"


def french_spacing(text: str) -> str:
    """Apply French typography: no-break spaces inside « » and before : ; ! ? %."""
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    for mark in (":", "%"):
        text = text.replace(" " + mark, NBSP + mark)
    for mark in (";", "!", "?"):
        text = text.replace(" " + mark, NNBSP + mark)
    return text


def is_singular(count: object, lang: str) -> bool:
    """French takes the singular for 0 and 1 (« 0 ligne »), English for 1 only."""
    try:
        number = abs(float(str(count)))
    except ValueError:
        return False
    return number < 2 if lang == "fr" else number == 1

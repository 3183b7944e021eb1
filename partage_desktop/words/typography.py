"""French typography and plural choice shared by every catalogue of words (core's labels too).

At the bottom of the package so that anything may use it: it imports nothing of Partage.
"""

from __future__ import annotations

import re

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


# ---------------------------------------------------------------- ordinals

# French: 1er 1re 1ers 1res, 2e 2es (and the common 2ème 1ère), 2nd 2nde; English: 1st 2nd 3rd 4th.
# A number preceded by a letter or a digit group separator is not an ordinal (postal code H2E,
# « 2,5e »), nor one followed by a letter, a digit, « @ » or a dot or hyphen joined to more text
# (1e5, 1st@example.org, 4th.example, 2e-3).
_ORDINAL = re.compile(
    r"(?<![\w#@/])(?<!\d[.,])(?<!\d\u00a0)(?<!\d\u202f)"
    r"(?P<number>\d{1,4})"
    r"(?P<suffix>ers|er|res|re|ères|ère|èmes|ème|es|e|ndes|nde|nds|nd|st|rd|th)"
    r"(?![\w@])(?![.\-/]\w)"
)
_TAG = re.compile(r"(<[^>]*>)")


def _agrees(number: str, suffix: str) -> bool:
    """Whether ``suffix`` goes with ``number``: 1er/1re/1st, 2nd, 3rd, 11th, 2e…"""
    value = int(number)
    if suffix in ("er", "ers", "re", "res", "ère", "ères"):
        return value == 1
    if suffix in ("e", "es", "ème", "èmes"):
        return value >= 2
    if suffix in ("nde", "ndes", "nds"):
        return value == 2
    teen = value % 100 in (11, 12, 13)
    last = value % 10
    if suffix == "st":
        return last == 1 and not teen
    if suffix == "nd":
        return last == 2 and not teen
    if suffix == "rd":
        return last == 3 and not teen
    return suffix == "th" and (teen or last not in (1, 2, 3))


def ordinal_spans(text: str) -> list[tuple[int, int, int]]:
    """Where ordinals are in plain ``text``: (start of the number, start of the suffix, end)."""
    return [(m.start(), m.start("suffix"), m.end()) for m in _ORDINAL.finditer(text)
            if _agrees(m.group("number"), m.group("suffix"))]


def superscript_ordinals(markup: str, before: str = "<super>", after: str = "</super>") -> str:
    """``markup`` (already escaped) with each ordinal's suffix between ``before`` and ``after``
    (« 1<super>er</super> »); tags are left alone, so applying it twice changes nothing more."""
    out = []
    for part in _TAG.split(markup):
        if part.startswith("<") and part.endswith(">"):
            out.append(part)
            continue
        pos = 0
        for _start, suffix, end in ordinal_spans(part):
            out.append(part[pos:suffix] + before + part[suffix:end] + after)
            pos = end
        out.append(part[pos:])
    return "".join(out)

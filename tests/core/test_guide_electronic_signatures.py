"""The guide on authorizing and signing explains electronic signatures in both languages: what
they prove under Québec law and what they do not, how to sign step by step with the app's own
menu words, and links to the official texts (LégisQuébec) instead of copies of them."""

from __future__ import annotations

import pytest

from partage_desktop.core.guides import markdown_blocks as mb
from partage_desktop.services.guides.library import library

WORDS = {
    "fr": {"section": "Signer électroniquement avec Partage",
           "parts": ("Ce que la loi en dit", "Ce qu'une signature faite avec Partage prouve", "Ce qu'elle ne prouve pas",
                     "Étape par étape"),
           "facts": ("2827", "intégrité", "autosignée", "horodatage", "résolution du conseil d'administration"),
           "menus": ("Créer une clé de signature…", "Signer électroniquement…", "Certificats de confiance…",
                     "Vérifier une copie…")},
    "en": {"section": "Signing electronically with Partage",
           "parts": ("What the law says", "What a Partage signature proves", "What it doesn't prove", "Step by step"),
           "facts": ("2827", "integrity", "self-signed", "timestamping", "board resolution"),
           "menus": ("Create a signing key…", "Sign electronically…", "Trusted certificates…", "Verify a copy…")},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_signing_guide_explains_electronic_signatures(lang):
    article = library(lang).articles["autorisation-signature"]
    words = WORDS[lang]
    headings = [mb.plain(b.spans) for b in mb.parse(article.body) if isinstance(b, mb.Heading)]
    start = headings.index(words["section"])
    assert list(words["parts"]) == [h for h in headings[start + 1:start + 5]]
    text = article.plain_text()
    for fact in words["facts"] + words["menus"]:
        assert fact in text, fact
    targets = [target for _text, target in article.links()]
    assert any(t.startswith("https://www.legisquebec.gouv.qc.ca/") and "C-1.1" in t for t in targets)
    assert any(t.startswith("https://www.legisquebec.gouv.qc.ca/") and "CCQ-1991" in t and "2827" in t for t in targets)
    assert f"/{lang}/" in next(t for t in targets if "C-1.1" in t)  # the page in the reader's language

"""A bilingual agreement: the same agreement in French and in English, printed side by side.

Both documents come from the same validated answers (core/agreements/render.py builds one per
language): template wording from each language's text, dates and amounts in each language's
form, and whatever the user typed (names, descriptions, their own clauses) as typed in both. They
share one reference, one fingerprint and one set of canonical answers (those of the agreement's
own language, which carry ``bilingual``). A clause worded natively in each language (the words
catalogue, ``doc_bilingual_…``) says which version prevails should they differ.
"""

from __future__ import annotations

from dataclasses import replace

from partage_desktop.core.agreements.document import AgreementDocument, Article, Clause
from partage_desktop.words import template

# the template clause on the agreement's language, which a bilingual agreement words its own way
LANGUAGE_CLAUSE = "general.langue"
# which version prevails → the clause that says so (each code is worded in both languages)
PREVAILS = {"fr": "doc_bilingual_prevails_fr", "en": "doc_bilingual_prevails_en"}


def prevails_text(prevails: str, lang: str) -> str:
    """The clause on the two versions, in ``lang``: which one prevails should they differ."""
    return template(PREVAILS[prevails], lang)


def bilingual_pair(doc: AgreementDocument, other: AgreementDocument, prevails: str) -> AgreementDocument:
    """``doc`` (the agreement's own language) carrying ``other`` as its companion; the companion
    takes ``doc``'s identity (reference, fingerprint, canonical answers), so that either column
    names the same agreement. The clause on which version prevails takes the place of the
    template's clause on the agreement's language (``LANGUAGE_CLAUSE``); when the template has
    none, or the user reworded it, it prints in an article of its own, after the others."""

    def with_clause(d: AgreementDocument) -> AgreementDocument:
        text = prevails_text(prevails, d.lang)
        if any(c.text == text for a in d.articles for c in a.clauses):
            return replace(d, prevails=prevails)
        number = str(len(d.articles) + 1)
        article = Article(number, template("doc_bilingual_title", d.lang), (Clause(f"{number}.1", text),))
        return replace(d, articles=(*d.articles, article), prevails=prevails)

    companion = replace(with_clause(other), reference=doc.reference, fingerprint=doc.fingerprint,
                        attachment_json=doc.attachment_json, logo=doc.logo)
    return replace(with_clause(doc), companion=companion)


def columns(doc: AgreementDocument) -> tuple[AgreementDocument, AgreementDocument]:
    """The French and the English document of a bilingual agreement, in that order (left, right)."""
    assert doc.companion is not None
    return (doc, doc.companion) if doc.lang == "fr" else (doc.companion, doc)

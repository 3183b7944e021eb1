"""What changed between two versions of an agreement: fields, parties and printed clauses.

Pure: both sides are validated answers; clauses are compared as they print (build_document), so
the user's own added or reworded clauses and clauses whose text follows a changed field all show.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from partage_desktop.core.agreements.document import AgreementDocument, Article, Clause
from partage_desktop.core.agreements.messages import party_key, where
from partage_desktop.core.agreements.render import build_document, field_display
from partage_desktop.core.agreements.validation import PARTY_OPTIONAL, PARTY_REQUIRED, Answers

CHANGED, ADDED, REMOVED = "changed", "added", "removed"
SIMILAR = 0.4  # text similarity above which a clause is a reworded version of another


@dataclass(frozen=True)
class FieldChange:
    key: str  # "fields.end_date", "parties[1].name"
    label: str  # in the language of the newer version
    before: str  # as printed; "" when absent
    after: str


@dataclass(frozen=True)
class ClauseChange:
    kind: str  # changed | added | removed
    article: str  # article title (newer wording when both exist)
    number_before: str  # "3.2" ("" when added)
    number_after: str  # "" when removed
    before: str
    after: str
    edited: bool = False  # the user's own wording on either side


@dataclass(frozen=True)
class Comparison:
    fields: tuple[FieldChange, ...]
    clauses: tuple[ClauseChange, ...]

    @property
    def empty(self) -> bool:
        return not self.fields and not self.clauses


def compare_answers(before: Answers, after: Answers) -> Comparison:
    return compare_documents(before, after, build_document(before), build_document(after))


def compare_documents(before: Answers, after: Answers, doc_before: AgreementDocument,
                      doc_after: AgreementDocument) -> Comparison:
    return Comparison(tuple(_party_changes(before, after) + _field_changes(before, after)),
                      tuple(_clause_changes(doc_before, doc_after)))


def _party_changes(before: Answers, after: Answers) -> list[FieldChange]:
    lang = after.lang
    out = []
    for i in range(max(len(before.parties), len(after.parties))):
        old = before.parties[i] if i < len(before.parties) else {}
        new = after.parties[i] if i < len(after.parties) else {}
        who = where("party", lang, n=i + 1)
        for key in PARTY_REQUIRED + PARTY_OPTIONAL:
            a, b = old.get(key, ""), new.get(key, "")
            if a != b:
                out.append(FieldChange(f"parties[{i}].{key}", f"{who} — {party_key(key, lang)}", a, b))
    return out


def _field_changes(before: Answers, after: Answers) -> list[FieldChange]:
    out = []
    seen: set[str] = set()
    for spec in list(after.template.fields) + list(before.template.fields):
        if spec.id in seen:
            continue
        seen.add(spec.id)
        a = field_display(before, spec.id) if before.template.field(spec.id) else ""
        b = field_display(after, spec.id) if after.template.field(spec.id) else ""
        if a != b:
            label_spec = after.template.field(spec.id) or spec
            out.append(FieldChange(f"fields.{spec.id}", label_spec.label[after.lang], a, b))
    return out


def _sections(doc: AgreementDocument) -> list[Article]:
    """The articles, preceded by the preamble as an unnumbered section."""
    preamble = Article("", doc.labels.preamble_title, tuple(Clause("", p) for p in doc.preamble))
    return [preamble, *doc.articles]


def _clause_changes(old_doc: AgreementDocument, new_doc: AgreementDocument) -> list[ClauseChange]:
    old_by_title = {a.title: a for a in _sections(old_doc)}
    new_titles = {a.title for a in _sections(new_doc)}
    out: list[ClauseChange] = []
    for article in _sections(new_doc):
        previous = old_by_title.get(article.title)
        old_clauses = previous.clauses if previous else ()
        out += _align(article.title, old_clauses, article.clauses)
    for article in _sections(old_doc):
        if article.title not in new_titles:
            out += _align(article.title, article.clauses, ())
    return out


def _align(title: str, old: tuple[Clause, ...], new: tuple[Clause, ...]) -> list[ClauseChange]:
    out: list[ClauseChange] = []
    matcher = SequenceMatcher(a=[c.text for c in old], b=[c.text for c in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = _pair(list(old[i1:i2]), list(new[j1:j2]))
        for o, n in pairs:
            kind = CHANGED if o and n else (ADDED if n else REMOVED)
            out.append(ClauseChange(kind, title, o.number if o else "", n.number if n else "",
                                    o.text if o else "", n.text if n else "",
                                    bool((o and o.edited) or (n and n.edited))))
    return out


def _pair(olds: list[Clause], news: list[Clause]) -> list[tuple[Clause | None, Clause | None]]:
    """Within a block that differs, a clause is "changed" when its text resembles the one it
    replaces; otherwise it was removed or added (a lone clause against a lone clause is a change)."""
    if len(olds) == 1 and len(news) == 1:
        return [(olds[0], news[0])]
    scored = sorted(((SequenceMatcher(a=o.text, b=n.text, autojunk=False).ratio(), i, j)
                     for i, o in enumerate(olds) for j, n in enumerate(news)), reverse=True)
    matched: dict[int, int] = {}
    for ratio, i, j in scored:
        if ratio >= SIMILAR and i not in matched and j not in matched.values():
            matched[i] = j
    out: list[tuple[Clause | None, Clause | None]] = [(olds[i], news[j]) for i, j in sorted(matched.items())]
    out += [(o, None) for i, o in enumerate(olds) if i not in matched]
    out += [(None, n) for j, n in enumerate(news) if j not in matched.values()]
    return out

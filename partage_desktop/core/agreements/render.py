"""Builds the printable AgreementDocument from validated answers: conditions, numbering, text."""

from __future__ import annotations

import re
from dataclasses import replace as dataclass_replace
from datetime import date
from decimal import Decimal
from typing import Any

from partage_desktop.core.agreements.bilingual import LANGUAGE_CLAUSE, bilingual_pair, prevails_text
from partage_desktop.core.agreements.document import (
    AgreementDocument,
    Annex,
    Article,
    Clause,
    GlanceItem,
    PartyBlock,
    Table,
)
from partage_desktop.core.agreements.fingerprint import canonical_json, fingerprint_of
from partage_desktop.core.agreements.french import (
    after_preposition,
    guess_article,
    represented,
    with_article,
)
from partage_desktop.core.agreements.labels import labels as document_labels
from partage_desktop.core.agreements.labels import words as document_words
from partage_desktop.core.agreements.logo import decode as decode_logo
from partage_desktop.core.agreements.templates import PLACEHOLDER, FieldSpec, Template
from partage_desktop.core.agreements.validation import Answers, SplitInput
from partage_desktop.core.formatting import (
    format_date,
    format_decimal,
    format_money,
    format_percent,
    join_names,
)
from partage_desktop.core.money import CostSplit, compute_split

# the cost-sharing table prints right after the clause that announces it
COST_TABLE_CLAUSE = "couts.repartition"
LIST_INLINE_MAX = 4
# what a draft preview prints where an answer is still missing: a line to fill in
BLANK = "________"
# party names that French grammar bends: articles, « au », « du », « qu' »
NAME_PLACEHOLDERS = ("first_party", "other_parties", "all_parties")
_PREPOSITION = re.compile(r"(^|[\s(])(à|de|À|De) $")
_ELIDING_QUE = re.compile(r"(?:^|\s)(que|QUE|Que|lorsque|puisque) $")
_VOWELS_FR = set("aeiouyàâäéèêëîïôöùûüœæh")


def default_reference(fingerprint: str) -> str:
    """A stable reference for an export that has none yet (e.g. straight from an answers file)."""
    return "ENT-" + fingerprint.split("-")[0]


class _Context:
    def __init__(self, answers: Answers, draft: bool = False) -> None:
        self.draft = draft
        self.a = answers
        self.t: Template = answers.template
        self.lang = answers.lang
        self.words: dict[str, Any] = document_words(self.lang)
        self.annex_letters: dict[str, str] = {}
        letters = self.words["annex_letters"]
        for annex in self.t.annexes:
            if self._has_rows(annex.field):
                self.annex_letters[annex.field] = letters[len(self.annex_letters)]
        self.split = self._split()
        self.numbers: dict[str, str] = {}  # clause id -> printed number, filled by _articles

    def _has_rows(self, field_id: str) -> bool:
        spec = self.t.field(field_id)
        return bool(spec and self.a.active(spec.when) and self.a.values.get(field_id))

    def _split(self) -> CostSplit | None:
        for spec in self.t.fields:
            value = self.a.values.get(spec.id)
            if spec.type == "cost_split" and isinstance(value, SplitInput) and self.a.active(spec.when):
                if not self.draft:
                    return compute_split(value.method, len(self.a.parties), value.total,
                                         list(value.shares), value.rate)
                # a draft's parties may not match the shares yet: then no table, a blank
                try:
                    split = compute_split(value.method, len(self.a.parties), value.total,
                                          list(value.shares), value.rate)
                except (AssertionError, ArithmeticError, ValueError):
                    return None
                return split if len(split.amounts) == len(self.a.parties) else None
        return None

    @property
    def missing(self) -> str:
        """What prints for an answer not given: a blank line in a draft, a dash otherwise."""
        return BLANK if self.draft else str(self.words["no_value"])

    def money(self, value: Decimal) -> str:
        return format_money(value, self.lang)

    def value_text(self, spec: FieldSpec, value: Any) -> str:
        if value is None:
            return self.missing
        if spec.type == "date" and isinstance(value, date):
            return format_date(value, self.lang)
        if spec.type == "money":
            return self.money(value)
        if spec.type == "percent":
            return format_percent(value, self.lang)
        if spec.type == "integer":
            return format_decimal(Decimal(value), self.lang)
        if spec.type == "choice":
            for choice in spec.choices:
                if choice.value == value:
                    return choice.text[self.lang]
        if spec.type == "bool":
            return str(self.words["yes"] if value else self.words["no"])
        if spec.type == "list":
            first = spec.columns[0].id
            names = [str(row.get(first)) for row in value if row.get(first)]
            if len(names) > LIST_INLINE_MAX:
                # a long inventory is named in full in its annex; the clause names a few of them
                more = str(self.words["and_more"]).format(n=len(names) - LIST_INLINE_MAX)
                return "; ".join(names[:LIST_INLINE_MAX]) + f" {more}"
            return "; ".join(names)
        return str(value)

    def resolve(self, name: str) -> str:
        parties = [p["name"] or self.missing for p in self.a.parties]
        if name == "first_party":
            return parties[0] if parties else ""
        if name == "other_parties":
            return join_names(parties[1:], self.lang)
        if name == "all_parties":
            return join_names(parties, self.lang)
        if name == "party_count":
            return str(len(parties))
        base, _, attr = name.partition(".")
        if base == "role":
            return self.role(attr)
        if base == "annex":
            return self.annex_letters.get(attr, self.missing)
        spec = self.t.field(base)
        assert spec is not None  # checked when the template loaded
        value = self.a.values.get(base)
        if spec.type == "cost_split":
            split = self.split
            if split is None:
                return self.missing
            if attr == "total":
                return self.money(split.total)
            rate = self.money(split.rate) if split.rate is not None else ""
            return str(self.words["method"][split.method]).format(rate=rate)
        if attr == "count":
            return str(len(value or ())) if value or not self.draft else BLANK
        return self.value_text(spec, value)

    def role(self, which: str) -> str:
        roles = self.t.roles
        return roles[which][self.lang] if which in roles else ""

    def fill(self, text: str) -> str:
        out: list[str] = []
        last = 0
        for match in PLACEHOLDER.finditer(text):
            out.append(text[last:match.start()])
            last = match.end()
            name = match.group(1)
            so_far = "".join(out)
            if self.lang == "fr" and name in NAME_PLACEHOLDERS:
                out = [so_far]
                value = self._names_in_sentence(name, out)
            else:
                value = self.resolve(name)
            # a defined term ("le Prêteur") or a name with its article ("le Comptoir…") that
            # opens a sentence takes a capital
            before = "".join(out).rstrip(" ")
            if (name.startswith("role.") or name in NAME_PLACEHOLDERS) and (not before or before[-1] in ".:\n"):
                value = value[:1].upper() + value[1:]
            out.append(value)
        out.append(text[last:])
        return "".join(out)

    def _names_in_sentence(self, name: str, out: list[str]) -> str:
        """Party names as French grammar wants them where the clause puts them: « au Comptoir… »
        after « à », « du Comptoir… » after « de », « le Comptoir… » elsewhere; each name of a
        list takes its own preposition (« au Comptoir et à la Maison »). ``out`` holds the text
        so far: a preposition it ends with is taken into the names."""
        parties = self.a.parties
        chosen = parties[:1] if name == "first_party" else parties[1:] if name == "other_parties" else parties
        text = out[0]
        found = _PREPOSITION.search(text)
        preposition = ""
        if found:
            preposition = "de" if found.group(2).casefold().startswith("d") else "à"
            out[0] = text[: found.start(2)]
        forms = []
        for party in chosen:
            party_name = party.get("name") or self.missing
            article = party.get("article") or guess_article(party_name)
            forms.append(after_preposition(preposition, party_name, article) if preposition
                         else with_article(party_name, article))
        joined = join_names(forms, self.lang)
        if not preposition and joined and _ELIDING_QUE.search(out[0]) and joined[0].casefold() in _VOWELS_FR:
            que = _ELIDING_QUE.search(out[0])
            assert que is not None
            word = que.group(1)
            out[0] = out[0][: que.start(1)] + ("QU'" if word.isupper() else word[:-1] + "'")
        return joined


def build_document(answers: Answers, draft: bool = False) -> AgreementDocument:
    """Everything that prints, in order (see ``_one_language``). A bilingual agreement is the
    document in its own language with its companion in the other one (core/agreements/bilingual.py)."""
    doc = _one_language(answers, draft)
    if not answers.bilingual:
        return doc
    other = "en" if answers.lang == "fr" else "fr"
    return bilingual_pair(doc, _one_language(dataclass_replace(answers, lang=other), draft), answers.bilingual)


def _one_language(answers: Answers, draft: bool = False) -> AgreementDocument:
    """Everything that prints, in order, in ``answers.lang``. ``answers`` must have passed validation — except for a
    ``draft``: the answers validation returned with its errors, each missing answer printed as
    a blank to fill, the document marked as an incomplete draft, with no fingerprint and no
    embedded answers (a draft can be previewed, never exported or verified as the agreement)."""
    ctx = _Context(answers, draft)
    t, lang, words = ctx.t, ctx.lang, ctx.words
    canonical = "" if draft else canonical_json(answers)
    fingerprint = "" if draft else fingerprint_of(canonical)
    reference = answers.reference or (BLANK if draft else default_reference(fingerprint))
    articles = _articles(ctx)
    return AgreementDocument(
        lang=lang,
        title=t.title[lang],
        subtitle=t.legal_basis[lang],
        reference=reference,
        version=answers.version,
        fingerprint=fingerprint,
        parties=_parties(ctx),
        glance=_glance(ctx),
        preamble=tuple(ctx.fill(c.text[lang]) for c in t.preamble if answers.active(c.when)),
        articles=articles,
        cost_table=_cost_table(ctx),
        cost_table_after=ctx.numbers.get(COST_TABLE_CLAUSE, ""),
        annexes=_annexes(ctx),
        notice=str(words["notice"]),
        labels=document_labels(lang),
        keywords=tuple(k.strip() for k in t.keywords[lang].split(",") if k.strip()),
        subject=str(words["subject"]),
        attachment_json=canonical,
        logo=(decode_logo(answers.logo)[0] or b"") if answers.logo else b"",
        draft=draft,
    )


def _parties(ctx: _Context) -> tuple[PartyBlock, ...]:
    blocks = []
    symmetric = "first" not in ctx.t.roles
    for i, p in enumerate(ctx.a.parties):
        if symmetric:
            role = ""
        else:
            role = str(ctx.words["hereinafter"]).format(role=ctx.role("first" if i == 0 else "others"))
        if ctx.draft:
            p = {**p, **{k: ctx.missing for k in ("name", "address", "representative",
                                                   "representative_title") if not p.get(k)}}
        article = p.get("article") or guess_article(p["name"])
        blocks.append(PartyBlock(
            name=p["name"], address=p["address"], representative=p["representative"],
            representative_title=p["representative_title"], neq=p.get("neq", ""),
            email=p.get("email", ""), phone=p.get("phone", ""), role=role,
            represented=represented(article) if ctx.lang == "fr" else "",
        ))
    if symmetric and blocks:
        last = blocks[-1]
        blocks[-1] = PartyBlock(**{**last.__dict__, "role": str(ctx.words["role_collective"])})
    return tuple(blocks)


def _glance(ctx: _Context) -> tuple[GlanceItem, ...]:
    items = [GlanceItem(g.label[ctx.lang], ctx.fill(g.text[ctx.lang]))
             for g in ctx.t.glance if ctx.a.active(g.when)]
    if ctx.split is not None:
        names = [p["name"] or ctx.missing for p in ctx.a.parties]
        shares = [f"{name} : {ctx.money(amount)}" if ctx.lang == "fr" else f"{name}: {ctx.money(amount)}"
                  for name, amount in zip(names, ctx.split.amounts, strict=True)]
        total = f"{ctx.words['total']} {ctx.money(ctx.split.total)}"
        items.append(GlanceItem(str(ctx.words["who_pays"]), "; ".join(shares) + f" ({total})"))
    return tuple(items)


def _articles(ctx: _Context) -> tuple[Article, ...]:
    lang, a = ctx.lang, ctx.a
    added_after: dict[str, list[dict[str, str]]] = {}
    loose: list[dict[str, str]] = []
    for added in a.added_clauses:
        (added_after.setdefault(added["after"], []) if added["after"] else loose).append(added)
    articles: list[Article] = []
    for spec in ctx.t.articles:
        if not a.active(spec.when):
            continue
        number = str(len(articles) + 1)
        clauses: list[Clause] = []

        def add(text: str, edited: bool) -> None:
            clauses.append(Clause(f"{number}.{len(clauses) + 1}", text, edited))  # noqa: B023

        for clause in spec.clauses:
            if not a.active(clause.when):
                continue
            if clause.id in a.reworded:
                add(a.reworded[clause.id], True)
            elif a.bilingual and clause.id == LANGUAGE_CLAUSE:  # which of the two versions prevails
                add(prevails_text(a.bilingual, lang), False)
            else:
                add(ctx.fill(clause.text[lang]), False)
            ctx.numbers[clause.id] = clauses[-1].number
            for extra in added_after.get(clause.id, []):
                add(f"{extra['title']}\n{extra['text']}", True)
        for extra in added_after.get(spec.id, []):
            add(f"{extra['title']}\n{extra['text']}", True)
        if clauses:
            articles.append(Article(number, spec.title[lang], tuple(clauses)))
    # clauses placed after something switched off by a condition still print, with the loose ones
    printed = _printed_ids(ctx)
    for target, extras in added_after.items():
        if target not in printed:
            loose.extend(extras)
    if loose:
        number = str(len(articles) + 1)
        clauses_t = tuple(Clause(f"{number}.{i + 1}", f"{c['title']}\n{c['text']}", True)
                          for i, c in enumerate(loose))
        articles.append(Article(number, str(ctx.words["special"]), clauses_t))
    return tuple(articles)


def _printed_ids(ctx: _Context) -> set[str]:
    ids = set()
    for spec in ctx.t.articles:
        if ctx.a.active(spec.when):
            ids.add(spec.id)
            ids.update(c.id for c in spec.clauses if ctx.a.active(c.when))
    return ids


def _cost_table(ctx: _Context) -> Table | None:
    split = ctx.split
    if split is None:
        return None
    w = ctx.words
    basis_label = str(w["basis"][split.method])
    rows = []
    for party, base, amount in zip(ctx.a.parties, split.bases, split.amounts, strict=True):
        if split.method in ("equal", "percent"):
            basis = format_percent(base, ctx.lang)
        elif split.method == "per_use":
            basis = format_decimal(base, ctx.lang)
        else:
            basis = ctx.money(base)
        rows.append((party["name"] or ctx.missing, basis, ctx.money(amount)))
    total_basis = format_percent(Decimal(100), ctx.lang) if split.method in ("equal", "percent") else ""
    return Table(
        columns=(str(w["party"]), basis_label, str(w["amount"])),
        rows=tuple(rows),
        total=(str(w["total"]), total_basis, ctx.money(split.total)),
        widths=(3.0, 1.2, 1.4),
    )


def _annexes(ctx: _Context) -> tuple[Annex, ...]:
    out = []
    for annex in ctx.t.annexes:
        letter = ctx.annex_letters.get(annex.field)
        if letter is None:
            continue
        spec = ctx.t.field(annex.field)
        assert spec is not None
        rows = []
        for row in ctx.a.values[annex.field]:
            cells = []
            for col in spec.columns:
                cell = row.get(col.id)
                fake = FieldSpec(id=col.id, type=col.type, group="", label=col.label, help={})
                cells.append("" if cell is None else ctx.value_text(fake, cell))
            rows.append(tuple(cells))
        out.append(Annex(
            letter=letter,
            title=annex.title[ctx.lang],
            intro=ctx.fill(annex.intro[ctx.lang]) if annex.intro.get(ctx.lang) else "",
            table=Table(columns=tuple(c.label[ctx.lang] for c in spec.columns), rows=tuple(rows)),
        ))
    return tuple(out)


def field_display(answers: Answers, field_id: str) -> str:
    """A field's value as it would print (lists row by row, the cost split party by party);
    "" when the field is unknown or switched off by a condition."""
    ctx = _Context(answers)
    spec = ctx.t.field(field_id)
    if spec is None or not answers.active(spec.when):
        return ""
    value = answers.values.get(field_id)
    if spec.type == "list" and value:
        lines = []
        for row in value:
            cells = []
            for col in spec.columns:
                fake = FieldSpec(id=col.id, type=col.type, group="", label=col.label, help={})
                if row.get(col.id) is not None:
                    cells.append(ctx.value_text(fake, row[col.id]))
            lines.append(" — ".join(cells))
        return "\n".join(lines)
    if spec.type == "cost_split":
        table = _cost_table(ctx)
        if table is None:
            return ""
        return "\n".join(f"{name} : {amount}" if ctx.lang == "fr" else f"{name}: {amount}"
                         for name, _basis, amount in table.rows)
    if value is None:
        return ""
    return ctx.value_text(spec, value)


def clause_numbers(answers: Answers) -> dict[str, str]:
    """Clause id → its number as printed ("3.2"), the user's added clauses counted, for clauses
    in force. Works on answers that still have problems: conditions read the values parsed so far.
    Follows ``_articles`` (a test checks they agree), without filling any text."""
    after: dict[str, int] = {}
    for added in answers.added_clauses:
        if added["after"]:
            after[added["after"]] = after.get(added["after"], 0) + 1
    numbers: dict[str, str] = {}
    article = 0
    for spec in answers.template.articles:
        if not answers.active(spec.when):
            continue
        count = 0
        for clause in spec.clauses:
            if answers.active(clause.when):
                count += 1
                numbers[clause.id] = f"{article + 1}.{count}"
                count += after.get(clause.id, 0)
        count += after.get(spec.id, 0)
        if count:
            article += 1
    return numbers

"""Agreement templates: the data model and the checks every loaded template must pass.

A template is data, never code: fields with types and bilingual labels, conditions written as
plain tables, and clause text with ``{placeholders}``. Articles shared by every template live in
``common.toml`` and are pulled in with ``use = "<article id>"``. Every placeholder and every
condition is resolved when the template loads (core.template_loader calls ``check_template``), so
a typo fails the test suite, not a user's export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partage_desktop.core.identifiers import TEMPLATE_VERSION

LANGS = ("fr", "en")
FIELD_TYPES = (
    "text", "longtext", "date", "money", "percent", "integer", "choice", "bool", "list", "cost_split",
)
COLUMN_TYPES = ("text", "longtext", "date", "money", "integer")
CONTINUUM = ("pret", "collaboration", "mutualisation", "fusion")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)?", re.ASCII)  # matched whole (fullmatch)
BUILTINS = ("first_party", "other_parties", "all_parties", "party_count")
DEFAULT_MAX_LENGTH = {"text": 300, "longtext": 5000}
# [roles]: the defined terms of clauses (« le Prêteur »), the title of each party's box in the
# wizard (« Prêteur » for party 1, « Emprunteur » for the others), and the question that puts our
# organization in its place (« Dans ce prêt, notre organisme » : « prête… » / « emprunte… »)
ROLE_KEYS = ("first", "others", "first_title", "others_title", "question", "first_we", "others_we")

Text = dict[str, str]


class TemplateError(Exception):
    """A bundled template is malformed (a bug in the template, found at load time)."""


@dataclass(frozen=True)
class Condition:
    field: str | None = None
    equals: object = None
    in_: tuple[object, ...] | None = None
    filled: bool | None = None
    party_count_at_least: int | None = None


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text
    text: Text  # wording used inside clauses (defaults to the label)


@dataclass(frozen=True)
class Column:
    id: str
    type: str
    label: Text
    required: bool = False
    max_length: int = 500


@dataclass(frozen=True)
class FieldSpec:
    id: str
    type: str
    group: str
    label: Text
    help: Text
    required: bool = False
    when: tuple[Condition, ...] = ()
    max_length: int = 0
    minimum: Any = None
    maximum: Any = None
    not_before: str | None = None  # another date field this one may not precede
    choices: tuple[Choice, ...] = ()
    columns: tuple[Column, ...] = ()
    min_items: int = 0
    max_items: int = 200
    default: Any = None
    placeholder: Text = field(default_factory=dict)  # example text shown in empty editors


@dataclass(frozen=True)
class ClauseSpec:
    id: str
    text: Text
    when: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class ArticleSpec:
    id: str
    title: Text
    clauses: tuple[ClauseSpec, ...]
    when: tuple[Condition, ...] = ()
    common: bool = False


@dataclass(frozen=True)
class GlanceSpec:
    label: Text
    text: Text
    when: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class AnnexSpec:
    field: str
    title: Text
    intro: Text


@dataclass(frozen=True)
class GroupSpec:
    id: str
    title: Text
    help: str  # help context id (guides)


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    title: Text
    summary: Text
    legal_basis: Text
    min_parties: int
    max_parties: int
    continuum: str
    guides: tuple[str, ...]
    roles: dict[str, Text]  # ROLE_KEYS: defined terms, box titles, and the "lend or borrow?" question
    groups: tuple[GroupSpec, ...]
    fields: tuple[FieldSpec, ...]
    preamble: tuple[ClauseSpec, ...]
    articles: tuple[ArticleSpec, ...]
    glance: tuple[GlanceSpec, ...]
    annexes: tuple[AnnexSpec, ...]
    keywords: Text
    source: Path | None = None

    def field(self, field_id: str) -> FieldSpec | None:
        for spec in self.fields:
            if spec.id == field_id:
                return spec
        return None

    @property
    def has_roles(self) -> bool:
        """Party 1 and the others play different parts (lender, borrower); else all are equal."""
        return "first" in self.roles

    def role_title(self, index: int, lang: str) -> str:
        """What party ``index`` (from 0) is, for the title of its box: « Prêteur », « Emprunteur »;
        "" when every party is equal."""
        if not self.has_roles:
            return ""
        return self.roles["first_title" if index == 0 else "others_title"][lang]

    def clause_ids(self) -> set[str]:
        return {c.id for a in self.articles for c in a.clauses}

    def article_ids(self) -> set[str]:
        return {a.id for a in self.articles}


def check_template(t: Template, name: str) -> None:
    """Every reference in the template must resolve; raises TemplateError naming the first one."""
    if t.id != name:
        raise TemplateError(f"{name}: id {t.id!r} differs from the file name")
    if not TEMPLATE_VERSION.fullmatch(t.version):
        raise TemplateError(f"{name}: bad version {t.version!r}")
    if not 2 <= t.min_parties <= t.max_parties <= 12:
        raise TemplateError(f"{name}: bad party limits")
    if t.continuum not in CONTINUUM:
        raise TemplateError(f"{name}: continuum must be one of {CONTINUUM}")
    group_ids = {g.id for g in t.groups}
    field_ids = {f.id for f in t.fields}
    for spec in t.fields:
        if spec.group not in group_ids:
            raise TemplateError(f"{name}: field {spec.id} has unknown group {spec.group!r}")
        if spec.not_before and spec.not_before not in field_ids:
            raise TemplateError(f"{name}: field {spec.id} refers to unknown {spec.not_before!r}")
        _check_conditions(spec.when, field_ids, f"{name}: field {spec.id}")
    seen: set[str] = set()
    for article in t.articles:
        if article.id in seen:
            raise TemplateError(f"{name}: article {article.id} used twice")
        seen.add(article.id)
        _check_conditions(article.when, field_ids, f"{name}: article {article.id}")
        for clause in article.clauses:
            if not clause.id.startswith(article.id + "."):
                raise TemplateError(f"{name}: clause id {clause.id!r} must start with {article.id}.")
            if clause.id in seen:
                raise TemplateError(f"{name}: clause id {clause.id} used twice")
            seen.add(clause.id)
            _check_conditions(clause.when, field_ids, f"{name}: clause {clause.id}")
            _check_text(clause.text, t, f"{name}: clause {clause.id}")
    for clause in t.preamble:
        _check_conditions(clause.when, field_ids, f"{name}: preamble")
        _check_text(clause.text, t, f"{name}: preamble")
    for item in t.glance:
        _check_conditions(item.when, field_ids, f"{name}: glance")
        _check_text(item.text, t, f"{name}: glance")
    for annex in t.annexes:
        annex_field = t.field(annex.field)
        if annex_field is None or annex_field.type != "list":
            raise TemplateError(f"{name}: annex field {annex.field!r} must be a list field")


def _check_conditions(conds: tuple[Condition, ...], field_ids: set[str], where: str) -> None:
    for cond in conds:
        if cond.field is None and cond.party_count_at_least is None:
            raise TemplateError(f"{where}: a condition needs a field or party_count_at_least")
        if cond.field is not None and cond.field not in field_ids:
            raise TemplateError(f"{where}: condition on unknown field {cond.field!r}")


def _check_text(text: Text, t: Template, where: str) -> None:
    for lang in LANGS:
        body = text[lang]
        if body.count("{") != body.count("}"):
            raise TemplateError(f"{where} ({lang}): unbalanced braces")
        for name in PLACEHOLDER.findall(body):
            if not _NAME.fullmatch(name) or not placeholder_known(name, t):
                raise TemplateError(f"{where} ({lang}): unknown placeholder {{{name}}}")


def placeholder_known(name: str, t: Template) -> bool:
    if name in BUILTINS:
        return True
    base, _, attr = name.partition(".")
    if base == "annex":
        return any(a.field == attr for a in t.annexes)
    if base == "role":
        return attr in ("first", "others") and attr in t.roles
    spec = t.field(base)
    if spec is None:
        return False
    if not attr:
        return True
    if spec.type == "cost_split":
        return attr in ("total", "method", "period")
    if spec.type == "list":
        return attr == "count"
    return False


# ---------------------------------------------------------------- the catalogue


@dataclass(frozen=True)
class Catalogue:
    templates: dict[str, Template]

    def get(self, template_id: str) -> Template | None:
        return self.templates.get(template_id)

    def ordered(self) -> list[Template]:
        rank = {c: i for i, c in enumerate(CONTINUUM)}
        return sorted(self.templates.values(), key=lambda t: (rank[t.continuum], t.id))


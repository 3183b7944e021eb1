"""Agreement templates: the data model and its loader from TOML, with load-time checks.

A template is data, never code: fields with types and bilingual labels, conditions written as
plain tables, and clause text with ``{placeholders}``. Articles shared by every template live in
``common.toml`` and are pulled in with ``use = "<article id>"``. Every placeholder and every
condition is resolved when the template loads, so a typo fails the test suite, not a user's export.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .formatting import french_spacing

LANGS = ("fr", "en")
FIELD_TYPES = (
    "text", "longtext", "date", "money", "percent", "integer", "choice", "bool", "list", "cost_split",
)
COLUMN_TYPES = ("text", "longtext", "date", "money", "integer")
CONTINUUM = ("pret", "collaboration", "mutualisation", "fusion")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$")
BUILTINS = ("first_party", "other_parties", "all_parties", "party_count")
DEFAULT_MAX_LENGTH = {"text": 300, "longtext": 5000}

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
    roles: dict[str, Text]
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

    def clause_ids(self) -> set[str]:
        return {c.id for a in self.articles for c in a.clauses}

    def article_ids(self) -> set[str]:
        return {a.id for a in self.articles}


# ---------------------------------------------------------------- parsing helpers


def _text(raw: object, where: str, required: bool = True) -> Text:
    if raw is None and not required:
        return {}
    if not isinstance(raw, dict) or set(raw) != set(LANGS):
        raise TemplateError(f"{where}: expected a table with exactly 'fr' and 'en'")
    for lang in LANGS:
        if not isinstance(raw[lang], str) or (required and not raw[lang].strip()):
            raise TemplateError(f"{where}.{lang}: expected non-empty text")
    # French typography (no-break spaces inside « » and before : ; ! ?) is applied here so that
    # template authors can type ordinary spaces.
    return {"fr": french_spacing(raw["fr"]), "en": raw["en"]}


def _conditions(raw: object, where: str) -> tuple[Condition, ...]:
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise TemplateError(f"{where}.when: expected a table")
        unknown = set(item) - {"field", "equals", "in", "filled", "party_count_at_least"}
        if unknown:
            raise TemplateError(f"{where}.when: unknown keys {sorted(unknown)}")
        in_ = item.get("in")
        out.append(
            Condition(
                field=item.get("field"),
                equals=item.get("equals"),
                in_=tuple(in_) if in_ is not None else None,
                filled=item.get("filled"),
                party_count_at_least=item.get("party_count_at_least"),
            )
        )
    return tuple(out)


def _field(raw: dict[str, Any], where: str) -> FieldSpec:
    fid = raw.get("id")
    if not isinstance(fid, str) or not re.match(r"^[a-z][a-z0-9_]*$", fid):
        raise TemplateError(f"{where}: bad field id {fid!r}")
    where = f"{where}[{fid}]"
    ftype = raw.get("type")
    if ftype not in FIELD_TYPES:
        raise TemplateError(f"{where}: unknown type {ftype!r}")
    choices = tuple(
        Choice(
            value=str(c["value"]),
            label=_text(c.get("label"), f"{where}.choices"),
            text=_text(c.get("text") or c.get("label"), f"{where}.choices"),
        )
        for c in raw.get("choices", [])
    )
    if ftype == "choice" and not choices:
        raise TemplateError(f"{where}: a choice field needs choices")
    columns = []
    for col in raw.get("columns", []):
        if col.get("type", "text") not in COLUMN_TYPES:
            raise TemplateError(f"{where}: bad column type {col.get('type')!r}")
        columns.append(
            Column(
                id=col["id"],
                type=col.get("type", "text"),
                label=_text(col.get("label"), f"{where}.columns"),
                required=bool(col.get("required", False)),
                max_length=int(col.get("max_length", 500)),
            )
        )
    if ftype == "list" and not columns:
        raise TemplateError(f"{where}: a list field needs columns")
    return FieldSpec(
        id=fid,
        type=ftype,
        group=str(raw.get("group", "")),
        label=_text(raw.get("label"), f"{where}.label"),
        help=_text(raw.get("help"), f"{where}.help", required=False),
        required=bool(raw.get("required", False)),
        when=_conditions(raw.get("when"), where),
        max_length=int(raw.get("max_length", DEFAULT_MAX_LENGTH.get(ftype, 0))),
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        not_before=raw.get("not_before"),
        choices=choices,
        columns=tuple(columns),
        min_items=int(raw.get("min_items", 1 if raw.get("required") else 0)),
        max_items=int(raw.get("max_items", 200)),
        default=raw.get("default"),
        placeholder=_text(raw.get("placeholder"), f"{where}.placeholder", required=False),
    )


def _clauses(raw: list[dict[str, Any]], where: str) -> tuple[ClauseSpec, ...]:
    return tuple(
        ClauseSpec(
            id=str(c.get("id", "")),
            text=_text(c.get("text"), f"{where}[{c.get('id')}]"),
            when=_conditions(c.get("when"), where),
        )
        for c in raw
    )


def _article(raw: dict[str, Any], where: str, common: bool = False) -> ArticleSpec:
    aid = raw.get("id")
    if not isinstance(aid, str):
        raise TemplateError(f"{where}: article without id")
    return ArticleSpec(
        id=aid,
        title=_text(raw.get("title"), f"{where}[{aid}].title"),
        clauses=_clauses(raw.get("clauses", []), f"{where}[{aid}]"),
        when=_conditions(raw.get("when"), f"{where}[{aid}]"),
        common=common,
    )


@dataclass(frozen=True)
class CommonLibrary:
    groups: tuple[GroupSpec, ...]
    fields: dict[str, FieldSpec]
    articles: dict[str, ArticleSpec]


def load_common(path: Path) -> CommonLibrary:
    data = _read_toml(path)
    groups = tuple(
        GroupSpec(id=g["id"], title=_text(g.get("title"), f"groups[{g['id']}]"), help=g.get("help", ""))
        for g in data.get("groups", [])
    )
    fields = {f.id: f for f in (_field(raw, "common.fields") for raw in data.get("fields", []))}
    articles = {a.id: a for a in (_article(raw, "common.articles", True) for raw in data.get("articles", []))}
    return CommonLibrary(groups, fields, articles)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path.name}: {exc}") from exc


def _placeholders_of(texts: list[Text]) -> set[str]:
    names: set[str] = set()
    for text in texts:
        for lang in LANGS:
            names.update(PLACEHOLDER.findall(text.get(lang, "")))
    return names


def load_template(path: Path, common: CommonLibrary) -> Template:
    data = _read_toml(path)
    where = path.stem
    own_fields = [_field(raw, f"{where}.fields") for raw in data.get("fields", [])]
    articles: list[ArticleSpec] = []
    for raw in data.get("articles", []):
        if "use" in raw:
            used = common.articles.get(raw["use"])
            if used is None:
                raise TemplateError(f"{where}: unknown common article {raw['use']!r}")
            articles.append(used)
        else:
            articles.append(_article(raw, f"{where}.articles"))
    preamble = _clauses(data.get("preamble", []), f"{where}.preamble")
    glance = tuple(
        GlanceSpec(
            label=_text(g.get("label"), f"{where}.glance"),
            text=_text(g.get("text"), f"{where}.glance"),
            when=_conditions(g.get("when"), f"{where}.glance"),
        )
        for g in data.get("glance", [])
    )
    annexes = tuple(
        AnnexSpec(
            field=a["field"],
            title=_text(a.get("title"), f"{where}.annexes"),
            intro=_text(a.get("intro"), f"{where}.annexes", required=False) or {"fr": "", "en": ""},
        )
        for a in data.get("annexes", [])
    )
    # Common fields referenced by the common articles used here join the template's own fields
    # (a template may redefine one, e.g. to change its help text).
    fields = {f.id: f for f in own_fields}
    if len(fields) != len(own_fields):
        raise TemplateError(f"{where}: duplicate field ids")
    referenced = _referenced_names(articles, preamble, glance)
    for name in sorted(referenced):
        base = name.split(".")[0]
        if base not in fields and base in common.fields:
            fields[base] = common.fields[base]
    # fields referenced by the conditions or date order of common fields pulled in
    for spec in list(fields.values()):
        for dep in [c.field for c in spec.when if c.field] + ([spec.not_before] if spec.not_before else []):
            if dep and dep not in fields and dep in common.fields:
                fields[dep] = common.fields[dep]
    ordered = [f for f in own_fields] + [f for fid, f in fields.items() if fid not in {x.id for x in own_fields}]
    roles_raw = data.get("roles", {})
    roles = {key: _text(value, f"{where}.roles.{key}") for key, value in roles_raw.items()}
    template = Template(
        id=str(data.get("id", "")),
        version=str(data.get("version", "")),
        title=_text(data.get("title"), f"{where}.title"),
        summary=_text(data.get("summary"), f"{where}.summary"),
        legal_basis=_text(data.get("legal_basis"), f"{where}.legal_basis"),
        min_parties=int(data.get("min_parties", 2)),
        max_parties=int(data.get("max_parties", 12)),
        continuum=str(data.get("continuum", "")),
        guides=tuple(data.get("guides", [])),
        roles=roles,
        groups=common.groups,
        fields=tuple(ordered),
        preamble=preamble,
        articles=tuple(articles),
        glance=glance,
        annexes=annexes,
        keywords=_text(data.get("keywords"), f"{where}.keywords", required=False) or {"fr": "", "en": ""},
        source=path,
    )
    check_template(template, path.stem)
    return template


def _referenced_names(
    articles: list[ArticleSpec], preamble: tuple[ClauseSpec, ...], glance: tuple[GlanceSpec, ...]
) -> set[str]:
    texts: list[Text] = [c.text for a in articles for c in a.clauses] + [c.text for c in preamble]
    texts += [g.text for g in glance]
    names = _placeholders_of(texts)
    conds = [a.when for a in articles] + [c.when for a in articles for c in a.clauses]
    conds += [c.when for c in preamble] + [g.when for g in glance]
    for group in conds:
        names.update(c.field for c in group if c.field)
    return names


def check_template(t: Template, name: str) -> None:
    """Every reference in the template must resolve; raises TemplateError naming the first one."""
    if t.id != name:
        raise TemplateError(f"{name}: id {t.id!r} differs from the file name")
    if not re.match(r"^\d+\.\d+(\.\d+)?$", t.version):
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
            if not _NAME.match(name) or not placeholder_known(name, t):
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


def load_catalogue(directory: Path) -> Catalogue:
    common = load_common(directory / "common.toml")
    templates = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name == "common.toml":
            continue
        template = load_template(path, common)
        templates[template.id] = template
    return Catalogue(templates)

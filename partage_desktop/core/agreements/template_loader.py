"""Reads agreement templates from TOML (``common.toml`` and one file per template) into the model
of core.templates, applying French typography, then checks every reference."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from partage_desktop.core.agreements.templates import (
    COLUMN_TYPES,
    DEFAULT_MAX_LENGTH,
    FIELD_TYPES,
    LANGS,
    PLACEHOLDER,
    ROLE_KEYS,
    AnnexSpec,
    ArticleSpec,
    Catalogue,
    Choice,
    ClauseSpec,
    Column,
    Condition,
    FieldSpec,
    GlanceSpec,
    GroupSpec,
    Template,
    TemplateError,
    Text,
    check_template,
)
from partage_desktop.core.formatting import french_spacing
from partage_desktop.core.identifiers import FIELD_ID

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
    if not isinstance(fid, str) or not FIELD_ID.fullmatch(fid):
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
    ordered = _field_order(data.get("field_order"), own_fields, fields, common, where)
    roles_raw = data.get("roles", {})
    roles = {key: _text(value, f"{where}.roles.{key}") for key, value in roles_raw.items()}
    if roles and set(roles) != set(ROLE_KEYS):
        raise TemplateError(f"{where}.roles: expected exactly {list(ROLE_KEYS)}, got {sorted(roles)}")
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


def _field_order(raw: object, own: list[FieldSpec], fields: dict[str, FieldSpec], common: CommonLibrary,
                 where: str) -> list[FieldSpec]:
    """The order the wizard asks the questions in: ``field_order`` lists every field of the
    template once (its own and the common ones its articles pull in). Without it: the template's
    own fields as written, then the common ones in the order of common.toml."""
    if raw is None:
        own_ids = {f.id for f in own}
        return own + [f for fid, f in common.fields.items() if fid in fields and fid not in own_ids]
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise TemplateError(f"{where}: field_order must be a list of field ids")
    unknown = [x for x in raw if x not in fields]
    if unknown:
        raise TemplateError(f"{where}: field_order names unknown fields {unknown}")
    if len(set(raw)) != len(raw):
        raise TemplateError(f"{where}: field_order names a field twice")
    missing = [fid for fid in fields if fid not in raw]
    if missing:
        raise TemplateError(f"{where}: field_order lacks {missing}")
    return [fields[x] for x in raw]


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



def load_catalogue(directory: Path) -> Catalogue:
    common = load_common(directory / "common.toml")
    templates = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name == "common.toml":
            continue
        template = load_template(path, common)
        templates[template.id] = template
    return Catalogue(templates)


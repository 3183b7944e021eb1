"""Checks an answers document against its template and returns every problem at once.

Each problem names where it is (``fields.end_date``, ``parties[1].name``) and says, in the
agreement's language, what is wrong and what is expected. When there is no error, the typed and
normalized answers are returned too: they feed the fingerprint and the document builder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .logo import MAX_BYTES as MAX_LOGO
from .logo import decode as decode_logo
from .messages import PARTY_KEYS, WHERE, message
from .money import HUNDRED, METHODS, MoneyError, parse_decimal
from .templates import Catalogue, Condition, FieldSpec, Template

PARTY_REQUIRED = ("name", "address", "representative", "representative_title")
PARTY_OPTIONAL = ("neq", "email", "phone")
PARTY_MAX = {"name": 200, "address": 400, "representative": 150, "representative_title": 150,
             "neq": 20, "email": 200, "phone": 50}
ENVELOPE_KEYS = {"template", "lang", "parties", "fields", "clauses", "meta"}
MAX_MONEY = Decimal("1000000000")
CLAUSE_TITLE_MAX = 200
CLAUSE_TEXT_MAX = 10000
MAX_ADDED_CLAUSES = 50
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}$")


@dataclass(frozen=True)
class Problem:
    path: str  # "fields.end_date", "parties[1].name", "template"
    label: str  # the field's own words: "Date de fin", "Partie 2 — Nom de l'organisme"
    message: str
    severity: str = "error"  # "error" | "warning"
    lang: str = "en"

    def __str__(self) -> str:
        sep = "\u00a0: " if self.lang == "fr" else ": "
        return f"{self.label}{sep}{self.message}" if self.label else self.message


@dataclass(frozen=True)
class SplitInput:
    method: str
    total: Decimal | None
    shares: tuple[Decimal, ...]
    rate: Decimal | None


@dataclass
class Answers:
    """Typed, normalized answers (only meaningful when validation found no error)."""

    template: Template
    lang: str
    parties: list[dict[str, str]]
    values: dict[str, Any]
    added_clauses: list[dict[str, str]] = field(default_factory=list)
    reworded: dict[str, str] = field(default_factory=dict)
    reference: str = ""
    version: int = 1
    logo: str = ""  # base64 PNG/JPEG printed in the title block (see core.logo)

    def active(self, conds: tuple[Condition, ...]) -> bool:
        return all(condition_holds(c, self.values, len(self.parties)) for c in conds)


@dataclass
class ValidationResult:
    problems: list[Problem]
    answers: Answers | None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


def condition_holds(cond: Condition, values: dict[str, Any], party_count: int) -> bool:
    if cond.party_count_at_least is not None and party_count < cond.party_count_at_least:
        return False
    if cond.field is None:
        return True
    value = values.get(cond.field)
    if cond.filled is not None:
        filled = value not in (None, "", [], False)
        if filled != cond.filled:
            return False
    if cond.in_ is not None and value not in cond.in_:
        return False
    return cond.equals is None or value == cond.equals


class _Checker:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.problems: list[Problem] = []

    def add(self, path: str, label: str, key: str, severity: str = "error", **values: object) -> None:
        self.problems.append(Problem(path, label, message(key, self.lang, **values), severity, self.lang))

    def where(self, key: str, **values: object) -> str:
        return WHERE[key][self.lang].format(**values)

    def text(self, value: object, path: str, label: str, required: bool, max_len: int) -> str | None:
        if value is None or value == "":
            if required:
                self.add(path, label, "required")
            return "" if value == "" else None
        if not isinstance(value, str):
            self.add(path, label, "not_text")
            return None
        stripped = value.strip()
        if required and not stripped:
            self.add(path, label, "required")
        if max_len and len(stripped) > max_len:
            self.add(path, label, "too_long", length=len(stripped), max=max_len)
            return None
        return stripped


def validate(
    catalogue: Catalogue,
    raw: object,
    lang: str | None = None,
    glyph_checker: Callable[[str], set[str]] | None = None,
) -> ValidationResult:
    """Validate an answers document. ``lang`` is the language of the messages (default: the
    document's own language, else French). ``glyph_checker`` returns the characters a font lacks."""
    doc_lang = raw.get("lang") if isinstance(raw, dict) else None
    msg_lang = lang or (doc_lang if doc_lang in ("fr", "en") else "fr")
    ck = _Checker(msg_lang)
    if not isinstance(raw, dict):
        ck.add("", "", "not_object")
        return ValidationResult(ck.problems, None)
    for key in sorted(set(raw) - ENVELOPE_KEYS):
        ck.add(key, key, "unknown_key")
    template_id = raw.get("template")
    template = catalogue.get(template_id) if isinstance(template_id, str) else None
    if template is None:
        ck.add("template", ck.where("template"), "unknown_template", value=template_id,
               choices=", ".join(sorted(catalogue.templates)))
    if doc_lang not in ("fr", "en"):
        ck.add("lang", ck.where("lang"), "bad_lang")
    parties = _check_parties(ck, raw.get("parties"), template)
    if template is None:
        return ValidationResult(ck.problems, None)
    values = _check_fields(ck, template, raw.get("fields"), len(parties or []))
    added, reworded = _check_clauses(ck, template, raw.get("clauses"))
    reference, version, logo = _check_meta(ck, raw.get("meta"))
    answers = Answers(template, doc_lang if doc_lang in ("fr", "en") else msg_lang, parties or [],
                      values, added, reworded, reference, version, logo)
    if glyph_checker is not None:
        _check_glyphs(ck, raw, glyph_checker)
    return ValidationResult(ck.problems, answers)


def _check_parties(ck: _Checker, raw: object, template: Template | None) -> list[dict[str, str]] | None:
    label = ck.where("parties")
    if not isinstance(raw, list):
        ck.add("parties", label, "required")
        return None
    if template is not None:
        if len(raw) < template.min_parties:
            ck.add("parties", label, "too_few_parties", min=template.min_parties, count=len(raw))
        if len(raw) > template.max_parties:
            ck.add("parties", label, "too_many_parties", max=template.max_parties, count=len(raw))
    out = []
    for i, party in enumerate(raw[:12] if len(raw) > 12 else raw):
        base = f"parties[{i}]"
        who = ck.where("party", n=i + 1)
        if not isinstance(party, dict):
            ck.add(base, who, "not_object")
            continue
        clean: dict[str, str] = {}
        for key in sorted(set(party) - set(PARTY_REQUIRED) - set(PARTY_OPTIONAL)):
            ck.add(f"{base}.{key}", f"{who} — {key}", "unknown_key")
        for key in PARTY_REQUIRED + PARTY_OPTIONAL:
            lbl = f"{who} — {PARTY_KEYS[key][ck.lang]}"
            value = ck.text(party.get(key), f"{base}.{key}", lbl, key in PARTY_REQUIRED, PARTY_MAX[key])
            clean[key] = value or ""
        neq = clean["neq"]
        if neq and not re.fullmatch(r"\d{10}", neq.replace(" ", "")):
            ck.add(f"{base}.neq", f"{who} — NEQ", "bad_neq", value=neq)
        elif neq:
            clean["neq"] = neq.replace(" ", "")
        if clean["email"] and not _EMAIL.match(clean["email"]):
            ck.add(f"{base}.email", f"{who} — {PARTY_KEYS['email'][ck.lang]}", "bad_email", value=clean["email"])
        out.append(clean)
    return out


def _check_fields(ck: _Checker, template: Template, raw: object, party_count: int) -> dict[str, Any]:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        ck.add("fields", ck.where("fields"), "not_object")
        return {}
    known = {f.id for f in template.fields}
    for key in sorted(set(raw) - known):
        ck.add(f"fields.{key}", key, "unknown_field")
    # First pass: parse every value (conditions depend on parsed values), without "required".
    values: dict[str, Any] = {}
    for spec in template.fields:
        value = raw.get(spec.id, spec.default)
        if value is None or value == "" or value == []:
            values[spec.id] = None
            continue
        values[spec.id] = _parse_value(ck, spec, value, f"fields.{spec.id}", party_count)
    # Second pass: required values and date order, only for fields whose conditions hold.
    for spec in template.fields:
        if not all(condition_holds(c, values, party_count) for c in spec.when):
            continue
        label = spec.label[ck.lang]
        path = f"fields.{spec.id}"
        if spec.required and raw.get(spec.id, spec.default) in (None, "", []):
            ck.add(path, label, "required")
        if spec.not_before and isinstance(values.get(spec.id), date):
            other = values.get(spec.not_before)
            if isinstance(other, date) and values[spec.id] < other:
                other_spec = template.field(spec.not_before)
                assert other_spec is not None
                ck.add(path, label, "date_order", value=values[spec.id].isoformat(),
                       other=other_spec.label[ck.lang], other_value=other.isoformat())
    return values


def _parse_value(ck: _Checker, spec: FieldSpec, value: Any, path: str, party_count: int) -> Any:
    label = spec.label[ck.lang]
    kind = spec.type
    if kind in ("text", "longtext"):
        return ck.text(value, path, label, False, spec.max_length)
    if kind == "date":
        return _parse_date(ck, value, path, label)
    if kind in ("money", "percent", "integer"):
        return _parse_number(ck, kind, value, path, label, spec.minimum, spec.maximum)
    if kind == "choice":
        allowed = [c.value for c in spec.choices]
        if not isinstance(value, str) or value not in allowed:
            ck.add(path, label, "bad_choice", value=value, choices=", ".join(allowed))
            return None
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            ck.add(path, label, "bad_bool")
            return None
        return value
    if kind == "list":
        return _parse_list(ck, spec, value, path, label)
    if kind == "cost_split":
        return _parse_split(ck, value, path, label, party_count)
    raise AssertionError(kind)


def _parse_date(ck: _Checker, value: Any, path: str, label: str) -> date | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    ck.add(path, label, "bad_date", value=str(value)[:40])
    return None


def _parse_number(ck: _Checker, kind: str, value: Any, path: str, label: str,
                  minimum: Any = None, maximum: Any = None) -> Any:
    shown = str(value)[:40]
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            ck.add(path, label, "bad_integer", value=shown)
            return None
        try:
            number: Any = int(str(value).strip())
        except ValueError:
            ck.add(path, label, "bad_integer", value=shown)
            return None
        low, high = (0 if minimum is None else minimum), (100000 if maximum is None else maximum)
    else:
        try:
            number = parse_decimal(value)
        except MoneyError:
            ck.add(path, label, "bad_money" if kind == "money" else "bad_percent", value=shown)
            return None
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:
            ck.add(path, label, "too_many_decimals")
            return None
        if kind == "percent":
            low, high = Decimal(0), HUNDRED
            if not low <= number <= high:
                ck.add(path, label, "bad_percent", value=shown)
                return None
        else:
            low = Decimal(0) if minimum is None else Decimal(str(minimum))
            high = MAX_MONEY if maximum is None else Decimal(str(maximum))
    if number < low:
        ck.add(path, label, "too_small", min=low)
        return None
    if number > high:
        ck.add(path, label, "too_big", max=high)
        return None
    return number


def _parse_list(ck: _Checker, spec: FieldSpec, value: Any, path: str, label: str) -> list[dict[str, Any]] | None:
    if not isinstance(value, list):
        ck.add(path, label, "not_list")
        return None
    if len(value) > spec.max_items:
        ck.add(path, label, "too_many_items", count=len(value), max=spec.max_items)
        return None
    if len(value) < spec.min_items:
        ck.add(path, label, "too_few_items", min=spec.min_items)
    rows = []
    for i, row in enumerate(value):
        rpath = f"{path}[{i}]"
        rlabel = f"{label}, {ck.where('row', n=i + 1)}"
        if not isinstance(row, dict):
            ck.add(rpath, rlabel, "not_object")
            continue
        for key in sorted(set(row) - {c.id for c in spec.columns}):
            ck.add(f"{rpath}.{key}", f"{rlabel} — {key}", "unknown_key")
        clean: dict[str, Any] = {}
        for col in spec.columns:
            cpath, clabel = f"{rpath}.{col.id}", f"{rlabel} — {col.label[ck.lang]}"
            cell = row.get(col.id)
            if cell in (None, ""):
                if col.required:
                    ck.add(cpath, clabel, "required")
                clean[col.id] = None
            elif col.type in ("text", "longtext"):
                clean[col.id] = ck.text(cell, cpath, clabel, col.required, col.max_length)
            elif col.type == "date":
                clean[col.id] = _parse_date(ck, cell, cpath, clabel)
            else:
                clean[col.id] = _parse_number(ck, col.type, cell, cpath, clabel)
        rows.append(clean)
    return rows


def _parse_split(ck: _Checker, value: Any, path: str, label: str, party_count: int) -> SplitInput | None:
    if not isinstance(value, dict):
        ck.add(path, label, "not_object")
        return None
    for key in sorted(set(value) - {"method", "total", "shares", "rate"}):
        ck.add(f"{path}.{key}", f"{label} — {key}", "unknown_key")
    method = value.get("method")
    if method not in METHODS:
        ck.add(f"{path}.method", label, "split_method", value=method)
        return None
    total = rate = None
    if method in ("equal", "percent"):
        total = _parse_number(ck, "money", value.get("total"), f"{path}.total",
                              f"{label} — {ck.where('total')}") if value.get("total") not in (None, "") else None
        if total is None and value.get("total") in (None, ""):
            ck.add(f"{path}.total", f"{label} — {ck.where('total')}", "required")
    if method == "per_use":
        rate = _parse_number(ck, "money", value.get("rate"), f"{path}.rate",
                             f"{label} — {ck.where('rate')}") if value.get("rate") not in (None, "") else None
        if rate is None and value.get("rate") in (None, ""):
            ck.add(f"{path}.rate", f"{label} — {ck.where('rate')}", "required")
    shares: list[Decimal] = []
    if method != "equal":
        raw_shares = value.get("shares")
        if not isinstance(raw_shares, list) or len(raw_shares) != party_count:
            count = len(raw_shares) if isinstance(raw_shares, list) else 0
            ck.add(f"{path}.shares", label, "split_count", count=count, parties=party_count)
            return None
        kind = {"percent": "percent", "amount": "money", "per_use": "integer"}[method]
        for i, share in enumerate(raw_shares):
            parsed = _parse_number(ck, kind, share, f"{path}.shares[{i}]",
                                   f"{label} — {ck.where('share', n=i + 1)}")
            if parsed is None:
                return None
            shares.append(Decimal(parsed))
        if method == "percent" and sum(shares) != HUNDRED:
            ck.add(f"{path}.shares", label, "split_sum", sum=sum(shares))
            return None
    if (method in ("equal", "percent") and total is None) or (method == "per_use" and rate is None):
        return None
    return SplitInput(method, total, tuple(shares), rate)


def _check_clauses(ck: _Checker, template: Template, raw: object) -> tuple[list[dict[str, str]], dict[str, str]]:
    added: list[dict[str, str]] = []
    reworded: dict[str, str] = {}
    if raw is None:
        return added, reworded
    if not isinstance(raw, dict):
        ck.add("clauses", ck.where("clauses"), "not_object")
        return added, reworded
    for key in sorted(set(raw) - {"added", "reworded"}):
        ck.add(f"clauses.{key}", key, "unknown_key")
    targets = template.clause_ids() | template.article_ids()
    raw_added = raw.get("added", [])
    if not isinstance(raw_added, list):
        ck.add("clauses.added", ck.where("clauses"), "not_list")
        raw_added = []
    if len(raw_added) > MAX_ADDED_CLAUSES:
        ck.add("clauses.added", ck.where("clauses"), "too_many_items", count=len(raw_added), max=MAX_ADDED_CLAUSES)
        raw_added = []
    for i, item in enumerate(raw_added):
        path, who = f"clauses.added[{i}]", ck.where("added_clause", n=i + 1)
        if not isinstance(item, dict):
            ck.add(path, who, "not_object")
            continue
        title = ck.text(item.get("title"), f"{path}.title", f"{who} — {ck.where('title')}", True, CLAUSE_TITLE_MAX)
        text = ck.text(item.get("text"), f"{path}.text", f"{who} — {ck.where('text')}", True, CLAUSE_TEXT_MAX)
        after = item.get("after") or ""
        if after and (not isinstance(after, str) or after not in targets):
            ck.add(f"{path}.after", who, "unknown_clause", value=after)
            after = ""
        if title and text:
            added.append({"title": title, "text": text, "after": after})
    raw_reworded = raw.get("reworded", {})
    if not isinstance(raw_reworded, dict):
        ck.add("clauses.reworded", ck.where("clauses"), "not_object")
        raw_reworded = {}
    for clause_id, text in raw_reworded.items():
        path, who = f"clauses.reworded.{clause_id}", ck.where("reworded_clause", id=clause_id)
        if clause_id not in template.clause_ids():
            ck.add(path, who, "unknown_clause", value=clause_id)
            continue
        clean = ck.text(text, path, who, True, CLAUSE_TEXT_MAX)
        if clean:
            reworded[clause_id] = clean
    return added, reworded


def _check_meta(ck: _Checker, raw: object) -> tuple[str, int, str]:
    if raw is None:
        return "", 1, ""
    who = ck.where("meta")
    if not isinstance(raw, dict):
        ck.add("meta", who, "not_object")
        return "", 1, ""
    reference = raw.get("reference") or ""
    if reference and (not isinstance(reference, str) or not _REFERENCE.match(reference)):
        ck.add("meta.reference", who, "bad_reference")
        reference = ""
    version = raw.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 9999:
        ck.add("meta.version", who, "bad_integer", value=str(version)[:20])
        version = 1
    logo = raw.get("logo") or ""
    if logo:
        _image, problem = decode_logo(logo)
        if problem:
            ck.add("meta.logo", who, problem, max=MAX_LOGO // 1024)
            logo = ""
    return str(reference), version, str(logo)


def _check_glyphs(ck: _Checker, raw: dict[str, Any], glyph_checker: Callable[[str], set[str]]) -> None:
    def strings(node: Any, path: str) -> Any:
        if isinstance(node, str):
            yield path, node
        elif isinstance(node, dict):
            for key, value in node.items():
                yield from strings(value, f"{path}.{key}" if path else str(key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from strings(value, f"{path}[{i}]")

    for path, text in strings({k: raw.get(k) for k in ("parties", "fields", "clauses")}, ""):
        missing = glyph_checker(text)
        if missing:
            shown = " ".join(sorted(missing))[:60]
            ck.add(path, path, "missing_glyphs", severity="warning", chars=shown)

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
from typing import Any

from partage_desktop.core.agreements.french import ARTICLES, guess_article
from partage_desktop.core.agreements.logo import MAX_BYTES as MAX_LOGO
from partage_desktop.core.agreements.logo import decode as decode_logo
from partage_desktop.core.agreements.messages import party_key
from partage_desktop.core.agreements.templates import Catalogue, Condition, Template
from partage_desktop.core.agreements.validation_base import Problem, _Checker
from partage_desktop.core.agreements.validation_base import (
    SplitInput as SplitInput,  # re-exported: the document builder uses it
)
from partage_desktop.core.agreements.validation_values import _parse_value
from partage_desktop.core.formatting import format_date
from partage_desktop.core.identifiers import REFERENCE

PARTY_REQUIRED = ("name", "address", "representative", "representative_title")
PARTY_OPTIONAL = ("neq", "email", "phone", "article")  # article: how the name reads in French (core.french)
PARTY_MAX = {"name": 200, "address": 400, "representative": 150, "representative_title": 150,
             "neq": 20, "email": 200, "phone": 50, "article": 20}
ENVELOPE_KEYS = {"template", "lang", "parties", "fields", "clauses", "meta", "bilingual"}
LANGS = ("fr", "en")
CLAUSE_TITLE_MAX = 200
CLAUSE_TEXT_MAX = 10000
MAX_ADDED_CLAUSES = 50
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")  # matched whole (fullmatch)
_REFERENCE = REFERENCE  # matched whole: a final newline does not pass


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
    # "" for an agreement in one language; else the language whose version prevails when the
    # agreement prints in French and English side by side (``"bilingual": {"prevails": "fr"}``)
    bilingual: str = ""

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


def validate(
    catalogue: Catalogue,
    raw: object,
    lang: str | None = None,
    glyph_checker: Callable[[str], set[str]] | None = None,
    image_checker: Callable[[bytes], bool] | None = None,
) -> ValidationResult:
    """Validate an answers document. ``lang`` is the language of the messages (default: the
    document's own language, else French). ``glyph_checker`` returns the characters a font lacks;
    ``image_checker`` says whether the logo's image decodes whole (a damaged one cannot print)."""
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
    reference, version, logo = _check_meta(ck, raw.get("meta"), image_checker)
    agreement_lang = doc_lang if doc_lang in ("fr", "en") else msg_lang
    bilingual = _check_bilingual(ck, raw.get("bilingual"), agreement_lang)
    answers = Answers(template, agreement_lang, parties or [],
                      values, added, reworded, reference, version, logo, bilingual)
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
            lbl = f"{who} — {party_key(key, ck.lang)}"
            value = ck.text(party.get(key), f"{base}.{key}", lbl, key in PARTY_REQUIRED, PARTY_MAX[key])
            clean[key] = value or ""
        neq = clean["neq"]
        if neq and not re.fullmatch(r"\d{10}", neq.replace(" ", "")):
            ck.add(f"{base}.neq", f"{who} — NEQ", "bad_neq", value=neq)
        elif neq:
            clean["neq"] = neq.replace(" ", "")
        if clean["email"] and not _EMAIL.fullmatch(clean["email"]):
            ck.add(f"{base}.email", f"{who} — {party_key('email', ck.lang)}", "bad_email", value=clean["email"])
        if clean["article"] and clean["article"] not in ARTICLES:
            ck.add(f"{base}.article", f"{who} — {party_key('article', ck.lang)}", "bad_article",
                   value=clean["article"], choices=", ".join(ARTICLES))
        elif not clean["article"]:
            # said once and for all in the answers, so that the printed text never depends on a guess
            clean["article"] = guess_article(clean["name"])
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
                # dates written as the PDF prints them (« 1er janvier 2026 »), not as stored
                ck.add(path, label, "date_order", value=format_date(values[spec.id], ck.lang),
                       other=other_spec.label[ck.lang], other_value=format_date(other, ck.lang))
    return values


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


def _check_meta(ck: _Checker, raw: object,
                image_checker: Callable[[bytes], bool] | None = None) -> tuple[str, int, str]:
    if raw is None:
        return "", 1, ""
    who = ck.where("meta")
    if not isinstance(raw, dict):
        ck.add("meta", who, "not_object")
        return "", 1, ""
    reference = raw.get("reference") or ""
    if reference and (not isinstance(reference, str) or not _REFERENCE.fullmatch(reference)):
        ck.add("meta.reference", who, "bad_reference")
        reference = ""
    version = raw.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 9999:
        ck.add("meta.version", who, "bad_integer", value=str(version)[:20])
        version = 1
    logo = raw.get("logo") or ""
    if logo:
        image, problem = decode_logo(logo)
        if not problem and image is not None and image_checker is not None and not image_checker(image):
            problem = "bad_logo"
        if problem:
            ck.add("meta.logo", who, problem, max=MAX_LOGO // 1024)
            logo = ""
    return str(reference), version, str(logo)


def _check_bilingual(ck: _Checker, raw: object, agreement_lang: str) -> str:
    """The language that prevails in a bilingual agreement ("" when it prints in one language);
    the agreement's own language unless the answers say otherwise."""
    if raw is None:
        return ""
    who = ck.where("bilingual")
    if not isinstance(raw, dict):
        ck.add("bilingual", who, "not_object")
        return ""
    for key in sorted(str(k) for k in set(raw) - {"prevails"}):
        ck.add(f"bilingual.{key}", f"{who} — {key[:60]}", "unknown_key")
    prevails = raw.get("prevails")
    if prevails is None:
        return agreement_lang
    if prevails not in LANGS:
        ck.add("bilingual.prevails", who, "bad_prevails", value=str(prevails)[:20])
        return ""
    return str(prevails)


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

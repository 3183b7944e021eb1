"""The shape of an answers document someone hands us (File › Open, a partner's file), checked
before any screen reads it: every part whose JSON type is not the one its place expects is left
out and reported, in the engine's own words and labels, so that the wizard only ever sees the
shapes it was written for. Values of the right type but wrong content (a date that does not exist,
an e-mail address without @) are kept: the wizard shows them next to their field, to be corrected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from partage_desktop.core.agreements.messages import party_key
from partage_desktop.core.agreements.templates import Catalogue, FieldSpec, Template
from partage_desktop.core.agreements.validation import (
    ENVELOPE_KEYS,
    LANGS,
    MAX_ADDED_CLAUSES,
    PARTY_OPTIONAL,
    PARTY_REQUIRED,
)
from partage_desktop.core.agreements.validation_base import Problem, _Checker

PARTY_FIELDS = PARTY_REQUIRED + PARTY_OPTIONAL
INT_LIMIT = 2**31 - 1  # what a spin box holds; larger numbers are no whole number of days
_INTEGER_TEXT = re.compile(r"\s*-?[0-9]{1,9}\s*")


@dataclass
class ShapeCheck:
    """``answers`` is None when nothing in the document can be used (it is not an answers
    document, or its kind of agreement is unknown); ``left_out`` says what was not kept, and why."""

    answers: dict[str, Any] | None
    left_out: list[Problem] = field(default_factory=list)


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800") is valid JSON but no text
    except UnicodeEncodeError:
        return False
    return True


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) <= INT_LIMIT * 1000
    return isinstance(value, float) and value == value and abs(value) < 1e15  # no NaN, no 1e308


def usable_answers(catalogue: Catalogue, raw: object, lang: str) -> ShapeCheck:
    """Keep what has the right shape, list the rest; see the module's docstring."""
    ck = _Checker(lang)
    if not isinstance(raw, dict):
        ck.add("", "", "not_object")
        return ShapeCheck(None, ck.problems)
    template_id = raw.get("template")
    template = catalogue.get(template_id) if isinstance(template_id, str) else None
    if template is None:
        shown = template_id if isinstance(template_id, str) else "" if template_id is None else str(template_id)
        ck.add("template", ck.where("template"), "unknown_template", value=shown[:60],
               choices=", ".join(sorted(catalogue.templates)))
        return ShapeCheck(None, ck.problems)
    out: dict[str, Any] = {"template": template.id}
    for key in sorted(k for k in raw if k not in ENVELOPE_KEYS):
        ck.add(str(key), str(key)[:60], "unknown_key")
    if "lang" in raw:
        if raw["lang"] in ("fr", "en"):
            out["lang"] = raw["lang"]
        else:
            ck.add("lang", ck.where("lang"), "bad_lang")
    if raw.get("parties") is not None:
        out["parties"] = _parties(ck, raw["parties"], template)
    if raw.get("fields") is not None:
        out["fields"] = _fields(ck, raw["fields"], template)
    if raw.get("clauses") is not None:
        clauses = _clauses(ck, raw["clauses"], template)
        if clauses:
            out["clauses"] = clauses
    if raw.get("meta") is not None:
        meta = _meta(ck, raw["meta"])
        if meta:
            out["meta"] = meta
    if raw.get("bilingual") is not None:
        bilingual = _bilingual(ck, raw["bilingual"])
        if bilingual is not None:
            out["bilingual"] = bilingual
    return ShapeCheck(out, ck.problems)


def _parties(ck: _Checker, raw: object, template: Template) -> list[dict[str, str]]:
    label = ck.where("parties")
    if not isinstance(raw, list):
        ck.add("parties", label, "not_list")
        return []
    if len(raw) > template.max_parties:
        ck.add("parties", label, "too_many_parties", max=template.max_parties, count=len(raw))
    parties: list[dict[str, str]] = []
    for i, party in enumerate(raw[:template.max_parties]):
        who = ck.where("party", n=i + 1)
        if not isinstance(party, dict):
            ck.add(f"parties[{i}]", who, "not_object")
            parties.append({})  # the place stays: "Party 3" is still the third party
            continue
        clean = {}
        for key, value in party.items():
            if key not in PARTY_FIELDS:
                ck.add(f"parties[{i}].{key}", f"{who} — {str(key)[:60]}", "unknown_key")
            elif value is None:
                continue
            elif _is_text(value):
                clean[key] = value
            else:
                ck.add(f"parties[{i}].{key}", f"{who} — {party_key(key, ck.lang)}", "not_text")
        parties.append(clean)
    return parties


def _fields(ck: _Checker, raw: object, template: Template) -> dict[str, Any]:
    if not isinstance(raw, dict):
        ck.add("fields", ck.where("fields"), "not_object")
        return {}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        spec = template.field(key) if isinstance(key, str) else None
        if spec is None:
            ck.add(f"fields.{key}", str(key)[:60], "unknown_field")
        elif value is not None:
            kept = _field_value(ck, spec, value)
            if kept is not None:
                out[key] = kept
    return out


def _field_value(ck: _Checker, spec: FieldSpec, value: Any) -> Any:
    """The value if its type fits the field (lists and splits cleaned part by part), else None."""
    path, label, kind = f"fields.{spec.id}", spec.label[ck.lang], spec.type
    shown = str(value)[:40]
    if kind in ("text", "longtext", "date", "choice"):
        if _is_text(value):
            return value
        key = {"date": "bad_date", "choice": "bad_choice"}.get(kind, "not_text")
        ck.add(path, label, key, value=shown, choices=", ".join(c.value for c in spec.choices))
        return None
    if kind in ("money", "percent"):
        if _is_text(value) or _is_number(value):
            return value
        ck.add(path, label, "bad_money" if kind == "money" else "bad_percent", value=shown)
        return None
    if kind == "integer":
        if (isinstance(value, int) and not isinstance(value, bool) and abs(value) <= INT_LIMIT) or \
                (isinstance(value, str) and _INTEGER_TEXT.fullmatch(value)):
            return value
        ck.add(path, label, "bad_integer", value=shown)
        return None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        ck.add(path, label, "bad_bool")
        return None
    if kind == "list":
        return _rows(ck, spec, value, path, label)
    if kind == "cost_split":
        return _split(ck, value, path, label)
    return None  # a type this version does not know: nothing an editor could show


def _rows(ck: _Checker, spec: FieldSpec, value: Any, path: str, label: str) -> list[dict[str, Any]] | None:
    if not isinstance(value, list):
        ck.add(path, label, "not_list")
        return None
    if len(value) > spec.max_items:
        ck.add(path, label, "too_many_items", count=len(value), max=spec.max_items)
    columns = {c.id: c for c in spec.columns}
    rows = []
    for i, row in enumerate(value[:spec.max_items]):
        rpath, rlabel = f"{path}[{i}]", f"{label}, {ck.where('row', n=i + 1)}"
        if not isinstance(row, dict):
            ck.add(rpath, rlabel, "not_object")
            continue
        clean = {}
        for key, cell in row.items():
            column = columns.get(key) if isinstance(key, str) else None
            if column is None:
                ck.add(f"{rpath}.{key}", f"{rlabel} — {str(key)[:60]}", "unknown_key")
            elif cell is None or _is_text(cell) or (_is_number(cell) and column.type not in ("text", "longtext")):
                clean[key] = cell
            else:
                ck.add(f"{rpath}.{key}", f"{rlabel} — {column.label[ck.lang]}", "not_text")
        rows.append(clean)
    return rows


def _split(ck: _Checker, value: Any, path: str, label: str) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        ck.add(path, label, "not_object")
        return None
    out: dict[str, Any] = {}
    for key, part in value.items():
        where = f"{path}.{key}"
        if key not in ("method", "total", "shares", "rate"):
            ck.add(where, f"{label} — {str(key)[:60]}", "unknown_key")
        elif part is None:
            continue
        elif key == "method":
            if _is_text(part):
                out[key] = part
            else:
                ck.add(where, label, "split_method", value=str(part)[:40])
        elif key in ("total", "rate"):
            if _is_text(part) or _is_number(part):
                out[key] = part
            else:
                ck.add(where, f"{label} — {ck.where(key)}", "bad_money", value=str(part)[:40])
        elif not isinstance(part, list) or len(part) > 12:  # one share per party, 12 parties at most
            ck.add(where, label, "not_list")
        else:
            shares = []
            for i, share in enumerate(part):
                if _is_text(share) or _is_number(share):
                    shares.append(share)
                else:
                    shares.append("")  # the share stays in its party's place, empty
                    ck.add(f"{where}[{i}]", f"{label} — {ck.where('share', n=i + 1)}", "bad_money",
                           value=str(share)[:40])
            out[key] = shares
    return out


def _clauses(ck: _Checker, raw: object, template: Template) -> dict[str, Any]:
    where = ck.where("clauses")
    if not isinstance(raw, dict):
        ck.add("clauses", where, "not_object")
        return {}
    for key in sorted(str(k) for k in raw if k not in ("added", "reworded")):
        ck.add(f"clauses.{key}", key[:60], "unknown_key")
    out: dict[str, Any] = {}
    added = raw.get("added")
    if added is not None and not isinstance(added, list):
        ck.add("clauses.added", where, "not_list")
    elif added:
        if len(added) > MAX_ADDED_CLAUSES:
            ck.add("clauses.added", where, "too_many_items", count=len(added), max=MAX_ADDED_CLAUSES)
        targets = template.clause_ids() | template.article_ids()
        kept = []
        for i, item in enumerate(added[:MAX_ADDED_CLAUSES]):
            path, who = f"clauses.added[{i}]", ck.where("added_clause", n=i + 1)
            if not isinstance(item, dict):
                ck.add(path, who, "not_object")
                continue
            bad = [k for k in ("title", "text") if item.get(k) is not None and not _is_text(item.get(k))]
            for key in bad:
                ck.add(f"{path}.{key}", f"{who} — {ck.where(key)}", "not_text")
            if bad:
                continue  # a clause is its title and its text: half of it would say something else
            for key in sorted(str(k) for k in item if k not in ("title", "text", "after")):
                ck.add(f"{path}.{key}", f"{who} — {key[:60]}", "unknown_key")
            after = item.get("after")
            after = "" if after is None else after
            if after != "" and (not isinstance(after, str) or after not in targets):
                ck.add(f"{path}.after", who, "unknown_clause", value=str(after)[:60])
                after = ""  # placed at the end, under the special provisions
            kept.append({"title": item.get("title") or "", "text": item.get("text") or "", "after": after})
        if kept:
            out["added"] = kept
    reworded = raw.get("reworded")
    if reworded is not None and not isinstance(reworded, dict):
        ck.add("clauses.reworded", where, "not_object")
    elif reworded:
        known = template.clause_ids()
        kept_words = {}
        for clause_id, text in reworded.items():
            path, who = f"clauses.reworded.{clause_id}", ck.where("reworded_clause", id=str(clause_id)[:60])
            if clause_id not in known:
                ck.add(path, who, "unknown_clause", value=str(clause_id)[:60])
            elif not _is_text(text):
                ck.add(path, who, "not_text")
            elif text.strip():
                kept_words[clause_id] = text
        if kept_words:
            out["reworded"] = kept_words
    return out


def _meta(ck: _Checker, raw: object) -> dict[str, Any]:
    who = ck.where("meta")
    if not isinstance(raw, dict):
        ck.add("meta", who, "not_object")
        return {}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        fits = _is_text(value) if key in ("reference", "logo") else \
            isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999
        if key in ("reference", "logo", "version") and fits:
            out[key] = value
        elif key in ("reference", "logo", "version"):
            ck.add(f"meta.{key}", who, "bad_reference" if key == "reference" else
                   "bad_logo" if key == "logo" else "bad_integer", value=str(value)[:20])
        else:
            ck.add(f"meta.{key}", f"{who} — {str(key)[:60]}", "unknown_key")
    return out


def _bilingual(ck: _Checker, raw: object) -> dict[str, str] | None:
    """French and English side by side: kept when it names a language that prevails (or none)."""
    who = ck.where("bilingual")
    if not isinstance(raw, dict):
        ck.add("bilingual", who, "not_object")
        return None
    out: dict[str, str] = {}
    for key, value in raw.items():
        if key != "prevails":
            ck.add(f"bilingual.{key}", f"{who} — {str(key)[:60]}", "unknown_key")
        elif value in LANGS:
            out["prevails"] = value
        else:
            ck.add("bilingual.prevails", who, "bad_prevails", value=str(value)[:20])
    return out

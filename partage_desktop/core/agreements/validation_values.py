"""Typed values of an answers file, parsed and checked one by one: text, dates, numbers,
lists (inventories, schedules) and cost-sharing keys."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from partage_desktop.core.agreements.reminders import FIRST_DAY, LAST_DAY, in_range
from partage_desktop.core.agreements.templates import FieldSpec
from partage_desktop.core.agreements.validation_base import SplitInput, _Checker
from partage_desktop.core.formatting import format_decimal
from partage_desktop.core.money import HUNDRED, METHODS, MoneyError, parse_decimal

MAX_MONEY = Decimal("1000000000")


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
            day = date.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if in_range(day):
                return day
            ck.add(path, label, "date_range", value=value.strip(), min=FIRST_DAY.year, max=LAST_DAY.year)
            return None
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
        ck.add(path, label, "too_small", min=format_decimal(Decimal(str(low)), ck.lang))
        return None
    if number > high:
        ck.add(path, label, "too_big", max=format_decimal(Decimal(str(high)), ck.lang))
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
            ck.add(f"{path}.shares", label, "split_sum", sum=format_decimal(sum(shares, Decimal(0)), ck.lang))
            return None
    if (method in ("equal", "percent") and total is None) or (method == "per_use" and rate is None):
        return None
    return SplitInput(method, total, tuple(shares), rate)



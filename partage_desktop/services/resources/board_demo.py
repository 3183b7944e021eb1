"""The demo's partner sheet on the board (``[board]`` of ``resources/demo/sample.toml``): built as a
sheet document in the chosen language, checked by the same rules as a received sheet, and stored
as an import would store it, its rows marked ``demo`` (removed with the rest of the demo)."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time, timedelta
from typing import Any

from partage_desktop.core.content import read_toml
from partage_desktop.platform.resources import resource_path
from partage_desktop.services.resources.content import catalogue
from partage_desktop.services.resources.sheet_check import SHEET_VERSION, check_document
from partage_desktop.services.resources.sheets import store_sheet


def _words(value: Any, lang: str) -> Any:
    return value[lang] if isinstance(value, dict) and lang in value else value


def demo_document(lang: str, today: date) -> dict[str, Any]:
    """The sheet document the demo partner sent ``days_ago`` days before ``today``."""
    raw = read_toml(resource_path("demo", "sample.toml"))["board"]
    labels = {c.code: c.label for c in catalogue().categories}
    sender = dict(raw["sender"])
    contact = {key: sender.pop(key) for key in ("person", "email", "phone", "address")}
    issued = datetime.combine(today - timedelta(days=int(raw["days_ago"])), time(10, 0))

    def item(entry: dict[str, Any]) -> dict[str, Any]:
        out = {key: _words(value, lang) for key, value in entry.items() if key != "wanted_in_days"}
        label = labels.get(entry.get("category", ""), {})
        out["category_fr"], out["category_en"] = label.get("fr", ""), label.get("en", "")
        if "wanted_in_days" in entry:
            first, last = entry["wanted_in_days"]
            out["wanted_from"] = (today + timedelta(days=first)).isoformat()
            out["wanted_to"] = (today + timedelta(days=last)).isoformat()
        return out

    return {"sheet_version": SHEET_VERSION, "issued_at": issued.isoformat(timespec="seconds"), "lang": lang,
            "sender": {**sender, "contact": contact}, "offers": [item(o) for o in raw.get("offers", [])],
            "needs": [item(n) for n in raw.get("needs", [])]}


def add_demo_sheet(session: Any, lang: str, today: date) -> int:
    """Put the demo partner's sheet on the board, in the caller's transaction; returns its id."""
    doc = demo_document(lang, today)
    raw = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sheet, problems = check_document(doc, {}, hashlib.sha256(raw).hexdigest(),
                                     now=datetime.combine(today, time(23, 59)))
    if sheet is None:  # the content file is ours: a mistake in it is a bug, said plainly
        raise ValueError(f"sample.toml [board]: {[str(p) for p in problems]}")
    return store_sheet(session, sheet, demo=True)

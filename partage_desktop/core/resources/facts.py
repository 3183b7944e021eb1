"""What an offer or a need says about itself, as (label, value) lines: printed on our offers
sheet (pdf/resources/sheet.py) and shown in the board's detail, worded the same way in both."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from partage_desktop.core.formatting import format_date, format_money
from partage_desktop.core.resources import vocabulary as vocab
from partage_desktop.core.resources.content import Catalogue
from partage_desktop.words import t, tn


def _money(cents: Any, lang: str) -> str:
    return format_money(Decimal(int(cents)) / 100, lang)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def facts(item: dict[str, Any], side: str, lang: str, cat: Catalogue) -> list[tuple[str, str]]:
    """``item`` as a sheet carries it (services/resources/sheets.py): dates as ISO text."""
    yes = t("sheet_pdf_yes", lang)
    facts: list[tuple[str, str]] = []
    place = ", ".join(x for x in (item.get("address") or "", item.get("mrc") or "",
                                  cat.region_name(item["region"], lang) if item.get("region") else "") if x)
    if side == "offer":
        facts.append((t("sheet_pdf_quantity", lang), str(item.get("quantity") or 1)))
        if item.get("condition"):
            facts.append((t("sheet_pdf_condition", lang), vocab.label("condition", item["condition"], lang)))
        pricing = vocab.label("pricing", item.get("pricing") or "free", lang)
        if item.get("fee_cents") is not None and item.get("pricing") != "free":
            unit = vocab.label("fee_unit", item.get("fee_unit") or "day", lang)
            pricing += f" — {_money(item['fee_cents'], lang)} {unit.lower()}"
        facts.append((t("sheet_pdf_pricing", lang), pricing))
        if item.get("deposit_cents"):
            facts.append((t("sheet_pdf_deposit", lang), _money(item["deposit_cents"], lang)))
        if item.get("insurance_required"):
            amount = f" ({_money(item['insurance_cents'], lang)})" if item.get("insurance_cents") else ""
            facts.append((t("sheet_pdf_insurance", lang), yes + amount))
        needed = [t(f"sheet_pdf_{k}", lang) for k in ("training_required", "approval_required", "consumable")
                  if item.get(k)]
        if needed:
            facts.append((t("sheet_pdf_also", lang), ", ".join(needed)))
        if item.get("min_notice_hours"):
            facts.append((t("sheet_pdf_notice", lang), t("sheet_pdf_hours", lang, n=item["min_notice_hours"])))
        if item.get("max_loan_days"):
            facts.append((t("sheet_pdf_longest", lang), tn("sheet_pdf_days", item["max_loan_days"], lang)))
        if item.get("book_ahead_days"):
            facts.append((t("sheet_pdf_ahead", lang), tn("sheet_pdf_days", item["book_ahead_days"], lang)))
        for key in ("accessories", "care", "contact_person"):
            if item.get(key):  # accessories: one per line, printed as a list
                value = ", ".join(x.strip() for x in item[key].splitlines() if x.strip()) if key == "accessories" \
                    else item[key]
                facts.append((t(f"sheet_pdf_{key}", lang), value))
    else:
        facts.append((t("sheet_pdf_quantity", lang), str(item.get("quantity") or 1)))
        window = [format_date(_day(item[k]), lang) if item.get(k) else "…"
                  for k in ("wanted_from", "wanted_to")]
        if item.get("wanted_from") or item.get("wanted_to"):
            facts.append((t("sheet_pdf_window", lang), " – ".join(window)))
        if item.get("urgency"):
            facts.append((t("sheet_pdf_urgency", lang), vocab.label("urgency", item["urgency"], lang)))
        facts.append((t("sheet_pdf_substitutes", lang),
                      yes if item.get("substitutes_ok", True) else t("sheet_pdf_no", lang)))
        if item.get("contribution"):
            facts.append((t("sheet_pdf_contribution", lang), item["contribution"]))
        if item.get("expires_on"):
            facts.append((t("sheet_pdf_expires", lang), format_date(_day(item["expires_on"]), lang)))
    if place:
        facts.insert(0, (t("sheet_pdf_place", lang), place))
    return facts

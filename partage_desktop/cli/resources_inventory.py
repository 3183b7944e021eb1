"""``resources list [--json]`` and ``resources needs [--json]``: our inventory and our needs, for
scripts and checks. Money in JSON is a decimal string in dollars, as in the answers files."""

from __future__ import annotations

import argparse
from typing import Any

from partage_desktop.cli.console import print_json
from partage_desktop.cli.help import h
from partage_desktop.core.resources.vocabulary import label
from partage_desktop.platform import datadir
from partage_desktop.platform.shown_text import shown
from partage_desktop.services.resources.content import catalogue
from partage_desktop.words import t

ACTIONS = ("list", "needs")


def add_actions(resources: Any, action: Any) -> None:
    listing = action(resources, "list", "resources_list")
    listing.add_argument("--json", action="store_true", help=h("json"))
    listing.add_argument("--all", action="store_true", help=h("all"))
    needs = action(resources, "needs", "resources_needs")
    needs.add_argument("--json", action="store_true", help=h("json"))
    needs.add_argument("--all", action="store_true", help=h("all"))


def dollars(cents: int | None) -> str | None:
    return None if cents is None else f"{cents // 100}.{cents % 100:02d}"


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def resource_object(view: Any, lang: str) -> dict[str, Any]:

    return {
        "id": view.id, "uid": view.uid, "kind": view.kind, "kind_label": label("kind", view.kind, lang),
        "category": view.category, "category_label": view.category_label, "title": view.title,
        "other_names": view.other_names, "description": view.description, "quantity": view.quantity,
        "accessories": [line for line in view.accessories.splitlines() if line.strip()],
        "condition": view.condition, "care": view.care, "address": view.address, "region": view.region,
        "region_name": catalogue().region_name(view.region, lang) if view.region else "", "mrc": view.mrc,
        "pricing": view.pricing, "fee": dollars(view.fee_cents), "fee_unit": view.fee_unit,
        "deposit": dollars(view.deposit_cents), "insurance_required": view.insurance_required,
        "insurance_amount": dollars(view.insurance_cents), "training_required": view.training_required,
        "approval_required": view.approval_required, "consumable": view.consumable,
        "min_notice_hours": view.min_notice_hours, "max_loan_days": view.max_loan_days,
        "book_ahead_days": view.book_ahead_days, "contact_person": view.contact_person,
        "visibility": view.visibility, "value_per_day": dollars(view.value_per_day_cents),
        "agreement": view.agreement_reference or None, "project_id": view.project_id,
        "photos": len(view.photo_ids), "archived": view.archived,
    }


def need_object(view: Any, lang: str) -> dict[str, Any]:

    return {
        "id": view.id, "uid": view.uid, "kind": view.kind, "category": view.category,
        "category_label": view.category_label, "title": view.title, "description": view.description,
        "quantity": view.quantity, "address": view.address, "region": view.region,
        "region_name": catalogue().region_name(view.region, lang) if view.region else "", "mrc": view.mrc,
        "wanted_from": _day(view.wanted_from), "wanted_to": _day(view.wanted_to),
        "substitutes_ok": view.substitutes_ok, "urgency": view.urgency, "contribution": view.contribution,
        "expires_on": _day(view.expires_on), "status": view.status, "visibility": view.visibility,
        "project_id": view.project_id,
    }


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.data.database import prepare  # deferred: not needed at start-up

    prepare(data, lang)
    if args.action == "list":
        from partage_desktop.services.resources.inventory import (
            list_resources,  # deferred: SQLAlchemy
        )

        resources = list_resources(data, lang, include_archived=args.all)
        if args.json:
            print_json([resource_object(r, lang) for r in resources])
        elif not resources:
            print(t("resources_list_none", lang))
        for r in resources if not args.json else ():
            print(t("resources_list_line", lang, id=r.id, title=shown(r.title), kind=label("kind", r.kind, lang),
                    category=shown(r.category_label) or t("resources_no_category", lang), quantity=r.quantity,
                    pricing=label("pricing", r.pricing, lang)))
        return 0
    from partage_desktop.services.resources.needs import list_needs  # deferred: SQLAlchemy

    needs = list_needs(data, lang, include_closed=args.all)
    if args.json:
        print_json([need_object(n, lang) for n in needs])
    elif not needs:
        print(t("resources_needs_none", lang))
    for n in needs if not args.json else ():
        print(t("resources_needs_line", lang, id=n.id, title=shown(n.title),
                category=shown(n.category_label) or t("resources_no_category", lang), quantity=n.quantity,
                urgency=label("urgency", n.urgency, lang), status=label("need_status", n.status, lang)))
    return 0

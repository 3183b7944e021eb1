"""``resources matches [--json] [--dismissed] [--limit N]``: the suggested matches between our needs
and the partners' offers (and the partners' needs and our resources), best first, each with its
score and its reasons. Reading only: deciding stays a person's act, in the window."""

from __future__ import annotations

import argparse
import json
from typing import Any

from partage_desktop.cli.console import shown
from partage_desktop.cli.help import h
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.platform.shown_text import json_safe
from partage_desktop.words import say, t

ACTIONS = ("matches",)


def add_actions(resources: Any, action: Any) -> None:
    matches = action(resources, "matches", "resources_matches")
    matches.add_argument("--json", action="store_true", help=h("json"))
    matches.add_argument("--dismissed", action="store_true", help=h("matches_dismissed"))
    matches.add_argument("--limit", type=int, default=200, metavar="N", help=h("matches_limit"))


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.limit < 0:
        raise UserInputError([t("limit_negative", lang)])
    from partage_desktop.services.data.database import prepare  # deferred: not needed at start-up
    from partage_desktop.services.resources.matches import (  # deferred: not needed at start-up
        suggestions,
    )

    datadir.ensure_writable(data)
    prepare(data, lang)
    found = suggestions(data, lang, args.limit, include_dismissed=args.dismissed)
    if args.json:
        print(json_safe(json.dumps([{
            "need_key": s.need_key, "offer_key": s.offer_key, "direction": s.direction, "score": s.score,
            "need": s.need_title, "offer": s.offer_title, "partner": s.partner,
            "partner_organization_id": s.partner_org_id, "status": s.status,
            "need_id": s.need_id, "resource_id": s.resource_id, "board_item_id": s.board_item_id,
            "reasons": [say(m, lang) for m in s.reasons], "checks": [say(m, lang) for m in s.checks],
        } for s in found], ensure_ascii=False, indent=2)))
        return 0
    if not found:
        print(t("matches_none", lang))
        return 0
    for s in found:
        line = "matches_line" if s.direction == "we_need" else "matches_line_they"
        status = f" {t(f'matches_status_{s.status}', lang)}" if s.status else ""
        print(t(line, lang, score=s.score, need=shown(s.need_title), offer=shown(s.offer_title),
                partner=shown(s.partner)) + status)
        for reason in [*s.reasons, *s.checks]:
            print(f"       · {shown(say(reason, lang))}")
    return 0

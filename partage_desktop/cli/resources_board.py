"""``resources sheet --out FILE.partage|FILE.pdf`` (our offers sheet) and ``resources import
FILE.partage [--dry-run]`` (a partner's sheet onto the board): registered in cli/resources.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partage_desktop.cli.console import print_json
from partage_desktop.cli.help import h
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.data.database import prepare
from partage_desktop.words import t, tn

ACTIONS = ("sheet", "import")


def add_actions(resources: Any, action: Any) -> None:
    sheet = action(resources, "sheet", "resources_sheet")
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.partage|FILE.pdf", help=h("out_sheet"))
    sheet.add_argument("--force", action="store_true", help=h("force_out"))
    sheet.add_argument("--json", action="store_true", help=h("json"))
    imp = action(resources, "import", "resources_import")
    imp.add_argument("file", type=Path, help=h("sheet_file"))
    imp.add_argument("--dry-run", action="store_true", help=h("dry_run"))
    imp.add_argument("--json", action="store_true", help=h("json"))


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.cli.safety import writer_lock  # deferred: not needed at start-up
    from partage_desktop.services.resources import sheets  # deferred: not needed at start-up

    datadir.ensure_writable(data)
    prepare(data, lang)
    if args.action == "sheet":
        from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
            check_output,
        )

        if args.out.suffix.lower() not in (".partage", ".pdf"):
            raise UserInputError([t("sheet_out_suffix", lang, path=args.out)])
        out = check_output(args.out, data, lang, args.force)
        with writer_lock(data, lang):  # the first sheet gives our organization its identifier
            summary = sheets.export_sheet(data, out, lang)
        if args.json:
            print_json(summary.as_json())
        else:
            print(t("sheet_exported", lang, out=summary.out, offers=tn("count_offers", summary.offers, lang),
                    needs=tn("count_needs", summary.needs, lang), photos=tn("count_photos", summary.photos, lang)))
        return 0
    if args.dry_run:
        plan = sheets.preview_sheet(data, args.file)
    else:
        with writer_lock(data, lang):
            plan = sheets.import_sheet(data, args.file, lang)
    if args.json:
        print_json(plan.as_json())
    else:
        for line in plan.lines(lang, dry_run=args.dry_run):
            print(line)
    return 0

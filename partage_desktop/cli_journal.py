"""Journal commands of the command line: ``journal search``, ``journal export`` and ``demo``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import datadir
from .console import shown
from .core.shown_text import json_safe
from .errors import UserInputError
from .texts import t


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    journal = sub.add_parser("journal", parents=[common]).add_subparsers(dest="action", required=True)
    search = journal.add_parser("search", parents=[common])
    search.add_argument("terms", nargs="+")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=50)
    export = journal.add_parser("export", parents=[common])
    export.add_argument("--format", choices=("csv", "pdf"), required=True)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--project", type=int, default=None, metavar="ID")
    export.add_argument("--from", dest="date_from", default=None, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", default=None, metavar="YYYY-MM-DD")
    demo = sub.add_parser("demo", parents=[common])
    demo.add_argument("--entries", type=int, default=200)


def _ready(data: datadir.DataDir, lang: str) -> None:
    from .services.database import prepare

    datadir.ensure_writable(data)
    prepare(data, lang)


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.command == "demo":
        return _demo(args, data, lang)
    if args.action == "search":
        return _search(args, data, lang)
    from .cli_journal_export import export

    return export(args, data, lang)


def _demo(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.entries < 0 or args.entries > 1_000_000:
        raise UserInputError([t("demo_entries_range", lang)])
    from .cli_safety import writer_lock
    from .services.demo import create_demo

    datadir.ensure_writable(data)
    with writer_lock(data, lang):  # never while the app (or another command) writes to this folder
        _ready(data, lang)
        result = create_demo(data, args.entries, lang)
    print(t("demo_done", lang, orgs=result.organizations, projects=result.projects,
            agreements=result.agreements, entries=result.entries, seconds=f"{result.seconds:.1f}".replace(".", "," if lang == "fr" else "."),
            path=data.root))
    return 0


def _search(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.limit < 0:
        raise UserInputError([t("limit_negative", lang)])
    _ready(data, lang)
    from .services import journal

    hits = journal.search(data, " ".join(args.terms), limit=args.limit)
    if args.json:
        print(json_safe(json.dumps([{"id": h.id, "date": h.date.isoformat(), "title": h.title, "project": h.project,
                           "kind": h.kind, "score": h.score,
                           "snippet": h.snippet.replace(journal.HIGHLIGHT_START, "").replace(
                               journal.HIGHLIGHT_END, "")} for h in hits], ensure_ascii=False, indent=2)))
    elif not hits:
        print(t("journal_none", lang), file=sys.stderr)
    else:
        for h in hits:
            print(f"{h.date.isoformat()}  #{h.id:<7} {shown(_marked(h.title_marked or h.title))} — {shown(h.project)}")
            print(f"{'':21}{shown(_marked(h.snippet))}")
    return 0


def _marked(text: str) -> str:
    """The words that matched between [ ]: visible in any terminal, with or without colours, and
    when the output goes to a file; « » would read as quotes in French text."""
    from .services.journal import HIGHLIGHT_END, HIGHLIGHT_START

    return " ".join(text.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]").split())

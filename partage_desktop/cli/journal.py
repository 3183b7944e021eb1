"""Journal commands of the command line: ``journal search``, ``journal export`` and ``demo``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from partage_desktop.cli.console import shown
from partage_desktop.cli.help import h
from partage_desktop.cli.safety import writer_lock
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.platform.shown_text import json_safe
from partage_desktop.services.data.database import prepare
from partage_desktop.services.journal.data import HIGHLIGHT_END, HIGHLIGHT_START
from partage_desktop.words import t, tn


def add_parsers(group: Any, action: Any, sub: Any, common: argparse.ArgumentParser) -> None:
    journal = group("journal")
    search = action(journal, "search", "journal_search")
    search.add_argument("terms", nargs="+", help=h("terms"))
    search.add_argument("--json", action="store_true", help=h("json"))
    search.add_argument("--limit", type=int, default=50, metavar="N", help=h("journal_limit"))
    projects = action(journal, "projects", "journal_projects")
    projects.add_argument("--json", action="store_true", help=h("json"))
    export = action(journal, "export", "journal_export")
    export.add_argument("--format", choices=("csv", "pdf"), required=True, help=h("format"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help=h("out_file"))
    export.add_argument("--force", action="store_true", help=h("force_out"))
    export.add_argument("--project", default=None, metavar=h("PROJECT"), help=h("project"))
    export.add_argument("--from", dest="date_from", default=None, metavar="YYYY-MM-DD", help=h("date_from"))
    export.add_argument("--to", dest="date_to", default=None, metavar="YYYY-MM-DD", help=h("date_to"))
    demo = sub.add_parser("demo", parents=[common], help=h("demo"), description=h("demo"))
    demo.add_argument("--entries", type=int, default=200, metavar="N", help=h("entries"))
    what = demo.add_mutually_exclusive_group()
    what.add_argument("--force", action="store_true", help=h("force"))
    what.add_argument("--remove", action="store_true", help=h("remove"))


def _ready(data: datadir.DataDir, lang: str) -> None:
    datadir.ensure_writable(data)
    prepare(data, lang)


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.command == "demo":
        return _demo(args, data, lang)
    if args.action == "search":
        return _search(args, data, lang)
    if args.action == "projects":
        return _projects(args, data, lang)
    from partage_desktop.cli.journal_export import export  # deferred: not needed at start-up

    return export(args, data, lang)


def _demo(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    """``demo``: only into a folder without data, unless --force (after a backup); ``demo --remove``
    takes exactly the demo rows away again (after a backup)."""
    if args.entries < 0 or args.entries > 1_000_000:
        raise UserInputError([t("demo_entries_range", lang)])
    from partage_desktop.services.demo.removal import (  # deferred: not needed at start-up
        folder_contents,
        remove_demo,
    )
    from partage_desktop.services.demo.sample import create_demo  # deferred: not needed at start-up

    datadir.ensure_writable(data)
    with writer_lock(data, lang):  # never while the app (or another command) writes to this folder
        _ready(data, lang)
        if args.remove:
            return _demo_remove(remove_demo(data, lang), data, lang)
        contents = folder_contents(data)
        if not contents.empty:
            if not args.force:
                raise UserInputError([t("demo_folder_has_data", lang, path=data.root,
                                        summary=_contents_summary(contents, lang),
                                        option=datadir.command_option(data))])
            from partage_desktop.services.safety.backup import (  # deferred: not needed at start-up
                make_backup,
            )

            backup = make_backup(data, lang, "avant-demo")
            print(t("demo_backup_made", lang, path=backup.path), file=sys.stderr)
        result = create_demo(data, args.entries, lang)
    print(t("demo_done", lang, orgs=result.organizations, projects=result.projects,
            agreements=result.agreements, entries=result.entries, resources=result.resources,
            bookings=result.bookings, seconds=f"{result.seconds:.1f}".replace(".", "," if lang == "fr" else "."),
            path=data.root))
    return 0


def _counts_text(counts: Any, lang: str) -> str:
    return t("demo_summary", lang, orgs=tn("count_organizations", counts.organizations, lang),
             projects=tn("count_projects", counts.projects, lang),
             agreements=tn("count_agreements", counts.agreements, lang),
             entries=tn("count_journal_entries", counts.entries, lang))


def _contents_summary(contents: Any, lang: str) -> str:
    whole = _counts_text(contents.own + contents.demo, lang)
    if not contents.demo.total:
        return whole
    return t("demo_contents", lang, whole=whole,
             of_which=t("demo_of_which", lang, summary=_counts_text(contents.demo, lang)))


def _demo_remove(removal: Any, data: datadir.DataDir, lang: str) -> int:
    if removal.removed.total == 0 and removal.kept.total == 0:
        print(t("demo_nothing_to_remove", lang, path=data.root))
        return 0
    if removal.backup is not None:
        print(t("demo_backup_made", lang, path=removal.backup), file=sys.stderr)
    print(t("demo_removed", lang, path=data.root, summary=_counts_text(removal.removed, lang)))
    if removal.kept.total:
        print(t("demo_kept", lang, summary=t("demo_kept_summary", lang,
                                              orgs=tn("count_organizations", removal.kept.organizations, lang),
                                              projects=tn("count_projects", removal.kept.projects, lang),
                                              agreements=tn("count_agreements", removal.kept.agreements, lang))))
    return 0


def _projects(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    """``journal projects``: what ``--project`` accepts, number and name."""
    _ready(data, lang)
    from partage_desktop.services.journal.project_lookup import (  # deferred: not needed at start-up
        projects_listing,
    )

    projects = projects_listing(data)
    if args.json:
        print(json.dumps(projects, ensure_ascii=False, indent=2))
    elif not projects:
        print(t("projects_none", lang))
    else:
        for p in projects:
            print(tn("projects_line", p["entries"], lang, id=p["id"], name=p["name"], entries=p["entries"],
                    demo=t("projects_demo_mark", lang) if p["demo"] else ""))
    return 0


def _search(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.limit < 0:
        raise UserInputError([t("limit_negative", lang)])
    _ready(data, lang)
    from partage_desktop.services.journal import (
        entries as journal,  # deferred: not needed at start-up
    )

    hits = journal.search(data, " ".join(args.terms), limit=args.limit)
    if args.json:
        print(json_safe(json.dumps([{"id": h.id, "date": h.date.isoformat(), "title": h.title, "project": h.project,
                           "kind": h.kind, "score": h.score,
                           "snippet": h.snippet.replace(HIGHLIGHT_START, "").replace(
                               HIGHLIGHT_END, "")} for h in hits], ensure_ascii=False, indent=2)))
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

    return " ".join(text.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]").split())

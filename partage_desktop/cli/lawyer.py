"""The lawyer's round trip on the command line: ``agreement export … --out FILE.docx`` (the suffix
picks Word) and ``agreement lawyer-changes REF FILE.docx [--apply] [--json]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partage_desktop.cli.console import print_json, shown
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.words import t, tn


def wants_docx(args: argparse.Namespace) -> bool:
    return bool(args.action == "export" and Path(args.out).suffix.lower() == ".docx")


def add_parser(action: Any, agreement: Any, h: Any) -> None:
    changes = action(agreement, "lawyer-changes", "agreement_lawyer_changes")
    changes.add_argument("ref", metavar="REF", help=h("lawyer_ref"))
    changes.add_argument("docx", type=Path, metavar="FILE.docx", help=h("lawyer_docx"))
    changes.add_argument("--apply", action="store_true", help=h("lawyer_apply"))
    changes.add_argument("--json", action="store_true", help=h("json"))


def export_docx(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.agreements.export import (  # deferred: not needed at start-up
        read_answers_file,
    )
    from partage_desktop.services.agreements.lawyer import (  # deferred: python-docx, only here
        export_answers_docx,
    )
    from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
        check_output,
    )

    if args.record:
        raise UserInputError([Message.of("docx_no_record")])
    raw = read_answers_file(args.answers, lang)
    out = check_output(args.out, data, lang, args.force)
    result = export_answers_docx(raw, out, lang)
    for warning in result.warnings:
        print(t("warning_line", lang, warning=warning), file=sys.stderr)
    if args.json:
        print_json({"out": str(result.out), "format": "docx", "fingerprint": result.fingerprint,
                     "reference": result.reference, "version": result.version, "template": result.template,
                     "warnings": result.warnings, "recorded": False})
    else:
        print(t("docx_exported", lang, out=result.out, reference=result.reference, version=result.version,
                fingerprint=result.fingerprint))
        print(t("docx_exported_hint", lang), file=sys.stderr)
    return 0


def lawyer_changes(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.agreements.lawyer import (  # deferred: lxml, only here
        apply_lawyer_changes,
        read_lawyer_changes,
    )
    from partage_desktop.services.data.database import (  # deferred: not needed at start-up
        prepare,
    )

    prepare(data, lang)
    changes = read_lawyer_changes(data, args.ref, args.docx, lang)
    applied = 0
    if args.apply and changes.clauses:
        datadir.ensure_writable(data)
        applied = apply_lawyer_changes(data, args.ref, changes, lang)
    if args.json:
        print_json({
            "reference": changes.reference, "file": changes.file_name, "file_version": changes.file_version,
            "clauses": [{"kind": c.kind, "number": c.number, "article": c.article, "before": c.before,
                         "after": c.after, "values": c.has_values} for c in changes.clauses],
            "outside": [{"section": o.section, "before": o.before, "after": o.after} for o in changes.outside],
            "comments": changes.comments, "tracked_insertions": changes.insertions,
            "tracked_deletions": changes.deletions, "applied": applied})
        return 0
    from partage_desktop.services.agreements.lawyer import (  # deferred: with the service
        summary_lines,
    )

    for line in summary_lines(changes, lang):
        print(shown(line))
    if changes.clauses:
        if args.apply:
            print(tn("lawyer_applied", applied, lang, reference=changes.reference))
        else:
            print(t("lawyer_hint_apply", lang), file=sys.stderr)
    return 0

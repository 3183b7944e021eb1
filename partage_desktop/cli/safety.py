"""Command-line side of data safety: ``backup create|list|restore``, ``check``, ``exchange``.

Kept out of cli.py so that this feature's commands live in one place; cli.py only wires them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from partage_desktop.cli.console import print_json
from partage_desktop.cli.help import h
from partage_desktop.core.places import cloud_service
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import DataUnusableError, UserInputError
from partage_desktop.services.data.database import full_check, prepare
from partage_desktop.words import t, tn

COMMANDS = ("backup", "check", "exchange")


def add_commands(group: Any, action: Any, sub: Any, common: argparse.ArgumentParser) -> None:
    backup = group("backup")
    create = action(backup, "create", "backup_create")
    create.add_argument("--out", type=Path, metavar="FILE", help=h("backup_out"))
    create.add_argument("--force", action="store_true", help=h("force_out"))
    create.add_argument("--json", action="store_true", help=h("json"))
    action(backup, "list", "backup_list").add_argument("--json", action="store_true", help=h("json"))
    action(backup, "restore", "backup_restore").add_argument("file", type=Path, help=h("backup_file"))

    sub.add_parser("check", parents=[common], help=h("check"), description=h("check"))

    exchange = group("exchange")
    export = action(exchange, "export", "exchange_export")
    export.add_argument("--agreement", metavar="REF", help=h("exchange_agreement"))
    export.add_argument("--project", metavar=h("PROJECT"), help=h("exchange_project"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE.partage", help=h("out_exchange"))
    export.add_argument("--force", action="store_true", help=h("force_out"))
    export.add_argument("--json", action="store_true", help=h("json"))
    imp = action(exchange, "import", "exchange_import")
    imp.add_argument("file", type=Path, help=h("exchange_file"))
    imp.add_argument("--dry-run", action="store_true", help=h("dry_run"))
    imp.add_argument("--json", action="store_true", help=h("json"))


def _info_json(info: Any) -> dict[str, Any]:
    return {"path": str(info.path), "created_at": info.created_at.isoformat(), "reason": info.reason,
            "counts": info.counts, "attachments": info.attachments, "revision": info.revision,
            "size": info.size, "data_id": info.data_id}


def warn_if_cloud(data: datadir.DataDir, lang: str) -> None:
    service = cloud_service(data.root)
    if service:
        print(t("cloud_folder", lang, path=data.root, service=service), file=sys.stderr)


def _writer_lock(data: datadir.DataDir, lang: str) -> Any:
    from partage_desktop.platform.lock import (  # deferred: not needed at start-up
        DataFolderBusyError,
        DataFolderLock,
    )

    lock = DataFolderLock(data.root)
    try:
        lock.acquire()
    except DataFolderBusyError as exc:
        raise DataUnusableError(t("folder_busy", lang, path=data.root)) from exc
    return lock


def writer_lock(data: datadir.DataDir, lang: str) -> Any:
    """The data folder's lock, held by a command that changes the database (exit 3 when busy)."""
    return _writer_lock(data, lang)


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    warn_if_cloud(data, lang)
    if args.command == "check":
        datadir.ensure_writable(data)
        prepare(data, lang)
        ok, message, _detail = full_check(data, lang)
        print(message, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 3
    if args.command == "backup":
        return _backup(args, data, lang)
    if args.command == "exchange":
        return _exchange(args, data, lang)
    raise AssertionError(args.command)


def _backup(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.safety import backup  # deferred: not needed at start-up

    if args.action == "list":
        items = backup.list_backups(data)
        if args.json:
            print_json([_info_json(i) for i in items])
        elif not items:
            print(t("backup_none", lang, folder=backup.configured_folder(data)))
        for info, when in [] if args.json else zip(items, backup.when_texts(items, lang), strict=True):
            print(t("backup_line", lang, date=when, path=info.path,
                    reason=backup.reason_text(info.reason, lang),
                    **backup.counted(info.label_counts, lang, journal=False)))
        warning = None if args.json or not data.database.exists() else backup.backup_warning(data, lang)
        if warning:
            print(warning, file=sys.stderr)
        return 0
    datadir.ensure_writable(data)
    if args.action == "create":
        from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
            check_output,
        )

        out = check_output(args.out, data, lang, args.force) if args.out else None
        prepare(data, lang)
        info = backup.make_backup(data, lang, "manuelle", out=out, replace=args.force)
        if args.json:
            print_json(_info_json(info))
        else:
            print(t("backup_created", lang, path=info.path, attachments=tn("count_attachments", info.attachments, lang),
                    **backup.counted(info.label_counts, lang)))
        return 0
    if args.action == "restore":
        backup.describe_backup(args.file, lang)
        with _writer_lock(data, lang):
            result = backup.restore(data, args.file.absolute(), lang)
            prepare(data, lang)  # an older backup is upgraded now, with its own safety copy
        info = result.restored
        print(t("backup_restored", lang, date=backup.when_text(info.created_at, lang),
                counts=t("backup_counts", lang, **backup.counted(result.label_counts, lang))))
        if result.left_out:
            print(t("backup_left_out", lang, names=", ".join(result.left_out)))
        if result.before is not None:
            print(t("backup_before", lang, path=result.before.path))
        elif result.damaged_aside:  # damaged: kept aside as it was, not backed up
            print(t("backup_damaged_aside", lang, path=result.damaged_aside))
        else:
            print(t("backup_nothing_before", lang))
        return 0
    raise AssertionError(args.action)


def _say_certificates(summary: dict[str, Any], lang: str) -> None:
    """An exchange file sent also carries our signing certificates: say so."""
    if summary.get("certificates"):
        print(tn("exchange_exported_certificates", summary["certificates"], lang))


def _exchange(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.exchange import (  # deferred: not needed at start-up
        agreements as exchange,
    )
    from partage_desktop.services.exchange import (  # deferred: not needed at start-up
        files as exchange_files,
    )

    datadir.ensure_writable(data)
    prepare(data, lang)
    if args.action == "export" and (args.agreement is None) == (args.project is None):
        raise UserInputError([t("exchange_export_what", lang)])
    if args.action == "export":
        from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
            check_output,
        )

        args.out = check_output(args.out, data, lang, args.force)
    if args.action == "export" and args.project is not None:
        from partage_desktop.services.exchange.project import (  # deferred: not needed at start-up
            export_project,
        )
        from partage_desktop.services.journal.project_lookup import (  # deferred: not needed at start-up
            find_project,
        )

        summary = export_project(data, find_project(data, args.project, lang), args.out.absolute(), lang)
        if args.json:
            print_json(summary)
        else:
            print(t("exchange_project_exported", lang, out=summary["out"], project=summary["project"],
                    entries=tn("count_journal_entries", summary["entries"], lang),
                    attachments=tn("count_attachments", summary["attachments"], lang),
                    agreements=tn("count_agreements", summary["agreements"], lang),
                    private=tn("count_private_kept", summary["private_left_out"], lang)))
            _say_certificates(summary, lang)
        return 0
    if args.action == "export":
        summary = exchange.export_agreement(data, args.agreement, args.out.absolute(), lang)
        if args.json:
            print_json(summary)
        else:
            print(tn("exchange_exported", summary["versions"], lang, out=summary["out"], ref=summary["ref"],
                     versions=summary["versions"]))
            _say_certificates(summary, lang)
        return 0
    if args.action == "import":
        if args.dry_run:
            plan = exchange_files.preview_import(data, args.file, lang)
        else:
            with _writer_lock(data, lang):
                plan = exchange_files.import_file(data, args.file, lang)
        if args.json:
            print_json(plan.as_json())
        else:
            for line in plan.lines(lang, dry_run=args.dry_run):
                print(line)
        return 0
    raise AssertionError(args.action)

"""``partage-desktop journal export --format csv|pdf --out FILE [--project ID] [--from] [--to]``."""

from __future__ import annotations

import argparse
from datetime import date

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.outputs import check_output
from partage_desktop.services.journal.export import export_csv
from partage_desktop.services.journal.project_lookup import find_project
from partage_desktop.services.journal.report import export_report
from partage_desktop.words import error_lines, t
from partage_desktop.words.system_errors import reason as os_reason


def export(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    problems = []
    dates: dict[str, date | None] = {}
    for key, option in (("date_from", "--from"), ("date_to", "--to")):
        raw = getattr(args, key)
        try:
            dates[key] = date.fromisoformat(raw) if raw else None
        except ValueError:
            problems.append(t("bad_date", lang, option=option, value=raw))
            dates[key] = None
    if dates["date_from"] and dates["date_to"] and dates["date_from"] > dates["date_to"]:
        problems.append(t("dates_reversed", lang, start=args.date_from, end=args.date_to))

    out = args.out.absolute()
    try:
        out = check_output(args.out, data, lang, args.force)
    except UserInputError as exc:
        problems += error_lines(exc, lang)
    if not out.parent.is_dir():
        problems.append(t("out_dir_missing", lang, path=out.parent))
    datadir.ensure_writable(data)

    prepare(data, lang)
    project_id = None
    if args.project is not None:  # a number or a name

        try:
            project_id = find_project(data, args.project, lang)
        except UserInputError as exc:
            problems.extend(error_lines(exc, lang))
    if problems:
        raise UserInputError(problems)
    scope = Scope(project_id, dates["date_from"], dates["date_to"])
    try:
        if args.format == "csv":
            count = export_csv(data, out, lang, scope)
            print(t("journal_csv_done", lang, out=out, n=count))
        else:
            pages = export_report(data, out, lang, scope)
            print(t("journal_pdf_done", lang, out=out, pages=pages))
    except OSError as exc:
        raise UserInputError([t("out_not_writable", lang, path=out, detail=os_reason(exc, lang))]) from exc
    return 0

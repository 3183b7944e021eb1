"""Command-line entry point: opens the app, runs the smoke start, or a headless command.

Exit codes (CONTRACTS.md): 0 success; 2 wrong input (nothing written); 3 data unusable as it is;
1 unexpected bug (logged with its traceback, one readable line on stderr).

Output cut short by a closed pipe (``partage-desktop journal search camion | head``) is not an
error: any command then stops quietly, prints nothing more, and exits with 141 (128 + SIGPIPE), the
code a shell gives a Unix tool stopped the same way, so ``set -o pipefail`` scripts see it as usual.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, datadir, logsetup
from .errors import DataUnusableError, PartageError, UserInputError
from .texts import t

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors in the user's language and exit code 2."""

    lang = "fr"

    def error(self, message: str) -> NoReturn:
        detail = _french_usage(message) if self.lang == "fr" else message
        raise UserInputError([t("usage_error", self.lang, detail=detail)])


# argparse speaks English; its usual complaints, in French
_FRENCH_USAGE = (
    (r"the following arguments are required: (.+)", "arguments manquants : {0}"),
    (r"unrecognized arguments: (.+)", "arguments inconnus : {0}"),
    (r"argument (\S+): invalid choice: '?([^']*)'? \(choose from (.+)\)", "{0} : « {1} » n'existe pas (choix : {2})"),
    (r"invalid choice: '?([^']*)'? \(choose from (.+)\)", "« {0} » n'existe pas (choix : {1})"),
    (r"argument (\S+): expected one argument", "{0} : il manque la valeur"),
    (r"argument (\S+): invalid int value: '?([^']*)'?", "{0} : « {1} » n'est pas un nombre entier"),
    (r"argument (\S+): not allowed with argument (\S+)", "{0} : ne va pas avec {1}"),
    (r"one of the arguments (.+) is required", "il faut l'un de ces arguments : {0}"),
)


def _french_usage(message: str) -> str:
    import re

    from .core.formatting import french_spacing

    for pattern, french in _FRENCH_USAGE:
        found = re.fullmatch(pattern, message.strip())
        if found:
            # our wording gets French spacing (« » and before :), the values typed stay as they are
            return french_spacing(french).format(*(g.replace("'", "") for g in found.groups()))
    return message


def _guess_lang(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("fr", "en") else "fr"
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in ("fr", "en") else "fr"
    return "fr"


def build_parser(lang: str) -> argparse.ArgumentParser:
    _Parser.lang = lang
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="dossier des données / data folder")
    common.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS)

    parser = _Parser(prog="partage-desktop", parents=[common],
                     description="Partage — partage des ressources entre organismes / resource sharing")
    parser.add_argument("--version", action="store_true")
    parser.add_argument("--smoke", action="store_true",
                        help="start the GUI, print startup_ms=N after the first paint, exit")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    templates = sub.add_parser("templates", parents=[common]).add_subparsers(dest="action", required=True)
    listing = templates.add_parser("list", parents=[common])
    listing.add_argument("--json", action="store_true")

    agreement = sub.add_parser("agreement", parents=[common]).add_subparsers(dest="action", required=True)
    export = agreement.add_parser("export", parents=[common])
    export.add_argument("--answers", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--json", action="store_true")
    alist = agreement.add_parser("list", parents=[common])
    alist.add_argument("--json", action="store_true")
    verify = agreement.add_parser("verify", parents=[common])
    verify.add_argument("pdf", type=Path)
    verify.add_argument("--json", action="store_true")

    guides = sub.add_parser("guides", parents=[common]).add_subparsers(dest="action", required=True)
    gsearch = guides.add_parser("search", parents=[common])
    gsearch.add_argument("terms", nargs="+")
    gsearch.add_argument("--json", action="store_true")
    gsearch.add_argument("--limit", type=int, default=20)
    gprint = guides.add_parser("print", parents=[common])
    gprint.add_argument("ids", nargs="+")
    gprint.add_argument("--out", type=Path, required=True)
    gprint.add_argument("--title")
    gprint.add_argument("--json", action="store_true")

    from .cli_journal import add_parsers as add_journal_parsers

    add_journal_parsers(sub, common)

    from . import cli_safety

    cli_safety.add_commands(sub, common)
    return parser


def run(started: float | None = None) -> NoReturn:
    """The program itself (``partage-desktop``, ``python -m partage_desktop``, the bundle).

    After a command (not the windowed app), the objects left in memory — fonts, ReportLab,
    templates — are frozen out of the cycle collector before Python exits: its shutdown would
    otherwise walk them all several times for nothing (about a tenth of an export's time).
    Every object is still released and every file closed as usual.
    """
    code = main(started=started)
    if not _GUI_STARTED:
        import gc

        gc.freeze()
    raise SystemExit(code)


_GUI_STARTED = False
PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away


def main(argv: Sequence[str] | None = None, started: float | None = None) -> int:
    try:
        code = _main(argv, started)
        sys.stdout.flush()  # a reader gone away shows here, not in Python's own flush at exit
        return code
    except BrokenPipeError:
        _drop_stdout()
        return PIPE_CLOSED


def _drop_stdout() -> None:
    """Point stdout at the null device: what is still buffered goes nowhere, and Python's flush
    at exit has no closed pipe left to complain about."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (stdout replaced, in tests)
        pass


def _main(argv: Sequence[str] | None, started: float | None) -> int:
    started = started if started is not None else time.perf_counter()
    args_list = list(sys.argv[1:] if argv is None else argv)
    from .opened_file import split_opened_file

    args_list, opened_file = split_opened_file(args_list)  # a double-clicked .partage file
    lang = _guess_lang(args_list)
    log_file: Path | None = None
    data: datadir.DataDir | None = None
    try:
        args = build_parser(lang).parse_args(args_list)
        explicit_lang: str | None = getattr(args, "lang", None)
        lang = explicit_lang or lang
        if args.version:
            print(f"partage-desktop {__version__}")
            return 0
        data = datadir.resolve(getattr(args, "data_dir", None))
        if args.command is None or args.smoke:
            from .startup import run_gui

            global _GUI_STARTED
            _GUI_STARTED = True
            return run_gui(data, explicit_lang, smoke=args.smoke, screenshot=args.screenshot,
                           started=started, open_file=opened_file)
        if args.command == "agreement" and args.action == "list":
            datadir.ensure_writable(data)
        log_file = logsetup.configure(data.logs if data.root.is_dir() and args.command != "guides" else None)
        return _run_command(args, data, lang)
    except UserInputError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 2
    except PartageError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except datadir.DataDirError as exc:
        print(t(f"data_dir_{exc.reason}", lang, path=exc.path), file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # the reader of our output went away: main() ends quietly
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, one readable line
        from .envproblems import describe
        from .services.diskfull import environment_problem

        # SQLite names no file when the disk is full: the data folder is the one concerned
        where = getattr(exc, "filename", None) or (data.root if data is not None else None)
        problem = environment_problem(exc, lang, Path(where)) if where else describe(exc, lang)
        if problem is not None:  # the computer's fault (disk full, read-only, locked): say what to do
            log.warning("environment problem in command %s: %s", args_list, exc)
            print(problem.message, file=sys.stderr)
            return problem.exit_code
        log.exception("unexpected error in command %s", args_list)
        print(t("unexpected", lang, detail=f"{exc.__class__.__name__}: {exc}",
                log=log_file or "—"), file=sys.stderr)
        return 1


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _run_command(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.command == "templates":
        from .services.catalogue import templates_listing

        items = templates_listing()
        if args.json:
            _print_json(items)
        else:
            for item in items:
                title = item["title"][lang]  # type: ignore[index]
                print(f"{item['id']:<24} {item['version']:<7} {title}")
        return 0
    if args.command == "agreement":
        return _agreement(args, data, lang)
    if args.command == "guides":
        return _guides(args, lang)
    if args.command in ("journal", "demo"):
        from .cli_journal import run as run_journal

        return run_journal(args, data, lang)
    from . import cli_safety

    if args.command in cli_safety.COMMANDS:
        return cli_safety.run(args, data, lang)
    raise AssertionError(args.command)


def _guides(args: argparse.Namespace, lang: str) -> int:
    from .services import guides
    from .store.guide_search import HIGHLIGHT_END, HIGHLIGHT_START

    if args.action == "print":
        return _guides_print(args, lang)

    results = guides.search(" ".join(args.terms), lang, limit=max(1, args.limit))
    if args.json:
        _print_json([{"id": r.id, "title": r.title, "score": r.score, "summary": r.summary,
                      "snippet": r.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")}
                     for r in results])
    elif not results:
        print(t("guides_none", lang, words=", ".join(guides.suggestions(lang, " ".join(args.terms)))))
    else:
        for r in results:
            print(f"{r.id:<26} {r.title}")
    return 0


def _guides_print(args: argparse.Namespace, lang: str) -> int:
    """Guide articles as a PDF booklet (one article: no contents page); nothing written on error."""
    from .envproblems import reason as os_reason
    from .services.guide_print import UnknownArticles, export_booklet

    try:
        out = export_booklet(args.ids, lang, args.out.absolute(), args.title)
    except UnknownArticles as exc:
        raise UserInputError([t("guides_unknown", lang, id=i) for i in exc.ids]) from exc
    except OSError as exc:
        raise UserInputError([t("guides_write", lang, path=args.out, detail=os_reason(exc, lang))]) from exc
    if args.json:
        _print_json({"out": str(out), "articles": list(dict.fromkeys(args.ids)), "bytes": out.stat().st_size})
    else:
        print(t("guides_printed", lang, out=out))
    return 0


def _agreement(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from .services import agreements

    if args.action == "export":
        raw = agreements.read_answers_file(args.answers, lang)
        result = agreements.export_answers(raw, args.out.absolute(), lang)
        for warning in result.warnings:
            print(f"{t('warning', lang)} : {warning}" if lang == "fr" else f"Warning: {warning}", file=sys.stderr)
        if args.json:
            _print_json({
                "out": str(result.out), "pages": result.pages, "fingerprint": result.fingerprint,
                "reference": result.reference, "version": result.version, "template": result.template,
                "warnings": result.warnings,
            })
        else:
            print(t("exported", lang, out=result.out, pages=result.pages, fingerprint=result.fingerprint))
        return 0
    if args.action == "verify":
        outcome = agreements.verify_pdf(args.pdf, lang)
        if args.json:
            _print_json({"status": outcome.status, "reference": outcome.reference,
                         "version": outcome.version, "fingerprint": outcome.fingerprint,
                         "title": outcome.title, "message": outcome.message})
        else:
            print(outcome.message, file=sys.stdout if outcome.ok else sys.stderr)
        return 0 if outcome.ok else 3
    if args.action == "list":
        from .services.agreement_list import list_agreements
        from .services.database import prepare

        prepare(data, lang)
        items = list_agreements(data)
        if args.json:
            _print_json(items)
        elif not items:
            print(t("no_agreements", lang))
        else:
            for item in items:
                names = ", ".join(item["parties"])
                print(f"{item['ref']:<16} {item['status']:<11} v{item['versions']}  {item['title']} — {names}")
        return 0
    raise DataUnusableError(args.action)

"""Command-line entry point: opens the app, runs the smoke start, or a headless command.

Exit codes (CONTRACTS.md): 0 success; 2 wrong input (nothing written); 3 data unusable as it is;
1 unexpected bug (logged with its traceback, one readable line on stderr).

Output cut short by a closed pipe (``partage-desktop journal search camion | head``) is not an
error: any command then stops quietly, prints nothing more, and exits with 141 (128 + SIGPIPE), the
code a shell gives a Unix tool stopped the same way, so ``set -o pipefail`` scripts see it as usual.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from partage_desktop import __version__
from partage_desktop.cli.console import guarded_output, print_json, shown
from partage_desktop.platform import datadir, logsetup
from partage_desktop.platform.errors import DataUnusableError, PartageError, UserInputError
from partage_desktop.words import error_lines, say_error, t

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors in the user's language and exit code 2, and its help (headings,
    -h/--help) in the user's language too (cli_help.py)."""

    lang = "fr"

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        from partage_desktop.cli.help import (  # deferred: not needed at start-up
            HelpFormatter,
            translate_headings,
        )

        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False  # translate_headings adds a -h/--help worded in the user's language
        super().__init__(*args, **kwargs)
        translate_headings(self, with_help=add_help)

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

    from partage_desktop.core.formatting import french_spacing  # deferred: not needed at start-up

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
    from partage_desktop.cli.help import h, use  # deferred: not needed at start-up

    use(lang)
    _Parser.lang = lang
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR", help=h("data_dir"))
    common.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help=h("lang"))

    parser = _Parser(prog="partage-desktop", parents=[common], description=h("program"), epilog=h("epilog"))
    parser.add_argument("--version", action="store_true", help=h("version"))
    parser.add_argument("--smoke", action="store_true", help=h("smoke"))
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", help=h("screenshot"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, title=h("commands"),
                                metavar=h("COMMAND"))

    def group(name: str) -> Any:  # a command with actions: ``partage-desktop NAME ACTION``
        command = sub.add_parser(name, parents=[common], help=h(name), description=h(name))
        return command.add_subparsers(dest="action", required=True, title=h("actions"), metavar="ACTION")

    def action(actions: Any, name: str, key: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, parents=[common], help=h(key),
                                                             description=h(key))
        return parser

    templates = group("templates")
    action(templates, "list", "templates_list").add_argument("--json", action="store_true", help=h("json"))

    agreement = group("agreement")
    export = action(agreement, "export", "agreement_export")
    export.add_argument("--answers", type=Path, required=True, metavar="FILE.json", help=h("answers"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=h("out_pdf_docx"))
    export.add_argument("--record", action="store_true", help=h("record"))
    export.add_argument("--force", action="store_true", help=h("force_out"))
    export.add_argument("--json", action="store_true", help=h("json"))
    export.add_argument("--bilingual", action="store_true", help=h("bilingual"))
    export.add_argument("--prevails", choices=("fr", "en"), help=h("prevails"))
    action(agreement, "list", "agreement_list").add_argument("--json", action="store_true", help=h("json"))
    verify = action(agreement, "verify", "agreement_verify")
    verify.add_argument("pdf", type=Path, help=h("verify_pdf"))
    verify.add_argument("--json", action="store_true", help=h("json"))
    from partage_desktop.cli import signing as cli_signing  # deferred: not needed at start-up

    cli_signing.add_sign_action(agreement, action)
    from partage_desktop.cli import lawyer  # deferred: not needed at start-up

    lawyer.add_parser(action, agreement, h)

    guides = group("guides")
    gsearch = action(guides, "search", "guides_search")
    gsearch.add_argument("terms", nargs="+", help=h("terms"))
    gsearch.add_argument("--json", action="store_true", help=h("json"))
    gsearch.add_argument("--limit", type=int, default=20, metavar="N", help=h("guides_limit"))
    gprint = action(guides, "print", "guides_print")
    gprint.add_argument("ids", nargs="+", help=h("guide_ids"))
    gprint.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=h("out_booklet"))
    gprint.add_argument("--title", metavar="T", help=h("booklet_title"))
    gprint.add_argument("--force", action="store_true", help=h("force_out"))
    gprint.add_argument("--json", action="store_true", help=h("json"))

    from partage_desktop.cli.journal import (  # deferred: not needed at start-up
        add_parsers as add_journal_parsers,
    )

    add_journal_parsers(group, action, sub, common)

    from partage_desktop.cli import safety as cli_safety  # deferred: not needed at start-up

    cli_safety.add_commands(group, action, sub, common)
    cli_signing.add_commands(group, action)
    from partage_desktop.cli import resources as cli_resources  # deferred: not needed at start-up

    cli_resources.add_commands(group, action)
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
        with guarded_output():  # nothing printed can drive the terminal
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
    from partage_desktop.platform.opened_file import (  # deferred: not needed at start-up
        split_opened_file,
    )

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
            from partage_desktop.ui.app.startup import run_gui  # deferred: not needed at start-up

            global _GUI_STARTED
            _GUI_STARTED = True
            return run_gui(data, explicit_lang, smoke=args.smoke, screenshot=args.screenshot,
                           started=started, open_file=opened_file)
        from partage_desktop.cli import data_rules as cli_data  # deferred: not needed at start-up

        cli_data.check_input_files(args, lang)
        answered = cli_data.without_data(args, data, lang)  # a read-only command, nothing to read
        if answered is not None:
            return answered
        if cli_data.uses_data(args) and data.root.is_dir():  # before the log goes there
            datadir.ensure_writable(data)
        log_file = logsetup.configure(data.logs if data.root.is_dir() and args.command != "guides"
                                      and (data.logs.is_dir() or not cli_data.reads_only(args)) else None)
        with cli_data.announce_new_folder(args, data, lang), cli_data.read_from(args, data, lang) as read:
            return _run_command(args, read, lang)
    except UserInputError as exc:
        for line in error_lines(exc, lang):
            print(line, file=sys.stderr)
        return 2
    except PartageError as exc:
        print(say_error(exc, lang), file=sys.stderr)
        return exc.exit_code
    except datadir.DataDirError as exc:
        print(t(f"data_dir_{exc.reason}", lang, path=exc.path), file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # the reader of our output went away: main() ends quietly
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, one readable line
        from partage_desktop.services.data.diskfull import (  # deferred: not needed at start-up
            environment_problem,
        )
        from partage_desktop.words.system_errors import describe  # deferred: not needed at start-up

        # SQLite names no file when the disk is full: the data folder is the one concerned
        where = getattr(exc, "filename", None) or (data.root if data is not None else None)
        problem = environment_problem(exc, lang, Path(where)) if where else describe(exc, lang)
        if problem is not None:  # the computer's fault (disk full, read-only, locked): say what to do
            log.warning("environment problem in command %s: %s", _command_words(args_list), exc)
            print(problem.message, file=sys.stderr)
            return problem.exit_code
        if log_file is None and data is not None and (_GUI_STARTED or data.root.is_dir()):
            # not set up yet (the window's start): now, so that the details are kept and found
            log_file = logsetup.configure(data.logs)
        log.exception("unexpected error in command %s", _command_words(args_list))
        print(t("unexpected", lang, detail=f"{exc.__class__.__name__}: {exc}",
                log=log_file or "—"), file=sys.stderr)
        return 1


def _command_words(args_list: Sequence[str]) -> str:
    """The command and its options' names, for the log: never the values (search words, titles,
    file names are the user's)."""
    words = ("templates", "agreement", "guides", "journal", "demo", "backup", "exchange", "check",
             "list", "export", "verify", "search", "print", "create", "restore", "import", "sign",
             "certificates", "remove", "lawyer-changes", "resources", "needs", "book", "sheet", "matches",
             "ics")
    kept = [a.split("=", 1)[0] for a in args_list if a.startswith("--") or a in words]
    return " ".join(kept) or "(window)"


def _run_command(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.command == "templates":
        from partage_desktop.services.agreements.catalogue import (  # deferred: not needed at start-up
            templates_listing,
        )

        items = templates_listing()
        if args.json:
            print_json(items)
        else:
            for item in items:
                title = item["title"][lang]  # type: ignore[index]
                print(f"{item['id']:<24} {item['version']:<7} {title}")
        return 0
    if args.command == "agreement":
        return _agreement(args, data, lang)
    if args.command == "guides":
        return _guides(args, data, lang)
    if args.command in ("journal", "demo"):
        from partage_desktop.cli.journal import (  # deferred: not needed at start-up
            run as run_journal,
        )

        return run_journal(args, data, lang)
    from partage_desktop.cli import safety as cli_safety  # deferred: not needed at start-up

    if args.command in cli_safety.COMMANDS:
        return cli_safety.run(args, data, lang)
    from partage_desktop.cli import signing as cli_signing  # deferred: not needed at start-up

    if args.command in cli_signing.COMMANDS:
        return cli_signing.run(args, data, lang)
    from partage_desktop.cli import resources as cli_resources  # deferred: not needed at start-up

    if args.command in cli_resources.COMMANDS:
        return cli_resources.run(args, data, lang)
    raise AssertionError(args.command)


def _guides(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.core.snippets import (  # deferred: not needed at start-up
        HIGHLIGHT_END,
        HIGHLIGHT_START,
    )
    from partage_desktop.services.guides import (  # deferred: not needed at start-up
        library as guides,
    )

    if args.action == "print":
        return _guides_print(args, data, lang)

    results = guides.search(" ".join(args.terms), lang, limit=max(1, args.limit))
    if args.json:
        print_json([{"id": r.id, "title": r.title, "score": r.score, "summary": r.summary,
                      "snippet": r.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")}
                     for r in results])
    elif not results:
        print(t("guides_none", lang, words=", ".join(guides.suggestions(lang, " ".join(args.terms)))))
    else:
        for r in results:
            print(f"{r.id:<26} {r.title}")
    return 0


def _guides_print(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    """Guide articles as a PDF booklet (one article: no contents page); nothing written on error."""
    from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
        check_output,
    )
    from partage_desktop.services.guides.printing import (  # deferred: not needed at start-up
        UnknownArticles,
        export_booklet,
    )
    from partage_desktop.words.system_errors import (  # deferred: not needed at start-up
        reason as os_reason,
    )

    target = check_output(args.out, data, lang, args.force)
    try:
        out = export_booklet(args.ids, lang, target, args.title)
    except UnknownArticles as exc:
        raise UserInputError([t("guides_unknown", lang, id=i) for i in exc.ids]) from exc
    except OSError as exc:
        raise UserInputError([t("guides_write", lang, path=args.out, detail=os_reason(exc, lang))]) from exc
    if args.json:
        print_json({"out": str(out), "articles": list(dict.fromkeys(args.ids)), "bytes": out.stat().st_size})
    else:
        print(t("guides_printed", lang, out=out))
    return 0


def _agreement(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.cli import lawyer  # deferred: not needed at start-up
    from partage_desktop.services.agreements import (  # deferred: not needed at start-up
        export as agreements,
    )

    if lawyer.wants_docx(args):
        return lawyer.export_docx(args, data, lang)
    if args.action == "lawyer-changes":
        return lawyer.lawyer_changes(args, data, lang)
    if args.action == "export":
        from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
            check_output,
        )

        raw = agreements.read_answers_file(args.answers, lang)
        if args.bilingual or args.prevails:  # French and English side by side
            raw = agreements.with_bilingual(raw, args.prevails)
        out = check_output(args.out, data, lang, args.force)
        if args.record:  # also in the data folder, as the wizard records an export
            from partage_desktop.services.agreements.record import (  # deferred: not needed at start-up
                export_and_record,
            )
            from partage_desktop.services.data.database import (  # deferred: not needed at start-up
                prepare,
            )

            datadir.ensure_writable(data)
            prepare(data, lang)
            result = export_and_record(data, raw, out, lang)
        else:
            from partage_desktop.services.agreements.versions import (  # deferred: not needed at start-up
                our_name_if_recorded,
            )

            result = agreements.export_answers(raw, out, lang, author=our_name_if_recorded(data, lang))
        for warning in result.warnings:
            print(t("warning_line", lang, warning=warning), file=sys.stderr)
        if args.json:
            print_json({
                "out": str(result.out), "pages": result.pages, "fingerprint": result.fingerprint,
                "sha256": result.sha256,
                "reference": result.reference, "version": result.version, "template": result.template,
                "warnings": result.warnings, "recorded": args.record,
            })
        else:
            print(t("exported", lang, out=result.out, pages=result.pages, fingerprint=result.fingerprint))
            print(t("export_recorded", lang, ref=result.reference, version=result.version) if args.record
                  else t("export_not_recorded", lang), file=sys.stdout if args.record else sys.stderr)
        return 0
    if args.action == "verify":
        from partage_desktop.cli import signing as cli_signing  # deferred: not needed at start-up
        from partage_desktop.services.agreements.copies import (  # deferred: not needed at start-up
            check_pdf,
        )

        # exit 0 only for a copy identical to the version recorded here (see services/copies.py)
        # whose signatures, if any, are intact with nothing changed after them
        outcome = check_pdf(data, args.pdf, lang)
        if args.json:
            print_json({"status": outcome.status, "reference": outcome.reference,
                         "version": outcome.version, "fingerprint": outcome.fingerprint,
                         "sha256": outcome.sha256, "title": outcome.title, "message": outcome.message,
                         "recorded": [{"ref": m.reference, "version": m.number, "fingerprint": m.fingerprint}
                                      for m in outcome.matches],
                         "signatures": cli_signing.signatures_json(outcome),
                         "added_after": outcome.signatures.added_after if outcome.signatures else []})
        else:
            stream = sys.stdout if outcome.ok else sys.stderr
            print(outcome.message, file=stream)
            for line in cli_signing.signature_lines(outcome):
                print(line, file=stream)
        return outcome.exit_code
    if args.action == "sign":
        from partage_desktop.cli import signing as cli_signing  # deferred: not needed at start-up

        return cli_signing.run_sign(args, data, lang)
    if args.action == "list":
        from partage_desktop.services.agreements.listing import (  # deferred: not needed at start-up
            list_agreements,
        )
        from partage_desktop.services.data.database import (  # deferred: not needed at start-up
            prepare,
        )

        prepare(data, lang)
        items = list_agreements(data)
        if args.json:
            print_json(items)
        elif not items:
            print(t("no_agreements", lang))
        else:
            for item in items:
                names = ", ".join(item["parties"])
                print(f"{item['ref']:<16} {item['status']:<11} v{item['versions']}  {shown(item['title'])} — {shown(names)}")
        return 0
    raise DataUnusableError(args.action)

"""Services raise errors as message codes with parameters; whoever shows them words them once."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

import partage_desktop
from partage_desktop.platform.errors import DataUnusableError, Message, PartageError, UserInputError
from partage_desktop.words import error_lines, say, say_error, t, tn
from partage_desktop.words.system_errors import reason, reason_message

ERRORS = {"PartageError", "UserInputError", "DataUnusableError", "DatabaseDamaged", "DataChangedMeanwhile"}
WORDING = {"t", "tn", "say", "os_reason", "reason", "template"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _worded(arg: ast.expr) -> list[ast.AST]:
    """The places in an error's argument that hold words already chosen in a language."""
    found: list[ast.AST] = [node for node in ast.walk(arg)
                            if isinstance(node, ast.Call) and _name(node.func) in WORDING]
    direct = list(arg.elts) if isinstance(arg, ast.List) else [arg]
    found += [node for node in direct if isinstance(node, ast.JoinedStr)]
    return found


@pytest.mark.parametrize("layer", ["services", "store", "pdf"])
def test_no_service_builds_an_error_from_worded_text(layer: str) -> None:
    """Below the command line and the window, an error is a code: no PartageError is built from
    t(...), tn(...), say(...) or the system's reason worded, nor from an f-string."""
    root = Path(partage_desktop.__file__).parent
    offenders = []
    for path in sorted((root / layer).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in ERRORS:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    offenders += [f"{path.relative_to(root)}:{bad.lineno}"  # type: ignore[attr-defined]
                                  for bad in _worded(arg)]
    assert offenders == []


def test_the_scan_sees_worded_errors() -> None:
    """The scan above would catch the two shapes it forbids."""
    for source in ('raise DataUnusableError(t("file_unreadable", lang, path=p, detail=d))',
                   'raise UserInputError([f"{p} is wrong"])',
                   'raise UserInputError([Message.of("x", detail=os_reason(exc, lang))])'):
        call = ast.parse(source).body[0].exc  # type: ignore[attr-defined]
        assert _worded(call.args[0]), source
    ok = ast.parse('raise UserInputError([Message.of("agreement_missing", reference=f"{r} v{n}")])')
    assert not _worded(ok.body[0].exc.args[0])  # type: ignore[attr-defined]


def test_nested_messages_are_worded_at_every_depth() -> None:
    missing = OSError(errno.ENOENT, "No such file or directory")
    message = Message.of("file_unreadable", path="a.json", detail=reason_message(missing))
    assert say(message, "fr") == t("file_unreadable", "fr", path="a.json", detail=t("os_not_found", "fr"))
    assert say(message, "en") == t("file_unreadable", "en", path="a.json", detail=t("os_not_found", "en"))
    deeper = Message.of("detail_plain", value=message)
    assert say(deeper, "en") == say(message, "en")
    assert "No such file" not in say(message, "fr")


def test_a_plural_message_takes_its_counts_form() -> None:
    one = Message.plural("problems_header", 1)
    three = Message.plural("problems_header", 3)
    assert say(one, "fr") == tn("problems_header", 1, "fr")
    assert say(three, "en") == tn("problems_header", 3, "en")
    assert say(one, "fr") != say(three, "fr")
    assert "3" in str(three) and "problems_header" in str(three)


@pytest.mark.parametrize("exc", [OSError(errno.EACCES, "denied"), OSError(errno.ENOSPC, "full"),
                                 OSError(12345, "odd"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
                                 ValueError("x")])
def test_the_reason_as_a_code_reads_as_the_worded_reason(exc: BaseException) -> None:
    for lang in ("fr", "en"):
        assert say(reason_message(exc), lang) == reason(exc, lang)


def test_an_error_is_worded_once_in_the_users_language_and_logged_as_codes() -> None:
    exc = UserInputError([Message.of("out_exists", path="x.pdf"), Message.of("out_is_folder", path="d")])
    assert error_lines(exc, "fr") == [t("out_exists", "fr", path="x.pdf"), t("out_is_folder", "fr", path="d")]
    assert say_error(exc, "en") == t("out_exists", "en", path="x.pdf") + "\n" + t("out_is_folder", "en", path="d")
    assert str(exc) == "out_exists {'path': 'x.pdf'}; out_is_folder {'path': 'd'}"
    data = DataUnusableError(Message.of("db_too_new", path="p.db", revision="9"))
    assert say_error(data, "fr") == t("db_too_new", "fr", path="p.db", revision="9")
    assert "db_too_new" in str(data)
    assert say_error(PartageError("plain words"), "en") == "plain words"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_worded_parameters_read_as_before(lang: str) -> None:
    """A status or a backup's counts given to an error as codes read as the words they replace."""
    from partage_desktop.core.agreements import lifecycle
    from partage_desktop.services.agreements.frozen import status_message
    from partage_desktop.services.safety.backup import counted, counted_messages

    for status in (*lifecycle.STATUSES, "odd"):
        assert say(Message.of("detail_plain", value=status_message(status)), lang) == lifecycle.status_label(status, lang)
    counts = {"agreements": 1, "projects": 3, "entries": 0}
    assert {k: say(m, lang) for k, m in counted_messages(counts, journal=False).items()} \
        == counted(counts, lang, journal=False)
    assert counted(counts, lang)["projects"] == tn("count_projects", 3, lang)

"""Command-line side of electronic signatures: ``agreement sign`` and ``certificates
list|import|remove``; and the lines ``agreement verify`` adds about a signed file's signatures.

Kept out of main.py so that this feature's commands live in one place; main.py only wires them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partage_desktop.cli.console import print_json, shown
from partage_desktop.cli.help import h
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.words import t, tn

COMMANDS = ("certificates",)
MAX_PASSWORD_FILE = 4096


def add_sign_action(agreement: Any, action: Any) -> None:
    """``agreement sign FILE.pdf --party N --key FILE.p12 --out SIGNED.pdf [--password-file F]``"""
    sign = action(agreement, "sign", "agreement_sign")
    sign.add_argument("pdf", type=Path, help=h("sign_pdf"))
    sign.add_argument("--party", type=int, required=True, metavar="N", help=h("sign_party"))
    sign.add_argument("--key", type=Path, required=True, metavar="FILE.p12", help=h("sign_key"))
    sign.add_argument("--out", type=Path, required=True, metavar="SIGNED.pdf", help=h("sign_out"))
    sign.add_argument("--password-file", type=Path, metavar="FILE", help=h("password_file"))
    sign.add_argument("--force", action="store_true", help=h("force_out"))
    sign.add_argument("--json", action="store_true", help=h("json"))


def add_commands(group: Any, action: Any) -> None:
    certificates = group("certificates")
    action(certificates, "list", "certificates_list").add_argument("--json", action="store_true", help=h("json"))
    action(certificates, "import", "certificates_import").add_argument("file", type=Path, help=h("cert_file"))
    action(certificates, "remove", "certificates_remove").add_argument("sha256", metavar="SHA256",
                                                                      help=h("cert_sha256"))


def _password(args: argparse.Namespace, lang: str) -> str:
    """From --password-file (its first line), else asked without echo."""
    if args.password_file is not None:
        path: Path = args.password_file
        try:
            if path.is_dir() or path.stat().st_size > MAX_PASSWORD_FILE:
                raise UserInputError([t("sign_password_file_bad", lang, path=path)])
            text = path.read_text("utf-8-sig")
        except OSError as exc:
            from partage_desktop.words.system_errors import (  # deferred: not needed at start-up
                reason as os_reason,
            )

            raise UserInputError([t("sign_password_file_unreadable", lang, path=path,
                                    detail=os_reason(exc, lang))]) from exc
        except UnicodeDecodeError as exc:
            raise UserInputError([t("sign_password_file_bad", lang, path=path)]) from exc
        lines = text.splitlines()
        return lines[0] if lines else ""
    import getpass

    try:
        return getpass.getpass(t("sign_password_prompt", lang))
    except EOFError as exc:  # no terminal and nothing on the standard input
        raise UserInputError([t("sign_password_missing", lang)]) from exc


def run_sign(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
        check_output,
    )
    from partage_desktop.services.signing.sign import (  # deferred: pyHanko, only when signing
        check_signable,
        sign_file,
    )

    source: Path = args.pdf
    same = args.out.expanduser().absolute() == source.expanduser().absolute()
    out = check_output(args.out, data, lang, args.force or same)
    if not args.key.is_file():
        raise UserInputError([t("input_missing" if not args.key.exists() else "input_is_folder", lang,
                                option="--key", path=args.key)])
    check_signable(source, args.party, lang)  # before the password is asked
    password = _password(args, lang)
    result = sign_file(source, args.party, args.key, password, out, lang)
    if args.json:
        print_json({"out": str(result.out), "party": result.party, "party_name": result.party_name,
                     "signer": result.signer, "organization": result.organization,
                     "signed_at": result.signed_at.isoformat(timespec="seconds"), "pending": result.pending})
        return 0
    print(t("signed_ok", lang, party=result.party, name=shown(result.party_name), signer=shown(result.signer),
            out=result.out))
    if result.pending:
        print(tn("signed_pending", len(result.pending), lang, parties=", ".join(map(str, result.pending))))
    else:
        print(t("signed_all", lang))
    return 0


def _certificate_json(c: Any) -> dict[str, Any]:
    return {"sha256": c.sha256, "name": c.name, "organization": c.organization, "email": c.email,
            "not_before": c.not_before.isoformat() if c.not_before else None,
            "not_after": c.not_after.isoformat() if c.not_after else None, "source": c.source}


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.signing import (  # deferred: cryptography, only when needed
        trust,
    )

    if args.action == "list":
        items = trust.trusted_certificates(data, lang)
        if args.json:
            print_json([_certificate_json(c) for c in items])
        elif not items:
            print(t("certificates_none", lang))
        else:
            for c in items:
                holder = ", ".join(x for x in (c.name, c.organization, c.email) if x)
                print(f"{c.sha256}  {shown(holder)}")
        return 0
    if args.action == "import":
        for c in trust.import_certificates(data, args.file, lang):
            holder = ", ".join(x for x in (c.name, c.organization) if x) or "—"
            print(t("cert_imported" if c.new else "cert_already", lang, name=shown(holder), sha=c.short))
        return 0
    removed = trust.remove_certificate(data, args.sha256, lang)
    print(t("cert_removed", lang, name=shown(removed.name or removed.sha256), sha=removed.short))
    return 0


def signature_lines(check: Any) -> list[str]:
    """What ``agreement verify`` adds about a signed file (none when it is not signed)."""
    signatures = getattr(check, "signatures", None)
    return [] if signatures is None else signatures.lines()


def signatures_json(check: Any) -> list[dict[str, Any]]:
    """The ``signatures`` list of ``agreement verify --json`` (docs/command-line.md)."""
    signatures = getattr(check, "signatures", None)
    if signatures is None:
        return []
    return [{"party": s.party, "field": s.field, "party_name": s.party_name, "signer": s.signer,
             "organization": s.organization, "email": s.email,
             "signed_at": s.signed_at.isoformat(timespec="seconds") if s.signed_at else None,
             "intact": s.intact, "valid": s.valid, "trusted": s.trusted,
             "certificate_sha256": s.certificate_sha256, "message": s.message}
            for s in signatures.signatures]

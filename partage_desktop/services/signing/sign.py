"""Sign an exported agreement (or amendment) for one party, with that party's PKCS#12 key.

Each party signs in turn, each in its own incremental update: the bytes of the export and of every
earlier signature stay exactly as they were, so earlier signatures stay valid and the document is
still checked against its record on the revision before the first signature (``check``).

Every refusal is a ``SigningRefused`` (a ``UserInputError``: exit code 2 on the command line) with
its message code; a window can tell them apart by class (ask the password again on
``WrongPassword``). Nothing is written unless the whole signed file was made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.validation import validate
from partage_desktop.core.formatting import format_date
from partage_desktop.pdf.agreement.layouts import ARCHIVAL
from partage_desktop.platform import atomic
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.services.agreements.catalogue import catalogue_for
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason_message


class SigningRefused(UserInputError):
    """Signing cannot go ahead; ``code`` is the message code of the reason."""

    def __init__(self, message: Message) -> None:
        super().__init__([message])
        self.code = message.code


class NotAnAgreement(SigningRefused):
    """The file is not a Partage agreement or amendment (or was changed since its export)."""


class NoSignatureFields(SigningRefused):
    """A Partage export made before signature fields were part of every export."""


class NoSuchParty(SigningRefused):
    """The party number is not one of the document's parties."""


class AlreadySigned(SigningRefused):
    """That party's field is already signed."""


class WrongPassword(SigningRefused):
    """The key file is a PKCS#12 key, but the password does not open it."""


class KeyUnreadable(SigningRefused):
    """The key file cannot be read or is not a usable PKCS#12 key (damaged, huge, no certificate)."""


class OutNotWritable(SigningRefused):
    """The signed file cannot be written where asked."""


@dataclass(frozen=True)
class Signatory:
    party: int  # from 1, in the order of the parties
    field: str  # the signature field's name (party-1, party-2…)
    name: str  # the party's name as the document shows it
    signed: bool
    has_field: bool = True  # False: the export has no field for this party


@dataclass(frozen=True)
class SignedResult:
    out: Path
    party: int
    party_name: str
    signer: str  # the key certificate's holder
    organization: str
    signed_at: datetime
    pending: list[int]  # parties whose field is still empty


def _answers(pdf: bytes) -> dict[str, Any] | None:
    """The answers a Partage agreement or amendment carries; None when it is not ours."""
    from partage_desktop.pdf.agreement.draw import (  # deferred: pypdf, only when needed
        AMENDMENT_ATTACHMENT,
        ATTACHMENT_NAME,
        read_embedded,
    )

    attached = read_embedded(pdf)
    try:
        if ATTACHMENT_NAME in attached:
            answers: Any = json.loads(attached[ATTACHMENT_NAME])
        elif AMENDMENT_ATTACHMENT in attached:
            answers = json.loads(attached[AMENDMENT_ATTACHMENT]).get("answers")
        else:
            return None
    except (ValueError, AttributeError):
        return None
    return answers if isinstance(answers, dict) else None


def _parties(answers: dict[str, Any] | None) -> list[str] | None:
    """The parties' names, in order; None when there are none to read."""
    parties = answers.get("parties") if answers is not None else None
    if not isinstance(parties, list):
        return None
    return [str(p.get("name", "")) if isinstance(p, dict) else "" for p in parties]


def signatories(pdf: bytes) -> list[Signatory]:
    """The document's parties with their signature field and whether it is signed; empty when the
    file is not a Partage agreement or amendment (or cannot be read)."""
    from partage_desktop.pdf.agreement.signature_fields import (  # deferred: ReportLab, only now
        field_name as party_field,
    )
    from partage_desktop.pdf.signing.fields import (  # deferred: pyHanko, only for signatures
        UnreadablePdfFile,
        signature_fields,
    )

    names = _parties(_answers(pdf))
    if names is None:
        return []
    try:
        fields = {f.name: f for f in signature_fields(pdf)}
    except UnreadablePdfFile:
        return []
    found = []
    for i, name in enumerate(names, start=1):
        spot = fields.get(party_field(i))
        found.append(Signatory(i, party_field(i), name, bool(spot and spot.signed), spot is not None))
    return found


def clock(when: datetime, lang: str) -> str:
    """The time of day as each language writes it: « 14 h 05 », "14:05"."""
    return f"{when.hour} h {when.minute:02d}" if lang == "fr" else f"{when.hour}:{when.minute:02d}"


def stamp_lines(signer: str, organization: str, when: datetime, lang: str) -> list[str]:
    """What the visible stamp says, in the document's language."""
    lines = [t("sign_stamp_by", lang, name=signer or "—")]
    if organization:
        lines.append(organization)
    lines.append(t("sign_stamp_on", lang, date=format_date(when.date(), lang), time=clock(when, lang)))
    return lines


def check_signable(source: Path, party: int, lang: str) -> Signatory:
    """Whether party ``party`` can sign ``source`` now (before asking for a password): the
    party's signatory, or the refusal (``SigningRefused`` subclasses; ``DataUnusableError`` when
    the file cannot be read)."""
    return _signable(with_fields_if_earlier(_read(source), lang), source, party, lang)


def with_fields_if_earlier(pdf: bytes, lang: str) -> bytes:
    """``pdf`` itself, or — for a genuine, unsigned agreement exported by a release that did not
    put signature fields in every export — ``pdf`` with its empty fields added as an incremental
    update, on the signature lines where that copy shows them. The exported bytes stay the first
    revision and the fields draw nothing, so the copy still verifies as exported."""
    from partage_desktop.pdf.signing.check import (  # deferred: pyHanko, only for signatures
        looks_signed,
    )
    from partage_desktop.services.agreements.export import (  # deferred: ReportLab, only when needed
        verify_pdf_bytes,
    )

    people = signatories(pdf)
    if not people or any(p.has_field for p in people) or looks_signed(pdf):
        return pdf
    checked = verify_pdf_bytes(pdf, lang)
    if checked.status != "ok" or checked.kind != "agreement" or checked.layout >= ARCHIVAL:
        return pdf  # not ours, an amendment, or one that should have had its fields: refused later
    from partage_desktop.pdf.agreement.draw import (  # deferred: ReportLab, only when needed
        read_embedded_answers,
        signature_spots,
    )
    from partage_desktop.pdf.agreement.signature_fields import (  # deferred: ReportLab, only now
        field_name as party_field,
    )
    from partage_desktop.pdf.signing.fields import (  # deferred: pyHanko, only for signatures
        add_empty_fields,
    )

    document = _document_of(read_embedded_answers(pdf), checked.fingerprint, lang)
    if document is None:
        return pdf
    spots = signature_spots(document, checked.layout)
    if len(spots) != len(people):
        return pdf
    return add_empty_fields(pdf, [(party_field(s.party), s.page, s.rect) for s in spots])


def _document_of(embedded: str | None, fingerprint: str, lang: str) -> Any:
    """The agreement document the embedded answers draw, with the fingerprint the copy prints."""
    try:
        canonical = json.loads(embedded or "")
    except ValueError:
        return None
    if not isinstance(canonical, dict):
        return None
    answers = {k: v for k, v in canonical.items() if k != "template_version"}
    result = validate(catalogue_for(answers), answers, lang=lang)
    if result.errors or result.answers is None:
        return None
    return replace(build_document(result.answers), fingerprint=fingerprint)


def _read(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=source, detail=reason_message(exc))) from exc


def _signable(pdf: bytes, source: Path, party: int, lang: str) -> Signatory:
    from partage_desktop.pdf.signing.check import (  # deferred: pyHanko, only for signatures
        looks_signed,
        read_signatures,
    )
    from partage_desktop.pdf.signing.fields import (  # deferred: pyHanko, only for signatures
        UnreadablePdfFile,
    )
    from partage_desktop.services.agreements.export import (  # deferred: ReportLab, only when needed
        verify_pdf_bytes,
    )

    people = signatories(pdf)
    if not people:
        raise NotAnAgreement(Message.of("sign_not_agreement", path=source.name))
    if not 1 <= party <= len(people):
        raise NoSuchParty(Message.of("sign_no_party", party=party,
                                     parties=", ".join(f"{p.party} ({p.name})" for p in people)))
    who = people[party - 1]
    if not who.has_field:
        raise NoSignatureFields(Message.of("sign_no_field", path=source.name))
    if who.signed:
        raise AlreadySigned(Message.of("sign_already_signed", party=party, name=who.name))
    # sign only a genuine export: the document as exported (before any signature) must draw again
    # exactly as it shows, and the signatures already made must be intact
    exported = pdf
    try:
        if looks_signed(pdf):
            signed = read_signatures(pdf, [])
            if signed is not None:
                if not signed.unsigned or not all(s.intact and s.valid for s in signed.signatures):
                    raise NotAnAgreement(Message.of("sign_altered", path=source.name))
                exported = signed.unsigned
    except UnreadablePdfFile as exc:
        raise NotAnAgreement(Message.of("sign_not_agreement", path=source.name)) from exc
    if verify_pdf_bytes(exported, lang).status in ("altered", "foreign"):
        raise NotAnAgreement(Message.of("sign_altered", path=source.name))
    return who


_KEY_PROBLEMS = {"unreadable": "sign_key_damaged", "too_big": "sign_key_too_big",
                 "no_certificate": "sign_key_no_certificate"}


def open_key(key: Path, password: str) -> object:
    """The signing key in ``key`` opened with ``password`` (a ``pdf.signing.keys.SigningKey``);
    raises WrongPassword or KeyUnreadable."""
    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only for signatures
        KeyProblem,
        load_key,
    )

    try:
        key_bytes = key.read_bytes()
    except OSError as exc:
        raise KeyUnreadable(Message.of("sign_key_unreadable", path=key, detail=reason_message(exc))) from exc
    try:
        return load_key(key_bytes, password)
    except KeyProblem as exc:
        if exc.reason == "password":
            raise WrongPassword(Message.of("sign_wrong_password", path=key.name)) from exc
        raise KeyUnreadable(Message.of(_KEY_PROBLEMS.get(exc.reason, "sign_key_damaged"), path=key)) from exc


def sign_file(source: Path, party: int, key: Path, password: str, out: Path, lang: str) -> SignedResult:
    """Sign party ``party``'s field of ``source`` with the key file ``key`` and write ``out``
    atomically (``out`` may be ``source`` itself). The stamp is worded in the document's own
    language (``lang`` when it does not say). Raises a ``SigningRefused`` subclass (or
    ``DataUnusableError`` when ``source`` cannot be read)."""
    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only for signatures
        SigningKey,
    )
    from partage_desktop.pdf.signing.sign import (  # deferred: pyHanko, only for signatures
        sign_field,
    )

    pdf = with_fields_if_earlier(_read(source), lang)
    who = _signable(pdf, source, party, lang)
    opened = open_key(key, password)
    assert isinstance(opened, SigningKey)
    if not out.parent.is_dir():
        raise OutNotWritable(Message.of("out_dir_missing", path=out.parent))
    now = datetime.now().astimezone()
    lines = stamp_lines(opened.facts.name, opened.facts.organization, now, _document_lang(pdf, lang))
    try:
        signed_pdf = sign_field(pdf, who.field, opened, lines)
    except Exception as exc:  # noqa: BLE001 - pyHanko refuses a file it cannot update
        raise NotAnAgreement(Message.of("sign_not_agreement", path=source.name)) from exc
    try:
        atomic.write_bytes(out, signed_pdf)
    except OSError as exc:
        raise OutNotWritable(Message.of("out_not_writable", path=out, detail=reason_message(exc))) from exc
    pending = [p.party for p in signatories(signed_pdf) if not p.signed]
    return SignedResult(out, party, who.name, opened.facts.name, opened.facts.organization, now, pending)


def _document_lang(pdf: bytes, lang: str) -> str:
    """The language the document is written in (its answers say), else ``lang``."""
    found = (_answers(pdf) or {}).get("lang")
    return found if found in ("fr", "en") else lang

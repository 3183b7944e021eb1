"""Agreement actions shared by the GUI and the command line: export a PDF, verify a copy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partage_desktop.core.agreements.answers_shape import usable_answers
from partage_desktop.core.agreements.document import AgreementDocument
from partage_desktop.core.agreements.fingerprint import (
    canonical_json,
    canonical_text,
    full_hash,
    printed_forms,
)
from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.validation import ValidationResult, validate
from partage_desktop.pdf.agreement.layouts import ALL as LAYOUTS
from partage_desktop.pdf.fonts import missing_glyphs
from partage_desktop.pdf.images import readable_image
from partage_desktop.platform import atomic
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.platform.json_input import JsonInputError, loads
from partage_desktop.services.agreements.amendment_verify import verify_amendment
from partage_desktop.services.agreements.catalogue import catalogue_for
from partage_desktop.services.agreements.verification import (
    VerifyResult,
    claimed_identity,
    same_pages,
)
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason_message

if TYPE_CHECKING:
    from partage_desktop.core.agreements.answers_shape import ShapeCheck


@dataclass(frozen=True)
class ExportResult:
    out: Path
    pages: int
    fingerprint: str
    reference: str
    version: int
    template: str
    warnings: list[str]
    sha256: str = ""


def read_answers_file(path: Path, lang: str) -> Any:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc

    try:
        return loads(text)
    except JsonInputError as exc:
        if exc.reason == "syntax":
            raise DataUnusableError(Message.of("not_json", path=path, line=exc.line)) from exc
        raise DataUnusableError(Message.of(f"json_{exc.reason}", path=path, where=exc.where or "—")) from exc


def check_answers(raw: Any, lang: str | None = None) -> ValidationResult:
    return validate(catalogue_for(raw), raw, lang=lang, glyph_checker=missing_glyphs, image_checker=readable_image)


@dataclass(frozen=True)
class RenderedAgreement:
    pdf: bytes
    pages: int
    document: AgreementDocument
    validation: ValidationResult


def render_pdf(raw: Any, lang: str) -> RenderedAgreement:
    """Validate and render; raises UserInputError listing every problem."""
    from partage_desktop.pdf.agreement.draw import (  # deferred: ReportLab, only when needed
        render_agreement_pages,
    )

    result = check_answers(raw, lang)
    if result.errors:
        header = Message.plural("problems_header", len(result.errors))
        raise UserInputError([header, *(f"  - {p}" for p in result.errors)])  # the form's own words
    assert result.answers is not None
    doc = build_document(result.answers)
    pdf, pages = render_agreement_pages(doc)
    return RenderedAgreement(pdf, pages, doc, result)


def render_draft_pdf(raw: Any, lang: str) -> RenderedAgreement:
    """A preview of answers that may be incomplete: every missing answer is a blank to fill and
    every page says "draft — incomplete". Only for looking at: nothing exports or freezes it (the
    export goes through ``render_pdf``, which refuses incomplete answers). Raises UserInputError
    when there is nothing to draw yet (no known kind of agreement)."""
    from partage_desktop.pdf.agreement.draw import (  # deferred: ReportLab, only when needed
        render_agreement_pages,
    )

    result = check_answers(raw, lang)
    if result.answers is None:
        raise UserInputError([str(p) for p in result.errors])
    doc = build_document(result.answers, draft=not result.ok)
    pdf, pages = render_agreement_pages(doc)
    return RenderedAgreement(pdf, pages, doc, result)


def export_answers(raw: Any, out: Path, lang: str) -> ExportResult:
    """Render the answers to ``out``; nothing is written unless the whole PDF was made."""
    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    rendered = render_pdf(raw, lang)
    write_pdf(out, rendered.pdf, lang)
    doc = rendered.document

    return ExportResult(out, rendered.pages, doc.fingerprint, doc.reference, doc.version,
                        rendered.validation.answers.template.id if rendered.validation.answers else "",
                        [str(w) for w in rendered.validation.warnings], full_hash(doc.attachment_json))


def write_pdf(out: Path, pdf: bytes, lang: str) -> None:
    """Atomic write: an interrupted or refused write leaves any previous file untouched."""
    try:
        atomic.write_bytes(out, pdf)
    except OSError as exc:
        raise UserInputError([Message.of("out_not_writable", path=out, detail=reason_message(exc))]) from exc


def verify_pdf_bytes(data: bytes, lang: str, prefer: str = "") -> VerifyResult:
    """Draw the document again from the answers it carries and compare what the pages show.
    ``prefer``: the printed fingerprint to try first (the one recorded here, when known).
    A signed file is checked as it was before its first signature: signing adds to a file and
    never changes what was there (its signatures are checked by services/signing/check.py)."""
    from dataclasses import replace

    from partage_desktop.pdf.signing.check import (  # deferred: pyHanko, only for signed files
        looks_signed,
        unsigned_revision,
    )

    if looks_signed(data):
        data = unsigned_revision(data) or data

    from partage_desktop.pdf.agreement.draw import (  # deferred: ReportLab, only when needed
        AMENDMENT_ATTACHMENT,
        ATTACHMENT_NAME,
        read_embedded,
        render_agreement,
    )

    attached = read_embedded(data)
    if AMENDMENT_ATTACHMENT in attached and ATTACHMENT_NAME not in attached:
        return verify_amendment(attached[AMENDMENT_ATTACHMENT], data, lang, prefer)
    embedded = attached.get(ATTACHMENT_NAME)
    canonical: Any = None
    if embedded:
        try:
            canonical = json.loads(embedded)
        except ValueError:
            canonical = None
    if not isinstance(canonical, dict):
        # A file that still shows our marks but whose data cannot be read was tampered with.
        ours = any(name.encode("ascii") in data for name in (ATTACHMENT_NAME, AMENDMENT_ATTACHMENT)) \
            or b"/Creator (Partage" in data
        return VerifyResult("altered" if ours else "foreign",
                            t("verify_damaged" if ours else "verify_foreign", lang))
    claimed = claimed_identity(canonical)
    template = catalogue_for(canonical).get(str(canonical.get("template")))
    found_version = str(canonical.get("template_version", ""))
    if template is None or template.version != found_version:
        return VerifyResult("other_version", t(
            "verify_other_version", lang, found=found_version, template=canonical.get("template"),
            current=template.version if template else "—"), sha256=full_hash(canonical_text(canonical)),
            **claimed)
    answers = {k: v for k, v in canonical.items() if k != "template_version"}
    result = validate(catalogue_for(answers), answers, lang=lang)
    if result.errors or result.answers is None:
        return VerifyResult("altered", t("verify_damaged", lang), **claimed)
    text = canonical_json(result.answers)
    doc = build_document(result.answers)
    forms = sorted(printed_forms(text), key=lambda f: f != prefer)
    # every layout a release of Partage drew with (pdf/agreement/layouts.py), newest first
    printed = same_pages(data, ((f, lambda f=f, layout=layout: render_agreement(replace(doc, fingerprint=f), layout))
                                for layout in LAYOUTS for f in forms))
    info: dict[str, Any] = dict(reference=doc.reference, version=doc.version, fingerprint=printed or doc.fingerprint,
                title=doc.title)
    if printed is not None:
        return VerifyResult("ok", t("verify_ok", lang, **info), sha256=full_hash(text),
                            words=info, **info)
    return VerifyResult("altered", t("verify_altered", lang, **info), sha256=full_hash(text),
                        words=info, **info)


def verify_pdf(path: Path, lang: str) -> VerifyResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc
    return verify_pdf_bytes(data, lang)


def open_answers_file(path: Path, lang: str) -> ShapeCheck:
    """Read an answers file someone hands us as a new draft: what has the right shape is kept,
    the rest is listed in ``left_out`` (never silently dropped). Raises DataUnusableError when
    nothing can be used, with the reason in ``lang``."""

    raw = read_answers_file(path, lang)
    if not isinstance(raw, dict):
        raise DataUnusableError(Message.of("not_answers_file", path=path.name))
    raw.pop("meta", None)  # its reference and version are the sender's: it becomes a new draft here
    checked = usable_answers(catalogue_for(raw), raw, lang)
    if checked.answers is None:
        reasons = "\n".join(f"• {p}" for p in checked.left_out)
        raise DataUnusableError(Message.of("answers_unusable", path=path.name, reasons=reasons))
    return checked

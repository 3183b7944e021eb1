"""Read the signatures of a PDF, offline: each one's signer, claimed time, whether the signed bytes
are intact, the signature valid and its certificate one we trust; what was changed after it; and
the file as it was before its first signature (an incremental update keeps it as a prefix)."""

from __future__ import annotations

import asyncio
import concurrent.futures
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from partage_desktop.pdf.signing.fields import UnreadablePdfFile, open_reader

# the modification levels pyHanko finds after a signature, as we name them
MODIFICATIONS = ("none", "form_filling", "annotations", "other")
MAX_SIGNATURES = 100  # more is a file made to keep the check busy


@dataclass(frozen=True)
class SignatureState:
    field: str
    name: str  # the signer, as the certificate names them
    organization: str
    email: str
    signing_time: datetime | None  # claimed by the signer (no timestamp authority offline)
    intact: bool  # the signed bytes are those that were signed
    valid: bool  # the cryptographic signature checks with its certificate
    trusted: bool  # the certificate leads to one we trust
    certificate_sha256: str
    modification: str  # one of MODIFICATIONS: what later revisions changed
    revision: int  # the revision it signed (from 0)


@dataclass(frozen=True)
class SignedFile:
    signatures: list[SignatureState]  # in the order they were made
    revisions: int  # how many revisions the file has
    after_last: int  # revisions added after the last signature
    unsigned: bytes  # the file as it was before its first signature (b"" if signed from the start)
    attachments_before: frozenset[str] = field(default_factory=frozenset)  # before the first signature
    attachments_now: frozenset[str] = field(default_factory=frozenset)


def looks_signed(pdf: bytes) -> bool:
    """A cheap first look: whether the file may hold a signature (then read_signatures tells)."""
    return b"/ByteRange" in pdf


def read_signatures(pdf: bytes, trusted_der: list[bytes]) -> SignedFile | None:
    """The signatures of ``pdf`` checked against the certificates ``trusted_der`` (DER bytes);
    None when it has none. Raises UnreadablePdfFile."""
    reader: Any = open_reader(pdf)
    try:
        embedded = sorted(reader.embedded_regular_signatures, key=lambda s: s.signed_revision)
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes the parser raise
        raise UnreadablePdfFile(str(exc)) from exc
    if not embedded:
        return None
    if len(embedded) > MAX_SIGNATURES:
        raise UnreadablePdfFile("too many signatures")  # no agreement has that many parties
    roots = _roots(trusted_der)
    states = [_state(sig, roots) for sig in embedded]
    total = reader.xrefs.total_revisions
    first = embedded[0].signed_revision
    unsigned = revision_bytes(reader, pdf, first - 1) if first > 0 else b""
    return SignedFile(states, total, total - 1 - embedded[-1].signed_revision, unsigned,
                      _attachments(reader, first - 1) if first > 0 else frozenset(),
                      _attachments(reader, total - 1))


def unsigned_revision(pdf: bytes) -> bytes | None:
    """The file as it was before its first signature (no signature checked); None when it holds
    no signature, was signed from its first revision, or cannot be read."""
    if not looks_signed(pdf):
        return None
    try:
        reader: Any = open_reader(pdf)
        revisions = [s.signed_revision for s in reader.embedded_regular_signatures]
        first = min(revisions) if revisions else 0
        return revision_bytes(reader, pdf, first - 1) if first > 0 else None
    except Exception:  # noqa: BLE001 - whatever a damaged file makes the parser raise
        return None


def revision_bytes(reader: Any, pdf: bytes, revision: int) -> bytes:
    """The file as it was at ``revision``: the bytes up to that revision's end of file."""
    info = reader.xrefs.get_xref_container_info(revision)
    end = pdf.find(b"%%EOF", info.end_location)
    if end < 0:
        raise UnreadablePdfFile("no end of file")
    end += len(b"%%EOF")
    while end < len(pdf) and pdf[end:end + 1] in (b"\r", b"\n"):
        end += 1
    return pdf[:end]


def _roots(trusted_der: list[bytes]) -> list[Any]:
    from asn1crypto import x509 as asn1_x509  # deferred: pyHanko's dependency, only for signatures

    roots = []
    for der in trusted_der:
        try:
            roots.append(asn1_x509.Certificate.load(der))
        except ValueError:
            continue  # a damaged entry trusts nothing
    return roots


def _validate(sig: Any, roots: list[Any]) -> Any:
    from pyhanko.sign.validation import (  # deferred: pyHanko, only for signatures
        async_validate_pdf_signature,
    )
    from pyhanko.sign.validation.settings import (  # deferred: pyHanko, only for signatures
        KeyUsageConstraints,
    )
    from pyhanko_certvalidator import ValidationContext  # deferred: pyHanko, only for signatures

    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)

    def run() -> Any:
        return asyncio.run(async_validate_pdf_signature(sig, context, key_usage_settings=usage))

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # called from within an event loop
        return pool.submit(run).result()


def _state(sig: Any, roots: list[Any]) -> SignatureState:
    from cryptography import x509  # deferred: cryptography, only for signatures

    from partage_desktop.pdf.signing.keys import (  # deferred: cryptography, only for signatures
        facts_of,
    )

    name = str(sig.field_name or "")
    try:
        status = _validate(sig, roots)
    except Exception:  # noqa: BLE001 - a signature pyHanko cannot even read is simply not intact
        return SignatureState(name, "", "", "", None, False, False, False, "", "other", sig.signed_revision)
    try:
        facts = facts_of(x509.load_der_x509_certificate(status.signing_cert.dump()))
        who = (facts.name, facts.organization, facts.email, facts.sha256)
    except Exception:  # noqa: BLE001 - a certificate cryptography cannot read
        who = ("", "", "", "")
    level = status.modification_level
    # pyHanko's levels: NONE, LTA_UPDATES (validation data only), FORM_FILLING, ANNOTATIONS, OTHER
    modification = ("none", "none", "form_filling", "annotations", "other")[min(int(level.value), 4)] \
        if level is not None else "other"
    if status.diff_result is not None and not hasattr(status.diff_result, "modification_level"):
        modification = "other"  # pyHanko found suspicious changes it could not classify
    when = status.signer_reported_dt
    return SignatureState(name, who[0], who[1], who[2], when, bool(status.intact), bool(status.valid),
                          bool(status.trusted), who[3], modification, sig.signed_revision)


def _attachments(reader: Any, revision: int) -> frozenset[str]:
    """The names of the files attached to the document at ``revision``."""
    try:
        root = reader.get_historical_root(revision)
        names: set[str] = set()
        tree = root.get("/Names")
        if tree is not None:
            files = tree.get_object().get("/EmbeddedFiles")
            if files is not None:
                names |= _tree_names(files.get_object(), 0)
        for spec in root.get("/AF", []) or []:
            spec = spec.get_object()
            names.add(str(spec.get("/UF", spec.get("/F", ""))))
        for page_ref in _pages(root):
            for annot in page_ref.get_object().get("/Annots", []) or []:
                annot = annot.get_object()
                if annot.get("/Subtype") == "/FileAttachment":
                    spec = annot["/FS"].get_object()
                    names.add(str(spec.get("/UF", spec.get("/F", ""))))
        return frozenset(names)
    except Exception:  # noqa: BLE001 - an unreadable name tree counts as nothing attached
        return frozenset()


def _tree_names(node: Any, depth: int) -> set[str]:
    if depth > 20:
        return set()
    found: set[str] = set()
    names = node.get("/Names")
    if names is not None:
        names = names.get_object()
        found |= {str(names[i]) for i in range(0, len(names) - 1, 2)}
    for kid in node.get("/Kids", []) or []:
        found |= _tree_names(kid.get_object(), depth + 1)
    return found


def _pages(root: Any) -> list[Any]:
    found: list[Any] = []
    stack = [root["/Pages"]]
    while stack and len(found) < 10_000:
        node = stack.pop().get_object()
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            stack.extend(reversed(list(node.get("/Kids", []))))
        else:
            found.append(node)
    return found

"""Exchange files between organizations: export one agreement (its draft and every frozen
version, with their PDFs), preview an import, import it in one transaction.

Conflicts never overwrite: when the same agreement changed on both sides, the incoming one is
kept beside the local one under a new reference (``ENT-…-R1``), with its versions and
fingerprints intact. Every frozen version is validated against its template, its fingerprint and full
hash recomputed and its PDF drawn again and compared before anything is written (exchange_check.py).
An agreement signed here is never changed from outside: another state received is kept beside it.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from partage_desktop import __version__
from partage_desktop.core.agreements.lifecycle import SIGNED, TERMINATED, status_label
from partage_desktop.pdf.agreement.layouts import LEGACY as LEGACY_LAYOUT
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.platform.shown_text import shown
from partage_desktop.services.agreements.versions import _version_hash
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.exchange import certificates as exchange_certificates
from partage_desktop.services.exchange.agreement_check import (  # noqa: F401 - also used by the project exchange
    AGREEMENT_DOC,
    _check_incoming,
    _is_int,
)
from partage_desktop.services.safety import backup
from partage_desktop.store.exchange import (
    ExchangeContent,
    ExchangeRefused,
    read_archive,
    write_archive,
)
from partage_desktop.words import say, t, tn
from partage_desktop.words.system_errors import describe, reason_message

log = logging.getLogger(__name__)
NOTHING_TO_DO = ("unchanged", "stale")


def _canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _without_meta(answers: Any) -> Any:
    return {k: v for k, v in answers.items() if k != "meta"} if isinstance(answers, dict) else answers


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------- export


def agreement_document(data: DataDir, reference: str, lang: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementParty,
        AgreementVersion,
    )

    with session_scope(data) as session:
        row = session.scalars(select(Agreement).where(Agreement.reference == reference,
                                                      Agreement.deleted_at.is_(None))).first()
        if row is None:
            raise UserInputError([Message.of("exchange_no_agreement", ref=reference)])
        parties = session.scalars(select(AgreementParty).where(AgreementParty.agreement_id == row.id)
                                  .order_by(AgreementParty.position)).all()
        versions = session.scalars(select(AgreementVersion).where(AgreementVersion.agreement_id == row.id)
                                   .order_by(AgreementVersion.number)).all()
        pdfs: dict[str, bytes] = {}
        doc: dict[str, Any] = {
            "reference": row.reference, "title": row.title, "template_id": row.template_id,
            "status": row.status, "lang": row.lang, "answers": json.loads(row.answers_json or "{}"),
            "start_date": _iso(row.start_date), "end_date": _iso(row.end_date), "signed_on": _iso(row.signed_on),
            "created_at": _iso(row.created_at), "updated_at": _iso(row.updated_at),
            "parties": [{"position": p.position, "name": p.name} for p in parties],
            "versions": [],
        }
        if row.exchange_base:  # the state this copy started from, when it came from an exchange
            doc["based_on"] = row.exchange_base
        for v in versions:
            pdf_name = f"versions/{v.number}.pdf" if v.pdf else None
            if pdf_name and v.pdf:
                pdfs[pdf_name] = v.pdf
            doc["versions"].append({
                "number": v.number, "template_id": v.template_id, "template_version": v.template_version,
                "answers": json.loads(v.answers_json), "fingerprint": v.fingerprint,
                "sha256": _version_hash(v), "created_at": _iso(v.created_at), "pdf": pdf_name,
            })
    return doc, pdfs


def export_agreement(data: DataDir, reference: str, out: Path, lang: str) -> dict[str, Any]:
    refuse_own_file(out, data, lang)
    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    doc, pdfs = agreement_document(data, reference, lang)
    ours = exchange_certificates.our_certificate_members(data)  # so that partners recognize our signatures
    holds = {"agreements": 1, "versions": len(doc["versions"])}
    if ours:
        doc[exchange_certificates.DOC_KEY] = sorted(ours)
        holds["certificates"] = len(ours)
    members = {AGREEMENT_DOC: json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"), **pdfs, **ours}
    try:
        write_archive(out, "agreement", members, holds, __version__)
    except OSError as exc:
        problem = describe(exc, lang, out)
        if problem is None:
            raise
        raise problem from exc
    return {"out": str(out), "ref": reference, "versions": len(doc["versions"]),
            "fingerprints": [v["fingerprint"] for v in doc["versions"]], "certificates": len(ours)}


def _refused(exc: ExchangeRefused, path: Path) -> DataUnusableError:
    log.info("exchange file %s refused: %s %s", path, exc.reason, say(exc.detail, "en") if exc.detail else "")
    return DataUnusableError(Message.of(f"exchange_refused_{exc.reason}", path=path,
                               detail=exc.detail or "—"))


def read_exchange(path: Path, lang: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The checked content of an exchange file; refused whole (nothing written) on any problem."""
    if not path.is_file():
        raise UserInputError([Message.of("file_unreadable", path=path, detail=Message.of("exchange_missing_file"))])
    try:
        content: ExchangeContent = read_archive(path)
        if content.manifest.get("kind") != "agreement" or AGREEMENT_DOC not in content.members:
            raise ExchangeRefused("not_exchange", Message.of("detail_no_json", name="agreement.json"))
        doc = content.json(AGREEMENT_DOC)
    except ExchangeRefused as exc:
        raise _refused(exc, path) from exc
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc
    pdfs = {k: v for k, v in content.members.items() if k.startswith("versions/")}
    problems = _check_incoming(doc, pdfs, lang)
    if isinstance(doc, dict):
        # the certificates it carries, checked; the document then holds them, no longer their names
        carried, cert_problems = exchange_certificates.check_certificates(doc, content.members, lang)
        problems += cert_problems
        doc[exchange_certificates.DOC_KEY] = carried
    if problems:
        header = Message.plural("exchange_invalid", len(problems), path=path)
        raise UserInputError([header, *(f"  - {p}" for p in problems)])  # the checks' own words
    return doc, pdfs


# ---------------------------------------------------------------- planning and importing


@dataclass
class PlanItem:
    reference: str
    title: str
    # "add" | "update" | "unchanged" | "conflict" | "stale" (the file is the one last imported
    # here and only this side changed since: nothing to do)
    action: str
    new_versions: list[int] = field(default_factory=list)
    stored_as: str = ""  # the reference it is stored under (differs on conflict)
    # what an update does besides adding versions, so that the preview says all of it
    status_before: str = ""
    status_after: str = ""
    draft_replaced: bool = False
    # versions made with another template version: kept, marked unchecked (never vouched for)
    unchecked_versions: list[int] = field(default_factory=list)
    signed_here: bool = False  # a conflict because ours is signed: nothing from outside changes it

    def as_json(self) -> dict[str, Any]:
        return {"ref": self.reference, "title": self.title, "action": self.action,
                "new_versions": self.new_versions, "stored_as": self.stored_as,
                "status_before": self.status_before, "status_after": self.status_after,
                "draft_replaced": self.draft_replaced, "unchecked_versions": self.unchecked_versions,
                "signed_here": self.signed_here}

    def line(self, lang: str) -> str:
        key = "exchange_action_conflict_signed" if self.action == "conflict" and self.signed_here \
            else f"exchange_action_{self.action}"

        words = {"ref": self.reference, "title": shown(self.title), "stored_as": self.stored_as}
        counted = self.action in ("add", "update", "conflict")  # how many versions it brings
        text = tn(key, len(self.new_versions), lang, **words) if counted else t(key, lang, **words)
        details = []
        if self.action == "update":
            if self.status_before != self.status_after:
                details.append(t("exchange_change_status", lang, before=status_label(self.status_before, lang),
                                 after=status_label(self.status_after, lang)))
            if self.draft_replaced:
                details.append(t("exchange_change_answers", lang))
        unchecked = [n for n in self.unchecked_versions if n in self.new_versions]
        if unchecked and self.action in ("add", "update", "conflict"):
            details.append(tn("exchange_unchecked_versions", len(unchecked), lang))
        return text + ("" if not details else " — " + "; ".join(details))


@dataclass
class ImportPlan:
    source: Path
    items: list[PlanItem]
    applied: bool = False
    backup: Path | None = None
    certificates: list[exchange_certificates.IncomingCertificate] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.source), "applied": self.applied,
                "backup": str(self.backup) if self.backup else None,
                "agreements": [i.as_json() for i in self.items],
                "certificates": [c.as_json() for c in self.certificates]}

    def lines(self, lang: str, dry_run: bool) -> list[str]:
        """One line per change (a line feed in a received title cannot forge another)."""
        out = [t("exchange_preview" if dry_run else "exchange_imported", lang, path=self.source)]
        for i in self.items:
            out.append("  " + i.line(lang))
        out += exchange_certificates.lines(self.certificates, lang)
        if self.backup:
            out.append(t("exchange_backup", lang, path=self.backup))
        return out


def _state(answers: Any, status: str, title: str, dates: tuple[Any, ...], parties: list[str]) -> str:
    return _canon([_without_meta(answers), status, title, list(dates), parties])


def state_hash(state: str) -> str:
    import hashlib

    return hashlib.sha256(state.encode("utf-8")).hexdigest()


def _iso_text(value: Any) -> Any:
    """A date as stored then read back (``2026-01-05``), whatever ISO spelling the file used."""
    with contextlib.suppress(TypeError, ValueError):
        return _iso(_date(value))
    return value


def _incoming_state(doc: dict[str, Any], title: str | None = None) -> str:
    """The state an incoming agreement will have once stored (names cut as the columns cut them)."""
    return _state(doc["answers"], doc["status"], doc["title"] if title is None else title,
                  tuple(_iso_text(doc.get(k)) for k in ("start_date", "end_date", "signed_on")),
                  [p["name"][:200] for p in sorted(doc["parties"], key=lambda p: p["position"])])


def _local_state(session: Any, row: Any) -> str:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        AgreementParty,
    )

    parties = [p.name for p in session.scalars(select(AgreementParty).where(
        AgreementParty.agreement_id == row.id).order_by(AgreementParty.position))]
    return _state(json.loads(row.answers_json or "{}"), row.status, row.title,
                  (_iso(row.start_date), _iso(row.end_date), _iso(row.signed_on)), parties)


def _plan(session: Any, doc: dict[str, Any]) -> tuple[PlanItem, Any]:
    """What importing ``doc`` (checked by ``_check_incoming``) does here. Versions are compared by
    their full hash; a signed (or terminated) agreement here is never changed from outside: any
    other state received is kept beside it."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementVersion,
    )

    reference, title = doc["reference"], doc["title"]
    local = session.scalars(select(Agreement).where(Agreement.reference == reference)).first()
    incoming_versions = {v["number"]: v for v in doc["versions"]}
    unchecked = sorted(n for n, v in incoming_versions.items() if v.get("unchecked"))
    if local is None:
        return PlanItem(reference, title, "add", sorted(incoming_versions), reference,
                        unchecked_versions=unchecked), None
    local_versions = {v.number: v for v in session.scalars(
        select(AgreementVersion).where(AgreementVersion.agreement_id == local.id))}
    same_history = all(_version_hash(local_versions[n]) == v["sha256"]
                       for n, v in incoming_versions.items() if n in local_versions)
    local_state = _local_state(session, local)
    incoming_state = _incoming_state(doc)
    new_numbers = sorted(set(incoming_versions) - set(local_versions))
    local_draft = _canon(_without_meta(json.loads(local.answers_json or "{}")))
    incoming_frozen = {_canon(_without_meta(v["answers"])) for v in doc["versions"]}
    local_frozen = {_canon(_without_meta(json.loads(v.answers_json))) for v in local_versions.values()}
    incoming_draft = _canon(_without_meta(doc["answers"]))
    base = local.exchange_base

    def item(action: str, numbers: list[int]) -> PlanItem:
        return PlanItem(reference, title, action, numbers, reference, status_before=local.status,
                        status_after=doc["status"], draft_replaced=local_draft != incoming_draft,
                        unchecked_versions=unchecked)

    signed_here = local.status in (SIGNED, TERMINATED) or local.signed_on is not None
    if signed_here:
        if same_history and not new_numbers:
            if local_state == incoming_state:
                return item("unchanged", []), local
            if base is not None and base == state_hash(incoming_state):
                return item("stale", []), local
    elif same_history:
        if local_state == incoming_state or (not new_numbers and incoming_draft in local_frozen):
            return item("update" if new_numbers else "unchanged", new_numbers), local
        nothing_frozen_here = set(local_versions) <= set(incoming_versions)
        here = state_hash(local_state)
        # What changed since the two sides last shared a state (the one last imported here, or
        # the one the sender's copy came from): only theirs → take it; only ours → nothing to do.
        if nothing_frozen_here and (here == base or here == doc.get("based_on")):
            return item("update", new_numbers), local
        if not new_numbers and base is not None and base == state_hash(incoming_state):
            return item("stale", []), local
        if nothing_frozen_here and (local_draft in incoming_frozen or local_draft == _canon({})):
            # What we have is what they started from: theirs is simply newer.
            return item("update", new_numbers), local
    n = 1
    while session.scalars(select(Agreement.id).where(Agreement.reference == f"{reference}-R{n}")).first():
        n += 1
    return PlanItem(reference, title, "conflict", sorted(incoming_versions), f"{reference}-R{n}",
                    unchecked_versions=unchecked, signed_here=signed_here), local


def preview_agreement_import(data: DataDir, path: Path, lang: str) -> ImportPlan:
    """What importing an agreement's exchange file would do (files.preview_import takes any)."""
    doc, _pdfs = read_exchange(path, lang)
    carried = doc[exchange_certificates.DOC_KEY]
    with session_scope(data) as session:
        item, _local = _plan(session, doc)
        exchange_certificates.mark_known(session, carried)
        session.rollback()
    return ImportPlan(path, [item], certificates=carried)


def import_agreement_file(data: DataDir, path: Path, lang: str) -> ImportPlan:
    """Import an agreement's exchange file in one transaction, after a backup; the caller holds
    the data folder lock (files.import_file takes any exchange file)."""

    doc, pdfs = read_exchange(path, lang)
    carried = doc[exchange_certificates.DOC_KEY]
    with session_scope(data) as session:
        item, _ = _plan(session, doc)
        exchange_certificates.mark_known(session, carried)
        session.rollback()
    plan = ImportPlan(path, [item], certificates=carried)
    if item.action in NOTHING_TO_DO and not any(c.new for c in carried):
        return plan
    plan.backup = backup.make_backup(data, lang, "avant-import").path
    with session_scope(data) as session:
        item, local = _plan(session, doc)  # again, inside the writing transaction
        _apply(session, doc, pdfs, item, local)
        exchange_certificates.add_new(session, carried)  # the same transaction
    plan.items = [item]
    plan.applied = True
    log.info("imported %s: %s %s", path, item.action, item.stored_as)
    return plan


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _apply(session: Any, doc: dict[str, Any], pdfs: dict[str, bytes], item: PlanItem, local: Any) -> None:
    from sqlalchemy import delete

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementParty,
        AgreementVersion,
    )

    if item.action in NOTHING_TO_DO:
        return
    if item.action == "update":
        row = local
    else:
        row = Agreement(reference=item.stored_as)
        session.add(row)
    title = doc["title"]
    if item.action == "conflict":
        title = f"{title}{t('exchange_conflict_suffix', doc['lang'])}"[:300]
    row.title, row.template_id, row.status, row.lang = title, doc["template_id"], doc["status"], doc["lang"]
    row.answers_json = json.dumps(doc["answers"], ensure_ascii=False)
    row.start_date, row.end_date = _date(doc.get("start_date")), _date(doc.get("end_date"))
    row.signed_on = _date(doc.get("signed_on"))
    session.flush()
    session.execute(delete(AgreementParty).where(AgreementParty.agreement_id == row.id))
    for p in doc["parties"]:
        session.add(AgreementParty(agreement_id=row.id, position=p["position"], name=p["name"][:200]))
    session.flush()
    # The state as it arrived: later, "unchanged here since" tells a newer file from a conflict.
    row.exchange_base = state_hash(_local_state(session, row))
    for v in doc["versions"]:
        if v["number"] not in item.new_versions:
            continue
        # the canonical text checked on arrival, its full hash, and whether it could be checked
        version = AgreementVersion(
            agreement_id=row.id, number=v["number"], template_id=v["template_id"],
            template_version=v["template_version"], answers_json=v["canonical"], sha256=v["sha256"],
            unchecked=bool(v.get("unchecked")), fingerprint=v["fingerprint"],
            pdf=pdfs.get(v["pdf"]) if v.get("pdf") else None,
            # the drawing its pages matched on arrival (pdf/agreement/layouts.py)
            layout=v.get("layout") or LEGACY_LAYOUT)
        with contextlib.suppress(KeyError, TypeError, ValueError):  # otherwise the model's default: now
            version.created_at = datetime.fromisoformat(v["created_at"])
        session.add(version)

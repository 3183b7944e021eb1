"""Exchange files between organizations: export one agreement (its draft and every frozen
version, with their PDFs), preview an import, import it in one transaction.

Conflicts never overwrite: when the same agreement changed on both sides, the incoming one is
kept beside the local one under a new reference (``ENT-…-R1``), with its versions and
fingerprints intact. Every frozen version is validated against its template and its fingerprint
recomputed before anything is written.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..datadir import DataDir
from ..envproblems import reason as os_reason
from ..errors import DataUnusableError, UserInputError
from ..store.exchange import ExchangeContent, ExchangeRefused, read_archive, write_archive
from ..texts import t
from .session import session_scope

log = logging.getLogger(__name__)
AGREEMENT_DOC = "agreement.json"
NOTHING_TO_DO = ("unchanged", "stale")


def _canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _without_meta(answers: Any) -> Any:
    return {k: v for k, v in answers.items() if k != "meta"} if isinstance(answers, dict) else answers


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------- export


def agreement_document(data: DataDir, reference: str, lang: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    from sqlalchemy import select

    from ..store.models import Agreement, AgreementParty, AgreementVersion

    with session_scope(data) as session:
        row = session.scalars(select(Agreement).where(Agreement.reference == reference,
                                                      Agreement.deleted_at.is_(None))).first()
        if row is None:
            raise UserInputError([t("exchange_no_agreement", lang, ref=reference)])
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
                "created_at": _iso(v.created_at), "pdf": pdf_name,
            })
    return doc, pdfs


def export_agreement(data: DataDir, reference: str, out: Path, lang: str) -> dict[str, Any]:
    from ..envproblems import describe

    if not out.parent.is_dir():
        raise UserInputError([t("out_dir_missing", lang, path=out.parent)])
    doc, pdfs = agreement_document(data, reference, lang)
    members = {AGREEMENT_DOC: json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"), **pdfs}
    try:
        write_archive(out, "agreement", members, {"agreements": 1, "versions": len(doc["versions"])},
                      __version__)
    except OSError as exc:
        problem = describe(exc, lang, out)
        if problem is None:
            raise
        raise problem from exc
    return {"out": str(out), "ref": reference, "versions": len(doc["versions"]),
            "fingerprints": [v["fingerprint"] for v in doc["versions"]]}


# ---------------------------------------------------------------- checking what arrives


def _incomplete_messages(lang: str) -> tuple[str, ...]:
    from ..core.messages import message

    return (message("required", lang), message("too_few_items", lang, min=0).split("0")[0],
            message("too_few_parties", lang, min=0, count=0).split("0")[0])


def _check_incoming(doc: Any, pdfs: dict[str, bytes], lang: str) -> list[str]:
    """Every problem of an incoming agreement document (empty: acceptable)."""
    from ..core.fingerprint import canonical_json, fingerprint_of
    from .agreements import check_answers
    from .catalogue import catalogue

    problems: list[str] = []
    if not isinstance(doc, dict):
        return [t("exchange_bad_document", lang, where=AGREEMENT_DOC)]
    for key, kind in (("reference", str), ("title", str), ("template_id", str), ("status", str),
                      ("lang", str), ("answers", dict), ("parties", list), ("versions", list)):
        if not isinstance(doc.get(key), kind):
            problems.append(t("exchange_bad_document", lang, where=key))
    if problems:
        return problems
    from ..core.validation import _REFERENCE

    based_on = doc.get("based_on")
    if based_on is not None and not (isinstance(based_on, str) and len(based_on) == 64):
        problems.append(t("exchange_bad_document", lang, where="based_on"))
    if not _REFERENCE.match(doc["reference"]) or len(doc["title"]) > 300:
        problems.append(t("exchange_bad_document", lang, where="reference"))
    # the columns' sizes (PostgreSQL enforces them; SQLite would silently store anything)
    if not (0 < len(doc["status"]) <= 20 and doc["lang"] in ("fr", "en") and 0 < len(doc["template_id"]) <= 60):
        problems.append(t("exchange_bad_document", lang, where="status/lang/template_id"))
    for date_key in ("start_date", "end_date", "signed_on"):
        value = doc.get(date_key)
        try:
            if value is not None:
                date.fromisoformat(value)
        except (TypeError, ValueError):
            problems.append(t("exchange_bad_document", lang, where=date_key))
    for party in doc["parties"]:
        if not (isinstance(party, dict) and isinstance(party.get("name"), str) and _is_int(party.get("position"))):
            problems.append(t("exchange_bad_document", lang, where="parties"))
            break
    incomplete = _incomplete_messages(lang)
    draft = check_answers(doc["answers"], lang) if doc["answers"] else None
    if draft is not None:
        for p in draft.errors:
            # A draft may be unfinished (sent to be completed together), never malformed.
            if doc["status"] == "draft" and p.message.startswith(incomplete):
                continue
            problems.append(f"{t('exchange_draft', lang)} — {p}")
    numbers: set[int] = set()
    for v in doc["versions"]:
        if (not isinstance(v, dict) or not _is_int(v.get("number")) or not 1 <= v["number"] <= 9999
                or v["number"] in numbers):
            problems.append(t("exchange_bad_document", lang, where="versions"))
            continue
        numbers.add(v["number"])
        label = t("exchange_version", lang, n=v["number"])
        if not all(isinstance(v.get(k), str) and 0 < len(v[k]) <= 60
                   for k in ("template_id", "template_version", "fingerprint")):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='versions')}")
            continue
        pdf = v.get("pdf")
        if pdf is not None and (not isinstance(pdf, str) or pdf not in pdfs):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where=str(pdf))}")
        template = catalogue().get(v["template_id"])
        if template is None or template.version != v["template_version"]:
            # Made with another template version: kept as recorded, its fingerprint unverifiable here.
            if not isinstance(v.get("answers"), dict):
                problems.append(f"{label} — {t('exchange_bad_document', lang, where='answers')}")
            continue
        recorded = v.get("answers")
        amends = recorded.get("amends") if isinstance(recorded, dict) else None
        if amends is not None and not _is_amends(amends):
            problems.append(f"{label} — {t('exchange_bad_document', lang, where='amends')}")
            continue
        result = check_answers(_recorded_answers(recorded), lang)
        if result.errors or result.answers is None:
            problems += [f"{label} — {p}" for p in result.errors]
            continue
        if amends is None:
            canonical = canonical_json(result.answers)
        else:  # an amendment's fingerprint covers what it amends and its answers
            from ..core.amendment import ParentInfo, amendment_canonical

            parent = ParentInfo(amends["reference"], amends["version"], amends["fingerprint"], "", None)
            canonical = amendment_canonical(parent, result.answers)
        if fingerprint_of(canonical) != v["fingerprint"]:
            problems.append(t("exchange_fingerprint", lang, n=v["number"], fingerprint=v["fingerprint"]))
    return problems


def _recorded_answers(recorded: Any) -> Any:
    """A version's answers as the app records them (canonical: with the template's version, and
    wrapped with what it amends for an amendment) → the answers document the engine validates."""
    if not isinstance(recorded, dict):
        return recorded
    inner = recorded.get("answers") if "amends" in recorded else recorded
    if not isinstance(inner, dict):
        return inner
    return {k: v for k, v in inner.items() if k != "template_version"}


def _is_amends(amends: Any) -> bool:
    return (isinstance(amends, dict) and isinstance(amends.get("reference"), str)
            and _is_int(amends.get("version")) and isinstance(amends.get("fingerprint"), str))


def _refused(exc: ExchangeRefused, path: Path, lang: str) -> DataUnusableError:
    from ..texts_details import detail_text

    log.info("exchange file %s refused: %s %s", path, exc.reason, exc.detail)
    return DataUnusableError(t(f"exchange_refused_{exc.reason}", lang, path=path,
                               detail=detail_text(exc.detail, lang) or "—"))


def read_exchange(path: Path, lang: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The checked content of an exchange file; refused whole (nothing written) on any problem."""
    if not path.is_file():
        raise UserInputError([t("file_unreadable", lang, path=path, detail=t("exchange_missing_file", lang))])
    try:
        content: ExchangeContent = read_archive(path)
        if content.manifest.get("kind") != "agreement" or AGREEMENT_DOC not in content.members:
            raise ExchangeRefused("not_exchange", "no agreement.json")
        doc = content.json(AGREEMENT_DOC)
    except ExchangeRefused as exc:
        raise _refused(exc, path, lang) from exc
    except OSError as exc:
        raise DataUnusableError(t("file_unreadable", lang, path=path, detail=os_reason(exc, lang))) from exc
    pdfs = {k: v for k, v in content.members.items() if k.startswith("versions/")}
    problems = _check_incoming(doc, pdfs, lang)
    if problems:
        header = t("exchange_invalid", lang, path=path, n=len(problems))
        raise UserInputError([header] + [f"  - {p}" for p in problems])
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

    def as_json(self) -> dict[str, Any]:
        return {"ref": self.reference, "title": self.title, "action": self.action,
                "new_versions": self.new_versions, "stored_as": self.stored_as}


@dataclass
class ImportPlan:
    source: Path
    items: list[PlanItem]
    applied: bool = False
    backup: Path | None = None

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.source), "applied": self.applied,
                "backup": str(self.backup) if self.backup else None,
                "agreements": [i.as_json() for i in self.items]}

    def lines(self, lang: str, dry_run: bool) -> list[str]:
        out = [t("exchange_preview" if dry_run else "exchange_imported", lang, path=self.source)]
        for i in self.items:
            out.append("  " + t(f"exchange_action_{i.action}", lang, ref=i.reference, title=i.title,
                                n=len(i.new_versions), stored_as=i.stored_as))
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

    from ..store.models import AgreementParty

    parties = [p.name for p in session.scalars(select(AgreementParty).where(
        AgreementParty.agreement_id == row.id).order_by(AgreementParty.position))]
    return _state(json.loads(row.answers_json or "{}"), row.status, row.title,
                  (_iso(row.start_date), _iso(row.end_date), _iso(row.signed_on)), parties)


def _plan(session: Any, doc: dict[str, Any]) -> tuple[PlanItem, Any]:
    from sqlalchemy import select

    from ..store.models import Agreement, AgreementVersion

    reference, title = doc["reference"], doc["title"]
    local = session.scalars(select(Agreement).where(Agreement.reference == reference)).first()
    incoming_versions = {v["number"]: v for v in doc["versions"]}
    if local is None:
        return PlanItem(reference, title, "add", sorted(incoming_versions), reference), None
    local_versions = {v.number: v for v in session.scalars(
        select(AgreementVersion).where(AgreementVersion.agreement_id == local.id))}
    same_history = all(local_versions[n].fingerprint == v["fingerprint"]
                       for n, v in incoming_versions.items() if n in local_versions)
    local_state = _local_state(session, local)
    incoming_state = _incoming_state(doc)
    new_numbers = sorted(set(incoming_versions) - set(local_versions))
    local_draft = _canon(_without_meta(json.loads(local.answers_json or "{}")))
    incoming_frozen = {_canon(_without_meta(v["answers"])) for v in doc["versions"]}
    local_frozen = {_canon(_without_meta(json.loads(v.answers_json))) for v in local_versions.values()}
    incoming_draft = _canon(_without_meta(doc["answers"]))
    if same_history:
        if local_state == incoming_state or (not new_numbers and incoming_draft in local_frozen):
            action = "update" if new_numbers else "unchanged"
            return PlanItem(reference, title, action, new_numbers, reference), local
        nothing_frozen_here = set(local_versions) <= set(incoming_versions)
        here, base = state_hash(local_state), local.exchange_base
        # What changed since the two sides last shared a state (the one last imported here, or
        # the one the sender's copy came from): only theirs → take it; only ours → nothing to do.
        if nothing_frozen_here and (here == base or here == doc.get("based_on")):
            return PlanItem(reference, title, "update", new_numbers, reference), local
        if not new_numbers and base is not None and base == state_hash(incoming_state):
            return PlanItem(reference, title, "stale", [], reference), local
        if nothing_frozen_here and (local_draft in incoming_frozen or local_draft == _canon({})):
            # What we have is what they started from: theirs is simply newer.
            return PlanItem(reference, title, "update", new_numbers, reference), local
    n = 1
    while session.scalars(select(Agreement.id).where(Agreement.reference == f"{reference}-R{n}")).first():
        n += 1
    return PlanItem(reference, title, "conflict", sorted(incoming_versions), f"{reference}-R{n}"), local


def _is_project(path: Path) -> bool:
    from ..store.exchange import archive_kind

    return path.is_file() and archive_kind(path) == "project"


def preview_import(data: DataDir, path: Path, lang: str) -> Any:
    """An ImportPlan (one agreement) or, for a project's exchange file, a ProjectPlan."""
    if _is_project(path):
        from .exchange_project import preview_project_import

        return preview_project_import(data, path, lang)
    doc, _pdfs = read_exchange(path, lang)
    with session_scope(data) as session:
        item, _local = _plan(session, doc)
        session.rollback()
    return ImportPlan(path, [item])


def import_file(data: DataDir, path: Path, lang: str) -> Any:
    """Import in one transaction, after a backup; the caller holds the data folder lock."""
    from . import backup

    if _is_project(path):
        from .exchange_project import import_project

        return import_project(data, path, lang)

    doc, pdfs = read_exchange(path, lang)
    with session_scope(data) as session:
        item, _ = _plan(session, doc)
        session.rollback()
    plan = ImportPlan(path, [item])
    if item.action in NOTHING_TO_DO:
        return plan
    plan.backup = backup.make_backup(data, lang, "avant-import").path
    with session_scope(data) as session:
        item, local = _plan(session, doc)  # again, inside the writing transaction
        _apply(session, doc, pdfs, item, local)
    plan.items = [item]
    plan.applied = True
    log.info("imported %s: %s %s", path, item.action, item.stored_as)
    return plan


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _apply(session: Any, doc: dict[str, Any], pdfs: dict[str, bytes], item: PlanItem, local: Any) -> None:
    from sqlalchemy import delete

    from ..store.models import Agreement, AgreementParty, AgreementVersion

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
        version = AgreementVersion(
            agreement_id=row.id, number=v["number"], template_id=v["template_id"],
            template_version=v["template_version"], answers_json=json.dumps(v["answers"], ensure_ascii=False),
            fingerprint=v["fingerprint"], pdf=pdfs.get(v["pdf"]) if v.get("pdf") else None)
        with contextlib.suppress(KeyError, TypeError, ValueError):  # otherwise the model's default: now
            version.created_at = datetime.fromisoformat(v["created_at"])
        session.add(version)

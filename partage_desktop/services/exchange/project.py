"""Exchange files that carry one project: the project, its agreements (every version, with their
PDFs), its shareable journal entries and their attachments. Private and trashed entries never
leave the organization.

Import never overwrites. The project is matched by name: when ours has the same details, the
entries received are added to it (an entry already here, same date, kind, title and text, is
skipped); when the details differ, the project received is added beside ours under a new name.
Agreements follow the agreement exchange rules (a conflict is kept beside ours under ``…-R1``).
Everything is checked before anything is written; the import is one transaction after a backup.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from partage_desktop import __version__
from partage_desktop.core.safe_names import safe_file_name
from partage_desktop.platform.atomic import make_private_folder
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.platform.shown_text import shown
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.exchange import agreements as agreements_exchange
from partage_desktop.services.exchange import certificates as exchange_certificates
from partage_desktop.services.exchange.project_check import (
    PROJECT_DOC,
    PROJECT_KEYS,
    IncomingProject,
    read_project_exchange,
)
from partage_desktop.services.journal.attachments import safe_name
from partage_desktop.services.journal.entries import clean_tags
from partage_desktop.services.safety import backup
from partage_desktop.store.exchange import ExchangeContent, write_archive
from partage_desktop.words import t, tn
from partage_desktop.words.system_errors import describe

__all__ = ["IncomingProject", "export_project", "import_project", "preview_project_import",
           "project_members", "projects_to_send", "read_project_exchange"]

log = logging.getLogger(__name__)
ENTRY_KEYS = ("kind", "entry_date", "author", "title", "body", "money_cents", "money_kind", "money_estimate")


def _agreement_prefix(n: int) -> str:
    return f"agreements/{n}/"


# ---------------------------------------------------------------- export


def projects_to_send(data: DataDir) -> list[dict[str, Any]]:
    """Each project with what its exchange file would carry: shareable entries, private entries
    left out, agreements."""
    from sqlalchemy import case, func, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        JournalEntry,
        Project,
    )

    with session_scope(data) as session:
        live = JournalEntry.deleted_at.is_(None)
        shared = func.sum(case((JournalEntry.private.is_(False), 1), else_=0))
        private = func.sum(case((JournalEntry.private.is_(True), 1), else_=0))
        counts = {pid: (int(s or 0), int(p or 0)) for pid, s, p in session.execute(
            select(JournalEntry.project_id, shared, private).where(live).group_by(JournalEntry.project_id))}
        agreements = dict(session.execute(select(Agreement.project_id, func.count(Agreement.id)).where(
            Agreement.deleted_at.is_(None), Agreement.project_id.is_not(None)).group_by(Agreement.project_id)).all())
        return [{"id": p.id, "name": p.name, "entries": counts.get(p.id, (0, 0))[0],
                 "private": counts.get(p.id, (0, 0))[1], "agreements": int(agreements.get(p.id, 0))}
                for p in session.scalars(select(Project).order_by(Project.name))]


def project_members(data: DataDir, project_id: int, lang: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The project document and the archive's other members (agreements, PDFs, attachments)."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        Attachment,
        EntryTag,
        JournalEntry,
        Project,
    )

    members: dict[str, bytes] = {}
    with session_scope(data) as session:
        project = session.get(Project, project_id)
        if project is None:
            known = "; ".join(f"{p.id} «\u00a0{p.name}\u00a0»" if lang == "fr" else f"{p.id} “{p.name}”"
                              for p in session.scalars(select(Project).order_by(Project.id)))
            raise UserInputError([Message.of("exchange_no_project", id=project_id, projects=known or "—")])
        doc: dict[str, Any] = {key: getattr(project, key) for key in PROJECT_KEYS}
        doc["start_date"] = agreements_exchange._iso(project.start_date)
        references = list(session.scalars(select(Agreement.reference).where(
            Agreement.project_id == project_id, Agreement.deleted_at.is_(None)).order_by(Agreement.reference)))
        rows = session.scalars(select(JournalEntry).where(
            JournalEntry.project_id == project_id, JournalEntry.deleted_at.is_(None))
            .order_by(JournalEntry.entry_date, JournalEntry.id)).all()
        entries: list[dict[str, Any]] = []
        private = 0
        for row in rows:
            if row.private:
                private += 1
                continue
            entry: dict[str, Any] = {key: getattr(row, key) for key in ENTRY_KEYS}
            entry["entry_date"] = row.entry_date.isoformat()
            entry["minutes"] = row.hours_minutes
            entry["tags"] = list(session.scalars(select(EntryTag.tag).where(EntryTag.entry_id == row.id)
                                                 .order_by(EntryTag.tag)))
            entry["attachments"] = []
            for a in session.scalars(select(Attachment).where(Attachment.entry_id == row.id).order_by(Attachment.id)):
                path = data.attachments / a.stored_name
                if not path.is_file():
                    continue  # removed from the folder by hand: nothing to send
                name = f"attachments/{len(entries)}/{len(entry['attachments'])}-{safe_file_name(a.original_name)}"
                members[name] = path.read_bytes()
                entry["attachments"].append({"name": a.original_name, "member": name})
            entries.append(entry)
    doc["entries"] = entries
    doc["agreements"] = []
    for n, reference in enumerate(references):
        agreement, pdfs = agreements_exchange.agreement_document(data, reference, lang)
        prefix = _agreement_prefix(n)
        for version in agreement["versions"]:
            if version["pdf"]:
                version["pdf"] = prefix + version["pdf"]
        members[prefix + agreements_exchange.AGREEMENT_DOC] = json.dumps(
            agreement, ensure_ascii=False, indent=2).encode("utf-8")
        members.update({prefix + name: raw for name, raw in pdfs.items()})
        doc["agreements"].append(prefix + agreements_exchange.AGREEMENT_DOC)
    doc["private_left_out"] = private
    return doc, members


def export_project(data: DataDir, project_id: int, out: Path, lang: str) -> dict[str, Any]:
    refuse_own_file(out, data, lang)
    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    doc, members = project_members(data, project_id, lang)
    private = doc.pop("private_left_out")
    attachments = sum(len(e["attachments"]) for e in doc["entries"])
    holds = {"projects": 1, "agreements": len(doc["agreements"]), "entries": len(doc["entries"]),
             "attachments": attachments}
    ours = exchange_certificates.our_certificate_members(data)  # so that partners recognize our signatures
    if ours:
        doc[exchange_certificates.DOC_KEY] = sorted(ours)
        holds["certificates"] = len(ours)
        members.update(ours)
    members[PROJECT_DOC] = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        write_archive(out, "project", members, holds, __version__)
    except OSError as exc:
        problem = describe(exc, lang, out)
        if problem is None:
            raise
        raise problem from exc
    return {"out": str(out), "project": doc["name"], "agreements": len(doc["agreements"]),
            "entries": len(doc["entries"]), "private_left_out": private, "attachments": attachments,
            "certificates": len(ours)}


# ---------------------------------------------------------------- planning and importing


def _entry_key(e: dict[str, Any]) -> str:
    return agreements_exchange._canon([e["entry_date"], e["kind"], " ".join(e["title"].split()), e["body"]])


@dataclass
class ProjectPlan:
    source: Path
    project: str
    action: str  # "add" | "update" | "unchanged" | "conflict"
    stored_as: str
    new_entries: int
    known_entries: int
    attachments: int
    items: list[agreements_exchange.PlanItem] = field(default_factory=list)
    applied: bool = False
    backup: Path | None = None
    project_id: int | None = None
    certificates: list[exchange_certificates.IncomingCertificate] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.source), "kind": "project", "applied": self.applied,
                "backup": str(self.backup) if self.backup else None,
                "project": {"name": self.project, "action": self.action, "stored_as": self.stored_as,
                            "id": self.project_id, "new_entries": self.new_entries,
                            "known_entries": self.known_entries, "attachments": self.attachments},
                "agreements": [i.as_json() for i in self.items],
                "certificates": [c.as_json() for c in self.certificates]}

    def lines(self, lang: str, dry_run: bool) -> list[str]:
        """One line per change (a line feed in a received title cannot forge another)."""

        out = [t("exchange_preview" if dry_run else "exchange_imported", lang, path=self.source)]
        out.append("  " + t(f"exchange_project_{self.action}", lang, name=shown(self.project), stored_as=self.stored_as,
                            entries=tn("count_journal_entries", self.new_entries, lang),
                            known=tn("count_known_entries", self.known_entries, lang),
                            attachments=tn("count_attachments", self.attachments, lang)))
        for i in self.items:
            out.append("  " + i.line(lang))
        out += exchange_certificates.lines(self.certificates, lang)
        if self.backup:
            out.append(t("exchange_backup", lang, path=self.backup))
        return out


def _plan(session: Any, source: Path, incoming: IncomingProject, lang: str) -> tuple[ProjectPlan, Any]:
    from sqlalchemy import func, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        JournalEntry,
        Project,
    )

    doc = incoming.doc
    name = " ".join(doc["name"].split())
    local = session.scalars(select(Project).where(func.lower(Project.name) == name.lower())
                            .order_by(Project.id)).first()
    files = sum(len(e["attachments"]) for e in doc["entries"])
    items = [agreements_exchange._plan(session, a)[0] for a, _ in incoming.agreements]
    if local is None:
        return ProjectPlan(source, name, "add", name, len(doc["entries"]), 0, files, items), None
    ours = [local.purpose, local.resource_kind, local.continuum_position, local.stage,
            agreements_exchange._iso(local.start_date)]
    theirs = [doc["purpose"].strip(), doc["resource_kind"], doc["continuum_position"], doc["stage"],
              doc.get("start_date")]
    if ours != theirs:
        suffix = t("exchange_conflict_suffix", lang)
        stored, n = f"{name}{suffix}"[:200], 2
        while session.scalars(select(Project.id).where(Project.name == stored)).first():
            stored, n = f"{name}{suffix} {n}"[:200], n + 1
        return ProjectPlan(source, name, "conflict", stored, len(doc["entries"]), 0, files, items), None
    known = {_entry_key({"entry_date": r.entry_date.isoformat(), "kind": r.kind, "title": r.title, "body": r.body})
             for r in session.scalars(select(JournalEntry).where(JournalEntry.project_id == local.id,
                                                                 JournalEntry.deleted_at.is_(None)))}
    new = [e for e in doc["entries"] if _entry_key(e) not in known]
    new_files = sum(len(e["attachments"]) for e in new)
    changes = bool(new) or any(i.action not in agreements_exchange.NOTHING_TO_DO for i in items)
    return ProjectPlan(source, name, "update" if changes else "unchanged", local.name, len(new),
                       len(doc["entries"]) - len(new), new_files, items, project_id=local.id), local


def preview_project_import(data: DataDir, path: Path, lang: str, content: ExchangeContent | None = None
                           ) -> ProjectPlan:
    incoming = read_project_exchange(path, lang, content)
    with session_scope(data) as session:
        plan, _ = _plan(session, path, incoming, lang)
        exchange_certificates.mark_known(session, incoming.certificates)
        session.rollback()
    plan.certificates = incoming.certificates
    return plan


def import_project(data: DataDir, path: Path, lang: str, content: ExchangeContent | None = None) -> ProjectPlan:
    """Import in one transaction, after a backup; the caller holds the data folder lock."""

    incoming = read_project_exchange(path, lang, content)
    with session_scope(data) as session:
        plan, _ = _plan(session, path, incoming, lang)
        exchange_certificates.mark_known(session, incoming.certificates)
        session.rollback()
    plan.certificates = incoming.certificates
    if plan.action == "unchanged" and not any(c.new for c in incoming.certificates):
        return plan
    backup_path = backup.make_backup(data, lang, "avant-import").path
    written: list[Path] = []
    try:
        with session_scope(data) as session:
            plan, local = _plan(session, path, incoming, lang)  # again, inside the writing transaction
            _apply(session, data, incoming, plan, local, written)
            exchange_certificates.add_new(session, incoming.certificates)  # the same transaction
            plan.certificates = incoming.certificates
    except BaseException:
        for p in written:  # the transaction was rolled back: no row points at these copies
            p.unlink(missing_ok=True)
        raise
    plan.backup, plan.applied = backup_path, True
    log.info("imported project %s: %s %s", path, plan.action, plan.stored_as)
    return plan


def _write_attachment(data: DataDir, entry_id: int, original: str, raw: bytes, written: list[Path]) -> str:
    make_private_folder(data.attachments)
    stored = f"{entry_id}-{uuid.uuid4().hex[:8]}-{safe_name(original)}"
    fd, tmp = tempfile.mkstemp(dir=data.attachments, prefix=".copie-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, data.attachments / stored)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    written.append(data.attachments / stored)
    return stored


def _apply(session: Any, data: DataDir, incoming: IncomingProject, plan: ProjectPlan, local: Any,
           written: list[Path]) -> None:
    from sqlalchemy import select

    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        index_entry,
    )
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        Attachment,
        EntryHours,
        EntryTag,
        JournalEntry,
        Project,
    )

    doc = incoming.doc
    if local is None:
        local = Project(name=plan.stored_as, purpose=doc["purpose"].strip(), resource_kind=doc["resource_kind"],
                        continuum_position=doc["continuum_position"], stage=doc["stage"],
                        start_date=date.fromisoformat(doc["start_date"]) if doc.get("start_date") else None)
        session.add(local)
        session.flush()
    plan.project_id = local.id
    known = {_entry_key({"entry_date": r.entry_date.isoformat(), "kind": r.kind, "title": r.title, "body": r.body})
             for r in session.scalars(select(JournalEntry).where(JournalEntry.project_id == local.id,
                                                                 JournalEntry.deleted_at.is_(None)))}
    for e in doc["entries"]:
        if _entry_key(e) in known:
            continue
        known.add(_entry_key(e))
        tags = clean_tags(e["tags"])
        row = JournalEntry(project_id=local.id, kind=e["kind"], entry_date=date.fromisoformat(e["entry_date"]),
                           author=e["author"], title=" ".join(e["title"].split()), body=e["body"],
                           hours_minutes=e.get("minutes"), money_cents=e.get("money_cents"),
                           money_kind=e.get("money_kind") if e.get("money_cents") is not None else None,
                           money_estimate=e["money_estimate"], private=False)
        session.add(row)
        session.flush()
        session.add_all(EntryTag(entry_id=row.id, tag=tag) for tag in tags)
        if e.get("minutes") is not None:
            session.add(EntryHours(entry_id=row.id, organization_id=None, minutes=e["minutes"]))
        for a in e["attachments"]:
            raw = incoming.members[a["member"]]
            stored = _write_attachment(data, row.id, a["name"], raw, written)
            session.add(Attachment(entry_id=row.id, original_name=safe_file_name(a["name"])[:255], stored_name=stored,
                                   size_bytes=len(raw)))
        index_entry(session, row.id, row.title, row.body, tags)
    items = []
    for agreement, pdfs in incoming.agreements:
        item, existing = agreements_exchange._plan(session, agreement)
        agreements_exchange._apply(session, agreement, pdfs, item, existing)
        session.flush()
        stored = session.scalars(select(Agreement).where(Agreement.reference == item.stored_as)).first()
        if stored is not None and stored.project_id is None:
            stored.project_id = local.id
        items.append(item)
    plan.items = items
    session.flush()

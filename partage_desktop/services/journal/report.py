"""The funder report: gathers a period of the journal (projects, partners, agreements, activities,
results, indicators, check-ups, difficulties, next steps) and has pdf/report/document.py print it
(its plain data types are in core/journal/report.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from partage_desktop.core.journal.report import (
    ACTIVITIES_CAP,
    DIFFICULTIES_CAP,
    RESULTS_CAP,
    ReportData,
    ReportEntry,
    next_steps_of,
)
from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.indicators import checkups, indicators


def _entries(rows: list[tuple[Any, ...]]) -> list[ReportEntry]:
    return [ReportEntry(r[0] if isinstance(r[0], date) else date.fromisoformat(str(r[0])), r[1], r[2], r[3])
            for r in rows]


def gather(data: DataDir, scope: Scope, lang: str, today: date | None = None) -> ReportData:
    from sqlalchemy import select

    from partage_desktop.store.journal import report as q  # deferred: SQLAlchemy, only when needed
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementVersion,
        Organization,
        Project,
        ProjectPartner,
    )

    report = ReportData(lang=lang, scope=scope, today=today or date.today())
    with session_scope(data) as session:
        stmt = select(Project).order_by(Project.name)
        if scope.project_id is not None:
            stmt = stmt.where(Project.id == scope.project_id)
        projects = list(session.scalars(stmt))
        ids = [p.id for p in projects]
        for p in projects:
            report.projects.append({"id": p.id, "name": p.name, "purpose": p.purpose, "resource": p.resource_kind,
                                    "continuum": p.continuum_position, "stage": p.stage, "start": p.start_date})
        orgs = session.scalars(select(Organization).join(ProjectPartner, ProjectPartner.organization_id == Organization.id)
                               .where(ProjectPartner.project_id.in_(ids)).distinct().order_by(Organization.legal_name))
        report.partners = [{"name": o.legal_name, "neq": o.neq or "", "representative": o.representative,
                            "title": o.representative_title} for o in orgs]
        for a in session.scalars(select(Agreement).where(Agreement.project_id.in_(ids), Agreement.deleted_at.is_(None))
                                 .order_by(Agreement.reference)):
            last = session.scalars(select(AgreementVersion).where(AgreementVersion.agreement_id == a.id)
                                   .order_by(AgreementVersion.number.desc()).limit(1)).first()
            report.agreements.append({"reference": a.reference, "title": a.title, "status": a.status,
                                      "version": str(last.number) if last else "—",
                                      "fingerprint": last.fingerprint if last else "—"})
        counts = q.kind_counts(session, scope)
        for name, kinds, cap in (("activities", ("meeting", "decision"), ACTIVITIES_CAP),
                                 ("results", ("success", "milestone"), RESULTS_CAP),
                                 ("difficulties", ("difficulty",), DIFFICULTIES_CAP)):
            setattr(report, name, _entries(q.entries_of_kinds(session, scope, kinds, cap)))
            report.totals[name] = sum(counts.get(k, 0) for k in kinds)
        latest = _entries(q.entries_of_kinds(session, scope, ("meeting", "decision", "milestone"), 10))
    steps: list[str] = []
    for e in reversed(latest):
        steps.extend(s for s in next_steps_of(e.body) if s not in steps)
    report.next_steps = steps[:12] or [e.title for e in latest if e.kind == "decision"][-5:]
    report.figures = indicators(data, scope)
    report.checkups = {p["name"]: checkups(data, p["id"], scope.date_from, scope.date_to) for p in report.projects}
    return report


def export_report(data: DataDir, out: Path, lang: str, scope: Scope | None = None,
                  today: date | None = None) -> int:
    """Build the PDF in memory, then write it atomically; returns its page count."""
    from partage_desktop.pdf.report.document import (  # deferred: ReportLab, only when needed
        render_report,
    )

    refuse_own_file(out, data, lang)
    pdf, pages = render_report(gather(data, scope or Scope(), lang, today))
    atomic.write_bytes(out, pdf)
    return pages

"""Taking the demo sample away again, and telling whether a data folder already holds data.

Only rows marked ``demo`` (migration 0009_demo_rows) are removed, with what hangs on them (their
versions, parties, tags, hours, revisions, attachments and the search index rows); the user's own
rows are never touched. A demo row that the user built on stays, and from then on is the user's
(its mark is taken off): a demo project holding an entry, agreement or check-up the user wrote,
a demo organization that is a partner or a party of something of the user's, a demo agreement
that a user's amendment changes. Everything happens in one transaction, after a backup; files
are deleted after the commit (a crash in between leaves an unused file, never a dead link).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.services.data.session import note, session_scope
from partage_desktop.services.safety.backup import make_backup


@dataclass(frozen=True)
class DemoCounts:
    organizations: int = 0
    projects: int = 0
    agreements: int = 0
    entries: int = 0

    @property
    def total(self) -> int:
        return self.organizations + self.projects + self.agreements + self.entries

    def __add__(self, other: DemoCounts) -> DemoCounts:
        return DemoCounts(self.organizations + other.organizations, self.projects + other.projects,
                          self.agreements + other.agreements, self.entries + other.entries)


@dataclass(frozen=True)
class FolderContents:
    """What a data folder holds: the demo's rows, and the user's own."""

    demo: DemoCounts
    own: DemoCounts
    profile: int = 0  # our own organization's profile (first-start assistant, Settings), among ``own``

    @property
    def empty(self) -> bool:
        """Nothing the demo could mix with or double: our own profile alone does not count (the
        demo never makes another one)."""
        return self.demo.total == 0 and self.own.total - self.profile == 0


@dataclass(frozen=True)
class DemoRemoval:
    removed: DemoCounts
    kept: DemoCounts  # demo rows kept because the user's own rows use them
    files: int
    backup: Path | None


_COUNTED = (("organizations", "organization"), ("projects", "project"), ("agreements", "agreement"),
            ("entries", "journal_entry"))


def folder_contents(data: DataDir) -> FolderContents:
    """Counts of demo and own rows (trashed ones included: they are data too). The database must
    be prepared."""
    from sqlalchemy import text

    with session_scope(data) as session:
        counts: dict[bool, dict[str, int]] = {True: {}, False: {}}
        for name, table in _COUNTED:
            for demo, n in session.execute(text(f"SELECT demo, COUNT(*) FROM {table} GROUP BY demo")):
                counts[bool(demo)][name] = int(n)
        profile = session.execute(text("SELECT COUNT(*) FROM organization WHERE is_own AND NOT demo")).scalar_one()
    return FolderContents(DemoCounts(**counts[True]), DemoCounts(**counts[False]), int(profile))


def _ids(session: Any, sql: str, **params: Any) -> set[int]:
    from sqlalchemy import text

    return {int(r[0]) for r in session.execute(text(sql), params)}


def _in(ids: set[int]) -> str:
    return "(" + ", ".join(str(i) for i in sorted(ids)) + ")" if ids else "(NULL)"


def remove_demo(data: DataDir, lang: str = "fr", backup: bool = True) -> DemoRemoval:
    """Remove the demo rows (after a backup, unless there is nothing to remove)."""
    from sqlalchemy import text

    if folder_contents(data).demo.total == 0:
        return DemoRemoval(DemoCounts(), DemoCounts(), 0, None)
    made = None
    if backup:
        made = make_backup(data, lang, "avant-demo").path
    files: list[Path] = []
    with session_scope(data) as session:
        note(session, changes.EVERYTHING)  # its statements are plain SQL: every screen reads again
        entries = _ids(session, "SELECT id FROM journal_entry WHERE demo")
        agreements = _ids(session, "SELECT id FROM agreement WHERE demo")
        projects = _ids(session, "SELECT id FROM project WHERE demo")
        orgs = _ids(session, "SELECT id FROM organization WHERE demo")

        # what the user's own rows use stays (and becomes theirs)
        agreements_kept = agreements & _ids(
            session, "SELECT parent_id FROM agreement WHERE NOT demo AND parent_id IS NOT NULL")
        projects_kept = projects & (
            _ids(session, "SELECT project_id FROM journal_entry WHERE NOT demo")
            | _resource_uses(session, "project_id")
            | _ids(session, "SELECT project_id FROM health_checkup WHERE NOT demo")
            | _ids(session, "SELECT project_id FROM agreement WHERE project_id IS NOT NULL "
                            f"AND (NOT demo OR id IN {_in(agreements_kept)})"))
        own_projects = _ids(session, "SELECT id FROM project WHERE NOT demo") | projects_kept
        orgs_kept = orgs & (
            _ids(session, f"SELECT organization_id FROM project_partner WHERE project_id IN {_in(own_projects)}")
            | _ids(session, "SELECT p.organization_id FROM agreement_party p JOIN agreement a "
                            "ON a.id = p.agreement_id WHERE p.organization_id IS NOT NULL "
                            f"AND (NOT a.demo OR a.id IN {_in(agreements_kept)})")
            | _ids(session, "SELECT p.organization_id FROM entry_partner p JOIN journal_entry e "
                            "ON e.id = p.entry_id WHERE NOT e.demo")
            | _ids(session, "SELECT h.organization_id FROM entry_hours h JOIN journal_entry e "
                            "ON e.id = h.entry_id WHERE NOT e.demo AND h.organization_id IS NOT NULL")
            | _ids(session, "SELECT organization_id FROM booking WHERE NOT demo AND organization_id IS NOT NULL"))
        gone_agreements = agreements - agreements_kept
        gone_projects = projects - projects_kept
        gone_orgs = orgs - orgs_kept

        files = [data.attachments / r[0] for r in session.execute(text(
            f"SELECT stored_name FROM attachment WHERE entry_id IN {_in(entries)}"))]
        files += [data.root / r[0] for r in session.execute(text(
            f"SELECT scan_path FROM agreement WHERE scan_path IS NOT NULL AND id IN {_in(gone_agreements)}"))]
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text(f"DELETE FROM journal_fts WHERE rowid IN {_in(entries)}"))
        # children first: the foreign keys cascade, but saying it keeps the count honest
        session.execute(text(f"DELETE FROM journal_entry WHERE id IN {_in(entries)}"))
        _remove_resources(session)
        session.execute(text("DELETE FROM health_checkup WHERE demo"))
        session.execute(text("DELETE FROM board_sheet WHERE demo"))  # its items and photos follow
        session.execute(text(f"DELETE FROM agreement WHERE id IN {_in(gone_agreements)}"))
        session.execute(text(f"DELETE FROM project WHERE id IN {_in(gone_projects)}"))
        session.execute(text(f"DELETE FROM organization WHERE id IN {_in(gone_orgs)}"))
        for table, kept in (("agreement", agreements_kept), ("project", projects_kept),
                            ("organization", orgs_kept)):
            session.execute(text(f"UPDATE {table} SET demo = :no WHERE id IN {_in(kept)}"), {"no": False})
    removed_files = 0
    for path in files:
        if _inside(path, data.root) and path.is_file():
            try:
                path.unlink()
                removed_files += 1
            except OSError:  # an unused file left behind is only wasted space
                pass
    return DemoRemoval(DemoCounts(len(gone_orgs), len(gone_projects), len(gone_agreements), len(entries)),
                       DemoCounts(len(orgs_kept), len(projects_kept), len(agreements_kept), 0),
                       removed_files, made)


def _resource_uses(session: Any, column: str) -> set[int]:
    """What the user's own resources, bookings and needs point at (a project)."""
    return set().union(*(_ids(session, f"SELECT {column} FROM {table} WHERE NOT demo AND {column} IS NOT NULL")
                         for table in ("resource", "booking", "need")))


def _remove_resources(session: Any) -> None:
    """The demo's bookings and needs, and its resources except those the user has booked since
    (they stay, as the user's)."""
    from sqlalchemy import text

    kept = _ids(session, "SELECT resource_id FROM booking WHERE NOT demo") & _ids(
        session, "SELECT id FROM resource WHERE demo")
    session.execute(text("DELETE FROM booking WHERE demo"))
    session.execute(text("DELETE FROM need WHERE demo"))
    session.execute(text(f"DELETE FROM resource WHERE demo AND id NOT IN {_in(kept)}"))
    session.execute(text(f"UPDATE resource SET demo = :no WHERE id IN {_in(kept)}"), {"no": False})


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True

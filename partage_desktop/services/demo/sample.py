"""A realistic sample for a new user to explore and for benchmarks: organizations, three sharing
projects with their agreements, N journal entries over two years, a few health check-ups.

Every row the sample writes is marked ``demo`` (migration 0009_demo_rows): ``demo_removal`` takes
exactly those away again, never the user's own.

Entries are written in bulk (one transaction, driver-level executemany) and indexed for search
in bulk afterwards: 100,000 entries take a few seconds instead of minutes.

All or nothing: the sample is built in a copy of the database in a scratch folder (the agreements
take several transactions of their own), then copied into the real database in one SQLite
transaction with the online backup API. A demo killed half-way leaves the data as it was.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform.atomic import make_private_folder
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services import changes
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as agreement_versions
from partage_desktop.services.data.session import close_database, session_scope
from partage_desktop.services.demo.resources import add_resources
from partage_desktop.services.demo.text import entry_text, sample
from partage_desktop.services.organizations.logo import FOLDER as LOGO_FOLDER
from partage_desktop.store.safety import backup as store_backup

Progress = Callable[[int, int], None]
_CHUNK = 5000


@dataclass(frozen=True)
class DemoResult:
    organizations: int
    projects: int
    agreements: int
    entries: int
    seconds: float
    resources: int = 0  # shared resources, and the bookings made of them over two years
    bookings: int = 0


SCRATCH_PREFIX = ".exemple-en-cours-"


class DataChangedMeanwhile(DataUnusableError):
    """Someone wrote to the data while the sample was being built: nothing was added."""


def create_demo(data: DataDir, entries: int = 200, lang: str = "fr", seed: int = 2026,
                progress: Progress | None = None, today: date | None = None) -> DemoResult:
    """Add the sample to the data, whole or not at all. The database must be prepared."""
    import shutil
    import sqlite3
    import tempfile


    for stale in data.root.glob(SCRATCH_PREFIX + "*"):  # left by a demo that was killed
        shutil.rmtree(stale, ignore_errors=True)
    scratch = Path(tempfile.mkdtemp(dir=data.root, prefix=SCRATCH_PREFIX))
    live = sqlite3.connect(data.database, timeout=30)
    try:
        # data_version changes when another connection commits: a write made meanwhile (in the
        # window, by a command) would be lost by copying the sample back over it.
        version = live.execute("PRAGMA data_version").fetchall()
        work = DataDir(scratch)
        store_backup.copy_database(data.database, work.database)
        for name in (data.settings_file.name, LOGO_FOLDER):  # what the agreements' PDFs show
            source = data.root / name
            if source.is_dir():
                shutil.copytree(source, scratch / name)
            elif source.is_file():
                shutil.copy2(source, scratch / name)
        try:
            result = _build(work, entries, lang, seed, progress, today)
        finally:
            close_database(work.database)
        if work.attachments.is_dir():  # unused files until the database names them: moved first
            make_private_folder(data.attachments)
            for path in sorted(work.attachments.rglob("*")):
                target = data.attachments / path.relative_to(work.attachments)
                if path.is_dir():
                    target.mkdir(exist_ok=True)
                else:
                    os.replace(path, target)
        if live.execute("PRAGMA data_version").fetchall() != version:
            raise DataChangedMeanwhile(Message.of("demo_changed_meanwhile"))
        built = sqlite3.connect(work.database)
        try:
            built.backup(live)  # one step: one write transaction on the real database
        finally:
            built.close()
    finally:
        live.close()
        shutil.rmtree(scratch, ignore_errors=True)
    changes.announce(data, changes.EVERYTHING)
    return result


def _build(data: DataDir, entries: int, lang: str, seed: int, progress: Progress | None,
           today: date | None) -> DemoResult:
    import time

    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        bulk_index,
    )
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        HealthCheckup,
        Organization,
        Project,
        ProjectPartner,
        utcnow,
    )

    started = time.perf_counter()
    rng = random.Random(seed)
    today = today or date.today()
    lang = lang if lang in ("fr", "en") else "fr"
    words = sample()
    with session_scope(data) as session:
        has_own = session.query(Organization).filter(Organization.is_own.is_(True)).count() > 0
        orgs = []
        for i, org in enumerate(words.organizations):
            row = Organization(is_own=(i == 0 and not has_own), legal_name=org.name, neq=org.neq,
                               address=org.address, representative=org.representative,
                               representative_title=org.title[lang], email=org.email, phone=org.phone,
                               demo=True)
            session.add(row)
            orgs.append(row)
        session.flush()
        from partage_desktop.services.resources.board_demo import (  # deferred: the board's part of the sample
            add_demo_sheet,
        )

        add_demo_sheet(session, lang, today)  # a partner's offers sheet on the network board
        projects: list[tuple[Project, list[Organization]]] = []
        n_agreements = 0
        wanted: list[tuple[int, str, list[dict[str, str]], date]] = []
        for spec in words.projects:
            members = [orgs[i] for i in spec.partners]
            project = Project(name=spec.name[lang], purpose=spec.purpose[lang],
                              resource_kind=spec.resource, continuum_position=spec.continuum,
                              stage=spec.stage, start_date=today - timedelta(days=spec.age_days), demo=True)
            session.add(project)
            session.flush()
            session.add_all(ProjectPartner(project_id=project.id, organization_id=o.id) for o in members)
            projects.append((project, members))
            for template in spec.agreements:
                n_agreements += 1
                wanted.append((project.id, template, [_as_party(o, lang) for o in members],
                               project.start_date or today))
            for months_ago in (18, 12, 6, 1):
                taken_on = today - timedelta(days=30 * months_ago)
                if project.start_date and taken_on < project.start_date:
                    continue  # a check-up is only taken once the project has started
                answers = {q: max(1, min(5, 3 + rng.choice((-1, 0, 0, 1, 1)) + (months_ago < 10)))
                           for q in vocab.HEALTH_IDS}
                session.add(HealthCheckup(project_id=project.id, taken_on=taken_on,
                                          answers_json=json.dumps(answers), score=vocab.health_score(answers),
                                          demo=True))
        session.flush()
        project_specs = [(p.id, [o.id for o in members], p.start_date or today) for p, members in projects]
        connection = session.connection()
        first_id = int(connection.exec_driver_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM journal_entry").scalar_one())
        now = utcnow()
        entry_sql = ("INSERT INTO journal_entry (id, project_id, kind, entry_date, author, title, body, "
                     "hours_minutes, money_cents, money_kind, money_estimate, deleted_at, created_at, updated_at, demo) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)")
        # Entry texts come from a pool drawn once: 100,000 entries then cost a few random draws each.
        pool = {kind: [entry_text(rng, kind, lang) for _ in range(400)] for kind in vocab.KINDS}
        kinds = [k for k, weight in zip(vocab.KINDS, (30, 15, 12, 12, 6, 25), strict=True) for _ in range(weight)]
        days = [[start + timedelta(days=d) for d in range(max(1, (today - start).days) + 1)]
                for _, _, start in project_specs]
        # Draw every entry first, then number them in date order, as a journal is written: ids
        # follow dates, so the (entry_date, id) indexes are filled at their end instead of at
        # random places (a third faster on 100,000 entries).
        drawn = sorted(((rng.choice(days[n % len(project_specs)]), n % len(project_specs)) for n in range(entries)),
                       key=lambda d: d[0])
        now_text = _stamp(now)
        stamps: dict[date, str] = {}
        done = 0
        while done < entries:
            size = min(_CHUNK, entries - done)
            entry_rows: list[tuple[Any, ...]] = []
            tag_rows: list[tuple[int, str]] = []
            partner_rows: list[tuple[int, int]] = []
            hour_rows: list[tuple[int, int, int]] = []
            index_rows: list[tuple[Any, ...]] = []
            for n in range(done, done + size):
                entry_id = first_id + n
                day, which = drawn[n]
                project_id, member_ids, _start = project_specs[which]
                kind = rng.choice(kinds)
                title, body, tags, author, folded = rng.choice(pool[kind])
                minutes = money = money_kind = None
                estimate = ""
                draw = rng.random()
                concerned = member_ids[:1 + int(draw * len(member_ids))] if draw < 0.5 else member_ids[-1:]
                if kind in ("meeting", "milestone", "difficulty") or draw < 0.3:
                    split = [(o, 30 * (1 + (entry_id + i) % 6)) for i, o in enumerate(concerned)]
                    hour_rows.extend((entry_id, o, m) for o, m in split)
                    minutes = sum(m for _, m in split)
                if kind in ("success", "decision") and draw < 0.6:
                    money_kind = ("saved", "saved", "avoided", "spent")[entry_id % 4]
                    money = (50 + int(draw * 4000)) * 100
                    estimate = words.estimates[lang][money_kind]
                stamp = stamps.get(day)
                if stamp is None:  # written at 9 h that day (or now, for today)
                    moment = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
                    stamp = stamps[day] = _stamp(moment) if moment < now else now_text
                entry_rows.append((entry_id, project_id, kind, day.isoformat(), author, title, body, minutes,
                                   money, money_kind, estimate, stamp, now_text))
                tag_rows.extend((entry_id, t) for t in tags)
                partner_rows.extend((entry_id, o) for o in concerned)
                index_rows.append((entry_id, *folded))
            connection.exec_driver_sql(entry_sql, entry_rows)
            connection.exec_driver_sql("INSERT INTO entry_tag (entry_id, tag) VALUES (?, ?)", tag_rows)
            connection.exec_driver_sql("INSERT INTO entry_partner (entry_id, organization_id) VALUES (?, ?)",
                                       partner_rows)
            connection.exec_driver_sql("INSERT INTO entry_hours (entry_id, organization_id, minutes) "
                                       "VALUES (?, ?, ?)", hour_rows)
            bulk_index(connection, index_rows, already_folded=True)
            done += size
            if progress:
                progress(done, entries)
        # shared resources: what we lend, what we look for, two years of bookings
        n_resources, _n_needs, n_bookings = add_resources(
            session, lang, random.Random(seed + 14), today, [o.id for o in orgs], [p.id for p, _ in projects])
    for project_id, template, parties, start in wanted:
        _demo_agreement(data, project_id, template, parties, start, lang, today)
    return DemoResult(len(orgs), len(projects), n_agreements, entries, time.perf_counter() - started,
                      n_resources, n_bookings)


def _stamp(moment: datetime) -> str:
    """A timestamp as SQLAlchemy stores a DateTime in SQLite, formatted once per day rather than
    adapted by the driver for each of 200,000 values."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _as_party(org: object, lang: str) -> dict[str, str]:
    keys = {"name": "legal_name", "neq": "neq", "address": "address", "representative": "representative",
            "representative_title": "representative_title", "email": "email", "phone": "phone"}
    return {key: str(getattr(org, attr) or "") for key, attr in keys.items() if getattr(org, attr, "")}


def _demo_agreement(data: DataDir, project_id: int, template: str, parties: list[dict[str, str]],
                    start: date, lang: str, today: date) -> None:
    """A real agreement: the template's complete example answers with the demo organizations as
    parties, exported (a frozen version with its PDF) and, when it has started, signed."""
    from sqlalchemy import update

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    answers = json.loads((templates_dir() / "examples" / f"{template}.json").read_text("utf-8"))
    answers["lang"] = lang
    answers["parties"] = parties
    fields = answers.setdefault("fields", {})
    split = fields.get("cost_split")
    if isinstance(split, dict) and len(split.get("shares") or []) != len(parties):
        fields["cost_split"] = {"method": "equal", "total": split.get("total") or "1200.00"}
    fields["start_date"] = start.isoformat()
    fields["end_date"] = (start + timedelta(days=730)).isoformat()
    reference = drafts.create_draft(data, answers, today=start)
    with session_scope(data) as session:
        session.execute(update(Agreement).where(Agreement.reference == reference)
                        .values(project_id=project_id, demo=True))
    # exported two weeks before it starts (and is signed), not on the day the demo is made
    exported = datetime.combine(min(start, today) - timedelta(days=14), datetime.min.time()) + timedelta(hours=14)
    agreement_versions.export_version(data, reference, lang, exported_at=exported)
    if start <= today:
        agreement_versions.mark_signed(data, reference, start, lang, today=today)


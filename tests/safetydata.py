"""Helpers for the data-safety tests: a prepared data folder with a few real rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from partage_desktop.platform.datadir import DataDir, resolve
from partage_desktop.services.data.database import prepare


def prepared(root: Path) -> DataDir:
    data = resolve(str(root))
    prepare(data, "fr")
    return data


def add_rows(data: DataDir, agreements: int = 0, projects: int = 0, entries: int = 0, tag: str = "") -> None:
    con = sqlite3.connect(data.database)
    with con:
        for i in range(agreements):
            con.execute("INSERT INTO agreement (reference, template_id, title, status, lang, answers_json, "
                        "created_at, updated_at) VALUES (?, 'pret-materiel', ?, 'draft', 'fr', '{}', "
                        "'2026-11-01', '2026-11-01')", (f"ENT-{tag}{i:04d}", f"Entente {tag}{i}"))
        for i in range(projects):
            con.execute("INSERT INTO project (name, purpose, resource_kind, continuum_position, stage, "
                        "created_at, updated_at) VALUES (?, '', '', '', 'exploring', '2026-11-01', '2026-11-01')",
                        (f"Projet {tag}{i}",))
        if entries:
            project = con.execute("SELECT id FROM project ORDER BY id LIMIT 1").fetchone()
            if project is None:
                project = (con.execute("INSERT INTO project (name, purpose, resource_kind, continuum_position, "
                                       "stage, created_at, updated_at) VALUES ('P', '', '', '', 'exploring', "
                                       "'2026-11-01', '2026-11-01')").lastrowid,)
            for i in range(entries):
                con.execute("INSERT INTO journal_entry (project_id, kind, entry_date, author, title, body, money_estimate, "
                            "created_at, updated_at) VALUES (?, 'note', '2026-11-02', '', ?, '', '', "
                            "'2026-11-02', '2026-11-02')", (project[0], f"Entrée {tag}{i}"))
    con.close()


def counts(data: DataDir) -> dict[str, int]:
    from partage_desktop.store.safety.backup import count_rows

    con = sqlite3.connect(data.database)
    try:
        return count_rows(con)
    finally:
        con.close()


def damage(db: Path, table: str = "agreement") -> None:
    """Scribble over the b-tree header of a table's root page: PRAGMA quick_check notices."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    start = (root - 1) * page_size + (100 if root == 1 else 0)
    raw[start:start + 12] = b"\x0d\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00"
    raw[start + 12: start + 200] = b"\xee" * 188
    db.write_bytes(bytes(raw))


def example(template_id: str = "pret-materiel") -> dict:
    import json

    from partage_desktop.platform.resources import templates_dir

    return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))


def add_agreement(data: DataDir, reference: str = "ENT-2026-0001", versions: int = 2, status: str = "signed",
                  purpose_suffix: str = "") -> list[str]:
    """An agreement as the agreement builder records it: draft answers, parties, frozen versions
    (answers, fingerprint, full hash, the PDF as drawn). Returns the versions' fingerprints."""
    import json

    from partage_desktop.core.agreements.fingerprint import (
        canonical_json,
        fingerprint_of,
        full_hash,
    )
    from partage_desktop.core.agreements.render import build_document
    from partage_desktop.pdf.agreement.draw import render_agreement
    from partage_desktop.services.agreements.export import check_answers

    raw = example()
    fingerprints = []
    con = sqlite3.connect(data.database)
    with con:
        cur = con.execute(
            "INSERT INTO agreement (reference, template_id, title, status, lang, answers_json, start_date, "
            "end_date, created_at, updated_at) VALUES (?, 'pret-materiel', 'Prêt de la fourgonnette', ?, 'fr', ?, "
            "'2027-01-07', '2027-06-24', '2026-11-01', '2026-11-01')",
            (reference, status, json.dumps(raw, ensure_ascii=False)))
        agreement_id = cur.lastrowid
        for position, party in enumerate(raw["parties"]):
            con.execute("INSERT INTO agreement_party (agreement_id, position, name) VALUES (?, ?, ?)",
                        (agreement_id, position, party["name"]))
        for number in range(1, versions + 1):
            answers = dict(raw, meta={"reference": reference, "version": number})
            answers["fields"] = dict(raw["fields"], purpose=f"{raw['fields']['purpose']} (v{number}){purpose_suffix}")
            result = check_answers(answers, "fr")
            assert not result.errors, result.errors
            fingerprint = fingerprint_of(canonical_json(result.answers))
            fingerprints.append(fingerprint)
            canonical = canonical_json(result.answers)
            con.execute("INSERT INTO agreement_version (agreement_id, number, template_id, template_version, "
                        "answers_json, fingerprint, sha256, pdf, created_at) VALUES (?, ?, 'pret-materiel', ?, ?, "
                        "?, ?, ?, '2026-11-02 10:00:00')",
                        (agreement_id, number, result.answers.template.version, canonical, fingerprint,
                         full_hash(canonical), render_agreement(build_document(result.answers))))
    con.close()
    return fingerprints


def edited_amount(pdf: bytes) -> bytes:
    """The PDF with the van's value changed on the page that shows it, as a PDF editor would."""
    import io
    import re

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        contents = page.get_contents()
        data = contents.get_data()
        changed = re.sub(rb"\(28(.)000,00", rb"(18\g<1>000,00", data)
        if changed != data:
            contents.set_data(changed)
            page.replace_contents(contents)
            out = io.BytesIO()
            writer.write(out)
            return out.getvalue()
    raise AssertionError("no amount to edit")

"""Projects as the command line shows and names them: ``journal projects``, and ``--project`` given
a number or a name (exact first, accents and case aside, then a unique part of a name)."""

from __future__ import annotations

from typing import Any

from partage_desktop.core.folding import fold as _fold
from partage_desktop.core.folding import strip_accents
from partage_desktop.core.identifiers import RECORD_ID
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.session import session_scope


def projects_listing(data: DataDir) -> list[dict[str, Any]]:
    """Every project, by number: id, name, stage, start_date, entries (live ones), demo."""
    from sqlalchemy import text

    with session_scope(data) as session:
        rows = session.execute(text(
            "SELECT p.id, p.name, p.stage, p.start_date, p.demo, "
            "(SELECT COUNT(*) FROM journal_entry e WHERE e.project_id = p.id AND e.deleted_at IS NULL) "
            "FROM project p ORDER BY p.id")).all()
    return [{"id": int(r[0]), "name": r[1], "stage": r[2],
             "start_date": str(r[3])[:10] if r[3] is not None else None,
             "entries": int(r[5]), "demo": bool(r[4])} for r in rows]


def fold(text: str) -> str:
    """Case, accents, ligatures and spacing aside: how a name typed on a command line is compared."""
    return " ".join(strip_accents(_fold(text)).casefold().split())


def _named(projects: list[dict[str, Any]], lang: str) -> str:
    quote = "« {} »" if lang == "fr" else "“{}”"
    return ("\u202f; " if lang == "fr" else "; ").join(f"{p['id']} {quote.format(p['name'])}" for p in projects) or "—"


def find_project(data: DataDir, value: str, lang: str) -> int:
    """The project's number for ``value`` (a number or a name); UserInputError naming the choices."""
    projects = projects_listing(data)
    wanted = value.strip()
    number = RECORD_ID.fullmatch(wanted) is not None  # ASCII digits only, as every id
    if number:
        for p in projects:
            if p["id"] == int(wanted):
                return int(p["id"])
    folded = fold(wanted)
    for matches in ([p for p in projects if fold(p["name"]) == folded],
                    [p for p in projects if folded and folded in fold(p["name"])]):
        if len(matches) == 1:
            return int(matches[0]["id"])
        if len(matches) > 1:
            raise UserInputError([Message.of("project_ambiguous", value=value, projects=_named(matches, lang))])
    if number:
        raise UserInputError([Message.of("exchange_no_project", id=wanted, projects=_named(projects, lang))])
    raise UserInputError([Message.of("project_unknown", value=value, projects=_named(projects, lang))])

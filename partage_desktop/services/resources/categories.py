"""The shared list of resource categories: bilingual, editable, seeded from the bundled catalogue
the first time it is read. A category is archived rather than deleted: resources, needs and
partners' sheets keep its code."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from partage_desktop.core.resources.vocabulary import KINDS
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources.content import catalogue
from partage_desktop.services.resources.problems import FieldProblems, InvalidFields

LABEL_LIMIT = 120


@dataclass(frozen=True)
class CategoryView:
    code: str
    label: str  # in the language asked for
    label_fr: str
    label_en: str
    kind: str
    archived: bool
    builtin: bool = False


def _seed(session: object) -> None:
    """Add the catalogue's starting categories that the table lacks (by code): idempotent, and an
    archived or renamed one is left as the person made it."""
    from sqlalchemy import select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    have = set(session.scalars(select(ResourceCategory.code)))  # type: ignore[attr-defined]
    for position, category in enumerate(catalogue().categories):
        if category.code not in have:
            session.add(ResourceCategory(  # type: ignore[attr-defined]
                code=category.code, label_fr=category.label["fr"], label_en=category.label["en"],
                kind=category.kind, position=position, builtin=True))


def ensure_seeded(session: object) -> None:
    """Seed once per table: a table with rows is left alone (a person may have archived them all)."""
    from sqlalchemy import func, select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    if not session.scalar(select(func.count()).select_from(ResourceCategory)):  # type: ignore[attr-defined]
        _seed(session)
        session.flush()  # type: ignore[attr-defined]


def list_categories(data: DataDir, lang: str, include_archived: bool = False) -> list[CategoryView]:
    from sqlalchemy import select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    with session_scope(data) as session:
        ensure_seeded(session)
        stmt = select(ResourceCategory).order_by(ResourceCategory.position, ResourceCategory.id)
        if not include_archived:
            stmt = stmt.where(ResourceCategory.archived.is_(False))
        return [CategoryView(r.code, r.label_en if lang == "en" else r.label_fr, r.label_fr, r.label_en,
                             r.kind, r.archived, r.builtin) for r in session.scalars(stmt)]


def labels(data: DataDir, lang: str) -> dict[str, str]:
    """Every category's words by code, archived ones included (old resources still name them);
    read only: the starting categories are worded from the catalogue until the table holds them."""
    from sqlalchemy import select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    words = {c.code: c.label["en" if lang == "en" else "fr"] for c in catalogue().categories}
    with session_scope(data) as session:
        for code, label_fr, label_en in session.execute(
                select(ResourceCategory.code, ResourceCategory.label_fr, ResourceCategory.label_en)):
            words[code] = label_en if lang == "en" else label_fr
    return words


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:30] or "categorie"


def save_category(data: DataDir, label_fr: str, label_en: str, kind: str = "", code: str | None = None) -> str:
    """Add a category (``code`` None) or reword one; returns its code. UserInputError naming the
    field when a label is missing or too long, or the kind unknown."""
    from sqlalchemy import select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    label_fr, label_en, kind = " ".join(label_fr.split()), " ".join(label_en.split()), kind or ""
    problems = FieldProblems()
    for key, value in (("label_fr", label_fr), ("label_en", label_en)):
        if not value:
            problems.add(key, "resource_problem_required")
        elif len(value) > LABEL_LIMIT:
            problems.add(key, "resource_problem_too_long", limit=LABEL_LIMIT)
    if kind and kind not in KINDS:
        problems.add("kind", "resource_problem_choice")
    problems.raise_if_any()
    with session_scope(data) as session:
        ensure_seeded(session)
        if code is not None:
            row = session.scalar(select(ResourceCategory).where(ResourceCategory.code == code))
            if row is None:
                raise InvalidFields({"code": Message.of("resource_problem_unknown_category", code=code)})
        else:
            taken = set(session.scalars(select(ResourceCategory.code)))
            base = _slug(label_fr)
            code, n = base, 2
            while code in taken:
                code, n = f"{base}-{n}", n + 1
            last = session.scalar(select(ResourceCategory.position).order_by(ResourceCategory.position.desc()))
            row = ResourceCategory(code=code, position=(last or 0) + 1, builtin=False)
            session.add(row)
        row.label_fr, row.label_en, row.kind = label_fr, label_en, kind
        return code


def archive_category(data: DataDir, code: str, archived: bool = True) -> None:
    """Take a category out of the choices (``archived=False`` brings it back)."""
    from sqlalchemy import select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    with session_scope(data) as session:
        row = session.scalar(select(ResourceCategory).where(ResourceCategory.code == code))
        if row is None:
            raise InvalidFields({"code": Message.of("resource_problem_unknown_category", code=code)})
        row.archived = archived



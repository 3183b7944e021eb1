"""The bundled agreement templates, loaded once per process."""

from __future__ import annotations

from functools import cache

from ..core.templates import Catalogue, load_catalogue
from ..resources import templates_dir


@cache
def catalogue() -> Catalogue:
    return load_catalogue(templates_dir())


def templates_listing() -> list[dict[str, object]]:
    """What ``templates list --json`` prints: one object per template."""
    out: list[dict[str, object]] = []
    for template in catalogue().ordered():
        example = templates_dir() / "examples" / f"{template.id}.json"
        out.append({
            "id": template.id,
            "version": template.version,
            "title": dict(template.title),
            "summary": dict(template.summary),
            "continuum": template.continuum,
            "min_parties": template.min_parties,
            "max_parties": template.max_parties,
            "guides": list(template.guides),
            "example": str(example),
        })
    return out

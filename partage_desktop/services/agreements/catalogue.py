"""The bundled agreement templates, loaded once per process."""

from __future__ import annotations

from functools import cache

from partage_desktop.core.agreements.template_loader import (
    CommonLibrary,
    load_catalogue,
    load_common,
    load_template,
)
from partage_desktop.core.agreements.templates import Catalogue, Template
from partage_desktop.platform.resources import templates_dir


@cache
def catalogue() -> Catalogue:
    return load_catalogue(templates_dir())


@cache
def _common() -> CommonLibrary:
    return load_common(templates_dir() / "common.toml")


@cache
def _template_ids() -> frozenset[str]:
    return frozenset(p.stem for p in templates_dir().glob("*.toml") if p.stem != "common")


@cache
def _single(template_id: str) -> Template:
    return load_template(templates_dir() / f"{template_id}.toml", _common())


def catalogue_for(raw: object) -> Catalogue:
    """Enough of the catalogue to check ``raw``: only its template when it names a bundled one
    (a one-off export should not parse all eight), else the whole catalogue (to list the choices).
    The id is matched against the files present, never joined into a path as typed."""
    template_id = raw.get("template") if isinstance(raw, dict) else None
    if isinstance(template_id, str) and template_id in _template_ids():
        if catalogue.cache_info().currsize:
            return catalogue()
        return Catalogue({template_id: _single(template_id)})
    return catalogue()


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

"""Québec's administrative regions and the starting categories, read from
``resources/resources/catalogue.toml`` (path given by the caller, a service) and checked on loading."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from partage_desktop.core.content import ContentError, read_toml, text
from partage_desktop.core.resources.vocabulary import KINDS


@dataclass(frozen=True)
class Region:
    code: str
    name: dict[str, str]  # fr, en
    lat: float
    lon: float


@dataclass(frozen=True)
class Category:
    code: str
    kind: str
    label: dict[str, str]  # fr, en


@dataclass(frozen=True)
class Catalogue:
    regions: dict[str, Region]
    categories: tuple[Category, ...]

    def region_name(self, code: str, lang: str) -> str:
        region = self.regions.get(code)
        return region.name[lang] if region else code

    def distance_km(self, a: str, b: str) -> float | None:
        """Great-circle distance between two regions' central towns; None when either is unknown."""
        first, second = self.regions.get(a), self.regions.get(b)
        if first is None or second is None:
            return None
        if a == b:
            return 0.0
        lat1, lon1, lat2, lon2 = map(math.radians, (first.lat, first.lon, second.lat, second.lon))
        h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        return 2 * 6371.0 * math.asin(math.sqrt(h))


def load_catalogue(path: Path) -> Catalogue:
    raw = read_toml(path)
    where = path.name
    regions: dict[str, Region] = {}
    for code, entry in (raw.get("regions") or {}).items():
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), (int, float)) for k in ("lat", "lon")):
            raise ContentError(f"{where}: region {code!r} needs fr, en, lat and lon")
        regions[code] = Region(code, text({k: entry.get(k) for k in ("fr", "en")}, f"{where}: region {code}"), float(entry["lat"]), float(entry["lon"]))
    categories = []
    seen = set()
    for index, entry in enumerate(raw.get("categories") or []):
        code, kind = entry.get("code"), entry.get("kind")
        if not isinstance(code, str) or not code or code in seen or kind not in KINDS:
            raise ContentError(f"{where}: category {index + 1} needs a new code and a known kind")
        seen.add(code)
        categories.append(Category(code, kind, text(entry.get("label"), f"{where}: category {code}")))
    if len(regions) != 17 or not categories:
        raise ContentError(f"{where}: 17 regions and at least one category expected")
    return Catalogue(regions, tuple(categories))

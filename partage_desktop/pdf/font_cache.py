"""The fonts as ReportLab parsed them last time, kept between runs like Python's own .pyc files.

ReportLab reads a TrueType file in pure Python: about 37 ms for our five DejaVu faces, the largest
single cost of an ``agreement export`` command after Python's own start. Loading what it parsed
last time takes about half of that. The cache is one pickle file in the user's cache folder
(beside the data in portable mode; ``PARTAGE_CACHE_DIR`` overrides both), stamped with its own
format, ReportLab's and Python's versions and each font file's name, size and modification time.
Any difference, or any problem reading or writing it, and the fonts are simply parsed again (and
the file rewritten when possible): the cache can make an export faster, never different.

Two attributes are not kept as they are, because they cannot be pickled: the font's per-document
state (an empty ``WeakKeyDictionary`` until a PDF uses the font) and the face's unit scale (a
lambda). Both are rebuilt, and ``save`` refuses to write a cache when ReportLab no longer builds
them the way ``_restore`` does.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from partage_desktop.platform import datadir
from partage_desktop.platform.atomic import write_bytes

log = logging.getLogger(__name__)

FORMAT = 1
CACHE_ENV = "PARTAGE_CACHE_DIR"
FILE_NAME = "polices.pickle"
_REBUILT_FONT = "state"
_REBUILT_FACE = "_pdfScale"


def cache_dir() -> Path:
    """Where the cache lives: PARTAGE_CACHE_DIR, else beside a portable app's data, else the
    platform's cache folder for the user."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)

    portable = datadir.portable_root()
    if portable is not None:
        return portable / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Partage", "Partage"))


class _Scale:
    """Font units to PDF units, computed exactly as ReportLab's own scale function does."""

    def __init__(self, units_per_em: int) -> None:
        self.factor = None if units_per_em == 1000 else 1000 / units_per_em

    def __call__(self, value: float) -> float:
        return value if self.factor is None else value * self.factor


def _stamp(files: dict[str, Path]) -> tuple[Any, ...]:
    import reportlab

    described = []
    for name, path in sorted(files.items()):
        stat = path.stat()
        described.append((name, path.name, stat.st_size, stat.st_mtime_ns))
    return (FORMAT, reportlab.Version, sys.version_info[:2], tuple(described))


def load(files: dict[str, Path]) -> dict[str, Any] | None:
    """The ReportLab fonts for ``files`` (name -> TTF path) from the cache, or None."""
    path = cache_dir() / FILE_NAME
    try:
        stamp = _stamp(files)
        with path.open("rb") as handle:
            if pickle.load(handle) != stamp:
                return None
            saved = pickle.load(handle)
        return {name: _restore(*saved[name]) for name in files}
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign cache only costs a parse
        log.info("font cache not used (%s: %s)", exc.__class__.__name__, exc)
        return None


def save(files: dict[str, Path], fonts: dict[str, Any]) -> None:
    """Keep ``fonts`` (just parsed from ``files``) for the next run; silently skipped on error."""
    try:
        saved = {name: _parts(font) for name, font in fonts.items()}
        payload = pickle.dumps(_stamp(files), protocol=pickle.HIGHEST_PROTOCOL)
        payload += pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL)
        write_bytes(cache_dir() / FILE_NAME, payload, durable=False)
    except Exception as exc:  # noqa: BLE001 - no cache is not a problem: the next run parses again
        log.info("font cache not written (%s: %s)", exc.__class__.__name__, exc)


def _parts(font: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A font's attributes and its face's, minus the two that ``_restore`` rebuilds."""
    from weakref import WeakKeyDictionary

    state = getattr(font, _REBUILT_FONT)
    face = font.face
    scale = _Scale(face.unitsPerEm)
    if not isinstance(state, WeakKeyDictionary) or len(state) or any(
            scale(v) != face._pdfScale(v) for v in (0, 1, 7, -123, 1000, 2048, 0.5)):
        raise ValueError("ReportLab builds its fonts differently from what this cache restores")
    font_parts = {k: v for k, v in vars(font).items() if k not in (_REBUILT_FONT, "face")}
    face_parts = {k: v for k, v in vars(face).items() if k != _REBUILT_FACE}
    return font_parts, face_parts


def _restore(font_parts: dict[str, Any], face_parts: dict[str, Any]) -> Any:
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(face_parts)
    setattr(face, _REBUILT_FACE, _Scale(face.unitsPerEm))
    font = TTFont.__new__(TTFont)
    font.__dict__.update(font_parts)
    font.face = face
    setattr(font, _REBUILT_FONT, WeakKeyDictionary())
    return font

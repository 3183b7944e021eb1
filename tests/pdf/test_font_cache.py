"""Parsed fonts kept between runs: an export from the cache is byte for byte the same as one that
parsed the fonts, and a missing, stale, damaged or unwritable cache only costs a parse."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from partage_desktop.pdf import font_cache
from partage_desktop.pdf.fonts import _FILES, SERIF
from partage_desktop.platform.resources import fonts_dir, templates_dir

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = templates_dir() / "examples" / "pret-materiel.json"


def _export(cache: Path, out: Path) -> bytes:
    env = dict(os.environ, **{font_cache.CACHE_ENV: str(cache)})
    subprocess.run([sys.executable, "-m", "partage_desktop", "agreement", "export", "--answers", str(EXAMPLE),
                    "--out", str(out)], check=True, capture_output=True, cwd=ROOT, env=env, timeout=120)
    return out.read_bytes()


def test_an_export_from_the_cache_is_identical_to_one_that_parsed_the_fonts(tmp_path):
    cache = tmp_path / "cache"
    parsed = _export(cache, tmp_path / "parsed.pdf")
    assert (cache / font_cache.FILE_NAME).stat().st_size > 1_000_000  # the first run wrote it
    written = (cache / font_cache.FILE_NAME).stat().st_mtime_ns
    cached = _export(cache, tmp_path / "cached.pdf")
    assert cached == parsed
    assert (cache / font_cache.FILE_NAME).stat().st_mtime_ns == written  # read, not rewritten


def test_a_damaged_cache_is_parsed_again_and_replaced(tmp_path):
    cache = tmp_path / "cache"
    reference = _export(cache, tmp_path / "reference.pdf")
    (cache / font_cache.FILE_NAME).write_bytes(b"\x80\x05 not a pickle at all")
    assert _export(cache, tmp_path / "again.pdf") == reference
    assert (cache / font_cache.FILE_NAME).stat().st_size > 1_000_000


def test_an_unwritable_cache_folder_does_not_stop_an_export(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    reference = _export(tmp_path / "cache", tmp_path / "reference.pdf")
    assert _export(blocker / "cache", tmp_path / "uncached.pdf") == reference


def _copies(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "fonts"
    folder.mkdir()
    return {name: Path(shutil.copy(fonts_dir() / file, folder / file)) for name, file in _FILES.items()}


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(font_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_restored_fonts_have_every_attribute_reportlab_gives_them(tmp_path, own_cache):
    files = _copies(tmp_path)
    parsed = {name: TTFont(name, str(path)) for name, path in files.items()}
    font_cache.save(files, parsed)
    restored = font_cache.load(files)
    assert restored is not None and set(restored) == set(parsed)
    for name, font in parsed.items():
        again = restored[name]
        assert set(vars(again)) == set(vars(font))
        assert set(vars(again.face)) == set(vars(font.face))
        assert again.face.charWidths == font.face.charWidths
        assert again.face.charToGlyph == font.face.charToGlyph
        assert again.face.bbox == font.face.bbox
        assert again.stringWidth("Dupont <Jean> & Fils, à Québec — 1 234,56 $", 10) == \
            font.stringWidth("Dupont <Jean> & Fils, à Québec — 1 234,56 $", 10)


def test_a_changed_font_file_makes_the_cache_stale(tmp_path, own_cache):
    files = _copies(tmp_path)
    font_cache.save(files, {name: TTFont(name, str(path)) for name, path in files.items()})
    assert font_cache.load(files) is not None
    stat = files[SERIF].stat()
    os.utime(files[SERIF], ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert font_cache.load(files) is None


def test_a_cache_made_by_another_reportlab_is_not_used(tmp_path, own_cache, monkeypatch):
    import reportlab

    files = _copies(tmp_path)
    font_cache.save(files, {name: TTFont(name, str(path)) for name, path in files.items()})
    monkeypatch.setattr(reportlab, "Version", reportlab.Version + "-other")
    assert font_cache.load(files) is None


def test_the_cache_goes_beside_a_portable_apps_data(monkeypatch, tmp_path):
    from partage_desktop.platform import datadir

    monkeypatch.delenv(font_cache.CACHE_ENV, raising=False)
    monkeypatch.setattr(datadir, "portable_root", lambda: tmp_path / "donnees")
    assert font_cache.cache_dir() == tmp_path / "donnees" / "cache"

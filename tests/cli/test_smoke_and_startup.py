"""Real GUI starts (offscreen) through the command line, and refusals at start-up."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "partage_desktop", *args], capture_output=True,
                          text=True, env=ENV, timeout=timeout)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_smoke_prints_startup_time_and_saves_a_screenshot(data_dir, tmp_path, lang):
    shot = tmp_path / "window.png"
    result = run("--data-dir", str(data_dir), "--lang", lang, "--smoke", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^startup_ms=\d+$", result.stdout, re.MULTILINE)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
    assert (data_dir / "partage.sqlite3").is_file()


def make_too_new_database(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()


@pytest.mark.parametrize("args", [["--smoke"], ["agreement", "list"]])
def test_database_from_a_newer_version_is_refused_untouched(data_dir, args):
    db = data_dir / "partage.sqlite3"
    make_too_new_database(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run("--data-dir", str(data_dir), *args)
    assert result.returncode == 3, result.stderr
    assert "version plus récente de Partage" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_damaged_database_is_refused_untouched(data_dir):
    db = data_dir / "partage.sqlite3"
    db.write_bytes(b"ceci n'est pas une base de donnees" * 100)
    before = db.read_bytes()
    result = run("--data-dir", str(data_dir), "--lang", "en", "agreement", "list")
    assert result.returncode == 3
    assert "damaged" in result.stderr
    assert db.read_bytes() == before

"""Resources and migrations are found from an installed wheel exactly as from the checkout."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_finds_its_resources(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    [wheel] = list(wheel_dir.glob("partage_desktop-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # The dependencies (PySide6, SQLAlchemy…) come from the test environment through a .pth file,
    # so the check does not download hundreds of megabytes again.
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    check = textwrap.dedent("""
        import json, partage_desktop, partage_desktop.platform.resources as r
        from partage_desktop.services.agreements.catalogue import templates_listing
        from partage_desktop.services.demo.text import sample
        from partage_desktop.services.guides.selfassess import continuum_tool, readiness_tool
        from partage_desktop.services.journal.content import health_questions
        print(json.dumps({"content": [len(continuum_tool().questions), len(readiness_tool().questions),
                                      len(sample().projects), len(health_questions())],
                          "pkg": partage_desktop.__file__, "resources": str(r.resources_dir()),
                          "db": str(r.migrations_dir()), "fonts": str(r.fonts_dir()),
                          "templates": [t["id"] for t in templates_listing()],
                          "qm": (r.i18n_dir() / "partage_fr.qm").is_file()}))
    """)
    out = subprocess.run([str(python), "-c", check], capture_output=True, text=True, cwd=tmp_path,
                         timeout=120, check=True).stdout
    import json

    found = json.loads(out)
    assert str(venv) in found["pkg"], "the wheel, not the checkout, must be imported"
    assert found["resources"].startswith(str(site)) and found["resources"].endswith("_resources")
    assert found["db"].endswith("_db")
    assert "pret-materiel" in found["templates"]
    assert found["qm"]
    assert found["content"] == [10, 18, 3, 10]  # the self-assessment tools', demo's and journal's content files
    # the installed command works and migrations run from the wheel
    data = tmp_path / "data"
    made = subprocess.run([str(python), "-m", "partage_desktop", "--data-dir", str(data), "backup", "create",
                           "--json"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert made.returncode == 0, made.stderr  # a command that writes creates the database
    cli = subprocess.run([str(python), "-m", "partage_desktop", "--data-dir", str(data), "agreement", "list",
                          "--json"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout) == []
    assert (data / "partage.sqlite3").is_file()

"""Making a PDF leaves Python as it found it: no import hook, ``re.compile`` untouched, and nothing
of ReportLab's internals kept in a cache file between runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, re, sys
hooks = [type(f).__qualname__ for f in sys.meta_path]
compile_ = re.compile
from partage_desktop.core.agreements.render import build_document
from partage_desktop.pdf.agreement.draw import render_agreement_pages
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements.export import check_answers
raw = json.loads((templates_dir() / "examples" / "pret-materiel.json").read_text("utf-8"))
pdf, pages = render_agreement_pages(build_document(check_answers(raw, "fr").answers))
import reportlab.platypus.paragraph as paragraph
print(json.dumps({"hooks": [type(f).__qualname__ for f in sys.meta_path] == hooks,
                  "compile": re.compile is compile_, "pages": pages,
                  "uri_pat": isinstance(paragraph.uri_pat, re.Pattern),
                  "pil": type(sys.modules.get("PIL.Image", sys)).__name__}))
"""


def test_a_pdf_is_made_without_import_tricks_or_pickled_fonts(tmp_path):
    cache = tmp_path / "cache"
    env = dict(os.environ, PARTAGE_CACHE_DIR=str(cache))
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=120, check=True)
    state = json.loads(result.stdout)
    assert state["hooks"] is True  # no finder added to sys.meta_path
    assert state["compile"] is True  # the standard library's re.compile, never swapped
    assert state["uri_pat"] is True  # ReportLab's own compiled pattern, not a stand-in
    assert state["pil"] == "module"  # Pillow, when loaded, is the plain module (no lazy loader)
    assert state["pages"] >= 2
    assert not cache.exists() or not any(cache.rglob("*"))  # nothing written to the cache folder

"""ReportLab's import-time costs that an export does not need are put off, without changing what
they do when they are needed."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, re, sys
import partage_desktop.pdf.agreement.draw
import reportlab.platypus.paragraph as paragraph
from partage_desktop.pdf._import_costs import DeferredPattern
state = {"deferred": isinstance(paragraph.uri_pat, DeferredPattern),
         "pil_loaded_before_use": type(sys.modules["PIL.Image"]).__name__ != "_LazyModule",
         "hook_left": any(type(f).__name__ == "_Finder" for f in sys.meta_path)}
from PIL import Image
state["pil_works"] = Image.new("RGB", (2, 2)).size == (2, 2)
uris = ["https://www.quebec.ca/entreprises-et-travailleurs-autonomes", "http://192.168.0.1:8080/a?b=c",
        "ftp://exemple.québec/ressources/", "pas une adresse", "mailto:info@exemple.org"]
state["matches"] = [bool(paragraph.uri_pat.match(u)) for u in uris]
state["uris"] = uris
state["pattern"] = [paragraph.uri_pat.pattern, paragraph.uri_pat.flags]
print(json.dumps(state))
"""


def test_the_deferred_pieces_load_on_first_use_and_behave_as_before():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, check=True)
    state = json.loads(result.stdout)
    assert state["deferred"] is True
    assert state["pil_loaded_before_use"] is False
    assert state["hook_left"] is False  # both modules imported: the hook removed itself
    assert state["pil_works"] is True
    pattern, flags = state["pattern"]
    compiled = re.compile(pattern, flags)  # what ReportLab would have compiled at import
    assert state["matches"] == [bool(compiled.match(u)) for u in state["uris"]]
    assert state["matches"][:3] == [True, True, True] and state["matches"][3] is False


def test_a_logo_still_prints(tmp_path):
    """An agreement with a PNG logo (Pillow reads it) exports through the command, in a fresh process."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    raw = json.loads((ROOT / "resources" / "templates" / "examples" / "pret-materiel.json").read_text("utf-8"))
    raw["meta"] = {**raw.get("meta", {}), "logo": base64.b64encode(bytes(data.data())).decode()}
    answers = tmp_path / "reponses.json"
    answers.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    out = tmp_path / "entente.pdf"
    run = subprocess.run([sys.executable, "-m", "partage_desktop", "agreement", "export", "--answers", str(answers),
                          "--out", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages[0].images) == 1

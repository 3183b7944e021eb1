"""The checks the build's smoke test makes on the built app's files (packaging/build.py), tried here
on files the app makes from source: they must pass on good files and fail on bad ones."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("partage_build", ROOT / "packaging" / "build.py")
assert _spec and _spec.loader
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

EXAMPLE = ROOT / "resources" / "templates" / "examples" / "pret-materiel.json"


def export(answers: Path, out: Path, data: Path) -> None:
    env = {**os.environ, "PARTAGE_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data), "agreement", "export",
                    "--answers", str(answers), "--out", str(out), "--json"], check=True, env=env,
                   capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("smoke-checks")
    (folder / "donnees").mkdir()
    raw = json.loads(EXAMPLE.read_text("utf-8"))
    raw["fields"]["items"][0]["description"] = "Photocopieuse multifonctionnelle électrostatique"
    answers = folder / "cesure.json"
    answers.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    out = folder / "entente.pdf"
    export(answers, out, folder / "donnees")
    return out


def test_an_agreement_export_passes_the_pdfa_check(exported):
    assert build.pdfa_findings(exported) == []


def test_a_plain_pdf_fails_the_pdfa_check(tmp_path):
    plain = tmp_path / "ordinaire.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(plain)
    findings = build.pdfa_findings(plain)
    assert any("XMP identifies PDF/A part None" in f for f in findings)


def test_hyphenation_is_seen_only_where_a_word_was_cut(exported):
    lines = build.hyphenated_lines(exported, ["multifonctionnelle", "électrostatique"])
    assert lines and all(line.endswith("-") for line in lines)
    # the party names' own hyphens (Rivière-du-Nord) are not taken for hyphenation
    assert build.hyphenated_lines(exported, ["Rivière-du-Nord"]) == []


def test_the_signing_key_opens_with_the_password_in_its_file(tmp_path):
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509 import load_pem_x509_certificate

    p12, password = build.make_signing_key(tmp_path)
    key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(),
                                                    password.read_text("utf-8").strip().encode())
    assert key is not None and cert is not None
    assert load_pem_x509_certificate((tmp_path / "certificat.pem").read_bytes()) == cert

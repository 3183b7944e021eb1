"""Agreement export speed: in-process rendering and the whole command, against LibreOffice.

    python benchmarks/export.py [--runs 9] [--no-libreoffice]

Prints JSON. Targets: a 10-page agreement renders in-process in <= 100 ms (median); 40 pages in
<= 4x that; its conversion to PDF/A-3b (pdf/agreement/archival.py, done on every export since
layout 2) in < 150 ms; the whole ``agreement export`` command takes <= 0.25x the time of LibreOffice's
headless ``soffice --convert-to pdf`` of a comparable 10-page .docx, measured in the same run.
Both run warm, as they do on a user's computer after the first time: Python's compiled bytecode
on one side, LibreOffice's user profile on the other. The built app's command is reported too when
``python packaging/build.py`` has left it in ``dist/``.
LibreOffice is optional (``apt-get install libreoffice-writer-nogui``): without it, that
comparison is reported as unavailable.
"""

from __future__ import annotations

import argparse
import copy
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datetime import datetime  # noqa: E402

from partage_desktop.core.agreements.render import build_document  # noqa: E402
from partage_desktop.pdf.agreement.archival import to_pdfa  # noqa: E402
from partage_desktop.pdf.agreement.draw import ATTACHMENT_NAME, render_agreement_pages  # noqa: E402
from partage_desktop.platform.resources import templates_dir  # noqa: E402
from partage_desktop.services.agreements.export import check_answers  # noqa: E402

ROW = {"description": "Table pliante en résine de six pieds, avec housse de transport, rangée au "
                      "sous-sol de l'organisme prêteur; elle sert aux repas communautaires, aux "
                      "assemblées et aux ventes de garage, et doit revenir propre et sèche.",
       "identification": "TP-0000", "quantity": 2, "condition": "Bon état, quelques égratignures",
       "value": "120.00"}


def answers_for_pages(pages: int) -> dict:
    """The equipment-loan example with an inventory long enough to reach about ``pages`` pages."""
    raw = json.loads((templates_dir() / "examples" / "pret-materiel.json").read_text("utf-8"))
    target = None
    for rows in range(0, 400, 4):
        candidate = copy.deepcopy(raw)
        candidate["fields"]["items"] = raw["fields"]["items"] + [
            dict(ROW, identification=f"TP-{i:04d}") for i in range(rows)]
        if _pages(candidate) >= pages:
            target = candidate
            break
    assert target is not None
    return target


def _document(raw: dict):
    result = check_answers(raw, "fr")
    assert not result.errors, [str(p) for p in result.errors]
    return build_document(result.answers)


def _pages(raw: dict) -> int:
    return render_agreement_pages(_document(raw), archival=False)[1]


def _draw(doc) -> tuple[bytes, int]:
    """The drawing alone (ReportLab), as every release has measured it."""
    return render_agreement_pages(doc, archival=False)


EXPORTED = datetime(2026, 11, 22, 14, 32)


def _pdfa(doc, drawn: bytes) -> bytes:
    """The PDF/A-3b pass alone, on the drawn bytes."""
    return to_pdfa(drawn, title=f"{doc.title} — {doc.reference}", author="Organisme", lang=doc.lang,
                   exported_at=EXPORTED, attachment_name=ATTACHMENT_NAME)


def median_ms(fn, runs: int) -> float:
    fn()  # warm-up (font loading, imports)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


BUNDLE = ROOT / "dist" / "partage-desktop" / ("partage-desktop.exe" if os.name == "nt" else "partage-desktop")


def command_ms(answers: Path, out: Path, runs: int, cache: Path, program: list[str] | None = None) -> float:
    """Median time of the whole command.
    ``program``: the built app (``python packaging/build.py``) instead of the source."""
    program = program or [sys.executable, "-m", "partage_desktop"]
    command = [*program, "agreement", "export", "--answers", str(answers), "--out", str(out), "--force"]
    # An installed app has its bytecode compiled (pip does it at install time, the bundle ships
    # it): measure that, not a run that compiles every module because the shell forbids .pyc files.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PARTAGE_CACHE_DIR"] = str(cache)
    env["PARTAGE_DATA_DIR"] = str(cache.parent / "donnees")  # as a user's: it exists, the log goes there
    (cache.parent / "donnees").mkdir(exist_ok=True)
    subprocess.run(command + ["--lang", "fr"], check=True, capture_output=True, cwd=ROOT, env=env)  # .pyc
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def docx_like(raw: dict, folder: Path) -> Path | None:
    """A .docx with the same text as the agreement (made by LibreOffice itself from HTML)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    doc = _document(raw)
    parts = [f"<h1>{html.escape(doc.title)}</h1>"]
    for party in doc.parties:
        parts.append(f"<p><b>{html.escape(party.name)}</b><br>{html.escape(party.address)}</p>")
    for article in doc.articles:
        parts.append(f"<h2>{article.number}. {html.escape(article.title)}</h2>")
        parts += [f"<p>{c.number} {html.escape(c.text)}</p>" for c in article.clauses]
    for annex in doc.annexes:
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                       for row in annex.table.rows)
        parts.append(f"<h2>{html.escape(annex.title)}</h2><table border=1>{rows}</table>")
    source = folder / "entente.html"
    source.write_text("<html><body>" + "".join(parts) + "</body></html>", "utf-8")
    _soffice(soffice, folder, ["--convert-to", "docx:MS Word 2007 XML", str(source)])
    docx = folder / "entente.docx"
    return docx if docx.exists() else None


def _soffice(soffice: str, folder: Path, args: list[str]) -> None:
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile}", *args, "--outdir", str(folder)],
                   check=True, capture_output=True, timeout=300)


def libreoffice_ms(docx: Path, runs: int) -> float:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _soffice(soffice, docx.parent, ["--convert-to", "pdf", str(docx)])
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def signing_report(raw: dict, runs: int) -> dict[str, object]:
    """Electronic signature (issue 15): one party signing a 10-page agreement with a 2048-bit RSA
    key — the signature itself (``sign_ms``, target < 300 ms), the whole service (checking the
    export draws again as it shows, opening the key, writing the file), and reading back two
    signatures offline. Printed, never asserted."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from partage_desktop.pdf.signing.keys import load_key
    from partage_desktop.pdf.signing.sign import sign_field
    from partage_desktop.services.agreements.export import render_pdf
    from partage_desktop.services.signing.check import signatures_of
    from partage_desktop.services.signing.sign import sign_file

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Marie-Claude Gagnon"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Centre d'action bénévole")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(b"k", key, cert, None,
                                                serialization.BestAvailableEncryption(b"secret"))
    rendered = render_pdf(raw, "fr")
    pdf = rendered.pdf  # every export carries its empty signature fields (party-1, party-2…)
    opened = load_key(p12, "secret")
    lines = ["Signé électroniquement par Marie-Claude Gagnon", "Centre d'action bénévole", "le 7 décembre 2026 à 14 h 05"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "cle.p12").write_bytes(p12)
        (folder / "entente.pdf").write_bytes(pdf)
        once = sign_field(pdf, "party-1", opened, lines)
        twice = sign_field(once, "party-2", opened, lines)
        return {
            "signing_pages": rendered.pages,
            "sign_ms": median_ms(lambda: sign_field(pdf, "party-1", opened, lines), runs),
            "sign_file_service_ms": median_ms(lambda: sign_file(folder / "entente.pdf", 1, folder / "cle.p12", "secret",
                                                                folder / "signee.pdf", "fr"), max(3, runs // 2)),
            "check_two_signatures_ms": median_ms(lambda: signatures_of(None, twice, "fr"), runs),
            "signing_target_ms": 300,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    ten, forty = answers_for_pages(10), answers_for_pages(40)
    doc10, doc40 = _document(ten), _document(forty)
    drawn10 = _draw(doc10)[0]
    report: dict[str, object] = {
        "pages_small": _draw(doc10)[1],
        "pages_large": _draw(doc40)[1],
        "render_10_pages_ms": median_ms(lambda: _draw(doc10), args.runs),
        "render_40_pages_ms": median_ms(lambda: _draw(doc40), args.runs),
        "validate_build_render_10_pages_ms": median_ms(lambda: _draw(_document(ten)), args.runs),
        "pdfa_convert_10_pages_ms": median_ms(lambda: _pdfa(doc10, drawn10), args.runs),
        "export_pdfa_10_pages_ms": median_ms(
            lambda: render_agreement_pages(doc10, exported_at=EXPORTED, author="Organisme"), args.runs),
    }
    report["ratio_40_to_10"] = round(report["render_40_pages_ms"] / report["render_10_pages_ms"], 2)  # type: ignore[operator]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        answers = folder / "reponses.json"
        answers.write_text(json.dumps(ten, ensure_ascii=False), "utf-8")
        report["export_command_ms"] = command_ms(
            answers, folder / "entente.pdf", max(5, args.runs), folder / "cache")
        docx = None if args.no_libreoffice else docx_like(ten, folder)
        if docx is None:
            report["libreoffice_convert_ms"] = None
            report["command_to_libreoffice"] = "unavailable (install libreoffice-writer-nogui)"
        else:
            lo = libreoffice_ms(docx, max(3, args.runs // 2))
            report["libreoffice_convert_ms"] = lo
            report["command_to_libreoffice"] = round(report["export_command_ms"] / lo, 3)  # type: ignore[operator]
        if BUNDLE.is_file():  # the installed app, when it was built here
            bundle = command_ms(answers, folder / "entente-app.pdf", max(5, args.runs), folder / "cache-app",
                                   [str(BUNDLE)])
            report["built_app_export_command_ms"] = bundle
            if isinstance(report.get("libreoffice_convert_ms"), float):
                report["built_app_to_libreoffice"] = round(bundle / report["libreoffice_convert_ms"], 3)  # type: ignore[operator]
    report.update(signing_report(ten, args.runs))
    report["targets"] = {"render_10_pages_ms": 100, "ratio_40_to_10": 4, "command_to_libreoffice": 0.25,
                         "pdfa_convert_10_pages_ms": 150, "sign_ms": 300}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

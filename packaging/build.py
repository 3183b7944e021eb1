"""Build Partage for this platform and prove the built app works: ``python packaging/build.py``.

1. installs PyInstaller (and the app's own dependencies) with pip when they are missing;
2. builds the one-folder app under ``dist/`` from ``packaging/partage.spec``;
3. smoke-tests the built binary, never the source tree: ``--version``, ``--smoke`` offscreen on a
   temporary data folder (French and English), ``templates list --json``, ``guides search``,
   ``agreement list`` (migrations from the bundle), an agreement export from a bundled example
   answers file and its ``agreement verify``, that export checked as PDF/A-3b (pikepdf), signed
   for party 1 with a key made here (cryptography) and verified intact, the same example as a
   ``.docx`` read back with python-docx, hyphenation in table cells (pyphen's French dictionary),
   demo data and a journal search, shared resources (list, offers sheet as .partage and PDF,
   imported into another folder with its photos re-encoded, matches), portable mode, and on Linux the menu-entry installer
   and the desktop/AppStream files; any failure or unexpected output on stderr fails the build;
4. measures the bundle (unpacked and as ``.tar.xz``; the archive is the Linux download) and prints
   the bundle's path and size on the last line.

Options: ``--skip-build`` re-tests what is in ``dist/``; ``--installer`` also makes the Windows
installer (Inno Setup's ``iscc``) or the macOS disk image (``hdiutil``) when those tools exist.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "partage.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
PYINSTALLER = "pyinstaller>=6.10,<7"
# Qt's offscreen platform says this on every window; it is documented as harmless.
HARMLESS_STDERR = (re.compile(r"This plugin does not support propagateSizeHints\(\)"),)
TARGET_UNPACKED_MB = 150
TARGET_ARCHIVE_MB = 60
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"


class BuildFailed(Exception):
    pass


def version() -> str:
    text = (ROOT / "partage_desktop" / "__init__.py").read_text("utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found
    return found.group(1)


def ensure_tools() -> None:
    """PyInstaller, and the app's dependencies when this Python lacks them (a fresh CI runner)."""
    # the last four also check the built app's PDF/A, signatures and .docx in the smoke test
    needed = {"PySide6": ".", "sqlalchemy": ".", "alembic": ".", "reportlab": ".",
              "platformdirs": ".", "pypdf": ".", "PIL": ".", "pikepdf": ".", "pyhanko": ".",
              "cryptography": ".", "docx": ".", "pyphen": "."}
    if any(importlib.util.find_spec(name) is None for name in needed):
        print("Installing the app and its dependencies (pip)…", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", str(ROOT)], check=True)
    if sys.platform.startswith("linux") and not (shutil.which("objdump") and shutil.which("strip")):
        # PyInstaller reads shared libraries with binutils' objdump, and so does the spec; strip too.
        raise BuildFailed("objdump or strip is missing: install binutils (sudo apt-get install binutils)")
    if sys.platform.startswith("linux"):
        check_python_shared_library()
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"Installing {PYINSTALLER} (pip)…", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", PYINSTALLER], check=True)


def bundle_dir() -> Path:
    return DIST / "partage-desktop"


def cli_executable() -> Path:
    if IS_MAC and (DIST / "Partage.app").is_dir():
        return DIST / "Partage.app" / "Contents" / "MacOS" / "partage-desktop"
    return bundle_dir() / ("partage-desktop.exe" if IS_WIN else "partage-desktop")


def build() -> None:
    print(f"Building with PyInstaller from {SPEC.relative_to(ROOT)}…", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)], cwd=ROOT, check=True)


# --- smoke test ------------------------------------------------------------------------------

def _clean_env(data: Path) -> dict[str, str]:
    """The environment of an ordinary user: nothing pointing back at this checkout or venv."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "QT_", "PARTAGE_")) and k not in ("VIRTUAL_ENV",)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PARTAGE_DATA_DIR"] = str(data)
    return env


def unexpected_stderr(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(p.search(line) for p in HARMLESS_STDERR)]


def run_binary(exe: Path, args: list[str], data: Path, cwd: Path, timeout: int = 120, expect: int = 0) -> str:
    """Run the built binary; return stdout, or raise BuildFailed saying what went wrong."""
    shown = " ".join(["partage-desktop", *args])
    try:
        result = subprocess.run([str(exe), *args], capture_output=True, text=True, encoding="utf-8",
                                errors="replace", env=_clean_env(data), cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise BuildFailed(f"`{shown}` did not finish within {timeout} s") from exc
    problems = unexpected_stderr(result.stderr)
    if result.returncode != expect:
        raise BuildFailed(f"`{shown}` exited with {result.returncode}:\n{result.stderr.strip()}")
    if problems:
        raise BuildFailed(f"`{shown}` wrote to stderr:\n" + "\n".join(problems))
    return result.stdout


# --- checks of the built app's files, made with the build environment's libraries --------------

def pdfa_findings(pdf: Path) -> list[str]:
    """Why ``pdf`` is not PDF/A-3b (empty: it is). pikepdf's validator does not judge interactive
    forms (an /AcroForm makes it skip the rest), so the empty signature fields every export carries
    are removed from a copy first; tests/pdfa_check.py checks those fields themselves."""
    import io

    import pikepdf
    from pikepdf import pdfa

    problems: list[str] = []
    with pikepdf.open(pdf) as doc:
        meta = doc.open_metadata()
        part, conformance = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
        if (part, conformance) != ("3", "B"):
            problems.append(f"XMP identifies PDF/A part {part!r}, conformance {conformance!r}")
        for number, page in enumerate(doc.pages, 1):
            for name, font in (page.obj.get("/Resources", {}).get("/Font", {}) or {}).items():
                described = font.get("/DescendantFonts", [font])[0].get("/FontDescriptor", {})
                if not any(key in described for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"page {number}: font {name} ({font.get('/BaseFont')}) not embedded")
        form = doc.Root.get("/AcroForm")
        if form is not None:
            widgets = {field.objgen for field in form.get("/Fields", [])}
            for page in doc.pages:
                if "/Annots" in page.obj:
                    page.obj.Annots = pikepdf.Array([a for a in page.obj.Annots if a.objgen not in widgets])
            del doc.Root["/AcroForm"]
        copy = io.BytesIO()
        doc.save(copy)
    report = pdfa.validate_written(io.BytesIO(copy.getvalue()), "3b")
    problems += [f"{f.rule} {f.where}: {f.message}" for f in report.findings]
    if not report.passed and not report.findings:
        problems.append("pikepdf does not find it PDF/A-3b")
    return problems


def make_signing_key(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and its key as a PKCS#12 file, and the file holding its password,
    as a representative would bring them (``agreement sign --key … --password-file …``); the
    certificate alone is written beside them (certificat.pem), for ``certificates import``."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Marie-Claude Gagnon"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Essai de construction")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    password = "mot de passe d'essai"
    p12 = folder / "signature.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"essai", key, cert, None, serialization.BestAvailableEncryption(password.encode())))
    password_file = folder / "mot-de-passe.txt"
    password_file.write_text(password + "\n", "utf-8")
    (folder / "certificat.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, password_file


def hyphenated_lines(pdf: Path, words: list[str]) -> list[str]:
    """Lines of ``pdf`` ending in a piece of one of ``words`` followed by an added hyphen."""
    from pypdf import PdfReader

    found = []
    for page in PdfReader(pdf).pages:
        for line in page.extract_text().splitlines():
            line = line.rstrip()
            last = line.split()[-1] if line.split() else ""
            if last.endswith("-") and len(last) > 1 and any(
                    w.startswith(last[:-1]) and len(w) > len(last) - 1 and "-" not in w for w in words):
                found.append(line)
    return found


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def smoke_test(exe: Path) -> list[str]:
    """Every check in turn; returns the failures (empty: the bundle works)."""
    failures: list[str] = []
    bundle = exe.parent.parent.parent if IS_MAC and ".app/" in exe.as_posix() else exe.parent
    with tempfile.TemporaryDirectory(prefix="partage-smoke-") as tmp:
        tmp_path = Path(tmp)
        data = tmp_path / "donnees"

        def check(title: str, step) -> None:  # noqa: ANN001 - a local callable
            try:
                detail = step()
            except BuildFailed as exc:
                failures.append(f"{title}: {exc}")
                print(f"  FAIL  {title}\n{_indent(str(exc))}", flush=True)
            except (ValueError, KeyError, TypeError, AssertionError, OSError, ImportError) as exc:
                failures.append(f"{title}: {exc.__class__.__name__}: {exc}")
                print(f"  FAIL  {title}: {exc.__class__.__name__}: {exc}", flush=True)
            else:
                print(f"  ok    {title}{f' — {detail}' if detail else ''}", flush=True)

        def step_version() -> str:
            out = run_binary(exe, ["--version"], data, tmp_path).strip()
            if out != f"partage-desktop {version()}":
                raise BuildFailed(f"unexpected version output {out!r}")
            return out

        def step_smoke(lang: str) -> str:
            shot = tmp_path / f"smoke-{lang}.png"
            out = run_binary(exe, ["--data-dir", str(data), "--lang", lang, "--smoke",
                                   "--screenshot", str(shot)], data, tmp_path)
            found = re.search(r"^startup_ms=(\d+)$", out, re.MULTILINE)
            if not found:
                raise BuildFailed(f"no startup_ms line in {out!r}")
            if shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                raise BuildFailed("the screenshot is not a PNG")
            if not (data / "partage.sqlite3").is_file():
                raise BuildFailed("no database was created in the data folder")
            return f"startup_ms={found.group(1)}"

        def step_templates() -> str:
            items = json.loads(run_binary(exe, ["--data-dir", str(data), "templates", "list", "--json"],
                                          data, tmp_path))
            if not items:
                raise BuildFailed("no bundled template")
            for item in items:
                example = Path(item["example"])
                if not example.is_file() or not _inside(example, bundle):
                    raise BuildFailed(f"example answers of {item['id']} not inside the bundle: {example}")
            return f"{len(items)} templates"

        def step_guides() -> str:
            results = json.loads(run_binary(exe, ["--data-dir", str(data), "guides", "search",
                                                  "mutualisation", "--json"], data, tmp_path))
            if not results:
                raise BuildFailed("guide search found nothing for « mutualisation »")
            return f"{len(results)} articles"

        def step_guide_print() -> str:
            out = tmp_path / "guide.pdf"
            printed = json.loads(run_binary(exe, ["--data-dir", str(data), "guides", "print", "continuum",
                                                  "--out", str(out), "--json"], data, tmp_path))
            if not out.is_file() or out.read_bytes()[:5] != b"%PDF-":
                raise BuildFailed(f"no guide PDF written: {printed!r}")
            return f"continuum article with its diagram, {out.stat().st_size // 1000} kB"

        def step_migrations() -> str:
            fresh = tmp_path / "autres-donnees"
            fresh.mkdir()  # a folder the command did not have to create (it would say so on stderr)
            # listing only reads: a command that writes creates the database (backup makes one first)
            run_binary(exe, ["--data-dir", str(fresh), "backup", "create", "--json"], fresh, tmp_path)
            listed = json.loads(run_binary(exe, ["--data-dir", str(fresh), "agreement", "list", "--json"],
                                           fresh, tmp_path))
            if listed != [] or not (fresh / "partage.sqlite3").is_file():
                raise BuildFailed(f"a fresh data folder did not give an empty list: {listed!r}")
            return "fresh database migrated from the bundle's db/"

        def step_export() -> str:
            items = json.loads(run_binary(exe, ["templates", "list", "--json"], data, tmp_path))
            example = next(i["example"] for i in items if i["id"] == "pret-materiel")
            out = tmp_path / "entente.pdf"
            result = json.loads(run_binary(exe, ["--data-dir", str(data), "agreement", "export",
                                                 "--answers", example, "--out", str(out), "--json"],
                                           data, tmp_path))
            if not out.is_file() or out.read_bytes()[:5] != b"%PDF-":
                raise BuildFailed(f"no PDF written at {out}")
            if int(result["pages"]) < 1 or not result["fingerprint"]:
                raise BuildFailed(f"incomplete export report: {result!r}")
            # made from an answers file, never recorded: a genuine export unknown here (exit 5)
            verified = json.loads(run_binary(exe, ["agreement", "verify", str(out), "--json"], data, tmp_path,
                                             expect=5))
            if verified.get("fingerprint") != result["fingerprint"] or verified.get("status") != "unknown":
                raise BuildFailed(f"verify does not recognize the exported PDF: {verified!r}")
            return f"{result['pages']} pages, fingerprint {result['fingerprint']}, verified"

        def example_answers() -> str:
            items = json.loads(run_binary(exe, ["templates", "list", "--json"], data, tmp_path))
            return next(i["example"] for i in items if i["id"] == "pret-materiel")

        def step_pdfa() -> str:
            exported = tmp_path / "entente.pdf"  # written by step_export
            problems = pdfa_findings(exported)
            if problems:
                raise BuildFailed("not PDF/A-3b:\n" + "\n".join(problems[:10]))
            return "PDF/A-3b (XMP identification, embedded fonts, pikepdf's validator)"

        def step_sign() -> str:
            exported = tmp_path / "entente.pdf"  # written by step_export
            key, password = make_signing_key(tmp_path)
            signed = tmp_path / "entente-signee.pdf"
            result = json.loads(run_binary(exe, ["--data-dir", str(data), "agreement", "sign", str(exported),
                                                 "--party", "1", "--key", str(key), "--out", str(signed),
                                                 "--password-file", str(password), "--json"], data, tmp_path))
            if not signed.is_file() or result.get("party") != 1:
                raise BuildFailed(f"no signed copy for party 1: {result!r}")
            # the agreement itself is not recorded here (exit 5), its signature must read intact
            verified = json.loads(run_binary(exe, ["--data-dir", str(data), "agreement", "verify", str(signed),
                                                   "--json"], data, tmp_path, expect=5))
            signatures = verified.get("signatures") or []
            if [(s.get("party"), s.get("intact")) for s in signatures] != [(1, True)]:
                raise BuildFailed(f"the signature of party 1 is not reported intact: {signatures!r}")
            if verified.get("added_after"):
                raise BuildFailed(f"verify reports changes after the signature: {verified['added_after']!r}")
            # once its certificate is trusted here, the same signature is trusted
            run_binary(exe, ["--data-dir", str(data), "certificates", "import", str(tmp_path / "certificat.pem")],
                       data, tmp_path)
            listed = json.loads(run_binary(exe, ["--data-dir", str(data), "certificates", "list", "--json"],
                                           data, tmp_path))
            again = json.loads(run_binary(exe, ["--data-dir", str(data), "agreement", "verify", str(signed),
                                                "--json"], data, tmp_path, expect=5))
            if len(listed) != 1 or [s.get("trusted") for s in again.get("signatures") or []] != [True]:
                raise BuildFailed(f"the imported certificate is not trusted: {listed!r} {again.get('signatures')!r}")
            return f"party 1 signed by {result.get('signer')}, verified intact, trusted once imported"

        def step_docx() -> str:
            import docx

            out = tmp_path / "entente.docx"
            result = json.loads(run_binary(exe, ["--data-dir", str(data), "agreement", "export", "--answers",
                                                 example_answers(), "--out", str(out), "--json"], data, tmp_path))
            if result.get("format") != "docx" or not out.is_file():
                raise BuildFailed(f"no .docx written: {result!r}")
            document = docx.Document(str(out))
            text = "\n".join(p.text for p in document.paragraphs)
            if "Rivière-du-Nord" not in text or not document.sections[0].header.paragraphs:
                raise BuildFailed("the .docx lacks the first party's name or its page header")
            # the app reads it back too (lxml): offered as a lawyer's file for another agreement, it
            # is read whole, then refused by name (exit 3, one line on stderr, no traceback)
            other = tmp_path / "autre-entente.pdf"
            recorded = json.loads(run_binary(exe, ["--data-dir", str(data), "agreement", "export", "--answers",
                                                   example_answers(), "--out", str(other), "--record", "--json"],
                                             data, tmp_path))
            read = subprocess.run([str(exe), "--data-dir", str(data), "agreement", "lawyer-changes",
                                   recorded["reference"], str(out), "--json"], capture_output=True, text=True,
                                  encoding="utf-8", errors="replace", env=_clean_env(data), cwd=tmp_path,
                                  timeout=120)
            said = read.stderr.strip()
            if read.returncode != 3 or result["reference"] not in said or len(said.splitlines()) != 1:
                raise BuildFailed(f"lawyer-changes on the .docx: exit {read.returncode}: {said}")
            return f"{len(document.paragraphs)} paragraphs, read back with python-docx and by lawyer-changes"

        def step_hyphenation() -> str:
            raw = json.loads(Path(example_answers()).read_text("utf-8"))
            words = ["multifonctionnelle", "électrostatique"]
            raw["fields"]["items"][0]["description"] = "Photocopieuse " + " ".join(words)
            answers = tmp_path / "cesure.json"
            answers.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
            out = tmp_path / "cesure.pdf"
            run_binary(exe, ["--data-dir", str(data), "agreement", "export", "--answers", str(answers),
                             "--out", str(out), "--json"], data, tmp_path)
            lines = hyphenated_lines(out, words)
            if not lines:
                raise BuildFailed("no word of the equipment table was hyphenated: pyphen's French "
                                  "dictionary is not loaded in the bundle")
            return "French hyphenation in table cells: " + " / ".join(lines[:2])

        def step_demo_and_journal() -> str:
            demo_data = tmp_path / "demo"
            demo_data.mkdir()
            run_binary(exe, ["--data-dir", str(demo_data), "demo", "--entries", "50"], demo_data, tmp_path)
            found = json.loads(run_binary(exe, ["--data-dir", str(demo_data), "journal", "search",
                                                "réunion", "--json", "--limit", "0"], demo_data, tmp_path))
            if not found:
                raise BuildFailed("the journal search found nothing in the demo data")
            return f"demo data, journal search: {len(found)} entries"

        def step_resources() -> str:
            demo_data = tmp_path / "demo"  # filled by the demo step
            listed = json.loads(run_binary(exe, ["--data-dir", str(demo_data), "resources", "list", "--json"],
                                           demo_data, tmp_path))
            if not listed:
                raise BuildFailed("the demo's resources are missing")
            sheet, printed = tmp_path / "sheet.partage", tmp_path / "sheet.pdf"
            for out in (sheet, printed):
                run_binary(exe, ["--data-dir", str(demo_data), "resources", "sheet", "--out", str(out)],
                           demo_data, tmp_path)
            if not printed.read_bytes().startswith(b"%PDF"):
                raise BuildFailed("the printed offers sheet is not a PDF")
            partner = tmp_path / "partner"
            partner.mkdir()
            imported = json.loads(run_binary(exe, ["--data-dir", str(partner), "resources", "import", str(sheet),
                                                   "--json"], partner, tmp_path))  # photos re-encoded (Pillow)
            matches = json.loads(run_binary(exe, ["--data-dir", str(demo_data), "resources", "matches", "--json"],
                                            demo_data, tmp_path))
            return (f"{len(listed)} resources, offers sheet (.partage and PDF) imported elsewhere "
                    f"({len(imported.get('added', []))} items), {len(matches)} suggested matches")

        def step_portable() -> str:
            # beside the executable; on macOS beside Partage.app
            beside = bundle.parent if bundle.suffix == ".app" else bundle
            marker = beside / "portable.txt"
            portable_data = beside / "donnees"
            if portable_data.exists():
                raise BuildFailed(f"{portable_data} exists before the test; remove it")
            marker.write_text("Partage : données dans le dossier « donnees » à côté.\n", "utf-8")
            try:
                env_data = tmp_path / "non-utilise"
                # a command that writes (listing only reads, and creates nothing)
                result = subprocess.run([str(exe), "backup", "create", "--json"], capture_output=True,
                                        text=True, cwd=tmp_path, timeout=120,
                                        env={k: v for k, v in _clean_env(env_data).items()
                                             if k != "PARTAGE_DATA_DIR"})
                if result.returncode != 0 or unexpected_stderr(result.stderr):
                    raise BuildFailed(f"exit {result.returncode}: {result.stderr.strip()}")
                if not (portable_data / "partage.sqlite3").is_file():
                    raise BuildFailed("portable.txt beside the app did not put the data in donnees/")
            finally:
                marker.unlink(missing_ok=True)
                shutil.rmtree(portable_data, ignore_errors=True)
            return "portable.txt → donnees/ beside the app"

        def step_linux_menu_entry() -> str:
            share = tmp_path / "share"
            env = {**_clean_env(data), "XDG_DATA_HOME": str(share)}
            result = subprocess.run(["sh", str(bundle / "install-shortcut.sh")], capture_output=True,
                                    text=True, env=env, timeout=60)
            if result.returncode != 0:
                raise BuildFailed(f"install-shortcut.sh failed: {result.stderr.strip()}")
            desktop = share / "applications" / "ca.partage.Partage.desktop"
            if f'Exec="{bundle}/partage-desktop" %f' not in desktop.read_text("utf-8"):
                raise BuildFailed("the installed menu entry does not run this bundle")
            checked = [desktop] + [bundle / "share" / "ca.partage.Partage.metainfo.xml"]
            done = []
            for tool, path in (("desktop-file-validate", checked[0]), ("appstreamcli", checked[1])):
                if shutil.which(tool):
                    args = [tool, path] if tool != "appstreamcli" else [tool, "validate", "--no-net", path]
                    out = subprocess.run([str(a) for a in args], capture_output=True, text=True)
                    if out.returncode != 0:
                        raise BuildFailed(f"{tool}: {out.stdout}{out.stderr}")
                    done.append(tool)
            return "menu entry installed" + (f", valid ({', '.join(done)})" if done else "")

        def step_qt_translations() -> str:
            names = {p.name for p in bundle.rglob("qtbase_*.qm")}
            if not {"qtbase_fr.qm", "qtbase_en.qm"} <= names:
                raise BuildFailed(f"Qt's French/English translations missing (found {sorted(names)})")
            return "qtbase_fr.qm, qtbase_en.qm"

        print(f"Smoke test of {exe}", flush=True)
        check("--version", step_version)
        check("--smoke (French, offscreen)", lambda: step_smoke("fr"))
        check("--smoke (English, offscreen)", lambda: step_smoke("en"))
        check("templates list --json", step_templates)
        check("guides search", step_guides)
        check("guides print (article with a diagram)", step_guide_print)
        check("agreement list (migrations)", step_migrations)
        check("agreement export from a bundled example, then verify", step_export)
        check("that export is PDF/A-3b", step_pdfa)
        check("agreement sign (party 1), verify, certificates import", step_sign)
        check("agreement export as .docx", step_docx)
        check("hyphenation in table cells (pyphen)", step_hyphenation)
        check("demo data and journal search", step_demo_and_journal)
        check("shared resources: list, offers sheet, import, matches", step_resources)
        check("portable mode", step_portable)
        if sys.platform.startswith("linux"):
            check("Linux menu entry (install-shortcut.sh)", step_linux_menu_entry)
        check("Qt translations", step_qt_translations)
    return failures


def _indent(text: str) -> str:
    return "\n".join(f"        {line}" for line in text.splitlines())


# --- size and archive ------------------------------------------------------------------------

def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def check_python_shared_library() -> None:
    """The bundle's launcher loads Python's shared library: Debian's python3 does not install it
    (package libpython3.X), and a Python built without --enable-shared has none. Said before the
    build rather than by PyInstaller half-way through it."""
    import sysconfig

    name = sysconfig.get_config_var("INSTSONAME") or ""
    folder = sysconfig.get_config_var("LIBDIR") or ""
    if name and Path(folder, name).exists():
        return
    if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        raise BuildFailed(f"this Python ({sys.executable}) has no shared library, which PyInstaller needs: "
                          "use one built with --enable-shared (Debian's python3 is)")
    package = f"libpython{sys.version_info[0]}.{sys.version_info[1]}"
    raise BuildFailed(f"Python's shared library {name} is missing: install {package} "
                      f"(sudo apt-get install {package})")


def make_archive(folder: Path) -> Path:
    """A .tar.xz of the bundle: about a quarter smaller than .tar.gz, and every Linux desktop opens
    it. The xz program compresses on all cores (about 40 s here); Python's lzma is the fallback."""
    archive = DIST / f"partage-desktop-{version()}-{platform_tag()}.tar.xz"
    partial = archive.with_name(archive.name + ".part")
    xz = shutil.which("xz")
    if xz:
        with partial.open("wb") as out:
            tar = subprocess.Popen(["tar", "-C", str(folder.parent), "-cf", "-", folder.name],
                                   stdout=subprocess.PIPE)
            assert tar.stdout is not None
            compress = subprocess.run([xz, "-T0", "-6", "-c"], stdin=tar.stdout, stdout=out, check=False)
            tar.stdout.close()
            if tar.wait() != 0 or compress.returncode != 0:
                raise BuildFailed("making the .tar.xz archive failed")
    else:
        with tarfile.open(partial, "w:xz", preset=6) as tar_file:
            tar_file.add(folder, arcname=folder.name)
    partial.replace(archive)
    return archive


def make_installer() -> Path | None:
    if IS_WIN:
        default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
        iscc = shutil.which("iscc") or (str(default) if default.is_file() else None)
        if not iscc:
            raise BuildFailed("Inno Setup's iscc was not found: install Inno Setup 6 (choco install innosetup)")
        subprocess.run([iscc, f"/DAppVersion={version()}", str(ROOT / "packaging" / "windows" / "partage.iss")],
                       check=True)
        return DIST / f"Partage-{version()}-setup.exe"
    if IS_MAC:
        if not shutil.which("hdiutil"):
            raise BuildFailed("hdiutil not found")
        subprocess.run(["bash", str(ROOT / "packaging" / "macos" / "make-dmg.sh"), version()], check=True)
        return DIST / f"Partage-{version()}.dmg"
    print("No installer on this platform: the .tar.xz archive is the download.")
    return None


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="test the bundle already in dist/")
    parser.add_argument("--installer", action="store_true", help="also make the installer (Windows, macOS)")
    args = parser.parse_args(argv)
    try:
        if not args.skip_build:
            ensure_tools()
            build()
        exe = cli_executable()
        if not exe.is_file():
            raise BuildFailed(f"no built executable at {exe}")
        failures = smoke_test(exe)
        folder = DIST / "Partage.app" if IS_MAC and (DIST / "Partage.app").is_dir() else bundle_dir()
        unpacked = folder_size(folder)
        archive = make_archive(folder)
        packed = archive.stat().st_size
        print(f"\nBundle size: {mb(unpacked)} unpacked (target ≤ {TARGET_UNPACKED_MB} MB), "
              f"{mb(packed)} as .tar.xz (target ≤ {TARGET_ARCHIVE_MB} MB)")
        if failures:
            archive.unlink()  # a bundle that failed its smoke test is not for anyone to download
            print(f"\nSmoke test FAILED ({len(failures)} problem(s)):", file=sys.stderr)
            for failure in failures:
                print(f"  - {failure.splitlines()[0]}", file=sys.stderr)
            return 1
        print(f"Archive: {archive}")
        if args.installer and (installer := make_installer()):
            print(f"Installer: {installer} ({mb(installer.stat().st_size)})")
        print(f"Bundle: {folder} {mb(unpacked)}")
        return 0
    except (BuildFailed, subprocess.CalledProcessError) as exc:
        print(f"Build FAILED: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())

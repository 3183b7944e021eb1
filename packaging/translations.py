"""Refresh the translation sources and compile them: ``python packaging/translations.py``.

Runs pyside6-lupdate over the UI code into ``resources/i18n/partage_fr.ts`` (English is the source
language), then pyside6-lrelease into ``partage_fr.qm``, which is shipped. Translate new strings in
the .ts (Qt Linguist or any editor) and run this again; the test suite fails while a French
translation is missing or unfinished, or while the .qm is older than the .ts.

It also compiles the gettext catalogues of the words outside the Qt widgets (command line, services,
start-up problems), ``resources/i18n/messages/<lang>/LC_MESSAGES/partage.po``, into the ``.mo``
beside each, with Babel (``pip install -e '.[test]'`` brings it). Edit the .po files (msgid is the
message code, msgstr the words) and run this again; the test suite fails while a .mo differs from
its .po.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "partage_fr.ts"
QM = TS.with_suffix(".qm")
MESSAGES = ROOT / "resources" / "i18n" / "messages"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "partage_desktop" / "ui").rglob("*.py"))


def lupdate(ts: Path = TS, extra: tuple[str, ...] = ()) -> None:
    subprocess.run([tool("pyside6-lupdate"), *extra, *sources(), "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   capture_output=True)


def catalogues() -> list[Path]:
    """The .po files of the words outside the Qt widgets, one per language."""
    return sorted(MESSAGES.glob("*/LC_MESSAGES/*.po"))


def compiled(po: Path) -> bytes:
    """The .mo that ``po`` compiles to (Babel; the app reads it with the standard gettext)."""
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    out = BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def compile_catalogues() -> list[Path]:
    written = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        data = compiled(po)
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
        written.append(mo)
    return written


if __name__ == "__main__":
    lupdate(extra=("-no-obsolete",))
    lrelease()
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
    for mo in compile_catalogues():
        print(f"compiled {mo.relative_to(ROOT)}")

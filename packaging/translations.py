"""Refresh the translation sources and compile them: ``python packaging/translations.py``.

Runs pyside6-lupdate over the UI code into ``resources/i18n/partage_fr.ts`` (English is the source
language), then pyside6-lrelease into ``partage_fr.qm``, which is shipped. Translate new strings in
the .ts (Qt Linguist or any editor) and run this again; the test suite fails while a French
translation is missing or unfinished, or while the .qm is older than the .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "partage_fr.ts"
QM = TS.with_suffix(".qm")


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


if __name__ == "__main__":
    lupdate(extra=("-no-obsolete",))
    lrelease()
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")

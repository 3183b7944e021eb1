"""python-docx and lxml load only when a Word file is made or read: not with the window's modules,
the command line's parser, nor the services that other actions import."""

from __future__ import annotations

import subprocess
import sys


def test_word_libraries_wait_until_needed():
    code = (
        "import sys\n"
        "import partage_desktop.cli.main, partage_desktop.ui.agreements.section, partage_desktop.ui.agreements.lawyer\n"
        "import partage_desktop.services.agreements.lawyer, partage_desktop.cli.lawyer\n"
        "import partage_desktop.docx.agreement, partage_desktop.docx.reading, partage_desktop.docx.plan\n"
        "from partage_desktop.cli.main import build_parser\n"
        "build_parser('fr')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

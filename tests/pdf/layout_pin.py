"""Digests of what the pages of a few agreements and an amendment show, drawn with a given layout.

``tests/pdf/legacy_layout_digests.json`` was computed from the code as it stood before layout 2
existed (``python tests/pdf/layout_pin.py`` run on that code): layout 1 must keep drawing exactly
that, so that copies already in users' hands still verify.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from long_names import with_long_parties  # noqa: E402

from partage_desktop.platform.resources import templates_dir  # noqa: E402

DIGESTS = Path(__file__).with_name("legacy_layout_digests.json")
# (template, parties, language): long names in every template, crowded annexes, both languages
CASES = (
    ("locaux-partages", 12, "fr"), ("locaux-partages", 3, "en"), ("coentreprise", 12, "en"),
    ("copropriete-equipement", 6, "fr"), ("employe-partage", 6, "fr"), ("entente-collaboration", 12, "fr"),
    ("partage-donnees", 2, "en"), ("pret-materiel", 2, "fr"), ("services-partages", 6, "en"),
)


def example(template_id: str) -> dict:
    return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))


def page_digest(pdf: bytes) -> str:
    """SHA-256 of every page's drawing instructions, in order (not of the file's metadata)."""
    from pypdf import PdfReader

    digest = hashlib.sha256()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        digest.update(page.get_contents().get_data())
        digest.update(b"\x00page\x00")
    return digest.hexdigest()


def case_answers(template_id: str, count: int, lang: str):
    from partage_desktop.services.agreements.export import check_answers

    raw = with_long_parties(example(template_id), count)
    raw["lang"] = lang
    result = check_answers(raw, lang)
    assert not result.errors, result.errors
    return result.answers


def amendment_document():
    from partage_desktop.core.agreements.amendment import ParentInfo, build_amendment

    before = case_answers("locaux-partages", 6, "fr")
    changed = with_long_parties(example("locaux-partages"), 6)
    changed["fields"]["spaces"][0]["occupant"] = "Le 1er occupant, Carrefour emploi Hochelaga-Maisonneuve"
    changed["fields"]["head_lease_end"] = "2030-01-01"
    from partage_desktop.services.agreements.export import check_answers

    after = check_answers(changed, "fr").answers
    parent = ParentInfo("ENT-2026-0001", 1, "AAAA-BBBB-CCCC", "Locaux", date(2026, 11, 1))
    return build_amendment(1, parent, before, after)


def digests(layout: int) -> dict[str, str]:
    from partage_desktop.core.agreements.render import build_document
    from partage_desktop.pdf.agreement.amendment import render_amendment
    from partage_desktop.pdf.agreement.draw import render_agreement

    out = {f"{t}/{n}/{lang}": page_digest(render_agreement(build_document(case_answers(t, n, lang)), layout))
           for t, n, lang in CASES}
    out["amendment/locaux-partages/6/fr"] = page_digest(render_amendment(amendment_document(), layout)[0])
    return out


if __name__ == "__main__":
    DIGESTS.write_text(json.dumps(digests(1), indent=1, sort_keys=True) + "\n", "utf-8")

"""Exchange files made from agreements as the app really records them — exported versions, a
signed agreement and its amendment, the demo's agreements and projects — import on another
computer."""

from __future__ import annotations

import json
from datetime import date

from safetydata import prepared

from partage_desktop.cli.main import main
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import start_amendment
from partage_desktop.services.data.session import close_all

TODAY = date(2026, 11, 23)


def test_a_signed_agreement_and_its_amendment_travel(two_folders, tmp_path, capsys):
    here, there = two_folders
    answers = json.loads((templates_dir() / "examples" / "pret-materiel.json").read_text("utf-8"))
    ref = drafts.create_draft(here, answers, today=TODAY)
    av.export_version(here, ref, "fr")
    av.mark_signed(here, ref, date(2026, 11, 20), "fr", today=TODAY)
    amendment = start_amendment(here, ref, "fr")
    changed = drafts.load_draft(here, amendment)
    changed["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(here, amendment, changed)
    exported = av.export_version(here, amendment, "fr")

    for reference in (ref, amendment):
        out = tmp_path / f"{reference}.partage"
        assert main(["--data-dir", str(here.root), "exchange", "export", "--agreement", reference,
                     "--out", str(out)]) == 0
        capsys.readouterr()
        assert main(["--data-dir", str(there.root), "exchange", "import", str(out)]) == 0, capsys.readouterr().err
    close_all()
    from partage_desktop.services.agreements.copies import check_pdf_bytes

    received = check_pdf_bytes(there, exported.pdf, "fr")
    assert received.status == "identical" and received.matches[0].reference == amendment


def test_the_demos_agreements_and_projects_travel(tmp_path, capsys):
    here, there = prepared(tmp_path / "ici"), prepared(tmp_path / "partenaire")
    try:
        assert main(["--data-dir", str(here.root), "demo", "--entries", "30"]) == 0
        listing = capsys.readouterr()
        assert main(["--data-dir", str(here.root), "agreement", "list", "--json"]) == 0
        references = [item["ref"] for item in json.loads(capsys.readouterr().out)]
        assert references, listing.out
        for reference in references:
            out = tmp_path / f"{reference}.partage"
            assert main(["--data-dir", str(here.root), "exchange", "export", "--agreement", reference,
                         "--out", str(out)]) == 0
            capsys.readouterr()
            assert main(["--data-dir", str(there.root), "exchange", "import", str(out), "--dry-run"]) == 0, \
                capsys.readouterr().err
        for project in (1, 2, 3):  # the demo's three projects, with their agreements and entries
            out = tmp_path / f"projet-{project}.partage"
            assert main(["--data-dir", str(here.root), "exchange", "export", "--project", str(project),
                         "--out", str(out)]) == 0, capsys.readouterr().err
            capsys.readouterr()
            assert main(["--data-dir", str(there.root), "exchange", "import", str(out), "--dry-run"]) == 0, \
                capsys.readouterr().err
    finally:
        close_all()

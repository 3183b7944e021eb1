"""The demo's agreements are real ones: complete answers, an exported version whose PDF verifies."""

from __future__ import annotations

from datetime import date

from partage_desktop import datadir
from partage_desktop.services import agreement_versions
from partage_desktop.services.agreement_list import list_agreements
from partage_desktop.services.agreements import verify_pdf_bytes
from partage_desktop.services.database import prepare
from partage_desktop.services.demo import create_demo


def test_demo_agreements_are_signed_exports_that_verify(data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    result = create_demo(data, 20, "fr", today=date(2026, 11, 23))
    listed = list_agreements(data)
    assert len(listed) == result.agreements == 3
    for item in listed:
        assert item["status"] == "signed" and item["versions"] == 1 and len(item["parties"]) >= 2
        pdf = agreement_versions.version_pdf(data, item["ref"], 1, "fr")
        outcome = verify_pdf_bytes(pdf, "fr")
        assert outcome.ok and outcome.reference == item["ref"]

"""The funder report gains what the shared resources did in its period: loans, days used,
organizations served, the estimated savings (said to be an estimate) and the most used resources
with their use rate; a journal without resources prints no such part."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.report import export_report
from partage_desktop.store.models import Booking, Organization, Resource

JANUARY = Scope(None, date(2027, 1, 1), date(2027, 1, 31))


def add(data, row):
    with session_scope(data) as session:
        session.add(row)
        session.flush()
        return row.id


def text(path):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).replace("\u00a0", " ").split())


@pytest.fixture
def data(data_dir):
    folder = datadir.resolve(str(data_dir))
    prepare(folder, "fr")
    return folder


@pytest.fixture
def lent(data):
    org = add(data, Organization(legal_name="Maison des jeunes"))
    van = add(data, Resource(uid=str(uuid.uuid4()), kind="vehicle", title="Fourgonnette <Transit> & cie",
                             value_per_day_cents=8000))
    room = add(data, Resource(uid=str(uuid.uuid4()), kind="premises", title="Salle communautaire"))
    add(data, Booking(resource_id=van, organization_id=org, starts_at=datetime(2027, 1, 4, 9),
                      ends_at=datetime(2027, 1, 6, 17), status="closed"))
    for day in (5, 12, 19):
        add(data, Booking(resource_id=room, borrower="Club de lecture", starts_at=datetime(2027, 1, day, 9),
                          ends_at=datetime(2027, 1, day, 12), status="returned"))
    return data


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ["Ressources partagées", "Prêts 4", "Jours d'utilisation 6", "Organismes servis 2",
            "Économies estimées 240,00 $", "Les ressources les plus utilisées",
            "Fourgonnette <Transit> & cie 1 3 9,7 % 240,00 $", "Salle communautaire 3 3 9,7 % —",
            "Les économies sont une estimation", "calculée pour 1 des 4 prêts", "aux 31 jours de la période"]),
    ("en", ["Shared resources", "Loans 4", "Days used 6", "Organizations served 2", "Estimated savings $240.00",
            "The most used resources", "Fourgonnette <Transit> & cie 1 3 9.7% $240.00",
            "Salle communautaire 3 3 9.7% —", "The savings are an estimate", "for 1 of the 4 loans",
            "with the 31 days of the period"]),
])
def test_the_report_says_what_the_resources_did(lent, tmp_path, lang, expected):
    out = tmp_path / f"rapport-{lang}.pdf"
    export_report(lent, out, lang, JANUARY, today=date(2027, 2, 1))
    printed = text(out)
    for words in expected:
        assert words in printed, words


def test_no_resource_no_resources_part(data, tmp_path):
    out = tmp_path / "rapport.pdf"
    export_report(data, out, "fr", JANUARY, today=date(2027, 2, 1))
    assert "Ressources partagées" not in text(out)

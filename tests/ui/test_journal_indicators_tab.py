"""The Indicators tab: it follows the period chosen above the tabs (as the funder report does),
its partner rows add up to the totals, a partner can be charted month by month, and a reversed
period is explained instead of giving empty figures or an empty report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.ui import build_main_window


@pytest.fixture
def data(data_dir):
    d = datadir.resolve(str(data_dir))
    prepare(d, "fr")
    a = save_organization(d, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    b = save_organization(d, OrganizationData(legal_name="Cuisine L'Œuvre")).id
    p = svc.save_project(d, svc.ProjectData(name="Locaux partagés", partner_ids=(a, b))).id
    for day, cents, partners, hours in ((date(2025, 3, 5), 100000, (a, b), ((a, 120),)),
                                        (date(2025, 6, 9), 30000, (b,), ((b, 60),)),
                                        (date(2025, 7, 1), 1001, (), ())):
        svc.save_entry(d, svc.EntryData(project_id=p, title="x", entry_date=day, kind="success",
                                        money_cents=cents, money_kind="saved", partner_ids=partners, hours=hours))
    return d


@pytest.fixture
def tab(qtbot, data):
    window = build_main_window(data.root, "fr")
    qtbot.addWidget(window)
    window.show()
    window.show_section("section:journal")
    section = window.findChild(object, "section:journal")
    qtbot.waitUntil(lambda: section.project.count() == 2, timeout=5000)
    section.tabs.setCurrentWidget(section.indicators)
    figures = section.findChild(QLabel, "journal-figures")
    qtbot.waitUntil(lambda: "Économies" in figures.text(), timeout=5000)
    return section, figures


def _table(section):
    table = section.findChild(QTableWidget, "journal-partner-figures")
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_partner_rows_add_up_and_a_partner_is_charted_month_by_month(tab, qtbot):
    section, figures = tab
    assert "1\u00a0310,01\u00a0$" in figures.text()
    rows = {r[0]: r for r in _table(section)}
    assert rows["Maison de la famille"][2] == "500,00\u00a0$"  # half of the shared 1 000 $, not all of it
    assert rows["Cuisine L'Œuvre"][2] == "800,00\u00a0$"
    assert rows["Non attribué"][2] == "10,01\u00a0$" and rows["Total"][2] == "1\u00a0310,01\u00a0$"
    assert not section.search.isVisible() and section.filters.date_from.isVisible()  # the period only
    panel = section.indicators
    assert [m for m in panel.money_chart.months] == ["2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]
    choose = section.findChild(QComboBox, "journal-chart-for")
    choose.setCurrentIndex(choose.findText("Cuisine L'Œuvre"))
    assert panel.money_chart.series[0][2] == [500.0, 0.0, 0.0, 300.0, 0.0]
    assert "Cuisine L'Œuvre" in panel.money_chart.title
    assert [t for t in panel.money_chart.month_labels(600) if t][:2] == ["mars\u00a02025", "avr.\u00a02025"]
    section.tabs.setCurrentWidget(section.entries_tab)
    assert section.search.isVisible()


def test_the_tab_follows_the_period_and_explains_a_reversed_one(tab, qtbot, tmp_path):
    section, figures = tab
    section.filters.date_from.setDate(QDate(2025, 6, 1))
    section.filters.date_to.setDate(QDate(2025, 12, 31))
    qtbot.waitUntil(lambda: "310,01\u00a0$" in figures.text() and "1\u00a0310" not in figures.text(), timeout=5000)
    period = section.findChild(QLabel, "journal-indicators-period")
    assert "du 1er juin 2025 au 31 décembre 2025" in period.text()
    assert section.indicators.current.saved == Decimal("310.01")
    assert section.indicators.money_chart.months[0] == "2025-06" and section.indicators.money_chart.months[-1] == "2025-12"
    section.filters.date_from.setDate(QDate(2026, 1, 1))
    qtbot.waitUntil(lambda: "est après la date de fin" in period.text(), timeout=5000)
    assert figures.text() == "" and not _table(section)
    out = tmp_path / "rapport.pdf"
    section.export_to(out, "pdf")
    assert "Rien n'a été exporté" in section.status.text() and "1er janvier 2026" in section.status.text()
    qtbot.wait(200)
    assert not out.exists()

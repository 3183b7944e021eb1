"""The demo's shared resources: a dozen of various kinds (some with photos), needs, and bookings over
two years in every status, some overdue, some weekly; removed with the rest of the demo, except a
resource the user has booked since."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from partage_desktop.core.content import ContentError
from partage_desktop.core.resources.vocabulary import BOOKING_STATUSES
from partage_desktop.services.demo.removal import remove_demo
from partage_desktop.services.demo.resources import demo_resources, load
from partage_desktop.services.demo.sample import create_demo
from partage_desktop.services.resources import bookings


def _rows(data, sql):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_demo_lends_a_dozen_resources_with_two_years_of_bookings(data, lang):
    today = date.today()
    create_demo(data, 20, lang, today=today)
    kinds = {k for (k,) in _rows(data, "SELECT DISTINCT kind FROM resource WHERE demo")}
    assert len(_rows(data, "SELECT id FROM resource WHERE demo")) == 12 and len(kinds) >= 6
    assert 4 <= _rows(data, "SELECT COUNT(*) FROM resource_photo")[0][0] < 12
    assert _rows(data, "SELECT COUNT(*) FROM need WHERE demo AND status = 'open'")[0][0] == 3
    statuses = {s for (s,) in _rows(data, "SELECT DISTINCT status FROM booking WHERE demo")}
    assert statuses == set(BOOKING_STATUSES)
    first, last = _rows(data, "SELECT MIN(starts_at), MAX(starts_at) FROM booking")[0]
    span = datetime.fromisoformat(last) - datetime.fromisoformat(first)
    assert span > timedelta(days=600)
    assert len(_rows(data, "SELECT DISTINCT series_uid FROM booking WHERE series_uid IS NOT NULL")) >= 3
    overdue = bookings.overdue(data, lang=lang)
    assert 1 <= len(overdue) <= 3
    titles = {r.title[lang] for r in demo_resources(3).items}
    assert {v.resource_title for v in overdue} <= titles
    # the demo's loans obey the rule the services apply: nothing holding a resource overlaps
    held = _rows(data, "SELECT a.id FROM booking a JOIN booking b ON a.resource_id = b.resource_id "
                       "AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                       "JOIN resource r ON r.id = a.resource_id WHERE r.quantity = 1 "
                       "AND a.status IN ('requested', 'approved', 'picked_up') "
                       "AND b.status IN ('requested', 'approved', 'picked_up')")
    assert held == []
    # a single thing is out with one borrower at a time
    out = _rows(data, "SELECT b.resource_id, COUNT(*) FROM booking b JOIN resource r ON r.id = b.resource_id "
                      "WHERE r.quantity = 1 AND b.status = 'picked_up' GROUP BY b.resource_id HAVING COUNT(*) > 1")
    assert out == []


def test_removing_the_demo_takes_its_resources_but_not_one_the_user_booked(data):
    create_demo(data, 20, "fr")
    kept_id, title = _rows(data, "SELECT id, title FROM resource WHERE demo AND kind = 'equipment' LIMIT 1")[0]
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=400)
    mine = bookings.request_booking(data, kept_id, start, start + timedelta(hours=2), borrower="Nous")
    removal = remove_demo(data, "fr", backup=False)
    assert removal.removed.organizations == 5
    assert _rows(data, "SELECT id, title, demo FROM resource") == [(kept_id, title, 0)]
    assert _rows(data, "SELECT id FROM booking") == [(mine,)]
    assert _rows(data, "SELECT COUNT(*) FROM need")[0][0] == 0
    assert _rows(data, "SELECT COUNT(*) FROM resource_photo WHERE resource_id != ?".replace("?", str(kept_id)))[0][0] == 0


def test_a_wrong_demo_resource_is_named():
    raw = {"resources": {"items": [{"kind": "spaceship", "category": "x", "title": {"fr": "a", "en": "b"}}],
                         "needs": [{}], "borrowers": ["x"], "purposes": [{"fr": "a", "en": "b"}],
                         "incidents": [{"fr": "a", "en": "b"}]}}
    with pytest.raises(ContentError, match=r"items\[0\]\.kind"):
        load(raw, "sample.toml", 3)


def test_a_second_demo_forced_adds_its_own_resources(data):
    create_demo(data, 10, "fr")
    create_demo(data, 10, "fr")
    assert _rows(data, "SELECT COUNT(*), COUNT(DISTINCT uid) FROM resource") == [(24, 24)]

"""Calendar speed with 5,000 resources and 200,000 bookings over two years.

    python benchmarks/resources_calendar.py [--resources 5000] [--bookings 200000] [--clicks 12]

Builds a data folder (bulk insert through SQLAlchemy core), opens the Resources section's calendar
in a real window (offscreen), then for each of several months: shows the week view there, clicks
the "Month" button with QTest and measures the time from the click to the end of the grid's paint
(the month's bookings of the rows on screen are not cached yet: each click reads them).
Prints JSON: ``month_click_p50_ms`` and ``month_click_p95_ms`` (target <= 150 ms), the build time
and the sizes. For information (no target): ``month_click_warm_p50_ms``, Month clicked again on a
month already seen, and ``tab_open_ms``, the section and its calendar first shown (the 5,000
resources read and listed in the chooser).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_DAY = date(2026, 1, 1)  # the bookings cover 2026 and 2027
STATUSES = ("requested", "approved", "picked_up", "returned", "closed", "closed", "closed", "cancelled")
KINDS = ("equipment", "vehicle", "premises", "staff", "expertise", "service", "data")
BORROWERS = ("Maison des jeunes", "Centre des femmes", "Popote roulante", "CDC du Haut-Saint-Laurent",
             "Julie Tremblay", "Comptoir alimentaire", "Coop de solidarité", "")


def build(folder: Path, resources: int, bookings: int, seed: int = 14) -> float:
    """Fill ``folder`` with the resources and bookings; returns the seconds it took."""
    from partage_desktop.platform import datadir
    from partage_desktop.services.data.database import prepare
    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.models import Booking, Resource

    started = time.perf_counter()
    data = datadir.resolve(str(folder))
    prepare(data, "fr")
    rng = random.Random(seed)
    stamp = datetime(2025, 12, 1)
    with session_scope(data) as session:
        connection = session.connection()  # SQLAlchemy core: no ORM bookkeeping for 200,000 rows
        connection.execute(Resource.__table__.insert(), [
            {"uid": str(uuid.UUID(int=rng.getrandbits(128))), "kind": KINDS[n % len(KINDS)],
             "title": f"{('Camion', 'Salle', 'Projecteur', 'Tente', 'Remorque', 'Chaises')[n % 6]} {n + 1:04d}",
             "created_at": stamp, "updated_at": stamp}
            for n in range(resources)])
        ids = [row[0] for row in connection.execute(Resource.__table__.select().with_only_columns(Resource.id))]
        per = bookings // len(ids)
        span_days = 730
        rows = []
        for rid in ids:
            # one booking after the other over the two years, as a resource's calendar fills up
            moment = datetime.combine(FIRST_DAY, datetime.min.time()) + timedelta(hours=rng.randrange(0, 72))
            step = span_days * 24 / per
            for _ in range(per):
                length = timedelta(hours=rng.choice((3, 4, 8, 24, 48, 72, 120)))
                starts = moment
                ends = starts + min(length, timedelta(hours=step * 0.9))
                rows.append({"resource_id": rid, "starts_at": starts, "ends_at": ends,
                             "status": rng.choice(STATUSES), "borrower": rng.choice(BORROWERS),
                             "created_at": stamp, "updated_at": stamp})
                moment = starts + timedelta(hours=step)
        # the table's indexes are built once at the end, as a bulk load does, instead of row by row
        indexes = list(Booking.__table__.indexes)
        for index in indexes:
            index.drop(connection)
        for first in range(0, len(rows), 20_000):
            connection.execute(Booking.__table__.insert(), rows[first:first + 20_000])
        for index in indexes:
            index.create(connection)
    return time.perf_counter() - started


def measure(folder: Path, clicks: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from partage_desktop.ui import build_main_window

    win = build_main_window(str(folder), "fr")
    win.resize(1280, 800)
    win.show()
    deadline = time.perf_counter() + 30
    while not win.isVisible() or not win.tasks.idle:
        app.processEvents()
        time.sleep(0.005)
        if time.perf_counter() > deadline:
            break
    opening = time.perf_counter()
    win.show_section("section:resources")
    section = win._resources  # noqa: SLF001 - the benchmark reaches the section the window made
    tab = section.show_tab("resources-tab:calendar")
    grid = tab.grid
    while grid.painted_at < opening and time.perf_counter() - opening < 10:
        app.processEvents()
    opened_ms = (grid.painted_at - opening) * 1000
    button = tab.view_buttons["month"]

    def click_month() -> float:
        painted = grid.painted_at
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        while grid.painted_at == painted:
            app.processEvents()
            if time.perf_counter() - start > 10:
                break
        return (grid.painted_at - start) * 1000

    cold, warm = [], []
    months = [date(2026 + (n // 12), n % 12 + 1, 15) for n in range(24)]
    random.Random(3).shuffle(months)
    for month in months[:clicks]:
        tab.set_view("week")
        tab.set_anchor(month)
        app.processEvents()
        cold.append(click_month())
        tab.set_view("week")
        app.processEvents()
        warm.append(click_month())
    rows = grid.layout_.count
    win.tasks.shutdown()
    win.close()
    return {"month_click_p50_ms": round(statistics.median(cold), 1),
            "month_click_p95_ms": round(_p95(cold), 1), "month_click_max_ms": round(max(cold), 1),
            "month_click_warm_p50_ms": round(statistics.median(warm), 1), "clicks": len(cold),
            "rows": rows, "target_ms": 150, "tab_open_ms": round(opened_ms, 1)}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resources", type=int, default=5000)
    parser.add_argument("--bookings", type=int, default=200_000)
    parser.add_argument("--clicks", type=int, default=12)
    parser.add_argument("--data-dir", help="reuse (or fill once) this folder instead of a temporary one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.data_dir) if args.data_dir else Path(scratch) / "donnees"
        built = None
        if not (folder / "partage.sqlite3").exists() or not args.data_dir:
            folder.mkdir(parents=True, exist_ok=True)
            built = build(folder, args.resources, args.bookings)
        figures = measure(folder, args.clicks)
        from partage_desktop.services.data.session import close_all

        close_all()
    print(json.dumps({"resources": args.resources, "bookings": args.bookings,
                      "build_seconds": round(built, 2) if built is not None else None, **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Booking conflict check at scale: 5,000 resources and 200,000 bookings over two years.

    python benchmarks/resources_bookings.py [--resources 5000] [--bookings 200000] [--checks 500]

Prints JSON:
- ``conflict_check_p50_ms`` / ``conflict_check_p95_ms``: the check a new booking goes through
  (the resource's holding bookings around the span, through ``ix_booking_resource_span``, and the
  quantity-aware overlap rule), for random resources and spans; target < 5 ms;
- ``request_booking_p50_ms`` / ``request_booking_p95_ms`` (for information): the whole user action,
  lock, check, insert and commit included;
- ``home_snapshot_with_overdue_ms`` (for information): the home screen's start-up read, overdue
  loans included;
- ``fill_seconds``: writing the rows (not a target).
"""

from __future__ import annotations

import argparse
import contextlib
import json
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

STAMP = "%Y-%m-%d %H:%M:%S.%f"  # as SQLAlchemy stores a DateTime in SQLite


def fill(database: Path, resources: int, bookings: int, rng: random.Random) -> float:
    import sqlite3

    started = time.perf_counter()
    con = sqlite3.connect(database)
    now = datetime.now().strftime(STAMP)
    kinds = ("equipment", "vehicle", "premises", "staff", "expertise")
    con.executemany(
        "INSERT INTO resource (id, uid, kind, category, title, quantity, created_at, updated_at) "
        "VALUES (?, ?, ?, '', ?, ?, ?, ?)",
        [(i, str(uuid.UUID(int=rng.getrandbits(128), version=4)), kinds[i % len(kinds)], f"Ressource {i}",
          1 if i % 10 else 3, now, now) for i in range(1, resources + 1)])
    first = datetime.combine(date.today() - timedelta(days=540), datetime.min.time())
    per = max(1, bookings // resources)
    statuses = ("closed", "closed", "closed", "approved", "requested", "picked_up", "cancelled", "returned")
    rows = []
    for resource in range(1, resources + 1):
        cursor = first + timedelta(hours=rng.randrange(0, 72))
        for _ in range(per):
            start = cursor.replace(hour=rng.choice((8, 9, 13)))
            end = start + timedelta(hours=rng.choice((3, 4, 8, 24, 48)))
            rows.append((resource, start.strftime(STAMP), end.strftime(STAMP), rng.choice(statuses), now, now))
            cursor = end + timedelta(days=rng.randint(1, 30))
        if len(rows) >= 50_000:
            con.executemany("INSERT INTO booking (resource_id, starts_at, ends_at, status, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)", rows)
            rows = []
    con.executemany("INSERT INTO booking (resource_id, starts_at, ends_at, status, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resources", type=int, default=5000)
    parser.add_argument("--bookings", type=int, default=200_000)
    parser.add_argument("--checks", type=int, default=500)
    args = parser.parse_args()

    from partage_desktop.core.resources import bookings as rules
    from partage_desktop.platform import datadir
    from partage_desktop.platform.errors import UserInputError
    from partage_desktop.services.data.database import prepare
    from partage_desktop.services.data.session import close_all, session_scope
    from partage_desktop.services.resources import bookings as service
    from partage_desktop.store.quick import read_home_snapshot
    from partage_desktop.store.resources.bookings import holding

    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as tmp:
        data = datadir.resolve(str(Path(tmp) / "data"))
        prepare(data, "fr")
        seconds = fill(data.database, args.resources, args.bookings, rng)
        count = args.bookings // max(1, args.bookings // args.resources) * max(1, args.bookings // args.resources)
        first = datetime.now() - timedelta(days=540)
        spans = []
        for _ in range(args.checks):
            start = (first + timedelta(hours=rng.randrange(0, 720 * 24))).replace(minute=0, second=0, microsecond=0)
            spans.append((rng.randint(1, args.resources), start, start + timedelta(hours=rng.choice((3, 8, 48)))))
        checks = []
        with session_scope(data) as session:
            holding(session, 1, spans[0][1], spans[0][2])  # the first query prepares the connection
            for resource, start, end in spans:
                began = time.perf_counter()
                held = holding(session, resource, start, end)
                rules.in_the_way(held, start, end, 1, 1 if resource % 10 else 3)
                checks.append((time.perf_counter() - began) * 1000)
        requests = []
        for resource, start, end in spans[:200]:
            future = start + timedelta(days=800)
            began = time.perf_counter()
            with contextlib.suppress(UserInputError):  # an overlap is refused: timed all the same
                service.request_booking(data, resource, future, future + (end - start), borrower="Banc d'essai")
            requests.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        snapshot = read_home_snapshot(data.database, date.today(), now=datetime.now())
        overdue_ms = (time.perf_counter() - began) * 1000
        close_all()
    print(json.dumps({
        "resources": args.resources, "bookings": count, "checks": args.checks,
        "conflict_check_p50_ms": round(statistics.median(checks), 3),
        "conflict_check_p95_ms": round(percentile(checks, 0.95), 3),
        "conflict_check_target_ms": 5,
        "request_booking_p50_ms": round(statistics.median(requests), 2),
        "request_booking_p95_ms": round(percentile(requests, 0.95), 2),
        "home_snapshot_with_overdue_ms": round(overdue_ms, 2), "overdue_shown": len(snapshot.overdue),
        "fill_seconds": round(seconds, 2),
    }, indent=2))


if __name__ == "__main__":
    main()

"""What the home screen shows: recent agreements, reminders, counts."""

from __future__ import annotations

from datetime import date, datetime

from partage_desktop.platform.datadir import DataDir
from partage_desktop.store.quick import HomeSnapshot, read_home_snapshot

REMINDER_DAYS = 60


def home_snapshot(data: DataDir, today: date | None = None, now: datetime | None = None) -> HomeSnapshot:
    return read_home_snapshot(data.database, today or date.today(), within_days=REMINDER_DAYS,
                              now=now or datetime.now())

"""Crash harness: forks writers of the app's real write paths and SIGKILLs them at random moments.

Run as ``python crash_writer.py DATA_DIR ROUNDS SEED MAX_DELAY_MS MODE``. The parent imports the
app once, then for each round forks a child that writes through the services (``MODE`` "orgs":
organizations saved one per transaction; "journal": journal entries saved (tags, hours, money),
then saved again with a new text (a revision); "backup": backups made in a loop; "import": the
exchange files of ``DATA_DIR/../inbox`` (agreements or projects) imported one by one, each after its
own backup; "demo": the sample data created again and again) and reports on a pipe
each write it saw committed. The parent kills the child after a random delay (most rounds
after its first commit, the others at any moment from its start), and prints one JSON line: every write reported as committed.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from partage_desktop.platform.datadir import resolve
from partage_desktop.services.exchange import files as exchange_files
from partage_desktop.services.journal import entries as journal_service
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.services.safety import backup
from partage_desktop.store import models  # noqa: F401 - imported once here, not in every child

configure_mappers()
DEMO_ENTRIES = 300


def child(data_dir: Path, mode: str, round_no: int, out: int) -> None:
    data = resolve(str(data_dir))
    inbox = sorted((data_dir.parent / "inbox").glob("*.partage")) if mode == "import" else []
    for i in range(100_000):
        if mode == "import":
            if i >= len(inbox):
                break
            plan = exchange_files.import_file(data, inbox[i], "fr")
            if plan.applied:
                name = getattr(plan, "project", None) and plan.stored_as  # a project's file
                os.write(out, f"{name or plan.items[0].stored_as}\n".encode())
        elif mode == "journal":
            saved = journal_service.save_entry(data, journal_service.EntryData(
                project_id=1, title=f"Entrée {round_no}-{i}", entry_date=date(2026, 1, 1 + i % 28),
                kind="meeting", body="Compte rendu de la réunion " * 20, tags=("gouvernance", f"r{round_no}"),
                hours=((None, 90),), money_cents=12_345, money_kind="saved"))
            saved = journal_service.save_entry(data, replace(saved, body=saved.body + " Suite."), new_revision=True)
            os.write(out, f"{saved.id}\n".encode())
        elif mode == "demo":
            from partage_desktop.services.demo.sample import create_demo

            create_demo(data, entries=DEMO_ENTRIES, seed=round_no * 1000 + i)
            os.write(out, f"demo-{round_no}-{i}\n".encode())
        elif mode == "orgs":
            saved = save_organization(data, OrganizationData(legal_name=f"Organisme {round_no}-{i}",
                                                             address="1, rue Principale"))
            os.write(out, f"{saved.id}\n".encode())
        else:
            info = backup.make_backup(data, "fr", "manuelle")
            os.write(out, f"{info.path.name}\n".encode())
    os._exit(0)


def main() -> None:
    data_dir, rounds, seed, max_delay_ms, mode = (Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                                                  float(sys.argv[4]), sys.argv[5])
    rng = random.Random(seed)
    committed: list[str] = []
    for round_no in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                child(data_dir, mode, round_no, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        chunks = []
        if rng.random() < 0.7:
            # Most rounds kill in the middle of a stream of writes: wait for the first commit so
            # that a slow (loaded) machine still gets killed while writing, not while starting.
            ready, _, _ = select.select([read_end], [], [], 30)
            if ready:
                chunks.append(os.read(read_end, 65536))
        time.sleep(rng.uniform(0, max_delay_ms) / 1000)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        os.close(read_end)
        committed += [line for line in b"".join(chunks).decode().splitlines() if line]
    print(json.dumps({"rounds": rounds, "committed": committed}))


if __name__ == "__main__":
    main()

"""Checking a project's exchange file before anything is written: the archive (store.exchange),
the project and each entry with the journal's own rules, each attachment pointing at a member, each
agreement as for an agreement's file. Refused whole on the first unreadable part; every other
problem is listed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from partage_desktop.core.agreements.reminders import in_range
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.services.exchange import agreements as agreements_exchange
from partage_desktop.services.exchange import certificates as exchange_certificates
from partage_desktop.services.journal.entries import (
    EntryData,
    ProjectData,
    check_entry,
    check_project,
)
from partage_desktop.store.exchange import ExchangeContent, ExchangeRefused, read_archive
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason_message

PROJECT_DOC = "project.json"
PROJECT_KEYS = ("name", "purpose", "resource_kind", "continuum_position", "stage", "start_date")


def _check_project(doc: Any, members: dict[str, bytes], lang: str) -> list[str]:
    def bad(where: str) -> str:
        return t("exchange_bad_document", lang, where=where)

    if not isinstance(doc, dict):
        return [bad(PROJECT_DOC)]
    problems: list[str] = []
    used: set[str] = set()  # each attachment is written once: never one member for many entries
    if not all(isinstance(doc.get(k), str) for k in PROJECT_KEYS if k != "start_date"):
        return [bad("project")]
    if not isinstance(doc.get("entries"), list) or not isinstance(doc.get("agreements"), list):
        return [bad("entries/agreements")]
    try:
        start = date.fromisoformat(doc["start_date"]) if doc.get("start_date") is not None else None
        if start is not None and not in_range(start):
            raise ValueError(doc["start_date"])
    except (TypeError, ValueError):
        return [bad("start_date")]
    project = ProjectData(name=doc["name"], purpose=doc["purpose"], resource_kind=doc["resource_kind"],
                          continuum_position=doc["continuum_position"], stage=doc["stage"], start_date=start)
    problems += [bad(f"project.{key}: {problem}") for key, problem in check_project(project).items()]
    for n, e in enumerate(doc["entries"]):
        where = f"entries[{n}]"
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in
                                              ("kind", "entry_date", "author", "title", "body", "money_estimate")):
            problems.append(bad(where))
            continue
        tags, minutes, money = e.get("tags"), e.get("minutes"), e.get("money_cents")
        if not (isinstance(tags, list) and all(isinstance(x, str) for x in tags)):
            problems.append(bad(f"{where}.tags"))
            continue
        if not all(v is None or agreements_exchange._is_int(v) and 0 <= v < 2**53 for v in (minutes, money)):
            problems.append(bad(f"{where}.minutes/money_cents"))
            continue
        if e.get("money_kind") is not None and not isinstance(e["money_kind"], str) or len(e["author"]) > 150:
            problems.append(bad(where))
            continue
        try:
            day = date.fromisoformat(e["entry_date"])
            if not in_range(day):
                raise ValueError(e["entry_date"])
        except ValueError:
            problems.append(bad(f"{where}.entry_date"))
            continue
        entry = EntryData(project_id=0, title=e["title"], entry_date=day, kind=e["kind"], body=e["body"],
                          tags=tuple(tags), hours=((None, minutes),) if minutes is not None else (),
                          money_cents=money, money_kind=e.get("money_kind"))
        problems += [bad(f"{where}.{key}: {problem}") for key, problem in check_entry(entry).items()]
        files = e.get("attachments")
        if not isinstance(files, list) or not all(
                isinstance(a, dict) and isinstance(a.get("name"), str) and 0 < len(a["name"]) <= 255
                and isinstance(a.get("member"), str) and a["member"].startswith("attachments/")
                and a["member"] in members for a in files):
            problems.append(bad(f"{where}.attachments"))
        elif any(a["member"] in used for a in files) or len({a["member"] for a in files}) != len(files):
            problems.append(bad(f"{where}.attachments (one file for several attachments)"))
        else:
            used.update(a["member"] for a in files)
    for name in doc["agreements"]:
        if not (isinstance(name, str) and name.startswith("agreements/") and name in members) or name in used:
            problems.append(bad("agreements"))
        else:
            used.add(name)
    return problems


@dataclass
class IncomingProject:
    doc: dict[str, Any]
    agreements: list[tuple[dict[str, Any], dict[str, bytes]]]
    members: dict[str, bytes]
    certificates: list[exchange_certificates.IncomingCertificate] = field(default_factory=list)


def read_project_exchange(path: Path, lang: str, content: ExchangeContent | None = None) -> IncomingProject:
    """The checked content of a project exchange file; refused whole (nothing written) on any problem."""
    try:
        content = content or read_archive(path)
        if content.manifest.get("kind") != "project" or PROJECT_DOC not in content.members:
            raise ExchangeRefused("not_exchange", Message.of("detail_no_json", name="project.json"))
        doc = content.json(PROJECT_DOC)
        problems = _check_project(doc, content.members, lang)
        agreements: list[tuple[dict[str, Any], dict[str, bytes]]] = []
        for name in doc.get("agreements", []) if not problems else []:
            agreement = content.json(name)
            prefix = name[: -len(agreements_exchange.AGREEMENT_DOC)]
            pdfs = {k: v for k, v in content.members.items() if k.startswith(prefix + "versions/")}
            found = agreements_exchange._check_incoming(agreement, pdfs, lang)
            label = agreement.get("reference", name) if isinstance(agreement, dict) else name
            problems += [f"{label} — {p}" for p in found]
            agreements.append((agreement, pdfs))
    except ExchangeRefused as exc:
        raise agreements_exchange._refused(exc, path) from exc
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc
    carried: list[exchange_certificates.IncomingCertificate] = []
    if isinstance(doc, dict):
        carried, cert_problems = exchange_certificates.check_certificates(doc, content.members, lang)
        problems += cert_problems
    references = [a.get("reference") for a, _ in agreements if isinstance(a, dict)]
    if len(set(references)) != len(references):
        problems.append(t("exchange_bad_document", lang, where="agreements (twice)"))
    if problems:
        header = Message.plural("exchange_invalid", len(problems), path=path)
        raise UserInputError([header, *(f"  - {p}" for p in problems)])  # the checks' own words
    return IncomingProject(doc, agreements, content.members, carried)

"""The journal as a CSV file that Excel opens correctly: UTF-8 with a byte-order mark; in French
``;`` between columns and a decimal comma, in English ``,`` and a decimal point."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.figures import share_equally
from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.core.safe_names import csv_cell
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.report import export_report
from partage_desktop.words import t

_COLUMNS = ("number", "date", "project", "type", "title", "author", "tags", "partners", "hours", "amount",
            "money_kind", "estimate", "text", "shares")  # the words catalogue's csv_…


def _number(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    text = f"{value:f}"
    return text.replace(".", ",") if lang == "fr" else text


def _shares(cents: int, partner_ids: tuple[int, ...], names: dict[int, str], lang: str) -> str:
    """How the report and the Indicators tab share the amount: equally among the partners named
    on the entry (to the cent), "Not attributed" when it names none."""
    sep = t("label_separator", lang)
    parts = [(names.get(pid, "?"), part) for pid, part in share_equally(cents, partner_ids)]
    if not parts:
        parts = [(t("csv_not_attributed", lang), cents)]
    return " | ".join(f"{name}{sep}{_number((Decimal(part) / 100).quantize(Decimal('0.01')), lang)}" for name, part in parts)


def csv_text(data: DataDir, scope: Scope, lang: str) -> tuple[str, int]:
    from partage_desktop.store.journal.report import (  # deferred: SQLAlchemy, only when needed
        export_rows,
        money_entries,
        organization_names,
    )

    lang = lang if lang in ("fr", "en") else "fr"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow([t(f"csv_{column}", lang) for column in _COLUMNS])
    count = 0
    with session_scope(data) as session:
        money_partners = {row[0]: row[4] for row in money_entries(session, scope)}
        names = organization_names(session, {o for ids in money_partners.values() for o in ids})
        for (entry_id, day, project, kind, title, author, body, minutes, money, money_kind, estimate,
             tags, partners) in export_rows(session, scope):
            hours = (Decimal(minutes) / 60).quantize(Decimal("0.01")) if minutes is not None else None
            amount = (Decimal(money) / 100).quantize(Decimal("0.01")) if money is not None else None
            shares = _shares(money, money_partners[entry_id], names, lang) if entry_id in money_partners else ""
            # Typed text is never run as a formula by Excel (CSV injection: "=HYPERLINK(…)").
            writer.writerow([entry_id, str(day), csv_cell(project), vocab.label("kind", kind, lang),
                             csv_cell(title), csv_cell(author), csv_cell(tags or ""), csv_cell(partners or ""),
                             _number(hours, lang), _number(amount, lang),
                             vocab.label("money", money_kind, lang) if money_kind else "", csv_cell(estimate),
                             csv_cell(body), csv_cell(shares)])
            count += 1
    return buffer.getvalue(), count


def export_csv(data: DataDir, out: Path, lang: str, scope: Scope | None = None) -> int:
    """Write the CSV atomically (the previous file stays whole if anything fails); returns the
    number of entries written."""

    refuse_own_file(out, data, lang)
    content, count = csv_text(data, scope or Scope(), lang)
    atomic.write_bytes(out, "\ufeff".encode() + content.encode("utf-8"))
    return count


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def export_journal(data: DataDir, out: Path, lang: str, scope: Scope | None, fmt: str) -> object:
    """The one export the Journal screen offers: ``pdf`` (the funder report) or ``csv``."""
    if fmt == "pdf":
        return export_report(data, out, lang, scope)
    return export_csv(data, out, lang, scope)

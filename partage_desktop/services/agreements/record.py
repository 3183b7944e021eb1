"""``agreement export --record``: the PDF from an answers file, and the agreement recorded in the
data folder as the wizard's export records it (a new reference, version 1 frozen with its PDF), so
that ``agreement list`` shows it. Without --record an export from a file leaves the data alone.

All or nothing: answers with problems record nothing; a PDF that cannot be written takes the
recorded agreement away again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.agreements.drafts import create_draft
from partage_desktop.services.agreements.export import (
    ExportResult,
    check_answers,
    render_pdf,
    write_pdf,
)
from partage_desktop.services.agreements.versions import export_version
from partage_desktop.services.data.session import session_scope


def export_and_record(data: DataDir, raw: Any, out: Path, lang: str) -> ExportResult:
    from sqlalchemy import delete

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    render_pdf(raw, lang)  # every problem listed, nothing recorded
    reference = create_draft(data, raw)
    try:
        version = export_version(data, reference, lang)
        write_pdf(out, version.pdf, lang)
    except BaseException:
        with session_scope(data) as session:
            session.execute(delete(Agreement).where(Agreement.reference == reference))
        raise
    validation = check_answers(raw, lang)
    template = validation.answers.template.id if validation.answers else ""
    return ExportResult(out, version.pages, version.fingerprint, reference, version.number, template,
                        [str(w) for w in validation.warnings])

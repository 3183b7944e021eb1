"""The Agreements section's trash: deleted drafts, restored one by one or deleted for good."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QLabel, QWidget

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.agreements import trash as service
from partage_desktop.ui.app.i18n import format_date
from partage_desktop.ui.widgets.trash_dialog import TrashListDialog


class AgreementTrashDialog(TrashListDialog):
    """Drafts moved to the trash: restore one, or empty the trash for good (after confirmation)."""

    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang = data, lang
        self.restored: list[str] = []
        self.empty_note = QLabel(self.tr("The trash is empty."))
        self.build(
            "agreements-trash", self.tr("Deleted drafts"),
            self.tr("Deleted drafts stay here %1 days, then are deleted for good.")
            .replace("%1", str(service.TRASH_DAYS)),
            self.tr("Drafts in the trash"), self.empty_note, 360)
        self.list.setWordWrap(True)  # a long title and its parties' names wrap rather than hide

    def items(self) -> Iterator[tuple[str, object]]:
        for draft in service.trashed_drafts(self.data):
            names = ", ".join(n for n in draft.parties if n and n != "—") or "—"
            text = self.tr("%1 — %2 (%3), deleted on %4").replace("%1", draft.reference) \
                .replace("%2", draft.title or "—").replace("%3", names) \
                .replace("%4", format_date(draft.deleted_at.date(), self.lang))
            yield text, draft.reference

    def refreshed(self) -> None:
        self.empty_note.setVisible(self.list.count() == 0)

    def restore_one(self, key: object) -> None:
        service.restore_draft(self.data, str(key))
        self.restored.append(str(key))

    def empty_question(self) -> str:
        n = self.list.count()
        if n == 1:
            return self.tr("Delete the draft in the trash for good? This cannot be undone.")
        return self.tr("Delete the %1 drafts in the trash for good? This cannot be undone.").replace("%1", str(n))

    def empty_all(self) -> None:
        service.empty_trash(self.data)

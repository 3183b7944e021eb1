"""While searching the journal, the Title column shows each entry's title and the passage of its
text that matched, the matching words in bold (not by colour alone), on one line elided at the end."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from partage_desktop.ui.journal.model import HIT_END, HIT_START, SNIPPET_ROLE

TITLE_COLUMN = 2


def segments(marked: str) -> list[tuple[str, bool]]:
    """``"a \\x02b\\x03 c"`` -> ``[("a ", False), ("b", True), (" c", False)]``."""
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(marked.split(HIT_START)):
        hit, _, rest = part.partition(HIT_END) if i else ("", "", part)
        out += [(hit, True)] if hit else []
        out += [(rest, False)] if rest else []
    return out


class SearchHitDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        title, passage = snippet
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the item's background, selection and focus as usual; the text is ours
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(3, 0, -3, 0)
        state = opt.state  # type: ignore[attr-defined]
        group = (QPalette.ColorGroup.Active if state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        palette = opt.palette  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_Selected:
            main = quiet = palette.color(group, QPalette.ColorRole.HighlightedText)
        else:
            main = palette.color(group, QPalette.ColorRole.Text)
            quiet = palette.color(group, QPalette.ColorRole.PlaceholderText)
        lines = [[(text, hit, main) for text, hit in segments(" ".join(title.split()))]]
        passage_parts = [(text, hit, quiet) for text, hit in segments(passage)] if passage.strip() else []
        font = QFont(opt.font)  # type: ignore[attr-defined]
        spacing = QFontMetrics(font).lineSpacing()
        if passage_parts and rect.height() >= 2 * spacing:  # the view gives search results two lines
            lines.append(_lead_to_hit(passage_parts, QFontMetrics(font), rect.width() // 4))
        elif passage_parts:
            lines[0] += [("  —  ", False, quiet), *passage_parts]
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + (rect.height() - spacing * len(lines)) // 2
        for n, parts in enumerate(lines):
            self._draw_line(painter, QRect(rect.left(), top + n * spacing, rect.width(), spacing), parts, font, main)
        painter.restore()

    @staticmethod
    def _draw_line(painter: QPainter, rect: QRect, parts: list[tuple[str, bool, QColor]], base: QFont,
                   strong: QColor) -> None:
        x = rect.left()
        for text, hit, colour in parts:
            font = QFont(base)
            font.setBold(hit)
            metrics = QFontMetrics(font)
            width = metrics.horizontalAdvance(text)
            room = rect.right() - x
            if width > room:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = room
            painter.setFont(font)
            painter.setPen(strong if hit else colour)
            painter.drawText(QRect(x, rect.top(), max(0, width), rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += width
            if x >= rect.right():
                break


def _lead_to_hit(parts: list[tuple[str, bool, QColor]], metrics: QFontMetrics,
                 lead: int) -> list[tuple[str, bool, QColor]]:
    """Shorten the text before the first matching word to about ``lead`` pixels (whole words, an
    ellipsis in front), so that in a narrow column the word that matched is the one shown."""
    if len(parts) < 2 or parts[0][1] or metrics.horizontalAdvance(parts[0][0]) <= lead:
        return parts
    text, _hit, colour = parts[0]
    trailing = " " if text.endswith(" ") else ""
    words = text.rstrip(" ").split(" ")
    kept: list[str] = []
    while words and metrics.horizontalAdvance("…" + " ".join([words[-1], *kept]) + trailing) <= lead:
        kept.insert(0, words.pop())
    return [("…" + " ".join(kept) + trailing, False, colour), *parts[1:]]


def install(view: QTableView) -> None:
    """The delegate on the Title column; while a search is shown, rows are two lines high so that
    the passage that matched sits under the title."""
    view.setItemDelegateForColumn(TITLE_COLUMN, SearchHitDelegate(view))
    rows = view.verticalHeader()
    one_line = rows.defaultSectionSize()
    model = view.model()

    def fit() -> None:
        searching = bool(model.filter.query.strip())  # type: ignore[attr-defined]
        rows.setDefaultSectionSize(one_line + (view.fontMetrics().lineSpacing() if searching else 0))

    model.modelReset.connect(fit)

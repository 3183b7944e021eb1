"""The small Markdown subset the guide articles use, parsed into blocks that the article view
(HTML) and the printed booklet (ReportLab) both render, so the two always show the same thing.

Supported: ``##``/``###`` headings, paragraphs, ``-``/``*`` and numbered lists (one nested level),
checklists (``- [ ]``), pipe tables, images on their own line, ``---`` rules, ``**bold**``,
``*italic*``, ``` `code` ``` and ``[links](target)``. Anything else is kept as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None


Inlines = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    spans: Inlines


@dataclass(frozen=True)
class Paragraph:
    spans: Inlines


@dataclass(frozen=True)
class ListItem:
    spans: Inlines
    checkbox: bool = False
    children: tuple[ListBlock, ...] = ()


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True)
class Table:
    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]


@dataclass(frozen=True)
class Image:
    alt: str
    src: str


@dataclass(frozen=True)
class Rule:
    pass


Block = Heading | Paragraph | ListBlock | Table | Image | Rule

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)([-*+])\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d+)[.)]\s+(.*)$")
_CHECK = re.compile(r"^\[[ xX]\]\s+")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
_RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse(markdown: str) -> list[Block]:
    lines = markdown.replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if m := _HEADING.match(line):
            blocks.append(Heading(len(m.group(1)), parse_inline(m.group(2))))
            i += 1
        elif _RULE.match(line):
            blocks.append(Rule())
            i += 1
        elif m := _IMAGE.match(line.strip()):
            blocks.append(Image(m.group(1), m.group(2)))
            i += 1
        elif line.lstrip().startswith("|") and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            i = _table(lines, i, blocks)
        elif _BULLET.match(line) or _NUMBER.match(line):
            i = _list(lines, i, blocks)
        else:
            text = [line.strip()]
            i += 1
            while i < len(lines) and lines[i].strip() and not _starts_block(lines, i):
                text.append(lines[i].strip())
                i += 1
            blocks.append(Paragraph(parse_inline(" ".join(text))))
    return blocks


def _starts_block(lines: list[str], i: int) -> bool:
    line = lines[i]
    return bool(_HEADING.match(line) or _RULE.match(line) or _BULLET.match(line)
                or _NUMBER.match(line) or _IMAGE.match(line.strip()) or line.lstrip().startswith("|"))


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def _table(lines: list[str], i: int, blocks: list[Block]) -> int:
    header = tuple(parse_inline(c) for c in _cells(lines[i]))
    i += 2
    rows = []
    while i < len(lines) and lines[i].lstrip().startswith("|"):
        cells = [parse_inline(c) for c in _cells(lines[i])]
        cells += [()] * (len(header) - len(cells))
        rows.append(tuple(cells[: len(header)]))
        i += 1
    blocks.append(Table(header, tuple(rows)))
    return i


def _list(lines: list[str], i: int, blocks: list[Block]) -> int:
    """A list and the items nested one level under it (indented by two or more spaces)."""

    def marker(line: str) -> tuple[int, bool, str, int] | None:
        if m := _BULLET.match(line):
            return len(m.group(1)), False, m.group(3), 1
        if m := _NUMBER.match(line):
            return len(m.group(1)), True, m.group(3), int(m.group(2))
        return None

    first = marker(lines[i])
    assert first is not None
    base_indent, ordered, _, start = first
    items: list[tuple[str, list[str]]] = []  # (text, nested lines)
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            # a blank line ends the list unless the next line continues it
            if i + 1 < len(lines) and (m := marker(lines[i + 1])) and m[1] == ordered and m[0] == base_indent:
                i += 1
                continue
            break
        found = marker(line)
        if found and found[0] <= base_indent + 1:
            if found[1] != ordered:
                break
            items.append((found[2], []))
        elif found and items:
            items[-1][1].append(line)
        elif items and line.startswith("  "):
            # continuation of the previous item's text (or of its last nested item)
            if items[-1][1]:
                items[-1][1][-1] += " " + line.strip()
            else:
                items[-1] = (items[-1][0] + " " + line.strip(), items[-1][1])
        else:
            break
        i += 1
    built = []
    for text, nested in items:
        checkbox = bool(_CHECK.match(text))
        if checkbox:
            text = _CHECK.sub("", text, count=1)
        children: list[Block] = []
        if nested:
            indent = min(len(n) - len(n.lstrip()) for n in nested)
            _list([n[indent:] for n in nested], 0, children)
        built.append(ListItem(parse_inline(text), checkbox,
                              tuple(c for c in children if isinstance(c, ListBlock))))
    blocks.append(ListBlock(ordered, tuple(built), start))
    return i


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    link: str | None = None
    out: list[Span] = field(default_factory=list)

    def add(self, text: str, code: bool = False) -> None:
        if not text:
            return
        span = Span(text, self.bold, self.italic, code, self.link)
        last = self.out[-1] if self.out else None
        if last and (last.bold, last.italic, last.code, last.link) == (span.bold, span.italic, code, span.link):
            self.out[-1] = Span(last.text + text, span.bold, span.italic, code, span.link)
        else:
            self.out.append(span)


_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]+)\)")
_BARE_URL = re.compile(r"https?://[^\s<>]+")  # a bare address is a link too


def parse_inline(text: str) -> Inlines:
    style = _Style()
    _inline(text, style)
    return tuple(style.out)


def _inline(text: str, style: _Style, nested: bool = False) -> None:
    i = 0
    buffer: list[str] = []

    def flush() -> None:
        style.add("".join(buffer))
        buffer.clear()

    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and not text[i + 1].isalnum():
            buffer.append(text[i + 1])
            i += 2
            continue
        if ch == "`":
            end = text.find("`", i + 1)
            if end > i:
                flush()
                style.add(text[i + 1:end], code=True)
                i = end + 1
                continue
        if ch == "h" and style.link is None and (m := _BARE_URL.match(text, i)) and (i == 0 or not text[i - 1].isalnum()):
            flush()
            url = m.group().rstrip(".,;:!?)»*_")  # trailing punctuation or emphasis marks are not the address
            style.link = url
            style.add(url)
            style.link = None
            i += len(url)
            continue
        if ch == "[" and (m := _LINK.match(text, i)) and style.link is None:
            flush()
            style.link = m.group(2)
            _inline(m.group(1), style, nested=True)
            style.link = None
            i = m.end()
            continue
        if text.startswith("**", i) and (style.bold or text.find("**", i + 2) > i + 2):
            flush()
            style.bold = not style.bold
            i += 2
            continue
        if ch in "*_" and _toggles_italic(text, i, ch, style.italic):
            flush()
            style.italic = not style.italic
            i += 1
            continue
        buffer.append(ch)
        i += 1
    flush()
    if not nested:  # a link's text is part of its paragraph: the emphasis around it goes on
        style.bold = style.italic = False


def _toggles_italic(text: str, i: int, ch: str, open_: bool) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if open_:
        return not before.isspace() and not (ch == "_" and after.isalnum())
    if after.isspace() or (ch == "_" and before.isalnum()):
        return False
    return text.find(ch, i + 1) > i + 1


def plain(spans: Inlines) -> str:
    return "".join(s.text for s in spans)


# --------------------------------------------------------------------------- HTML
LinkFilter = Callable[[str], str | None]  # target → href to use, or None to print as plain text


def spans_to_html(spans: Inlines, link: LinkFilter | None = None) -> str:
    out = []
    for s in spans:
        html = escape(s.text, quote=False)
        if s.code:
            html = f"<code>{html}</code>"
        if s.italic:
            html = f"<i>{html}</i>"
        if s.bold:
            html = f"<b>{html}</b>"
        href = (link(s.link) if link else s.link) if s.link else None
        if href:
            html = f'<a href="{escape(href)}">{html}</a>'
        out.append(html)
    return "".join(out)


def to_html(blocks: list[Block], link: LinkFilter | None = None,
            image: Callable[[Image], str] | None = None) -> str:
    """HTML for Qt's rich-text engine (no CSS beyond what QTextDocument understands)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            level = min(6, block.level)
            out.append(f"<h{level}>{spans_to_html(block.spans, link)}</h{level}>")
        elif isinstance(block, Paragraph):
            out.append(f"<p>{spans_to_html(block.spans, link)}</p>")
        elif isinstance(block, ListBlock):
            out.append(_list_html(block, link))
        elif isinstance(block, Table):
            head = "".join(f"<th>{spans_to_html(c, link)}</th>" for c in block.header)
            rows = "".join("<tr>" + "".join(f"<td>{spans_to_html(c, link)}</td>" for c in row) + "</tr>"
                           for row in block.rows)
            out.append(f'<table class="grid" cellspacing="0" cellpadding="5"><tr>{head}</tr>{rows}</table>')
        elif isinstance(block, Image):
            out.append(image(block) if image else
                       f'<p><img src="{escape(block.src)}" alt="{escape(block.alt)}"></p>')
        else:
            out.append("<hr>")
    return "\n".join(out)


def _list_html(block: ListBlock, link: LinkFilter | None) -> str:
    tag = "ol" if block.ordered else "ul"
    start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
    items = []
    for item in block.items:
        box = "☐ " if item.checkbox else ""
        nested = "".join(_list_html(c, link) for c in item.children)
        items.append(f"<li>{box}{spans_to_html(item.spans, link)}{nested}</li>")
    return f"<{tag}{start}>{''.join(items)}</{tag}>"

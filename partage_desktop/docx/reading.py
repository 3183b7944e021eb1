"""Reads a Word file that comes from outside (a lawyer's corrections) without trusting it.

Refused whole, each with its reason: a file that is not a .docx (not a zip, no Word document inside,
a template or a macro-enabled file), anything carrying macros, a file over ``MAX_FILE`` bytes, a zip
whose members are too many or expand too much (a member is never read past the size it declared),
a body of more than ``MAX_BLOCKS`` paragraphs, and XML with a document type declaration (entities
are never resolved and nothing is fetched: the parser is configured so, and a DOCTYPE is refused
before that). python-docx is not used here: the few parts needed are read with a hardened parser.

Tracked changes are taken as accepted: insertions kept, deletions dropped (a deleted paragraph mark
joins the paragraph with the next). Comments are ignored, and counted.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from partage_desktop.platform.errors import Message

MAX_FILE = 20 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_TOTAL = 200 * 1024 * 1024  # all members, uncompressed
MAX_PART = 60 * 1024 * 1024  # one XML part, uncompressed
MAX_BLOCKS = 5000  # paragraphs and tables: an agreement has a few hundred
MAX_RATIO = 100  # uncompressed / compressed, for a member over RATIO_FROM
RATIO_FROM = 1024 * 1024
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CP = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
DC = "http://purl.org/dc/elements/1.1/"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class WordFileRefused(Exception):
    """The file is refused whole; ``reason`` is a message code of the words catalogue (and its
    parameters) saying why."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class ReadParagraph:
    text: str
    heading: bool = False


@dataclass(frozen=True)
class ReadTable:
    rows: tuple[tuple[str, ...], ...]


@dataclass
class WordFile:
    blocks: list[ReadParagraph | ReadTable] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # custom properties, by name
    identifier: str = ""  # the core properties' dc:identifier
    margins: list[str] = field(default_factory=list)  # header and footer texts
    insertions: int = 0  # tracked changes taken as accepted
    deletions: int = 0
    comments: int = 0


def _parser() -> Any:
    from lxml import etree  # deferred: lxml only when a Word file is read

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def _parse(raw: bytes) -> Any:
    from lxml import etree  # deferred: lxml only when a Word file is read

    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise WordFileRefused(Message.of("docx_entities"))
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        raise WordFileRefused(Message.of("docx_damaged")) from exc
    if root.getroottree().docinfo.doctype:  # another encoding hid it from the check above
        raise WordFileRefused(Message.of("docx_entities"))
    return root


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WordFileRefused(Message.of("docx_bomb"))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART and info.filename.lower().endswith((".xml", ".rels")):
            raise WordFileRefused(Message.of("docx_bomb"))
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise WordFileRefused(Message.of("docx_bomb"))
        lowered = info.filename.lower()
        if lowered.endswith(("vbaproject.bin", "vbadata.xml")) or "/activex/" in lowered:
            raise WordFileRefused(Message.of("docx_macros"))
    if total > MAX_TOTAL:
        raise WordFileRefused(Message.of("docx_bomb"))


def _member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A member's bytes, never more than it declared (sizes the archive check accepted)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART:
        raise WordFileRefused(Message.of("docx_bomb"))
    try:
        with archive.open(info) as stream:
            raw = stream.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError, EOFError) as exc:
        raise WordFileRefused(Message.of("docx_damaged")) from exc
    if len(raw) > info.file_size:  # more than it declared: the checked sizes cannot be trusted
        raise WordFileRefused(Message.of("docx_bomb"))
    return raw


def read_word_file(data: bytes, filename: str) -> WordFile:
    """Read what a lawyer's .docx says. Raises WordFileRefused."""
    if filename.lower().endswith((".docm", ".dotm")):
        raise WordFileRefused(Message.of("docx_macros"))
    if len(data) > MAX_FILE:
        raise WordFileRefused(Message.of("docx_too_big", most=MAX_FILE // (1024 * 1024)))
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an old .doc or a password-protected file
        raise WordFileRefused(Message.of("docx_old_or_locked"))
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise WordFileRefused(Message.of("docx_not_word")) from exc
    with archive:
        _check_archive(archive, filename)
        types = _member(archive, "[Content_Types].xml")
        if types is None:
            raise WordFileRefused(Message.of("docx_not_word"))
        types_root = _parse(types)
        declared = {str(e.get("ContentType") or "") for e in types_root}
        if any("macroEnabled" in d or "vbaProject" in d for d in declared):
            raise WordFileRefused(Message.of("docx_macros"))
        if MAIN_TYPE not in declared:
            raise WordFileRefused(Message.of("docx_not_word"))
        document = _member(archive, "word/document.xml")
        if document is None:
            raise WordFileRefused(Message.of("docx_not_word"))
        out = WordFile()
        body = _parse(document).find(_w("body"))
        if body is None:
            raise WordFileRefused(Message.of("docx_no_text"))
        out.insertions, out.deletions = _accept_tracked_changes(body)
        out.comments = sum(1 for _ in body.iter(_w("commentReference")))
        _blocks(body, out.blocks)
        if len(out.blocks) > MAX_BLOCKS:
            raise WordFileRefused(Message.of("docx_too_long", most=MAX_BLOCKS))
        for name in archive.namelist():
            if name.startswith("word/") and name.rsplit("/", 1)[-1].startswith(("header", "footer")) \
                    and name.endswith(".xml"):
                raw = _member(archive, name)
                if raw is not None:
                    part = _parse(raw)
                    _accept_tracked_changes(part)
                    out.margins.append("\n".join(_text(p) for p in part.iter(_w("p"))))
        custom = _member(archive, "docProps/custom.xml")
        if custom is not None:
            for prop in _parse(custom).iter(f"{{{CP}}}property"):
                value = prop.find(f"{{{VT}}}lpwstr")
                if value is not None and prop.get("name"):
                    out.properties[str(prop.get("name"))] = value.text or ""
        core = _member(archive, "docProps/core.xml")
        if core is not None:
            found = _parse(core).find(f"{{{DC}}}identifier")
            out.identifier = (found.text or "").strip() if found is not None else ""
    return out


def _accept_tracked_changes(root: Any) -> tuple[int, int]:
    """Accept every tracked change in place: insertions stay, deletions go."""
    inserted = deleted = 0
    for tag in ("del", "moveFrom"):
        for element in list(root.iter(_w(tag))):
            parent = element.getparent()
            if parent is None:
                continue
            if parent.tag == _w("rPr"):  # a deleted paragraph mark: handled below
                continue
            deleted += 1
            parent.remove(element)
    for tag in ("ins", "moveTo"):
        for element in list(root.iter(_w(tag))):
            parent = element.getparent()
            if parent is None or parent.tag == _w("rPr"):
                continue
            inserted += 1
            index = parent.index(element)
            for child in list(element):
                parent.insert(index, child)
                index += 1
            parent.remove(element)
    # a paragraph whose mark was deleted joins the one after it
    for paragraph in list(root.iter(_w("p"))):
        mark = paragraph.find(f"{_w('pPr')}/{_w('rPr')}/{_w('del')}")
        if mark is None:
            continue
        deleted += 1
        mark.getparent().remove(mark)
        following = paragraph.getnext()
        if following is not None and following.tag == _w("p"):
            for child in list(following):
                if child.tag != _w("pPr"):
                    paragraph.append(child)
            following.getparent().remove(following)
    return inserted, deleted


def _text(paragraph: Any) -> str:
    parts: list[str] = []
    for element in paragraph.iter(_w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen")):
        if any(a.tag in (f"{{{MC}}}Fallback", _w("txbxContent")) for a in element.iterancestors()):
            continue
        if element.tag == _w("t"):
            parts.append(element.text or "")
        elif element.tag == _w("tab"):
            if element.getparent() is not None and element.getparent().tag == _w("r"):
                parts.append("\t")
        elif element.tag == _w("noBreakHyphen"):
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _heading(paragraph: Any) -> bool:
    properties = paragraph.find(_w("pPr"))
    if properties is None:
        return False
    style = properties.find(_w("pStyle"))
    name = str(style.get(_w("val")) or "") if style is not None else ""
    return name.lower().startswith(("heading", "titre", "title")) or properties.find(_w("outlineLvl")) is not None


def _blocks(container: Any, out: list[ReadParagraph | ReadTable]) -> None:
    for child in container:
        if child.tag == _w("p"):
            out.append(ReadParagraph(_text(child), _heading(child)))
        elif child.tag == _w("tbl"):
            rows = []
            for row in child.iter(_w("tr")):
                if row.getparent() is not child:
                    continue
                rows.append(tuple("\n".join(_text(p) for p in cell.iter(_w("p")))
                                  for cell in row if cell.tag == _w("tc")))
            out.append(ReadTable(tuple(rows)))
        elif child.tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
            _blocks(child, out)

"""Writes the agreement as an editable Word document (python-docx), laid out by ``plan``.

What a lawyer's edits must not lose is plain text: every clause paragraph starts with its printed
number, every page's header carries the reference, version and fingerprint. The document's custom
properties (File > Properties, which Word keeps) also carry them, with the map of printed numbers to
the clauses they stood for when the file was made, so that reading it back does not depend on the
lawyer keeping the numbering.
"""

from __future__ import annotations

import io
import json
from typing import Any
from xml.sax.saxutils import escape

from partage_desktop.core.agreements.document import AgreementDocument
from partage_desktop.docx.plan import (
    CENTER,
    CLAUSE,
    HEADING1,
    HEADING2,
    NOTICE,
    REFLINE,
    SUBTITLE,
    TABLE,
    TITLE,
    Block,
    clause_text,
    header_line,
    plan,
)

FONT = "Calibri"  # Word's own; LibreOffice substitutes the metric-compatible Carlito
LANG_TAGS = {"fr": "fr-CA", "en": "en-CA"}
PROPERTY_PREFIX = "Partage"
MAP_CHUNK = 240  # Word shortens a text property past 255 characters: the map is cut in pieces
CLAUSE_INDENT_CM = 1.2


def custom_properties(doc: AgreementDocument, clause_map: dict[str, str], template: str) -> dict[str, str]:
    """The properties that say which agreement a file is and which clause each number stood for."""
    props = {"Reference": doc.reference, "Version": str(doc.version), "Fingerprint": doc.fingerprint,
             "Lang": doc.lang, "Template": template}
    text = json.dumps(clause_map, ensure_ascii=True, separators=(",", ":"))
    for i in range(0, max(len(text), 1), MAP_CHUNK):
        props[f"Map{i // MAP_CHUNK + 1:03d}"] = text[i : i + MAP_CHUNK]
    return {PROPERTY_PREFIX + k: v for k, v in props.items()}


def _custom_xml(props: dict[str, str]) -> bytes:
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.items(), start=2))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{items}</Properties>").encode()


def write_docx(doc: AgreementDocument, clause_map: dict[str, str], template: str, author: str = "") -> bytes:
    """The .docx file's bytes. ``clause_map``: printed number → what it stands for (a clause id,
    or ``+N`` for the user's N-th added clause)."""
    import docx  # deferred: python-docx only when a Word file is made
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # deferred: as above
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE  # deferred: as above
    from docx.opc.packuri import PackURI  # deferred: as above
    from docx.opc.part import Part  # deferred: as above
    from docx.shared import Cm, Pt, RGBColor  # deferred: as above

    word = docx.Document()
    _styles(word, doc.lang, Pt, RGBColor)
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # Letter, as the PDF
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    _header_footer(word, doc, WD_ALIGN_PARAGRAPH, Pt)

    for block in plan(doc):
        _block(word, doc, block, WD_ALIGN_PARAGRAPH, Cm, Pt, RGBColor)

    props = word.core_properties
    props.title = doc.title
    props.subject = doc.subtitle
    props.identifier = doc.reference
    props.language = LANG_TAGS.get(doc.lang, doc.lang)
    props.keywords = ", ".join(doc.keywords)
    props.author = author
    props.last_modified_by = author
    props.comments = header_line(doc)
    props.revision = 1
    package = word.part.package
    part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES,
                _custom_xml(custom_properties(doc, clause_map, template)), package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _styles(word: Any, lang: str, Pt: Any, RGBColor: Any) -> None:  # noqa: N803 - python-docx classes
    from docx.oxml import OxmlElement  # deferred: python-docx only when a Word file is made
    from docx.oxml.ns import qn  # deferred: as above

    for name, size in (("Normal", 10.5), ("Title", 20), ("Heading 1", 13), ("Heading 2", 11.5)):
        style = word.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        if name != "Normal":
            style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    normal = word.styles["Normal"]
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), LANG_TAGS.get(lang, lang))
    normal.element.get_or_add_rPr().append(language)
    normal.paragraph_format.space_after = Pt(5)


def _field(paragraph: Any, instruction: str) -> None:
    """A field Word computes as it lays out the pages (PAGE, NUMPAGES); "1" until then."""
    from docx.oxml import OxmlElement  # deferred: python-docx only when a Word file is made
    from docx.oxml.ns import qn  # deferred: as above

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    paragraph.add_run()._r.append(text)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _header_footer(word: Any, doc: AgreementDocument, align: Any, Pt: Any) -> None:  # noqa: N803
    section = word.sections[0]
    head = section.header.paragraphs[0]
    head.text = header_line(doc)
    head.alignment = align.RIGHT
    for run in head.runs:
        run.font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    foot.alignment = align.CENTER
    before, _, rest = doc.labels.page_of.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    foot.add_run(f"{doc.title} \u2014 {doc.reference} v{doc.version} \u2014 {before}")
    _field(foot, "PAGE")
    foot.add_run(middle)
    _field(foot, "NUMPAGES")
    foot.add_run(after)
    for run in foot.runs:
        run.font.size = Pt(8)


def _lines(paragraph: Any, lines: list[str], bold: bool = False) -> None:
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold or None
        if n < len(lines) - 1:
            run.add_break()


def _block(word: Any, doc: AgreementDocument, block: Block, align: Any, Cm: Any, Pt: Any,  # noqa: N803
           RGBColor: Any) -> None:
    kind = block.kind
    if kind == TITLE:
        word.add_heading(block.text, level=0)
    elif kind in (HEADING1, HEADING2):
        paragraph = word.add_heading(block.text, level=1 if kind == HEADING1 else 2)
        paragraph.paragraph_format.keep_with_next = True
    elif kind in (SUBTITLE, REFLINE):
        paragraph = word.add_paragraph()
        run = paragraph.add_run(block.text)
        run.italic = kind == SUBTITLE
        run.font.size = Pt(9 if kind == REFLINE else 10.5)
    elif kind == CENTER:
        paragraph = word.add_paragraph()
        paragraph.alignment = align.CENTER
        paragraph.add_run(block.text).bold = True
    elif kind == CLAUSE:
        paragraph = word.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent = Cm(CLAUSE_INDENT_CM)
        fmt.first_line_indent = Cm(-CLAUSE_INDENT_CM)
        fmt.tab_stops.add_tab_stop(Cm(CLAUSE_INDENT_CM))
        paragraph.add_run(f"{block.number}\t").bold = True
        _lines(paragraph, clause_text(block.text))
        if block.edited:
            mark = paragraph.add_run(" " + doc.labels.edited_mark)
            mark.italic = True
            mark.font.size = Pt(8)
            mark.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    elif kind == TABLE:
        _table(word, block, Pt)
    else:  # PARA, NOTICE
        paragraph = word.add_paragraph()
        if block.bold_prefix:
            paragraph.add_run(block.bold_prefix).bold = True
        _lines(paragraph, block.text.split("\n"), bold=block.bold)
        if kind == NOTICE:
            paragraph.paragraph_format.left_indent = Cm(0.4)
            for run in paragraph.runs:
                run.font.size = Pt(9)


def _table(word: Any, block: Block, Pt: Any) -> None:  # noqa: N803
    from docx.oxml import OxmlElement  # deferred: python-docx only when a Word file is made
    from docx.oxml.ns import qn  # deferred: as above

    columns = max(len(r) for r in block.rows)
    table = word.add_table(rows=len(block.rows), cols=columns)
    if block.borders:
        table.style = word.styles["Table Grid"]
    for r, row in enumerate(block.rows):
        strong = r < block.header_rows or (block.total_row and r == len(block.rows) - 1)
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            _lines(paragraph, str(value).split("\n"), bold=strong or (not block.borders and r == 0))
            paragraph.paragraph_format.space_after = Pt(1)
            if not block.borders:  # a signature block stays on one page
                paragraph.paragraph_format.keep_with_next = r < len(block.rows) - 1
        properties = table.rows[r]._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if r < block.header_rows:
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            properties.append(mark)
    if not block.borders and columns > 1:  # the party's name across the whole block
        merged = table.cell(0, 0).merge(table.cell(0, columns - 1))
        for extra in merged.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
    word.add_paragraph()

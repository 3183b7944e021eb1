"""PDF/A-3b for agreements and amendments drawn with layout ``ARCHIVAL`` (pdf/agreement/layouts.py).

ReportLab cannot write PDF/A, so its output goes through one pikepdf pass (``to_pdfa``):

- the empty ``/Trans`` (page transition) dictionaries ReportLab writes on every page are removed;
- the document information (title, author, creator, producer, dates) is set, and pikepdf's
  PDF/A preparation writes the XMP packet from it, declares PDF/A-3 level B and adds an sRGB
  output intent; the XMP dates, ``pdf:Producer`` and ``dc:language`` are then set again so that
  nothing depends on the clock (pikepdf would record the time of the conversion);
- the embedded data file (the canonical answers, or an amendment's record) is listed in the
  catalog's ``/AF`` with ``/AFRelationship /Source``, a MIME type (``application/json``) and
  ``/Params`` (size, modification date);
- the file is written with a deterministic identifier: the same input bytes, title, author,
  language and date always give the same output bytes, which re-rendering a stored version
  relies on.

The fonts are already embedded by the drawing code (TrueType DejaVu everywhere, also as the
canvas's initial font, so no Helvetica is ever referenced); this pass does not embed anything.

``prepare``, when given, is called with the open ``pikepdf.Pdf`` before the PDF/A preparation:
it is where later additions that must be part of the archival file (empty signature fields) go.
PDF/A requires every widget annotation to carry a normal appearance stream (``/AP /N``, even an
empty one) and the print flag (``/F 4``); pikepdf's preparation removes hidden annotations and
sets the print flag, but an appearance stream must be supplied by the hook itself. Anything the
hook adds must leave the pages looking the same (pdf/page_digest.py ignores only empty signature
widgets), or ``agreement verify`` will report the copies as altered.
Note for the tests of such a hook: pikepdf's validator approves only what it knows, and it does
not know interactive forms yet: a file with ``/AcroForm`` or a widget annotation gets
``unsupported`` findings (not violations), so validate the file before the fields are added, or
accept exactly those findings.

The result is not validated here (that costs a second parse, about 0.1 s for ten pages): the
tests validate every template in both languages with ``pikepdf.pdfa.validate_written``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime

import pikepdf
from pikepdf import Array, Dictionary, Name, String, pdfa

from partage_desktop import __version__

FLAVOUR = "3b"
PRODUCER = f"Partage {__version__}"


def pdf_date(when: datetime) -> str:
    """``D:YYYYMMDDHHmmSS+00'00'`` in UTC (a naive datetime is taken as UTC, as the store keeps them)."""
    return "D:" + _utc(when).strftime("%Y%m%d%H%M%S") + "+00'00'"


def xmp_date(when: datetime) -> str:
    return _utc(when).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _utc(when: datetime) -> datetime:
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.replace(microsecond=0)


def to_pdfa(pdf_bytes: bytes, *, title: str, author: str, lang: str, exported_at: datetime,
            attachment_name: str | None, prepare: Callable[[pikepdf.Pdf], None] | None = None,
            producer: str = PRODUCER) -> bytes:
    """ReportLab's ``pdf_bytes`` as PDF/A-3b (see the module's docstring). ``lang`` is ``fr`` or
    ``en`` (written ``fr-CA`` / ``en-CA``); ``attachment_name`` the embedded file to declare as the
    document's source data (None: none); ``producer``: "Partage" and the release that wrote it
    (creator and producer alike)."""
    language = "fr-CA" if lang == "fr" else "en-CA"
    stamp = pdf_date(exported_at)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            if Name.Trans in page.obj:
                del page.obj[Name.Trans]
        pdf.Root.Lang = String(language)
        info = pdf.docinfo
        info.Title = String(title)
        info.Author = String(author)
        info.Creator = String(producer)
        info.Producer = String(producer)
        info.CreationDate = String(stamp)
        info.ModDate = String(stamp)
        if attachment_name:
            _declare_source(pdf, attachment_name, stamp)
        if prepare is not None:
            prepare(pdf)
        pdfa.prepare(pdf, FLAVOUR, output_intent="sRGB")
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["xmp:MetadataDate"] = xmp_date(exported_at)
            meta["pdf:Producer"] = producer
            meta["dc:language"] = [language]
        pdf.docinfo.Producer = String(producer)
        out = io.BytesIO()
        pdf.save(out, **pdfa.resolve_save_kwargs(FLAVOUR, deterministic_id=True))
    return out.getvalue()


def _declare_source(pdf: pikepdf.Pdf, name: str, stamp: str) -> None:
    """The embedded file ``name`` is the source data of the document (PDF/A-3 associated file)."""
    tree = pdf.Root.get(Name.Names, Dictionary()).get(Name.EmbeddedFiles, Dictionary())
    entries = tree.get(Name.Names, Array())
    specs = [entries[i + 1] for i in range(0, len(entries) - 1, 2) if str(entries[i]) == name]
    if not specs:
        return
    spec = specs[0]
    spec.AFRelationship = Name.Source
    stream = spec.EF.F
    stream.Subtype = Name("/application/json")
    stream.Params = Dictionary(Size=len(stream.read_bytes()), ModDate=String(stamp))
    pdf.Root.AF = Array([spec])

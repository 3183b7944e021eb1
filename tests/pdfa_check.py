"""PDF/A-3b check of an agreement, signature fields included.

pikepdf's validator does not judge interactive forms: a file with an /AcroForm gets an
"unsupported" finding, and its embedded files are then left unchecked too. So the check is made in
two parts: the signature fields are checked here against what PDF/A asks of them (a widget with
an appearance stream and the print flag, no hidden or no-view flag, no action, no XFA, no
NeedAppearances), then removed from a copy, and that copy — everything else, byte for byte as
written by the export — goes through ``pikepdf.pdfa.validate_written``."""

from __future__ import annotations

import io

import pikepdf
from pikepdf import pdfa

_PRINT, _HIDDEN, _INVISIBLE, _NOVIEW = 4, 2, 1, 32


def pdfa_findings(data: bytes) -> list[str]:
    """Every problem found (empty: the file is PDF/A-3b, its signature fields as PDF/A wants them)."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        form = pdf.Root.get("/AcroForm")
        if form is not None:
            if form.get("/NeedAppearances") is True:
                problems.append("AcroForm asks the viewer to draw appearances (NeedAppearances)")
            if "/XFA" in form:
                problems.append("AcroForm carries XFA")
            for field in form.get("/Fields", []):
                name = str(field.get("/T", "?"))
                if field.get("/FT") != "/Sig":
                    problems.append(f"{name}: not a signature field")
                flags = int(field.get("/F", 0))
                if not flags & _PRINT or flags & (_HIDDEN | _INVISIBLE | _NOVIEW):
                    problems.append(f"{name}: widget flags {flags} (must print and show)")
                appearance = field.get("/AP")
                if appearance is None or not isinstance(appearance.get("/N"), pikepdf.Stream):
                    problems.append(f"{name}: no normal appearance stream")
                elif set(appearance.keys()) != {"/N"}:
                    problems.append(f"{name}: appearance other than the normal one")  # PDF/A: only /N
                if "/A" in field or "/AA" in field:
                    problems.append(f"{name}: carries an action")
            widgets = {f.objgen for f in form.get("/Fields", [])}
            for page in pdf.pages:
                if "/Annots" in page.obj:
                    kept = [a for a in page.obj.Annots if a.objgen not in widgets]
                    page.obj.Annots = pikepdf.Array(kept)
                    if not kept:
                        del page.obj["/Annots"]
            del pdf.Root["/AcroForm"]
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True)
            data = out.getvalue()
    report = pdfa.validate_written(io.BytesIO(data), "3b")
    problems += [f"{f.rule} {f.where}: {f.message}" for f in report.findings]
    if not report.passed and not report.findings:
        problems.append("not PDF/A-3b")
    return problems

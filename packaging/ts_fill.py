"""Fill French translations into the .ts: ``python packaging/ts_fill.py FILE.json|OTHER.ts ...``.

A JSON table maps "Context|source" to the French text (or to a list of two forms, singular and
plural, for messages with %n); another .ts file (for instance the other side of a merge) gives
its finished translations. Only messages still unfinished are touched. Then run
``python packaging/translations.py`` to compile the .qm.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "partage_fr.ts"


def fill(table: dict[str, str | list[str]], ts: Path = TS) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and (translation.text or "").strip() or \
                    translation.find("numerusform") is not None and translation.get("type") != "unfinished":
                continue
            key = f"{name}|{message.findtext('source')}"
            if key not in table:
                missing.append(key)
                continue
            value = table[key]
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in value if isinstance(value, list) else [value, value]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text("utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                         '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.write_text(text, "utf-8")
    return missing


def table_from_ts(path: Path) -> dict[str, str | list[str]]:
    table: dict[str, str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            value: str | list[str] = forms if forms else (translation.text or "")
            if value:
                table[f"{name}|{message.findtext('source')}"] = value
    return table


if __name__ == "__main__":
    merged: dict[str, str | list[str]] = {}
    for source in sys.argv[1:]:
        path = Path(source)
        merged.update(table_from_ts(path) if path.suffix == ".ts" else json.loads(path.read_text("utf-8")))
    left = fill(merged)
    print("\n".join(f"missing: {k}" for k in left) or "all filled")

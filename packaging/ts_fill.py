"""Fill French translations into the .ts from a small JSON table: ``python packaging/ts_fill.py FILE``.

The table maps "Context|source" to the French text (or to a list of two forms, singular and
plural, for messages with %n). Only messages still unfinished are touched. Then run
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


if __name__ == "__main__":
    left = fill(json.loads(Path(sys.argv[1]).read_text("utf-8")))
    print("\n".join(f"missing: {k}" for k in left) or "all filled")

"""Board resolution extracts: one page per party, naming its representative and the exact version."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.resolutions import board_resolutions, write_resolutions
from partage_desktop.services.data.database import prepare


def test_one_page_per_party_in_both_languages(data_dir, example_answers, tmp_path):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    answers = example_answers("locaux-partages")
    answers["parties"][1]["name"] = "Maison <des> jeunes & cie"
    ref = drafts.create_draft(data, answers, today=date(2026, 11, 23))
    exported = av.export_version(data, ref, "fr")
    items = board_resolutions(data, ref, 1, "fr")
    assert len(items) == len(answers["parties"])
    for i, item in enumerate(items):
        reader = PdfReader(io.BytesIO(item.pdf))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        party = answers["parties"][i]
        assert party["name"] in text and party["representative"] in text
        assert exported.fingerprint in text and ref in text
        assert "Copie certifiée conforme" in text and "RÉSOLU" in text and "\u25a1 à l'unanimité" in text
        fonts = {f for page in reader.pages for f in page["/Resources"]["/Font"].values()}
        assert all("/FontFile2" in f.get_object()["/FontDescriptor"] for f in
                   (x.get_object()["/DescendantFonts"][0].get_object() if "/DescendantFonts" in x.get_object() else x.get_object() for x in fonts))
    assert items[1].file_name == f"{ref}-resolution-2-maison-des-jeunes-cie.pdf"
    assert board_resolutions(data, ref, 1, "fr")[0].pdf == items[0].pdf  # reproducible
    paths = write_resolutions(items, tmp_path, "fr")
    assert [p.read_bytes() for p in paths] == [i.pdf for i in items]

    answers["lang"] = "en"
    ref_en = drafts.create_draft(data, answers, today=date(2026, 11, 23))
    av.export_version(data, ref_en, "en")
    english = PdfReader(io.BytesIO(board_resolutions(data, ref_en, 1, "en")[0].pdf)).pages[0].extract_text()
    assert "RESOLVED" in english and "Certified true copy" in english

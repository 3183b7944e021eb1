"""Hostile or odd answers give either a correct PDF or field-level messages, never a crash."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partage_desktop.platform.errors import UserInputError
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import export_answers
from partage_desktop.words import error_lines

TEMPLATES = sorted(catalogue().templates)
EXAMPLES = {t: json.loads((templates_dir() / "examples" / f"{t}.json").read_text("utf-8")) for t in TEMPLATES}

odd_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from([
        "Dupont <Jean> & Fils", "<font size=40>gros</font>", "<img src='/etc/passwd'/>", "<b>",
        "Tom&Jerry", "&amp;&lt;", "שלום עליכם", "مرحبا بالعالم", "Coop 🚚🍎 solidaire", "", "   ",
        "\u202e inversé", "a" * 10000, ("mot " * 2500), "ligne\nsuivante\n- puce", "{start_date}",
        "%s %(x)s {0}", "\x00\x01", "é" * 301,
    ]),
)
odd_value = st.one_of(odd_text, st.integers(-10, 10**12), st.booleans(), st.none(),
                      st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
                      st.sampled_from(["2027-02-30", "2027-13-01", "1999-01-01", "2099-12-31", "12.345", "-5",
                                       "1e9", "NaN", "100.01", "33,33"]))


printable_odd = st.sampled_from([
    "Dupont <Jean> & Fils", "<font size=40>gros</font>", "<img src='/etc/passwd'/>", "<b>", "Tom&Jerry",
    "&amp;&lt;", "שלום עליכם", "مرحبا بالعالم", "Coop 🚚🍎 solidaire", "\u202e inversé", "{start_date}",
    "%s %(x)s {0}", "ligne\nsuivante\n- puce", "L'Œuvre « Éléphant » d'Ève", "x" * 280, ("mot " * 70).strip(),
]) | st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).filter(str.strip)


def text_fields(template_id: str) -> list[str]:
    spec = catalogue().get(template_id)
    return [f.id for f in spec.fields if f.type in ("text", "longtext")] if spec else []


@st.composite
def hostile_answers(draw):
    """Half of the cases keep a valid shape with odd text (they must print); half break it."""
    template_id = draw(st.sampled_from(TEMPLATES))
    raw = copy.deepcopy(EXAMPLES[template_id])
    if draw(st.booleans()):
        raw["lang"] = draw(st.sampled_from(["fr", "en"]))
        spec = catalogue().get(template_id)
        count = draw(st.integers(spec.min_parties, spec.max_parties))
        base = raw["parties"]
        raw["parties"] = [dict(base[i % len(base)]) for i in range(count)]
        for i, party in enumerate(raw["parties"]):
            party["name"] = draw(printable_odd)[:150] + f" {i}"
            party["representative"] = draw(printable_odd)[:140]
        split = raw["fields"].get("cost_split")
        if isinstance(split, dict) and split.get("method") != "equal":
            raw["fields"]["cost_split"] = {"method": "equal", "total": "999.99"}
        for key in draw(st.lists(st.sampled_from(text_fields(template_id) or ["x"]), max_size=4)):
            if key in raw["fields"] or key in text_fields(template_id):
                raw["fields"][key] = draw(printable_odd)
        if draw(st.booleans()):
            raw["clauses"] = {"added": [{"title": draw(printable_odd)[:150], "text": "a" * 9000 + " fin",
                                         "after": "duree"}],
                              "reworded": {"duree.periode": draw(printable_odd)}}
        return raw
    raw["template"] = draw(st.sampled_from(TEMPLATES + ["inexistant", 12, None]))
    raw["lang"] = draw(st.sampled_from(["fr", "en", "de", None]))
    count = draw(st.integers(0, 14))
    base = raw["parties"]
    raw["parties"] = [dict(base[i % len(base)], name=f"{base[i % len(base)]['name']} {i}") for i in range(count)]
    for _ in range(draw(st.integers(0, 4))):
        if raw["parties"]:
            party = draw(st.sampled_from(raw["parties"]))
            key = draw(st.sampled_from(["name", "address", "representative", "representative_title",
                                        "neq", "email", "phone", "inconnu"]))
            party[key] = draw(odd_value)
    fields = raw["fields"]
    for _ in range(draw(st.integers(0, 5))):
        key = draw(st.sampled_from(sorted(fields) + ["champ_inconnu"]))
        if draw(st.booleans()):
            fields.pop(key, None)
        else:
            fields[key] = draw(odd_value)
    if draw(st.booleans()):
        raw["clauses"] = {"added": [{"title": draw(odd_text), "text": draw(odd_text),
                                     "after": draw(st.sampled_from(["", "duree", "inconnu.x"]))}],
                          "reworded": {draw(st.sampled_from(["duree.periode", "x.y"])): draw(odd_text)}}
    if draw(st.booleans()):
        raw["meta"] = {"reference": draw(odd_value), "version": draw(odd_value)}
    return raw


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(raw=hostile_answers(), lang=st.sampled_from(["fr", "en"]))
def test_hostile_answers_give_a_pdf_or_messages(tmp_path, raw, lang):
    out = tmp_path / "entente.pdf"
    out.unlink(missing_ok=True)
    try:
        result = export_answers(raw, out, lang)
    except UserInputError as exc:
        assert exc.problems, "a refusal lists its problems"
        assert all(line.strip() for line in error_lines(exc, lang))
        assert not out.exists(), "nothing is written when the answers are refused"
        return
    assert out.is_file() and out.read_bytes().startswith(b"%PDF-")
    assert result.pages >= 1
    assert list(tmp_path.glob(".*.tmp")) == []

"""The validation messages read as sentences in each language: capital first letter, dates and
numbers written as the PDF writes them, the field's own label, real plurals; the wizard shows them
next to the fields and the command line prints the same words."""

from __future__ import annotations

import json

import pytest

from partage_desktop.cli.main import main
from partage_desktop.core.agreements.messages import message
from partage_desktop.core.agreements.validation import validate
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.words import tn

NBSP = "\u00a0"


def _problem_keys() -> list[str]:
    """The engine's problems, as the words catalogue holds them (``problem_<key>``)."""
    from babel.messages.pofile import read_po

    from partage_desktop.platform.resources import resource_path

    with resource_path("i18n", "messages", "fr", "LC_MESSAGES", "partage.po").open("rb") as po:
        ids = [m.id if isinstance(m.id, str) else m.id[0] for m in read_po(po) if m.id]
    return [code.removeprefix("problem_") for code in ids if code.startswith("problem_")]


MESSAGES = _problem_keys()


def problems(raw, lang):
    return {p.path: p for p in validate(catalogue(), raw, lang=lang).errors}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_message_starts_with_a_capital_letter(lang):
    values = dict(length=3, max=2, value="x", other="y", other_value="z", min=2, choices="a", count=3,
                  parties=2, sum=90, chars="☃")
    for key in MESSAGES:
        text = message(key, lang, **values)
        assert not text[0].islower(), (key, text)


def test_dates_in_the_order_message_are_written_like_the_pdf(example_answers):
    raw = example_answers("pret-materiel")
    raw["fields"]["start_date"], raw["fields"]["end_date"] = "2027-01-01", "2026-01-01"
    fr = problems(raw, "fr")["fields.end_date"].message
    assert fr == (f"Cette date (1er janvier 2026) ne peut pas précéder «{NBSP}Date de début{NBSP}» "
                  "(1er janvier 2027).")
    en = problems(raw, "en")["fields.end_date"].message
    assert en == "This date (January 1, 2026) cannot be earlier than “Start date” (January 1, 2027)."
    assert "2026-01-01" not in fr + en


def test_the_money_example_uses_each_languages_decimal_mark():
    fr = message("bad_money", "fr", value="douze")
    assert f"1{NBSP}234,50" in fr and "1234.50" not in fr
    assert "1234.50" in message("bad_money", "en", value="twelve")
    assert "33,33" in message("bad_percent", "fr", value="x")


def test_limits_and_sums_are_written_in_the_users_language(example_answers):
    raw = example_answers("coentreprise")
    raw["fields"]["spending_limit"] = "2000000"
    fr = problems(raw, "fr")["fields.spending_limit"].message
    assert fr == f"La valeur ne peut pas dépasser 1{NBSP}000{NBSP}000."
    en = problems(raw, "en")["fields.spending_limit"].message
    assert en == "The value cannot exceed 1,000,000."


def test_a_partys_name_is_called_by_the_label_the_wizard_shows(example_answers):
    raw = example_answers("pret-materiel")
    raw["parties"][1]["name"] = ""
    assert str(problems(raw, "fr")["parties[1].name"]) == f"Partie 2 — Nom légal{NBSP}: Ce champ est obligatoire."
    assert str(problems(raw, "en")["parties[1].name"]) == "Party 2 — Legal name: This field is required."


def test_the_neq_message_reads_as_a_sentence(example_answers):
    raw = example_answers("pret-materiel")
    raw["parties"][0]["neq"] = "123"
    assert problems(raw, "fr")["parties[0].neq"].message.startswith("Le NEQ compte 10 chiffres")


def test_plurals_are_resolved_in_both_languages():
    assert message("too_few_items", "fr", min=1) == "Au moins 1 ligne est requise."
    assert message("too_few_items", "fr", min=2) == "Au moins 2 lignes sont requises."
    assert message("too_few_items", "en", min=1) == "At least 1 row is required."
    assert message("too_few_items", "en", min=3) == "At least 3 rows are required."
    assert "(1 fournie)" in message("too_few_parties", "fr", min=2, count=1)
    assert "(0 fournie)" in message("too_few_parties", "fr", min=2, count=0)
    assert "(1 share for" in message("split_count", "en", count=1, parties=2)
    assert "(0 shares for" in message("split_count", "en", count=0, parties=2)
    assert tn("problems_header", 1, "en").startswith("The answers file has one problem;")
    assert tn("problems_header", 7, "en").startswith("The answers file has 7 problems;")
    assert tn("problems_header", 1, "fr").startswith("Le fichier de réponses contient un problème")
    assert tn("problems_header", 2, "fr").startswith("Le fichier de réponses contient 2 problèmes")
    for key in MESSAGES:
        for lang in ("fr", "en"):
            values = dict(length=3, max=2, value="x", other="y", other_value="z", min=2, choices="a", count=3,
                          parties=2, sum=90, chars="☃")
            assert "(s)" not in message(key, lang, **values), key


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_command_line_prints_the_same_words(tmp_path, capsys, example_answers, lang):
    raw = example_answers("pret-materiel")
    raw["fields"]["start_date"], raw["fields"]["end_date"] = "2027-01-01", "2026-01-01"
    raw["parties"][1]["name"] = ""
    source = tmp_path / "reponses.json"
    source.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    code = main(["agreement", "export", "--answers", str(source), "--out", str(tmp_path / "x.pdf"),
                 "--lang", lang])
    err = capsys.readouterr().err
    assert code == 2
    for problem in validate(catalogue(), raw, lang=lang).errors:
        assert str(problem) in err
    assert ("2 problèmes" if lang == "fr" else "2 problems") in err
    assert "(s)" not in err and "2026-01-01" not in err

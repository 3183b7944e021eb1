"""The bilingual content files beside the guides (self-assessment tools, journal content): every file
loads in both languages, and a broken file is refused on loading with a message naming the place."""

from __future__ import annotations

import pytest

from partage_desktop.core.content import ContentError
from partage_desktop.core.guides.continuum import load_continuum
from partage_desktop.core.guides.selfassess import load_readiness
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.content import load_journal_content
from partage_desktop.platform.resources import resource_path
from partage_desktop.services.guides.library import library
from partage_desktop.services.journal.report import next_steps_of

TOOLS = resource_path("guides", "tools")


def test_every_tool_file_is_loaded():
    assert sorted(p.name for p in TOOLS.glob("*.toml")) == ["continuum.toml", "readiness.toml"]


def test_continuum_file_has_both_languages_everywhere():
    tool = load_continuum(TOOLS / "continuum.toml")
    assert [q.id for q in tool.questions] == ["what", "duration", "money", "purchase", "people", "data",
                                              "decisions", "risk", "partners", "identity"]
    for question in (*tool.questions, tool.resource_question):
        for text in (question.text, *(o.label for o in question.options)):
            assert set(text) == {"fr", "en"} and text["fr"].strip() and text["en"].strip()
    assert [o.value for o in tool.resource_question.options] == list(range(6))
    assert all([o.value for o in q.options] == [0, 1, 2, 3] for q in tool.questions)
    for words in (tool.stage_labels, tool.form_labels, tool.form_texts, tool.reasons):
        assert all(set(text) == {"fr", "en"} for text in words.values())
    # French typography is added on loading: the editor types ordinary spaces
    assert tool.resource_question.text["fr"] == "Surtout, quel genre de ressource\u202f?"


def test_readiness_file_has_both_languages_and_its_guides_exist():
    tool = load_readiness(TOOLS / "readiness.toml")
    assert list(tool.dimensions) == ["motivation", "compatibility", "cost_benefit", "exit"]
    assert len(tool.questions) == 18 and len(tool.scale) == 4
    for lang in ("fr", "en"):
        articles = library(lang).articles
        for question in tool.questions:
            assert question.text[lang].strip() and question.guide in articles, question.id
            assert [o.label[lang] for o in question.options] == [s[lang] for s in tool.scale]


def _broken(tmp_path, name: str, old: str, new: str):
    text = (TOOLS / name).read_text("utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "message"), [
    ('en = "Mostly, what kind of resource?"', 'de = "Welche Art?"',
     "continuum.toml: resource.text: expected a table with exactly 'fr' and 'en'"),
    ('en = "What will you share?"', 'en = ""', "continuum.toml: questions[0].text.en: expected non-empty text"),
    ('{resource}.", en', '.", en', "continuum.toml: reasons.resource.fr: placeholders must be {resource}"),
    ("(merger): {stage}.", "(merger): {stag}.", "continuum.toml: reasons.position.en: placeholders must be"),
    ('[stages]\npret = ', '[stages]\nloan = ', "continuum.toml: stages: expected exactly ['pret'"),
    ('  { fr = "Pour de bon", en = "For good" },\n', "", "continuum.toml: questions[1]: expected 4 options"),
    ('id = "duration"', 'id = "what"', "continuum.toml: question ids used twice: ['what']"),
    ('id = "risk"', 'id = "risks"', "continuum.toml: the scoring rules need the questions ['risk']"),
    ("[reasons]", "[raisons]", "continuum.toml: missing table 'reasons'"),
    ('text = { fr = "Qu', 'txt = { fr = "Qu', "continuum.toml: questions[0].text: expected a table"),
    ("[[questions]]\nid", "[[questions]]\nid = 1\nname", "continuum.toml: questions[0]: missing 'id'"),
    ('{ fr = "Prêt", en = "Loan" }', '{ fr = "Prêt", en = "Loan" ', "continuum.toml: "),
])
def test_a_broken_continuum_file_is_refused_with_the_place(tmp_path, old, new, message):
    with pytest.raises(ContentError) as raised:
        load_continuum(_broken(tmp_path, "continuum.toml", old, new))
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize(("old", "new", "message"), [
    ('{ fr = "Un peu", en = "A little" },\n', "", "readiness.toml: scale must have 4 answers"),
    ('dimension = "exit"', 'dimension = "exits"', "readiness.toml: questions[15]: unknown dimension 'exits'"),
    ('guide = "defis"', 'guides = "defis"', "readiness.toml: questions[7]: missing 'guide'"),
    ('fr = "Compatibilité", ', "", "readiness.toml: dimensions.compatibility: expected a table with exactly"),
])
def test_a_broken_readiness_file_is_refused_with_the_place(tmp_path, old, new, message):
    with pytest.raises(ContentError) as raised:
        load_readiness(_broken(tmp_path, "readiness.toml", old, new))
    assert str(raised.value).startswith(message)


def test_a_missing_file_is_a_content_error(tmp_path):
    with pytest.raises(ContentError, match="continuum.toml"):
        load_continuum(tmp_path / "continuum.toml")


JOURNAL = resource_path("journal", "content.toml")


def test_journal_file_has_both_languages_and_every_id():
    content = load_journal_content(JOURNAL)
    assert [q.id for q in content.health_questions] == list(vocab.HEALTH_IDS)
    assert all(q.text("fr").strip() and q.text("en").strip() for q in content.health_questions)
    assert sorted(content.prompts) == sorted(vocab.KINDS) and content.prompts["note"] == ()
    assert all(set(line) == {"fr", "en"} for lines in content.prompts.values() for line in lines)
    assert len(content.challenge_tags) == 12
    assert content.prompt_template("meeting", "fr").startswith("Participants\u00a0:\n\nOrdre du jour\u00a0:")
    assert content.prompt_template("decision", "en").endswith("Review date:\n")
    # the report reads the next steps under this prompt
    assert next_steps_of(content.prompt_template("meeting", "fr") + "Appeler la CDC") == ["Appeler la CDC"]
    assert next_steps_of(content.prompt_template("meeting", "en") + "Call the CDC") == ["Call the CDC"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ("trust = {", "confidence = {", "content.toml: checkup: expected exactly ['trust'"),
    ('en = "We trust our partners."', 'en = "We trust {partners}."',
     "content.toml: checkup.trust.en: placeholders must be none"),
    ("note = []", "", "content.toml: prompts: expected exactly"),
    ("note = []", 'note = "Note"', "content.toml: prompts.note: expected a list"),
    ('{ fr = "Pourquoi :", en = "Why:" }', '{ fr = "Pourquoi :" }',
     "content.toml: prompts.decision[1]: expected a table with exactly 'fr' and 'en'"),
    ("tags = [", "tag = [", "content.toml: challenges: missing list 'tags'"),
])
def test_a_broken_journal_file_is_refused_with_the_place(tmp_path, old, new, message):
    text = JOURNAL.read_text("utf-8")
    assert old in text
    path = tmp_path / "content.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(ContentError) as raised:
        load_journal_content(path)
    assert str(raised.value).startswith(message)

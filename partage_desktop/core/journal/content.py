"""The project journal's content, read from ``resources/journal/content.toml`` (path given by the
caller): the partnership health check-up's questions, the prompts a new entry starts with and
the challenges offered as tags on a difficulty. The check-up's ids and its score stay in
``vocabulary``; the words are here so that an editor never opens a ``.py`` file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partage_desktop.core.content import ContentError, T, array, exact_keys, read_toml, table, text
from partage_desktop.core.journal.vocabulary import HEALTH_IDS, KINDS


@dataclass(frozen=True)
class HealthQuestion:
    id: str
    words: T

    def text(self, lang: str) -> str:
        return self.words[lang]


@dataclass(frozen=True)
class JournalContent:
    health_questions: tuple[HealthQuestion, ...]  # in HEALTH_IDS order
    prompts: dict[str, tuple[T, ...]]  # entry kind → prompt lines
    challenge_tags: tuple[T, ...]

    def prompt_template(self, kind: str, lang: str) -> str:
        """The body a new entry of ``kind`` starts with: one line per prompt, answered below it."""
        lines = [line[lang] for line in self.prompts.get(kind, ())]
        return "\n\n".join(lines) + ("\n" if lines else "")


def load_journal_content(path: Path) -> JournalContent:
    """The journal's content from ``path``; raises ContentError naming what is wrong."""
    where = path.name
    raw = read_toml(path)
    checkup = table(raw, "checkup", where)
    exact_keys(checkup, HEALTH_IDS, f"{where}: checkup")
    prompts = table(raw, "prompts", where)
    exact_keys(prompts, KINDS, f"{where}: prompts", ordered=False)
    for kind, lines in prompts.items():
        if not isinstance(lines, list):
            raise ContentError(f"{where}: prompts.{kind}: expected a list (empty for none)")
    return JournalContent(
        tuple(HealthQuestion(qid, text(checkup[qid], f"{where}: checkup.{qid}")) for qid in HEALTH_IDS),
        {kind: tuple(text(line, f"{where}: prompts.{kind}[{i}]") for i, line in enumerate(prompts[kind]))
         for kind in KINDS},
        tuple(text(tag, f"{where}: challenges.tags[{i}]", spacing=False)
              for i, tag in enumerate(array(table(raw, "challenges", where), "tags", f"{where}: challenges"))),
    )

"""Wording of the demo sample: fictional organizations, projects and journal phrases (fr, en),
read once from the content file ``resources/demo/sample.toml`` and checked on loading."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from partage_desktop.core.content import (
    LANGS,
    ContentError,
    T,
    array,
    exact_keys,
    read_toml,
    table,
    text,
    word,
)
from partage_desktop.core.folding import fold
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform.resources import resource_path

TAG_GROUPS = ("difficulty", "other")


@dataclass(frozen=True)
class DemoOrganization:
    name: str
    neq: str
    representative: str
    title: T
    address: str
    email: str
    phone: str


@dataclass(frozen=True)
class DemoProject:
    name: T
    purpose: T
    resource: str  # vocab.RESOURCE_KINDS
    continuum: str  # vocab.CONTINUUM
    stage: str  # vocab.STAGES
    age_days: int
    partners: tuple[int, ...]  # indexes in the sample's organizations
    agreements: tuple[str, ...]  # template ids


@dataclass(frozen=True)
class DemoSample:
    organizations: tuple[DemoOrganization, ...]
    projects: tuple[DemoProject, ...]
    authors: tuple[str, ...]
    titles: dict[str, dict[str, list[str]]]  # lang → entry kind → titles
    sentences: dict[str, list[str]]  # lang → sentences
    tags: dict[str, dict[str, list[str]]]  # lang → difficulty | other → tags
    estimates: dict[str, dict[str, str]]  # lang → money kind → how the amount was estimated


def load_sample(path: Path) -> DemoSample:
    """The demo sample's words from ``path``; raises ContentError naming what is wrong. Texts are
    kept exactly as written (no typography added: the sample stays the same as it always was)."""
    where = path.name
    raw = read_toml(path)

    def bilingual(value: object, at: str) -> T:
        return text(value, at, spacing=False)

    organizations, keys = [], []
    for i, org in enumerate(array(raw, "organizations", where)):
        at = f"{where}: organizations[{i}]"
        if not isinstance(org, dict):
            raise ContentError(f"{at}: expected a table")
        keys.append(word(org, "key", at))
        organizations.append(DemoOrganization(
            name=word(org, "name", at), neq=word(org, "neq", at), representative=word(org, "representative", at),
            title=bilingual(org.get("title"), f"{at}.title"), address=word(org, "address", at),
            email=word(org, "email", at), phone=word(org, "phone", at)))
    projects = []
    for i, spec in enumerate(array(raw, "projects", where)):
        at = f"{where}: projects[{i}]"
        if not isinstance(spec, dict):
            raise ContentError(f"{at}: expected a table")
        for key, allowed in (("resource", vocab.RESOURCE_KINDS), ("continuum", vocab.CONTINUUM),
                             ("stage", vocab.STAGES)):
            if word(spec, key, at) not in allowed:
                raise ContentError(f"{at}.{key}: expected one of {list(allowed)}")
        age = spec.get("age_days")
        if not isinstance(age, int) or age < 0:
            raise ContentError(f"{at}.age_days: expected a whole number of days")
        unknown = [p for p in array(spec, "partners", at) if p not in keys]
        if unknown:
            raise ContentError(f"{at}.partners: unknown organizations {unknown}")
        projects.append(DemoProject(
            bilingual(spec.get("name"), f"{at}.name"), bilingual(spec.get("purpose"), f"{at}.purpose"),
            spec["resource"], spec["continuum"], spec["stage"], age,
            tuple(keys.index(p) for p in spec["partners"]),
            tuple(str(a) for a in spec.get("agreements", []))))
    journal = table(raw, "journal", where)
    at = f"{where}: journal"
    authors = tuple(str(a) for a in array(journal, "authors", at))
    sentences = [bilingual(s, f"{at}.sentences[{i}]") for i, s in enumerate(array(journal, "sentences", at))]
    titles = table(journal, "titles", at)
    exact_keys(titles, vocab.KINDS, f"{at}.titles", ordered=False)
    tags = table(journal, "tags", at)
    exact_keys(tags, TAG_GROUPS, f"{at}.tags", ordered=False)
    estimates = table(journal, "estimates", at)
    exact_keys(estimates, vocab.MONEY_KINDS, f"{at}.estimates", ordered=False)

    def per_lang(group: dict[str, object], name: str) -> dict[str, dict[str, list[str]]]:
        pairs = {key: [bilingual(x, f"{at}.{name}.{key}[{i}]") for i, x in enumerate(array(group, key, f"{at}.{name}"))]
                 for key in group}
        return {lang: {key: [p[lang] for p in items] for key, items in pairs.items()} for lang in LANGS}

    return DemoSample(
        tuple(organizations), tuple(projects), authors,
        per_lang(titles, "titles"),
        {lang: [s[lang] for s in sentences] for lang in LANGS},
        per_lang(tags, "tags"),
        {lang: {k: bilingual(v, f"{at}.estimates.{k}")[lang] for k, v in estimates.items()} for lang in LANGS})


@cache
def sample() -> DemoSample:
    return load_sample(resource_path("demo", "sample.toml"))


@cache
def _folded(text: str) -> str:
    return fold(text)


def entry_text(rng: random.Random, kind: str, lang: str) -> tuple[str, str, list[str], str, tuple[str, str, str]]:
    """Title, body (about 300 characters), tags, author of one sample entry, and the folded title,
    body and tags for the search index. Folding is local to words, so the folded body is the folded
    sentences joined: each distinct sentence is folded once, not 100,000 times."""
    words = sample()
    title = rng.choice(words.titles[lang][kind])
    sentences = rng.sample(words.sentences[lang], k=rng.choice((2, 3, 4)))
    pool = words.tags[lang]["difficulty" if kind == "difficulty" else "other"]
    tags = rng.sample(pool, k=rng.choice((0, 1, 1, 2)))
    folded = (_folded(title), " ".join(_folded(s) for s in sentences), " ".join(_folded(t) for t in tags))
    return title, " ".join(sentences), tags, rng.choice(words.authors), folded

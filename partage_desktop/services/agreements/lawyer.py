"""A lawyer's round trip through Word: the agreement as an editable .docx, and the lawyer's file
read back as the user's own wording for the clauses that changed.

- ``export_agreement_docx`` / ``export_answers_docx``: the .docx of an agreement of the data folder
  (its current answers: the version the next PDF export gives) or of an answers file.
- ``read_lawyer_changes``: reads the lawyer's file (refused whole when hostile, or made for another
  agreement) and lists, against the agreement as it stands, each clause changed, added or deleted,
  and what changed outside the clauses (parties, annexes, signature blocks, article titles): those
  cannot come back by themselves, the user types them again in the wizard. Nothing is written.
- ``apply_lawyer_changes``: writes the clauses' changes into the agreement's answers as the user's
  own wording (never into a frozen version), so that the next export is again a Partage PDF that
  verifies. A changed clause becomes reworded; a paragraph the lawyer added becomes an added clause
  after the clause it follows; a deleted clause keeps its number with the words « Clause retirée. »
  (the wizard has no way to drop a clause of the template, and renumbering would break the
  references other clauses make to it); a deleted clause of the user's own is removed.

Clauses are recognized by their printed number first (through the map of numbers the file carries
in its properties, else the numbering of the agreement as it stands), and by their text when the
lawyer renumbered them.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partage_desktop.core.agreements import lifecycle
from partage_desktop.core.agreements.document import AgreementDocument
from partage_desktop.core.agreements.fingerprint import full_hash
from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.templates import PLACEHOLDER
from partage_desktop.core.agreements.validation import MAX_ADDED_CLAUSES, Answers
from partage_desktop.docx.plan import BULLET, CLAUSE, TABLE, plan
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.services.agreements.drafts import save_draft
from partage_desktop.services.agreements.export import check_answers
from partage_desktop.services.agreements.frozen import (
    find_agreement,
    frozen_versions,
    with_version,
)
from partage_desktop.services.data.session import session_scope
from partage_desktop.words import t, tn
from partage_desktop.words.system_errors import reason_message

CHANGED, ADDED, DELETED = "changed", "added", "deleted"
_CLAUSE_NUMBER = re.compile(r"\s*(\d{1,3})\s*\.\s*(\d{1,3})\.?(?:[ \t\u00a0\u202f]+|$)(.*)", re.DOTALL)
_ARTICLE = re.compile(r"\s*(\d{1,3})\s*\.[ \t\u00a0\u2002]+(\S.*)", re.DOTALL)
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2002\u2009]+")
SAME_TEXT = 0.9  # similarity above which a paragraph is that clause, whatever its number
MOVED_TEXT = 0.5  # similarity above which a misnumbered paragraph is that clause
UNNUMBERED_TEXT = 0.75  # the same for a paragraph without a number (else it is an addition)

Key = tuple[str, Any]  # ("clause", clause id) | ("added", index in the added list) | ("article", id)


@dataclass(frozen=True)
class DocxExport:
    out: Path
    reference: str
    version: int
    fingerprint: str
    template: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ClauseChange:
    kind: str  # changed | added | deleted
    number: str  # the clause's number as the agreement prints it; for an added one, the number it follows
    article: str  # "3. Durée"
    before: str
    after: str
    key: Key  # which clause (changed, deleted), or which one it follows (added)
    has_values: bool = False  # the clause printed answers of the wizard (names, dates, amounts)


@dataclass(frozen=True)
class OutsideChange:
    section: str  # "Les parties", "Annexe A — Inventaire"…
    before: str
    after: str


@dataclass(frozen=True)
class LawyerChanges:
    reference: str
    file_name: str
    file_version: str  # the version the file was made from ("" when it does not say)
    clauses: list[ClauseChange]
    outside: list[OutsideChange]
    comments: int
    insertions: int
    deletions: int
    base_hash: str  # the agreement's answers read against: applying refuses if they changed since

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.outside


# ---------------------------------------------------------------- export


def print_keys(answers: Answers) -> list[Key]:
    """What each printed clause stands for, in print order (follows render._articles; a test checks
    they agree)."""
    added_after: dict[str, list[int]] = {}
    loose: list[int] = []
    for i, added in enumerate(answers.added_clauses):
        (added_after.setdefault(added["after"], []) if added["after"] else loose).append(i)
    keys: list[Key] = []
    printed: set[str] = set()
    for spec in answers.template.articles:
        if not answers.active(spec.when):
            continue
        printed.add(spec.id)
        for clause in spec.clauses:
            if not answers.active(clause.when):
                continue
            printed.add(clause.id)
            keys.append(("clause", clause.id))
            keys += [("added", i) for i in added_after.get(clause.id, [])]
        keys += [("added", i) for i in added_after.get(spec.id, [])]
    for target, extras in added_after.items():
        if target not in printed:
            loose.extend(extras)
    return keys + [("added", i) for i in loose]


def _numbered(doc: AgreementDocument, answers: Answers) -> list[tuple[str, Key, str, str]]:
    """(number, key, text, article) of every printed clause."""
    clauses = [(c.number, c.text, f"{a.number}. {a.title}") for a in doc.articles for c in a.clauses]
    keys = print_keys(answers)
    assert len(keys) == len(clauses)
    return [(n, k, text, art) for (n, text, art), k in zip(clauses, keys, strict=True)]


def _clause_map(doc: AgreementDocument, answers: Answers) -> dict[str, str]:
    return {n: (k[1] if k[0] == "clause" else f"+{k[1]}") for n, k, _, _ in _numbered(doc, answers)}


def _docx_bytes(doc: AgreementDocument, answers: Answers, author: str) -> bytes:
    from partage_desktop.docx.agreement import write_docx  # deferred: python-docx only when needed

    return write_docx(doc, _clause_map(doc, answers), answers.template.id, author)


def _validated(raw: Any, lang: str, header_code: str = "problems_header") -> tuple[Answers, list[str]]:
    result = check_answers(raw, lang)
    if result.errors or result.answers is None:
        header = Message.plural(header_code, len(result.errors))
        raise UserInputError([header, *(f"  - {p}" for p in result.errors)])
    return result.answers, [str(w) for w in result.warnings]


def _write(out: Path, data: bytes) -> None:
    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    try:
        atomic.write_bytes(out, data)
    except OSError as exc:
        raise UserInputError([Message.of("out_not_writable", path=out, detail=reason_message(exc))]) from exc


def export_answers_docx(raw: Any, out: Path, lang: str) -> DocxExport:
    """The .docx of an answers file (the command line's ``agreement export --out FILE.docx``)."""
    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    answers, warnings = _validated(raw, lang)
    doc = build_document(answers)
    _write(out, _docx_bytes(doc, answers, doc.parties[0].name if doc.parties else ""))
    return DocxExport(out, doc.reference, doc.version, doc.fingerprint, answers.template.id, warnings)


def _current(session: Any, agreement: Any) -> dict[str, Any]:
    """The agreement's answers with the version the next export gives them: the latest version's
    number when they have not changed since it was frozen, the next number otherwise."""
    try:
        answers = json.loads(agreement.answers_json or "{}")
    except ValueError as exc:
        raise DataUnusableError(Message.of("detail_plain", value=str(exc))) from exc
    if not isinstance(answers, dict):
        answers = {}
    versions = frozen_versions(session, agreement.id)
    if not versions:
        return with_version(answers, agreement.reference, 1)
    latest = versions[-1]
    same = with_version(answers, agreement.reference, latest.number)
    result = check_answers(same, "fr")
    if result.answers is not None and not result.errors:
        canonical = build_document(result.answers).attachment_json
        if full_hash(canonical) == (latest.sha256 or ""):
            return same
    return with_version(answers, agreement.reference, latest.number + 1)


def export_agreement_docx(data: DataDir, reference: str, out: Path, lang: str) -> DocxExport:
    """The .docx of an agreement of the data folder, for a lawyer (*Envoyer à un juriste…*)."""
    if not out.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        raw = _current(session, agreement)
    answers, warnings = _validated(raw, lang, "docx_problems")
    doc = build_document(answers)
    _write(out, _docx_bytes(doc, answers, doc.parties[0].name if doc.parties else ""))
    return DocxExport(out, doc.reference, doc.version, doc.fingerprint, answers.template.id, warnings)


# ---------------------------------------------------------------- reading back


def _norm(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _clean_clause(text: str, mark: str) -> str:
    """The clause's text as the user's own wording: bullets back to "- ", the mark of the user's
    own wording taken off, spaces at line ends dropped."""
    text = text.replace("\r", "\n").replace("\t", " ").rstrip()
    if mark and text.endswith(mark):
        text = text[: -len(mark)].rstrip()
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith(BULLET.strip()):
            line = "- " + line[1:].strip()
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _answers_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _refuse(name: str, reason: Message) -> DataUnusableError:
    return DataUnusableError(Message.of("docx_refused", name=name, reason=reason))


def _check_reference(word: Any, reference: str, name: str) -> None:
    claimed = word.properties.get("PartageReference", "") or word.identifier
    if claimed and claimed != reference:
        raise _refuse(name, Message.of("docx_other_agreement", found=claimed[:60], expected=reference))
    if claimed:
        return
    # properties lost (the text pasted into another file): the reference must still show
    shown = "\n".join(word.margins) + "\n".join(getattr(b, "text", "") for b in word.blocks[:6])
    if reference not in shown:
        raise _refuse(name, Message.of("docx_no_reference", expected=reference))


def read_lawyer_changes(data: DataDir, reference: str, path: Path, lang: str) -> LawyerChanges:
    """What the lawyer's file changes in the agreement as it stands; nothing is written. Raises
    DataUnusableError (with the reason) when the file is refused."""
    from partage_desktop.docx.reading import (  # deferred: lxml only when a Word file is read
        WordFileRefused,
        read_word_file,
    )

    try:
        size = path.stat().st_size
        if size > 21 * 1024 * 1024:
            raise _refuse(path.name, Message.of("docx_too_big", most=20))
        content = path.read_bytes()
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc
    try:
        word = read_word_file(content, path.name)
    except WordFileRefused as exc:
        raise _refuse(path.name, exc.reason) from exc
    _check_reference(word, reference, path.name)
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        stored = agreement.answers_json or "{}"
        raw = _current(session, agreement)
    answers, _ = _validated(raw, lang, "docx_problems")
    doc = build_document(answers)
    clauses, outside = _compare(doc, answers, word)
    return LawyerChanges(reference, path.name, word.properties.get("PartageVersion", "")[:10], clauses, outside,
                         word.comments, word.insertions, word.deletions, _answers_hash(stored))


def _region(doc: AgreementDocument, blocks: list[Any]) -> tuple[int, int]:
    """Where the numbered clauses are: after « les parties conviennent… », before « Signatures »."""
    from partage_desktop.docx.reading import ReadParagraph  # deferred: with the reading

    texts = [_norm(b.text) if isinstance(b, ReadParagraph) else None for b in blocks]
    agree, signatures = _norm(doc.labels.agree), _norm(doc.labels.signatures_title)
    start = next((i + 1 for i, x in enumerate(texts) if x == agree), None)
    if start is None:
        start = next((i for i, x in enumerate(texts) if x and _CLAUSE_NUMBER.fullmatch(x)), len(blocks))
    end = next((i for i in range(start, len(blocks)) if texts[i] == signatures), len(blocks))
    return start, end


def _row_lines(rows: Any) -> list[str]:
    """A table's rows as lines to compare (empty cells left out: a merged cell reads as one)."""
    lines = []
    for row in rows:
        cells = [_norm(c).replace("\n", " / ") for c in row if _norm(c)]
        if cells:
            lines.append(" | ".join(cells))
    return lines


def _lines_of(block: Any) -> list[str]:
    if hasattr(block, "rows"):
        return _row_lines(block.rows)
    text = _norm(block.text).replace("\n", " / ")
    return [text] if text else []


def _outside(doc: AgreementDocument, word: Any, start: int, end: int) -> list[OutsideChange]:
    from partage_desktop.docx.reading import ReadParagraph  # deferred: with the reading

    expected: list[tuple[str, str]] = []
    for block in plan(doc):
        if block.kind == CLAUSE:
            continue
        if block.kind == TABLE:
            lines = _row_lines(block.rows)
        else:
            text = _norm(block.bold_prefix + block.text).replace("\n", " / ")
            lines = [text] if text else []
        expected += [(block.section, line) for line in lines]
    actual: list[str] = []
    for i, block in enumerate(word.blocks):
        inside = start <= i < end
        if inside and isinstance(block, ReadParagraph) and not block.heading:
            continue  # clauses and paragraphs added among them
        actual += _lines_of(block)
    matcher = difflib.SequenceMatcher(None, [e[1] for e in expected], actual, autojunk=False)
    out: list[OutsideChange] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        befores, afters = expected[i1:i2], actual[j1:j2]
        for n in range(max(len(befores), len(afters))):
            section = befores[n][0] if n < len(befores) else \
                (expected[i1 - 1][0] if i1 else expected[0][0] if expected else "")
            out.append(OutsideChange(section, befores[n][1] if n < len(befores) else "",
                                     afters[n] if n < len(afters) else ""))
    return out


@dataclass
class _Found:
    number: str
    text: str
    key: Key | None = None
    anchor: Key | None = None  # for added text: the clause it follows


def _compare(doc: AgreementDocument, answers: Answers, word: Any) -> tuple[list[ClauseChange], list[OutsideChange]]:
    from partage_desktop.docx.reading import ReadParagraph  # deferred: with the reading

    mark = doc.labels.edited_mark
    start, end = _region(doc, word.blocks)
    numbered = _numbered(doc, answers)
    by_key = {k: (n, text, art) for n, k, text, art in numbered}
    by_number = {n: k for n, k, _, _ in numbered}
    sent: dict[str, Key] = {}
    map_text = "".join(v for k, v in sorted(word.properties.items()) if k.startswith("PartageMap"))
    try:
        loaded = json.loads(map_text) if map_text else {}
    except ValueError:
        loaded = {}
    if isinstance(loaded, dict):
        ids = answers.template.clause_ids()
        for number, value in loaded.items():
            if not isinstance(number, str) or not isinstance(value, str):
                continue
            if value.startswith("+") and value[1:].isdigit() and int(value[1:]) < len(answers.added_clauses):
                sent[number] = ("added", int(value[1:]))
            elif value in ids:
                sent[number] = ("clause", value)
    # the paragraphs among the clauses: numbered ones, and the text added between them
    found: list[_Found] = []
    article_key: Key | None = None
    articles = {f"{a.number}": a for a in doc.articles}
    for block in word.blocks[start:end]:
        if not isinstance(block, ReadParagraph):
            continue
        text = block.text.strip()
        if not text:
            continue
        match = _CLAUSE_NUMBER.fullmatch(text)
        if match and not block.heading:
            found.append(_Found(f"{int(match.group(1))}.{int(match.group(2))}", _clean_clause(match.group(3), mark)))
            continue
        heading = _ARTICLE.fullmatch(text)
        if block.heading or (heading and len(text) < 120):
            article_key = None
            if heading and heading.group(1) in articles and \
                    _norm(heading.group(2)) == _norm(articles[heading.group(1)].title):
                spec_id = _article_id(answers, articles[heading.group(1)].clauses[0].number, numbered)
                article_key = ("article", spec_id) if spec_id else None
            found.append(_Found("", "", None, None))  # a heading closes the clause before it
            found[-1].key = ("heading", article_key)
            continue
        found.append(_Found("", _clean_clause(text, mark)))
    _match(found, by_key, sent or by_number)
    changes: list[ClauseChange] = []
    values = _clauses_with_values(answers)
    titles = {_article_id(answers, a.clauses[0].number, numbered): f"{a.number}. {a.title}" for a in doc.articles}
    anchor: Key | None = None
    pending: list[str] = []
    unplaced: list[OutsideChange] = []

    def flush() -> None:
        if pending and anchor is not None:
            number, art = _anchor_number(anchor, by_key, titles)
            changes.append(ClauseChange(ADDED, number, art, "", "\n".join(pending), anchor))
        pending.clear()

    for item in found:
        if item.key is not None and item.key[0] == "heading":
            flush()
            if item.key[1] is not None:  # a heading the lawyer added: its clauses follow the last one
                anchor = item.key[1]
            continue
        if item.key is None:  # a paragraph added, numbered or not
            if anchor is None:  # before the first clause: nowhere for it in the wizard
                unplaced.append(OutsideChange(doc.labels.agree, "", item.text))
                continue
            if item.number and pending:
                flush()
            pending.append(item.text)
            continue
        flush()
        anchor = item.key
        number, before, art = by_key[item.key]
        if _norm(item.text) != _norm(before):
            if not _norm(item.text):
                continue  # emptied: counted as deleted below
            changes.append(ClauseChange(CHANGED, number, art, before, item.text, item.key,
                                        item.key[0] == "clause" and item.key[1] in values))
    flush()
    kept = {f.key for f in found if f.key is not None and f.key[0] in ("clause", "added") and _norm(f.text)}
    for number, key, text, art in numbered:
        if key not in kept:
            changes.append(ClauseChange(DELETED, number, art, text, "", key))
    order: dict[Key, float] = {k: i for i, (_, k, _, _) in enumerate(numbered)}
    for spec in answers.template.articles:  # text added at an article's end sorts after its clauses
        mine = [order[("clause", c.id)] for c in spec.clauses if ("clause", c.id) in order]
        if mine:
            order[("article", spec.id)] = max(mine) + 0.5
    changes.sort(key=lambda c: (order.get(c.key, len(numbered)), c.kind == ADDED))
    return changes, unplaced + _outside(doc, word, start, end)



def _best(text: str, candidates: dict[Key, str], threshold: float) -> Key | None:
    """The candidate whose text is most similar to ``text``, if at least ``threshold``; cheap upper
    bounds first (an agreement has a hundred clauses, and most paragraphs come back unchanged)."""
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(_norm(text))
    best: tuple[float, Key] | None = None
    for key, other in candidates.items():
        matcher.set_seq1(other)
        floor = max(threshold, best[0] if best else 0.0)
        if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
            continue
        ratio = matcher.ratio()
        if ratio >= floor:
            best = (ratio, key)
    return best[1] if best else None


def _match(found: list[_Found], by_key: dict[Key, tuple[str, str, str]], by_number: dict[str, Key]) -> None:
    """Which clause each paragraph is: 1. the same text, whatever its number (the lawyer
    renumbered, or Word numbers the list itself); 2. its number (as the file was sent, else as the
    agreement prints now); 3. a similar text (stricter for a paragraph without a number)."""
    items = [f for f in found if f.key is None and _norm(f.text)]
    left = {k: _norm(text) for k, (_, text, _) in by_key.items()}

    def take(item: _Found, key: Key) -> None:
        item.key = key
        del left[key]

    exact: dict[str, list[Key]] = {}
    for key, text in left.items():
        exact.setdefault(text, []).append(key)
    for item in items:
        keys = [k for k in exact.get(_norm(item.text), []) if k in left]
        if keys:
            same_number = [k for k in keys if by_number.get(item.number) == k]
            take(item, (same_number or keys)[0])
    for item in items:
        if item.key is None:
            similar = _best(item.text, left, SAME_TEXT)
            if similar is not None:
                take(item, similar)
    for item in items:
        if item.key is None and item.number:
            numbered = by_number.get(item.number)
            if numbered is not None and numbered in left:
                take(item, numbered)
    for item in items:
        if item.key is None:
            moved = _best(item.text, left, MOVED_TEXT if item.number else UNNUMBERED_TEXT)
            if moved is not None:
                take(item, moved)

def _article_id(answers: Answers, first_number: str, numbered: list[tuple[str, Key, str, str]]) -> str:
    """The template article whose first printed clause is ``first_number``."""
    key = next((k for n, k, _, _ in numbered if n == first_number), None)
    if key is None or key[0] != "clause":
        return ""
    for spec in answers.template.articles:
        if any(c.id == key[1] for c in spec.clauses):
            return spec.id
    return ""


def _anchor_number(anchor: Key, by_key: dict[Key, tuple[str, str, str]],
                   titles: dict[str, str]) -> tuple[str, str]:
    """The number of the clause an addition follows, and its article ("3. Durée"); for text added
    at an article's end, no number and that article."""
    if anchor in by_key:
        return by_key[anchor][0], by_key[anchor][2]
    return "", titles.get(str(anchor[1]), "")


def _clauses_with_values(answers: Answers) -> set[str]:
    lang = answers.lang
    return {c.id for a in answers.template.articles for c in a.clauses if PLACEHOLDER.search(c.text[lang])}


# ---------------------------------------------------------------- applying


def _split_title(text: str, lang: str) -> tuple[str, str]:
    """An added clause's title and text: a first line of its own is its title."""
    lines = [line for line in text.split("\n")]
    if len(lines) > 1 and 0 < len(lines[0]) <= 200 and "\n".join(lines[1:]).strip():
        return lines[0].strip(), "\n".join(lines[1:]).strip()
    return t("docx_added_title", lang), text.strip()


def apply_lawyer_changes(data: DataDir, reference: str, changes: LawyerChanges, lang: str) -> int:
    """Write the lawyer's clause changes into the agreement's answers as the user's own wording.
    Returns how many clauses changed. Nothing is written when the result would not validate, or
    when the agreement changed since the file was read."""
    with session_scope(data) as session:
        agreement = find_agreement(session, reference, lang)
        if agreement.status == lifecycle.SIGNED:
            raise UserInputError([Message.of("signed_cannot_change", reference=reference)])
        if agreement.status == lifecycle.TERMINATED:
            raise UserInputError([Message.of("terminated_cannot_change", reference=reference)])
        stored = agreement.answers_json or "{}"
    if _answers_hash(stored) != changes.base_hash:
        raise UserInputError([Message.of("docx_stale", reference=reference)])
    answers = json.loads(stored)
    doc_lang = answers.get("lang") if answers.get("lang") in ("fr", "en") else "fr"
    clauses = dict(answers.get("clauses") or {})
    reworded = dict(clauses.get("reworded") or {})
    entries: list[dict[str, Any]] = [{"orig": i, "item": dict(item)}
                                     for i, item in enumerate(clauses.get("added") or [])]
    by_orig = {e["orig"]: e for e in entries}
    for change in changes.clauses:
        kind, key = change.kind, change.key
        if kind == CHANGED and key[0] == "clause":
            reworded[key[1]] = change.after
        elif kind == CHANGED and key[0] == "added":
            title, text = _split_title(change.after, doc_lang)
            by_orig[key[1]]["item"].update(title=title, text=text)
        elif kind == DELETED and key[0] == "clause":
            reworded[key[1]] = t("docx_deleted_clause", doc_lang)
        elif kind == DELETED and key[0] == "added":
            by_orig[key[1]]["gone"] = True
        elif kind == ADDED:
            title, text = _split_title(change.after, doc_lang)
            if key[0] == "added":
                anchor = by_orig[key[1]]
                new: dict[str, Any] = {"item": {"title": title, "text": text,
                                                "after": anchor["item"].get("after", "")},
                                       "new_after": id(anchor)}
                position = entries.index(anchor) + 1
                while position < len(entries) and entries[position].get("new_after") == id(anchor):
                    position += 1
                entries.insert(position, new)
            else:
                target = key[1]
                new = {"item": {"title": title, "text": text, "after": target}, "new_for": target}
                first = next((n for n, e in enumerate(entries) if "orig" in e and e["item"].get("after") == target),
                             None)
                if first is None:
                    entries.append(new)
                else:
                    entries.insert(first, new)
                    # keep the lawyer's order among several added after the same clause
                    before = [e for e in entries[:first] if e.get("new_for") == target]
                    if before:
                        entries.remove(new)
                        entries.insert(entries.index(before[-1]) + 1, new)
    added = [e["item"] for e in entries if not e.get("gone")]
    if len(added) > MAX_ADDED_CLAUSES:
        raise UserInputError([Message.of("docx_too_many_added", most=MAX_ADDED_CLAUSES)])
    clauses["reworded"] = reworded
    clauses["added"] = added
    answers["clauses"] = {k: v for k, v in clauses.items() if v}
    _validated(answers, lang, "docx_problems")  # every problem listed, nothing written
    save_draft(data, reference, answers)
    return len(changes.clauses)


# ---------------------------------------------------------------- in words


def _indented(text: str) -> str:
    return text.replace("\n", "\n      ")


def summary_lines(changes: LawyerChanges, lang: str) -> list[str]:
    """The changes as lines to read (the command line's listing)."""
    if changes.empty:
        lines = [t("lawyer_nothing", lang, name=changes.file_name, reference=changes.reference)]
    else:
        lines = [t("lawyer_header", lang, reference=changes.reference, name=changes.file_name)]
    for c in changes.clauses:
        if c.kind == CHANGED:
            lines.append("• " + t("lawyer_changed", lang, number=c.number))
        elif c.kind == ADDED:
            lines.append("• " + (t("lawyer_added", lang, number=c.number) if c.number
                                 else t("lawyer_added_article", lang, article=c.article)))
        else:
            lines.append("• " + t("lawyer_deleted", lang, number=c.number))
        if c.before:
            lines.append("    " + _indented(t("lawyer_before", lang, text=c.before)))
        if c.after:
            lines.append("    " + _indented(t("lawyer_after", lang, text=c.after)))
        if c.has_values:
            lines.append("    " + t("lawyer_values", lang))
    if changes.outside:
        lines.append(t("lawyer_outside_header", lang))
        lines += ["• " + t("lawyer_outside_line", lang, section=o.section, before=o.before or "—",
                           after=o.after or "—") for o in changes.outside]
    if changes.insertions or changes.deletions:
        lines.append(tn("lawyer_tracked", changes.insertions + changes.deletions, lang))
    if changes.comments:
        lines.append(tn("lawyer_comments", changes.comments, lang))
    return lines

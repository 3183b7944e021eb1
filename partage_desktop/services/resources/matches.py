"""Suggested matches: our open needs against the partners' offers on the board (« we need »), and
the partners' needs against our resources the network can see (« they need »), ranked, each with
the reasons it matched (core/resources/matching.py) worded in the user's language.

A person decides: ``decide`` keeps *confirmed* or *dismissed* on a pair (``None`` clears it again);
dismissed pairs are hidden unless asked for. Nothing is ever committed automatically: confirming
only remembers the pair, ready for *Make an agreement*; ``request_text`` prepares the words to send
(« Ask to borrow »), which nothing here sends.

Keys name both sides whatever their origin (see ``ResourceMatch``): ``need:<uid>``,
``resource:<uid>`` (ours), ``board:<sender uid>:<item uid>`` (a partner's).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from partage_desktop.core.formatting import format_date, format_money
from partage_desktop.core.resources.matching import (
    Match,
    Offered,
    Offers,
    Reason,
    Wanted,
    best_matches,
    score,
)
from partage_desktop.core.resources.vocabulary import MATCH_DECISIONS
from partage_desktop.core.resources.words import words_of
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources.content import catalogue
from partage_desktop.words import say, t

WE_NEED = "we_need"
THEY_NEED = "they_need"
DIRECTIONS = (WE_NEED, THEY_NEED)
PER_NEED = 5  # the best offers shown for one need
KEY = re.compile(r"(need|resource):[\w-]{1,36}|board:[\w-]{1,36}:[\w-]{1,36}")


@dataclass(frozen=True)
class Suggestion:
    need_key: str
    offer_key: str
    direction: str  # we_need | they_need
    score: int
    reasons: list[Message]
    need_title: str
    offer_title: str
    partner: str
    partner_org_id: int | None
    checks: list[Message] = field(default_factory=list)  # things to look at: insurance, a fee…
    status: str | None = None  # confirmed | dismissed | None (not decided)
    need_id: int | None = None  # ours (we_need)
    resource_id: int | None = None  # ours (they_need)
    board_item_id: int | None = None  # the partner's offer or need

    def origin(self) -> dict[str, int]:
        """What *Make an agreement* starts from (ui/resources/section.py ``MakeAgreement``)."""
        found = {"need_id": self.need_id, "resource_id": self.resource_id, "board_item_id": self.board_item_id,
                 "organization_id": self.partner_org_id}
        return {key: value for key, value in found.items() if value is not None}


# ------------------------------------------------------------------ reading what is compared

@dataclass
class _Labels:
    """Category labels by code (our list, else the starting catalogue, else a partner's own)."""

    known: dict[str, tuple[str, str, str]]
    folded: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)

    def words(self, code: str, fr: str = "", en: str = "") -> frozenset[str]:
        if code in self.known and not (fr or en):
            fr, en = self.known[code][:2]
        found = self.folded.get((code, fr, en))
        if found is None:
            found = self.folded[(code, fr, en)] = frozenset(words_of(fr, en))
        return found

    def label(self, code: str, lang: str, fr: str = "", en: str = "") -> str:
        if code in self.known:
            fr, en = self.known[code][:2]
        return (en if lang == "en" else fr) or fr or en or code


def _labels(session: Any) -> _Labels:
    from partage_desktop.store.resources import matching as store  # deferred: SQLAlchemy

    known = {c.code: (c.label["fr"], c.label["en"], c.kind) for c in catalogue().categories}
    known.update(store.categories(session))
    return _Labels(known)


def _details(raw: str | None) -> dict[str, Any]:
    try:
        found = json.loads(raw or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _bool(value: object) -> bool:
    return value is True


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _need(need: Any, labels: _Labels, own_region: str) -> Wanted:
    cat_words = labels.words(need.category)
    fr, en = labels.known.get(need.category, ("", "", ""))[:2]
    return Wanted(key=f"need:{need.uid}", kind=need.kind, category=need.category,
                  title_words=frozenset(words_of(need.title)),
                  words=frozenset(words_of(need.title, need.description, fr, en)), category_words=cat_words,
                  quantity=need.quantity or 1, region=need.region or own_region, mrc=need.mrc,
                  wanted_from=need.wanted_from, wanted_to=need.wanted_to, expires_on=need.expires_on,
                  substitutes_ok=bool(need.substitutes_ok), contribution=need.contribution or "")


def _resource(resource: Any, labels: _Labels, own_region: str,
              booked: Sequence[tuple[date, date]] = ()) -> Offered:
    fr, en = labels.known.get(resource.category, ("", "", ""))[:2]
    return Offered(key=f"resource:{resource.uid}", kind=resource.kind, category=resource.category,
                   words=frozenset(words_of(resource.title, resource.other_names, resource.description, fr, en)),
                   category_words=labels.words(resource.category),
                   title=f"{resource.title} {resource.other_names}", quantity=resource.quantity or 1,
                   region=resource.region or own_region, mrc=resource.mrc, pricing=resource.pricing,
                   fee_cents=resource.fee_cents, fee_unit=resource.fee_unit, deposit_cents=resource.deposit_cents,
                   insurance_required=resource.insurance_required, insurance_cents=resource.insurance_cents,
                   training_required=resource.training_required, approval_required=resource.approval_required,
                   max_loan_days=resource.max_loan_days, booked=tuple(booked))


def _board_offer(row: Any, labels: _Labels, details: dict[str, Any] | None = None) -> Offered:
    """A partner's offer; its details (read only for what ends up suggested) add things to check,
    never points."""
    offer = Offered(key=f"board:{row.sender_uid}:{row.item_uid}", kind=row.kind, category=row.category,
                    words=frozenset(row.words.split()),
                    category_words=labels.words(row.category, row.category_fr, row.category_en),
                    title=row.title,
                    quantity=row.quantity or 1, region=row.region or row.sender_region, mrc=row.mrc,
                    available_from=row.date_from, available_to=row.date_to, expires_on=row.expires_on,
                    pricing=row.pricing)
    if details is None:
        return offer
    return replace(offer, fee_cents=_int(details.get("fee_cents")), fee_unit=_text(details.get("fee_unit")),
                   deposit_cents=_int(details.get("deposit_cents")),
                   insurance_required=_bool(details.get("insurance_required")),
                   insurance_cents=_int(details.get("insurance_cents")),
                   training_required=_bool(details.get("training_required")),
                   approval_required=_bool(details.get("approval_required")),
                   max_loan_days=_int(details.get("max_loan_days")))


def _board_need(row: Any, labels: _Labels, details: dict[str, Any]) -> Wanted:
    substitutes = details.get("substitutes_ok")
    return Wanted(key=f"board:{row.sender_uid}:{row.item_uid}", kind=row.kind, category=row.category,
                  title_words=frozenset(words_of(row.title)), words=frozenset(row.words.split()),
                  category_words=labels.words(row.category, row.category_fr, row.category_en),
                  quantity=row.quantity or 1, region=row.region or row.sender_region, mrc=row.mrc,
                  wanted_from=row.date_from, wanted_to=row.date_to, expires_on=row.expires_on,
                  substitutes_ok=substitutes if isinstance(substitutes, bool) else True,
                  contribution=_text(details.get("contribution")))


# ------------------------------------------------------------------ suggestions

# the partners' offers of one data folder, indexed, kept until the board, the categories or the
# day change: confirming or dismissing a suggestion does not read and index them all again
_OFFERS: dict[str, tuple[tuple[Any, ...], Any, dict[str, Any], Offers]] = {}


def _board_offers(data: DataDir, session: Any, labels: _Labels, today: date) -> tuple[Any, dict[str, Any], Offers]:
    from partage_desktop.store.resources import matching as store  # deferred: SQLAlchemy

    key = (today, store.board_signature(session), tuple(sorted(labels.known.items())))
    kept = _OFFERS.get(str(data.database))
    if kept is not None and kept[0] == key:
        return kept[1], kept[2], kept[3]
    rows = store.board_items(session, "offer", today)
    keys = [f"board:{r.sender_uid}:{r.item_uid}" for r in rows]
    offers = Offers.lazy(keys, [r.category for r in rows], [r.kind for r in rows],
                         [r.region or r.sender_region for r in rows], [r.words.split() for r in rows],
                         lambda index: _board_offer(rows[index], labels))
    by_key = dict(zip(keys, rows, strict=True))
    if len(_OFFERS) >= 4:  # the app opens one data folder; tests and scripts may open many
        _OFFERS.clear()
    _OFFERS[str(data.database)] = (key, rows, by_key, offers)
    return rows, by_key, offers


def suggestions(data: DataDir, lang: str, limit: int = 200, *, include_dismissed: bool = False,
                today: date | None = None, direction: str | None = None) -> list[Suggestion]:
    """The suggested matches, best first (at most ``limit``; 0: all), each need's best
    ``PER_NEED``; confirmed pairs always shown while they still match, dismissed ones only with
    ``include_dismissed``. ``direction``: only ``we_need`` or ``they_need``."""
    from partage_desktop.store.resources import matching as store  # deferred: SQLAlchemy

    today = today or date.today()
    with session_scope(data) as session:
        labels = _labels(session)
        own = store.own_organization(session)
        own_region = own.region if own is not None else ""
        decided = store.decisions(session)
        dismissed = {pair for pair, status in decided.items() if status == "dismissed"}
        skip = None if include_dismissed else (lambda need, offer: (need, offer) in dismissed)
        distance = catalogue().distance_km
        found: list[tuple[str, Match]] = []
        boards: dict[str, Any] = {}
        ours_wanted: dict[str, Wanted] = {}
        ours: dict[str, Any] = {}
        if direction in (None, WE_NEED):
            needs = store.open_needs(session, today)
            if needs:
                rows, by_key, offers = _board_offers(data, session, labels, today)
                boards.update(by_key)
                ours.update((f"need:{n.uid}", n) for n in needs)
                wanted = [_need(n, labels, own_region) for n in needs]
                ours_wanted.update((w.key, w) for w in wanted)
                found += [(WE_NEED, m) for m in best_matches(wanted, offers, today, distance, PER_NEED, skip)]
                found += [(WE_NEED, m) for m in _confirmed(decided, wanted, offers, today, distance, found)]
        if direction in (None, THEY_NEED):
            rows = store.board_items(session, "need", today)
            resources = store.network_resources(session) if rows else []
            if rows and resources:
                details = store.board_details(session, [r.id for r in rows])
                boards.update((f"board:{r.sender_uid}:{r.item_uid}", r) for r in rows)
                ours.update((f"resource:{r.uid}", r) for r in resources)
                wanted = [_board_need(r, labels, _details(details.get(r.id))) for r in rows]
                booked = store.holding_bookings(session, [r.id for r in resources], today)
                offers = Offers([_resource(r, labels, own_region, booked.get(r.id, ())) for r in resources])
                found += [(THEY_NEED, m) for m in best_matches(wanted, offers, today, distance, PER_NEED, skip)]
                found += [(THEY_NEED, m) for m in _confirmed(decided, wanted, offers, today, distance, found)]
        found.sort(key=lambda item: (-item[1].score, item[1].need_key, item[1].offer_key))
        if limit > 0:
            found = found[:limit]
        # the partners' offers suggested: their details add things to check
        offer_rows = [boards[m.offer_key] for way, m in found if way == WE_NEED]
        details = store.board_details(session, [r.id for r in offer_rows])
        shown = []
        for way, match in found:
            if way == WE_NEED:
                row = boards[match.offer_key]
                full = score(ours_wanted[match.need_key], _board_offer(row, labels, _details(details.get(row.id))),
                             today, distance)
                match = replace(match, checks=full.checks) if full is not None else match
            shown.append(_suggestion(way, match, boards, ours, decided, labels, lang))
        return shown


def _confirmed(decided: dict[tuple[str, str], str], wanted: Sequence[Wanted], offers: Offers, today: date,
               distance: Callable[[str, str], float | None], found: Iterable[tuple[str, Match]]) -> list[Match]:
    """Confirmed pairs that are not among the best any more, still shown while they match."""
    have = {(m.need_key, m.offer_key) for _, m in found}
    confirmed: dict[str, list[str]] = {}
    for (need_key, offer_key), status in decided.items():
        if status == "confirmed" and (need_key, offer_key) not in have:
            confirmed.setdefault(need_key, []).append(offer_key)
    extra = []
    for need in wanted:
        for offer_key in confirmed.get(need.key, ()):
            offer = offers.find(offer_key)
            match = score(need, offer, today, distance, offers.weight, offers.telling) if offer else None
            if match is not None:
                extra.append(match)
    return extra


def _suggestion(way: str, match: Match, boards: dict[str, Any], ours: dict[str, Any],
                decided: dict[tuple[str, str], str], labels: _Labels, lang: str) -> Suggestion:
    if way == WE_NEED:
        need, row = ours[match.need_key], boards[match.offer_key]
        need_title, offer_title = need.title, row.title
        ids: dict[str, int | None] = {"need_id": need.id, "board_item_id": row.id}
    else:
        row, resource = boards[match.need_key], ours[match.offer_key]
        need_title, offer_title = row.title, resource.title
        ids = {"resource_id": resource.id, "board_item_id": row.id}
    category = (row.category, row.category_fr, row.category_en)
    return Suggestion(need_key=match.need_key, offer_key=match.offer_key, direction=way, score=match.score,
                      reasons=[_message(r, lang, labels, category) for r in match.reasons],
                      need_title=need_title, offer_title=offer_title, partner=row.sender_name,
                      partner_org_id=row.organization_id,
                      checks=[_message(r, lang, labels, category) for r in match.checks],
                      status=decided.get((match.need_key, match.offer_key)), **ids)


def _money(cents: object, lang: str) -> str:
    return format_money(Decimal(int(str(cents))) / 100, lang)


def _message(reason: Reason, lang: str, labels: _Labels, category: tuple[str, str, str]) -> Message:
    """A reason worded: codes, dates and amounts in ``lang``."""
    params: dict[str, object] = {}
    for name, value in reason.params.items():
        if name == "category":
            code, fr, en = category if category[0] == value else (str(value), "", "")
            params[name] = labels.label(code, lang, fr, en)
        elif name == "kind":
            params[name] = Message.of(f"resource_kind_{value}")
        elif name == "region":
            params[name] = catalogue().region_name(str(value), lang)
        elif name == "words":
            params[name] = ", ".join(value) if isinstance(value, (tuple, list)) else str(value)
        elif isinstance(value, date):
            params[name] = format_date(value, lang)
        elif name == "cents":
            params["amount"] = _money(value, lang)
        elif name == "unit":
            params[name] = Message.of(f"resource_fee_unit_{value or 'loan'}")
        else:
            params[name] = value
    if reason.code == "longest_loan":
        return Message.plural("match_longest_loan", int(str(reason.params["days"])))
    return Message(f"match_{reason.code}", params)


def worded(messages: Iterable[Message], lang: str) -> list[str]:
    return [say(m, lang) for m in messages]


# ------------------------------------------------------------------ decisions

def _check_keys(need_key: str, offer_key: str) -> None:
    problems = [Message.of("match_bad_key", key=key) for key in (need_key, offer_key) if not KEY.fullmatch(key)]
    if problems:
        raise UserInputError(problems)


def decide(data: DataDir, need_key: str, offer_key: str, status: str | None) -> bool:
    """Keep a person's decision on a suggestion (``confirmed`` or ``dismissed``); ``None`` clears it
    (undo). True when something changed. Nothing else is written: no agreement, no booking."""
    if status is not None and status not in MATCH_DECISIONS:
        raise UserInputError([Message.of("match_bad_decision", status=status)])
    _check_keys(need_key, offer_key)
    from partage_desktop.store.resources import matching as store  # deferred: SQLAlchemy

    with session_scope(data) as session:
        return store.set_decision(session, need_key, offer_key, status)


# ------------------------------------------------------------------ « Ask to borrow »

def request_text(data: DataDir, lang: str, need_key: str, offer_key: str) -> str:
    """The words to send the partner about one suggestion, in ``lang``: asking to borrow their
    offer for our need (« we need »), or offering ours for their need (« they need »). Nothing is
    sent; the person copies or saves the text."""
    _check_keys(need_key, offer_key)
    from partage_desktop.store.resources import matching as store  # deferred: SQLAlchemy

    with session_scope(data) as session:
        own = store.own_organization(session)
        if need_key.startswith("need:") and offer_key.startswith("board:"):
            need = store.need_by_uid(session, need_key.split(":", 1)[1])
            found = store.board_item(session, *offer_key.split(":")[1:])
            if need is None or found is None:
                raise UserInputError([Message.of("match_gone")])
            item, sheet = found
            lines = _borrow_lines(lang, need, item, sheet, _details(item.details_json))
        elif need_key.startswith("board:") and offer_key.startswith("resource:"):
            found = store.board_item(session, *need_key.split(":")[1:])
            resource = store.resource_by_uid(session, offer_key.split(":", 1)[1])
            if resource is None or found is None:
                raise UserInputError([Message.of("match_gone")])
            item, sheet = found
            lines = _lend_lines(lang, item, sheet, resource, _details(item.details_json))
        else:
            raise UserInputError([Message.of("match_bad_key", key=f"{need_key} / {offer_key}")])
        lines += ["", t("match_request_thanks", lang)]
        if own is not None:
            lines.append(own.legal_name)
            person = ", ".join(p for p in (own.representative, own.representative_title) if p)
            reach = " · ".join(p for p in (own.email, own.phone) if p)
            lines += [p for p in (person, reach) if p]
        return "\n".join(lines) + "\n"


def _contact(item: Any, sheet: Any, details: dict[str, Any]) -> str:
    return " ".join((_text(details.get("contact_person")) or sheet.sender_contact or "").split())


def _window(lang: str, start: date | None, end: date | None) -> str:
    if start and end and start != end:
        return t("match_request_dates", lang, start=format_date(start, lang), end=format_date(end, lang))
    if start or end:
        day = start or end
        assert day is not None
        return t("match_request_day", lang, day=format_date(day, lang))
    return t("match_request_dates_open", lang)


def _heading(lang: str, item: Any, sheet: Any, details: dict[str, Any], subject: str) -> list[str]:
    """To whom (the partner's contact when the sheet names one), the subject line, the greeting."""
    contact = _contact(item, sheet, details)
    return [t("match_request_to", lang, partner=sheet.sender_name, contact=contact) if contact
            else t("match_request_to_org", lang, partner=sheet.sender_name), subject, "",
            t("match_request_hello", lang), ""]


def _borrow_lines(lang: str, need: Any, item: Any, sheet: Any, details: dict[str, Any]) -> list[str]:
    lines = _heading(lang, item, sheet, details, t("match_request_subject_borrow", lang, offer=item.title))
    lines += [t("match_request_borrow", lang, offer=item.title, partner=sheet.sender_name, need=need.title),
              _window(lang, need.wanted_from, need.wanted_to)]
    if need.quantity and need.quantity > 1:
        lines.append(t("match_request_quantity", lang, quantity=need.quantity))
    contribution = " ".join((need.contribution or "").split())
    lines.append(t("match_request_contribution", lang, contribution=contribution) if contribution
                 else t("match_request_no_contribution", lang))
    lines.append(t("match_request_ask", lang))
    return lines


def _lend_lines(lang: str, item: Any, sheet: Any, resource: Any, details: dict[str, Any]) -> list[str]:
    lines = _heading(lang, item, sheet, details, t("match_request_subject_lend", lang, offer=resource.title))
    lines += [t("match_request_lend", lang, need=item.title, partner=sheet.sender_name, offer=resource.title),
              _window(lang, item.date_from, item.date_to)]
    if resource.pricing == "free":
        lines.append(t("match_request_free", lang))
    elif resource.pricing == "fee" and resource.fee_cents:
        lines.append(t("match_request_fee", lang, amount=_money(resource.fee_cents, lang),
                       unit=t(f"resource_fee_unit_{resource.fee_unit or 'loan'}", lang)))
    elif resource.pricing == "cost_sharing":
        lines.append(t("match_request_cost_sharing", lang))
    lines.append(t("match_request_ask_lend", lang))
    return lines

"""Suggested matches between something wanted (a need, ours or a partner's) and something offered
(a partner's offer, or one of our resources the network can see): a score out of 100 and the
reasons for it, each a code of the words catalogue with its raw values (codes, numbers, dates)
that the service words in the user's language.

What counts, and how much (``score``):

- the category: the same category code (35), else the same kind of resource (8);
- the words in common, folded on both sides by ``core.resources.words`` (accents, capitals,
  plurals, elisions): a word of the need's title counts more than a word of a description, a word
  that most offers carry counts less (``WordIndex.weight``);
- the dates: the need's window against the offer's availability and expiry; no day in common and
  the offer is left out, every day covered scores best;
- the distance by region: the same MRC best, then the same region, then by kilometres between
  the regions' central towns;
- the conditions: free best, a fee with no contribution offered worst; enough quantity; insurance,
  training, approval and a deposit shown as things to check, never as reasons to leave out.

A pair is suggested only when it is *relevant* — the same category, or a telling word in common —
and scores at least ``MIN_SCORE``. Nothing here decides anything: a person confirms or dismisses.

``Offers`` indexes the offers once (by category and by telling word) so that each need is scored
only against its candidates, best first, and stops as soon as no other candidate can enter its
best ``per_need`` (``best_matches``).
"""

from __future__ import annotations

import heapq
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from partage_desktop.core.resources.words import words_of

MIN_SCORE = 30  # out of 100
CATEGORY_POINTS = 35
KIND_POINTS = 8
TITLE_WORD_POINTS = 15
OTHER_WORD_POINTS = 6
MAX_WORD_POINTS = 40
WHOLE_WINDOW_POINTS = 15
PART_WINDOW_POINTS = 6
SAME_MRC_POINTS = 15
SAME_REGION_POINTS = 12
# (up to this many kilometres, points): the regions' central towns are tens of kilometres apart
DISTANCE_POINTS = ((60.0, 9), (120.0, 6), (250.0, 3))
FREE_POINTS = 8
COST_SHARING_POINTS = 4
CONTRIBUTION_POINTS = 3
NO_CONTRIBUTION_PENALTY = 4
ENOUGH_QUANTITY_POINTS = 5
SHORT_QUANTITY_PENALTY = 8
# a match that scores best on every count: the score is out of 100 of these
MOST_POINTS = CATEGORY_POINTS + MAX_WORD_POINTS + WHOLE_WINDOW_POINTS + SAME_MRC_POINTS + FREE_POINTS + \
    ENOUGH_QUANTITY_POINTS
# the most candidates scored whole for one need, the most promising first (``best_matches``)
MOST_EXAMINED = 40

Distance = Callable[[str, str], "float | None"]


class Reason(NamedTuple):
    """One reason, a code of the words catalogue (``match_<code>``) and its raw values. ``check``:
    something a person should look at (insurance required, a fee) rather than a reason it fits."""

    code: str
    params: Mapping[str, object] = MappingProxyType({})
    check: bool = False


@dataclass(frozen=True)
class Wanted:
    """A need: ours (``need:<uid>``) or a partner's (``board:<sender uid>:<item uid>``)."""

    key: str
    kind: str
    category: str = ""
    title_words: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()  # title, description and category labels, folded
    category_words: frozenset[str] = frozenset()  # the folded words of its category's labels
    quantity: int = 1
    region: str = ""
    mrc: str = ""
    wanted_from: date | None = None
    wanted_to: date | None = None
    expires_on: date | None = None
    substitutes_ok: bool = True
    contribution: str = ""


@dataclass(frozen=True)
class Offered:
    """An offer: a partner's (``board:…``) or one of our resources (``resource:<uid>``)."""

    key: str
    kind: str
    category: str = ""
    words: frozenset[str] = frozenset()
    category_words: frozenset[str] = frozenset()
    title: str = ""  # and other names: its words are folded when needed (``title_words``)
    quantity: int = 1
    region: str = ""
    mrc: str = ""
    available_from: date | None = None
    available_to: date | None = None
    expires_on: date | None = None
    pricing: str = ""  # free | fee | cost_sharing | "" (not said)
    fee_cents: int | None = None
    fee_unit: str = ""
    deposit_cents: int | None = None
    insurance_required: bool = False
    insurance_cents: int | None = None
    training_required: bool = False
    approval_required: bool = False
    max_loan_days: int | None = None
    booked: tuple[tuple[date, date], ...] = ()  # our resource's bookings that hold it (first, last day)


@dataclass(frozen=True)
class Match:
    need_key: str
    offer_key: str
    score: int
    reasons: tuple[Reason, ...]
    checks: tuple[Reason, ...]


@lru_cache(maxsize=4096)
def title_words(title: str) -> frozenset[str]:
    """The folded words of an offer's title (and other names), folded once."""
    return frozenset(words_of(title))


@lru_cache(maxsize=4096)
def fold_place(text: str) -> str:
    """An MRC's name compared without accents, capitals, hyphens or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(plain.replace("-", " ").replace("’", " ").replace("'", " ").split())


def _word_points(need: Wanted, common: Iterable[str], weight: Callable[[str], float]) -> tuple[float, list[str]]:
    scored = []
    total = 0.0
    for word in common:
        points = (TITLE_WORD_POINTS if word in need.title_words else OTHER_WORD_POINTS) * weight(word)
        total += points
        scored.append((-points, word))
    scored.sort()
    return min(float(MAX_WORD_POINTS), total), [word for _, word in scored]


def _one(_word: str) -> float:
    return 1.0


def score(need: Wanted, offer: Offered, today: date, distance: Distance,
          weight: Callable[[str], float] = _one, telling: Callable[[str], bool] | None = None) -> Match | None:
    """The match between ``need`` and ``offer`` on ``today``, or None when it is not one: not
    relevant, out of date, or too weak. ``weight``: how much a word counts (1 for a rare word);
    ``telling``: whether a word alone makes the pair relevant (every word, by default)."""
    if (offer.expires_on is not None and offer.expires_on < today) or \
            (need.expires_on is not None and need.expires_on < today):
        return None
    reasons: list[Reason] = []
    checks: list[Reason] = []
    points = 0.0

    same_category = bool(need.category) and need.category == offer.category
    common = need.words & offer.words
    if same_category:
        # the category's own words say nothing more, unless both titles name them
        category_words = need.category_words | offer.category_words
        named = common & category_words & need.title_words
        if named:
            named &= title_words(offer.title)
        common -= category_words - named
        points += CATEGORY_POINTS
        reasons.append(Reason("same_category", {"category": offer.category}))
    elif need.kind and need.kind == offer.kind:
        points += KIND_POINTS
        reasons.append(Reason("same_kind", {"kind": offer.kind}))
    in_title = bool(common & need.title_words)
    relevant = same_category or any((telling or _true)(word) for word in common)
    if not relevant:
        return None
    if not need.substitutes_ok and not in_title:
        return None  # the need wants that very thing: its name must be in the offer
    if common:
        word_points, ordered = _word_points(need, common, weight)
        points += word_points
        reasons.append(Reason("common_words", {"words": tuple(ordered[:6])}))
    if need.substitutes_ok and same_category and not in_title:
        reasons.append(Reason("substitute_ok"))

    window = _dates(need, offer, today)
    if window is None:
        return None
    points += window[0]
    reasons.extend(r for r in window[1] if not r.check)
    checks.extend(r for r in window[1] if r.check)

    points += _place(need, offer, distance, reasons, checks)
    points += _conditions(need, offer, reasons, checks)

    total = max(0, min(100, round(points * 100 / MOST_POINTS)))
    if total < MIN_SCORE:
        return None
    return Match(need.key, offer.key, total, tuple(reasons), tuple(checks))


def _true(_word: str) -> bool:
    return True


def _dates(need: Wanted, offer: Offered, today: date) -> tuple[float, list[Reason]] | None:
    """Points and reasons for the dates; None when the offer cannot be had in the need's window."""
    ends = [d for d in (offer.available_to, offer.expires_on) if d is not None]
    offer_end = min(ends) if ends else None
    offer_start = offer.available_from
    start = need.wanted_from
    end = need.wanted_to or need.wanted_from
    if start is None and end is None:
        if offer_end is not None:
            return 0.0, [Reason("available_until", {"date": offer_end})]
        return 0.0, []
    start = start or end
    assert start is not None and end is not None
    if end < today:
        return None  # the window is over
    start = max(start, today)
    if offer_start is not None and offer_start > end or offer_end is not None and offer_end < start:
        return None
    reasons: list[Reason] = []
    first = max(start, offer_start) if offer_start else start
    last = min(end, offer_end) if offer_end else end
    taken = next(((a, b) for a, b in offer.booked if a <= last and b >= first), None)
    if taken is not None:
        points = float(PART_WINDOW_POINTS)
        if taken[0] == taken[1]:  # one day: « déjà réservée le 25 décembre 2026 »
            reasons.append(Reason("booked_day", {"day": taken[0]}, check=True))
        else:
            reasons.append(Reason("booked", {"start": taken[0], "end": taken[1]}, check=True))
    elif first == start and last == end:
        points = float(WHOLE_WINDOW_POINTS)
        reasons.append(Reason("whole_window"))
    else:
        points = float(PART_WINDOW_POINTS)
        reasons.append(Reason("part_window", {"start": first, "end": last}, check=True))
    days = (end - start).days + 1
    if offer.max_loan_days is not None and days > offer.max_loan_days:
        reasons.append(Reason("longest_loan", {"days": offer.max_loan_days}, check=True))
    return points, reasons


def place_points(need_region: str, need_mrc: str, offer_region: str, offer_mrc: str,
                 distance: Distance) -> tuple[int, Reason | None]:
    if not need_region or not offer_region:
        return 0, None
    if need_region == offer_region:
        if need_mrc and offer_mrc and fold_place(need_mrc) == fold_place(offer_mrc):
            return SAME_MRC_POINTS, Reason("same_mrc", {"mrc": offer_mrc.strip()})
        return SAME_REGION_POINTS, Reason("same_region", {"region": offer_region})
    km = _kilometres(distance, need_region, offer_region)
    if km is None:
        return 0, None
    shown = max(10, int(round(km / 10.0)) * 10)
    for most, points in DISTANCE_POINTS:
        if km <= most:
            return points, Reason("distance", {"km": shown, "region": offer_region})
    return 0, Reason("far", {"km": shown, "region": offer_region}, check=True)


_KM: dict[tuple[Distance, str, str], float | None] = {}


def _kilometres(distance: Distance, a: str, b: str) -> float | None:
    key = (distance, a, b)
    if key not in _KM:
        if len(_KM) > 10_000:
            _KM.clear()
        _KM[key] = distance(a, b)
    return _KM[key]


def _place(need: Wanted, offer: Offered, distance: Distance, reasons: list[Reason], checks: list[Reason]) -> int:
    points, reason = place_points(need.region, need.mrc, offer.region, offer.mrc, distance)
    if reason is not None:
        (checks if reason.check else reasons).append(reason)
    return points


def _conditions(need: Wanted, offer: Offered, reasons: list[Reason], checks: list[Reason]) -> int:
    points = 0
    contribution = " ".join(need.contribution.split())
    if offer.pricing == "free":
        points += FREE_POINTS
        reasons.append(Reason("free"))
    elif offer.pricing in ("fee", "cost_sharing"):
        if offer.pricing == "cost_sharing":
            points += COST_SHARING_POINTS
            reasons.append(Reason("cost_sharing"))
        elif offer.fee_cents:
            checks.append(Reason("fee", {"cents": offer.fee_cents, "unit": offer.fee_unit}, check=True))
        else:
            checks.append(Reason("fee_unknown", check=True))
        if contribution:
            points += CONTRIBUTION_POINTS
            reasons.append(Reason("contribution", {"contribution": contribution[:120]}))
        elif offer.pricing == "fee":
            points -= NO_CONTRIBUTION_PENALTY
            checks.append(Reason("no_contribution", check=True))
    if need.quantity > 1:
        if offer.quantity >= need.quantity:
            points += ENOUGH_QUANTITY_POINTS
            reasons.append(Reason("enough_quantity", {"have": offer.quantity, "want": need.quantity}))
        else:
            points -= SHORT_QUANTITY_PENALTY
            checks.append(Reason("short_quantity", {"have": offer.quantity, "want": need.quantity}, check=True))
    if offer.deposit_cents:
        checks.append(Reason("deposit", {"cents": offer.deposit_cents}, check=True))
    if offer.insurance_required:
        if offer.insurance_cents:
            checks.append(Reason("insurance_amount", {"cents": offer.insurance_cents}, check=True))
        else:
            checks.append(Reason("insurance", check=True))
    if offer.training_required:
        checks.append(Reason("training", check=True))
    if offer.approval_required:
        checks.append(Reason("approval", check=True))
    return points


# ------------------------------------------------------------------ many needs against many offers

class Offers:
    """The offers, indexed once: by category and region, and by word (an inverted index). A word
    carried by more than ``COMMON_SHARE`` of the offers (and more than ``RARE`` of them) is
    *common*: it counts half (a quarter beyond ``VERY_COMMON_SHARE``), and alone it does not make
    a pair relevant."""

    RARE = 8
    COMMON_SHARE = 0.05
    VERY_COMMON_SHARE = 0.2

    def __init__(self, offers: Sequence[Offered]) -> None:
        listed = list(offers)
        self._index([o.key for o in listed], [o.category for o in listed], [o.kind for o in listed],
                    [o.region for o in listed], [o.words for o in listed], listed.__getitem__)

    @classmethod
    def lazy(cls, keys: list[str], categories: list[str], kinds: list[str], regions: list[str],
             words: Sequence[Iterable[str]], make: Callable[[int], Offered]) -> Offers:
        """The index of offers described by their columns; ``make(index)`` builds an offer whole,
        only for those that are scored (a board may hold tens of thousands)."""
        found = cls.__new__(cls)
        found._index(keys, categories, kinds, regions, words, make)
        return found

    def _index(self, keys: list[str], categories: list[str], kinds: list[str], regions: list[str],
               words: Sequence[Iterable[str]], make: Callable[[int], Offered]) -> None:
        count = len(keys)
        self.keys, self.categories, self.kinds, self.regions = keys, categories, kinds, regions
        self.words = words
        self._make = make
        self._made: dict[int, Offered] = {}
        # category -> region -> offers
        self.by_category: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        postings: dict[str, list[int]] = defaultdict(list)
        for index in range(count):
            if categories[index]:
                self.by_category[categories[index]][regions[index]].append(index)
            for word in words[index]:
                postings[word].append(index)
        self.postings = dict(postings)
        self.common_from = max(self.RARE, int(count * self.COMMON_SHARE))
        self.very_common_from = max(self.RARE, int(count * self.VERY_COMMON_SHARE))
        # the words that count less than a rare one (the others weigh 1)
        self.weights = {word: 0.5 if len(hits) <= self.very_common_from else 0.25
                        for word, hits in self.postings.items() if len(hits) > self.common_from}
        self._places: dict[tuple[str, bool], dict[str, int]] = {}
        self._where: dict[str, int] | None = None  # key -> index, made when first asked

    def offer(self, index: int) -> Offered:
        found = self._made.get(index)
        if found is None:
            found = self._made[index] = self._make(index)
        return found

    def find(self, key: str) -> Offered | None:
        if self._where is None:
            self._where = {found: index for index, found in enumerate(self.keys)}
        index = self._where.get(key)
        return None if index is None else self.offer(index)

    def weight(self, word: str) -> float:
        return self.weights.get(word, 1.0)

    def telling(self, word: str) -> bool:
        return word not in self.weights

    def most_for_place(self, region: str, with_mrc: bool, distance: Distance) -> dict[str, int]:
        """The most the place can add for an offer of each region, for a need in ``region``."""
        key = (region, with_mrc)
        found = self._places.get(key)
        if found is None:
            found = self._places[key] = {
                other: place_points(region, "x" if with_mrc else "", other, "x", distance)[0]
                for other in set(self.regions)}
        return found


def best_matches(needs: Iterable[Wanted], offers: Offers, today: date, distance: Distance,
                 per_need: int = 5, skip: Callable[[str, str], bool] | None = None) -> list[Match]:
    """Each need's best ``per_need`` matches among ``offers`` (``skip(need_key, offer_key)``: pairs
    left out, e.g. dismissed ones), best first overall.

    Each need is scored only against its candidates (its category's offers, and those sharing a
    telling word), in order of the most each could score (from their category, words and region);
    the search stops as soon as what remains could not enter the need's best."""
    found: list[Match] = []
    for need in needs:
        found.extend(_best_for(need, offers, today, distance, per_need, skip))
    found.sort(key=lambda m: (-m.score, m.need_key, m.offer_key))
    return found


def _best_for(need: Wanted, offers: Offers, today: date, distance: Distance, per_need: int,
              skip: Callable[[str, str], bool] | None) -> list[Match]:
    if (need.expires_on is not None and need.expires_on < today) or per_need <= 0:
        return []
    telling = {w for w in need.words if offers.telling(w)}

    weights, title_words_ = offers.weights, need.title_words

    def most_from(words: Iterable[str]) -> float:
        return sum((TITLE_WORD_POINTS if w in title_words_ else OTHER_WORD_POINTS) * weights.get(w, 1.0)
                   for w in words)

    # the common words can add at most this, on top of the telling ones (less the category's own
    # words for an offer of the same category: they do not count twice)
    common = most_from(w for w in need.words if w not in telling)
    common_same = most_from(w for w in need.words if w not in telling
                            and (w not in need.category_words or w in need.title_words))
    unnamed = need.category_words - need.title_words  # category words that cannot count here
    # the offers sharing telling words, counted in C: a title word 5 times, another word twice,
    # so that three times the count is their words' points (15 and 6)
    shared: Counter[int] = Counter()
    for word in telling:
        hits = offers.postings.get(word)
        if hits:
            for _ in range(5 if word in need.title_words else 2):
                shared.update(hits)
    place = offers.most_for_place(need.region, bool(need.mrc), distance) if need.region else {}
    categories, kinds, regions = offers.categories, offers.kinds, offers.regions
    # (the most a group of candidates could score, its candidates): the best sharing words…
    groups: list[tuple[float, list[int]]] = []
    for index, count in shared.most_common(MOST_EXAMINED):
        words = count * 3.0
        if need.category and categories[index] == need.category:
            base, words = CATEGORY_POINTS, words + common_same
        else:
            base, words = (KIND_POINTS if need.kind and kinds[index] == need.kind else 0), words + common
        groups.append((base + min(float(MAX_WORD_POINTS), words) + place.get(regions[index], 0), [index]))
    # …and the nearest of the same category
    if need.category:
        most_words = min(float(MAX_WORD_POINTS), common_same)
        by_region = offers.by_category.get(need.category, {})
        room = MOST_EXAMINED
        for region in sorted(by_region, key=lambda r: -place.get(r, 0)):
            rest = [index for index in by_region[region][:room] if index not in shared]
            if rest:
                groups.append((CATEGORY_POINTS + most_words + place.get(region, 0), rest))
                room -= len(rest)
            if room <= 0:
                break
    groups.sort(key=lambda group: -group[0])
    # the most the dates and the conditions can add
    besides = (WHOLE_WINDOW_POINTS if need.wanted_from or need.wanted_to else 0) + FREE_POINTS + \
        (ENOUGH_QUANTITY_POINTS if need.quantity > 1 else 0)
    best: list[tuple[int, int, Match]] = []  # a heap of the need's best so far (the worst on top)
    examined = 0
    for most, indices in groups:
        bound = min(100.0, (most + besides) * 100 / MOST_POINTS)
        # a tie goes to the offer met first
        if bound < MIN_SCORE or len(best) >= per_need and bound <= best[0][0] or examined >= MOST_EXAMINED:
            break
        for index in indices:
            examined += 1
            if examined > MOST_EXAMINED:
                break
            if len(best) >= per_need:  # a closer look at what this one could score, before scoring it
                offer_words = offers.words[index]
                shared_words = need.words.intersection(offer_words)
                same = bool(need.category) and categories[index] == need.category
                if same:
                    shared_words -= unnamed
                most_here = (CATEGORY_POINTS if same else KIND_POINTS if kinds[index] == need.kind else 0) + \
                    min(float(MAX_WORD_POINTS), most_from(shared_words)) + place.get(regions[index], 0) + besides
                if min(100.0, most_here * 100 / MOST_POINTS) <= best[0][0]:
                    continue
            offer = offers.offer(index)
            if skip is not None and skip(need.key, offer.key):
                continue
            match = score(need, offer, today, distance, offers.weight, offers.telling)
            if match is None:
                continue
            entry = (match.score, -index, match)  # ties: the offer listed first
            if len(best) < per_need:
                heapq.heappush(best, entry)
            elif entry[:2] > best[0][:2]:
                heapq.heapreplace(best, entry)
    return [entry[2] for entry in best]

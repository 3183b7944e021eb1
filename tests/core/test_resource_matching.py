"""Suggested matches, pure: each reason, the folding of words on both sides, near before far,
what is left out (expired, out of the window, unrelated), and that letter case and accents never
change a score."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from partage_desktop.core.resources.content import load_catalogue
from partage_desktop.core.resources.matching import (
    MIN_SCORE,
    Offered,
    Offers,
    Wanted,
    best_matches,
    score,
)
from partage_desktop.core.resources.words import words_of
from partage_desktop.platform.resources import resource_path

CATALOGUE = load_catalogue(resource_path("resources", "catalogue.toml"))
DISTANCE = CATALOGUE.distance_km
TODAY = date(2027, 5, 3)
VEHICLES = frozenset(words_of("Véhicules et remorques", "Vehicles and trailers"))


def need(title: str = "Remorques", description: str = "", **values) -> Wanted:
    category = values.pop("category", "vehicles")
    labels = VEHICLES if category == "vehicles" else frozenset()
    return Wanted(key=values.pop("key", "need:n1"), kind=values.pop("kind", "vehicle"), category=category,
                  title_words=frozenset(words_of(title)),
                  words=frozenset(words_of(title, description)) | labels, category_words=labels,
                  region=values.pop("region", "16"), **values)


def offer(title: str = "la remorque utilitaire", description: str = "", **values) -> Offered:
    category = values.pop("category", "vehicles")
    labels = VEHICLES if category == "vehicles" else frozenset()
    return Offered(key=values.pop("key", "board:s:o1"), kind=values.pop("kind", "vehicle"), category=category,
                   words=frozenset(words_of(title, description)) | labels, category_words=labels,
                   title=title,
                   region=values.pop("region", "16"), **values)


def codes(match) -> list[str]:
    return [r.code for r in match.reasons]


def check_codes(match) -> list[str]:
    return [r.code for r in match.checks]


def reason(match, code):
    return next(r for r in (*match.reasons, *match.checks) if r.code == code)


def test_a_trailer_wanted_finds_the_trailer_offered_with_every_reason_said():
    match = score(need("Remorques", wanted_from=date(2027, 6, 1), wanted_to=date(2027, 6, 5)),
                  offer("la remorque utilitaire", pricing="free", available_to=date(2027, 9, 1)), TODAY, DISTANCE)
    assert match is not None and match.score >= 70
    assert codes(match) == ["same_category", "common_words", "whole_window", "same_region", "free"]
    assert reason(match, "same_category").params == {"category": "vehicles"}
    # « remorque » is also in the category's name, and counts because both titles name it
    assert reason(match, "common_words").params == {"words": ("remorque",)}
    assert reason(match, "same_region").params == {"region": "16"}


def test_accents_capitals_plurals_and_elisions_do_not_keep_words_apart():
    wanted = need("Remorques utilitaires", category="", kind="equipment")
    for title in ("la remorque", "l'Utilitaire", "REMORQUE", "utilitaire"):
        match = score(wanted, offer(title, category="", kind="equipment"), TODAY, DISTANCE)
        assert match is not None, title
        assert "common_words" in codes(match)


def test_same_mrc_scores_above_same_region_and_near_above_far():
    wanted = need(mrc="Roussillon")
    same_mrc = score(wanted, offer(mrc="roussillon"), TODAY, DISTANCE)
    same_region = score(wanted, offer(mrc="Les Maskoutains"), TODAY, DISTANCE)
    montreal = score(wanted, offer(region="06"), TODAY, DISTANCE)
    cote_nord = score(wanted, offer(region="09"), TODAY, DISTANCE)
    assert same_mrc.score > same_region.score > montreal.score > cote_nord.score
    assert reason(same_mrc, "same_mrc").params == {"mrc": "roussillon"}
    assert reason(montreal, "distance").params["km"] == 30
    far = reason(cote_nord, "far")
    assert far.check and far.params["km"] > 250


def test_expired_offers_and_needs_are_left_out():
    assert score(need(), offer(expires_on=date(2027, 5, 2)), TODAY, DISTANCE) is None
    assert score(need(expires_on=date(2027, 5, 1)), offer(), TODAY, DISTANCE) is None
    assert score(need(), offer(expires_on=TODAY), TODAY, DISTANCE) is not None


def test_dates_whole_window_part_of_it_or_none_of_it():
    wanted = need(wanted_from=date(2027, 6, 1), wanted_to=date(2027, 6, 10))
    whole = score(wanted, offer(available_from=date(2027, 5, 1)), TODAY, DISTANCE)
    part = score(wanted, offer(available_to=date(2027, 6, 4)), TODAY, DISTANCE)
    assert "whole_window" in codes(whole)
    assert reason(part, "part_window").params == {"start": date(2027, 6, 1), "end": date(2027, 6, 4)}
    assert whole.score > part.score
    assert score(wanted, offer(available_from=date(2027, 7, 1)), TODAY, DISTANCE) is None
    assert score(wanted, offer(expires_on=date(2027, 5, 20)), TODAY, DISTANCE) is None
    assert score(need(wanted_from=date(2027, 4, 1), wanted_to=date(2027, 4, 30)), offer(), TODAY, DISTANCE) is None
    longest = score(wanted, offer(max_loan_days=3), TODAY, DISTANCE)
    assert reason(longest, "longest_loan").params == {"days": 3} and reason(longest, "longest_loan").check


def test_our_resource_already_booked_in_the_window_is_a_thing_to_check():
    wanted = need(wanted_from=date(2027, 6, 1), wanted_to=date(2027, 6, 10))
    free = score(wanted, offer(booked=((date(2027, 5, 1), date(2027, 5, 31)),)), TODAY, DISTANCE)
    taken = score(wanted, offer(booked=((date(2027, 5, 20), date(2027, 5, 31)), (date(2027, 6, 9), date(2027, 6, 12)))),
                  TODAY, DISTANCE)
    assert "whole_window" in codes(free)
    assert reason(taken, "booked").params == {"start": date(2027, 6, 9), "end": date(2027, 6, 12)}
    assert free.score > taken.score
    one_day = score(wanted, offer(booked=((date(2027, 6, 4), date(2027, 6, 4)),)), TODAY, DISTANCE)
    assert reason(one_day, "booked_day").params == {"day": date(2027, 6, 4)}  # « le 4 juin », not « du 4 au 4 »


def test_conditions_free_best_then_cost_sharing_then_a_fee_without_contribution():
    free = score(need(), offer(pricing="free"), TODAY, DISTANCE)
    sharing = score(need(), offer(pricing="cost_sharing"), TODAY, DISTANCE)
    fee = score(need(), offer(pricing="fee", fee_cents=5000, fee_unit="day"), TODAY, DISTANCE)
    fee_paid = score(need(contribution="l'essence payée"), offer(pricing="fee", fee_cents=5000, fee_unit="day"),
                     TODAY, DISTANCE)
    assert free.score > sharing.score > fee_paid.score > fee.score
    assert "free" in codes(free) and "cost_sharing" in codes(sharing)
    assert reason(fee, "fee").params == {"cents": 5000, "unit": "day"}
    assert "no_contribution" in check_codes(fee)
    assert reason(fee_paid, "contribution").params == {"contribution": "l'essence payée"}


def test_quantity_and_the_things_to_check():
    enough = score(need(quantity=2), offer(quantity=3), TODAY, DISTANCE)
    short = score(need(quantity=4), offer(quantity=1), TODAY, DISTANCE)
    assert reason(enough, "enough_quantity").params == {"have": 3, "want": 2}
    assert reason(short, "short_quantity").params == {"have": 1, "want": 4}
    assert enough.score > short.score
    careful = score(need(), offer(insurance_required=True, insurance_cents=100_000_000, training_required=True,
                                  approval_required=True, deposit_cents=20000), TODAY, DISTANCE)
    assert check_codes(careful) == ["deposit", "insurance_amount", "training", "approval"]
    plain = score(need(), offer(), TODAY, DISTANCE)
    assert careful.score == plain.score  # things to check, never reasons to leave out


def test_substitutes_same_category_kind_only_and_unrelated():
    van = offer("Camionnette Ford", key="board:s:van")
    accepted = score(need("Remorque"), van, TODAY, DISTANCE)
    assert accepted is not None and "substitute_ok" in codes(accepted) and "common_words" not in codes(accepted)
    assert score(need("Remorque", substitutes_ok=False), van, TODAY, DISTANCE) is None
    kind_only = score(need("Remorque fermée", category=""), offer("remorque", category="", region="16"), TODAY, DISTANCE)
    assert kind_only is not None and codes(kind_only)[0] == "same_kind"
    assert score(need("Remorque", category=""), offer("Projecteur", category="", kind="equipment"), TODAY,
                 DISTANCE) is None


def test_a_weak_pair_is_left_out():
    weak = need("Remorque", category="", region="16")
    far_fee = offer("remorque", category="", kind="equipment", region="09", pricing="fee")
    assert score(weak, far_fee, TODAY, DISTANCE) is None
    assert MIN_SCORE > 0


def test_best_matches_ranks_near_before_far_and_skips_what_is_dismissed():
    offers = Offers([offer(key="board:s:far", region="09"), offer(key="board:s:near", region="16"),
                     offer(key="board:s:tent", category="events", kind="equipment", title="tente")])
    found = best_matches([need()], offers, TODAY, DISTANCE)
    assert [m.offer_key for m in found] == ["board:s:near", "board:s:far"]
    skipped = best_matches([need()], offers, TODAY, DISTANCE, skip=lambda n, o: o == "board:s:near")
    assert [m.offer_key for m in skipped] == ["board:s:far"]


def test_best_matches_finds_the_same_best_as_scoring_every_pair():
    """The index and the early stop score fewer pairs, and find the same best as scoring them all
    (``MOST_EXAMINED`` candidates per need are enough on a board of this size)."""
    titles = ["remorque fermée", "camionnette", "tente", "table pliante", "projecteur", "remorque", "minibus",
              "salle de réunion", "chaise", "génératrice"]
    categories = [("vehicles", "vehicle"), ("events", "equipment"), ("it", "equipment"), ("rooms", "premises")]
    regions = ["16", "06", "13", "09", "03", "16"]
    listed = []
    for n in range(120):
        category, kind = categories[n % 4]
        listed.append(offer(titles[n % 10], "bon état " * (n % 3), key=f"board:s:{n:03d}", category=category,
                            kind=kind, region=regions[n % 6], pricing=("free", "fee", "cost_sharing")[n % 3],
                            quantity=1 + n % 4))
    needs = [need("Remorque", key="need:a"), need("Tentes et chaises", key="need:b", category="events",
                                                    kind="equipment", quantity=3),
             need("Salle", key="need:c", category="rooms", kind="premises", region="06")]
    index = Offers(listed)
    found = best_matches(needs, index, TODAY, DISTANCE, per_need=5)
    for wanted in needs:
        every = [score(wanted, o, TODAY, DISTANCE, index.weight, index.telling) for o in listed]
        best = sorted((m.score for m in every if m is not None), reverse=True)[:5]
        assert sorted((m.score for m in found if m.need_key == wanted.key), reverse=True) == best, wanted.key


FRENCH = "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ '’-"


def _variant(text: str, data) -> str:
    """The same words with letters in other cases and accents taken off or put on."""
    plain = {"à": "a", "â": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i", "ô": "o",
             "ù": "u", "û": "u", "ü": "u", "ÿ": "y"}
    out = []
    for ch in text:
        ch = plain.get(ch, ch) if data.draw(st.booleans()) else ch
        out.append(ch.upper() if data.draw(st.booleans()) else ch)
    return "".join(out)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=FRENCH, max_size=40), st.text(alphabet=FRENCH, max_size=40), st.data())
def test_the_score_never_depends_on_letter_case_or_accents(need_title, offer_title, data):
    def pair(a: str, b: str):
        wanted = need(a, category="", kind="equipment", mrc=a[:8])
        offered = offer(b, category="", kind="equipment", mrc=b[:8])
        return score(wanted, offered, TODAY, DISTANCE)

    first, second = pair(need_title, offer_title), pair(_variant(need_title, data), _variant(offer_title, data))
    assert (first.score if first else None) == (second.score if second else None)


def test_words_of_a_plural_capitalized_title_meet_an_elided_singular():
    assert words_of("Remorques") == words_of("la remorque") == ["remorque"]
    match = score(replace(need("Remorques"), category=""), replace(offer("la remorque"), category=""), TODAY, DISTANCE)
    assert match is not None and reason(match, "common_words").params["words"][0] == "remorque"

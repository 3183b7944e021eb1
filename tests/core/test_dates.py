"""Reading typed dates (core.dates): the forms people type in Québec, in both languages."""

from datetime import date

import pytest

from partage_desktop.core.dates import DateTextError, check_range, date_in_words, parse_date

JAN7 = date(2027, 1, 7)


@pytest.mark.parametrize("text", [
    "2027-01-07", "2027/01/07", "2027-1-7", "20270107",
    "7/1/2027", "07/01/2027", "7-1-2027", "7.1.2027", "7 1 2027", "7/1/27",
    "7 janvier 2027", "7 Janvier 2027", "7 JANVIER 2027", "jeudi 7 janvier 2027", "7 janv. 2027",
    "January 7, 2027", "january 7 2027", "Jan 7, 2027", "7 January 2027", "Thursday, January 7, 2027",
    "7th January 2027", "  7   janvier   2027  ",
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_forms_people_type_all_mean_january_7(text: str, lang: str) -> None:
    assert parse_date(text, lang) == JAN7


def test_day_comes_before_month_in_both_languages_as_in_quebec() -> None:
    assert parse_date("3/4/2027", "fr") == date(2027, 4, 3)
    assert parse_date("3/4/2027", "en") == date(2027, 4, 3)
    assert parse_date("13/12/2026", "en") == date(2026, 12, 13)


def test_accents_and_first_of_the_month() -> None:
    assert parse_date("1er février 2027") == date(2027, 2, 1)
    assert parse_date("1 fevrier 2027") == date(2027, 2, 1)
    assert parse_date("15 août 2027") == date(2027, 8, 15)
    assert parse_date("15 aout 2027") == date(2027, 8, 15)
    assert parse_date("24 décembre 2026") == date(2026, 12, 24)
    assert parse_date("December 24, 2026", "en") == date(2026, 12, 24)
    assert parse_date("1er mars 2027") == date(2027, 3, 1)


def test_what_the_field_shows_reads_back() -> None:
    for day in (date(2027, 1, 1), JAN7, date(2026, 12, 6), date(2028, 2, 29)):
        for lang in ("fr", "en"):
            assert parse_date(date_in_words(day, lang), lang) == day
            assert parse_date(date_in_words(day, lang, weekday=True), lang) == day
    assert date_in_words(JAN7, "fr", weekday=True) == "jeudi 7 janvier 2027"
    assert date_in_words(JAN7, "en", weekday=True) == "Thursday, January 7, 2027"


@pytest.mark.parametrize("text", ["", "   ", "demain", "7 1", "7/1/2027/3", "2027", "abc 2027",
                                  "7 janvier", "7 janvier 2027 12", "99/99/9999", "7 truc 2027"])
def test_text_that_is_no_date_says_what_to_write(text: str) -> None:
    with pytest.raises(DateTextError) as fr:
        parse_date(text, "fr")
    assert "2027-01-07" in str(fr.value)
    with pytest.raises(DateTextError) as en:
        parse_date(text, "en")
    assert "January 7, 2027" in str(en.value)


@pytest.mark.parametrize("text", ["31/2/2027", "29 février 2027", "32 janvier 2027", "2027-13-01", "0/1/2027"])
def test_a_day_not_on_the_calendar_is_named(text: str) -> None:
    with pytest.raises(DateTextError) as err:
        parse_date(text, "fr")
    assert "n'existe pas" in str(err.value)
    assert text in str(err.value)


def test_the_old_bug_seven_one_two_thousand_twenty_seven_is_not_december_first() -> None:
    # the wizard's old date box turned "7 1 2027" into "7 décembre 1"
    assert parse_date("7 1 2027", "fr") == JAN7


def test_range_limits_are_said_in_words() -> None:
    check_range(JAN7, "fr", minimum=JAN7, maximum=JAN7)
    with pytest.raises(DateTextError, match="7 janvier 2027 ou après"):
        check_range(date(2027, 1, 6), "fr", minimum=JAN7)
    with pytest.raises(DateTextError, match="on or before January 7, 2027"):
        check_range(date(2027, 1, 8), "en", maximum=JAN7)

"""When a statement was said: the day its attribution gives (attribution/said.py, attribution/days.py)."""

import datetime as dt

import pytest

from idlibsite.attribution.days import days
from idlibsite.attribution.said import said_on
from idlibsite.dates import PartialDate

@pytest.mark.parametrize(("sentence", "day"), [
    ("Peskov told journalists in Moscow that preparations for a meeting on Thursday were under way.", "on Thursday"),
    ("The ministry said talks would resume on Monday in Ankara.", "on Monday"),
    ("Lavrov warned against a new offensive before Sunday, his ministry said.", "Sunday"),
    ("Borrell, who visited the border on Monday evening, said aid would follow.", "on Monday evening"),
    ("Akar said 33 soldiers were killed on 27 February.", "on 27 February"),
    ("Peskov said the leaders would have spoken by phone on March 2.", "on March 2"),
    ("Al-Moallem said Syria supported the agreement reached by Russia and Turkey on March 1.", "on March 1"),
    ("The researcher says much about the March 1 agreement.", ""),  # a thing named by its day
    ("On the eve of Friday's talks in Geneva, the envoy said both sides had agreed to attend.", "Friday"),  # counted from
    ("Two days after the vote on 28 February, the speaker told deputies the session was closed.", "on 28 February"),
    ("Whereas Akar told lawmakers on Monday that the posts would stay, the Kremlin said the deal still held.",
     "on Monday"),  # the clause set against the speaker's
    ("Ankara will not back down, minister says, after two convoys shelled Sunday", "Sunday"),  # an event's day
    ("The ministry said after talks collapsed on Sunday that it would act alone.", "on Sunday"),
    ("\u2063" * len("“The ceasefire starts Saturday,”") + " the envoy said.", ""),  # a quotation, masked as found
])
def test_a_weekday_in_what_was_said_does_not_date_the_saying(sentence: str, day: str) -> None:
    published = PartialDate("2020-03-03", "day")  # a Tuesday
    how = f'not dated by its attribution ("{day}" is in what was said)' if day else "not dated in its sentence"
    assert said_on(sentence, published) == (published, f"{how}; reported in an article published 3 March 2020")


def test_a_day_later_than_the_article_is_not_when_it_was_said() -> None:
    published = PartialDate("2020-03-03", "day")
    assert said_on("Peskov said on 5 March that the leaders had met.", published) == (published, (
        'not dated by its attribution ("on 5 March" is later than the article); reported in an article published 3 March 2020'))


@pytest.mark.parametrize(("sentence", "day"), [
    ("On Monday, the Russian Defence Ministry's spokesman Igor Konashenkov said the posts were safe.", "2020-03-02"),
    ("Akar told reporters in Hatay on Sunday that the posts would stay.", "2020-03-01"),
    ("The talks would resume soon, Cavusoglu said Saturday.", "2020-02-29"),
    ("Erdogan said on Tuesday that a meeting on Thursday was planned.", "2020-03-03"),
    ("In a column on Saturday, the writer accused Ankara of blackmail.", "2020-02-29"),
    ("In the early hours of Saturday, the ministry said its jets had struck.", "2020-02-29"),
    ("The ministry said after the talks on Sunday that it would act alone.", "2020-03-01"),
    ("When Erdogan declared on 28 February that the gates were open, few believed him.", "2020-02-28"),
    ("Erdogan, addressing his party in Istanbul on Saturday, said he had asked Putin to step aside.", "2020-02-29"),
    ("Before the Senate on Wednesday evening, the minister had already warned of a new exodus.", "2020-02-26"),
    ("The envoy said on 1 March that the talks had stalled.", "2020-03-01"),
    ("Speaking on Feb. 27, 2020, the minister accused Damascus of breaking the truce.", "2020-02-27"),
    ("Lavrov told reporters yesterday that Moscow would not back down.", "2020-03-02"),
    ("The ministry said late on Sunday night that the convoy had turned back.", "2020-03-01"),
    ("The ministry said last Tuesday that the crossing was closed.", "2020-02-25"),  # a Tuesday's "last Tuesday"
    ("The governor said on 28 December that the camps were full.", "2019-12-28"),  # no year: the one before
    ("Rouhani told a cabinet meeting on Sunday that Iran was concerned.", "2020-03-01"),
    ("\u2063\u2063\u2063, said Marco Sandrone, the group's field coordinator, in a statement on Monday.", "2020-03-02"),
    ("The minister called again on Thursday for a lasting truce.", "2020-02-27"),
    ("Esper, asked about the missiles at a news conference Monday, said the review went on.", "2020-03-02"),
])
def test_a_weekday_beside_the_speech_verb_dates_the_saying(sentence: str, day: str) -> None:
    assert said_on(sentence, PartialDate("2020-03-03", "day"))[0] == PartialDate(day, "day")


@pytest.mark.parametrize(("sentence", "day"), [
    ("Peskov said on Friday, Saturday and Sunday that the talks went on.", "on Friday"),  # no one day
    ("The ministry said Sunday's phone call lasted an hour.", "Sunday"),  # a thing of that day
    ("In an interview published on Sunday, the envoy said the truce held.", "on Sunday"),  # published, said earlier
    ("Kremlin: Putin and Erdogan discussed Idlib by phone on Friday", "on Friday"),  # a headline: no speech verb
])
def test_days_that_do_not_date_the_saying(sentence: str, day: str) -> None:
    published = PartialDate("2020-03-03", "day")
    assert said_on(sentence, published) == (published, (
        f'not dated by its attribution ("{day}" is in what was said); reported in an article published 3 March 2020'))


@pytest.mark.parametrize(("sentence", "day"), [
    ("Erdogan announced on Saturday, February 1, that the border was open.", "2020-02-01"),  # the date wins
    ("The minister said the day before yesterday that the posts would stay.", "2020-03-01"),
    ("In a statement on 02.03.2020, the ministry said it rejected the claims.", "2020-03-02"),  # day first
    ("On Friday, 33 soldiers were buried; on Sunday, Ankara said it would respond.", "2020-03-01"),
    ("Erdogan and Putin told a joint news conference in Moscow on Monday that a corridor would be set up.",
     "2020-03-02"),
    ("The ambassador wrote to the Council on Feb. 29 that the troops were an occupying force.", "2020-02-29"),
    ("Michel said after Monday's meeting that the agreement would be reviewed.", "2020-03-02"),
])
def test_more_ways_of_dating_the_saying(sentence: str, day: str) -> None:
    assert said_on(sentence, PartialDate("2020-03-03", "day"))[0] == PartialDate(day, "day")


def test_days_reads_each_day_a_sentence_names() -> None:
    named = days("The ministry said on Saturday, February 29, and again on 2 March that Sunday's figures held.",
                 PartialDate("2020-03-03", "day"))
    assert [(d.words, d.when, d.possessive, d.listed) for d in named] == [
        ("on Saturday, February 29", dt.date(2020, 2, 29), False, False),
        ("on 2 March", dt.date(2020, 3, 2), False, False),
        ("Sunday", dt.date(2020, 3, 1), True, False),
    ]
    assert days("the 3/2/2020 statement", PartialDate("2020-03-03", "day")) == []  # the outlet decides its order

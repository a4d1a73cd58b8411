"""Encyclopaedic pages and community compilations: words without marks whose speaker the layout gives (issue 15,
session fix15gi).

A quotations page prints each quotation as a line of its own, its author or its source on the line under it; a
fact-checker's database prints a claim on a "Claim:" line and its claimant on a field line; a forum's compilation puts
the speaker at the head of a bullet or on the line above the words. None of these words had a speech verb or
quotation marks, so none was a passage. Texts of our own in other sites' forms (a quotations site's topic page, another
wiki's person page, a claims database, a members' forum, a channel's list of statements); guards where a rule could
over-reach (a list of facts with their agencies, a round-up by place, a heading's colon, a disputed quotation, an
anonymous claimant, a user's own opinion).
"""

from __future__ import annotations

from idlibsite.sources.claimrecords import claim_records
from idlibsite.sources.compiled import compiled
from idlibsite.sources.quotelines import quoted_lines
from test_attribution import page_labels

_TOPIC_PAGE = """Quotations about the Idlib ceasefire

Browse by topic | Authors | Random quotation

A ceasefire on paper is not yet a ceasefire on the ground.
~ Geir Pedersen, briefing to the Security Council

We will respond to every violation without hesitation.
— Hulusi Akar

The people of Idlib have waited too long for this day.
Mark Lowcock, statement in New York
"""

_PERSON_PAGE = """Ibrahim Kalin

Quotations of the presidential spokesman, collected by volunteers.

Sayings[edit]
Turkey does not want a war with anyone, but it will defend its soldiers.
Interview with a Turkish broadcaster, 2 March 2020.
We expect our allies to stand with us in Idlib.
Press conference in Ankara, 29 February 2020.

Disputed[edit]
The regime will be pushed back beyond the posts within a week.
Circulated on social media, February 2020, without a source.
"""

_FACT_LIST = """Saraqib

Government troops entered the town from the east.
Reuters, 2 March 2020.
Turkish drones struck a convoy on the M5 highway.
Anadolu Agency, 2 March 2020.
"""


def test_a_quotations_sites_lines_are_their_authors_below():
    labels = page_labels(_TOPIC_PAGE)
    assert labels["A ceasefire on"] == "new:Geir Pedersen"
    assert labels["We will respond"] == "hulusi-akar"
    assert labels["The people of"] == "mark-lowcock"


def test_a_person_pages_lines_are_the_subjects_and_a_disputed_one_nobodys():
    labels = page_labels(_PERSON_PAGE)
    assert labels["Turkey does not"] == "ibrahim-kalin"
    assert labels["We expect our"] == "ibrahim-kalin"
    assert labels.get("The regime will", "") == ""


def test_a_list_of_facts_over_their_agencies_is_no_quotations_page():
    ranges = [(i, _FACT_LIST.index("\n", i)) for i in (_FACT_LIST.index("Government"), _FACT_LIST.index("Reuters"),
                                                        _FACT_LIST.index("Turkish"), _FACT_LIST.index("Anadolu"))]
    assert not any(end > start for start, end, _, _ in quoted_lines(_FACT_LIST, ranges).values())


_CLAIMS = """Claims database: Idlib

Claim: Russian jets bombed a Turkish field hospital in Atarib on 4 March.
Claimant: Sabah Online, 4 March 2020
Verdict: Partly false

Claim: Hundreds of Greek soldiers crossed into Turkey at Pazarkule.
Claimant: social media users, 2 March 2020
Verdict: False
"""


def test_a_claims_words_are_its_claimants_and_an_anonymous_one_nobodys():
    labels = page_labels(_CLAIMS)
    assert labels["Russian jets bombed"] == "new:Sabah Online"
    assert labels.get("Hundreds of Greek", "") == ""


def test_a_claim_with_no_claimant_field_is_left_alone():
    text = "Claim: Turkey will close the border tomorrow.\nVerdict: False"
    assert claim_records(text, [(0, text.index("\n"))]) == {}


_THREAD = """Idlib statements, day 3

Posted by steppe_owl, 14 replies

- Turkish Foreign Minister Mevlut Cavusoglu, speaking in Antalya: Our patience with the regime has run out.
- Russian Foreign Ministry (Zakharova): The Turkish side must respect the memorandum it signed.
- Saraqib: Government forces entered the town after heavy shelling.

Reply from cedar_lake:
Akar, again, at the border today:

Our posts will stay where they are. The regime will be answered.

I think this will end in Moscow anyway.
"""


def test_a_threads_bullets_are_their_heads_speakers():
    labels = page_labels(_THREAD)
    assert labels["Our patience with"] == "new:Mevlut Cavusoglu"
    assert labels["The Turkish side"] == "new:Zakharova"


def test_words_under_a_speakers_line_are_his():
    assert page_labels(_THREAD)["Our posts will"] == "hulusi-akar"


def test_a_round_ups_place_and_a_users_opinion_name_no_speaker():
    labels = page_labels(_THREAD)
    assert "Government forces entered" not in labels
    assert labels.get("I think this", "") == ""


def test_a_bare_word_heads_no_compilation():
    text = "- Casualties: Fifteen people were killed in the strikes.\n- Displaced: Nearly a million people have fled."
    ranges = [(0, text.index("\n")), (text.index("\n") + 1, len(text))]
    assert compiled(text, ranges) == {}

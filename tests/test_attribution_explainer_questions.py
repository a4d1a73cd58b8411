"""Run-in questions of an explainer or a newsletter address nobody (issue 15, lead, the fourteenth session).

Round 102 (sealed; newsletters and digests) scored a daily e-mail newsletter's every sentence to "Wait": its run-in
questions "Wait, why now?" and "Wait, aren't they friends?" opened by the same word and a comma, which the reader of
untagged interviews (:func:`idlibsite.sources.headed.plain_interview`) took for the host addressing a guest by surname
twice, and every paragraph after a question became that guest's answer. A word alone before the comma is now a guest's
surname only when the page writes it after a given name; a title ("Mr Dupont,") or a full name still addresses one.
Texts of our own in two forms (a newsletter's explainer, a broadcaster's "your questions answered" page); the guard is an
untagged interview that addresses its guest by surname, whose full name the introduction gives.
"""

from __future__ import annotations

import pytest

from test_attribution import speakers

_NEWSLETTER = ("The Morning Rundown\n\nMARCH 3, 2020\n\nThe Story\n\nFighting in northern Syria is getting worse.\n\n"
               "Wait, why now?\n\nAnkara says it will hit back. Greece says its border is closed.\n\n"
               "Wait, who is fighting whom?\n\nIt is messy. The Kremlin said the two leaders could talk this week.\n\n"
               "And the UN?\n\nIts aid chief has asked for a pause in the fighting.\n\n"
               "Share This: Forward this to a friend who keeps asking \"wait, what is going on?\"")
_EXPLAINER = ("Your questions answered: the Idlib crisis\n\nBy the News Desk\n\nOkay, what is Idlib?\n\n"
              "It is the last province held by the rebels. Human Rights Watch said the bombing of schools must stop.\n\n"
              "Okay, and why does Turkey care?\n\nIt has troops there. Defence Minister Hulusi Akar said the posts would stay.\n\n"
              "So what happens next?\n\nThe Kremlin said a meeting was being prepared.")
_INTERVIEW = ("Interview: a surgeon back from Idlib\n\nDr. Mireille Abboud, a surgeon from Lyon, spent two weeks in a field "
              "hospital near Atmeh. We spoke to her on Monday.\n\nAbboud, what did you see there?\n\n"
              "Wards full of children with blast injuries. We worked through the night.\n\n"
              "Abboud, were the hospitals hit?\n\nTwo of them, in the week I was there.\n\n"
              "What do you need most?\n\nFuel for the generators, and anaesthetics.")


@pytest.mark.parametrize("text", [pytest.param(_NEWSLETTER, id="newsletter_wait_why_now"),
                                  pytest.param(_EXPLAINER, id="explainer_okay_what_is")])
def test_run_in_questions_opened_by_a_word_and_a_comma_make_no_guest(text: str) -> None:
    got = speakers(text)
    opener = text.split("\n\n")[next(i for i, p in enumerate(text.split("\n\n")) if p.endswith("?") and "," in p)].split(",")[0]
    assert all(who != f"new:{opener}" for _kind, _words, who in got), got
    assert any(who in ("kremlin", "new:Kremlin") for _kind, words, who in got if words.startswith("The Kremlin said")), got


def test_the_newsletter_s_sentences_keep_their_own_speakers() -> None:
    got = {words: who for _kind, words, who in speakers(_NEWSLETTER)}
    assert got["Ankara says it"] != "new:Wait" and got["Ankara says it"]
    assert got["Greece says its"] and got["Greece says its"] != "new:Wait"


def test_guard_an_untagged_interview_addressing_its_guest_by_surname_is_hers() -> None:
    got = {words: who for _kind, words, who in speakers(_INTERVIEW)}
    assert got["Wards full of"] == "new:Mireille Abboud"
    assert got["Two of them,"] == "new:Mireille Abboud"

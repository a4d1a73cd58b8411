"""A surname a browser's machine translation left in another case is the person the page named (issue 15, fix15gf).

Pages read through a browser's translation and saved as text keep a Slavic or Greek surname in the case the source
sentence put it in when the translator did not know the name: "According to Kovalenka" for Kovalenko's genitive,
"Bondarevu" for Bondarev's dative, "As noted Kostrova" for Kostrova, "According to Mr. Stavrou" ... The old code took
each such form for a new speaker. A one-word name that is, under a case ending, the surname of the one person the page
has named so far is that person (:func:`idlibsite.attribution.inflected.inflected_surname`). Texts of our own in two
outlets' forms (a Belarusian agency's page, a Cypriot daily's); the guards: a woman named in full with the feminine
form of a man's surname stays herself, and two people whose surnames share the stem leave the form to nobody.
"""

from __future__ import annotations

from test_attribution import speakers

_AGENCY = ("Minsk, 4 March. Deputy head of the Russian MFA Oleg Bondarev declared on Wednesday, that Moscow expects "
           "from Ankara the fulfilment of the Sochi memorandum.\n\n"
           "According to Bondareva, the Russian side «is ready for contacts at any level». The diplomat added, that the "
           "meeting of the presidents is being prepared.")
_DAILY = ("Nicosia. The government spokesman Andreas Stavrakis said on Tuesday that the island follows the developments "
          "in Idlib with concern.\n\n"
          "According to Mr. Stavraki, «Cyprus stands with Greece at this difficult hour».")
_TWO_WOMEN = ("Moscow. The foreign ministry's spokeswoman Irina Volkova said that the talks would go on. "
              "Her colleague at the defence ministry, Pavel Volkov, said the patrols would continue.\n\n"
              "According to Volkova, «the memorandum remains in force».")
_KIN = ("Moscow. Deputy minister Andrei Sokolov said that Russia followed Idlib closely. Analyst Olga Sokolova said "
        "Moscow had no stake in it.\n\nAccording to Sokolovu, «it is a Russian-Turkish affair».")


def _said(text: str, opening: str) -> str:
    return next(who for _kind, words, who in speakers(text) if words.startswith(opening))


def test_a_genitive_surname_is_the_person_named_before() -> None:
    assert _said(_AGENCY, "According to Bondareva,") == "new:Oleg Bondarev"
    assert _said(_AGENCY, "is ready for") == "new:Oleg Bondarev"


def test_a_greek_genitive_after_an_honorific_is_the_spokesman() -> None:
    assert _said(_DAILY, "Cyprus stands with") == "new:Andreas Stavrakis"


def test_a_woman_named_with_the_feminine_form_stays_herself() -> None:
    assert _said(_TWO_WOMEN, "the memorandum remains") == "new:Irina Volkova"


def test_two_people_of_one_stem_leave_the_form_to_neither() -> None:
    assert _said(_KIN, "it is a") not in ("new:Andrei Sokolov", "new:Olga Sokolova")

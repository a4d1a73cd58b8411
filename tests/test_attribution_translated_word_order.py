"""A browser's machine translation keeps the source's order: the verb first, and a dash before a quotation's tag
(issue 15, fix15gf).

An Arabic or Kurdish sentence puts its verb first (VSO), and a translation read word for word keeps it: "Confirmed the
delegate X that ...", "And said X in a session ...: "..."", "Said X, that ..."; a Russian, Bulgarian or Greek
quotation's tag follows a comma and a dash ("«...», — said X"). The old code found these passages and named nobody:
the subject stood where no reader looked. Now the subject between an opening verb and "that" or a colon is read
(:data:`idlibsite.attribution.inverted._SUBJECT_THEN_THAT`), and a dash after the quotation's comma is the comma's
(:data:`idlibsite.attribution.inverted._COMMA_DASH`). Texts of our own in two forms (a Gulf agency's page, a Balkan
daily's); the guards: an English list item "Told reporters that ..." has no subject after its verb, and an English
sentence opening with a participle keeps its own subject. A pronoun a translation left in the object case opening a
sentence ("Her said: ...") is the pronoun, not a name; the guard a possessive opening a subject ("Her colleague X"). An
honorific before a title and no name ("Mr. President") is the title; the guard "Mr. Petsas", a name. A guard from the
tuned set's Belgian page (779): a verb after a quotation opens no sentence.
"""

from __future__ import annotations

from test_attribution import speakers

_AGENCY = ("Sanaa, March 2 (Agency) - Deputy Foreign Minister Hussein al-Ezzi received the Iranian envoy on Monday.\n\n"
           "Affirmed al-Ezzi that Yemen stands with Syria in its war on the terrorist organizations in Idlib.\n\n"
           "And said al-Ezzi during the meeting: \"The aggression on Syria and on Yemen is one aggression.\"")
_DAILY = ("Sofia. The foreign minister Ekaterina Zaharieva spoke to the national radio on Tuesday about the border.\n\n"
          "«Bulgaria will not allow a new wave of migrants through its territory», — said Zaharieva.")
_GUARD_ITEM = ("Ankara, March 2. Defence Minister Hulusi Akar visited the border on Monday.\n\n"
               "- Told reporters that the observation posts would stay in place.")
_GUARD_PARTICIPLE = ("Geneva. Asked whether the talks would resume, the envoy Geir Pedersen said that he was hopeful.")


def _said(text: str, opening: str) -> str:
    return next(who for _kind, words, who in speakers(text) if words.startswith(opening))


def test_a_verb_first_sentence_names_its_subject_before_that() -> None:
    assert _said(_AGENCY, "Affirmed al-Ezzi that") == "new:Hussein al-Ezzi"


def test_a_verb_first_sentence_names_its_subject_before_a_colon() -> None:
    assert _said(_AGENCY, "The aggression on") == "new:Hussein al-Ezzi"


def test_a_dash_after_a_quotation_s_comma_leaves_its_tag_read() -> None:
    assert _said(_DAILY, "Bulgaria will not") == "new:Ekaterina Zaharieva"


def test_an_object_after_an_opening_verb_is_no_subject() -> None:
    assert _said(_GUARD_ITEM, "- Told reporters") != "new:reporters"


def test_an_opening_participle_keeps_the_sentence_s_own_subject() -> None:
    assert _said(_GUARD_PARTICIPLE, "Asked whether the") == "new:Geir Pedersen"


_OBJECT_CASE = ("Erbil. The spokeswoman of the women's council, Nesrin Ibrahim, said that the talks had failed. Her said: "
                "\"The gangs and the occupying state are one mentality.\"")
_GUARD_POSSESSIVE = ("Erbil. The spokeswoman Nesrin Ibrahim said that the talks had failed. Her colleague Ahmed Kurdo said "
                     "the council would meet again.")


def test_a_pronoun_in_the_object_case_opening_a_sentence_is_the_pronoun() -> None:
    assert _said(_OBJECT_CASE, "The gangs and") == "new:Nesrin Ibrahim"  # "Her said:", a translation's case: she, never a name


def test_a_possessive_opening_a_subject_stays_the_subject_s() -> None:
    assert _said(_GUARD_POSSESSIVE, "Her colleague Ahmed") == "new:Ahmed Kurdo"


_HONORIFIC = ("Baghdad, March 3 (Agency) - The President of the Republic Barham Salih said on Tuesday that Iraq follows the "
              "events in Idlib with concern. And stressed Mr. President that the solution in Syria can only be political.")
_GUARD_HONORIFIC_NAME = ("Athens. Foreign Minister Nikos Dendias said on Monday that the border was closed. Mr. Petsas said the "
                         "government would hold a meeting.")


def test_an_honorific_before_a_title_is_the_title() -> None:
    assert _said(_HONORIFIC, "And stressed Mr.") == "new:Barham Salih"  # "Mr. President": the president named before


def test_an_honorific_before_a_name_stays_the_name() -> None:
    assert _said(_GUARD_HONORIFIC_NAME, "Mr. Petsas said") == "new:Petsas"


_GUARD_QUOTED = ("Genk. “I understand him,” says a young woman who asks that her name not be printed. She studies in Hasselt."
                 " On Friday President Recep Tayyip Erdogan said that Turkey would open its borders.")


def test_a_verb_after_a_quotation_does_not_open_the_sentence() -> None:
    assert _said(_GUARD_QUOTED, "I understand him,") == ""  # a woman not named (LABELS rule 6), not the subject of "asks that"

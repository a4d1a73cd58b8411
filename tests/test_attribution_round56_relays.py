"""Leftovers of rounds 47-52, class "relays and titles" (issue 15, session fix15dd): general rules, each pinned by
pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening


_COUNCIL = ("Kinshasa mourns Turkish soldiers\n\n"
            "Council spokesman Jean Mbala said that the head of the council, Gen Felix Antoine Tshisekedi Tshilombo, "
            "had sent a message of condolence to President Erdogan.")
_COMMISSION = ("The AU and Idlib\n\n"
               "Presidency spokeswoman Amina Bello said that the chairman of the commission, Moussa Faki Mahamat, "
               "had urged the Secretary-General to act.")
_JUNTA = ("Bamako's message\n\n"
          "Spokesman Ali Hassan said that the president of the transition, Col Assimi Goita Keita, "
          "had expressed his condolences to the Turkish people.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_COUNCIL, "Council spokesman Jean", "new:Felix Antoine Tshisekedi Tshilombo", id="head_of_the_council_rank"),
    pytest.param(_COMMISSION, "Presidency spokeswoman Amina", "new:Moussa Faki Mahamat", id="chairman_of_the_commission"),
    pytest.param(_JUNTA, "Spokesman Ali Hassan", "new:Assimi Goita Keita", id="president_of_the_transition"),
])
def test_a_body_heads_title_named_in_apposition_inside_a_relay_is_the_principal(text: str, opening: str,
                                                                                who: str) -> None:
    # "X said that the head of the council, Lt Gen Name, had sent a message of condolence": a title "the <head> of the
    # <body>" with its holder named after it, a rank and up to six words, is the one principal by name (the relay test)
    assert said_opening(text, opening) == who


_SULTAN = ("Oman mourns Turkish soldiers\n\n"
           "Government Spokeswoman Aisha Al Harthy said His Majesty Sultan Haitham bin Tarik had written to President Erdogan.\n\n"
           "She said the Sultan was following events \"with great concern\".")
_EMIR = ("Doha condemns attack\n\n"
         "Amiri Diwan spokesman Khalid Al Mansouri said His Highness Emir Tamim bin Hamad had telephoned President Erdogan.\n\n"
         "He said the Emir was \"deeply saddened by the loss of life\" and wished the wounded a speedy recovery.")
_UNQUOTED = ("Oman mourns Turkish soldiers\n\n"
             "Government Spokeswoman Aisha Al Harthy said His Majesty Sultan Haitham bin Tarik had written to President Erdogan.\n\n"
             "She said the Sultan was following events closely.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SULTAN, "She said the", "new:Haitham bin Tarik", id="ongoing_state_quoted"),
    pytest.param(_SULTAN, "with great concern", "new:Haitham bin Tarik", id="its_quotation"),
    pytest.param(_EMIR, "He said the", "new:Tamim bin Hamad", id="state_quoted"),
    pytest.param(_UNQUOTED, "She said the", "new:Aisha Al Harthy", id="no_quotation_stays_the_spokeswoman"),
])
def test_a_spokesperson_by_pronoun_telling_the_principals_state_by_title_with_its_words_quoted(text: str, opening: str,
                                                                                              who: str) -> None:
    # 'He said the King was "saddened by ..."', the spokesman named before: the principal's state in his own words, the
    # holder of the title the page named (LABELS Round 47, Round 49's classes); without a quotation, the spokesperson's
    assert said_opening(text, opening) == who


_TOKAYEV = ("President Tokayev offers condolences to President Mirziyoyev\n\nAstana, February 28, Kazinform\n\n"
            "President of Kazakhstan Kassym-Jomart Tokayev has sent a letter of condolences to President of Uzbekistan "
            "Shavkat Mirziyoyev over the floods.\n\n"
            "The letter reads: \"Dear Mr. President,\n\nI was deeply saddened by the news.\n\nI extend my deepest condolences to you.\"\n\n"
            "The head of state also wished a speedy recovery to the wounded.")
_MIRZIYOYEV = ("President Shavkat Mirziyoyev expresses condolences to President Jeenbekov\n\nTashkent, March 2, UzA\n\n"
               "President of Uzbekistan Shavkat Mirziyoyev has sent a message of condolences to President of Kyrgyzstan "
               "Sooronbay Jeenbekov over the avalanche.\n\n"
               "The message reads: \"Dear brother,\n\nIt is with great sadness that I learned of the avalanche.\"\n\n"
               "The head of state also wished a speedy recovery to the injured.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_TOKAYEV, "The head of", "new:Kassym-Jomart Tokayev", id="letter_of_condolences"),
    pytest.param(_MIRZIYOYEV, "The head of", "new:Shavkat Mirziyoyev", id="message_of_condolences"),
])
def test_a_title_after_a_message_to_another_head_of_state_is_the_sender(text: str, opening: str, who: str) -> None:
    # "President X writes to President Y" in the headline, then "President of A Full X ... to President of B Full Y": Y's
    # headline billing and his full one are one person, who holds a foreign title; "The head of state" is the sender
    assert said_opening(text, opening) == who


_EXCELLENCY = ("President Mutharika mourns Turkish soldiers\n\nNyasa Times: 2 March 2020\n\n"
               "His Excellency the President of the Republic of Malawi, Professor Peter Mutharika, has extended condolences "
               "to His Excellency President Recep Tayyip Erdogan, his Turkish counterpart, and the people of Turkey.\n\n"
               "His Excellency further called on all parties in Syria to respect the ceasefire.")
_HIGHNESS = ("Condolences from Doha\n\n"
             "His Highness the Emir of the State of Qatar, Sheikh Tamim bin Hamad Al Thani, has sent a cable of condolences "
             "to His Highness Sheikh Mohamed bin Zayed, the Emirati crown prince, over the crash.\n\n"
             "His Highness also called for calm in the region.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_EXCELLENCY, "His Excellency further", "new:Peter Mutharika", id="his_excellency_the_president"),
    pytest.param(_HIGHNESS, "His Highness also", "new:Tamim bin Hamad Al Thani", id="his_highness_the_emir"),
])
def test_an_honorific_style_is_the_senders_not_the_foreign_addressees(text: str, opening: str, who: str) -> None:
    # "His Excellency the President of A, Name, ... to His Excellency President B, his Turkish counterpart": the style
    # before an apposed title is the sender's too, and of two so styled, the one no title of the page makes foreign
    assert said_opening(text, opening) == who


_REPUBLIC = ("President Kassym-Jomart Tokayev offers condolences to President Recep Tayyip Erdogan\n\nNur-Sultan, February 28, Kazinform\n\n"
             "President of the Republic of Kazakhstan Kassym-Jomart Tokayev has sent a letter of condolences to President of "
             "the Republic of Turkey Recep Tayyip Erdogan over the death of Turkish servicemen.\n\n"
             "The letter reads: \"Dear Mr. President,\n\nI was deeply saddened by the news.\"\n\n"
             "The head of state also wished a speedy recovery to the wounded.")
_REPUBLIC_TWO = ("President Shavkat Mirziyoyev offers condolences to President Sooronbay Jeenbekov\n\nTashkent, March 3, UzA\n\n"
                 "President of the Republic of Uzbekistan Shavkat Mirziyoyev has sent a message to President of the Republic of "
                 "Kyrgyzstan Sooronbay Jeenbekov over the avalanche.\n\n"
                 "The head of state also wished a speedy recovery to the injured.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_REPUBLIC, "The head of", "new:Kassym-Jomart Tokayev", id="republic_of_a_state"),
    pytest.param(_REPUBLIC_TWO, "The head of", "new:Shavkat Mirziyoyev", id="a_message_to"),
])
def test_a_title_of_two_alike_is_not_the_addressees(text: str, opening: str, who: str) -> None:
    # "President Name offers ..." (no "of" read out of "offers"), "President of the Republic of A Name has sent a letter
    # to President of the Republic of B Name": both foreign to a page of no known country; "The head of state" is the
    # one not written to
    assert said_opening(text, opening).endswith(who.removeprefix("new:"))

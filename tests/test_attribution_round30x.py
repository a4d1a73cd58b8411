"""Round 28's classes of error in the layout and the finding of passages (see bench/README.md, "Round 28's classes:
turns, tags and finding"): each pinned by a text of our own in a form the set does not have."""

from __future__ import annotations

from test_attribution import paragraphs, speakers

from idlibsite.sources.asides import signed_posts
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.quotations import find_quotations


def test_an_embedded_post_whose_sign_off_is_a_paragraph_of_its_own_is_its_author_s() -> None:
    text = ("Harbour master Ole Dahl posted on Twitter on Monday:\n\n"
            "All ferries are in port tonight. Crews will sail again when the wind drops.\n\n"
            "— Ole Dahl (@oledahl) March 2, 2020\n\n"
            "The quays stayed closed until noon.")
    got = speakers(text)
    assert ("direct", "All ferries are", "new:Ole Dahl") in got
    assert ("direct", "Crews will sail", "new:Ole Dahl") in got
    assert signed_posts(text, [(0, 52)]) == {}  # the paragraph before the post is no post


def test_a_paragraph_in_single_marks_and_a_quotation_whose_speaker_follows_the_verb_are_quotations() -> None:
    text = ("'The tide came in faster than anyone thought,' said Mara Holt, 41, from Hull, who runs the lifeboat crew.\n\n"
            "'Some boats are lost, some are damaged. Nobody was hurt.'\n\n"
            "'Tis the season for storms, the harbour master joked.")
    assert [q.text for q in find_quotations(text, paragraphs(text))] == [
        "The tide came in faster than anyone thought,", "Some boats are lost, some are damaged. Nobody was hurt."]
    got = speakers(text)
    assert ("direct", "The tide came", "new:Mara Holt") in got
    assert ("direct", "Some boats are", "new:Mara Holt") in got  # alone in its paragraph after hers


def test_speech_acts_of_advice_condolence_and_a_headline_s_plural_appeal() -> None:
    text = ("Fishing crews urge the council to reopen the northern quay\n\n"
            "Mayor Tomas Ilves visited the harbour on Monday. He offered his condolences to the families of the two "
            "sailors.\n\n"
            "The coastguard advised skippers to stay in port until Friday.\n\n"
            "The crews are expected to urge nothing more. Dockers moved to urge calm.")
    got = speakers(text, unnamed=True)
    kinds = {words: kind for kind, words, _who in got}
    assert kinds.get("Fishing crews urge") == "reported"
    assert ("reported", "He offered his", "new:Tomas Ilves") in got
    assert kinds.get("The coastguard advised") == "reported"
    assert "The crews are" not in kinds and "Dockers moved to" not in kinds  # an infinitive appeals to nobody


def test_a_quotation_that_is_the_predicate_of_a_subject_outside_it_makes_the_sentence_reported() -> None:
    text = ('Harbour expert Lena Vik said the strike "hurts every family on the coast". Mayor Ilves told reporters '
            '"we will reopen the quay".')
    got = speakers(text)
    assert ("reported", "Harbour expert Lena", "new:Lena Vik") in got
    assert ("direct", "hurts every family", "new:Lena Vik") in got
    assert not any(kind == "reported" and words.startswith("Mayor Ilves") for kind, words, _who in got)


def test_a_renewed_call_a_body_that_speaks_of_and_officials_who_tell_reporters_report_speech() -> None:
    text = ("The Harbour League renews its call on the council to reopen the quay. The port authority speaks of "
            "a loss of two million euros. Unnamed council officials tell reporters that the cranes are safe.\n\n"
            "The dockers want to tell their side. Nobody spoke.")
    kinds = {words: kind for kind, words, _who in speakers(text)}
    assert kinds.get("The Harbour League") == "reported"
    assert kinds.get("The port authority") == "reported"
    assert kinds.get("Unnamed council officials") == "reported"
    assert "The dockers want" not in kinds  # an infinitive with no "that" tells nothing


def test_a_related_link_under_more_or_read_is_no_story() -> None:
    text = ("Ferries stop as storm hits the coast\n\n"
            "The harbour closed on Monday, the port authority said.\n\n"
            "MORE: Storm closes schools across the north coast, council says\n\n"
            "READ: Mayor Ilves says the quay will reopen\n\n"
            "Read also: Fishing crews urge the council to act")
    kinds = {text[b.start : b.end].split(":")[0]: b.kind for b in cut_blocks(text, title_hint=text.splitlines()[0])}
    assert kinds["MORE"] == kinds["READ"] == kinds["Read also"] == "related-link"


def test_a_post_signed_by_a_body_s_account_at_its_seat_is_the_body_the_page_names_there() -> None:
    text = ("The Ruritanian Embassy in the U.K. also weighed in on Twitter:\n\n"
            "Our ferries did not enter the closed waters. Claims to the contrary are false.\n\n"
            "— Ruritanian Embassy in UK 🚢 (@RuriEmbUK) March 2, 2020")
    got = speakers(text)
    assert ("direct", "Our ferries did", "new:Ruritanian Embassy in the U.K") in got
    assert ("direct", "Claims to the", "new:Ruritanian Embassy in the U.K") in got

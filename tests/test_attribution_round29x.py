"""Round 27's classes of error in the layout and the finding of passages (see bench/README.md, "Round 27's classes:
turns, tags and finding"): each pinned by a text of our own in a form the set does not have."""

from __future__ import annotations

from test_attribution import speakers


def test_a_quotation_in_single_marks_that_goes_on_after_its_speech_clause_is_a_quotation() -> None:
    text = ("'The harbour will reopen on Monday,' Mr Kellett told reporters at the quay. 'Our divers found no damage "
            "and I can say the cranes are safe.'\n\n"
            "'We are ready,' she said, 'and the ferries will sail at dawn.'\n\n"
            "The dockers' union met in the evening. Ms Varga said: 'Nobody will lose a day's pay.'")
    got = speakers(text)
    assert ("direct", "Our divers found", "new:Kellett") in got  # after the tag's sentence, in single marks
    assert ("direct", "We are ready,", "new:Kellett") in got  # a pronoun after a deck's quotation in single marks
    assert ("direct", "and the ferries", "new:Kellett") in got  # after ", she said, "
    assert ("direct", "Nobody will lose", "new:Varga") in got  # after a colon
    assert not any(words.startswith("union met") for _kind, words, _who in got)  # a plural's apostrophe opens nothing


def test_a_scare_quote_that_ends_a_sentence_ends_it_and_no_speech_clause_follows_a_writer_s_clause() -> None:
    text = ('On Friday, Commissioner Anna Brecht toured the quay and called the port Europe\'s "gateway." She promised '
            '40 million euros for new cranes.\n\n'
            'Mayor Tomas Ilves went further and called the strike "a gift to our rivals." He said talks would resume.')
    got = speakers(text)
    assert ("reported", "She promised 40", "new:Anna Brecht") in got  # the quote's stop ends the sentence
    assert ("reported", "On Friday, Commissioner", "new:Anna Brecht") in got
    assert ("reported", "He said talks", "new:Tomas Ilves") in got  # no tail after the writer's own clause


def test_speech_verbs_of_stance_blame_and_a_closing_clause_with_a_plural_subject() -> None:
    text = ("Port strike spreads to the north coast, Danish officials warn\n\n"
            "The crane operators' union attributed the delays to a shortage of pilots. The fire was attributed to a "
            "short circuit.\n\n"
            "Mayor Tomas Ilves boasts 'we kept the harbour open'\n\n"
            "Shipowners also weighed in. The two drowned sailors were named by the coastguard as Per Holm and Ole Dahl.")
    got = speakers(text, unnamed=True)
    kinds = {words: kind for kind, words, _who in got}
    assert kinds.get("Port strike spreads") == "reported"  # a present plural closing the headline
    assert kinds.get("The crane operators'") == "reported"  # "attributed X to Y"
    assert "The fire was" not in kinds  # a passive attributes nothing
    assert kinds.get("Mayor Tomas Ilves") == "reported"
    assert kinds.get("Shipowners also weighed") == "reported"
    assert kinds.get("The two drowned") == "reported"  # named by an agent
    assert ("reported", "Mayor Tomas Ilves", "new:Tomas Ilves") in got


def test_an_embedded_post_signed_by_an_acronym_and_its_branch_is_the_body_the_page_spells_out() -> None:
    text = ("Ferries stopped on Monday. The Nordic Maritime Council posted on Twitter:\n\n"
            "Crews are safe and all ferries are in port. Services resume when the storm passes.\n"
            "— NMC Baltic (@NMCBaltic) March 2, 2020\n\n"
            "Harbour master Ole Dahl said the quays were closed.")
    got = speakers(text)
    assert ("direct", "Crews are safe", "new:Nordic Maritime Council") in got
    assert ("direct", "Services resume when", "new:Nordic Maritime Council") in got


def test_a_sentence_that_goes_on_after_a_closing_speech_clause_is_reported_with_its_few_quoted_words() -> None:
    text = ("Mayor Tomas Ilves visited the harbour on Monday. The quays had to be cleared „before the first ferry“, he "
            "said. The city could house „a few hundred“ sailors in the school.\n\n"
            "The ferries could not sail on Monday. Nobody was hurt.")
    got = speakers(text)
    assert ("reported", "The city could", "new:Tomas Ilves") in got  # goes on with the clause before
    assert not any(words.startswith(("The ferries could", "Nobody was")) for _kind, words, _who in got)  # narration


def test_speech_in_the_progressive_a_request_and_an_issued_statement() -> None:
    text = ("Harbour master Ole Dahl has been warning for weeks about the state of the quays.\n\n"
            "The union is asking the city to pay for new cranes. Dockers marched on Friday, calling for higher pay.\n\n"
            "Mayor Tomas Ilves later issued a statement thanking the crews. Norway requested that the inspectors visit "
            "the port. He requested a meeting.\n\n"
            "The storm was a warning, the engineers said.")
    got = speakers(text)
    kinds = {words: kind for kind, words, _who in got}
    assert ("reported", "Harbour master Ole", "new:Ole Dahl") in got  # "has been warning"
    assert kinds.get("The union is") == "reported"  # "is asking"
    assert "Dockers marched on" not in kinds  # a participle after a clause of its own reports nothing
    assert ("reported", "Mayor Tomas Ilves", "new:Tomas Ilves") in got  # "issued a statement"
    assert kinds.get("Norway requested that") == "reported"
    assert "He requested a" not in kinds  # "requested" only with what was asked

"""Round 16's classes of error: page layouts that carry a speaker where none is (block labels, a
ticker's dispatches, a sidebar of quotations), German reactions, briefing summaries."""

from __future__ import annotations

from test_attribution import labels, speakers
from idlibsite.attribution.clause import clauses
from idlibsite.sources.statements import find_passages
from idlibsite.sources.turns import turns


_LABELLED = (
    "Dam warning: Ostland will not close the spillway\n\n"
    "Ostland's water minister Ada Quill has said that the spillway will stay open until spring.\n\n"
    "Source: Quill's address to parliament on Tuesday\n\n"
    'Quote: "The gates stay open. We will not flood the valley to save the town."\n\n'
    "Details: Quill said that 3,000 people had left the valley, although the Red Cross put the number at 1,200.\n\n"
    "Dalby's mayor Lars Ek said the town was ready for the water.\n\n"
    'Quote: "Our dykes are high enough."\n\n'
    "Background:\n\n"
    "- On 2 May, the dam's east wall cracked. The Valley Guard said engineers had sealed it.\n"
    "- The UN says 8,000 people live below the dam.")


def test_a_block_label_before_a_colon_is_never_a_tagged_speaker_and_the_quote_is_whom_the_text_names() -> None:
    got = speakers(_LABELLED)
    assert all("Quote" not in who and "Details" not in who and "Background" not in who for _, _, who in got)
    assert ("direct", "The gates stay", "new:Ada Quill") in got  # "Quote:" after the paragraph about her
    assert ("direct", "Our dykes are", "new:Lars Ek") in got
    assert ("reported", "Details: Quill said", "new:Ada Quill") in got
    assert ("reported", "The Valley Guard", "new:Valley Guard") in got


def test_a_label_is_no_speaker_in_a_colon_clause_either() -> None:
    assert clauses('Quote: \u2063\u2063\u2063\u2063.') == []
    assert [c.phrase for c in clauses('Quill: \u2063\u2063\u2063\u2063.')] == ["Quill"]


def test_a_tagged_line_that_ends_like_a_heading_is_a_dispatch_title_not_a_turn() -> None:
    text = ("Ostland: talks on the dam open in Dalby\n\nDalby, 3 May 2020 - Talks opened.\n\n"
            "Nordland: minister visits the border\n\nVarn, 3 May 2020 - The minister came.\n\n"
            "Ostland: the mayor asks for pumps\n\nDalby, 3 May 2020 - Pumps were sent.")
    ranges, start = [], 0
    for para in text.split("\n\n"):
        ranges.append((start, start + len(para)))
        start += len(para) + 2
    assert turns(text, ranges) == {}


def test_a_dispatch_opening_with_a_dateline_takes_no_speaker_from_the_dispatch_before() -> None:
    text = ("Ostland: minister, the spillway stays open\n\n"
            'Dalby, 3 May 2020 - Water minister Ada Quill said the spillway would stay open. "We will not '
            'flood the valley," Quill said.\n\n'
            "Nordland: border guards on alert\n\n"
            'Varn, 3 May 2020 - "The border is calm tonight." The Nordland border guard gave no more details.\n\n'
            'Ostland: mayor asks for pumps\n\n'
            'Kell, 3 May 2020 - The mayor of Kell asked for pumps. "We need them now," he told the radio.')
    got = speakers(text)
    assert ("direct", "The border is", "") in got  # no clause in its dispatch: nobody, not the minister before
    assert ("direct", "We need them", "new:Ada Quill") not in got


_BRIEFING = (
    "Briefing of reporters by Government Spokeswoman Ada Quill and Water Minister Lars Ekberg\n\n"
    "Good morning. Over the weekend the river rose by two metres. 300 homes were evacuated.\n\n"
    "This is not an ordinary flood. We are facing the worst spring in forty years.\n\n"
    "L. EKBERG: Let me say a word on the dam. Its gates are open.\n\n"
    "REPORTER (T. Vos, Radio Dal): Ms Quill, the mayor says the town was warned too late. Is that so?\n\n"
    "A. QUILL: The warning went out on Friday. We have the records.\n\n"
    "REPORTER (K. Mol, Dal Post): Will the army help?\n\n"
    "A. QUILL: It is already there.")


def _by(got: list[tuple[str, str, str]], first_words: str) -> str:
    """The speaker given the passage that opens with those words (a short tag may stand for the full name)."""
    return next(who for _kind, words, who in got if words == first_words)


def test_a_briefings_answers_are_the_speakers_even_when_only_the_reporters_tags_carry_a_title() -> None:
    got = speakers(_BRIEFING)
    assert _by(got, "Let me say").endswith("Ekberg")
    assert _by(got, "The warning went").endswith("Quill") and _by(got, "It is already").endswith("Quill")
    assert ("reported", "the mayor says") in [(k, w) for k, w, _ in got]  # inside a question: no answer


def test_a_briefings_untagged_opening_is_the_first_speaker_its_header_names() -> None:
    got = speakers(_BRIEFING)
    assert ("direct", "Good morning.") in [(k, w) for k, w, _ in got]
    assert _by(got, "Over the weekend").endswith("Quill") and _by(got, "This is not").endswith("Quill")


def test_a_briefings_first_paragraph_is_the_opening_statement_when_the_header_is_no_paragraph_of_the_body() -> None:
    first = _BRIEFING.index("Good morning.")
    ranges, start = [], first
    for para in _BRIEFING[first:].split("\n\n"):
        ranges.append((start, start + len(para)))
        start += len(para) + 2
    opening = [p for p in find_passages(_BRIEFING, ranges) if p.start < _BRIEFING.index("This is not")]
    assert opening and all(p.kind == "direct" and p.tag == "A. QUILL" for p in opening)


def test_a_sidebar_quotation_signed_off_after_a_dash_is_the_signers() -> None:
    text = ("Talks on the dam ended on Friday.\n\n"
            "WHAT THEY SAID\n\n"
            '"The spillway stays open until spring." -- Ostland Water Minister Ada Quill, speaking in Dalby\n\n'
            '"Our dykes are high enough." -- Dalby mayor Lars Ek')
    got = speakers(text)
    assert ("direct", "The spillway stays", "new:Ada Quill") in got
    assert ("direct", "Our dykes are", "new:Lars Ek") in got


def test_the_subject_of_a_participle_after_with_is_the_noun_after_with() -> None:
    text = ("Grain prices fell on Monday as the talks failed, with Ostland Farm Minister Ada Quill saying "
            "the harvest would be late.")
    assert speakers(text) == [("reported", "Grain prices fell", "new:Ada Quill")]


def test_a_description_before_a_bodys_name_is_its_role() -> None:
    from idlibsite.attribution.phrase import read_phrase
    assert read_phrase("the main opposition Valley People's Party").name == "Valley People's Party"
    assert read_phrase("the main opposition Valley People's Party").role == "main opposition"
    assert read_phrase("a senior official in Dalby").name != "Dalby"  # a person described, in a place
    text = "The ruling Valley People's Party said the dam would hold."
    assert speakers(text) == [("reported", "The ruling Valley", "new:Valley People's Party")]


def test_a_party_in_brackets_after_a_titled_surname_is_the_persons_party_not_the_speaker() -> None:
    from idlibsite.attribution.phrase import read_phrase
    assert read_phrase("Water Minister Quill (VPP)").name == "Quill"
    assert read_phrase("Valley Relief Association (VRA)").name == "Valley Relief Association"  # its initials: a body
    text = ("Water Minister Quill (VPP) warned of floods. According to the minister, 800 homes are at risk.")
    assert labels(text) == ["new:Quill", "new:Quill"]


def test_the_party_politician_is_the_one_of_that_party_not_the_last_politician() -> None:
    text = ("The VPP politician Quill said in the radio that the dam would hold.\n\n"
            "Interior Minister Ekberg made his own visit. The DLP politician said that the army was ready.")
    assert speakers(text)[-1] == ("reported", "The DLP politician", "new:Ekberg")


def test_the_words_of_someone_recalled_are_theirs_not_the_recallers() -> None:
    text = ("Ada Quill, for the Valley Relief Agency, said the river was still rising. Ms. Quill recalled the words "
            'of the agency\'s director, Lars Ekberg, who had said on Monday that the valley faced "a long spring".')
    assert speakers(text)[-2:] == [("reported", "Ms. Quill recalled", "new:Lars Ekberg"),
                                   ("direct", "a long spring", "new:Lars Ekberg")]


def test_a_figure_in_apposition_is_answered_by_its_own_clause() -> None:
    text = ('Minister Ada Quill wrote that 9,000 people had left the valley, a figure that Dalby officials have called '
            '"pure invention".')
    assert speakers(text)[-1] == ("direct", "pure invention", "")


def test_a_bodys_acronym_after_its_description_is_its_name_and_ends_a_persons_apposition() -> None:
    text = ('"The gates stay open," Lars Ek, a spokesman for the valley relief agency, VRA, in Dalby, told the radio. '
            "The valley's news agency (VNA) said the town was calm.")
    assert labels(text) == ["new:Lars Ek", "new:VNA"]


def test_a_time_and_a_conjunction_before_a_body_with_an_apposition_are_no_part_of_its_name() -> None:
    text = ("The truce held, and on Friday morning the Valley Observatory, a group that counts the dead through "
            "local sources, said no shell had fallen.")
    assert speakers(text) == [("reported", "The truce held,", "new:Valley Observatory")]


def test_a_statement_given_first_is_the_speaker_who_said_so_in_the_next_sentence() -> None:
    text = ("Dalby, 3 May 2020 - The spillway will stay open until spring. Water Minister Ada Quill said so "
            "during a visit to the dam. The valley is calm. This was announced by the Valley Guard, which "
            "patrols the river.")
    got = speakers(text)
    assert ("reported", "The spillway will", "new:Ada Quill") in got
    assert ("reported", "The valley is", "new:Valley Guard") in got
    assert not any(words.startswith("during") for _, words, _ in got)


def test_a_call_reported_by_a_named_spokesman_is_the_callers_and_she_is_the_caller_next() -> None:
    text = ("Water Minister Lars Ekberg warned of floods.\n\n"
            "Prime Minister Ada Quill had spoken with the Nordland premier by telephone on Tuesday, according to "
            "government spokesman Tomas Vos. She had stressed that the dam treaty remained valid.")
    got = speakers(text)
    assert ("reported", "Prime Minister Ada", "new:Ada Quill") in got
    assert ("reported", "She had stressed", "new:Ada Quill") in got
    # no call or talk of the one who opens the sentence: the spokesman's own report
    assert speakers("Ada Quill will visit the dam on Friday, according to government spokesman Tomas Vos.")[0][2] == "new:Tomas Vos"


def test_a_chunk_opening_with_a_preposition_is_no_subject_of_an_apposition_after_it() -> None:
    text = ("For Dalby, the treaty keeps the dam in its hands, said Lars Ek, a senior fellow at the Valley "
            "Institute.")
    assert speakers(text) == [("reported", "For Dalby, the", "new:Lars Ek")]

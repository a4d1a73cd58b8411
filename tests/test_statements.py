"""sources/statements.py: which passages are statements, of which kind, cut where."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources import clausecuts
from idlibsite.sources.statements import find_passages


def passages(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start : p.end]) for p in find_passages(text, [(0, len(text))])]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that only wraps a quotation is not also reported speech
    ('"We will not take a single step back," Erdogan said.',
     [("direct", "We will not take a single step back,")]),
    # reported speech, and "according to"
    ("Erdogan said talks with Russia had failed.", [("reported", "Erdogan said talks with Russia had failed.")]),
    ("According to the ministry, four tanks were destroyed.",
     [("reported", "According to the ministry, four tanks were destroyed.")]),
    # a reported sentence with scare quotes is reported speech; its quotation is also found
    ('Kalin said Turkey would not allow "a new wave of migration" across its border.',
     [("reported", 'Kalin said Turkey would not allow "a new wave of migration" across its border.'),
      ("direct", "a new wave of migration")]),
    # "that" alone does not make the introduction of a quotation a report of its own
    ('The source added that "the forces are providing artillery cover."',
     [("direct", "the forces are providing artillery cover.")]),
    # no speech verb: no statement
    ("Erdogan chaired an emergency meeting in Ankara.", []),
    # "according to" the terms of a text reports no one's speech
    ("According to the agreements concluded between Russia and Turkey, Ankara was to separate the militants.", []),
    ("According to the Sochi memorandum, heavy weapons were to be withdrawn.", []),
    ("According to the ministry's spokesman, the deal holds.",
     [("reported", "According to the ministry's spokesman, the deal holds.")]),
    # a call's readout: telling someone about something, condolences extended, views conveyed, a statement made
    ("The mayor informed her deputy about the flood at the bridge.",
     [("reported", "The mayor informed her deputy about the flood at the bridge.")]),
    ("Okafor briefed the envoy on the state of the dam.", [("reported", "Okafor briefed the envoy on the state of the dam.")]),
    ("Engineers briefed on the repairs stayed at the dam.", []),  # a passive: nobody told anything
    ("Engineers were informed that the dam would hold.", [("reported", "Engineers were informed that the dam would hold.")]),
    ("The governor extended his condolences to the families.",
     [("reported", "The governor extended his condolences to the families.")]),
    ("The governor extended the curfew to the whole valley.", []),
    ("The envoy conveyed the views of the council on the dam.",
     [("reported", "The envoy conveyed the views of the council on the dam.")]),
    ("The party leader also made a statement on the flood.",
     [("reported", "The party leader also made a statement on the flood.")]),
    # a written question: the asker "draws the attention" of a minister to something
    ("Mr Paul Okonkwo draws the attention of the Minister to the floods in the valley.",
     [("reported", "Mr Paul Okonkwo draws the attention of the Minister to the floods in the valley.")]),
])
def test_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert passages(text) == expected


def test_a_quotation_of_several_sentences_stays_in_one_sentence() -> None:
    text = '"What did we do yesterday? We opened the doors," Erdogan said. He said 18,000 had come.'
    got = find_passages(text, [(0, len(text))])
    assert [(p.kind, text[p.sentence.start : p.sentence.end]) for p in got] == [
        ("direct", '"What did we do yesterday? We opened the doors," Erdogan said.'),
        ("reported", "He said 18,000 had come."),
    ]


@pytest.mark.parametrize("dateline", [
    "MOSCOW, February 21. /TASS/. ", "ANKARA (Reuters) - ", "BEIRUT (AP) — ", "Idleb, SANA – ",
    "DAMASCUS, March 9 (Xinhua) -- ", "ISTANBUL — ",
])
def test_a_dateline_is_left_out(dateline: str) -> None:
    text = dateline + "Turkish artillery backed the militants, Maj. Gen. Igor Konashenkov said."
    assert passages(text) == [("reported", "Turkish artillery backed the militants, Maj. Gen. Igor Konashenkov said.")]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "U.N. Secretary-General Antonio Guterres called for a ceasefire on Feb. 12, his spokesman said."
    assert passages(text) == [("reported", text)]


def test_a_quoted_sentence_ends_the_sentence_unless_its_speech_clause_follows() -> None:
    text = ('"We opened the doors." Erdogan said Greece would have to take its share. '
            '"We will not close them!" Akar said. He left on Feb. 3. Nobody followed.')
    got = find_passages(text, [(0, len(text))])
    assert [(p.kind, text[p.sentence.start : p.sentence.end]) for p in got] == [
        ("direct", '"We opened the doors."'),
        ("reported", "Erdogan said Greece would have to take its share."),
        ("direct", '"We will not close them!" Akar said.'),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # a medium verb reports speech when what was said follows it
    ("Mustafa Bali tweeted that two suspects were caught.", ["reported"]),
    ("Mustafa Bali wrote on Twitter: the suspects were caught.", ["reported"]),
    ("Mustafa Bali tweeted a video of the raid.", []),
    # a verb phrase of the one list (sources/speech.py) that coverage did not know before
    ("The ministry made clear it would not negotiate.", ["reported"]),
])
def test_speech_verbs_of_the_one_list(text: str, expected: list[str]) -> None:
    assert [kind for kind, _ in passages(text)] == expected


def test_quotations_come_with_their_closed_flag() -> None:
    text = '"We will stay," he said. He added: "Nobody will move us from Idlib'
    got = [(p.kind, p.closed) for p in find_passages(text, [(0, len(text))]) if p.kind == "direct"]
    assert got == [("direct", True), ("direct", False)]


def test_words_of_its_own_between_two_quotations_make_a_sentence_reported() -> None:
    text = ('On Feb. 19, Erdogan said Ankara was "making final warnings" to Damascus and its allies, '
            'and that an offensive was now "a matter of time." The talks ended.')
    assert [kind for kind, _ in passages(text)] == ["reported", "direct", "direct"]


@pytest.mark.parametrize(("text", "reported"), [
    # two words before the quotation that are a clause of their own report something
    ('A spokesperson said Britain supported "the right of every state to guard its border".', True),
    ('The minister said it was "a step too far for all of us".', True),
    # two words that only say when or to whom introduce the quotation
    ('The minister said on Monday: "a step too far for all of us".', False),
    ('The minister told reporters "a step too far for all of us".', False),
])
def test_a_subject_and_verb_before_a_quotation_make_the_sentence_reported(text: str, reported: bool) -> None:
    assert ("reported" in {k for k, _ in passages(text)}) is reported


def test_a_sentence_of_two_speakers_is_cut_into_their_clauses() -> None:
    text = ("Poland blamed the smugglers; Belarus insisted its guards had done nothing. "
            "The bank has promised new loans, and Fitch has said it will wait.")
    assert passages(text) == [
        ("reported", "Poland blamed the smugglers"), ("reported", "Belarus insisted its guards had done nothing."),
        ("reported", "The bank has promised new loans"), ("reported", "and Fitch has said it will wait.")]  # its conjunction opens it (LABELS: 304, 351, 375)


def test_a_clause_without_a_speech_verb_keeps_the_sentence_whole() -> None:
    text = "The minister said the talks would go on, and the delegates went home."
    assert passages(text) == [("reported", text)]


def test_each_item_of_a_bulleted_list_is_a_sentence_of_its_own() -> None:
    text = "Key points:\n- Talks resume on Monday\n- Poland says it will send observers\n- Trains run again"
    assert passages(text) == [("reported", "Poland says it will send observers")]


@pytest.mark.parametrize("text", [
    pytest.param("- St. Anne Church: Pastor Fr. Elias Haddad said a second collection on Sunday will go to the camps.", id="a_priest"),
    pytest.param("Msgr. Paolo Rinaldi said the diocese would send two trucks of blankets.", id="a_monsignor"),
    pytest.param("Det. Supt. Mark Lowe told reporters that the van had been found near the port.", id="a_police_officer_s_ranks"),
])
def test_a_clerics_or_officers_abbreviated_title_does_not_end_the_sentence(text: str) -> None:
    # fix15fc: "Fr.", "Msgr.", "Det. Supt." before a name (regional pages' forms): one sentence, one reported passage
    assert [text[p.start : p.end].lstrip("- ") for p in find_passages(text, [(0, len(text))])] == [text.lstrip("- ")]


SPEAKER_PIECES = ["after", "as", "since", "such", "long", "well", "a day", "two weeks", "the", "its", "Ankara", "said",
                  "warned", ",", ";", " ", "  ", "\n", "-", "which", "where", "and", "but", "a claim", "\u2063"]


@given(st.lists(st.sampled_from(SPEAKER_PIECES), max_size=25), st.sampled_from(["", " "]))
@settings(max_examples=1000, deadline=None)
def test_the_second_speakers_look_ahead_changes_no_cut(pieces: list[str], sep: str) -> None:
    # the clause of time looks ahead for its "after" or "as" first, only to fail sooner: the same cuts without it
    text = sep.join(pieces)
    plain = re.compile(clausecuts._SECOND_SPEAKER.pattern.replace(r"(?=\s+(?:after|as)\s)", "", 1))
    assert plain.pattern != clausecuts._SECOND_SPEAKER.pattern
    assert [(m.span(), m.groups()) for m in clausecuts._SECOND_SPEAKER.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)]

"""sources/statements.py: which passages are statements, of which kind, cut where."""

import pytest

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

"""dateranges.in_sentence: a long line near the top that ends like a sentence is a sentence, not a date line."""

import pytest

from idlibsite.sources.dateranges import in_sentence

LONG = "The talks in Sochi on 5 March 2020 ended with a ceasefire that few of the fighters expected"


@pytest.mark.parametrize("line, expected", [
    (LONG + ".", True),
    (LONG + "…", True),  # an ellipsis ends it as a stop does (reflow.STOP_END)
    (LONG + '."', True),  # closing marks after the stop
    (LONG + ".)", True),
    (LONG + " (Reuters)", False),  # a closing mark alone is no stop
    (LONG, False),
    ("Thursday, 5 March 2020.", False),  # too short to be a sentence rather than a date line
])
def test_a_sentence_ends_with_a_stop_and_has_twelve_words(line: str, expected: bool) -> None:
    assert in_sentence(line) is expected

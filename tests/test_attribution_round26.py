"""Round 24's remaining classes (session fix15v): general rules pinned with sentences of our own, not the set's."""

from test_attribution import described, labels, paragraphs, speakers

from idlibsite.sources.statements import find_passages


def test_a_month_abbreviation_before_a_capitalised_word_is_a_persons_name() -> None:
    """One pattern of months serves dates and names; "Jan" opens a name, not a time ("Last March, ...")."""
    assert labels("Jan Varga, the UN envoy for the region, said the convoy would cross on Monday.") == ["new:Jan Varga"]

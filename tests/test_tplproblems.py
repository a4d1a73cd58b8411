"""Where a template failed: the column of the name Jinja's message quotes, only where it is sure."""

from __future__ import annotations

from idlibsite.site.tplproblems import column


def test_the_quoted_name_inside_a_tag_gives_the_column() -> None:
    assert column("  <p>{{ builder }}</p>", "'builder' is undefined") == 9
    assert column("{{ title | shout }}", "No filter named 'shout'") == 12


def test_a_name_given_first_wins_over_the_message() -> None:
    assert column('{% include "parts/x.html" %}', "parts/x.html", ["parts/x.html"]) == 13


def test_a_name_outside_the_tags_is_not_the_fault() -> None:
    # the word in the text is not the variable: only the one inside {{ }} counts
    assert column("builder: {{ builder }}", "'builder' is undefined") == 13
    assert column("builder, not a tag", "'builder' is undefined") is None


def test_a_name_found_twice_gives_no_column() -> None:
    assert column("{{ x }} and {{ x }}", "'x' is undefined") is None


def test_a_longer_name_holding_the_quoted_one_does_not_count() -> None:
    assert column("{{ builders }} {{ builder }}", "'builder' is undefined") == 19
    assert column("{{ builders }}", "'builder' is undefined") is None


def test_the_first_quoted_word_that_is_found_once_is_taken() -> None:
    # "'dict object' has no attribute 'y'": the type is not in the line, the attribute is
    assert column("{{ page.y }}", "'dict object' has no attribute 'y'") == 9

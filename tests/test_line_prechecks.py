"""sources/linekinds.py, transcripts.py, endmatter.py, headerfields.py: a line's patterns looked for only on a line
holding what every match of them holds (a currency sign, a copyright mark, two dots, a slash, a word, a separator);
the same answers as the patterns alone."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources import endmatter, headerfields, linekinds, transcripts

PIECES = ["£", "$", "€", "\n", " ", "  ", "\t", "\u2009", "\xa0", "a", "B", "x", "é", "1", "5.99", "12", "2020",
          "subscribe", "Subscription", "digital", "trial", "cancel", " a month", " per year", " for the first ", "week",
          "©", "(c)", "(C)", "copyright", "Copyright", "all rights reserved", "privacy", "Terms of use", "contact us",
          ".", ". ", "..", "/", "S/2020/12", "A/74/PV.45", "PV.", "contributed", " to this report", "Agencies",
          "“", '"', "|", "·", "•", ";", "Date", "Author", "Lena Hartwig", "By "]
LINES = st.lists(st.sampled_from(PIECES), max_size=24).map("".join) | st.text(max_size=40)
_FEW = st.lists(st.sampled_from(PIECES), max_size=4).map("".join)
# A paywall's price and a legal footer, with pieces around and between their parts (a random line seldom holds one).
PRICED = st.builds("".join, st.tuples(_FEW, st.sampled_from(["Subscribe", "digital", "Unlimited", "trial", "x"]), _FEW,
                                      st.sampled_from(["£", "$", "€", "¥", "\n£"]), st.sampled_from(["", " "]),
                                      st.sampled_from(["1", "4.99", "12"]), st.sampled_from([" a ", " per ", " for the first 4 "]),
                                      st.sampled_from(["week", "months", "year"]), _FEW))
FOOTER = st.builds("".join, st.tuples(st.sampled_from(["", " ", "\n"]), st.sampled_from(["©", "(C)", "Copyright", "x"]),
                                      _FEW, st.sampled_from(["Privacy Policy", "imprint", "all rights reserved", "y"]), _FEW))


def _found(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups())


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    """``pattern`` without its cheap look-ahead ``guard``, as it was written before."""
    assert pattern.pattern.count(guard) == 1
    return re.compile(pattern.pattern.replace(guard, ""))


@given(LINES | PRICED | FOOTER)
@settings(max_examples=3000, deadline=None)
def test_the_guarded_line_patterns_match_as_the_patterns_without_their_guard(line: str) -> None:
    for pattern, guard in ((linekinds.CHROME, "(?=[^£$€\\n]*+[£$€])"),
                           (linekinds.LEGAL_FOOTER, r"(?=\s*(?:©|\(c\)|copyright\b))")):
        assert _found(pattern.fullmatch(line)) == _found(_unguarded(pattern, guard).fullmatch(line))
        assert _found(pattern.fullmatch(line.strip())) == _found(_unguarded(pattern, guard).fullmatch(line.strip()))


@given(LINES)
@settings(max_examples=2000, deadline=None)
def test_a_line_without_what_a_pattern_needs_has_no_match_of_it(line: str) -> None:
    if transcripts.LEADERS.search(line):
        assert transcripts._two_dots(line)
    if transcripts.SYMBOL.search(line):
        assert "/" in line
    if endmatter.CONTRIBUTED.fullmatch(line):
        assert endmatter.CONTRIBUTED_WORD in line
    assert headerfields._parts(line) == headerfields._PARTS.split(line)


def test_the_guarded_kinds_are_still_found() -> None:
    assert linekinds.line_kind("Subscribe for unlimited digital access: £1 a week for the first 4 weeks") == "chrome"
    assert linekinds.line_kind("© 2020 Example Welle | Privacy Policy | Legal notice | Contact") == "chrome"
    assert linekinds.line_kind("© 2020 Example Welle. All rights reserved. Privacy Policy") != "chrome"
    assert transcripts.transcript_kind("Ms. Example . . . . . . . . 12") == "chrome"
    assert transcripts.transcript_kind("S/PV.8731 20-05213") == "chrome"
    assert endmatter.end_kind("Agencies contributed to this report.") == "note"
    assert headerfields.header_kind("Date 28.02.2020 | Author Lena Hartwig") == "byline"
    assert headerfields.header_kind("Author: Lena Hartwig; Published: 28.02.2020") == "byline"

"""Speech acts of not saying (pure; bench/suggest_set/LABELS.md, "Speech acts of not saying").

A speech verb after a negation or a refusal ("has not commented on", "did not mention", "declined to say") reports no
words of the speaker's; one with what was said after it ("did not deny that ...") still says.  Nor does a heading that
names what some unnamed plural says, a colon after it ("What the papers say: Europe's press on the summit"): the words
after the colon are the page's own title, no one's statement.
"""

from __future__ import annotations

import re

_NOT_BEFORE = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|would|could|will)\s+(?:not|never)|(?:has|have|had|did|does|do|would|could)n[’']t"
    r"|never|(?:declined|declines|refused|refuses)\s+to)\s+(?:yet\s+|publicly\s+|immediately\s+|officially\s+)?$",
    re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s+that\b")
_WHAT_THEY_SAY = re.compile(r"\s*What\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){1,3}")
"""A heading's free relative that opens its line, no name in it: "What the papers ", "What experts "."""
_COLON_AFTER = re.compile(r"\s*:")


def not_said(masked: str, m: re.Match[str]) -> bool:
    """True when the speech verb ``m`` of a masked sentence is an act of not saying, with no words of the speaker's:
    "has not commented on", "did not mention", "declined to say"; "did not deny that ..." says; nor does a heading's
    "What the papers say:"."""
    if _WHAT_THEY_SAY.fullmatch(masked, 0, m.start()) and _COLON_AFTER.match(masked, m.end()):
        return True
    return (_NOT_BEFORE.search(masked, max(0, m.start() - 40), m.start()) is not None
            and not _THAT_AFTER.match(masked, m.end()))

"""Speech acts of not saying (pure; bench/suggest_set/LABELS.md, "Speech acts of not saying").

A speech verb after a negation or a refusal ("has not commented on", "did not mention", "declined to say") reports no
words of the speaker's; one with what was said after it ("did not deny that ...") still says.
"""

from __future__ import annotations

import re

_NOT_BEFORE = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|would|could|will)\s+(?:not|never)|(?:has|have|had|did|does|do|would|could)n[’']t"
    r"|never|(?:declined|declines|refused|refuses)\s+to)\s+(?:yet\s+|publicly\s+|immediately\s+|officially\s+)?$",
    re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s+that\b")


def not_said(masked: str, m: re.Match[str]) -> bool:
    """True when the speech verb ``m`` of a masked sentence is an act of not saying, with no words of the speaker's:
    "has not commented on", "did not mention", "declined to say"; "did not deny that ..." says."""
    return (_NOT_BEFORE.search(masked, max(0, m.start() - 40), m.start()) is not None
            and not _THAT_AFTER.match(masked, m.end()))

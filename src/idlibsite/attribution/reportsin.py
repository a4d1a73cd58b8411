"""Whose reports a medium tells (pure): "according to reports in Hebrew media on Saturday" is the media's, and so is a joint
act it closes ("The two presidents stressed ..., MENA reported").

After "according to", a medium's reports ("reports in the daily X", "a report by X", "media reports in Y") stand for the
medium they ran in (LABELS rule 4: a medium in its own name), and the time they ran at ("on Saturday", "last week",
"on March 3") is no part of its name.  A report of no medium ("reports that ...", "reports on Saturday") is left as
it is: nobody named (rule 6).
"""

from __future__ import annotations

import re

from idlibsite.attribution.subject import RELAYED_BY
from idlibsite.sources.datelines import MONTH, WEEKDAYS

_REPORTS_IN = re.compile(r"(?:(?:an?|the|several|some|recent|latest|unconfirmed|press|media|news)\s+){0,3}reports?\s+(?:in|by|from|carried\s+by)\s+(?=\S)", re.I)
"""A medium's reports before its name: "reports in", "a report by", "media reports carried by"."""
_WHEN = re.compile(rf"\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:(?i:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?|{MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})$"
                   r"|\s+(?:last|this|earlier\s+this)\s+(?:week|weekend|month|morning|evening)$")
"""When the reports ran, after the medium's name: "on Saturday", "last week", "on March 3", "on 3 March"."""


_REPORTS_AFTER = re.compile(r"(?<=\S)\s+(?:news\s+)?reports?$")
"""Reports after the medium's name ("Persian media reports", "Interfax news reports")."""


def reported_in(chunk: str) -> str:
    """The medium whose reports ``chunk`` (the words after "according to") names, without their time ("reports in Hebrew
    media on Saturday": "Hebrew media"); ``chunk`` without its time otherwise ("local media on Sunday": "local media"),
    and without the medium that quoted it ("a military source quoted by SANA": the source, LABELS rule 4, as a subject
    "An official quoted by SANA said" is read, :data:`.subject.RELAYED_BY`)."""
    bare = _REPORTS_AFTER.sub("", _WHEN.sub("", RELAYED_BY.sub("", chunk)))  # "a military source quoted by SANA": the source
    medium = _REPORTS_IN.match(bare)
    return bare[medium.end() :] if medium else bare


_JOINT = re.compile(r"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:[a-z-]+\s+){0,2}?(?:leaders|presidents|ministers|heads\s+of\s+(?:state|government)"
                    r"|sides|premiers|prime\s+ministers|foreign\s+ministers|counterparts|chancellors|kings|monarchs)")
"""Two principals together as one plural subject ("The two presidents", "both leaders", "the two foreign ministers")."""


def joint_report(subject: str) -> bool:
    """True when ``subject``, the first clause's of a sentence a medium closes ("The two presidents stressed ..., MENA
    reported"), is two principals together: a joint act with no words of either's is the medium's own report (LABELS
    rule 11 and Round 63, as what an office relays of two together is the office's), not the pair's nor nobody's."""
    return _JOINT.fullmatch(subject.strip()) is not None

"""When a passage was said: "on Friday", "Thursday" read against the publication date (pure)."""

from __future__ import annotations

import datetime as dt
import re

from idlibsite.dates import PartialDate
from idlibsite.sources.speech import MASK, speech_verbs

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(r"\b(?:on |last )?(" + "|".join(DAYS) + r")\b(?:\s+(?:morning|afternoon|evening|night)\b)?",
                  re.IGNORECASE)
# Between a speech verb and its day ("said on Tuesday", "told reporters in Moscow on Tuesday",
# "On Tuesday, the ministry said"): a few words, no quotation, no start of what was said.
_ATTRIBUTION_GAP = re.compile(rf"[^{MASK}:;]{{0,100}}")
# What was said begins between them: a conjunction, or after the verb one of its own verbs ("said talks
# would resume"; before the verb an auxiliary is the speaker's: "On Monday, Lavrov had warned").
_CONJUNCTION = r"that|whether|if|when|after|before|until|since|because"
_WHAT_WAS_SAID = {
    True: re.compile(rf"\b(?:{_CONJUNCTION}|would|will|had|has|have|was|were|is|are|could|should|must|may|might"
                     r"|can|did|does|do)\b", re.IGNORECASE),
    False: re.compile(rf"\b(?:{_CONJUNCTION})\b", re.IGNORECASE),
}
_GAP_WORDS = 12
# A phrase that opens the sentence before its speaker: "In a column on Saturday, ...", "Speaking on Monday, ..."
_OPENING = re.compile(r"\s*(?:(?:In|At|On|During|Before|After|Speaking|Addressing|Writing)\b[^,]{0,80})?")
# A relative clause around the day tells of something else: "Borrell, who visited the border on Tuesday, said"
_RELATIVE = re.compile(r"\b(?:who|which|whose|where)\b")


def said_on(masked: str, published: PartialDate) -> tuple[PartialDate, str]:
    """The day a sentence says it was said on, and a note saying how; else the publication date, with
    a note that says so, as the project's annotations do ("not dated; reported in an article ...").

    ``masked`` is the sentence with its quotations masked (:class:`idlibsite.sources.speech.Sentence`):
    a weekday counts only in the attribution, never in what was said ("Peskov said a meeting on
    Thursday was planned" is not dated by that Thursday; nor is a quotation's "on Friday").
    A weekday names the latest such day on or before the publication date
    (news reports the past week): "on Thursday" in an article of Friday 6 March
    2020 is 5 March 2020.  No note when the publication date is not known either.
    """
    if not published.known:
        return published, ""
    m = _attribution_day(masked)
    if not m:
        told = _DAY.search(masked)
        how = f'not dated by its attribution ("{told.group().strip()}" is in what was said)' if told else "not dated in its sentence"
        return published, f"{how}; reported in an article published {published.human()}"
    if published.precision != "day":
        return published, f'"{m.group().strip()}" in an article dated only {published.human()}'
    day = dt.date.fromisoformat(published.iso)
    back = (day.weekday() - DAYS.index(m.group(1).lower())) % 7
    when = day - dt.timedelta(days=back)
    note = f'"{m.group().strip()}" in an article dated {published.human()}'
    return PartialDate(when.isoformat(), "day"), note


def _attribution_day(masked: str) -> re.Match[str] | None:
    """The first weekday beside a speech verb, on the speaker's side of it; with no speech verb in
    the sentence (a headline, a quotation alone), the first weekday outside quotations.

    Before the verb, the day is in a phrase opening the sentence ("On Monday, the ministry said"),
    in the speaker's clause ("The ministry on Monday said") or in a phrase set off right before the
    verb ("Erdogan, addressing his party on Saturday, said"); one before a comma and another
    subject ("... before Sunday, his ministry said") is in what was said, and so is one in a
    relative clause ("Borrell, who visited the border on Tuesday, said")."""
    verbs = speech_verbs(masked)
    for day in _DAY.finditer(masked):
        if not verbs:
            return day
        for verb in verbs:
            after = verb.end() <= day.start()
            gap = masked[verb.end() : day.start()] if after else masked[day.end() : verb.start()]
            before = masked[: day.start()]
            beside = after or (not _RELATIVE.search(before.rsplit(",", 1)[-1])
                               and ("," not in gap or not gap.strip(" ,") or _OPENING.fullmatch(before)))
            if (beside and _ATTRIBUTION_GAP.fullmatch(gap) and not _WHAT_WAS_SAID[after].search(gap)
                    and len(gap.split()) <= _GAP_WORDS):
                return day
    return None

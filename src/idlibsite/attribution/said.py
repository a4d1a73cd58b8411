"""When a passage was said: "on Friday", "on 3 March", "yesterday" read against the publication date (pure)."""

from __future__ import annotations

import datetime as dt
import re

from idlibsite.attribution.wordlists import GENERIC, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS
from idlibsite.dates import PartialDate
from idlibsite.sources.datelines import MONTHS
from idlibsite.sources.speech import MASK, speech_verbs

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?:\.(?=\s))?"  # "Feb. 28"
_YEAR = r"(?:,?\s+(?P<year>\d{4})\b)?"
# When: a weekday ("on Thursday", "late on Friday", "last Sunday"), a date ("on 3 March", "March 3, 2020",
# "Feb. 28"), or a day named from the publication's ("yesterday", "today", "last night").
_WHEN = re.compile(
    r"(?<!the )(?<!The )"  # "the March 5 agreement" names a thing, not a day of speaking
    r"\b(?:(?:late |early )?on |(?P<last>last) )?(?:"
    rf"(?P<weekday>{'|'.join(DAYS)})\b{_PART}"
    rf"|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}"
    rf"|{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR.replace('year', 'year2')}"
    r"|(?P<relative>yesterday|today|tonight)\b" + _PART + ")"
    r"|\b(?P<night>last night)\b",
    re.IGNORECASE)
# Between a speech verb and its day ("said on Tuesday", "told reporters in Moscow on Tuesday",
# "On Tuesday, the ministry said"): a few words, no quotation, no start of what was said.
_ATTRIBUTION_GAP = re.compile(rf"[^{MASK}:;|]{{0,100}}")  # "|": a page's byline or date line run in
# What was said begins between them: a conjunction, or after the verb one of its own verbs ("said talks
# would resume"; before the verb an auxiliary is the speaker's: "On Monday, Lavrov had warned").
_CONJUNCTION = r"that|whether|if|when|after|before|until|since|because"
_AUXILIARY = re.compile(r"\b(?:would|will|had|has|have|was|were|is|are|could|should|must|may|might|can|did|does"
                        r"|do)\b", re.IGNORECASE)
_WHAT_WAS_SAID = {
    True: re.compile(rf"\b(?:{_CONJUNCTION})\b|{_AUXILIARY.pattern}", re.IGNORECASE),
    False: re.compile(rf"\b(?:{_CONJUNCTION})\b", re.IGNORECASE),
}
_GAP_WORDS = 12
# After the verb and before the day's phrase, only whom it was said to, and how: "told reporters in
# Moscow on Tuesday", "told his Russian counterpart Vladimir Putin in a call on Friday", "said so
# again on Monday"; other words are what was said ("said Syria supported the deal reached on 5 March").
# An apposition set off by commas is the speaker's ("said Marco Sandrone, MSF's coordinator, on Monday").
_PREPOSITION = frozenset("in at during to on of about with via from for after by through over while late early".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())
_MANNER = frozenset("so it same thing again also later earlier separately once more further very".split())
_HEARERS = PERSON_NOUNS | ORG_NOUNS | ORG_WORDS | GENERIC | frozenset(
    "counterpart colleague audience crowd supporter member deputy parliamentarian conference briefing cabinet"
    " meeting session gathering rally interview summit forum panel hearing newspaper channel television radio".split())
_APPOSITION = re.compile(r",[^,]*,")
# A phrase that opens the sentence before its speaker: "In a column on Saturday, ...", "Speaking on Monday, ..."
# (with no verb of its own: "At least 33 soldiers were killed on 27 February, the governor said" is not one)
_OPENING = re.compile(r"\s*(?:(?:In|At|On|During|Before|After|Speaking|Addressing|Writing)\b[^,]{0,80})?")
# A phrase set off between the speaker and the verb: "Erdogan, addressing his party on Saturday, said"
_SET_OFF = re.compile(r"\s*(?:[a-z]+ing|asked|questioned|interviewed|in|at|on|during|after|before)\b")
# A relative clause around the day tells of something else: "Borrell, who visited the border on Tuesday, said"
_RELATIVE = re.compile(r"\b(?:who|which|whose|where)\b")


def said_on(masked: str, published: PartialDate) -> tuple[PartialDate, str]:
    """The day a sentence says it was said on, and a note saying how; else the publication date, with
    a note that says so, as the project's annotations do ("not dated; reported in an article ...").

    ``masked`` is the sentence with its quotations masked (:class:`idlibsite.sources.speech.Sentence`):
    a day counts only in the attribution, never in what was said ("Peskov said a meeting on
    Thursday was planned" is not dated by that Thursday; nor is a quotation's "on Friday").
    A weekday names the latest such day on or before the publication date
    (news reports the past week): "on Thursday" in an article of Friday 6 March
    2020 is 5 March 2020; "last Friday" in an article of a Friday is a week before.  A date
    without a year takes the publication's year, or the year before when that is more than half a
    year later than the article; a day after the article is not when its words were said.
    No note when the publication date is not known either.
    """
    if not published.known:
        return published, ""
    found = _attribution_day(masked, published)
    if found is None:
        told = _WHEN.search(masked)
        later = told and (when := day_of(told, published)) and published.precision == "day" and when.isoformat() > published.iso
        how = ("not dated in its sentence" if not told
               else f'not dated by its attribution ("{told.group().strip()}" is later than the article)' if later
               else f'not dated by its attribution ("{told.group().strip()}" is in what was said)')
        return published, f"{how}; reported in an article published {published.human()}"
    m, when = found
    if when is None:
        return published, f'"{m.group().strip()}" in an article dated only {published.human()}'
    return PartialDate(when.isoformat(), "day"), f'"{m.group().strip()}" in an article dated {published.human()}'


def day_of(m: re.Match[str], published: PartialDate) -> dt.date | None:
    """The day a match of ``_WHEN`` names, read against the publication date (None when it cannot be placed)."""
    year = m["year"] or m["year2"]
    month_word = m["month"] or m["month2"]
    if month_word:
        if not year and not published.iso[:4].isdigit():
            return None
        try:
            when = dt.date(int(year or published.iso[:4]), MONTHS[month_word.lower().rstrip(".")],
                           int(m["day"] or m["day2"]))
        except ValueError:
            return None
        if not year and published.precision == "day" and (when - dt.date.fromisoformat(published.iso)).days > 183:
            when = when.replace(year=when.year - 1)  # "on 28 December" in an article of March
        return when
    if published.precision != "day":
        return None
    day = dt.date.fromisoformat(published.iso)
    if m["weekday"]:
        back = (day.weekday() - DAYS.index(m["weekday"].lower())) % 7
        return day - dt.timedelta(days=back or (7 if m["last"] else 0))
    if m["night"] or (m["relative"] or "").lower() == "yesterday":
        return day - dt.timedelta(days=1)
    return day  # today, tonight


def _attribution_day(masked: str, published: PartialDate) -> tuple[re.Match[str], dt.date | None] | None:
    """The day nearest the sentence's first speech verb on the speaker's side, and the date it names; with no speech verb in the sentence (a headline, a quotation alone), the first day
    outside quotations.  A day after the article's is never when its words were said.

    Before the verb, the day is in a phrase opening the sentence ("On Monday, the ministry said"),
    in the speaker's clause ("The ministry on Monday said") or in a phrase set off right before the
    verb ("Erdogan, addressing his party on Saturday, said"); one before a comma and another
    subject ("... before Sunday, his ministry said") is in what was said, and so is one in a
    relative clause ("Borrell, who visited the border on Tuesday, said").  "According to X" comes
    after what was said, so only a day after it dates the saying ("according to a statement on
    Friday")."""
    latest = dt.date.fromisoformat(published.iso) if published.precision == "day" else None
    days = [(m, day_of(m, published)) for m in _WHEN.finditer(masked)]
    days = [(m, when) for m, when in days if not (latest and when and when > latest)]
    verbs = speech_verbs(masked)
    if not verbs:
        return days[0] if days else None
    near = [(len(gap), m, when) for m, when in days if (gap := _gap(masked, verbs[0], m)) is not None]
    if not near:
        return None  # a later verb is most often inside what was said ("told EPA that shelling was reported on ...")
    _, m, when = min(near, key=lambda n: n[0])
    return m, when


def _gap(masked: str, verb: re.Match[str], day: re.Match[str]) -> str | None:
    """The words between a speech verb and a day when the day is in the verb's attribution, else None."""
    after = verb.end() <= day.start()
    if not after and verb.group().lower().startswith("according"):
        return None
    gap = masked[verb.end() : day.start()] if after else masked[day.end() : verb.start()]
    if not after:
        clause = masked[: day.start()].rsplit(",", 1)
        set_off = len(clause) == 2 and not gap.strip(" ,") and _SET_OFF.match(clause[1])
        opening = _OPENING.fullmatch(masked[: day.start()]) and not _AUXILIARY.search(masked[: day.start()])
        if _RELATIVE.search(clause[-1]) or not ("," not in gap or set_off or opening):
            return None
    if (_ATTRIBUTION_GAP.fullmatch(gap) and not _WHAT_WAS_SAID[after].search(gap)
            and len(gap.split()) <= _GAP_WORDS and (not after or _only_hearers(gap))):
        return gap
    return None


def _only_hearers(gap: str) -> bool:
    """True when the words before the gap's first preposition can only say whom it was said to, and how."""
    for word in _APPOSITION.sub(" ", gap).replace(",", " ").split():
        w = word.lower()
        if w in _PREPOSITION:
            return True
        if not (word[0].isupper() or w in _DETERMINERS or w in _MANNER or w.endswith("ly")
                or w in _HEARERS or w.rstrip("s") in _HEARERS):
            return False
    return True

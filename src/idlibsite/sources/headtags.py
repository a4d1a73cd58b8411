"""Heading lines that tag their words with whose they are (pure): "Kremlin: Putin and Erdoğan may meet" (a name, a colon,
the words) and "Talks must go on: Kremlin", "Students in Turkey "safe" - govt" (the words, then the name after a colon or
a spaced dash).  The words are the name's, reported like a heading "Putin says ..." (LABELS: live-blog entries, Round
45's "words: Tag"); :func:`headline_tag` tells such a line from a label ("Photo: EUROKINISSI") or a kicker ("Idlib: in
Moscow, ...")."""

from __future__ import annotations

import re

from idlibsite.sources.doctitle import document_title
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.turns import SECTION_LABELS, key

_WORD = re.compile(r"[\w’'.-]+")


_ROLE_NOUNS = (r"ministry|office|embassy|minister|spokes(?:man|woman|person)|envoy|ambassador|official|officials|correspondent|reporter"
               r"|military|army|police|mayor|chief|president|premier|government|govt|gov[’']t")
"""A role's or a body's noun in lowercase, as a sentence-case heading writes the tag after its words ("... – envoy", "...:
foreign ministry")."""
HEADLINE_TAG = re.compile(r"[^\S\n]*((?:The[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}(?:[^\S\n]+(?:ministry|office|embassy"
                          r"|minister|spokesman|spokeswoman|spokesperson))?)[^\S\n]*:[^\S\n]+[^:\n]*?[^\s.!?:]\s*")
"""A heading line that gives words after a name and a colon, no stop at its end ("Kremlin: Putin and Erdoğan may meet",
"UNHCR: Concern over the suspension of asylum"): the words are the name's, reported like a heading "Putin says ..."
(LABELS: live-blog entries); a headline in sentence case writes a body's or an office's noun in lowercase ("Defence
ministry: ...", "Foreign minister: ...")."""
HEADLINE_WORDS = 3
"""Words of its own, outside quotation marks, a heading needs after the colon to report something: fewer are a
label ("Photo: EUROKINISSI"), and words all in quotation marks are the quotation's ("Name: "words"")."""


HEADLINE_TAIL = re.compile(r"[^\S\n]*(?P<words>[A-Z](?:[^:.!?\n]|[.!?](?!\s))*?[^\s.!?:,;])(?:[^\S\n]*:|[^\S\n]+[—–-])[^\S\n]+"
                           r"(?P<tag>(?:The[^\S\n]+)?[A-Z][^\W\d_’'.-]*(?:[^\S\n]+[A-Z][^\W\d_’'.-]*){0,2}"
                           r"|(?:[a-z]+[^\S\n]+)?(?:" + _ROLE_NOUNS + r"))[^\S\n]*")
"""A heading line that gives words, a colon, then whose they are, the other way round from :data:`HEADLINE_TAG`
("India hopes for durable peace: MEA", "Talks must go on: Kremlin", or after a spaced dash, "Citizens among those
stranded — Commission", "Students in Turkey "safe" - govt", "... safe – envoy", a sentence-case headline writing a
government's, an office's or a role's noun in lowercase, :data:`_ROLE_NOUNS`, maybe after one word, "– foreign minister"): the name's words, as "Kremlin: words" (a name of
three capitalised words at most, no figure: not "Posted at: Mar 06"; one line with no sentence's end: not a caption's
"... last year. Picture: Supplied")."""
_TAIL_NEEDS = re.compile(r":|[^\S\n][—–-]")
"""What every match of :data:`HEADLINE_TAIL` holds, its colon or its spaced dash: looked for first (a sentence without
either, most of them, is not read letter by letter for the tail)."""

HEADLINE_QUOTED = re.compile(r"[^\S\n]*(?P<who>(?:The[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+[\w’'.-]+){0,3})(?<![’']s)[^\S\n]+[‘“\"][^‘“\"’”\n:]+?\S[^\S\n]+\S[^‘“\"’”\n]*?[’”\"][^\S\n]*")
"""A heading line of a subject (four words at most) and its words in quotation marks, no verb and no colon between them
("UN chief ‘following with great concern’", "Minister “deeply worried”"; not a possessive's "Turkey’s ‘safe zone’", nor a
clause's 'The source added that "..."'): reported, the quotation direct, both the
subject's (LABELS Round 48)."""
HEADLINE_TOLD = re.compile(r"[^\S\n]*(?:[A-Z][^:\n]{0,30}:[^\S\n]+)?(?:The[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}"
                           r"[^\S\n]+(?P<verb>[a-z]+s(?:[^\S\n]+(?:for|of|on|against))?)[^\S\n]+[«“\"‘'][^\n]*[^\s.!?:][^\S\n]*")
"""A heading line of a subject (four capitalised words at most, a kicker and its colon maybe before it), a speech verb
in the present and a quotation as what it said, no stop at its end ("Union condemns "foreign interventions" in Syria",
"Idlib crisis: Burkina Faso calls for «an immediate cessation ...»"): the subject's act, reported in its own right as
the headline's "X says ..." is, the quotation direct too (LABELS Round 29: a headline quotation condenses the words)."""


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
TIMELINE_DATE = re.compile(rf"[^\S\n]*(?:(?:{_MONTH}[^\S\n]+\d{{1,2}}|\d{{1,2}}[^\S\n]+{_MONTH})(?:[^\S\n]+[—–-]|:)"
                           rf"|(?:\d{{1,2}}\.[^\S\n]*[^\W\d_]{{3,}}\.?|\d{{1,2}}[:.]\d{{2}}(?:[^\S\n]*(?:h|Uhr))?)[^\S\n]+[—–-])[^\S\n]+(?=[A-Z])")
"""The date that opens a timeline's line, before a spaced dash or a colon ("Feb 12 – ", "3 March — ", "February 29: "),
or before a spaced dash a day with its stop and a month in the page's own language ("28. února – ", "3. März – ", left
untranslated) or a flash's time of day ("14:35 – ", "9.10 Uhr – "):
"Feb 12 – Erdogan: Turkey will ... ." is a tag's words as a heading's are (LABELS Round 48: only "Name: words" lines of a
timeline as headings)."""


DAY_LINE = re.compile(rf"[^\S\n]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)?(?:{_MONTH}[^\S\n]+\d{{1,2}}|\d{{1,2}}"
                      rf"[^\S\n]+{_MONTH})(?:,?[^\S\n]+\d{{4}})?[^\S\n]*")
"""A timeline's day on a line of its own, heading the entry's lines under it ("Friday 28 February", "March 3, 2020")."""


def entry_tag(text: str, start: int) -> bool:
    """True when the line opening at ``start`` is a timeline entry's "Name: words." under its day line ("Friday 28
    February\nErdogan: We will not leave ... ."): the tag's words, its stop no matter, as a dated line's (LABELS Round
    44); a line with no day line above it in its paragraph is read as any other."""
    if start and text[start - 1] != "\n" or not _under_day(text, start):
        return False
    stop = text.find("\n", start)
    line = text[start : stop if stop >= 0 else len(text)]
    return headline_tag(text, start, start + len(line.rstrip().removesuffix(".")))


def _under_day(text: str, start: int) -> bool:
    """True when a day line (:data:`DAY_LINE`) heads the lines above ``start``, with no blank line between."""
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if not line.strip():
            return False
        if DAY_LINE.fullmatch(line):
            return True
        start = above
    return False


def undated(line: str) -> str:
    """A timeline's line without its date ("Feb 12 – Erdogan: ..." -> "Erdogan: ..."); other lines as given."""
    dated = TIMELINE_DATE.match(line)
    return line[dated.end() :] if dated else line

_CREDITS = SECTION_LABELS | frozenset("credit credits picture pictures image images courtesy".split())
"""A word before a colon that labels what follows, not words of the name after it: a caption's "... Credit: AFP"."""


def headline_tag(text: str, start: int, end: int) -> bool:
    """True when the range is one heading line "Name: words" (or "words: Name", :data:`HEADLINE_TAIL`) whose words,
    outside quotation marks, are its own."""
    dated = TIMELINE_DATE.match(text, start, end)
    if dated:  # "Feb 12 – Erdogan: Turkey will ... .": a timeline's line, its date and its stop no part of the tag's words
        start, end = dated.end(), dated.end() + len(undated(text[start:end]).rstrip().removesuffix("."))
    quoted = HEADLINE_QUOTED.fullmatch(text, start, end)
    if quoted and not speech_verbs(quoted.group("who")) and not re.search(r"\bthat$", quoted.group("who")):
        return True  # "UN chief ‘following with great concern’": the subject's words, no verb (LABELS Round 48)
    told = HEADLINE_TOLD.fullmatch(text, start, end)
    if told and (verb := speech_verbs(told.group("verb"))) and verb[0].start() == 0:
        return True  # "Union condemns "foreign interventions" in Syria": the subject's act, reported (LABELS Round 29)
    line = HEADLINE_TAG.fullmatch(text, start, end)
    tail = HEADLINE_TAIL.fullmatch(text, start, end) if line is None and _TAIL_NEEDS.search(text, start, end) else None
    if line is not None:
        tag, said = line.group(1), text[line.end(1) : end].split(":", 1)[1]
    elif tail is not None and key(tail.group("words").split()[-1]) not in _CREDITS:
        tag, said = tail.group("tag"), tail.group("words")
    else:
        return False
    if key(tag) in SECTION_LABELS or document_title(said):
        return False  # "Turkey: Situation in Idlib": a report's title, its subject and topic, no one's words
    said = re.sub(r"[\"“„«][^\"“”„«»]*[\"”“»]", " ", said)
    own = _WORD.findall(said)
    return (len(own) >= HEADLINE_WORDS and (any(w.islower() for w in own) or _TITLE_CASE_VERB.search(said) is not None
                                             or said.isupper() and _CAPITALS_CLAUSE.search(said) is not None)
            and own[0].lower() not in _KICKER_OPENERS)


_TITLE_CASE_VERB = re.compile(r"\b(?:Is|Are|Was|Were|Will|Must|Can|Has|Have|Should|Would|Cannot|Won[’']t)\b")
"""A verb of a headline in title case ("Oryem: Ugandan Students In Turkey Are Safe, Gov't Monitoring ..."): words of a
statement, though none is in lower case, not a roster of names ("Speakers: Ada Quill, Ola Berg")."""


_CAPITALS_CLAUSE = re.compile(r"\b(?:IS|ARE|WAS|WERE|WILL|MUST|CAN|CANNOT|HAS|HAVE|SHOULD|WOULD|NOT|NO|WE|I|OUR|THE|A|TO)\b")
"""A heading set in capitals ("YENİ ŞAFAK: THE WEST MUST CHOOSE", "PUTIN: WE KEPT OUR WORD TO EACH OTHER"): words of a
statement when they have a verb, a pronoun, an article or a negation, not a roster of names in capitals."""


_KICKER_OPENERS = frozenset("in at on from after before as with during near inside outside".split())
"""Prepositions that open a kicker's words: "Idlib: in Moscow, Putin and Erdoğan seal a truce" places the story, no
one speaks; nor does a roster of names with no word in lower case ("Speakers: Ada Quill, Ola Berg (EPP)")."""


def paired_tags(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    """True when the range is one line of two sentences or more, each a heading's "Tag: words" (:func:`headline_tag`, its
    stop left out): "Erdogan: We have opened the gates. Athens: Nobody will cross", a headline of two subjects, each
    sentence its own tag's words (LABELS Round 43: a headline with two subjects); one such sentence alone is read by
    :func:`headline_tag` on its line."""
    if len(sentences) < 2 or "\n" in text[start:end].strip():
        return False
    return all(headline_tag(text, at, at + len(text[at:to].rstrip().removesuffix(".").rstrip())) for at, to in sentences)


"""What of a speaker phrase is no part of whom it names (pure), taken off before :func:`.phrase.read_phrase` reads it.

Spaces are folded; an emphatic pronoun or a word of place or time after the phrase ("Erdogan himself", "aid workers
here"), the openers of :mod:`.openers`, a body described after a person's name ("of a Lima think tank"), letters after a
name (postnominals), a rank's retired mark, a middle initial or patronymic, a generational suffix and a ruler's regnal
style come off; the French idiom for a foreign minister and a capitalised role of a country ("the Ambassador of
Turkey") are rewritten as the roles they are.
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.names import REGNAL
from idlibsite.attribution.openers import without_openers
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS, PERSON_NOUNS, TITLES

_OF_DESCRIBED = re.compile(r"(\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+of\s+(?:an?\s+[^,;]+|the\s+(?:[A-Z][\w’'-]+\s+)+(?:[a-z]+\s+)?(?:community|parish|congregation|diaspora|minority|tribe|clan|group|faction|caucus|bloc))$")
"""A person's full name, then "of a" and a body described, not named ("Ana Ruiz of a Lima labour think tank"), or "of the"
and a community or a house's group ("Imam X of the Cham Muslim community", "MEP X of the Renew Europe group"): no part of the name."""


_ROLE_OF_NATION = re.compile(r"^([Tt]he\s+)([A-Z][a-z-]+)(\s+of\s+(?:the\s+)?([A-Z][\w’'-]+)\b)")
"""A person's role of a country, capitalised, with no name ("the Ambassador of Turkey accredited to ..."): a person
described, whom the page names later (LABELS rule 7), never a body called "Ambassador of Turkey"."""


_DIPLOMACY = re.compile(r"^((?:[Tt]he\s+)?)(?:head|chief)\s+of\s+(?:the\s+)?((?:[A-Z][\w’'-]+\s+)?)diplomacy$")
"""A country's foreign minister by the French idiom ("the head of Moroccan diplomacy", "le chef de la diplomatie"):
a role anaphor of the foreign minister (LABELS rule 8)."""


_MIDDLE_INITIAL = re.compile(r"(?<=[a-z])\s+(?:[A-Z]\.(?:\s?[A-Z]\.){0,2}|[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna))(?=\s+[A-Z][a-z])")  # and a patronymic
_SUFFIX = re.compile(r"(?<=[a-z]),?\s+(?:Jr|Sr)\.?$|(?<=[a-z])\s+(?:II|III|IV)$")
"""A person's middle initial or initials ("Retno L.P. Marsudi") and generational suffix: no part of the name a speaker is matched by (LABELS rule 2)."""
_POSTNOMINALS = re.compile(r"(.*\b[A-Z][\w’'-]*[a-z]\s+[A-Z][\w’'-]*[a-z])(?:,?\s+(?:JP|MP|MHA|MLA|MSP|MPP|TD|KC|QC|SC|[GKD]C(?:MG|VO|B)|CMG|[LM]VO|CVO|[CKDGOM]BE|PhD))+$")
"""Letters after a person's name: an office ("JP MP", "MHA"), an honour ("CMG", "OBE") or a degree; no part of the name
(LABELS rule 2: "the Hon. Ana Quill JP MP" is Ana Quill); not after a body's, a nation's or a party's word ("the Labour
Party MP", "Scottish Labour MP")."""
_DESCRIBED_SEAT = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+[A-Z][\w’'-]*[a-z]\s+[A-Z][\w’'-]*[a-z]$")
"""An article right before the two words: a seat described ("the North Tongu MP"), no person's name."""
_PARTIES = frozenset({"labour", "conservative", "liberal", "democrat", "democratic", "republican", "green", "tory", "socialist", "unionist"})
"""Words of a party's name: before "MP" they describe the member ("the Labour Party MP", "Scottish Labour MP"), no person's name."""
_GLUED_DATELINE = re.compile(r"^(?:.*?\([A-Z][\w.-]*\)\.?\s*[:–—-]|[A-Z][A-Z0-9-]*(?:\.[A-Z]{2,})+\s*[:–—-])\s*(?=[A-Z])")
"""A dateline's agency or site tag glued to the sentence's first word ("Mar 5 (APP):Pakistan", "SATUHARAPAN.COM-Pope
Francis", the Spanish-language agencies' ".-": "La Paz, Mar 5 (ABI).- The Ministry"): no part of the name after it."""
_RETIRED = re.compile(r"\s+\((?i:re?td|ret)\.?\)(?=\s+[A-Z])")
"""A rank's retired mark in brackets ("Lt Gen (Rtd) Name", "Col (Retd.) Name"): a part of the title, no part of the name."""


def _initials(initials: re.Match[str]) -> str:
    """A middle initial or patronymic dropped; two or three initials only after a given name ("Retno L.P. Marsudi"), kept
    after a title or an article ("Ash-Sheikh M.I.M. Rafeek": they open the name; "The U.S. State Department": a country)."""
    before = initials.string[: initials.start()].split()[-1:]
    given = bool(before) and before[0][:1].isupper() and fold(before[0].split("-")[-1].rstrip(".")) not in TITLES | {"the", "a", "an"}
    return initials.group() if initials.group().count(".") > 1 and not given else ""


def trimmed(text: str) -> str:
    """The speaker phrase ``text`` without what is no part of whom it names."""
    text = " ".join(text.split()).strip(" ,.")
    text = re.sub(r"\s+(?:himself|herself|itself|themselves|here|there|today|yesterday|tonight|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$", "", text)  # "Erdogan himself", "aid workers here", "X on Sunday"
    text = _GLUED_DATELINE.sub("", text)  # "Mar 5 (APP):Pakistan": Pakistan
    text = without_openers(text)  # "And Moscow says", "a day later the foreign ministry": no part of the name
    text = _OF_DESCRIBED.sub(r"\1", text)  # "The researcher Ana Ruiz of a Lima think tank": the person, a body not named
    text = _DIPLOMACY.sub(r"\1\2foreign minister", text)  # "the head of Moroccan diplomacy": its foreign minister
    text = _ROLE_OF_NATION.sub(lambda m: m.group(1) + m.group(2).lower() + m.group(3) if fold(m.group(2)) in PERSON_NOUNS and fold(m.group(4))
                               in NATIONS else m.group(), text)  # "the Ambassador of Turkey": a role described, no body's name
    text = _POSTNOMINALS.sub(lambda m: m.group(1) if not ({fold(w) for w in m.group(1).split()[-2:]} & (ORG_WORDS | NATIONS.keys() | _PARTIES)
                                                          or _DESCRIBED_SEAT.search(m.group(1))) else m.group(), text)  # "Ana Quill JP MP"
    text = REGNAL.sub("", _SUFFIX.sub("", _MIDDLE_INITIAL.sub(_initials, _RETIRED.sub("", text))))  # and a ruler's regnal style; "Rear Admiral William D. Byrne Jr.": William Byrne
    return text

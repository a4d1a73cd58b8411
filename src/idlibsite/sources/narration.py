"""A paragraph that narrates what someone said, not the guest's own answer going on (pure).

In an interview's write-up an untagged paragraph after an answer goes on with that answer (:mod:`.turns`), but one that
reports, in the third person and the past of narration, what someone said ("After the interview, a spokeswoman for the
society, Name, said the group had ...", "Name, the U.N.'s coordinator, told reporters in Geneva that ...") is the writer's
narration, each of its sentences labelled by its own clause (LABELS Round 43: an untagged paragraph between or after
answers that holds no words of the guest and has its own attribution clause).  The guest's own words are in the first
person ("We treated ...", "My colleagues told me ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from idlibsite.sources.places import city, key, place
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.titles import TAG_TITLES
from idlibsite.sources.turnwords import ANSWERERS, CHAIRS, QUESTIONERS, REPORTING

FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|We're|we’re|We’re|my|My|our|Our|us|me)\b")
"""A word of the first person: a speaker's own words."""
QUOTED = re.compile(r"[\"“„«»‘][^\"“”„«»‘’]*[\"”«»’]")
"""A quotation in marks: another's words inside a paragraph, not its own voice."""
_NARRATED = re.compile(r"(?:said|told|wrote|tweeted|[a-z]{3,}ed)$")
"""A speech verb in the past of narration ("said", "told", "added", "announced"), not a guest's "say" of others."""
_PLACE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|of|al|el|de))*")
"""A place's name in form: capitalised words, maybe joined by a particle ("United Nations", "Ras al Khaimah")."""
_ROLE_WORDS = QUESTIONERS | ANSWERERS | REPORTING | CHAIRS | TAG_TITLES
"""The words of a turn's role or a speaker's title ("host", "anchor", "chair", "Mr", "Dr"): no place's."""


def narrates(paragraph: str) -> bool:
    """True when a paragraph, its quotations left out, has a speech verb in the past of narration and no word of the
    first person: it reports another's words in the writer's voice, and speaks no answer of its own."""
    words = QUOTED.sub("", paragraph)
    return not FIRST_PERSON.search(words) and any(_NARRATED.search(m.group()) for m in speech_verbs(words))


def exchange_end(names: Mapping[int, str], asks: Mapping[int, bool]) -> int:
    """Where an interview's exchange ends, by its turns' starts: the last turn of a tag written more than once (``names``:
    each turn's tag key) or the answer to the last question (``asks``: each tagged paragraph's start, whether it ends
    with "?"), whichever comes first; a tag after it may be a footer's ("Support Radio X: become a member"), even one
    the questioner's name was given to."""
    said = Counter(names.values())
    repeated = max((start for start, name in names.items() if said[name] > 1), default=0)
    last_question = max((start for start, asked in asks.items() if asked), default=-1)
    if last_question < 0:
        return repeated
    return min(repeated, min((start for start in asks if start > last_question), default=last_question))


def datelined(tagged: Sequence[tuple[str, str, str]], page: str = "") -> bool:
    """True when the paragraphs a layout's tags open (``tagged``: each tag's name, its title and its paragraph's words)
    are a digest's datelines ("Ankara: Turkish Defence Minister X said ...", "Abu Dhabi: ...", as Gulf dailies write a
    place before their stories), not turns of a conversation: none of the paragraphs speaks in the first person or asks
    ("...?"), their quotations left out, and at least one narrates (:func:`narrates`), as a record's, an interview's or
    a briefing's turns never all do.  And a dateline is a place: every tag that recurs is a country, capital or province
    the data knows (:func:`.places.place`) or a city in a country the page names (:func:`.places.city`: "Aleppo" on a
    page that names Syrians; ``page``: the whole text, else the tags and their paragraphs), and a tag written once is a
    place's name at least in form (capitalised words, no title, no role's word), never a role tag ("ANCHOR:", "Host:"),
    a speaker's name tag ("Achieng:") or a titled one ("ODA PERSSON, Harbour Master:").  The places are read last, so
    that a conversation never loads their data."""
    own = [QUOTED.sub("", words).strip() for _, _, words in tagged]
    if any(FIRST_PERSON.search(p) or p.endswith("?") for p in own) or not any(narrates(words) for _, _, words in tagged):
        return False
    recurs = Counter(key(name) for name, _, _ in tagged)
    page = page or "\n".join(f"{name}: {words}" for name, _, words in tagged)
    return all(not title and (place(name) or recurs[key(name)] == 1 and _PLACE_NAME.fullmatch(name)
                              and not set(re.findall(r"[\w’'-]+", name.casefold())) & _ROLE_WORDS or city(name, page))
               for name, title, _ in tagged)

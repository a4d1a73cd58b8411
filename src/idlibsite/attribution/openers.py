"""What opens a speaker phrase and is no part of who it names (pure): a dateline, a wire's credit, a conjunction, a time
told from the one before, "For" before whose view it is, a date after it, a point of the compass abbreviated before a
country, and the article a headline's style drops before a role ("Lawmaker from the House Commission I": a lawmaker)."""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.names import UPPER
from idlibsite.attribution.wordlists import NATIONS, PERSON_NOUNS
from idlibsite.sources.datelines import MONTH

_COMPASS = re.compile(r"\b([NSEW])\.\s*([A-Z][a-z]+)\b")
_POINTS = {"N": "North", "S": "South", "E": "East", "W": "West"}
"""A point of the compass abbreviated before a name, as headlines write a country ("S. Korea", "N. Macedonia")."""
_DATELINE = re.compile(rf"^(?:[{UPPER}]{{3,}}(?:[/,]\s?[{UPPER}]{{3,}})*|[^/\n]{{0,40}}/[A-Z][A-Za-z]+/\.?)\s*[-—–]{{1,2}}\s+(?=[A-Z])")
"""A dateline the sentence splitter leaves in the sentence, before a dash: places in capitals joined by a slash
("ROME/AMMAN – The World Food Programme ..."), an agency's name between slashes ("March 2 /Agerpres/ - The
Ministry ..."): no part of the name."""
_WIRE_CREDIT = re.compile(rf"^(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}},\s+)?{MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}}|/\d{{4}})?"
                         r"\s+\([A-Z][\w.’' -]{1,30}\)\s*(?:[-—–]{1,2}\s*)?(?=[A-Z])")
"""A wire's credit run into the lead: a place, the day and the agency in brackets ("Lima, Mar 2 (Andina) The
government ...", "March 2 (Xinhua) -- The ministry ...", "Addis Ababa, March 5/2020 (ENA) – The ministry ..."): when and
by whom it was filed, no part of the name."""
_RELATIVE_TIME = re.compile(r"^(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa] few|[Ss]ome|\d{1,2})\s+)?(?:[Mm]inutes?|[Hh]ours?"
                            r"|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?)\s+(?:later|earlier|afterwards|before|on)\b|^(?:[Tt]he\s+)?(?:next|following"
                            r"|previous)\s+(?:day|morning|evening|week|month)"
                            r"|^[Bb]y\s+(?:noon|midday|midnight|nightfall|evening|morning|(?:the\s+)?(?:afternoon|evening)|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)")
_RELATIVE_TIME = re.compile(rf"(?:{_RELATIVE_TIME.pattern}),?\s+(?=[A-Z]|(?:the|a|an)\s)")
"""A time told from the one before it that opens the sentence before its subject ("a day later the foreign ministry
...", "Two weeks earlier, Lagos said", "The next day the council ...", "by noon the ministry had a statement out"):
when, not who."""
_OPENING_CONJUNCTION = re.compile(r"^(?:And|But|Yet|Or|Earlier|Later|Meanwhile|Separately|However|Also|Then|Now|Still|Instead"
                                  r"|Likewise|Similarly|Moreover|Yesterday|Today),?\s+(?=[A-Z]|(?:the|a|an)\s)")
"""A conjunction or a sentence adverb that opens the sentence before its subject ("And Moscow says ...",
"Earlier the ministry stated ...", "But the president made clear ...")."""
_BARE_ROLE = re.compile(r"^([A-Z][a-z]+)(?=\s+from\s+(?:the\s+)?[A-Z])")
"""A role noun with no article before "from" a body ("Lawmaker from the House Commission I, which ..., says"), as a
timeline's or a headline's style writes "A lawmaker from ...": one person described, whom the page may name later (LABELS
rule 7), never a body called "Lawmaker from ..."."""


def without_openers(text: str) -> str:
    """``text`` (spaces made single) without the words that open or close it and name nobody (the module's list)."""
    text = re.sub(rf"\s+(?:of|on)\s+(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?,?(?:\s+\d{{4}})?$", "", text)  # "the Council of 6 March 2020": when, not who
    text = _OPENING_CONJUNCTION.sub("", _DATELINE.sub("", _WIRE_CREDIT.sub("", text)))  # "And Moscow says": the conjunction opens the sentence, not the name
    text = _RELATIVE_TIME.sub("", text)  # "a day later the foreign ministry": when, not who
    text = _COMPASS.sub(lambda m: f"{_POINTS[m.group(1)]} {m.group(2)}" if fold(m.group(2)) in NATIONS else m.group(), text)  # "S. Korea": South
    text = _BARE_ROLE.sub(lambda m: f"A {m.group(1).lower()}" if fold(m.group(1)) in PERSON_NOUNS else m.group(), text)  # "Lawmaker from X"
    return re.sub(r"^For\s+(?=[A-Z])", "", text)  # "For Nasr al-Hariri, the deal « ... »": whose view, not a part of the name

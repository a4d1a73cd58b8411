"""The agent of a passive verb of speech, the one who spoke (pure): "was confirmed by Dmitry Peskov", "..., emphasized in
the center" (translated Russian), "confirmed late on Friday by X, the governor of Y", "was criticised by the spokeswoman
of the Syrian Democratic Council (MSD), Amina Omar" (moved out of :mod:`.clause`, which reads it)."""

from __future__ import annotations

import re

from idlibsite.attribution.subject import MAX_WORDS

_AGENT = re.compile(r"\s+(by|in)\s+((?:the\s+)?[A-Z][^,.;:\u2063]*?|the\s+[a-z][a-z ]*?"
                    r"(?:\s(?:of|from|by)\s+(?:the\s+)?[A-Z][^,.;:\u2063]*?)?)(?=\s*(?:[,.;:]|$))")
"""A passive's agent after "by", or a place that speaks after "in": "by Dmitry Peskov", "in the Kremlin", "in the statement
of the Coastal Guard"."""
_CLAUSE_WORD = re.compile(r"\s(?:that|whether|if|because)\s")
"""A conjunction that opens a clause: what holds one is reported words, never an agent's name."""
PASSIVE = re.compile(r"\b(?:was|were|is|are|am|been|being|be|stands|stood)\s*$", re.IGNORECASE)


def agent(masked: str, start: int, end: int) -> tuple[str, str] | None:
    """``was confirmed by Dmitry Peskov``; ``..., emphasized in the center`` (translated Russian); ``The deaths,
    confirmed late on Friday by X, the governor of Y, ...`` (the agent after a time or a place, with its apposition)."""
    late = _LATE_AGENT.match(masked, end) if PASSIVE.search(masked[:start].rstrip()) or masked[:start].rstrip().endswith(",") else None
    if late and late.group("apposed"):  # "by the official representative of X, Name, at ...": the name, its title
        return late.group("apposed"), late.group("title")
    titled = _TITLED_AGENT.match(masked, end) if PASSIVE.search(masked[:start].rstrip()) else None
    if titled:  # "was criticised by the spokeswoman of the council (MSD), Amina Omar, who said": the name, its title
        return titled.group("apposed"), titled.group("title")
    if late:
        role = re.match(r",\s+((?:the|a|an)\s+[^,.;:\u2063]+)", masked[late.end() :])
        return late.group(1), role.group(1) if role else ""
    m = _AGENT.match(masked, end)
    if not m or len(m.group(2).split()) > MAX_WORDS // 2 or _CLAUSE_WORD.search(m.group(2)):
        return None  # "said in Geneva that Paris was weighing ...": a place, then the reported clause
    before = masked[:start].rstrip()
    passive = PASSIVE.search(before)
    named = _NAMED_BEFORE.search(before)  # "..., the head of the centre, Rear Admiral X, said in Moscow": where X said it
    impersonal = m.group(1) == "in" and (not before or before.endswith(",") and not named or re.search(
        r"\b(?:as|they|it (?:was|is|has been))$", before))  # "it was stressed in the statement of X"
    return (m.group(2), "") if (m.group(1) == "by" and passive) or impersonal else None


_TITLE_APPOSED = (r"(?P<title>the\s+(?:[a-z-]+\s+){1,3}of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+\([A-Z]{2,6}\))?),"
                  r"\s+(?P<apposed>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})(?=\s*[,.;:]|\s*$)")
"""A title in small letters, of a body (maybe with its acronym in brackets), then the holder's name in apposition: "the
spokeswoman of the Syrian Democratic Council (MSD), Amina Omar"."""
_TITLED_AGENT = re.compile(rf"\s+by\s+{_TITLE_APPOSED}")
"""A passive speech verb, "by", and its agent by title and name: the name, not the body of its title."""
_LATE_AGENT = re.compile(r"\s+(?:in|on|at|late|early|earlier|later|overnight|shortly|today|yesterday)\b[^,.;:\u2063]{0,40}?\sby\s+"
                         r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|al-\w+|bin|of|for|the))*"
                         rf"|{_TITLE_APPOSED}"
                         r"|the\s+[a-z][a-z -]{0,60}?\s+of\s+[^,.;:\u2063]{0,140}?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|al-\w+)){1,3})"
                         r"(?=\s*(?:[,.;:]|$)|\s+(?:at|during|in)\s+(?:a|an|the)\s+[a-z])")
"""A passive speech verb, a time or a place, then "by" and its agent's name, up to a stop or to the occasion it spoke at
("This was noted today by the Minister ... Name at a press conference"), or its title in small letters and its name in
apposition ("... on Thursday by the official representative of the Foreign Ministry, Name, at her briefing"), or a
translation's long title in small letters run into the name ("This was stated on Friday by the head of the department
of information and press of the ministry of foreign affairs of Russia Maria Zakharova at the briefing")."""
_NAMED_BEFORE = re.compile(r"(?:^|,)\s*(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s*,$")
"""A person's name set off by commas just before the verb ("..., Rear Admiral Oleg Zhuravlyov,"): the verb's subject, so
"in" after the verb names a place, never a speaker."""

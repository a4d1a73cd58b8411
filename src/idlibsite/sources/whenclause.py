"""A sentence's opening clause of time that reports speech, cut from the clause after it (pure): "When I told a class
... about the crisis, one of them asked ..." is two speakers' (:func:`.statements.find_passages` cuts it there)."""

from __future__ import annotations

import re

from idlibsite.sources.speech import speech_verbs


_WHEN_CLAUSE = re.compile(r"\s*(?:When|After|Once|Before|Whenever)\s+(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+[^,;\u2063]+?(?=,\s)")
"""A sentence's opening clause of time with a pronoun for its subject ("When I told a class ... about the crisis, one of
them asked ..."): cut at its comma when it reports speech and the clause after it does too, each its own speaker's (not
"After Norway said that ..., the bus companies added routes": a named subject's clause of time stays in its sentence)."""
_COMMA = re.compile(r",\s+(?:(?P<conjunction>(?!)))?")  # a cut with no conjunction


def when_cut(masked: str) -> re.Match[str] | None:
    """The comma after an opening clause of time that reports speech (:data:`_WHEN_CLAUSE`), when the clause after it
    opens with a speech verb of its own within its first six words, a finite one, and a subject that is no pronoun; else
    None."""
    head = _WHEN_CLAUSE.match(masked)
    comma = _COMMA.match(masked, head.end()) if head and speech_verbs(head.group()) else None
    raised = head is not None and re.search(r"\s(?:raised\s[^,]{1,60}?\swith|put\s+\w+\s+questions?\s+to)\s", head.group())
    if comma is None or re.match(r"(?:he|she|they|it)\s", masked[comma.end() :]) and not raised:
        return None  # "When I asked a diplomat ..., he said ...": the one asked answers, one exchange; not "When I raised
        # this with an official, he told me ...": the writer's own act of speech, then the one told answers (Round 52)
    verbs = speech_verbs(masked[comma.end() :])
    first = verbs[0] if verbs else None
    return comma if first and not first.group().endswith("ing") and len(masked[comma.end() : comma.end() + first.start()].split()) <= 6 else None

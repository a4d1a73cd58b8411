"""Quotations nested in a quotation (pure): after a verb of saying inside it (:func:`nested`, moved here from
:mod:`.statements`), and led in by more than its verb of saying: an object and a colon ("A
diplomat told our correspondent quite openly: ‚We are fighting terrorists.'"), or a clause of the teller's own before
words in curly or low single marks ("Merkel said on Wednesday that the EU ‚will not leave Greece alone'"): the words of
whom the quotation quotes, as "My brother said to me, 'Pray for us.'" are (LABELS Round 27, Round 50)."""

from __future__ import annotations

import re

from idlibsite.sources.quotations import Quotation, word_count

SAYING = r"\b(?:said|says|say|saying|told|tells|asked|asks|added|replied|wrote|writes|shouted)"
"""The verbs of saying that lead a nested quotation in (:data:`_NESTED`'s too)."""

NESTED_LED = re.compile(SAYING + r"\b[^‘’'‚\n.!?;:\u2063“”\"„«»]{0,60}?(?::\s*[‘'‚]|\s[‘‚])"
                        r"(?P<words>[^‘’'‚\n]+?[,.!?…]?)[’'‘](?=[,.]?(?:[\s\"”“»]|$))")
"""A verb of saying, up to sixty characters of one clause (no stop, no colon, no quotation), then a colon before any
single opening mark, or a space before a curly or low one (a straight one after a word is as often an apostrophe), the
words, and their closing mark."""


_NESTED = re.compile(SAYING + r"(?:\s+(?:to\s+)?(?:me|us|him|her|them))?"
                     r"(?:\s+(?:on|over|in|at|by|every|each|last|this)\s+(?:the\s+|a\s+)?[a-z]+){0,2},?\s+[‘'](?P<words>[^‘’'\n]+?(?:[’'](?=\w)[^‘’'\n]*?)*[,.!?…]?)[’'](?=[,.]?(?:[\s\"”]|$))")
"""A quotation nested in a quotation, after a verb of saying inside it ("My brother said to me, 'Pray for us.'", "The
world keeps saying 'never again'"): the words of whom the speaker quotes, a passage of its own (LABELS Round 27, a
nested quotation), its comma maybe after it ("He told me, 'Mum, we are fine',\" she said"), maybe after how or when it
was said ("My mother says to me on the phone, '...'", "She tells me every night, '...'")."""


_NESTED_DOUBLE = re.compile(_NESTED.pattern.split("[‘']", 1)[0] + r"[“\"«„](?P<words>[^“”\"«»„\n]+?)[”\"»“]")
"""A quotation in double marks after a verb of saying inside words that no marks quote, a dash dialogue's ("– She writes
“we are still alive”. That is all, he says.")."""


def nested(text: str, q: Quotation) -> list[Quotation]:
    """The quotations nested in ``q`` after a verb of saying inside it (:data:`_NESTED`, :data:`.nestedled.NESTED_LED`; in double marks,
    :data:`_NESTED_DOUBLE`, where ``q`` has no mark of its own before it)."""
    unmarked = not re.match(r"[\"“”«»„‘’']", text[q.start - 1 : q.start]) if q.start else True
    return list(dict.fromkeys(Quotation(m.start("words"), m.end("words"), m.group("words"))
                              for pattern in ((_NESTED, NESTED_LED, _NESTED_DOUBLE) if unmarked else (_NESTED, NESTED_LED))
                              for m in pattern.finditer(text, q.start, q.end) if word_count(m.group("words")) >= 2))

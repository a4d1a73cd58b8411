"""A quotation nested in a quotation and led in by more than its verb of saying (pure): an object and a colon ("A
diplomat told our correspondent quite openly: ‚We are fighting terrorists.'"), or a clause of the teller's own before
words in curly or low single marks ("Merkel said on Wednesday that the EU ‚will not leave Greece alone'"): the words of
whom the quotation quotes, as "My brother said to me, 'Pray for us.'" are (LABELS Round 27, Round 50)."""

from __future__ import annotations

import re

SAYING = r"\b(?:said|says|say|saying|told|tells|asked|asks|added|replied|wrote|writes|shouted)"
"""The verbs of saying that lead a nested quotation in (:data:`idlibsite.sources.statements._NESTED`'s too)."""

NESTED_LED = re.compile(SAYING + r"\b[^‘’'‚\n.!?;:\u2063“”\"„«»]{0,60}?(?::\s*[‘'‚]|\s[‘‚])"
                        r"(?P<words>[^‘’'‚\n]+?[,.!?…]?)[’'‘](?=[,.]?(?:[\s\"”“»]|$))")
"""A verb of saying, up to sixty characters of one clause (no stop, no colon, no quotation), then a colon before any
single opening mark, or a space before a curly or low one (a straight one after a word is as often an apostrophe), the
words, and their closing mark."""

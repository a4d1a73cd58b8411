"""Whom a medium quotes with a colon right before a quotation (pure).

A review of the press or a roundup gives a paper's source in its own words after a colon: "Vecer (Maribor) quotes
Defence Minister Karl Erjavec: «The army is ready.»", "the paper gives the floor to the lawyer Ana Kos, of the Peace
Institute: «...»"; so does a post's sharer "with the comment:" ("shared by MP Ana Kos, with the comment: "...""). The
quotation is the one quoted, not the paper (LABELS rule 4: a medium relays its source), and an unnamed one ("quotes a
senior officer in Celje: «...»") is nobody, never the paper spoken of before (rule 6).  A pronoun quoted "as saying"
("A statement from his office quoted him as saying: "..."") is left to the sentence's own clause, which reads "he" where
the sentence stands.
"""

from __future__ import annotations

import re

from idlibsite.attribution.clause import Clause
from idlibsite.attribution.translated import OBJECT_PRONOUN

_QUOTING = re.compile(r"\b(?:quotes|quoted|cites|cited|interviews|interviewed|(?:gives|gave)[^\S\n]+the[^\S\n]+floor[^\S\n]+to)"
                      r"[^\S\n]+(?P<who>[^:;\n\"“”„«»]{2,120}?)[^\S\n]*:[^\S\n]*[\"“„«‘']?[^\S\n]*$")
"""A medium's verb of quoting, whom it quotes, a colon, and the quotation's opening mark at the end."""
_COMMENTED = re.compile(r"\bby[^\S\n]+(?P<who>[^,:;\n\"“”„«»]{2,120}?),?[^\S\n]+with[^\S\n]+(?:the|a|his|her|their)[^\S\n]+"
                        r"(?:comment|caption|words|message|note)[^\S\n]*:[^\S\n]*[\"“„«‘']?[^\S\n]*$")
"""A post shared by someone "with the comment:" before the comment's words: "shared by MP Ana Kos, with the comment: "..."."""
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|stating|telling\s+[^:;\n]+)$")
"""The participle a medium quotes someone with before the colon ("quoted him as saying:", "quoted X as telling the House:"): no
part of whom it quotes."""


def quoted_by_medium(text: str, sentence_start: int, start: int) -> Clause | None:
    """Whom the words before a quotation starting at ``start`` quote, as a clause's phrase and apposition ("the lawyer
    Ana Kos", "of the Peace Institute"); None when the quotation follows no such verb and colon in its sentence, or
    quotes a pronoun ("quoted him as saying:": the sentence's own clause reads "he" where it stands)."""
    m = _QUOTING.search(text, sentence_start, start) or _COMMENTED.search(text, sentence_start, start)
    if not m:
        return None
    phrase, _, role = _AS_SAYING.sub("", m.group("who")).partition(",")
    phrase = phrase.strip()
    if phrase.lower() in OBJECT_PRONOUN or phrase in OBJECT_PRONOUN.values():
        return None
    return Clause(phrase, role.strip(), "")

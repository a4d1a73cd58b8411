"""A box's field labels: words before a colon that head a part of the page, never a speaker's tag (pure).

A fact-check sets its findings under labels ("In short:", "Claim:", "Verdict: False.", "Our rating:"), a summary box
under a heading of its own ("In Kürze:" and a list of bullets). Such a label is told from a speaker's tag ("MEJÍA:",
"Q:", "Asselborn:") two ways: by its words (:data:`FIELD_LABELS`, in the languages the set uses), and by a box's shape,
a label alone on its line with a list of bullets under it (:func:`heads_list`), or a label whose line holds only a rating
("Arvio: False.", "Cote : Partly true", :func:`rates`), which no turn of an interview has.
The sentences under a label keep their own speakers ("Erdogan says ...", "According to Athens, ...").
"""

from __future__ import annotations

import re

FIELD_LABELS = frozenset({
    # English
    "claim", "the claim", "fact", "facts", "the facts", "verdict", "our verdict", "rating", "our rating", "in short",
    "in brief", "bottom line", "the bottom line", "conclusion", "our conclusion", "what we found", "the evidence",
    "what's true", "what's false", "fact check", "fact-check", "true or false",
    # German
    "in kürze", "kurz gesagt", "das wichtigste in kürze", "behauptung", "die behauptung", "fakten", "fazit",
    "unser fazit", "urteil", "bewertung", "unsere bewertung", "einschätzung", "faktencheck", "stimmt das",
    # French
    "en bref", "l'affirmation", "affirmation", "les faits", "notre verdict", "en résumé",
    # Spanish, Italian, Portuguese
    "en resumen", "la afirmación", "afirmación", "veredicto", "nuestro veredicto", "los hechos", "in breve",
    "verdetto", "il verdetto", "em resumo", "veredito",
    # Dutch, Nordic, Czech, Polish
    "in het kort", "de claim", "oordeel", "ons oordeel", "kort sagt", "i korthet", "påstand", "påstående",
    "vores vurdering", "vår vurdering", "vår bedömning", "ve zkratce", "tvrzení", "verdikt", "w skrócie",
    "twierdzenie", "werdykt",
    # Finnish
    "väite", "arvio", "tuomio",
    # Indonesian, Malay
    "cek fakta", "klaim", "fakta", "kesimpulan", "penjelasan", "semak fakta", "dakwaan",
})
"""The labels of a fact-check's fields and of a summary box, as :func:`idlibsite.sources.turns.key` writes them (folded,
stops for spaces): none is ever a person's or a body's name (so not "Fakt", a Polish paper's)."""

_BULLET_UNDER = re.compile(r"[^\S\n]*:[^\S\n]*\n[^\S\n]*[-–•*·▪][^\S\n]+\S")
"""A label's colon ending its line, a bullet opening the next one: "In Kürze:\\n- Erdogan says ..."."""


def heads_list(text: str, colon: int) -> bool:
    """True when the tag whose name ends at ``colon`` (at its colon, maybe after a space) stands alone on its line
    with a list of bullets under it: a box's heading, not a speaker's turn."""
    return _BULLET_UNDER.match(text, colon) is not None


_RATING = re.compile(r"[^\S\n]*:[^\S\n]*(?:(?:partly|mostly|half|largely|not|wholly|completely)[^\S\n-]*-?[^\S\n]*)?"
                     r"(?:true|false|misleading|correct|incorrect|accurate|inaccurate|unproven|unsupported|unverified|"
                     r"exaggerated|fake|wrong|right|satire|missing[^\S\n]+context|no[^\S\n]+evidence)[^\S\n]*[.!]?[^\S\n]*(?:\n|$)",
                     re.IGNORECASE)
"""A label's colon and a rating alone after it to the line's end: ": False.", ": Partly true", ": Missing context."."""


def rates(text: str, colon: int) -> bool:
    """True when the tag whose name ends at ``colon`` gives only a rating on its line ("Arvio: False."): a fact-check's
    verdict field, in whatever language its label is, not a speaker's turn (no one's words are a bare rating)."""
    return _RATING.match(text, colon) is not None

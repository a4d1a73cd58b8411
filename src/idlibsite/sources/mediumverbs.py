"""Verbs that report speech only when what was said goes with them (moved out of :mod:`idlibsite.sources.speech`,
which reads them)."""

from __future__ import annotations

from idlibsite.sources.lexicon import NEW_FORMS, stated_forms

MEDIUM_VERBS = frozenset(
    "wrote writes write tweeted posted maintained maintains responded responds suggested suggests revealed reveals"
    " observed mentioned highlighted hinted signalled signaled agreed charged informed"
    " adding noting insisting stressing arguing written repeated repeats warn admit call reject deny estimates"
    " dispute disputes disputed report reports informs registered registers briefed answered answers"
    " judged judges specified specifies analyses analyzes attributed attributes requested urge tell questioned"
    " proposed proposes note regretted regrets questions mourned mourns ask asks remembers translates translated concludes"
    " comments submits submitted accepted accepts".split()) | NEW_FORMS | stated_forms("said")  # the reference's forms the rounds had not seen, views' (lexicon.py)
"""Verbs that report speech only when what was said goes with them: a "that" clause,
a colon or a quotation after them (``tweeted that ...``, not ``tweeted a video``; ``"...", she translates``, not ``translates for her mother``; ``wants the minister to come``, a demand of someone addressed, not ``wants
peace``;
``agreed that ...``, not ``agreed to a truce``; ``concludes: "..."``, ``"...", comments the paper``, not ``the summit
concludes on Friday`` nor ``his comments``; ``mourned him in a statement``, not ``mourned the dead``; a decision's ``counsel submits that ...``, ``accepted that
...``, not ``submitted an application`` nor ``accepted the offer``), or a quotation just before
(``"...," she wrote``); "wrote" and "tweeted" name a medium, the others have
meanings that report no speech (``charged with``, ``revealed a tunnel``); the present plural
(``officials warn that``) is also an infinitive (``moved to warn``).  Those that dispute what was
said also count with it as their object (``officials reject the accusation``)."""

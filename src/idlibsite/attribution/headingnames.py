"""A heading's speaker named as the page names it (pure): a surname, a body's short form or acronym, a seat's or a
country's short form, a title, each answered with the full name the page gives (moved out of
:mod:`idlibsite.attribution.speakers`, which reads a heading's passages)."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import NewActor, Speaker
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.cast import chained_holder, office
from idlibsite.attribution.bodytable import body_named, clipped_country, contracted, cut_from, marked_body, page_bodies
from idlibsite.attribution.fullnames import full_name, longer_body_name, longer_name
from idlibsite.attribution.headlines import acronym_body, titled
from idlibsite.attribution.forms import STATE_KIND
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.spelledbody import spelled_body
from idlibsite.sources.statements import Passage


def heading_speaker_named(got: Speaker, phrase: str, found: dict[Passage, Speaker], text: str, actors: tuple[Actor, ...]) -> Speaker:
    """``got``, the speaker read for a heading's passage whose tag's phrase is ``phrase`` ("" when none), by the name the
    page gives it in full; ``got`` itself when the page gives none."""
    spelled = re.fullmatch(r"[A-Z]{2,6}", phrase.strip()) and got.new and not got.new.person and any(
        phrase.strip() in b.acronyms for b in page_bodies(text).bodies)  # "FO says ..." over "Foreign Office spokesperson X"
    full = body_named(phrase, page_bodies(text)) if spelled else ""  # further down: the body the page spells, not a generic form
    full = full or ((full_name(text, got.new.name) if " " not in got.new.name else longer_name(text, got.new.name)) if got.new else "")
    full = full or (longer_body_name(text, got.new.name) if got.new and not got.new.person else "")  # "Commission I Questions ...":
    # the committee "Commission I of the House of Representatives" the lead names
    full = full or (body_named(got.new.name, page_bodies(text)) or acronym_body(got.new.name, found, page_bodies(text))
                    or marked_body(got.new.name, page_bodies(text)) if got.new else "")  # "Army Command: ..." (bodytable)
    # "FO urges ...", "...: FO": the body's name (bodytable); "Dotr urges ...": the body named with "(Dotr)"
    full = full or (cut_from(got.unnamed, page_bodies(text)) if got.unnamed else "")  # "Foreign Affairs calls ...": the body's name
    full = full or (got.new.name if got.new and STATE_KIND.fullmatch(got.new.name) else "")  # "Kingdom welcomes ...": the page's country
    full = full or (clipped_country(got.new.name, text) or contracted(got.new.name, text) if got.new else "")  # "Zim ...",
    # "Gov't ...": the country or the word the text names
    full = full or (spelled_body(got.new.name, text) if got.new else "")  # "FO urges ...", "MoD ..." (read as a name) over
    # "Foreign Office Spokesperson Name": the body the acronym spells, not its spokesperson (LABELS Round 27; spelledbody)
    full = full or (titled(got.new.name, text) or chained_holder(got.new.name, text) if got.new else titled(phrase, text) if phrase and not got.actor else "")
    # "Azerbaijani FM offers ...", "..., says Hungarian foreign minister": the body's Foreign Minister Name (cast); "Hero of the
    # Republic sends ...": the holder the body names after a chain of titles that holds it
    return resolve(Clause(full, "", ""), actors, Seen(before=text)) or got if full else got  # a surname: the article's full name


def heading_full_name(new: NewActor, text: str) -> str:
    """The full name the page gives a heading line's new speaker among the body's lines: a person's longer name
    ("Shahrul Ikram: '...'" over "Shahrul Ikram Yaakob said"), or the holder of an office written whole ("Leader of the
    Nation sends condolences ..." over "... Leader of the Nation, President of X Name sent ...", :func:`.headlines.titled`),
    or any title the page writes in a chain of titles before a holder's ("Hero of the Republic, President of X Name",
    :func:`.cast.chained_holder`; LABELS Round 27); "" when none."""
    return longer_name(text, new.name) if new.person else (titled(new.name, text) if office(new.name) else "") or chained_holder(new.name, text)

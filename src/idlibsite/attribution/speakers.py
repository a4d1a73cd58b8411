"""Who said each passage of a page (pure but for the parser): its body's and its headings'.

The body is read in order by :func:`.inorder.attribute`; a headline, a deck and a live blog's entry headings are read
apart from it (a headline's speaker is no context for the body's "he"), and a heading that condenses a statement of
the body takes that statement's speaker (:mod:`.condensed`, :mod:`.headlines`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NOBODY, Speaker, is_person
from idlibsite.attribution.bodychief import chief_speaker
from idlibsite.attribution.clause import Clause, clauses
from idlibsite.attribution.directed import deck_goes_on, told_by
from idlibsite.attribution.condensed import condensed, taken_over
from idlibsite.attribution.headlines import (concerned, deck, following_and_hoping, heading_line, headline_clauses, interview_guest, interviewed, quoted_heading,
                                             quoted_by_description, spoken, undetermined)
from idlibsite.attribution.headroles import body_alike, role_alike, unheld
from idlibsite.attribution.described import BODY_DESCRIBED, described_alike
from idlibsite.attribution.echoed import country_body_words
from idlibsite.attribution.exported import alone, records
from idlibsite.attribution.readouts import readout_tellers
from idlibsite.attribution.rolenamed import named_by_role
from idlibsite.attribution.roleheads import role_phrase_holder
from idlibsite.attribution.quotes import repeats
from idlibsite.attribution.headacts import act_subject, headline_act
from idlibsite.attribution.expertheads import expert_guest, heading_tag, quoted_guest
from idlibsite.attribution.headingnames import heading_full_name, heading_speaker_named
from idlibsite.attribution.inorder import ClauseFinder, attribute
from idlibsite.attribution.itemheads import item_holder
from idlibsite.attribution.linebreaks import original, unbroken
from idlibsite.attribution.namedwithin import named_within
from idlibsite.attribution.notereferent import noted_referents
from idlibsite.attribution.printmarks import printed_marks
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.selfnamed import self_named
from idlibsite.attribution.nationrole import nation_role
from idlibsite.attribution.introduced import introduced
from idlibsite.sources.speech import split
from idlibsite.sources.stamps import stamped_entries
from idlibsite.sources.statements import Passage, find_passages

HEADING_KINDS = ("title", "subheading", "quotation-heading")
"""Blocks read for passages besides the body: a headline or crosshead that quotes or reports someone
("Name: "words"", ""Words," says Name", "Name Says ...")."""
SPOKEN_KINDS = ("body", "footnote")
"""Blocks read as the body: its paragraphs, and the footnotes and endnotes of a document saved from a PDF, which quote
officials as the text does ("3 Interfax, 28 February 2020. Peskov added that ...")."""


def attribute_page(
    text: str, body: Sequence[tuple[int, int]], headings: Sequence[tuple[int, int]], actors: tuple[Actor, ...],
    finder: ClauseFinder | None = None,
) -> dict[Passage, Speaker]:
    """The passages of an article's body and of its headings, in text order, each with its speaker.  The headings'
    are read apart from the body's: a headline's speaker is no context for the body's "he" or "the UN's chief".  The
    text is read with its words broken at a line's end joined ("Mark Low-" over "cock": :mod:`.linebreaks`) and an
    OCR'd page's quotation marks as they stand for (",,...,''": :mod:`.printmarks`), the passages' offsets given back
    into ``text``. Each record of a news database's export is read as a page of its own (:mod:`.exported`)."""
    parts = records(text)
    if parts:
        return {p: got for start, end in parts for p, got in attribute_page(
            alone(text, start, end), [r for r in body if start <= r[0] < end], [r for r in headings if start <= r[0] < end],
            actors, finder).items()}
    view, moves = unbroken(printed_marks(text))
    found = _attribute_view(view, body, headings, actors, finder)
    return {_into(p, moves): got for p, got in found.items()} if moves else found


def _into(p: Passage, moves: tuple[tuple[int, int, int], ...]) -> Passage:
    """A passage of the view with its offsets (and its sentence's) in the text: a sentence that opens with a joined
    word starts where the word's first half stands in the text."""
    sentence = replace(p.sentence, start=original(p.sentence.start, moves), end=original(p.sentence.end, moves))
    return replace(p, start=original(p.start, moves), end=original(p.end, moves), sentence=sentence)


def _attribute_view(
    text: str, body: Sequence[tuple[int, int]], headings: Sequence[tuple[int, int]], actors: tuple[Actor, ...],
    finder: ClauseFinder | None,
) -> dict[Passage, Speaker]:
    """:func:`attribute_page` on the view of the text."""
    standfirst = deck(text, body, headings)  # "Bank says ...; analysts warn ..." as the body's first paragraph: a deck
    body, headings = ([r for r in body if r != standfirst], [*headings, standfirst]) if standfirst else (body, headings)
    entries = dict(zip(sorted([*body, *headings]), stamped_entries(text, sorted([*body, *headings]))))  # a live blog's entry
    lower = [(start, end) for start, end in headings if any(start >= b for b, _ in body) or entries[start, end][0] > start]

    def speaker_named(name: str, at: int | None = None) -> Speaker | None:
        """The speaker ``name`` stands for as the page names its speakers before ``at`` (the whole page when None)."""
        return resolve(Clause(name, "", ""), actors, Seen(before=text if at is None else text[:at]))

    found = attribute(find_passages(text, [entries[r] for r in body]), actors, finder, text)  # '19:30 — NATO: "..."': after its stamp
    found = self_named(found, text, speaker_named)  # '"The Ministry wishes ...," the statement read': a communiqué that names its body
    found = nation_role(found, text, actors)  # "The Russian leader said he ...": a person of that nation, never another's
    found = introduced(found, text, speaker_named)  # "... from councillor Name. "...," he said": the person just introduced
    found = noted_referents(found, text)  # an endnote's "He added ...": the speaker of the sentence carrying its marker
    for p, got in list(found.items()):
        repeated = repeats(p, found, text) if p.kind == "direct" and not (got.actor or got.new) else None  # "KRCS chief: 'The need is ...'" over
        found[p] = repeated or named_by_role(got, text, speaker_named) or got  # '"...," Al-Sayer said'; a role's name
    for p, got in list(found.items()):  # "'...', says displaced mother": a description with its article dropped, a heading's
        bare = [c.phrase for c in clauses(p.sentence.masked)][:1] if got.how == "anaphor" and heading_line(text, p.start) else []
        bare = bare or ([quoted_by_description(text[text.rfind("\n", 0, p.start) + 1 : p.start])] if p.kind == "direct" and (got.how == "earlier"
                        or not (got.actor or got.new)) and heading_line(text, p.start) else [])  # "Nurses in Gaziantep '...'": not the entry's before
        alike = described_alike(bare[0], found, text, p.sentence.end) if bare and undetermined(bare[0]) else None
        longer = heading_full_name(got.new, text) if got.new and heading_line(text, p.start) else ""  # "Shahrul Ikram", "Leader of the Nation"
        alike = alike or (speaker_named(longer) if longer else None)  # "Shahrul Ikram: '...'"
        found[p] = alike or got  # heading an entry: the long name its entry gives
    first = next((s for _, s in sorted(found.items(), key=lambda item: item[0].start) if s.actor or s.new), None)
    body_found = dict(found)
    top = [part for start, end in headings if (start, end) not in lower for part in headline_clauses(text, start, end)]
    headings = [*top, *(entries[r] for r in lower)]  # heading "12:05 – Name: words": after its stamp, as the entries are;
    # the headline and its deck, each statement its own ("Bank says ...; analysts warn ...")
    heads = attribute(find_passages(text, top), actors, finder, text)  # a live blog's entry headings each alone: no anaphor
    heads.update(p for r in lower for p in attribute(find_passages(text, [entries[r]]), actors, finder, text).items())  # across entries
    verbless = {Passage("reported", s.start, s.end, s) for start, end in [*top, *(entries[r] for r in lower)] for s in split(text, start, end, [])
                if not any(p.start < s.end and s.start < p.end for p in heads)}  # a headline of no speech verb: by what it condenses
    heads.update(dict.fromkeys(verbless, NOBODY))
    narration = [text[s.start : s.end] for start, end in body for s in split(text, start, end, [])
                 if not any(p.start < s.end and s.start < p.end for p in body_found)] if top else []
    for p, got in sorted(heads.items(), key=lambda item: item[0].start):
        condenses = condensed(text[p.sentence.start : p.sentence.end], body_found, narration, text, p.kind == "direct") \
            if not p.tag and top and p.start < top[-1][1] else None
        hoped = following_and_hoping(text[p.start : p.end]) if p in verbless else ""  # over what it condenses (LABELS Round 43)
        stated = (concerned(text[p.start : p.end]) or (headline_act(text[p.start : p.end]) if condenses is None else "") if p in verbless else "") or hoped
        # "UN appeals for ...", "NATO allies express solidarity ...": a stance in the present, where no statement is condensed
        tag = clauses(p.sentence.masked)[:1] if condenses and not (got.actor or got.new) else []
        held = bool(tag) and role_alike(tag[0].phrase, found, text) is not None  # "..., says KRG spokesperson": the role's named holder
        if condenses and condenses.by != "nobody" and not hoped and not held and (not (got.actor or got.new) or condenses.by == "tag" and taken_over(got, condenses)):
            # a tag takes over a clause's subject that is not the tag's own ("Kremlin: ..." stays the Kremlin's, Round 38)
            got = spoken(condenses, actors, text)  # "..., FO says", "Peru mourns ...", "Clinic chief ...": whom it names
        elif stated:  # "Yerevan Worried About ...", "X is closely following ... and hopes ...": the subject's state, stated
            got = speaker_named(stated) or role_alike(stated, found, text) or got
        elif p in verbless and not condenses:
            continue  # a headline that condenses no statement, or names no speaker of it: an event, no passage
        if got.unnamed and BODY_DESCRIBED.fullmatch(got.unnamed) and first and first.how == "named" and not is_person(first):
            got = Speaker(first.actor, first.new, "", "later", CONFIDENCE["later"])  # "Oslo charity warns ...": the body the story names first
        got = (told_by(p, found, text) or deck_goes_on(p, found, text) if not (got.actor or got.new) else None) or got  # "Citizens told to leave": who told them
        got = act_subject(text[p.sentence.start : p.sentence.end], got, found, text, actors) or got
        # "UN chief appeals for ..., says ...": the act's subject, not the clause read as a name before the second verb
        said = clauses(p.sentence.masked) if not got.actor else []
        alike = described_alike(said[0].phrase, found, text, p.sentence.end) if said else None
        got = alike or got  # "Cardiff doctor back from Syria says ...": the body's "A Cardiff doctor ...", named next
        got = (role_alike(said[0].phrase, found, text) or body_alike(said[0].phrase, found) if said and unheld(got, said[0].phrase) else None) or got  # "..., says spokesperson", "...: PM", "..., says embassy"
        got = (next(filter(None, (interview_guest(c.phrase, found) for c in said)), None) if top and p.start < top[-1][1] else None) or got
        # "Analyst: ..." over one guest's answers; "Idlib escalation threatens ..., scholar says": its tag's, any clause's
        got = (expert_guest(heading_tag(said[0].phrase if said else "", p.sentence.masked), found, text, top[-1][1])
               if top and p.start < top[-1][1] and not got.actor else None) or got  # "Expert: ...", "«...» – political scientist"
        repeated = repeats(p, found, text, True) if p.kind == "direct" and (not (got.actor or got.new) or got.how == "earlier") else None
        guest = interviewed(text[p.sentence.start : p.sentence.end], frozenset(q.tag for q in found if q.tag)) if p.kind == "direct" and not (got.actor or got.new) else ""
        got = repeated or (speaker_named(guest) if guest else None) or got  # "'I count the
        # hours': Toronto Syrians ...": the body's speaker of those words, not another; '"...": Interview with Name': the guest
        # heading's speaker before it (a live blog's entries)
        got = (quoted_guest(p, found, text) if p.kind == "direct" and top and p.start < top[-1][1] and not (got.actor or got.new) else None) or got
        # "'Moscow deal is a ceasefire, not a settlement'" over one guest's tagged answers: the guest's words
        got = item_holder(p, [entries[r] for r in lower], found, text) or got  # "AU chief calls for ..." over a bulletin's item: whom it names
        got = country_body_words(p, got, found, text) or got  # "Egypt ... calls it a 'flagrant violation'": its ministry's, in the body
        got = role_phrase_holder(said[0].phrase if said else "", got, found, text) or got  # "AU Commission Chairperson calls ...": whom the body introduces so
        got = heading_speaker_named(got, said[0].phrase if said else "", found, text, actors)  # "FO urges ...", "Zim ...": the name the page gives
        found[p] = got
    for p in [q for q in found if q in heads or heading_line(text, q.start)]:  # a heading, or a heading among the body's lines
        found[p] = chief_speaker(text[p.sentence.start : p.sentence.end], text, actors) or found[p]  # "UN chief urges ...", a
        # bulletin's "AU chief calls ...": the body's head the page bills, over any other reading
    found = readout_tellers(quoted_heading(dict(sorted(found.items(), key=lambda item: (item[0].start, item[0].end, item[0].kind))), text), text, actors)
    return named_within(found, speaker_named, text)  # "retired teacher Name from X": Name

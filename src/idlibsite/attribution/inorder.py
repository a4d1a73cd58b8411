"""Who said each passage of a run of sentences (an article's body, a heading alone), read in order: clause, anaphor, actor
(pure but for the parser); :mod:`.speakers` reads a page's body and headings with it.

The article is read in order.  Each sentence's attribution clause (from the
hand-written rules of :mod:`.clause`, or from the dependency parse of
:mod:`.parse`) gives a speaker phrase; the phrase is read (:mod:`.phrase`) and
resolved (:mod:`.resolve`; anaphora against the speakers named so far, :mod:`.seen`):

- a person's name -> the person actor with that surname, else a speaker named
  earlier in the article with that surname, else a new actor to propose;
- a body's name -> the most specific body actor, else a new actor to propose
  (never the country: a ministry is not its government);
- ``he``, ``the minister``, ``the centre`` -> the last speaker of that kind,
  one whose role has that word first;
- ``X's spokesman`` -> X; ``diplomats``, ``a senior official`` -> nobody named.

A quotation whose sentence has no clause takes the speaker of the nearest
sentence of its paragraph that has one, else the last speaker of the
article so far.  Each answer carries how it was found; its confidence is the
precision of that way on the evaluation set (``bench/suggest.py`` prints it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NOBODY, NewActor, Speaker, is_person, role_holder
from idlibsite.attribution.forms import RELAYED_IN_ANSWER, VOICE, VOICE_AFTER, principal_role
from idlibsite.attribution.askedabout import asked_about
from idlibsite.attribution.carried import carried, item_subject, listed
from idlibsite.attribution.choice import according_teller, answered_by, chosen
from idlibsite.attribution.clause import Clause, clauses
from idlibsite.attribution.context import (acronym_after, description, dispatch, next_paragraph, opening_name, quoted_names,
                                           quoting_name, relayed_role, same_paragraph)
from idlibsite.attribution.epithets import opening_holder
from idlibsite.attribution.fullnames import last_full_name
from idlibsite.attribution.discourse import antecedent, described_person, given_name, heard_named, mention, named_later, own_gender, stated_gender
from idlibsite.attribution.described import (BODY_DESCRIBED, anonymous, described_as, describes_person, next_to, own_relation, remarks_maker,
                                             role_heads)
from idlibsite.attribution.referent import Open, apposed_after, named_after, names_next_paragraph, opens, place_named
from idlibsite.attribution.relayed import quoted
from idlibsite.attribution.countries import adjectival
from idlibsite.attribution.folding import words
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.proposal import title_case
from idlibsite.attribution.page import byline, credited, delivered_by, heading_role_holder, opens_with, principal_speaks, statement_voice, unlabelled
from idlibsite.attribution.tags import holders
from idlibsite.attribution.quotedby import quoted_by_medium
from idlibsite.attribution.rolenamed import fits_calling
from idlibsite.attribution.nameline import name_over
from idlibsite.attribution.quoterun import run_of, run_speaker
from idlibsite.attribution.quotes import chanted, named_in_paragraph, nearby, quoted_within, whom_quoted
from idlibsite.attribution.kin import kin_named
from idlibsite.attribution.namedsubject import BODY_ASIDE, subject_before
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.shared import shared_subject
from idlibsite.attribution.bodysubject import body_before
from idlibsite.attribution.bodytable import spelled_after
from idlibsite.attribution.cast import heading_title_holder, ministry_of, office
from idlibsite.attribution.match import role_words
from idlibsite.attribution.wordlists import NATIONS
from idlibsite.sources.printed import issued_by, quoted_in_document, told_by
from idlibsite.sources.statements import Passage, goes_on, is_item, said_so
from idlibsite.sources.views import VIEW_VERBS

ClauseFinder = Callable[[str, str], list[Clause]]  # (sentence text, masked sentence) -> clauses


def attribute(
    passages: Sequence[Passage], actors: tuple[Actor, ...], finder: ClauseFinder | None = None,
    text: str = "",
) -> dict[Passage, Speaker]:
    """The speaker of each passage, from all the sentences of its article in order."""
    finder = finder or (lambda _sentence, masked: clauses(masked))
    seen = Seen(author=byline(text), page=text)
    by_sentence: dict[int, Speaker] = {}
    answering: dict[int, tuple[int, int, Speaker]] = {}  # a clause that answers the first: where it starts, where its verb is, its speaker
    pending: list[tuple[int, frozenset[str]]] = []  # sentences of a role named before any person ("the minister said"), its words
    unnamed_yet: list[int] = []  # sentences of "he" or "she" before anybody is named, whom the text names later
    described_yet: list[tuple[int, str]] = []  # sentences of "he" or "she" given to a person described, not named yet
    referent = ""  # the last person described as a subject that reports no speech ("A man in waders was clearing ...")
    waiting_for: list[tuple[int, frozenset[str]]] = []  # sentences of a person described, the words to name them
    body_described: list[int] = []  # sentences of a body described, not named ("An Oslo-based charity warned"), just before
    open_referent: list[Open] = []  # the sentence just before of a person described and not named (:mod:`.referent`)
    last_end = 0  # where the last sentence that named a speaker ends
    tagged = {p.sentence.start: p for p in passages if p.tag}
    who = holders(text, text[: min(tagged, default=0)], ((p.tag, p.tag_title) for p in tagged.values()))
    quoting = {p.sentence.start for p in passages if p.kind == "direct" and not p.tag and p.sentence.start in tagged}
    turn_of: dict[int, Speaker] = {}  # an answer's sentences: the tagged speaker
    after_principal = False
    quoted_by: dict[int, Speaker] = {}  # a sentence opening with a principal's quotation: the spokesperson who says it
    principal_person: Speaker | None = None  # the principal's own name, when a sentence of the turn gave it
    stories = [0]  # where each dispatch of the page starts (a ticker's: each opens with a dateline)
    introduced_at: dict[int, Speaker | None] = {}  # each sentence: the last person the page named before it
    for sentence in sorted({p.sentence for p in passages}, key=lambda s: s.start):
        story = dispatch(text, sentence.start) if text else -1
        if story > stories[-1]:  # a new dispatch: nobody named before it is whom "he" or a lone quotation stands for
            stories.append(story)
            seen.entries.clear()
            pending.clear()
            unnamed_yet.clear()
            described_yet.clear()
            waiting_for.clear()
            body_described.clear()
            open_referent.clear()
        found: list[Speaker] = []
        roles: list[str] = []
        voices: list[tuple[Speaker, str] | None] = []  # the spokesperson who relays each speaker found, when one does
        ats, verbs, waiting, relayed, document, unnamed = [], [], False, False, False, False
        role_said: frozenset[str] = frozenset()  # the words of a role that names nobody yet ("the UN humanitarian chief")
        seen.adjacent = bool(seen.entries) and same_paragraph(text, last_end, sentence.start)
        seen.before, seen.opening = text[: sentence.start], text[sentence.start : sentence.end]
        if sentence.start in tagged:  # an answer in an interview or a transcript: its tag's speaker
            tag, raw = tagged[sentence.start], text[sentence.start : sentence.end]
            held = who[(tag.tag, tag.tag_title)]  # whom the tag stands for on this page
            name, title, principal = held.name, held.title, held.principal
            got = resolve(Clause(title_case(name) if name.isupper() else name, title, ""), actors, seen) if name else None
            if got and got.new and held.affiliation and not got.new.affiliation:  # the body a roster line gives them
                got = replace(got, new=replace(got.new, affiliation=held.affiliation))
            opening = opens_with(raw, principal)
            for c in finder(raw, sentence.masked) if principal else []:
                if principal_speaks(c.phrase, principal, after_principal) or opening and c.at == min(d.at for d in finder(raw, sentence.masked)):
                    person = resolve(c, actors, seen) if opening else principal_person  # "The High Commissioner, X, urges"
                    principal_person = person if person and (person.actor or person.new) and is_person(person) else principal_person
                    got = principal_person or Speaker(None, None, principal, "named", CONFIDENCE["named"])  # "He reiterates"
                    break
            after_principal = bool(principal) and opening
            turn_of[sentence.start] = got or NOBODY
            if got and (got.actor or got.new) and is_person(got) and pending:  # "the minister said ..." before "NAME (Minister of ...):"
                by_sentence.update(named_later(pending, got, set(words(f"{name} {title}"))))
                pending.clear()
            if got and (got.actor or got.new) and sentence.start not in quoting:  # else "she" in it may be another's
                seen.add(got, f"{name} {title}", is_person(got))
            for c in finder(raw, quoted_names(raw, sentence.masked)) if sentence.start not in quoting else []:
                relayed_by = resolve(c, actors, seen)  # "Ada Quill told us ...": whom "She said, "..."" next stands for
                if relayed_by and relayed_by.how == "named" and is_person(relayed_by) and (relayed_by.actor or relayed_by.new):
                    seen.add(relayed_by, f"{c.phrase} {c.role}", True)
            if sentence.start not in quoting:
                continue  # else a quotation in the answer given to a speaker by its own clause is theirs
        seen.last_end = last_end
        body_before(text, last_end, sentence.start, actors, seen)  # "The X Embassy, for its part, backed ... . It said ..."
        if subject_before(text, last_end, sentence.start, actors, seen):  # "... he said. ... His name is Dr. X."
            named_as = seen.genders.get(seen.entries[-1][0].label, "")  # "His name is X", not "A woman named X" after "he"
            for start in unnamed_yet + [start for start, said in described_yet if named_as in ("", said)] + [start for start, role in pending if not role]:
                by_sentence[start] = Speaker(seen.entries[-1][0].actor, seen.entries[-1][0].new, "", "later", CONFIDENCE["later"])
            pending[:] = [(start, role) for start, role in pending if role]  # "says the bus driver ... his first name, X,": X
            unnamed_yet.clear()
            described_yet.clear()
        raw = text[sentence.start : sentence.end]
        said_here = finder(raw, quoted_names(raw, sentence.masked) if raw else sentence.masked) or shared_subject(text, sentence.start, finder)
        pronoun_at = next((c.at for c in said_here if c.phrase.lower() in ("he", "she") and c.at > 0), 0)
        someone, head = described_person(text, last_end, sentence.start + pronoun_at)  # "A resident disagreed.": a referent
        if someone:
            seen.add((given := given_name(someone)) and resolve(Clause(given, "", ""), actors, seen) or Speaker(None, None, someone, "named", CONFIDENCE["named"]), head, True)
            referent = someone
        spoken_to = heard_named(text, last_end, sentence.start + pronoun_at)  # "I spoke to Dr X, ...": whom "he" next stands for
        met = resolve(Clause(spoken_to, "", ""), actors, seen) if spoken_to and not someone else None
        if met and (met.actor or met.new) and is_person(met):
            seen.add(met, spoken_to, True)
        people = [s for s, _, person in seen.entries if person and (s.actor or s.new)]
        introduced_at[sentence.start] = people[-1] if people else None  # whom a quotation run with no clause may be about
        opener = re.sub(r"^(?:[A-Z .’'-]+\s[—–-]\s+)?(?:When|After|Once)\s+", "", unlabelled(raw))
        seen.subject = opening_name(opener) or (opening_holder(opener) or quoting_name(opener) if pronoun_at else "")  # "When X
        # ..., he said": X; for a "he" after its start only (no relay's subject): "The Minister, Dr X, wrote ..., in which he
        # conveyed": X; 'Putin, "...," he said': Putin
        described_by = role_heads([r for s, r, person in seen.entries if person and (s.actor or s.new)])  # "The former tailor"
        # after "Name, who worked as a tailor": the nouns the page described the people it named by
        for c in said_here:
            meant = ministry_of(c.phrase, seen.before) or heading_role_holder(c.phrase, raw, text) or heading_title_holder(c.phrase, raw, text) or kin_named(c.phrase, seen.before)  # "Motegi's
            got = resolve(Clause(meant, "", "") if meant else c, actors, seen)  # ministry": the Foreign Minister's (cast); "Governor: words"
            if got and got.new and place_named(c.phrase, got.new.name):  # "A 27-year-old from Beni Mellal": no name
                got = Speaker(None, None, c.phrase, "named", CONFIDENCE["named"])
            here = antecedent(c.phrase.lower(), [mention(s, r, is_person(s), seen.genders.get(s.label, "")) for s, r in zip(found, roles)])
            if got and got.how == "anaphor" and c.phrase.lower() in ("he", "she") and here:  # the model's referents of this
                got = here.speaker  # sentence are its most recent: "X criticised ... what he called", "One of its doctors ... he said"
            if got is None and (opens(c.phrase, raw) or describes_person(c.phrase, described_by) or own_relation(c.phrase)):  # "The father of a
                # student in Izmir said": a person introduced; "The father of four said": one described, the person last named (below);
                # "Our delegate in Congress said": the writer's own, never named
                got = Speaker(None, None, c.phrase, "named", CONFIDENCE["named"])
            if got is not None:
                found.append(got)
                relays = c.verb.lower() == "according to" and got.label and not set(words(got.label)) & set(words(c.phrase))
                voiced = bool(got.label and not set(words(got.label)) & set(words(f"{c.phrase} {c.role}")) and VOICE.search(f"{c.phrase} {c.role}"))
                role = seen.subject if relays and seen.subject else principal_role(f"{c.phrase} {c.role}", got.label) if voiced else f"{c.phrase} {VOICE_AFTER.sub('', c.role)}"
                roles.append(role)  # a principal: not the spokesman's role ("the spokesperson said the minister had told ...")
                principal_of = bool(got.label and not set(words(got.label)) & set(words(c.phrase)) and not set(words(got.label)) <= set(words(f"{c.phrase} {c.role}")))
                # a principal relayed: not the teller nor the teller's body, though a place may be in both ("a student at Ankara University")
                relayer = resolve(Clause(c.phrase, c.role, ""), actors, seen) if principal_of and got.how != "anaphor" else None
                voices.append((relayer, f"{c.phrase} {c.role}") if relayer and (relayer.actor or relayer.new) and relayer.label != got.label and (is_person(relayer) or voiced) else None)
                ats.append(c.at)
                verbs.append(c.verb.lower())
                relayed = relayed or (c.verb.lower() == "according to" and len(found) == 1)
            else:
                phrase = read_phrase(c.phrase)
                waiting = waiting or (phrase.person and phrase.anaphor not in ("", "he", "she", "they"))
                role_said = role_said or (frozenset(words(phrase.text)) - NATIONS.keys() - {"the"} if waiting else frozenset())
                document = document or phrase.anaphor in ("report", "readout", "correspondent", "reporter")  # "the report says": its
                # author unknown; "the correspondent said": the outlet's own, anonymous (LABELS rule 6), never one named later
                unnamed = unnamed or (phrase.anaphor in ("he", "she") and not any(person for _, _, person in seen.entries))
        if found:
            index, best = chosen(found, roles, ats, verbs, sentence.masked, relayed)
            acronym = acronym_after(text, sentence.end, best.new.name) if best.new and not best.new.person else ""
            if acronym and best.new:  # "the United Nations children's agency" ... "UNICEF Executive Director"
                best = Speaker(None, NewActor(acronym, False, best.new.name, best.new.affiliation), "", best.how,
                               best.confidence, best.runner_up)
            spelled = spelled_after(best.new.name, text, sentence.end) if best.new and not best.new.person else ""
            if spelled and best.new:  # "MEA says ..." over "The Ministry of External Affairs said ...": the body (bodytable)
                best = Speaker(None, NewActor(adjectival(spelled), False, best.new.role, best.new.affiliation), "", best.how, best.confidence,
                               best.runner_up)  # named as resolve names it ("Kyrgyz Ministry of ...", countries.adjectival)
            described_here = best.how == "named" and opens(best.unnamed, raw)
            opened = Open(sentence.start, sentence.end, best.unnamed, frozenset(w for s, _, _ in seen.entries if s.new or s.actor for w in words(s.new.name if s.new else s.actor.name if s.actor else "")))
            named_next = (named_after(text, opened) or apposed_after(text, opened)) if described_here and text else ""  # "A Lima nurse ..."
            introduced = resolve(Clause(named_next, "", ""), actors, seen) if named_next else None
            maker = remarks_maker(roles[index].strip(), text, sentence.end) if text else ""  # "..., a ministry spokesperson said.
            introduced = resolve(Clause(maker, "", ""), actors, seen) if maker else introduced  # Spokesperson Name made the remarks"
            if introduced and (introduced.actor or introduced.new) and is_person(introduced):  # "A Lima nurse ... has described
                best = Speaker(introduced.actor, introduced.new, "", "later", CONFIDENCE["later"])  # ...": the one named next
            still_unnamed = anonymous(raw) or any(next_to(text, o.end, sentence.start) for o in open_referent)  # "The man, who
            if not best.actor and describes_person(described_as(best.unnamed, roles[index]), described_by) and not still_unnamed:  # asked not to be named": nobody
                since = last_full_name(text[last_end : sentence.start])  # "Hussein Alwan has not slept ...": named since
                last = resolve(Clause(since, "", ""), actors, seen) if since else None
                people = [s for s, _, person in seen.entries if person and (s.actor or s.new) and fits_calling(best.unnamed, s, seen.entries)]
                last = last if last and (last.actor or last.new) and is_person(last) else people[-1] if people else None
                best = Speaker(last.actor, last.new, "", "anaphor", CONFIDENCE["anaphor"]) if last else best
            elif not best.actor and describes_person(roles[index].strip()):  # "said the 29-year-old from Valparaiso" after "A
                best = Speaker(None, None, roles[index].strip(), "named", CONFIDENCE["named"])  # teacher ...": unnamed, no place
            by_sentence[sentence.start] = best
            voice_of = voices[index]
            if voice_of and quoted(raw, ats[index]):  # '"The Secretary-General is ...," the spokesman said, adding ...'
                quoted_by[sentence.start] = voice_of[0]  # the quotation is the principal's, the rest the spokesperson's
            if best.how == "anaphor" and best.unnamed and best.unnamed == referent:  # named later, maybe: "His name is X"
                described_yet.append((sentence.start, stated_gender(roles[index])))
            for start in body_described if best.how == "named" and (best.actor or best.new) and not is_person(best) else []:
                by_sentence[start] = Speaker(best.actor, best.new, "", "later", CONFIDENCE["later"])  # the body named next
            body_described[:] = [sentence.start] if best.unnamed and BODY_DESCRIBED.fullmatch(best.unnamed) else []
            open_referent[:] = [Open(sentence.start, sentence.end, best.unnamed)] if described_here and best.how == "named" else []
            later = answered_by(found, ats, index, sentence.masked)
            if later:  # "X said ..., a claim Athens dismissed as "..."": the quotation is the answer's
                answering[sentence.start] = later
            if best.actor or best.new or best.unnamed:
                seen.add(best, roles[index], is_person(best) or roles[index].lower().startswith("the representative of "))
                relaying = voices[index] or according_teller(found, roles, verbs, index)  # "According to T, P had instructed"
                if relaying:  # the relay's own subject, the most recent referent: "She said" next is the spokeswoman's, and
                    seen.add(relaying[0], relaying[1], is_person(relaying[0]))  # "The spokesperson added" a body's spokesperson's
                teller = next((i for i, s in enumerate(found) if i > index and s.how == "named" and is_person(s) and (s.actor or s.new)), None)
                if teller is not None and not relaying and not is_person(best):  # "The EU welcomed ..., its chief Name said. He
                    seen.add(found[teller], roles[teller], True)  # added ...": the body's act, and "he" next is the teller
                stated = own_gender(sentence.masked[ats[index] :], roles[index], sentence.masked[: ats[index]]) if is_person(best) and len(found) == 1 else ""
                if stated:  # "X said the deal was a betrayal of her voters": "she", as the page says
                    seen.genders.setdefault(best.label, stated)
                last_end = sentence.end  # a delegate speaks for a country, and is a person: "he said"
            if (re.search(r"(?i)\b(?:his|her)\s", roles[index]) or BODY_ASIDE.search(sentence.masked)) and not is_person(best):  # "X responded ... what his ministry
                subject_before(text, sentence.start, sentence.end, actors, seen)  # called ...": "he" next is X
            described = description(best.unnamed) if best.unnamed else frozenset()
            if described:
                waiting_for.append((sentence.start, described))
            named_here = set(words(roles[index])) if best.how == "named" and (best.actor or best.new) else set()
            for start, wanted in [w for w in waiting_for if is_person(best) and w[1] & named_here and w[1] <= named_here | set(words(raw))]:
                by_sentence[start] = Speaker(best.actor, best.new, "", "later", CONFIDENCE["later"], runner_up=None)
                waiting_for.remove((start, wanted))  # "according to the governor of Hatay ... Hatay Governor X said", "Governor X told reporters in Hatay"
            if best.how == "named" and is_person(best) and (best.actor or best.new):
                their_role = set(words(roles[index])) | (role_words(best.actor) if best.actor else set())
                by_sentence.update(named_later(pending, best, their_role, lambda start: names_next_paragraph(
                    text, start, sentence.start, roles[index], best.label)))  # "the country's communications director said ... Altun said"
                pending.clear()  # or a bare name opening the next paragraph after a body spoke
                described_yet.clear()
        elif document:  # not the speaker of an earlier sentence
            by_sentence[sentence.start] = NOBODY
        elif waiting and not any(person for _, _, person in seen.entries):  # a person described, no person named yet (LABELS rule 7)
            pending.append((sentence.start, role_said if seen.entries else frozenset()))
        elif unnamed:  # "he said" before anybody is named: whom the text names so later ("His name is X")
            unnamed_yet.append(sentence.start)
        elif waiting:  # "the Turkish ambassador replied" and no such speaker: nobody, not the last one
            by_sentence[sentence.start] = NOBODY
    out: dict[Passage, Speaker] = {}
    ordered = sorted({p.sentence for p in passages}, key=lambda s: s.start)
    for p in passages:
        got = quoted_by.get(p.sentence.start) if p.kind == "reported" else None
        got = got or by_sentence.get(p.sentence.start)
        if p.sentence.start in turn_of and (p.tag or not (got and (got.actor or got.new and not office(got.new.name)
                                                                   or got.unnamed and got.how == "named" and not office(got.unnamed)))):
            got = turn_of[p.sentence.start]  # a quotation in a turn given to an office the page names nobody for: the turn's
        answerer = turn_of.get(p.sentence.start)
        if (p.kind == "direct" and answerer and got and (got.actor, got.new) == (answerer.actor, answerer.new)
                and RELAYED_IN_ANSWER.search(text, p.sentence.start, p.start)):
            got = asked_about(text, p.sentence.start, p.start, answerer.label, actors, seen) or NOBODY  # 'Name: ... She calls every
            # evening and says, "Come home."': not the answerer's own words; "He said ...": the one the question names
        over = name_over(text, p.start) if p.kind == "direct" and not p.tag and text else ""
        if over and (p.sentence.start not in by_sentence or p.sentence.start < text.rfind("\n", 0, p.start)):  # a vox pop's or
            # a roundup's name line over the quotation, whose clause is none or the name line's own: 'Jan Egeland, NRC ¶ "..."'
            got = resolve(Clause(over, "", ""), actors, seen) or got
        credit = credited(text, p.end) if p.kind == "direct" and not p.tag and text else ""
        source = quoted_by_medium(text, p.sentence.start, p.start) if p.kind == "direct" and not p.tag and text and not credit else None
        if credit or source:  # '- "..." (Ada Quill, 08:40)': a pull quote credited after it; "Vecer quotes X: «...»": X, not the paper
            got = resolve(source or Clause(credit, "", ""), actors, seen) or (NOBODY if source else None)
        if got is None and p.kind == "direct" and (chanted(text, p) or quoted_in_document(text, p.start, p.end, p.sentence)):  # 'chanting "..."', a document's scare quote: nobody
            got = NOBODY
        if got is None and p.kind == "direct" and not p.tag and text:  # a paragraph of a quotation run over several
            run = run_of(text, p.start)
            got = run_speaker(run, text, ordered, by_sentence, introduced_at.get(min(s.start for s in ordered if s.start >= run[0][0])),
                              lambda name: resolve(Clause(name, "", ""), actors, seen)) if run else None
        if got is None and p.kind == "direct":
            got = nearby(p, ordered, by_sentence, text, max(s for s in stories if s <= p.start))
        if got is None and p.kind == "reported" and goes_on(p.sentence.masked):  # "X said that ... . One million had fled."
            got = carried(p.sentence, ordered, by_sentence, text)
        if got is None and p.kind == "reported" and is_item(text, p.sentence.start):  # "X calls for:" over "- access to ..."
            got = listed(p.sentence, ordered, by_sentence, text)
        if p.kind == "reported" and not (got and (got.actor or got.new)) and is_item(text, p.sentence.start):
            lead = item_subject(text, p.sentence.start)  # a readout's note: "During the call, the Prime Minister:" over
            got = resolve(Clause(lead[1], "", ""), actors, Seen(before=text[: lead[0]], page=text)) or got if lead else got  # "-
            # thanked ...", "- urged all parties ...": the one the line names, as the page stood there, not the item's object
        header = delivered_by(text, p.start) if got is None and p.kind == "direct" else ""
        if header:  # a statement quoted whole under "Statement by X", no clause in it: X's
            got = resolve(Clause(header, "", ""), actors, seen)
        following = (ordered[ordered.index(p.sentence) + 1] if (got is None or got.how in ("earlier", "anaphor") or VIEW_VERBS.intersection(p.sentence.masked.split()))
                     and p.sentence != ordered[-1] else None)  # "Russia expects ... . Lavrov said this": a view he stated
        if following and said_so(following.masked) and (same_paragraph(text, p.sentence.end, following.start) or next_paragraph(text, p.sentence, following.start)):
            got = by_sentence.get(following.start)  # "Russia expects ... . Lavrov said this ...": the statement before
        voice = statement_voice(text, p.start) if p.kind == "direct" and not (got and (got.actor or got.new)) else ""
        heard = resolve(Clause(voice, "", ""), actors, seen) if voice else None
        if heard and (heard.actor or heard.new):  # a statement's paragraphs: the body it speaks as ("The EU expresses")
            got = Speaker(heard.actor, heard.new, "", "paragraph", CONFIDENCE["paragraph"], got.actor or got.new if got else None)
        issuer = issued_by(text, p.start, got.label if got else "", NATIONS.keys(), got is not None and not is_person(got)) if p.kind == "reported" and text else ""
        got = resolve(Clause(issuer, "", ""), actors, seen) if issuer else got  # a printed document's "Kenya calls on ...": its issuer
        told = told_by(text, p.start) if text and not (got and (got.actor or got.new)) else -1
        if told >= 0:  # "Her post read in part:" over a text with no issuer named: the one who tells it
            got = next((by_sentence[s.start] for s in reversed(ordered) if told <= s.start < p.sentence.start
                        and s.start in by_sentence and (by_sentence[s.start].actor or by_sentence[s.start].new)), got)
        other = answering.get(p.sentence.start)
        if got and other and (p.start - p.sentence.start > other[1] if p.kind == "direct" else p.start - p.sentence.start >= other[0]):
            got = other[2] if other[2].actor or other[2].new else Speaker(None, None, "", "none", 0.0, got.actor or got.new)
        within = quoted_within(text, p, passages) if p.kind == "direct" and text else None
        within = (named_in_paragraph(text, p, passages, got.label if got else "") or within) if within else within  # "X says Anas ... 'He
        if within is not None:  # used to say, '...''": Anas's; "My brother said to me, '...'" inside X's quotation: whom X quotes, not X
            got = whom_quoted(within, resolve(Clause(within, "", ""), actors, seen) if within else None)
        role = relayed_role(text[p.start : p.end]) if got and text and p.kind == "direct" else ""
        if got and role:  # "The prime minister said ...," the spokesman said: the role's holder, else nobody sure
            got = role_holder(role, got, actors, [(s, r) for s, r, _ in seen.entries])
        out[p] = got or NOBODY
    return out

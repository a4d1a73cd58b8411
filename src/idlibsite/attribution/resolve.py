"""Who a speaker phrase names: a known actor, a new actor to propose, or nobody named."""

from __future__ import annotations

import re
from dataclasses import replace

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NOBODY, NewActor, Speaker, is_person, speaks_for
from idlibsite.attribution.cast import holder as cast_holder, office, office_of_body, person_title, title_named, titled_after_body
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.columnist import header_writer
from idlibsite.attribution.countryvoice import country_voice
from idlibsite.attribution.coverbody import cover_voice
from idlibsite.attribution.describedbody import described_speaker
from idlibsite.attribution.docvoice import document_voice
from idlibsite.attribution.ownedvoice import named_voice
from idlibsite.attribution.countries import CAPITALS, DEMONYMS, adjectival
from idlibsite.attribution.ownedname import of_form
from idlibsite.attribution.ownnames import own_ministry
from idlibsite.attribution.partners import partner
from idlibsite.attribution.openers import without_openers
from idlibsite.attribution.context import opening_subject, description, home_country, nation_of_name, page_voice, seat_country, seen_surname
from idlibsite.attribution.governments import country_of, delegate, government
from idlibsite.attribution.bodytable import body_named, in_other_words, minister_ministry, page_bodies, piece_of
from idlibsite.attribution.forms import ASKED_OFFICE, AUTHORITIES, ITS, LOCATED, OUR_OWN, OUR_STAFF, OUR_WRITER, OWN_STAFF, PARTNER, PERSONAL, PORTFOLIOS_MINISTRY, SPOKES_WORD, SPOKESPERSON, STATE_KIND, UN_AGENCY, UNNAMED_MEDIA, UNSTOPPED, WHAT_IT
from idlibsite.attribution.envoys import envoy_holder, envoy_role, names_seats
from idlibsite.attribution.epithets import apposed_name, described_name, epithet_holder
from idlibsite.attribution.fullnames import full_name, last_full_name, with_family, worldwide_name
from idlibsite.attribution.ledby import led_government, leaders_government, led_ministry
from idlibsite.attribution.nationalbody import national_body
from idlibsite.attribution.match import by_first_name, match_body, match_person, role_words, serving
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.opposition import opposition
from idlibsite.attribution.owntext import own_text
from idlibsite.attribution.ownpaper import own_outlet
from idlibsite.attribution.periodical import PERIODICAL, city_paper, paper_referent
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.plainsubject import plain_subject
from idlibsite.attribution.proposal import proposable, role_of
from idlibsite.attribution.kindvoice import kind_voice
from idlibsite.attribution.headrelay import head_relay
from idlibsite.attribution.principals import body_told_state, relayed_body, relayed_principal, spoken_for_body, spoken_for_state, tagged_state, told_state
from idlibsite.attribution.relayed import body_role
from idlibsite.attribution.toldrelay import told_relay
from idlibsite.attribution.replies import replied_to
from idlibsite.attribution.seatafter import without_seat
from idlibsite.attribution.localoffice import local_office
from idlibsite.attribution.seathome import seat_office
from idlibsite.attribution.authored import authored
from idlibsite.attribution.page import HEADS_OFFICE, demonym, relaying_voice, tag_holder, title_holder, variant
from idlibsite.attribution.seen import HEADS_OFFICE_OF, Seen, from_seen, home_body, members_of, office_holder, titled_body
from idlibsite.attribution.signoffs import described_writer, letter_writer, signer, writer_above
from idlibsite.attribution.statekind import kind_country
from idlibsite.attribution.titleholder import page_holder
from idlibsite.attribution.wordlists import NATIONS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, SEATS, TITLES, UN_AGENCIES
from idlibsite.sources.speech import speech_verbs

_KIND_TAG = re.compile(r",\s+the\s+([a-z]+)\s+(?:said|says|added|reported|announced)\b")
"""A tag after the words of a sentence that calls its speaker by a kind of body ("..., the exchange said"), a kind no word
list has: the body the sentence opens with as its subject, which the kind describes."""


_MINISTRY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[Mm]inistry|[Dd]epartment)(?:\s+of\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and))*)?")
"""A ministry by its kind and portfolio, no nation nor spokesperson: "The Foreign Ministry", "the Ministry of Foreign Affairs"."""


def resolve(clause: Clause, actors: tuple[Actor, ...], seen: Seen) -> Speaker | None:
    principal = (relayed_principal(clause, actors, seen, resolve) or relayed_body(clause, actors, seen) or head_relay(clause, actors, seen, resolve)
                 or spoken_for_body(clause, actors, seen, resolve)
                 or spoken_for_state(clause, actors, seen, resolve) or tagged_state(clause, actors, seen, resolve)
                 or told_state(clause, actors, seen, resolve) or body_told_state(clause, actors, seen, resolve) or kind_voice(clause, actors, seen, resolve)
                 or document_voice(clause, actors, seen, resolve))
    if principal:  # "Lind's press secretary, Name, said the minister was ...": the principal's own state (LABELS rule 3)
        return principal
    apposed = apposed_name(clause) or described_name(clause)  # "a lecturer at X, Dr. Name": the name
    apposed_holder = resolve(apposed, actors, seen) if apposed else None
    if apposed and apposed_holder and (apposed_holder.actor or apposed_holder.new):  # "Our Permanent Representative, Ambassador X, told": X, a person
        return replace(apposed_holder, new=replace(apposed_holder.new, person=True, role=role_of(apposed.role))) if apposed_holder.new else apposed_holder
    epithet = epithet_holder(clause.phrase, actors, seen, resolve)
    if epithet:  # "the Turkish strongman", "the Spaniard": the person the paragraph named (LABELS rule 8)
        return epithet
    relay, kin = told_relay(clause, seen)  # "X said Y had told ...": Y's act of speech, unless a rule drops it or settles it
    if kin:
        return kin
    titled = relay is not None and relay.subject.startswith("the ") and (relay.subject.split()[-1].islower() or person_title(relay.subject)) and fold(relay.subject.split()[-1]) not in ORG_NOUNS  # "the (Turkish) president", "the Chief Imam", not "the ministry": a body
    titled = titled and not PERIODICAL.fullmatch(clause.phrase.strip())  # "the paper reports that the Turkish side had asked": a party's act
    titled = titled and relay is not None and (read_phrase(relay.subject).person or not SPOKES_WORD.search(clause.phrase))  # a spokesman's "the
    # Russian side had informed": his principal's country, by an alias; a minister's or a body's own side stays the teller's
    acting = (_holder(relay.subject, actors, seen, seen.opening[: relay.start]) if titled else resolve(Clause(relay.subject, "", ""), actors, seen)) if relay else None
    nation = country_of(relay.subject) if relay and acting and not is_person(acting) and _MINISTRY.fullmatch(clause.phrase.strip()) else ""
    if nation and own_text(seen.opening, clause.at, clause.verb) and not home_country(seen.page or seen.before):  # "The Foreign
        # Ministry said in a statement that the Czech Republic welcomed ...": its statement's words, that country's ministry on a
        # page that names no home (Round 29; Round 50); "The ministry also said Malaysia called on ..." is the country's act (443)
        return resolve(Clause(f"{DEMONYMS.get(nation, nation)} {strip_article(clause.phrase.strip())}", clause.role, ""), actors, seen)
    if relay and acting and (acting.actor or acting.new) and relay.speaks(is_person(acting), clause.phrase, clause.verb) \
            and (is_person(acting) or relay.perfect or SPOKES_WORD.search(clause.phrase) or not own_text(seen.opening, clause.at, clause.verb)):
        # "X said Y had expressed": Y's own act of speech (LABELS rule 3, Rounds 28-29); "X said Latvia backed ... and stressed": X's
        # second verb; "X said in a statement that Nigeria welcomed ...": X's own text, its words backshifted, not a country's or a
        # body's act relayed (owntext), unless it tells an act before it ("had rejected") or X is a spokesperson (rule 3)
        return Speaker(acting.actor, acting.new, "", "named", CONFIDENCE["named"])
    outlet = own_outlet(clause.phrase, seen.page)
    if outlet:  # "This newspaper argued ...": the page's own outlet, in its own name (LABELS Round 54)
        return Speaker(None, NewActor(outlet, False, "", ""), "", "named", CONFIDENCE["named"])
    paper = paper_referent(clause.phrase, actors, seen, resolve)
    if paper:  # "The business daily writes" under "Kommersant (Moscow):", "The daily adds" after "Rzeczpospolita warns"
        return paper
    if OUR_OWN.match(clause.phrase):  # "Our own Ministry of Foreign Affairs" in a national column: the page's country's
        clause = Clause(OUR_OWN.sub("The ", clause.phrase), clause.role, clause.verb, clause.at)
    if ": " in clause.phrase:  # "- US: A State Department spokesperson": a roundup's label is no part of a name
        clause = Clause(clause.phrase.rsplit(": ", 1)[1], clause.role, clause.verb, clause.at)
    clause = Clause(bare, clause.role, clause.verb, clause.at) if (bare := without_seat(clause.phrase)) != clause.phrase else clause  # "UNHCR in Geneva"
    seated = SEATS.get(strip_article(clause.phrase.strip()), "")
    housed = seat_office(clause.phrase, seen.page or f"{seen.before}\n{seen.opening}") if seated else ""
    if housed:  # "Wisma Putra said" on a page that names the ministry or its minister by title anywhere: the body its seat houses; a
        # page that calls it only by its seat names it so (LABELS rule 9: a body's two names, either; one name, that one; "Seats, one reading")
        clause = Clause(housed, clause.role, clause.verb, clause.at)
    elif seated and not clause.role:  # "Wisma Putra said" on a page that names no ministry: a body by its seat, no person's name
        return Speaker(None, NewActor(strip_article(clause.phrase.strip()), False, "", ""), "", "named", CONFIDENCE["named"])
    if (local := local_office(clause.phrase)):  # "the office of the Hatay governor": a body, never the person named before
        return Speaker(None, NewActor(local, False, "", ""), "", "named", CONFIDENCE["named"])
    native = own_ministry(clause.phrase, seen.page or f"{seen.before}\n{seen.opening}")
    if native:  # "Udenrigsministeriet announced", "the MZVEZ added": the foreign ministry of the page's country (ownnames)
        clause = Clause(native, clause.role, clause.verb, clause.at)
    if variant(clause.phrase) != clause.phrase:  # "UNHCR in Greece", "OCHA's financial tracking service"
        clause = Clause(variant(clause.phrase), clause.role, clause.verb, clause.at)
    clause = authored(clause, seen.opening)  # "Analysts at X said in a note": the note's author, X (rule 5)
    portfolios = PORTFOLIOS_MINISTRY.fullmatch(clause.phrase.strip())
    if portfolios:  # "the expatriates' welfare and overseas employment ministry": the ministry by its own name
        fields = " ".join(w if w == "and" else w[0].upper() + w[1:] for w in portfolios.group(1).split())
        clause = Clause(f"Ministry of {fields}", clause.role, clause.verb, clause.at)
    agency = UN_AGENCY.fullmatch(clause.phrase.strip()) or (UN_AGENCY.fullmatch(clause.role.strip()) if re.fullmatch(r"[A-Z][a-z]+", clause.phrase.strip())
                                                            else None)  # "Acnur, the UN refugee agency, said": its name in another language
    if agency and agency.group(1).lower().replace("’", "'") in UN_AGENCIES:  # "the UN refugee agency" is UNHCR
        return resolve(Clause(UN_AGENCIES[agency.group(1).lower().replace("’", "'")], clause.role, clause.verb, clause.at), actors, seen)
    full = body_named(clause.phrase, page_bodies(seen.before)) or minister_ministry(clause.phrase, seen.before) or led_government(clause.phrase, seen.before)
    full = full or in_other_words(clause.phrase, page_bodies(seen.page or seen.before)) or leaders_government(clause.phrase, actors, seen.entries)  # "The Philippines' foreign affairs department"; "President X's government" (ledby)
    if full and full != strip_article(clause.phrase.strip()) and (not match_body(read_phrase(clause.phrase), actors) or led_ministry(clause.phrase, full)):  # "ERC", "the FO": the body the page
        # names, or its country's by a generic name (bodytable), "MINREX", "the Marape Government"; not "UNHCR", "the Kremlin", the actors file's
        return resolve(Clause(full, clause.role, clause.verb, clause.at), actors, seen)
    if (own_service := national_body(clause.phrase, seen.opening, seen.page or seen.before) if not full else ("", ""))[0]:  # "the Border Police said" on a Moldovan page: its country's (nationalbody)
        return Speaker(None, NewActor(own_service[0], False, "", own_service[1]), "", "named", CONFIDENCE["named"])
    headed = "" if full else titled_body(clause.phrase, seen)
    if headed:  # "The Community also called ..., LaRocque added" after "CARICOM Secretary-General Irwin LaRocque": CARICOM
        return resolve(Clause(headed, clause.role, clause.verb, clause.at), actors, seen)
    own = OWN_STAFF.fullmatch(clause.phrase)
    if own and own.group("body") and not (re.fullmatch(r"[A-Z]{2,}\w*", own.group("body")) or ORG_WORDS.intersection(words(own.group("body")))):
        own = None  # "Medical teams in Idlib", "Turkish staff": no body named
    if own:  # "IRC teams in northwest Syria report", "its staff on Lesvos have seen": the body speaks by its own staff
        staff_of = Clause(own.group("body"), "", clause.verb) if own.group("body") else None
        return resolve(staff_of, actors, seen) if staff_of else from_seen(Phrase("it", "", False, "", "", "it", False, ""), actors, seen)
    voice = page_voice(seen.before) if OUR_STAFF.fullmatch(clause.phrase) else ""
    ours = resolve(Clause(voice, "", clause.verb), actors, seen) if voice else None
    if ours and (ours.actor or ours.new) and not is_person(ours):  # "Our teams report ..." in a body's own release: the body
        return ours
    seat = delegate(clause.phrase, seen.before, actors)  # "the representative of Turkey"; "Turkey's representative" on a record
    if seat is not None and (names_seats(seen.page or seen.before) or clause.phrase.lstrip().lower().startswith("the ")):
        return resolve(Clause(seat, "", clause.verb), actors, seen) if isinstance(seat, str) else seat
    if re.fullmatch(r"[Tt]he\s+delegation", clause.phrase.strip()):  # "Turkey said ... . ..., the delegation said": the last country
        country = next((s for s, role, _ in reversed(seen.entries) if country_of(role)), None)
        return Speaker(country.actor, country.new, "", "anaphor", CONFIDENCE["anaphor"]) if country else None
    party = opposition(clause.phrase, seen.page or seen.before, home_country(seen.before)) if "pposition" in clause.phrase else ""
    if party:  # "the opposition" on a national page: the party it names so, else the country's opposition (Round 44)
        return resolve(Clause(party, clause.role, clause.verb, clause.at), actors, seen)
    state = home_country(seen.before) or kind_country(clause.phrase, seen.page or seen.before) if STATE_KIND.fullmatch(clause.phrase.strip()) else ""
    if state:  # "Kingdom welcomes ...", "the Sultanate said" on a page that opens with its country, else names it most: it (LABELS rule 9)
        return resolve(Clause(state, clause.role, clause.verb, clause.at), actors, seen)
    states = re.fullmatch(rf"{STATE_KIND.pattern}[’']s\s+(.+)", clause.phrase.strip())  # "In Riyadh, the Kingdom's Ministry of ...": the
    state = (home_country(seen.before) or seat_country(seen.opening, clause.phrase.strip())) if states else ""  # page's or place's country's
    if states and state:
        return resolve(Clause(f"{state}'s {states.group(1)}", clause.role, clause.verb, clause.at), actors, seen)
    nation = country_of(clause.phrase)  # "the Russian Federation", "the delegation of Syria", "Syria" at a meeting
    voiced = country_voice(clause.phrase, nation, government(nation, actors), seen.page or seen.before) if nation else None
    if voiced:  # the country's government when the actors file or a meeting's record makes it so, else the country (LABELS rules 9, 12)
        return voiced
    if nation and " " in nation:  # "Britain" is the United Kingdom: a country proposed, never a person's name
        return Speaker(None, NewActor(nation, False, "", nation), "", "named", CONFIDENCE["named"])
    if nation and nation != clause.phrase:  # "the Islamic Republic of Iran", "the Norwegian delegation": the country
        return resolve(Clause(nation, clause.role, clause.verb, clause.at), actors, seen)
    voice = relaying_voice(clause.phrase, clause.verb, clause.role, seen.opening)
    principal = _principal(Phrase(clause.phrase, "", False, "", "", "", False, voice), None, actors, seen) if voice else None
    if principal:  # "X is "gravely concerned", his spokesperson Y said", "X condemned ..., according to a spokesperson"
        return principal
    if PARTNER.fullmatch(clause.phrase):
        return partner(clause.phrase.split()[0].lower(), actors, seen, resolve)
    its = ITS.fullmatch(clause.phrase)
    if its and (len(words(its.group(2))) > 1 or words(its.group(2)) == ["government"]) and words(its.group(2))[-1] in ORG_NOUNS:
        if its.group(1).lower() in ("his", "her"):  # "For Bashar al-Assad, ... His foreign ministry says"
            nation = nation_of_name(last_full_name(seen.before[seen.before.rfind("\n") + 1 :]), actors, seen.entries) or (
                speaks_for(seen.entries[-1][0]) if seen.adjacent and seen.entries[-1][2] else "")  # "Erdogan said ... His"
        elif its.group(1).lower() in ("its", "their"):
            owner = from_seen(Phrase(its.group(1), "", False, "", "", "it", False, ""), actors, seen)
            nation = speaks_for(owner) if owner else ""
        else:  # "the ministry's reconciliation centre": a part of the body named before, else that body
            owner = from_seen(read_phrase(its.group(1)[:-2]), actors, seen)
            head = words(its.group(2))[-1]  # the part's own noun must name it: not "the ministry's press service"
            part = [a for a in match_body(read_phrase(f"{speaks_for(owner)}'s {its.group(2)}"), actors)
                    if head in words(" ".join((a.name, *a.aliases)))] if owner else []
            nation = country_of(owner.label) if owner and not part else ""  # "The kingdom's foreign ministry": its country's
            return Speaker(part[0], None, "", "anaphor", CONFIDENCE["anaphor"]) if part else resolve(Clause(f"the {DEMONYMS.get(nation, nation)} {its.group(2)}", clause.role, clause.verb), actors, seen) if nation else owner
        return resolve(Clause(f"{nation}'s {its.group(2)}", clause.role, clause.verb), actors, seen) if nation else None
    clause = replace(clause, phrase=plain_subject(clause.phrase))  # "a government official whom I have known", "the board of the X mosque"
    personal = PERSONAL.fullmatch(clause.phrase) if " " in clause.phrase else None
    if personal:  # "I have already", "last week you", "let's go to": a clause whose subject is a pronoun, no name
        clause = Clause("I", "", clause.verb) if personal.group(1) else Clause("", "", clause.verb)
    if clause.phrase == "I" or OUR_WRITER.fullmatch(clause.phrase):  # a column's writer, by the byline; else nobody named
        writer = signer(seen.page, len(seen.before)) or letter_writer(seen.page, len(seen.before)) or seen.author or writer_above(seen.page, len(seen.before)) or described_writer(seen.page, len(seen.before)) or header_writer(seen.page, len(seen.before))
        # a letter's, signed off below it or headed by its writer's line; else the byline's; else a writer's line above it's; else the one a line at the foot describes ("X is a resident of Y."); else a name line of the header's
        return resolve(Clause(writer, "", clause.verb), actors, seen) if writer else NOBODY
    first_plural = opening_subject(re.split(r"(?<=[.!?])\s+", seen.before.rsplit("\n", 1)[-1].strip())[-1]) if clause.phrase == "We" and seen.author else ""
    if first_plural and country_of(first_plural):  # a column's "We said then ..." after "The Gambia took ...": the country (LABELS Round 51)
        return resolve(Clause(first_plural, "", clause.verb), actors, seen)
    if (cover := cover_voice(clause.phrase, seen.page)) is not None or personal:  # a report's "We believe", "the Network warns":
        return resolve(Clause(cover, "", clause.verb), actors, seen) if cover else NOBODY  # its cover's body; "We" is no name
    envoy = envoy_role(clause.phrase)
    if envoy:  # "The Philippine ambassador to Turkey": the role, whose holder the page may name; else nobody named (envoys)
        return envoy_holder(resolve(Clause(envoy, clause.role, clause.verb, clause.at), actors, seen), clause.phrase, seen.entries)
    located = LOCATED.fullmatch(clause.phrase)  # "Al-Masdar's correspondent in the Aleppo countryside"
    if located and fold(located.group(3)) in PERSON_NOUNS and not (NATIONS.get(fold(located.group(2))) and match_body(read_phrase(clause.phrase), actors)):
        return Speaker(None, None, clause.phrase, "named", CONFIDENCE["named"])  # an unnamed holder of a role, never a new actor's name
    head_office = home_body(read_phrase(clause.phrase), None, actors, seen, "named") if HEADS_OFFICE_OF.fullmatch(clause.phrase.strip()) else None
    if head_office:  # "the Office of the President said": the page's country's office, not "the President" it names
        return head_office
    phrase = read_phrase(clause.phrase)
    whole = piece_of(phrase.name, clause.phrase) if phrase.name else ""
    if whole and not match_body(phrase, actors):  # "Industry" of "the Bulgarian Chamber of Commerce and Industry": the body named whole (bodytable)
        phrase = Phrase(phrase.text, whole, False, "", phrase.nation, "", False, "")
    role = clause.role or phrase.role
    if phrase.generic:
        if SPOKESPERSON.fullmatch(phrase.text) and seen.adjacent and seen.entries and not seen.entries[-1][2]:
            body = seen.entries[-1][0]  # "The Foreign Office said ... A spokesperson said ...": its spokesperson
            return Speaker(body.actor, body.new, "", "anaphor", CONFIDENCE["anaphor"])
        unowned = SPOKESPERSON.fullmatch(phrase.text) and not any(w[:1].isupper() for w in phrase.text.split()[1:])
        asked = ASKED_OFFICE.search(seen.before[-300:]) if unowned else None
        asked_office = resolve(Clause(asked.group("body"), "", clause.verb), actors, seen) if asked and "\n" not in seen.before[-300:][asked.start() :] else None
        if asked_office and (asked_office.actor or asked_office.new) and not is_person(asked_office):  # "I asked the SRE press office
            return asked_office  # last week ... . A spokesperson promised an answer.": the body asked (rule 3)
        members = members_of(phrase.text, seen.entries)
        if members:  # "The National Opposition Parties Council issued ... The parties said": the body its members make
            return members
        national = match_body(phrase, actors) if AUTHORITIES.fullmatch(phrase.text) else []
        if national:  # "the Turkish authorities": the country, as the actors file has it ("Russian authorities"), when known
            return Speaker(national[0], None, "", "named", CONFIDENCE["named"])
        if AUTHORITIES.fullmatch(phrase.text) and phrase.nation:  # "Greek authorities": the country, proposed (LABELS rule 9)
            return Speaker(None, NewActor(phrase.nation, False, "", ""), "", "named", CONFIDENCE["named"])
        relaying = clause.verb.lower().startswith("according") and len(speech_verbs(seen.opening)) > 1  # "X said ..., according to media"
        media = match_body(read_phrase("media"), actors) if UNNAMED_MEDIA.fullmatch(phrase.text) and not (phrase.nation or relaying) else []
        if media:  # "local media reported": media with no nation nor outlet named, as the actors file has it (LABELS rule 4)
            return Speaker(media[0], None, "", "named", CONFIDENCE["named"])
        return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
    spokes = named_voice(phrase, seen.entries, actors) if phrase.owner else None  # "The Foreign Ministry's spokeswoman" after
    owned = match_body(phrase, actors) if phrase.owner and not spokes else []  # the page named her: her (ownedvoice)
    if owned or spokes:  # "Mr Erdogan's office" is an actor of its own (an alias "Erdogan's office")
        return spokes or Speaker(owned[0], None, "", "named", CONFIDENCE["named"])
    served = serving(phrase.owner, phrase.text, actors) if phrase.owner else None
    if served:  # "The Russian president's press secretary": the one whose title serves that office (rule 3: his own)
        return Speaker(served, None, "", "named", CONFIDENCE["named"])
    if phrase.owner:  # "Akar's spokesman", "his spokesman", "Her office"
        pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(phrase.owner.lower())
        principal = _principal(phrase, pronoun, actors, seen)
        if principal:
            return principal
        if pronoun:
            return from_seen(Phrase(phrase.text, "", pronoun != "it", "", "", pronoun, False, ""), actors, seen)
        role = body_role(phrase.text)  # "The ministry's spokesman" read as "the ministry spokesman"
        voiced = resolve(Clause(role, "", clause.verb), actors, seen) if role else None
        return voiced if voiced and (voiced.actor or voiced.new) else resolve(Clause(phrase.owner, "", clause.verb), actors, seen)
    opener = resolve(Clause(seen.subject, "", ""), actors, seen) if phrase.anaphor in ("he", "she") and seen.subject else None
    if opener and (opener.actor or opener.new and (" " in opener.new.name or opener.new.role)) and is_person(opener) and seen.genders.get(opener.label, phrase.anaphor) == phrase.anaphor:
        return Speaker(opener.actor, opener.new, "", "anaphor", CONFIDENCE["anaphor"])  # "X has yet to comment; ..., he said"
    relative = phrase.anaphor == "it" and WHAT_IT.search(seen.opening, 0, max(clause.at, 0))
    subject = (seen.subject or opening_subject(without_openers(seen.opening))) if relative else ""  # "In Damascus, the ministry
    # denounced what it called"; "Meanwhile, Hezbollah mourned ... fighters who it said had ...": the sentence's own subject
    opener = resolve(Clause(subject, "", ""), actors, seen) if subject else None
    if opener and (opener.actor or opener.new) and (not is_person(opener) or opener.new and " " not in opener.new.name):  # "Turkey struck back,
        # hitting what it said were ...", "Brenzollah buried fighters it said ...": a name of one word that "it" stands for
        return Speaker(opener.actor, opener.new, "", "anaphor", CONFIDENCE["anaphor"])
    lead = seen.opening[: clause.at] if clause.at > 0 else ""  # "From the office of President X, ... the President had ..."
    holder, phrase = title_named(phrase, [r for _, r, _ in seen.entries], f"{seen.before}\n{lead}") if phrase.anaphor or person_title(phrase.text) else ("", phrase)
    held_by = resolve(Clause(holder, phrase.text, clause.verb), actors, seen) if holder else None
    if held_by:  # "the Prime Minister wrote" after "chaired by Prime Minister X": a role anaphor (LABELS rule 8)
        return Speaker(held_by.actor, held_by.new, held_by.unnamed, "anaphor", CONFIDENCE["anaphor"])
    addressed = replied_to(seen.before, seen.opening, clause.at) if phrase.anaphor in ("he", "she", "they") and clause.at >= 0 else ""
    if addressed:  # "I wrote to the X office ... They wrote back that": the one written to
        got = resolve(Clause(addressed, "", clause.verb), actors, seen)
        return Speaker(got.actor, got.new, got.unnamed, "anaphor", CONFIDENCE["anaphor"]) if got else None
    if phrase.anaphor:
        got = from_seen(phrase, actors, seen)
        tag = _KIND_TAG.search(seen.opening) if got is None and fold(phrase.anaphor) not in PERSON_NOUNS | ORG_WORDS else None
        subject = opening_subject(seen.opening) if tag and re.fullmatch(rf"[Tt]he\s+{tag.group(1)}", phrase.text) else ""
        proper = re.fullmatch(r"(?:[A-Z][\w’'&-]*|of|the|for|and)(?:\s+(?:[A-Z][\w’'&-]*|of|the|for|and))+", strip_article(subject))
        subject = subject if proper and not {fold(w) for w in words(subject)} & (PERSON_NOUNS | TITLES) else ""  # no "Prime Minister X"
        opener_body = resolve(Clause(subject, "", ""), actors, seen) if subject else None
        if opener_body and not opener_body.actor and opener_body.new:  # "Borsa Istanbul halted trading ..., the exchange said"
            return Speaker(None, NewActor(strip_article(subject), False, "", opener_body.new.affiliation), "", "anaphor", CONFIDENCE["anaphor"])
        return got or described_speaker(phrase, actors, seen)  # "the ministry" after "Minister of X Name": the page's "Ministry of X"
    if description(phrase.text):  # "the mayor of the coastal town of Velmar": nobody named yet
        return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
    billed = (titled_after_body(phrase.name, seen.page or seen.before) or office_of_body(phrase.name)) if len(phrase.name.split()) > 3 else None
    if billed:  # "Head of the Church Synod Catholicos-Patriarch Name": the name after the title the page uses alone; "Minister of
        # Foreign Affairs of the Republic of X Name": the holder after an office written whole (cast)
        return resolve(Clause(billed[0], billed[1], clause.verb), actors, seen)
    titled = not phrase.person and office(phrase.name)
    held = (title_holder(phrase.name, seen.before) if phrase.person else tag_holder(seen.before, phrase.name)[0] if titled else "") or (cast_holder(phrase.text, seen.before) if not phrase.name or " " not in strip_article(phrase.text) else "")
    if held:  # "the VP/HR", "the Tánaiste", "the PM": the person the page gave that title
        return resolve(Clause(held, phrase.name, clause.verb), actors, seen)
    in_office = office_holder(phrase.name, seen) if not phrase.person and phrase.name else None
    if in_office:  # "The UN Under-Secretary-General for Humanitarian Affairs said" after the one who holds it spoke
        return in_office
    if phrase.person and phrase.name:
        if demonym(phrase.name):  # "Another, European, says": a nationality, not a name
            return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
        actor = match_person(phrase.name, actors) or by_first_name(phrase.name, actors, seen.before)
        if actor:
            return Speaker(actor, None, "", "named", CONFIDENCE["named"])
        earlier = seen_surname(phrase.name, seen.entries)
        if earlier and not (earlier.new and len(phrase.name.split()) > len(earlier.new.name.split())):
            return Speaker(earlier.actor, earlier.new, "", "named", CONFIDENCE["named"])
        bodies = match_body(Phrase(phrase.name, "", False, "", "", "", False, ""), actors)
        if len(phrase.name.split()) == 1 and bodies:  # "Ankara", "Moscow"
            return Speaker(bodies[0], None, "", "named", CONFIDENCE["named"])
        particles = phrase.name.split()[:-1]  # a surname alone, maybe after its particles ("von der Leyen")
        full = full_name(seen.before, phrase.name.split()[-1]) if all(w.islower() for w in particles) else ""
        full = full or (full_name(seen.page, phrase.name) if " " not in phrase.name and UNSTOPPED.search(seen.opening)
                        and clause.verb[:1].isalpha() else "")  # a deck read as the body's ("Ebrard reports that ...", no stop
        # at its end), not a heading "Name: words" (kept as written): the full name its story gives below
        if full:  # "Geng said" after "Ambassador Geng Shuang", "President von der Leyen:" after "Ursula von der Leyen"
            return resolve(Clause(full, role, clause.verb), actors, seen)
        family = with_family(seen.before, phrase.name)
        if family:  # "Mohamed bin Zayed" after "Sheikh Mohamed bin Zayed Al Nahyan": the name with its family (LABELS rule 2)
            return resolve(Clause(family, role, clause.verb), actors, seen)
        if not proposable(phrase.name, seen.page or f"{seen.before}\n{seen.opening}"):  # "Mr", "says a volunteer", "Organisers say": nobody
            return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
        seat = CAPITALS.get(fold(phrase.name), "") if not role else ""
        if seat:  # "Sofia says it will ...": a capital stands for its government, a body of that country (LABELS rule 9)
            return Speaker(None, NewActor(phrase.name, False, "", seat), "", "named", CONFIDENCE["named"])
        city = city_paper(role)  # "Vienna's Der Standard": a paper by its city's possessive, a body of the city's country
        placed = role.lower() == "the" or bool(city)  # "the Elysee", "the Bundestag": a place or a body named, no person
        new = NewActor(phrase.name, not placed, "" if placed else role_of(role), city or phrase.nation or read_phrase(role).nation)
        return Speaker(None, new, "", "named", CONFIDENCE["named"])
    bodies = match_body(phrase, actors)
    if bodies and phrase.name and not phrase.nation and fold(phrase.name) not in fold(phrase.text):
        # "the Foreign Ministry (Wisma Putra)": a description of no nation is the known body only by the name it is given
        bodies = match_body(read_phrase(phrase.name), actors)
    home = home_body(phrase, bodies[0] if bodies else None, actors, seen, "named") if bodies or "presidency" in words(phrase.text) else None
    if home:  # "according to the Foreign Ministry" on a page that opens with Peru: Peru's, not a known one's
        return home
    if bodies:
        second = bodies[1] if len(bodies) > 1 else None
        return Speaker(bodies[0], None, "", "named", CONFIDENCE["named"], second)
    if not phrase.name:
        return None
    head = fold(phrase.name) if " " not in phrase.name and fold(phrase.name) in ORG_WORDS else ""
    named = [b for b, _, person in reversed(seen.entries) if head and not person and head in words(b.label.split(" of ")[0])]
    if named:  # "The Office noted" after "The Office of the High Commissioner for Human Rights said": that body
        return Speaker(named[0].actor, named[0].new, "", "anaphor", CONFIDENCE["anaphor"])
    known = None if ORG_WORDS.intersection(words(phrase.name)) else match_person(phrase.name, actors)
    if known:  # "a Putin spokesman": a known person's name read as a body's
        return Speaker(known, None, "", "named", CONFIDENCE["named"])
    earlier = seen_surname(phrase.name, seen.entries)
    if earlier and len(phrase.name.split()) == 1:  # "The insurer X" after "X says": a body by its kind, whatever the bare name was read as
        return Speaker(earlier.actor, replace(earlier.new, person=False) if earlier.new and phrase.role else earlier.new, "", "named", CONFIDENCE["named"])
    if not proposable(phrase.name, seen.page or f"{seen.before}\n{seen.opening}"):
        return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
    if (holder := page_holder(phrase.name, seen.page or seen.before)):  # "President of X says" over "President of X Name": Name
        return resolve(Clause(holder, phrase.name, clause.verb), actors, seen)
    name = (worldwide_name(seen.page or seen.before, phrase.name) if " " not in phrase.name else "") or phrase.name
    # "CARE warns" where the page gives "CARE International": the body by its fuller name (LABELS rule 9)
    name = of_form(name, seen.page or seen.before)  # "Gagauzia's Executive Committee": "Executive Committee of Gagauzia"
    new = NewActor(adjectival(SEATS.get(name, name)), False, role_of(role), phrase.nation or read_phrase(role).nation)
    return Speaker(None, new, "", "named", CONFIDENCE["named"])  # "South Africa's Department ...": "South African ..."


def _holder(title: str, actors: tuple[Actor, ...], seen: Seen, teller: str) -> Speaker | None:
    """The one person a title stands for on this page ("the prime minister"): the one the page's cast, with the
    sentence's own words before it (``teller``: "Minister Name's spokesperson said the minister ..."), gives it, else the
    last speaker who holds it; None when nobody does (a relay's title then names no principal)."""
    named, _ = title_named(read_phrase(title), [r for _, r, _ in seen.entries], f"{seen.before}\n{teller}")
    if named:
        return resolve(Clause(named, "", ""), actors, seen)
    wanted = set(words(strip_article(title)))
    held = [s for s, role, _ in seen.entries if wanted <= set(words(role)) | (role_words(s.actor) if s.actor else set())]
    return held[-1] if held else None


def _principal(phrase: Phrase, pronoun: str | None, actors: tuple[Actor, ...], seen: Seen) -> Speaker | None:
    """The person whose name opens the sentence, when a spokesperson relays their words:
    "NAME is ..., his spokesman said"; "NAME condemned ..., according to a statement from
    NATO spokesperson X" (X is the runner-up)."""
    relayed = pronoun in ("he", "she") or (pronoun is None and re.search(rf"(?i)\bspokes\w+|\bpress (?:service|office)|{HEADS_OFFICE}", phrase.owner))
    read = read_phrase(seen.subject) if relayed and seen.subject else None
    if read is None or not (read.person and read.name):
        return None
    got = resolve(Clause(seen.subject, "", ""), actors, seen)
    if got is None or not (got.actor or got.new) or not is_person(got):
        return None
    spokesperson = None if pronoun else resolve(Clause(phrase.owner, "", ""), actors, seen)
    runner = (spokesperson.actor or spokesperson.new) if spokesperson else None
    how = "anaphor" if pronoun else "named"
    return Speaker(got.actor, got.new, "", how, CONFIDENCE[how], runner if runner != (got.actor or got.new) else None)

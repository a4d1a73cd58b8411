"""Who each speaker tag of a page stands for: one reading of every tag's form (pure).

A transcript's tag is a short label at a paragraph's start (:mod:`idlibsite.sources.turns` finds them: a tag is one
where the same form opens two turns or more).  Whatever its form, the label is resolved against what the page gives:

- a mark of an answer ("A:", "R:") is the one whom the header names with a role ("Foreign Ministry Spokesperson
  Geng Shuang's Regular Press Conference", "Remarks by ...");
- a role ("Deputy Spokesperson"), or a form of address and an office ("M. le ministre de la mer"), is the one the page
  names with that role or office;
- an office's account, a title and a country's code ("Prime Minister GR"), is the one the page names in that office;
- an account's acronym and its branch ("IRC Europe", an embedded post's sign-off) is the body the page spells that
  acronym out for ("The International Rescue Committee posted on Twitter:");
- a name with titles or their abbreviations ("Mrs. SHAHEEN", "StS Seibert", "Amb. NORDQVIST", "P.ZLOBIN") is the
  one full name the page gives with that surname (and initial), the titles dropped;
- else the label itself, a new speaker when it reads as a person's name.

Questioners' and narrators' tags ("Q:", "FRAGE JUNG:", "NEWSREADER:") are no answers at all (:mod:`.turns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from idlibsite.attribution.bodytable import account_of, body_named, page_bodies
from idlibsite.attribution.discourse import heard_named
from idlibsite.attribution.nameline import boxed_guest
from idlibsite.attribution.fullnames import NAME_RUN, full_name, initialled, nicknamed
from idlibsite.attribution.folding import fold
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.presented import presented_guest
from idlibsite.attribution.proposal import title_case
from idlibsite.attribution.page import principal_of, role_tag, tag_holder
from idlibsite.attribution.wordlists import ANONYMOUS_VOICES, PERSON_NOUNS, PRIVATE_PEOPLE, TITLES as OFFICE_TITLES
from idlibsite.sources.asides import READER
from idlibsite.sources.machinetags import asks, candidates, introduction, machine, turns, untold
from idlibsite.sources.titles import TAG_TITLES as TITLES
from idlibsite.sources.delivered import header_principal
from idlibsite.sources.turns import key
from idlibsite.sources.turnwords import ANSWERERS, ROSTERS


@dataclass(frozen=True)
class Holder:
    """Whom one speaker tag stands for."""

    name: str  # the speaker's name as the page gives it ("Steffen Seibert"), "" for nobody named
    title: str  # their title or role ("" when none)
    principal: str  # the principal a spokesperson's title speaks for ("the Secretary-General"), "" when none
    affiliation: str = ""  # the body a record's roster gives them ("Dalby University"), "" when none


_ROLES = PERSON_NOUNS - {"he", "she", "him"}
_INTRODUCED = re.compile(rf"\s*(?:[A-Z][a-z]{{1,4}}\.\s+)?({NAME_RUN.pattern}),\s")
"""A paragraph that opens with a name and its apposition, maybe after a title cut short ("Dr. Omar Farouk, a Syria
analyst ..."): the one it introduces."""
_ENDING_NAME = re.compile(r"\b([A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+)[^\S\n]*$")
"""The two words that end a header's first line, after the one's office: whom it names as the one who answers."""
_MARKED = re.compile(r"\s*(?:\w+\s*:|(?:Q|A|QUESTION|ANSWER)\.\s)", re.ASCII)
"""A paragraph that opens with a turn's mark ("Q: ...", "A: ...", a court's "Q. ..."): no header's words."""
_POSSESSIVE = re.compile(r"[’']s\b.*")
_OFFICE_LABEL = re.compile(r"(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Sr|Sra|Monsieur|Madame)\.?\s+(?:(?:le|la)\s+|l[’'])(.+)")
"""A record's tag that gives a form of address and the office for the name: "M. le ministre de la mer"."""


def respondent(header: str) -> str:
    """The one whom a header names with a role, or after "by", as the one who answers: "Geng Shuang" in
    "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference", the one a standfirst says the writer spoke
    with ("We spoke with Dr. X, a researcher ..."), or the name that ends its first line after an office ("Briefing of the Official Representative of the Ministry ... Aibek Smadiyarov"), else the one person
    the header names at all; "" when none."""
    by = header_principal(header)
    if by:
        return read_phrase(by).name or by  # "by Ambassador X": X
    untagged = [q for q in re.split(r"\n\s*\n", header) if q.strip() and not _MARKED.match(q)]  # not "Q: ..." nor "A:"
    last = untagged[-1] if untagged else ""
    introduced = _INTRODUCED.match(last)  # "Ryoji Tateyama, professor of ..., answered questions": the one right before the tags
    if introduced and len(introduced.group(1).split()) >= 2 and read_phrase(introduced.group(1)).person:
        return introduced.group(1)
    heard = heard_named(header, 0, len(header))  # "We spoke with Dr. X, a researcher at ...": the guest the standfirst names
    if heard and read_phrase(heard).person:
        return read_phrase(heard).name or heard
    for run in NAME_RUN.finditer(header):
        parts = _POSSESSIVE.sub("", run.group()).split()
        at = next((i for i, w in enumerate(parts) if fold(w) in _ROLES), -1)
        name = " ".join(parts[at + 1 :]) if at >= 0 else ""
        if len(name.split()) >= 2 and read_phrase(name).person:
            return name
    first = next((line.strip() for line in header.splitlines() if line.strip()), "")
    ending = _ENDING_NAME.search(first)  # "Briefing of the Official Representative of the Ministry ... Aibek Smadiyarov"
    if ending and any(fold(w) in _ROLES for w in first[: ending.start()].split()) and read_phrase(ending.group(1)).person:
        return ending.group(1)
    people = {p.name for part in untagged if part.rstrip().endswith((".", "!", "?")) for run in NAME_RUN.finditer(part)
              for p in [read_phrase(run.group())] if p.person and len(p.name.split()) >= 2}  # "El canciller Felipe Solá
    return people.pop() if len(people) == 1 else ""  # responde ...": the one person a sentence of the header names


def holder(text: str, header: str, label: str, title: str) -> Holder:
    """Whom a tag ``label`` (with its ``title``) stands for on the page ``text`` whose header (before the first tag)
    is ``header``."""
    said = key(label).split()
    if title == READER:  # a reader's comment under a nickname: nobody named (LABELS, Round 50)
        return Holder("", "", "")
    if machine(label):  # "Speaker 2": the one the turn before its first turn introduces, nobody when none
        return Holder(_voice(text, label), title, "")
    if said and set(said) <= ANSWERERS:  # "A:": the guest the standfirst presents telling ("X tells Y why"), else the header's one
        return Holder(presented_guest(header) or respondent(header) or boxed_guest(text), "", "")  # or a box's name line
    if role_tag(label):  # "Deputy Spokesperson": the one the page names so; "STUDENT, Technical University": no one's name
        named = tag_holder(text, label)
        return Holder("", title, "") if unnamed_tag(label) and named[0] and not read_phrase(named[0]).person else Holder(*named)
    office = _OFFICE_LABEL.fullmatch(label)
    if office:  # "M. le ministre de l'Europe ...": the one the page names in that office, nobody when none
        label = tag_holder(text, office.group(1))[0]
        if not label:
            return Holder("", title, "")
    account = _OFFICE_ACCOUNT.fullmatch(label.strip())
    held_office = account.group("role") if account else ""
    named = tag_holder(text, held_office) if held_office and set(held_office.lower().split()) <= OFFICE_TITLES | PERSON_NOUNS else ("", "", "")
    if named[0]:  # "Prime Minister GR": an office's account, the one the page names in that office
        return Holder(*named)
    if unnamed_tag(label):  # "MOGADISHU RESIDENT (man):", "SHOPKEEPER, Bakara market:": a vox pop, nobody named
        return Holder("", title, "")
    table = page_bodies(text)
    spelled = body_named(label, table) or account_of(label, table) or seated(text, label)
    if spelled:  # "IRC Europe": the body whose initials the account opens with; "Embassy in USA", the page's
        return Holder(spelled, title, "")
    written = label.split()
    if len(written) > 2 and fold(written[0]) in {"de", "the"} and fold(written[1].rstrip(".")) in TITLES:
        label = " ".join(written[1:])  # "De heer Brinkman": the article before a form of address is no part of the name
    kept = [w for w in label.split() if fold(w.rstrip(".")) not in TITLES] or label.split()
    if any(len(w) > 1 and w.isupper() for w in kept) and not all(w.isupper() for w in kept):  # "MOTEGI Toshimitsu"
        label = " ".join(kept := [title_case(w) if w.isupper() else w for w in kept])  # the family name in capitals first
    bare = " ".join(kept)
    if len(kept) < len(label.split()) and fold(read_phrase(title_case(label)).name) == fold(bare):
        return Holder(title_case(label) if bare.isupper() else label, title, principal_of(title))  # "SENATOR REED": a title read as such
    full = initialled(text, bare)
    if full == bare and (len(kept) < len(label.split()) or len(kept) == 1):  # "StS Seibert", "Amb. NORDQVIST", a Q&A's surname
        # alone ("MEJÍA" after "Andrés Felipe Mejía Haddad, a professor ..."): the full name the page gives
        full = full_name(text, title_case(kept[-1])) or bare
    full = (_headed(header, kept) or nicknamed(text, bare)) if full == bare else full  # "Teddy Ruiz Jr.": the page's "Teodoro Ruiz Jr."
    return Holder(full, title, principal_of(title))


def _voice(text: str, label: str) -> str:
    """The one person a machine tag's voice is bound to (:func:`_bound`), "" when another voice of the page is bound
    to that person too (two voices are never one person: one of the bindings is wrong, and which is not known)."""
    who = _bound(text, label)
    others = {voice for voice, _start, _end in turns(text)} - {" ".join(label.split()).casefold()}
    return "" if who and any(_bound(text, other) == who for other in others) else who


def _bound(text: str, label: str) -> str:
    """Whom the words right before a machine tag's first turn introduce (:func:`.machinetags.introduction`): the one
    they announce or address when that one reads as a person, else the one person they name when they name no other
    (by surname), by the fullest name the page gives them ("Dr. Haddad": "Rami Haddad"); "" for an untold or asking
    voice (:func:`.machinetags.untold`, :func:`.machinetags.asks`), two people named, or none."""
    if untold(label) or asks(text, label):
        return ""
    addressed, named = candidates(introduction(text, label))
    if _person(text, addressed):
        return _person(text, addressed)
    people = {who for who in map(lambda name: _person(text, name), named) if who}
    return max(people, key=len) if len({fold(who.split()[-1]) for who in people}) == 1 else ""


def _person(text: str, who: str) -> str:
    """``who`` by the fullest name the page gives them, its titles dropped, when that reads as a person; "" else."""
    kept = [w for w in who.split() if fold(w.rstrip(".")) not in TITLES] or who.split()
    full = (full_name(text, title_case(kept[-1])) if len(kept) == 1 else "") or " ".join(kept)
    return (read_phrase(full).name or full) if kept and read_phrase(full).person else ""


def _headed(header: str, label: list[str]) -> str:
    """The one whom the page's header names as the one who answers (:func:`respondent`, "Press Conference by Chief Cabinet
    Secretary Yoshihide Suga" in a title's case, which :func:`.fullnames.full_name` does not read), when a label's last
    word is a word of that name and its words before are that name's initials ("SUGA", "N. DENDIAS"); "" else."""
    who = respondent(header)
    named = [fold(w) for w in who.split()]
    initials = "".join(fold(w)[:1] for w in label[:-1])
    fits = all(len(w.rstrip(".")) == 1 for w in label[:-1]) and "".join(w[:1] for w in named).startswith(initials)
    return who if label and fits and fold(label[-1]) in named else ""


_UNNAMED_HEADS = (PERSON_NOUNS - OFFICE_TITLES) | PRIVATE_PEOPLE | ANONYMOUS_VOICES
"""Nouns of a person described by what they do or where they live ("resident", "student", "shopkeeper"), never an
office's title ("minister"): a tag that ends with one names nobody."""


def unnamed_tag(label: str) -> bool:
    """True when a tag describes its speaker without a name: a person's noun that ends it, after at most three words
    of place or kind and no title ("MOGADISHU RESIDENT", "SHOPKEEPER", "Young Student"; LABELS "Briefings": a role tag
    naming nobody names nobody); not "MR BAKER", "Minister", "Ana Ruiz"."""
    said = [fold(w.rstrip(".")) for w in label.split()]
    return 0 < len(said) <= 4 and said[-1] in _UNNAMED_HEADS and not set(said[:-1]) & (OFFICE_TITLES | PERSON_NOUNS)


_OFFICE_ACCOUNT = re.compile(r"(?P<role>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,3})[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?[A-Z]{2,3}")
"""An embedded post's sign-off by an office's account, a title and its country's code ("Prime Minister GR", "President
of UA"): the person the page names in that office ("Greek Prime Minister Kyriakos Mitsotakis posted ...")."""
_SEAT = re.compile(r"(?P<body>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){1,3})[^\S\n]+(?P<at>in|to|at)[^\S\n]+[A-Z]\S*(?:[^\S\n]+\S+){0,2}")
"""An account of a body at its seat: "Russian Embassy in USA 🇷🇺", "Ruritanian Consulate in NYC"."""


def seated(text: str, label: str) -> str:
    """The name the page writes for the body at its seat that ``label`` names in short ("Russian Embassy in the U.S."
    for "Russian Embassy in USA", a body's variant name): the body's words and "in", "to" or "at" with the capitalised
    words of a place after them, the first the page gives; "" when the label is no such account or the page has none."""
    m = _SEAT.fullmatch(label.strip())
    if not m:
        return ""
    body = r"[^\S\n]+".join(map(re.escape, m.group("body").split()))
    place = r"(?:[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)*)"
    named = re.search(rf"\b{body}[^\S\n]+{m.group('at')}{place}", text)
    return named.group().rstrip(".") if named and named.group() != label.strip() else ""


_ROSTER = re.compile(r"(?im)^[^\S\n]*(?P<head>[a-z]+(?:\s+[a-z]+)?)[^\S\n]*:[^\S\n]*(?P<entries>[^\n]+)$")
"""A record's line of who takes part ("Witnesses: Dr X Y, Director of ..., Dalby University; Z, ...", :data:`ROSTERS`)."""


def roster(text: str) -> dict[str, tuple[str, str]]:
    """The title and body a record's roster line gives each person, by their surname, folded ("solberg" ->
    ("Director of Coastal Research", "Dalby University") for "Dr Mira Solberg, Director of Coastal Research, Dalby
    University"); a surname two people share is left out; {} when the page has no roster."""
    out: dict[str, tuple[str, str]] = {}
    shared = set()
    for m in _ROSTER.finditer(text):
        if key(m.group("head")) not in ROSTERS:
            continue
        for entry in re.split(r";\s*", m.group("entries").strip().rstrip(".")):
            name, *described = [part.strip() for part in entry.split(",")]
            bare = [w for w in name.split() if fold(w.rstrip(".")) not in TITLES]
            if described and bare:
                surname = fold(bare[-1])
                shared |= {surname} if surname in out else set()
                out[surname] = (described[0], ", ".join(described[1:]))
    return {k: v for k, v in out.items() if k not in shared}


def holders(text: str, header: str, tags: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Holder]:
    """Who each tag of a page stands for, by its label and title; a tag with no title of its own takes the title
    and body a roster line gives that person (:func:`roster`)."""
    listed = roster(text)
    out = {}
    for label, title in set(tags):
        held = holder(text, header, label, title)
        role, body = listed.get(fold(held.name.split()[-1]), (held.title, "")) if held.name else (held.title, "")
        out[(label, title)] = Holder(held.name, held.title or role, held.principal or principal_of(role), body)
    return {tag: _fullest(held, out.values()) for tag, held in out.items()}


def _fullest(held: Holder, others: Iterable[Holder]) -> Holder:
    """A tag of one name ("Minister Motegi") as the one other tag whose name has that word among two or more ("Mr.
    MOTEGI Toshimitsu", the family name first): the fullest name the page's tags give that person."""
    short = read_phrase(title_case(held.name) if held.name.isupper() else held.name).name.split() if held.name else []
    if len(short) != 1:
        return held
    fuller = {o.name: o for o in others
              if len(read_phrase(title_case(o.name)).name.split()) > 1 and fold(short[0]) in map(fold, o.name.replace(".", " ").split())}
    return replace(held, name=next(iter(fuller)), title=held.title or fuller[next(iter(fuller))].title) if len(fuller) == 1 else held

"""Find what a reader would call a statement in an article's paragraphs (pure).

Two kinds of passage, in one pass over each paragraph:

- **direct**: a quotation (:func:`find_quotations`), the words inside the marks, or a paragraph's words
  between dashes before a speech clause (``- ..., - the expert said.``), and a quotation nested in a quotation after a
  verb of saying inside it (``"My brother said to me, 'Pray for us.' ..."``: the words of whom the speaker quotes);
- **reported**: a sentence with a speech verb (said, told, accused, ...) or
  "according to", where the reported words are outside quotation marks.  A
  sentence that only wraps a quotation (``"...," she said.``) is not also
  reported; one that quotes a few words inside its own clause (scare quotes:
  ``He said Turkey would not allow "a new wave of migration".``) is, and so is
  one that goes on after the clause (``"...," she said, adding that ...``).
  A sentence with two speakers' clauses is cut into them, each its own passage
  (``..., but its president, Name, warned that "..."``: each clause with a speech
  verb of a reported sentence is reported).

Sentences and speech verbs are those of :mod:`.speech` (quotations masked,
so a quotation of several sentences stays whole; a dateline opening the first
paragraph is left out of the sentence after it).  In an interview or a transcript
(:mod:`.turns`) each sentence of an answer is a direct passage of the tagged speaker, quotation
marks or not, and the tag is left out of every turn's sentences; so is each sentence of an embedded
post signed off by its author ("— Name (@handle) date"), and of a record's interjection in brackets
("(Interjection from the AfD: Exactly!)", the interjector's), and of a written answer under its
heading ("Answer from the Ministry for ...", :func:`.headed.written_answers`), the answering body's, and of an
expert's answer under a heading with their name and title in a roundup (:func:`.headed.experts`), the expert's, and of a speech
published whole under a header of delivered words ("AS DELIVERED", :func:`.headed.delivered_remarks`), the named speaker's; a
paragraph wholly in quotation marks under a paragraph that is only a tag ("Turkey correspondent Name:",
:func:`.headed.tagged_quotations`) is the tagged speaker's.  ``idlibsite check`` counts these passages for
coverage; ``suggest`` also asks who said each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from idlibsite.sources.quotations import find_quotations, headline_quotations
from idlibsite.sources.speech import MASK, SUMMING, Sentence, closes_clause, speech_verbs, split
from idlibsite.sources.clausecuts import clauses_of
from idlibsite.sources.nestedled import nested
from idlibsite.sources.dashed import dash_answers, dash_quotation
from idlibsite.sources.highlights import highlights
from idlibsite.sources.headed import (bold_interview, delivered_remarks, experts, plain_interview, tagged_quotations, ticker_entries,
                                      written_answers)
from idlibsite.sources.roles import turn_lines
from idlibsite.sources.listmarks import unmarked
from idlibsite.sources.soundbites import soundbites, transcript_ranges
from idlibsite.sources.stamps import stamped_entries
from idlibsite.sources.feedlines import feed_entries
from idlibsite.sources.compiled import compilations, item_lines
from idlibsite.sources.asides import interjections, signed_posts
from idlibsite.sources.posted import OWN_VOICE, Post, posts as saved_posts
from idlibsite.sources.framed import framed, framed_predicate
from idlibsite.sources.headtags import entry_tag, headline_tag, paired_tags
from idlibsite.sources.turns import Turn, turns
from idlibsite.sources.printed import printed_sentences
from idlibsite.sources.review import reviewed
from idlibsite.sources.voices import voices

REPORTED_MIN_WORDS = 3
"""Words a sentence needs between its speech verb and its first quotation to
report something of its own (``Craft accused Moscow and Damascus of "..."``);
fewer (``Erdogan said: "..."``, ``the source added that "..."``) only introduce
the quotation, unless they are a subject and its verb (``said Britain supported "..."``)."""

_WORD = re.compile(r"[\w’'.-]+")
_CLAUSE = re.compile(r"(?:[A-Z][\w’'.-]*|it|they|we|he|she) (?:[a-z]+(?:ed|s)|was|is|were|are|would|will|had|has|must|could|can)"
                     r"|[a-z]{4,} (?:was|is|were|are|would|will|must|could|can)")
"""Two words that are a clause of their own, a subject and its verb (``said Britain supported "..."``), a common noun's
before a copula or a modal (``said openness was "..."``, ``said talks were "..."``)."""

_GOING_ON = re.compile(r",\s+(?:adding|saying|noting|stressing|insisting|warning|arguing|claiming|calling\s+on|accusing|describing"
                       r"|expressing\s+(?:his|her|its|their)\s+(?:condolences|sympathy|regret|concern|solidarity)|praying(?=\s+(?:the\s+)?(?:Almighty|God|Allah|Lord)\s))\s+(?:that\s+)?")
"""A participle of speech after the clause of an opening quotation: what follows it, outside any quotation
after it ("warning that Europe "..." at its borders", "expressing his condolences for ...", "praying the Almighty to
grant ..."), is words of the speaker's
own (LABELS Round 44's ", warning that", Round 45's ", accusing", Round 47's ", describing it as")."""


_QUOTED_LINE = re.compile(r"(?m)^>[^\S\n]*(?=\S)")
"""A forum post's line quoting the post it answers ("> Erdogan said Turkey "reserves the right ..."): cut
where the quoter chose, so a speech verb in it reports speech however few words follow."""
_SALUTATION = re.compile(r"(?i)(?:thank\s+you,?\s+)?(?:(?:(?:mr\.?|madam|madame|ms\.?)\s+)?(?:vice-)?(?:president|speaker|chair(?:man|woman)?)"
                         r"|(?:(?:mr\.?|madam)\s+president,\s+)?ladies\s+and\s+gentlemen|(?:dear\s+)?colleagues"
                         r"|(?:and\s+)?thank\s+you(?:\s+(?:very\s+much|all))?(?:,\s+(?:dear\s+)?(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))+)\s*[!.,]?")
"""A sentence of a speech that only addresses the House or thanks by name ("Mr President!", "Ladies and gentlemen!",
"Thank you very much, Prime Minister, dear Ada."): no statement, and the name in it is the addressee's."""


@dataclass(frozen=True, slots=True)
class Passage:
    """A statement-like passage: a quotation or a sentence of reported speech."""

    kind: str  # "direct" or "reported"
    start: int  # offsets into the searched text
    end: int
    sentence: Sentence  # the sentence it is (reported) or is part of (direct)
    closed: bool = True  # a quotation closed by its mark (False: it runs to the end of its paragraph)
    tag: str = ""  # an answer turn's speaker tag ("KAREN HOLLIS"), "" when the passage has none
    tag_title: str = ""  # the title beside that tag ("Former State Department Official")


def is_reported(masked: str, words: str = "") -> bool:
    """True when a masked sentence reports speech in words of its own (see module docstring); ``words``, the same
    sentence unmasked, tells whether a quotation goes on with a subject outside it (:data:`_QUOTED_PREDICATE`)."""
    verbs = speech_verbs(masked)
    if not verbs:
        return bool(words) and framed_predicate(masked, words)  # "In a statement, COSIM « condemns ... »"
    if masked.lstrip(" -–—").startswith(MASK):  # "...," Suga said, adding that Tokyo would send aid. (or "- ..., - she said.")
        going_on = _GOING_ON.search(masked)
        return going_on is not None and len(_WORD.findall(masked[going_on.end() :])) >= REPORTED_MIN_WORDS
    if MASK not in masked[: verbs[-1].start()] and closes_clause(masked):
        return True  # "..., they told the "Caucasian Knot" correspondent.": the words before the tag, a name in marks after
    for verb in verbs:
        quote = masked.find(MASK, verb.end())
        if quote < 0:
            return True
        last = masked.rindex(MASK)
        between = masked[verb.end() : last].replace(MASK, " ").replace(" that ", " ")
        own = _WORD.findall(between)
        aside = _ASIDE.search(masked, 0, verb.start()) if masked[verb.end() :].lstrip().startswith(",") else None
        if aside:  # "Germany, he said, stands "firmly ..."": the reported clause opens before the speech verb's aside
            own = _WORD.findall(masked[: aside.start()].replace(MASK, " ")) + own
        if (len(own) >= REPORTED_MIN_WORDS or _CLAUSE.fullmatch(" ".join(own)) or _OF_QUOTATION.search(masked, verb.start(), quote)
                or _NAMING.match(masked, verb.start(), quote) or framed(masked[: verb.start()], masked[verb.end() : quote])
                or aside and words and _QUOTED_PREDICATE.match(words, quote)):  # "The ministry, he said, "cannot wait ...""
            return True  # words of its own before or between the quotations, or a frame: "In a statement, X condemned"
        if words and (_SUBJECT.fullmatch(masked, verb.end(), quote) or _THAT_NAMED.fullmatch(masked, verb.end(), quote)) and (_QUOTED_PREDICATE.match(words, quote) or words[
                quote + 1 : quote + 2].islower() and (_THAT_NAMED.fullmatch(masked, verb.end(), quote)  # said that Liberians "owe"
                or verb.group().lower() in _DEMANDING and masked.startswith(" that ", verb.end()))):  # demanded that the cabinet "close"
            return True  # said the deal "freezes the front line ...": the quotation is the predicate of a subject of its own
    after = masked[masked.rindex(MASK) + 1 :] if MASK in masked else ""
    if len(_WORD.findall(after)) >= REPORTED_MIN_WORDS and not speech_verbs(after):
        return True  # He noted that "isolated provocations" by militants had been recorded.
    return False


_SUBJECT = re.compile(r"(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*(?:[«„]\s*)?")
_THAT_NAMED = re.compile(r"(?:\s+(?:reporters|journalists|[A-Z][\w’'-]*))?\s+that(?:\s+[A-Z][\w’'-]*){1,3}\s*(?:[«„]\s*)?")  # "(told reporters) that Liberians ": a subject, its predicate quoted
_DEMANDING = frozenset("demanded demands urged urges insisted insists asked asks requested requests proposed proposes".split())
"""Verbs of demand, whose "that" clause's predicate is a bare verb ("demanded that the cabinet "close the borders""): quoted, a
clause of its own, as a finite predicate is (:data:`_QUOTED_PREDICATE`)."""
_QUOTED_PREDICATE = re.compile(r"[\"“„«‘']?\s*(?:[a-z]+(?:ed|s)|was|is|were|are|would|will|had|has|must|could|can|cannot|should|may|might|did|does)\b")
"""A quotation that goes on with a subject outside it, named between the speech verb and the quotation (an adverb set
off by commas maybe before it: "warned, however, that Turkey "reserves ...""): it opens with a finite verb (said the deal "freezes the front line ...", said the EU "cannot let itself be blackmailed"): the sentence
reports in a clause of its own, as "said Turkey would not allow "..."" does (not told reporters "we will ..."); the mark
may lie outside the mask, as guillemets spaced from their words do ("judges that the communiqué « comes late »")."""
_OF_QUOTATION = re.compile(r"[^\n]{0,40}\b(?:of|against)(?:\s+(?:the|a|an))?\s*$")
"""A speech verb whose object the quotation is, after "of" or "against" ("accused Ankara of "...", "spoke of the "...",
"warned of "..."", "warning against "...""): the sentence says in its own words what was said, as "said Turkey would not
allow "..."" does."""
_NAMING = re.compile(r"(?:called|calls|branded|brands|labell?ed|labels|dubbed|dubs|termed|terms)\s+(?:the|a|an|its|his|her|their|these|those)"
                     r"\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*$")
"""A verb of naming, its object in the writer's words, then the quotation that names it ("Athens called the report "fake
news"", "called the joint patrols "a farce""): the sentence says what was named in words of its own, a report."""
_ITEM = re.compile(r"[^\S\n]*[-•*][^\S\n]+")
"""A bulleted item's line: each item of a list announced by a reported sentence ending in a colon is reported too."""


def is_item(text: str, start: int) -> bool:
    """True when the line that holds ``start`` is a bulleted item ("- access to ...")."""
    return _ITEM.match(text, text.rfind("\n", 0, start) + 1) is not None

_ASIDE = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}$")
"""A speech verb's subject after a comma, the verb and a comma after it: the aside of "Germany, he said, stands ..."."""


_SAID_SO = re.compile(r"^[^\u2063]{0,120}?\b(?:said|says|stated|announced|confirmed|declared)\s+(?:so|this)\b"
                      r"|^\W*(?:So|Thus)\s+(?:said|stated|announced|declared|noted|stressed|emphasi[sz]ed|underlined|explained)\s+(?:the\s+)?[A-Za-z]"
                      r"|^\W*(?:This|That)\s+(?:was|is|has\s+been)\s+(?:(?:announced|stated|said|confirmed|declared|noted|stressed|emphasi[sz]ed|underlined)"
                      r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day))?\s+by|how)\b|^\W*(?:The|These|Those)\s+words\s+(?:are|were)\s+those\s+of\b"
                      r"|^\W*(?:This|That)\s+(?:is|was)\s+what\s+[^\u2063,]{1,120}?\b(?:said|says|told|tells|stated|declared|announced|wrote|warned)\b")
"""A sentence whose speech verb takes the sentence before as its object: "Lavrov said this ...", "The spokesman
said so ...", a translation's "So declared the press secretary ... Name" (Russian "Так заявил ..."), "This was announced by the ministry ..." (agency copy that gives the statement first; "This was noted today
by the Minister ...", a flash's), "That was how X put it", "The words are those of X", "That is what X said on Sunday"
(the Dutch "Dat heeft X gezegd")."""


def said_so(masked: str) -> bool:
    """True when a sentence says who made the statement of the sentence just before it (:data:`_SAID_SO`)."""
    return _SAID_SO.search(masked) is not None


_BACKSHIFTED = re.compile(r"\b(?:had\s+(?:not\s+|also\s+|already\s+|repeatedly\s+)?[a-z]+|would|could|might|should"
                         r"|(?:was|were)\s+(?:not\s+)?[a-z]+ing)\b")
"""A verb in the past of reported speech: "persons had fled", "the army was exercising", "it would continue", "the city
could take in a few hundred"."""


def _reports_that(masked: str) -> bool:
    """True when a speech verb of the sentence takes a that-clause ("said that", "stressed that")."""
    return any(masked.startswith(" that ", verb.end()) for verb in speech_verbs(masked))


def goes_on(masked: str) -> bool:
    """True when a sentence with no speech verb, nor a quotation but a few words inside its own clause, goes on with the
    reported speech of the one before (a meeting's summary: "X said that the offensive had ... . Since December, one
    million had fled ..."; "..., he said. The city could take in "a few hundred" of them.")."""
    return not masked.lstrip().startswith(MASK) and not speech_verbs(masked) and _BACKSHIFTED.search(masked) is not None and "?" not in masked


_ANSWERING = re.compile(rf"{SUMMING}\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z]")
"""A clause cut off as the answer to what the sentence reported ("a claim Athens has called "fake news""):
a report of its own, however few words it has before its quotation."""


def _posted(text: str, post: Post) -> list[Passage]:
    """A saved post's passages: one's own read first as a paragraph ("Minister X said ..."), the rest its poster's."""
    read = [p for p in find_passages(text, [(post.words_start, post.words_end)], False) if not OWN_VOICE.match(p.sentence.masked)] if post.reads else []
    return read + [Passage("direct", s.start, s.end, s, True, post.author, post.title) for s in split(text, post.words_start, post.words_end, [])
                   if post.author and not any(p.sentence.start < s.end and s.start < p.sentence.end for p in read)]


def find_passages(text: str, ranges: Sequence[tuple[int, int]], read_posts: bool = True) -> list[Passage]:
    """Every quotation and reported-speech sentence of the ranges, in text order.

    Every quotation of the ranges is a direct passage, with its ``closed`` flag:
    check's meaning checks read them from here rather than finding them again. ``read_posts`` False: a post's words."""
    saved = saved_posts(text, ranges) if read_posts else {}  # a page of saved posts: each post under its header (:mod:`.posted`)
    out: list[Passage] = [p for found in saved.values() for post in found for p in _posted(text, post)]
    ranges = [r for r in ranges if not any(s < r[1] and r[0] < e for s, e in saved)]
    ranges = transcript_ranges(text, turn_lines(text, ranges))  # a caption's block of lines, each a turn ("host: ...\nguest: ...", ">> ...")
    ranges = ticker_entries(text, ranges)  # a live ticker's entry: its heading between "+++" marks, and the entry
    ranges = stamped_entries(text, ranges)  # a live blog's entry: after the time stamp that opens it ("14:05 – ")
    ranges = item_lines(text, feed_entries(text, ranges))  # an event map's "Name: words" apart from its links; a list's items
    original, text = text, unmarked(text)  # "[4] Putin said ...", "- Turkey says ...", ">> Greece says ...": the marks blanked
    quotations = find_quotations(text, ranges)
    tagged = turns(text, ranges)
    bites = soundbites(original, ranges, tagged)  # ">> We sold everything ...": whom the narration just before names
    posts = signed_posts(text, ranges)
    answers = written_answers(text, ranges) or (bold_interview(text, ranges) if not tagged else {})
    asked = plain_interview(text, ranges) if not tagged and not answers else {}  # questions addressing the guest, untagged
    headed = experts(text, ranges) if not tagged else {}
    remarks = delivered_remarks(text, ranges) if not tagged else {}
    boxed = {**highlights(text, ranges), **tagged_quotations(text, ranges)} if not tagged else {}  # or an interview's highlights
    papers = reviewed(text, ranges) if not tagged else {}  # "Kathimerini (Athens): Nothing changes ...": the paper's words
    dashed = dash_answers(text, ranges) if not tagged else {}  # "SvD: Is it blackmail?" / "– I do not want to ...": the minister's
    voiced = voices(text, ranges) if not tagged else {}  # "Rami, Dearborn: My parents ...": a roll of callers', readers' voices
    posts = {**(compilations(original, text, ranges, {*bites, *answers, *asked, *headed, *remarks, *boxed, *papers, *dashed, *voiced})
                if not tagged else {}), **posts}  # a quotations page's, a claims database's, a thread's words without marks
    listing = False  # the last sentence reported announced a list: "The agency also calls for:"
    for start, end in sorted(ranges):
        turn = (bites.get(start) or tagged.get(start) or (Turn(start, answers[start], "", True) if start in answers else None) or asked.get(start)
                or (Turn(start, *headed[start], True) if start in headed else None)
                or (Turn(start, *remarks[start], True) if start in remarks else None)
                or (Turn(start, *boxed[start], True) if start in boxed else None)
                or (Turn(*papers[start], "", True) if start in papers else None)
                or (Turn(*dashed[start], "", True) if start in dashed else None) or voiced.get(start))
        if start in posts:  # an embedded post: its words are its signed author's, quotation marks or not
            words_start, words_end, author, title = posts[start]
            out += [Passage("direct", s.start, s.end, s, True, author, title) for s in split(text, words_start, words_end, [])]
            continue
        heard = interjections(text, start, end) if tagged else []
        if heard:  # a record's interjection in brackets: the interjector's words
            sentences = split(text, start, end, [])
            out += [Passage("direct", at, to, s, True, who, party) for at, to, who, party in heard
                    for s in [next((s for s in sentences if at < s.end), None)] if s is not None]
            continue
        marked = [q for q in quotations if start <= q.start < end]
        inside = dash_quotation(text, start, end, marked) or marked
        sentences = split(text, turn.body if turn else start, end, [(q.start, q.end) for q in inside])
        clauses = [clauses_of(s) for s in sentences]
        found = [c for cs in clauses for c in cs]
        cut_from = {c.start: s for s, cs in zip(sentences, clauses) if len(cs) > 1 for c in cs}  # a clause's whole sentence
        for q in inside or headline_quotations(text, start, end):  # a headline's words in single marks, not masked
            sentence = next((s for s in found if q.start < s.end), found[-1] if found else None)
            if sentence is not None:
                out.append(Passage("direct", q.start, q.end, sentence, q.closed))
                out += [Passage("direct", n.start, n.end, sentence) for n in nested(text, q)]
        if turn and turn.answer:  # an answer's sentences are the tagged speaker's own words, but for a salutation
            out += [Passage("direct", s.start, s.end, s, True, turn.name, turn.title) for s in found
                    if not _SALUTATION.fullmatch(text[s.start : s.end].strip())]
        else:
            carried = False  # a sentence after "X said that ...", in the past of reported speech, goes on with it
            paired = not tagged and paired_tags(text, start, end, [(s.start, s.end) for s in found])  # "A: words. B: words"
            for s, after in zip(found, [*found[1:], None]):
                if listing and is_item(original, s.start):
                    out.append(Passage("reported", s.start, s.end, s))  # an item of the list "X calls for:" announced
                    continue
                listing = False
                whole = cut_from.get(s.start)
                if (is_reported(s.masked, text[s.start : s.end]) or _ANSWERING.match(s.masked) and speech_verbs(s.masked) or not tagged and headline_tag(text, start, end)
                        or not tagged and entry_tag(text, s.start) or paired
                        or whole is not None and speech_verbs(s.masked) and is_reported(whole.masked, text[whole.start : whole.end])
                        or after is not None and said_so(after.masked) and not speech_verbs(s.masked)):
                    carried = carried and not speech_verbs(s.masked) or _reports_that(s.masked) or closes_clause(s.masked)
                elif not (carried and goes_on(s.masked)):
                    carried = False
                    continue
                out.append(Passage("reported", s.start, s.end, s))
                listing = s.masked.rstrip().endswith(":")
            if original.startswith(">", start) or original.find("\n>", start, end) >= 0:  # a forum post quoting another
                out += [Passage("reported", m.start(), s.end, s) for s in found if not is_reported(s.masked)
                        for m in [_QUOTED_LINE.search(text, s.start, s.end)] if m and speech_verbs(s.masked[m.start() - s.start :])]
    out += [Passage("reported", s.start, s.end, s) for s in printed_sentences(text, ranges, [(p.start, p.end) for p in out])]  # a printed
    return sorted(out, key=lambda p: (p.start, p.end, p.kind))  # document's sentences: its issuer's, no speech verb needed

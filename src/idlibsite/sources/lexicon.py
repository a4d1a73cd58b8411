"""The lexicon of reporting verbs and phrases (data and a small pure API): the one source of
:data:`idlibsite.sources.speech.SPEECH_VERBS`, of the verbs that need what was said beside them, and of the verbs of a
view (:data:`STATED`).

Four parts:

* :data:`SEEN`, the forms and phrases the speaker rules grew one round at a time (bench/README.md, "Who said it"):
  a word here reports speech as the splitter has always read it (``said``, ``told`` count alone; those of
  :data:`idlibsite.sources.mediumverbs.MEDIUM_VERBS` only with what was said beside them).
* :data:`REFERENCE`, the verbs of communication of VerbNet 3.4 (github.com/cu-clear/verbnet, ``verbnet3.4/*.xml``,
  commit ae8e9cfd of 2023-11-08; Levin's classes 37 and 29), each class's members copied verbatim, and
  :data:`LEFT_OUT`, those of its members that news copy mostly uses for something else than speech (sounds, bodies,
  adjectives: "bark", "attacked", "related to", "detailed").  Every form :func:`inflect` makes of the other members
  that :data:`SEEN` lacks is in :data:`NEW_FORMS`, which read as the medium verbs do: only with what was said beside
  them (a "that" clause, a colon, a quotation, a speech tag), so "the minister conceded that ..." and "..., she
  grumbled." count while "a leaked memo" or "the guarantees" are never speech; a plain form (:data:`BASES`) only
  after a plural subject ("critics complain that").
* Phrases: a verb of the reference class after "continue(s|d) to" ("continues to advise against travel"), and the
  multi-word reports of :data:`PHRASES` ("made it clear", "went on to say", "put the death toll at"); ``…`` in a
  phrase stands for one or two words.
* :data:`STATED`, the one table of the verbs (and adjectives) of a view held or stated, each with the forms and the
  complement (:data:`COMPLEMENTS`) that make it a statement: "believes" with what was said beside it or a clause of its
  own, "expects" with a forecast, "fear" with an object, "is deeply concerned by"; every module that reads a view takes
  its words from it (:func:`stated_forms`, :func:`stated_readings`, :func:`stated_pattern`).

:func:`letter_words` gives the words a sentence is looked up by in these sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.sources.copyverbs import DUTCH_VERBS, GERMAN_VERBS
from idlibsite.sources.offered import OPENING

REFERENCE = {  # VerbNet 3.4 class -> its members (verbatim, "_" joins a particle)
    "say-37.7": "add advise allege announce articulate be_like blab blabber blurt claim confess confide continue convey"
                " declare disclose divulge exclaim go go_like go_on hint insinuate insist interject interpose intimate leak"
                " mention note observe proclaim promulgate propose purpose recommend recount reiterate relate remark repeat"
                " reply report respond retort reveal say state suggest utter venture vocalize voice volunteer write",
    "tell-37.2": "acquaint apprise inform notify remind update",
    "complain-37.8": "bellyache bitch boast brag caterwaul complain crab gripe grouch grouse grumble kvetch moan object whine",
    "advise-37.9": "admonish advise alert assure brief caution counsel educate encourage instruct notify warn",
    "confess-37.10": "acknowledge admit confess fess_up proclaim reveal",
    "lecture-37.11": "comment dwell elaborate gush lecture moralize pontificate preach rant rave remark rhapsodize speak speak_out"
                     " speak_up talk testify theorize write",
    "promise-37.13": "assure guarantee pledge promise",
    "transfer_mesg-37.1.1": "boil_down communicate corroborate demonstrate dictate elucidate explain explicate expound illustrate"
                            " justify narrate outline pose preach quote read recap recite relay show sniff snitch sum_up"
                            " summarize teach tell verify write write_in",
    "inquire-37.1.2": "ask consult enquire inquire pry",
    "manner_speaking-37.3": "babble bark bawl bellow blare bleat blubber bluster boom bray burble cackle call carol chant chatter"
                            " chirp chortle chuckle cluck coo croak croon crow cry drawl drone gabble gasp gibber groan growl"
                            " grumble grunt gurgle hiss holler hoot howl hum jabber keen lilt lisp mewl moan mumble murmur mutter"
                            " nasal natter pant prattle purr quaver rage rant rasp roar rumble scream screech shout shriek"
                            " sibilate sigh simper sing smatter smile snap snarl snivel snuffle splutter squall squawk squeak"
                            " squeal stammer stemmer stutter thunder tisk trill trumpet twang twitter vociferate wail warble"
                            " wheeze whimper whine whisper whistle whoop witter yammer yap yell yelp yodel",
    "declare-29.4": "adjudge avow confess declare find maintain proclaim profess prove",
    "judgment-33.1": "abuse acclaim applaud approve_of assail assault attack backbite badmouth belittle berate blame blaspheme"
                     " bless calumniate castigate celebrate censure chasten chastise chide cite commemorate commend compliment"
                     " condemn condone congratulate criticize curse damn decry defame denigrate denounce deprecate deride"
                     " disparage doubt eulogize excuse extol fault felicitate find_fault_with forgive gibe glorify greet hail"
                     " herald honor imprecate incriminate insult judge lambaste lampoon laud malign mock pardon praise rebuke"
                     " recommend reproach reprove repudiate revile reward ridicule salute satirize scold scorn shame slander"
                     " slang snub stigmatize thank toast upbraid vilify welcome write_up",
    "urge-58.1": "admonish ask call_on dare egg_on encourage entreat exhort force implore invite lean_on lobby press pressure"
                 " prod push summon tempt urge",
    "consider-29.9": "acknowledge consider deem esteem posit rate reckon suppose suspect think",
}
"""The reference classes: Levin's verbs of communication (37.x), of declaring (29.4) and judging in words (33.1), of
urging (58.1) and of holding a view (29.9, read as :data:`VIEWS`)."""

LEFT_OUT = frozenset(
    # not speech in news copy: a motion, an aspect, an adjective or another sense first ("related to", "a leaked memo",
    # "volunteered to fight", "an utter failure", "update", "the talks", "a brief", "the alert", "guarantees")
    "be_like continue go go_like go_on purpose relate volunteer interpose promulgate vocalize utter leak update acquaint"
    " talk speak speak_out speak_up dwell gush rave rhapsodize educate brief alert guarantee fess_up boil_down write_in"
    " bellyache bitch caterwaul crab kvetch blab blabber"
    # transfer_mesg: acts or senses besides telling ("demonstrate", "read", "show", "quoted" relays another's words)
    " corroborate demonstrate illustrate justify pose quote read show sniff snitch teach verify dictate outline consult pry"
    # manner_speaking: sounds of animals, machines, weather and bodies news copy gives to things ("jets roared")
    " babble bark bawl blare bleat blubber bluster boom bray burble cackle carol chatter chirp chortle cluck coo croak croon"
    " crow cry drone gabble gibber grunt gurgle hoot howl hum jabber keen lilt lisp mewl nasal natter pant prattle purr"
    " quaver rage rasp roar rumble screech sibilate simper sing smatter smile snap snivel snuffle squall squawk squeak"
    " squeal stemmer thunder tisk trill trumpet twang twitter warble wheeze whimper whistle whoop witter yammer yap yelp yodel"
    # declare, judgment, urge: acts, not words ("find", "attacked", "celebrated", "pressured", "forced")
    " adjudge find prove abuse approve_of assail assault attack backbite badmouth bless blaspheme calumniate celebrate"
    " chasten cite commemorate condone curse damn doubt excuse fault felicitate find_fault_with forgive glorify greet herald"
    " honor imprecate incriminate judge pardon reward salute shame slang snub toast write_up"
    " call_on dare egg_on force lean_on lobby pressure prod push summon tempt"
    # consider: ratings and esteem, no view stated ("rated", "esteemed", "considered" is SEEN's)
    " consider deem esteem posit rate suspect"  # "suspects were arrested"
    " thank"  # "thanks to" (only its "thanks" would be new)
    " press".split())  # "the Turkish press"

VIEWS = frozenset("reckon suppose think".split())
"""Members of consider-29.9 that report a view only with a clause of its own after them ("X reckons the truce will
not hold"): their present in the singular is read so in :data:`STATED` (not "think", the noun of "think tank", nor the
past, a thought narrated)."""

_IRREGULAR = {"say": ("says", "said"), "tell": ("tells", "told"), "write": ("writes", "wrote"), "think": ("thinks", "thought"),
              "quip": ("quips", "quipped"), "admit": ("admits", "admitted"), "recap": ("recaps", "recapped"),
              "extol": ("extols", "extolled")}  # a stressed last syllable doubles its consonant, "qu" is no vowel
_VOWELS = "aeiou"
CONTINUING = frozenset("continue continues continued".split())
"""Verbs of going on before "to" and a verb of the reference ("continues to warn", "continued to insist")."""
_CONTINUED = ("say-37.7", "tell-37.2", "complain-37.8", "advise-37.9", "confess-37.10", "promise-37.13", "inquire-37.1.2",
              "manner_speaking-37.3")
"""The classes whose members after :data:`CONTINUING` are speech whatever follows ("continues to advise against")."""
_NOT_CONTINUED = frozenset("add observe encourage respond repeat report state write propose recommend note call reveal venture".split())
"""Their members that after "continue to" are mostly acts ("continue to add pressure", "to observe the truce")."""

SEEN = (
    "said says say told tells added adds noted notes stressed stresses called calls accused accuses"
    " denied denies warned warns urged urges claimed claims stated announced announces insisted insists"
    " affirmed affirms emphasized emphasised emphasizes emphasises underlined underlines blamed blames"
    " condemned condemns criticized criticised criticizes criticises dismissed dismisses rejected rejects"
    " threatened threatens vowed vows explained explains wrote writes write tweeted posted asked"
    " confirmed confirms complained complains declared declares argued argues pledged welcomed"
    " welcomes slammed slams reiterated reiterates recalled recalls reminded reminds replied replies"
    " reported indicated acknowledged acknowledges admitted admits estimated described describes"
    " thanked expressed expresses implied protested protests demanded demands promised promises ordered"
    " saying conceded concedes cautioned cautions countered contended contends asserted asserts"
    " alleged alleges disclosed discloses lamented remarked commented underscored"
    " underscores reaffirmed reaffirms assured assures retorted quipped boasted appealed"
    " voiced voices decried decries echoed predicted predicts maintained maintains responded responds suggested"
    " suggests revealed reveals observed mentioned highlighted hinted signalled signaled"
    " agreed charged informed adding noting insisting stressing arguing believe believes believed expects written"
    " confided confides repeated repeats warn insist argue admit want wants wanted call reacted reacts reject deny dispute disputes disputed estimates report reports"
    " informs registered registers briefed messaged texted deplored deplores considered considers answered answers"
    " judged judges specified specifies analyses analyzes recounted recounts fears feared boasts attributed attributes"
    " requested warning claiming asking urging demanding accusing denying calling advised advises urge tell praised praises offered offers"
    " extended extends convey conveys questioned condoles condoled raised raises issued issues updated renewed renews hails send sent sends wished wishes instructed justifies justified directed"
    " see sees encouraged encourages issue pleaded pleads proposed proposes invited invites orders advocates advocated note translates translated"
    " reassured reassures indicates regretted regrets questions discussed reviewed denounced states presses pressed addressed addresses follows"
    " mourned mourns telling concluded concludes comments read ask asks contradicted contradicts remembers"
    " submits submitted accepted accepts " + " ".join(sorted(GERMAN_VERBS | DUTCH_VERBS))
).split() + ["let it be known", "weighed in", "weighs in", "named by", "issued a statement", "released a statement", "am writing because", "am writing to", "referred journalists to", "referred reporters to", "referred questions to", "pointed out", "points out", "made clear", "makes clear", "took issue", "stands accused",
             *(f"{verb} out at" for verb in ("hits", "hit", "hitting", "lashes", "lashed", "lashing")),  # a headline's and wire
             "flays", "flayed", "lambasts", "rubbishes", "rubbished", "rebuts", "rebutted", "refutes", "refuted", "raps",  # copy's
             # verbs of criticism in words ("Minister hits out at EU", "PM flays opposition", "Palace raps critics")
             *(f"{put} the {what}" for put in ("put", "puts") for what in ("number at", "figure at", "toll at", "number of", "figure higher", "toll higher")), "gave a figure of", "gives a figure of", "according to", "spoke of",
             "put it", "puts it", "call it", "calls it", "draws the attention", "drew the attention", "draws attention", "drew attention",
             *(f"{verb} {what}" for verb in ("draw", "draws", "drew") for what in ("parallels", "a parallel", "comparisons")),
             "speaks of", "spoken of", "speak of", *(f"{v} on one {w}" for v in ("agree", "agrees") for w in ("thing", "point")), "wants to know", "wanted to know", "would like to know", *(f"{t} to persuade" for t in ("tried", "tries", "sought", "seeks")),  # a consensus (Round 56), a demand to be told (LABELS Round 48), persuading (Round 56)
             *(f"{verb} a statement out" for verb in ("had", "has", "have", "got", "gets")),  # "by noon the ministry had a statement out"
             *(f"{verb} {whose} {call}" for verb in ("repeated", "repeats") for whose in ("its", "his", "her", "their")
               for call in ("call", "calls", "appeal")),
             *(f"{verb} out {what}" for verb in ("read", "reads") for what in ("the", "a", "an", "his", "her", "its", "their")),  # not "read out by"
             *(f"{verb} from {whom}" for verb in ("learned", "learnt") for whom in ("the press service", "the press office", "the press secretary",
                                                                                 "a source", "sources", "informed sources")),  # "BelTA learned from ..."
             *(f"{verb} with {how}concern" for verb in ("followed", "follows")
               for how in ("", "great ", "deep ", "grave ", "particular ")),  # a government's stated concern (LABELS Round 50);
             # not "X is following with concern ..., the ministry said" (a state its tag tells) nor a heading's "'following with ...'"
             "made a statement", "conveyed", "calling on", *(f"{verb} by {ing}" for verb in ("began", "begins", "opened", "opens") for ing in ("describing", "saying", "recalling")),  # "began by describing X as"
             "recommended that", "recommends that",  # advice given ("the ministry recommended that citizens avoid ..."), not "a recommended dose"
             "ruled that",  # a court's ruling, its act of speech (LABELS Round 53); not "the rules that apply"
             *(f"{verb} out {what}" for verb in ("ruled", "rules") for what in ("a", "an", "any", "the")),  # an option refused in
             # words ("the Deputy Minister also ruled out an evacuation", LABELS Round 54); not "cannot be ruled out." (no object)
             "is calling on", "are calling on", "was calling on", "were calling on", *sorted(OPENING),
             *(f"put {which} question to" for which in ("this", "that", "the", "my", "our")),  # a question asked (Round 51)
             *(f"{gave} a {what}briefing" for gave in ("gave", "gives") for what in ("", "press ")),  # a briefing given (Round 51)
             *(f"{verb} back{what}" for verb in ("shot", "shoots", "fired", "fires", "hit", "hits", "snapped", "snaps")
               for what in (" that", ":"))]  # a retort with what was said ("X shot back that ..."), never "troops fired back"
"""The forms and phrases the rounds added as they were seen (moved here from :mod:`idlibsite.sources.speech`)."""

PHRASES = ("made it clear", "makes it clear", "make it clear", "made it plain", "makes it plain",
           "went on to say", "goes on to say", "went so far as to", "goes so far as to", "went as far as to", "goes as far as to",
           *(f"{put} {the} … {what} at" for put in ("put", "puts") for the in ("the", "its", "their")
             for what in ("toll", "number", "figure", "count", "tally", "total")))  # "put the death toll at" (estimate-34.2's "put")
"""Multi-word reports the verb lists cannot make: a particle, an object or a quantity between the words."""


def inflect(lemma: str) -> tuple[str, ...]:
    """The forms of a verb by rule: its present in the singular and its past ("warn": "warns", "warned"; "reply":
    "replies", "replied"; "snap": "snaps", "snapped"), irregular ones from a table ("tell": "tells", "told")."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma[-1] == "y" and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies", lemma[:-1] + "ied"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else lemma + "s"
    if lemma[-1] == "e":
        return third, lemma + "d"
    short = sum(1 for i, c in enumerate(lemma) if c in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS)) == 1
    if short and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS:
        return third, lemma + lemma[-1] + "ed"  # "chat", "sum": "chatted", "summed"
    return third, lemma + "ed"


_LETTERS = re.compile(r"[a-z]+")


def letter_words(text: str) -> set[str]:
    """The runs of letters a-z of ``text`` lower-cased, the words a sentence is looked up by in the lexicon's sets (a quick
    test before the patterns, which read whole words: a run glued to other letters, "saidé", only costs a look)."""
    return set(_LETTERS.findall(text.lower()))


def phrase_pattern(phrase: str) -> str:
    """A phrase of the lexicon as a regular expression: any spaces between its words, one or two words for ``…``."""
    return r"\s+".join(r"(?:[\w’'-]+\s+)?[\w’'-]+" if word == "…" else re.escape(word) for word in phrase.split())


_TAKEN = sorted({m for members in REFERENCE.values() for m in members.split()} - LEFT_OUT - VIEWS)
_CONTINUING_LEMMAS = frozenset(m for c in _CONTINUED for m in REFERENCE[c].split() if "_" not in m) - LEFT_OUT - _NOT_CONTINUED
_SEEN_WORDS = frozenset(w for w in SEEN if " " not in w)
BASES = frozenset(lemma for lemma in _TAKEN if "_" not in lemma) - _SEEN_WORDS
"""The plain forms :data:`SEEN` lacks ("caution", "complain"): a present only after a plural subject ("critics complain
that ..."), as the plain form is also a noun ("a claim that"), an adjective or an infinitive."""
NEW_FORMS = frozenset(form for lemma in _TAKEN if "_" not in lemma for form in inflect(lemma)[:2]
                      ) - _SEEN_WORDS | frozenset(inflect(lemma)[0] for lemma in VIEWS) - _SEEN_WORDS | BASES
"""The forms of the reference's members that :data:`SEEN` lacks: they report speech only with what was said beside them."""

SPEECH_VERBS = [*SEEN, *sorted(NEW_FORMS),
                *(f"{form} {particle}" for lemma in _TAKEN if "_" in lemma for verb, particle in [lemma.split("_", 1)]
                  for form in inflect(verb)),  # "sums up", "summed up"
                *(f"{go} to {lemma}" for go in sorted(CONTINUING) for lemma in sorted(_CONTINUING_LEMMAS)),
                *(p for p in PHRASES if p not in SEEN)]
"""Verbs and verb phrases that report speech, in the past and present (the one list).
"saying" reports speech but has no subject of its own ("..., saying ...")."""


@dataclass(frozen=True, slots=True)
class Stated:
    """A verb of a view held or stated (a state of mind, a stance), and how its forms state the view."""

    held: bool  # a state of mind ("believed", "feared"), which a relay keeps the teller's; not a demand nor an argument
    read: tuple[tuple[str, str], ...]  # (a key of COMPLEMENTS, the forms that state the view with it after them)


COMPLEMENTS = {
    # read by idlibsite.sources.mediumverbs (MEDIUM_VERBS): the verb is one of speech then
    "said": 'what was said beside it: a "that" clause, a colon, a quotation ("believed that ...", "fears: "..."")',
    # read by idlibsite.sources.views, after a verb of the list that has no content beside it
    "clause": 'a clause of its own, "that" left out ("believes the talks will fail", "reckons the truce will not hold")',
    "forecast": 'what a thing will do, an infinitive ("expects the lira to fall")',
    "grounds": 'an act and the grounds given ("justifies the offensive by ...")',
    "seen as": 'what a thing is taken for ("sees the crisis as a test", "sees it differently")',
    "claim": 'a plural\'s clause, "that" left out, no preposition ("insist the troops were ...")',
    # read by idlibsite.sources.unverbed, in a sentence with no speech verb found
    "object": 'an object or a clause, not a verb nor "of" ("fear a prolonged conflict"; not "fears of", "fears mount")',
    "determined": 'an object opening with a determiner or a name ("Few analysts expect a lasting settlement")',
    "that": '"that" ("officials privately concede that ...")',
    "last": 'nothing, or "with" ("Few at Christiansborg disagree.")',
    "about": '"about", "over" or "that" ("The daily worries about ...")',
    "responsible": 'someone "responsible" or "accountable" ("holds X responsible")',
    "taken for": 'a thing and what it is taken for ("considers the deal a victory")',
    "state wanted": 'a thing and the state wanted for it ("wants Syrian forces pulled back")',
    "degree": 'after "is" and a degree, then "by", "about", "over", "at" or "that" ("is deeply concerned by ...")',
    # read by idlibsite.sources.speech, a tag with a state of mind in place of a verb
    "tag last": 'after "is" or "are", the sentence\'s end ("..., analysts are convinced.")',
}
"""What after a verb of :data:`STATED` makes it a statement, by the module that reads it (the patterns are the readers')."""

STATED = {
    "believe": Stated(True, (("said", "believe believes believed"), ("clause", "believe believes"))),
    "expect": Stated(True, (("said", "expects"), ("forecast", "expects"), ("determined", "expect"))),
    "fear": Stated(True, (("said", "fears feared"), ("object", "fear fears"))),
    "consider": Stated(True, (("said", "considered considers"), ("taken for", "consider considers"))),
    **{lemma: Stated(True, (("clause", inflect(lemma)[0]),)) for lemma in sorted(VIEWS)},  # "reckons", "thinks"
    "see": Stated(True, (("seen as", "see sees"),)),
    "concede": Stated(False, (("that", "concede concedes"),)),
    "disagree": Stated(True, (("last", "disagree disagrees"),)),
    "worry": Stated(True, (("about", "worry worries"),)),
    "hold": Stated(True, (("responsible", "hold holds"),)),
    "want": Stated(False, (("said", "want wants wanted"), ("state wanted", "want wants"))),  # a demand ("wants him to come")
    "justify": Stated(False, (("said", "justifies justified"), ("grounds", "justifies justified"))),
    "insist": Stated(False, (("said", "insist"), ("claim", "insist"))),
    "argue": Stated(False, (("said", "argue"), ("claim", "argue"))),
    "be concerned": Stated(True, (("degree", "concerned alarmed worried troubled dismayed disturbed appalled outraged shocked saddened"),)),
    "be sure": Stated(True, (("tag last", "sure convinced certain"),)),  # adjectives: their forms are the words after "is"
}
"""The one table of verbs of a view (lemma -> how its forms state it): read by :mod:`.mediumverbs` ("said"), by
:mod:`.views` (a clause, a forecast, grounds, "as", a claim), by :mod:`.unverbed` (the rest, where no speech verb is
found), by :mod:`.speech` (a tag's "are convinced") and by :mod:`idlibsite.attribution.relayed` (the held ones' "said"
forms); the forms of "said" are :data:`SEEN`'s, read there with what was said beside them."""


def stated_forms(*complements: str, held: bool | None = None) -> frozenset[str]:
    """The forms of :data:`STATED` read with any of ``complements`` (of the verbs held or not, or all when ``held`` is None)."""
    return frozenset(form for verb in STATED.values() if held is None or verb.held == held
                     for complement, forms in verb.read if complement in complements for form in forms.split())


def stated_readings(*complements: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each reading of :data:`STATED` with one of ``complements``: its complement and its forms, in the table's order."""
    return [(complement, tuple(forms.split())) for verb in STATED.values()
            for complement, forms in verb.read if complement in complements]


def stated_pattern(*complements: str) -> str:
    """The forms read with any of ``complements`` as one alternation of a regular expression, in the table's order."""
    return "|".join(form for _, forms in stated_readings(*complements) for form in forms)

"""The records of the hand annotations in claims/: actors, claims and their statements.

Frozen dataclasses, each with the location of the YAML it was read from;
:mod:`idlibsite.annotations.load` makes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from idlibsite.dates import PartialDate
from idlibsite.errors import Loc
from idlibsite.formerids import Former

ACTOR_KINDS = ("person", "organisation", "government-body")
STATEMENT_KINDS = ("direct", "reported")
SIDES = ("assertion", "counter", "context")
STATUS_VALUES = ("active", "corrected", "retracted")


@dataclass(frozen=True, slots=True)
class Role:
    """A title an actor held, with when."""

    title: str  # e.g. "Kremlin spokesman"
    start: PartialDate  # when it was first held (the "from" key); unknown when not given
    until: PartialDate  # when it ended; unknown means still held


@dataclass(frozen=True, slots=True)
class Actor:
    """A speaker: a person, an organisation or a government body."""

    id: str  # slug: /actors/<id>/
    name: str  # display name
    kind: str  # one of ACTOR_KINDS
    affiliation: str  # free text: Russia, Turkey, UN, NGO, media, ...
    aliases: tuple[str, ...]  # other spellings used in the sources
    roles: tuple[Role, ...]  # titles held, in file order
    note: str  # one line of context, "" when none
    url: str  # the actor's own website, "" when not given (a fact-checker's, in its ClaimReview)
    wikidata: str  # Wikidata item id ("Q193575"), "" when not given: the actor's sameAs in structured data
    rating_scale: tuple[str, ...]  # a fact-checker's ratings, worst first; () when it has no scale
    loc: Loc  # where the actor's entry starts in actors.yaml
    rating_scale_loc: Loc  # where the rating scale is written (the entry's start when not given)
    former_ids: tuple[Former, ...] = ()  # old ids whose URLs redirect here, each with where it is written


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic claims are listed under (claims/topics.yaml)."""

    id: str  # slug: /topics/<id>/, and how claims name it
    title: str  # as the editors wrote it ("Russia–Turkey relations")
    description: str  # one or two sentences shown on the topic's page, "" when none
    loc: Loc  # where the topic's entry starts in topics.yaml
    title_loc: Loc  # where its title is written


@dataclass(frozen=True, slots=True)
class CounterAssertion:
    """What the other side says, and who says it."""

    text: str  # the counter-assertion in one or two sentences
    actors: tuple[str, ...]  # actor ids of those who make it


@dataclass(frozen=True, slots=True)
class Verdict:
    """A fact-checker's rating, published in a source of the corpus."""

    reviewer: str  # actor id of the fact-checker
    rating: str  # the rating as the fact-checker words it ("Misleading")
    source: str  # source id where the rating is published
    quote: str  # the rating's words in that source, anchored like a statement
    loc: Loc  # where the verdict mapping starts
    source_loc: Loc  # where the source id is written
    quote_loc: Loc  # where the quote is written
    rating_loc: Loc  # where the rating is written


@dataclass(frozen=True, slots=True)
class Status:
    """Where the claim's page stands: active, corrected or retracted."""

    value: str  # one of STATUS_VALUES
    date: PartialDate  # when it took this status
    note: str  # why, "" when none


@dataclass(frozen=True, slots=True)
class Review:
    """A second reader's check of the claim against its sources."""

    by: str  # who reviewed it (a name or initials, as the desk records them)
    date: PartialDate  # when; always known


@dataclass(frozen=True, slots=True)
class AnchorHint:
    """Hand-given help to pick one match when a quote occurs more than once, and the
    meaningful word changes of a fuzzy match that the annotator accepts."""

    prefix: str  # text just before the quote, "" when not given
    suffix: str  # text just after the quote, "" when not given
    occurrence: int | None  # 1-based index among equal matches, None when not given
    accept: tuple[str, ...]  # word changes of a fuzzy match accepted as right ("33 → 34")
    allow: str = ""  # a block kind besides the reported text (e.g. "caption") the quote may come from


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what, where: one quote to be anchored in one source."""

    id: str  # slug unique within the claim: the #fragment
    speaker: str  # actor id
    source: str  # source id (corpus/<stem>.yaml)
    quote: str  # the words as typed, with " … " between left-out parts
    kind: str  # one of STATEMENT_KINDS
    side: str  # one of SIDES
    said: PartialDate  # when it was said
    said_note: str  # how "said" was determined, "" when not given
    anchor: AnchorHint | None  # disambiguation, None when not given
    loc: Loc  # where the statement's mapping starts
    source_loc: Loc  # where the source id is written
    quote_loc: Loc  # where the quote is written
    responds_to: str = ""  # id of the statement of this claim that this one answers, "" when none
    responds_to_loc: Loc | None = None  # where that id is written, None when not given


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: its assertion, the other side, and every statement for both."""

    id: str  # slug = file name stem: /claims/<id>/
    title: str  # one-line title
    actor: str  # actor id of who asserted the claim
    date: PartialDate  # when it was first asserted
    date_note: str  # how "date" was determined, "" when not given
    assertion: str  # the claim in one or two sentences
    counter_assertion: CounterAssertion | None  # None when not given
    topics: tuple[str, ...]  # topic ids, each in the topic list; the index groups claims by topic
    verdict: Verdict | None  # a fact-checker's rating, None when not given
    status: Status  # active, corrected or retracted, with date and note
    updated: PartialDate  # last substantive change
    aliases: tuple[str, ...]  # old ids whose URLs redirect here
    notes: str  # Markdown source, "" when none
    statements: tuple[Statement, ...]  # in file order
    path: str  # the claim file, relative to the project root
    loc: Loc  # where the claim's mapping starts (the top of the file)
    id_loc: Loc  # where its id is written
    reviewed: Review | None = None  # a second reader's check, None while nobody has reviewed it


@dataclass(frozen=True)
class Annotations:
    """Every actor, claim and topic, each sorted by id."""

    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    topics: tuple[Topic, ...] = ()  # the topic list; every topic a claim names is in it

    @cached_property
    def _topics_by_id(self) -> dict[str, Topic]:
        return {topic.id: topic for topic in self.topics}

    @cached_property
    def _actors_by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}

    @cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {claim.id: claim for claim in self.claims}

    def actor(self, actor_id: str) -> Actor | None:
        return self._actors_by_id.get(actor_id)

    def topic(self, topic_id: str) -> Topic | None:
        return self._topics_by_id.get(topic_id)

    def topic_title(self, topic_id: str) -> str:
        """The topic's title as written in the list (its id for a topic not listed: only in a failed build)."""
        topic = self.topic(topic_id)
        return topic_id if topic is None else topic.title

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with this id (not an alias: see :meth:`redirects`)."""
        return self._claims_by_id.get(claim_id)

    def redirects(self) -> dict[str, str]:
        """Old claim id (alias) -> current claim id."""
        return {alias: claim.id for claim in self.claims for alias in claim.aliases}

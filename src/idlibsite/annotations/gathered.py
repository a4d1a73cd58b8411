"""What the loader makes of every claim file's outcome at once: the claims by id, the hashes, the problems of
the files, of their aliases and of the topics no claim names.

A process that builds again (``serve``) keeps it (:attr:`ClaimFiles.gathered`): when an edit changed only
claim files whose claim keeps its id, its place and its topics, and which have no problem and no alias before
or after, what it gathers from the others is the last build's, and only the changed claims are put in place
(:meth:`Gathered.again`): not a pass over every claim file, claim and problem at each edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from idlibsite.annotations.claimfiles import Alias, Outcome
from idlibsite.annotations.records import Claim, Topic
from idlibsite.annotations.topics import unused_topics
from idlibsite.errors import Problem

_ID = attrgetter("id")  # a claim's
_KEY = attrgetter("key")  # an Outcome's


@dataclass(frozen=True)
class Gathered:
    """What every claim file gave, gathered."""

    outcomes: Sequence[Outcome]  # those it was gathered from, in the listing's order
    topics: Mapping[str, Topic] | None  # the topic list it was checked against (None: unreadable)
    hashed: dict[str, str]  # the SHA-256 (hex) of each claim file read, by its name as shown
    claims: tuple[Claim, ...]  # by id (of two claims of one id, the first)
    at: dict[str, int]  # each claim's position in ``claims``, by id
    problems: tuple[Problem, ...]  # of the files, their aliases and the unused topics, in the order found
    keys: list[str]  # each outcome's cache key

    @classmethod
    def of(cls, outcomes: Sequence[Outcome], topics: dict[str, Topic] | None,
           alias_problems: Callable[[list[Alias], dict[str, Claim]], list[Problem]]) -> Gathered:
        """Each outcome gone through: its hash, its claim (a second claim of one id reported), its problems and
        aliases, checked at the end (``alias_problems``), and the topics no claim names (when every file was read)."""
        hashed: dict[str, str] = {}
        problems: list[Problem] = []
        aliases: list[Alias] = []
        claims: dict[str, Claim] = {}
        unread = 0  # claim files that gave no claim: the topics they name are not known
        for outcome in outcomes:
            problems += outcome.problems
            aliases += outcome.aliases
            if outcome.sha is not None:
                hashed[outcome.display] = outcome.sha
            claim = outcome.claim
            if claim is None:  # unreadable (a link, a special file, too large) or unparsable: reported already
                unread += 1
                continue
            if claim.id in claims:
                message = f"duplicate claim id '{claim.id}' (also in {claims[claim.id].path})"
                problems.append(claim.loc.problem(message, "give each claim its own id"))
            else:
                claims[claim.id] = claim
        problems += alias_problems(aliases, claims)
        if not unread:  # else a topic may look unused only because its claim could not be read
            problems += unused_topics(topics or {}, claims.values())
        by_id = tuple(sorted(claims.values(), key=_ID))
        return cls(outcomes, topics, hashed, by_id, dict(zip(map(_ID, by_id), range(len(by_id)))), tuple(problems),
                   list(map(_KEY, outcomes)))

    def again(self, outcomes: Sequence[Outcome], todo: Sequence[int], topics: dict[str, Topic] | None
              ) -> Gathered | None:
        """What :meth:`of` gives of ``outcomes``, which differ from this one's only at the positions ``todo``:
        this one's, with the changed claims put in place; None (gather all) unless each changed file's claim
        keeps its id, its name, its place and its topics, and neither outcome has a problem or an alias, with
        the same topic list: then its hash is all that may differ of the rest."""
        if len(outcomes) != len(self.outcomes) or topics != self.topics:
            return None
        changed = [(at, outcomes[at], self.outcomes[at]) for at in todo if outcomes[at] is not self.outcomes[at]]
        for _, now, was in changed:
            if (now.claim is None or was.claim is None or now.claim.id != was.claim.id or now.display != was.display
                    or now.sha is None or was.sha is None or now.problems or was.problems or now.aliases
                    or was.aliases or now.claim.topics != was.claim.topics
                    or self.claims[self.at[was.claim.id]] is not was.claim):
                return None
        hashed, claims, keys = dict(self.hashed), list(self.claims), list(self.keys)
        for at, now, _ in changed:
            assert now.claim is not None and now.sha is not None  # tested above
            hashed[now.display], claims[self.at[now.claim.id]], keys[at] = now.sha, now.claim, now.key
        return Gathered(outcomes, topics, hashed, tuple(claims), self.at, self.problems, keys)

"""The relay a speaker's reported clause tells, as the reading keeps it (pure): "X said Y had told ..." read by
:func:`.relayed.relayed` (the one test for relays), or "Y had ..., X said" by :func:`.relayed.relayed_before` when the
tag is the sentence's only clause, then the rules that drop a relay or settle its speaker at once: a
spokesperson's clause is their principal's already (rule 3), an envoy's is the envoy's own, a source relays nobody
(rule 6; a text its principal, anyone a passive's agent), a ministry tells its own mission's act, and a relative's words
are the relative's (:func:`.kinrelay.relative_relay`).  A principal the clause's own words introduce (a body's head,
:mod:`.headrelay`; a spokesperson's principal, :mod:`.principals`) is read before this, in :func:`.resolve.resolve`."""

from __future__ import annotations

from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.clause import Clause, clauses
from idlibsite.attribution.envoys import envoy_role
from idlibsite.attribution.folding import words
from idlibsite.attribution.forms import OWNED_VOICE
from idlibsite.attribution.kinrelay import relative_relay
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.relayed import Relay, issued_text, office_owner, relayed, relayed_before
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.wordlists import MISSIONS


def told_relay(clause: Clause, seen: Seen) -> tuple[Relay | None, Speaker | None]:
    """The relay the clause's reported words tell, as the rest of the reading takes it (None when a rule drops it), and
    the speaker when a rule settles it (a relative named nowhere: nobody named)."""
    own_voice = OWNED_VOICE.fullmatch(clause.phrase.strip())  # "a spokesman for X", "His spokesman": X's already (rule 3)
    reads = clause.at >= 0 and clause.verb and not own_voice and not envoy_role(clause.phrase)
    relay = relayed(seen.opening, clause.at + len(clause.verb), office_owner(clause.phrase)) if reads else None
    alone = reads and relay is None and [c.at for c in clauses(seen.opening)] == [clause.at]  # no clause of its own before the tag
    relay = relay or (relayed_before(seen.opening, clause.at, clause.verb, clause.phrase) if alone else None)  # "Y has joined the
    # call for ..., X said": the tag closes the report of Y's act as "X said Y had joined ..." opens it; a clause of Y's own
    # ("Y welcomed ..., X said") is weighed against the tag's where the sentence's clauses are (:mod:`.choice`)
    if relay and not relay.agent and read_phrase(clause.phrase).generic and not issued_text(clause.phrase):
        relay = None  # a source relays nobody (rule 6), a text its principal, anyone a passive's agent
    if relay and MISSIONS & set(words(relay.subject)) and {"ministry", "department"} & set(words(clause.phrase)):
        relay = None  # "The ministry said the Japanese Embassy in Ankara had issued ...": a ministry tells its own mission's act
    return relative_relay(relay, seen.before)  # "Jabr said his brother had told him ...": the relative, named nowhere: nobody

"""Claims quoting the sources, with quotes as people type them (restyled, pasted, elided, with typos)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from idlibsite.anchoring.normalize import normalize_text

from .actors import Actor
from .sources import Source
from .vocabulary import TOPICS, WEEKDAYS, cap, folded, slugify, yq
from .writer import Unit

TODAY = "2026-11-22"


def typo(rng: random.Random, quote: str, count: int) -> str:
    """``count`` one-letter typos in different interior lowercase words of four letters or more (a typo
    in a capitalised word reads as another name, which the checks of meaning rightly refuse)."""
    words = quote.split(" ")
    choices = [i for i in range(1, len(words) - 1) if len(words[i]) >= 4 and words[i].isalpha() and words[i].islower()]
    for i in rng.sample(choices, min(count, len(choices))):
        wd = words[i]
        j = rng.randrange(1, len(wd) - 1)
        op = rng.randrange(4)
        letter = rng.choice([c for c in "aeioustrnl" if c != wd[j]])
        if op == 0:
            wd = wd[:j] + letter + wd[j + 1:]
        elif op == 1:
            wd = wd[:j] + wd[j + 1:]
        elif op == 2:
            wd = wd[:j] + letter + wd[j:]
        elif wd[j] != wd[j + 1]:
            wd = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2:]
        else:
            wd = wd[:j] + letter + wd[j + 1:]
        words[i] = wd
    return " ".join(words)


def restyle(rng: random.Random, quote: str) -> str:
    """Other quote marks and apostrophes than the source's (curly <-> straight)."""
    if any(c in quote for c in "“”‘’"):
        return quote.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    out, opened = [], False
    for i, c in enumerate(quote):
        if c == '"':
            out.append("”" if opened else "“")
            opened = not opened
        elif c == "'":
            out.append("’")
        else:
            out.append(c)
    return "".join(out)


@dataclass
class Typed:
    quote: str
    variant: str  # exact | pasted | unwrapped | restyled | typo-1 | typo-2 | elided


def typed_quote(rng: random.Random, source: Source, unit: Unit, ntext: str) -> Typed:
    text = unit.text
    words = text.split(" ")
    r = rng.random()
    if r < 0.15 and len(words) >= 8:
        n = 1 if rng.random() < 0.6 else 2
        return Typed(typo(rng, text, n), f"typo-{n}")
    if r < 0.20 and len(words) >= 14 and len(text) < 480:
        a, b = rng.randint(4, 6), rng.randint(4, 6)
        first, last = " ".join(words[:a]), " ".join(words[-b:])
        if ntext.count(normalize_text(first)) == 1 and ntext.count(normalize_text(last)) == 1:
            return Typed(f"{first} {'…' if rng.random() < 0.6 else '...'} {last}", "elided")
    if r < 0.40 and any(c in text for c in "\"'“”‘’"):
        return Typed(restyle(rng, text), "restyled")
    if r < 0.40 and unit.kind == "direct":  # the quote marks typed too, in the other style
        curly = "“" in source.text
        return Typed(f'"{text}"' if curly else f"“{text}”", "with-marks")
    if unit.pasted and unit.pasted != text and r < 0.55:
        return Typed(unit.pasted, "pasted")
    return Typed(text, "unwrapped" if source.wrapped else "exact")


@dataclass
class Statement:
    id: str
    speaker: str
    source: str
    quote: str
    kind: str
    side: str
    said: str
    said_note: str
    variant: str
    context: str  # the unit text, for Hugo


@dataclass
class Claim:
    id: str
    title: str
    actor: str
    date: str
    assertion: str
    counter: str
    counter_actors: list[str]
    topics: list[str]
    statements: list[Statement]
    verdict: tuple[str, str, str, str] | None  # reviewer, rating, source id, quote
    aliases: list[str]
    notes: str
    status: str


def claim_yaml(c: Claim) -> str:
    out = [f"id: {c.id}", f"title: {yq(c.title)}", f"actor: {c.actor}", f"date: {c.date}"]
    if c.date and len(c.date) < 10:
        out.append(f"date_note: {yq('the earliest statement gives only the ' + ('month' if len(c.date) == 7 else 'year'))}")
    out.append("assertion: " + folded(c.assertion, "  ").rstrip("\n"))
    out += ["counter_assertion:", "  text: " + folded(c.counter, "    ").rstrip("\n"),
            f"  actors: [{', '.join(c.counter_actors)}]", f"topics: [{', '.join(c.topics)}]"]
    if c.verdict:
        reviewer, rating, source, quote = c.verdict
        out += ["verdict:", f"  reviewer: {reviewer}", f"  rating: {yq(rating)}", f"  source: {source}",
                f"  quote: {yq(quote)}"]
    out += ["status:", f"  value: {c.status}", f"  date: {TODAY}",
            f"  note: {'First published.' if c.status == 'active' else 'A statement was re-attributed.'}",
            f"updated: {TODAY}", f"aliases: [{', '.join(c.aliases)}]"]
    if c.notes:
        out.append("notes: |")
        out += [f"  {line}" if line else "" for line in c.notes.split("\n")]
    out.append("statements:")
    for s in c.statements:
        out += [f"  - id: {s.id}", f"    speaker: {s.speaker}", f"    source: {s.source}", f"    quote: {yq(s.quote)}",
                f"    kind: {s.kind}", f"    side: {s.side}", f"    said: {s.said}"]
        if s.said_note:
            out.append(f"    said_note: {yq(s.said_note)}")
        out.append("")
    return "\n".join(out)


class ClaimMaker:
    def __init__(self, seed: int, sources: list[Source], actors: list[Actor]):
        self.rng = random.Random(f"{seed}-claims")
        self.sources = sources
        self.actors = actors
        self.actor_by_id = {a.id: a for a in actors}
        self.pool = {s.index: list(range(len(s.units))) for s in sources}
        self.ntext: dict[int, str] = {}
        self.used_ids: set[str] = set()
        self.last_id = ""

    def _ntext(self, s: Source) -> str:
        if s.index not in self.ntext:
            self.ntext[s.index] = normalize_text(s.text)
        return self.ntext[s.index]

    def _unit(self, s: Source) -> Unit | None:
        if not s.units:
            return None
        pool = self.pool[s.index]
        if pool:
            return s.units[pool.pop(self.rng.randrange(len(pool)))]
        return self.rng.choice(s.units)

    def statement(self, s: Source, u: Unit, side: str, taken: set[str]) -> Statement:
        rng = self.rng
        typed = typed_quote(rng, s, u, self._ntext(s))
        speaker = self.actor_by_id[u.speaker]
        words = [w for w in slugify(u.gist).split("-") if len(w) > 3][:3]
        base = "-".join([slugify(speaker.short).split("-")[-1]] + words) or "statement"
        sid, k = base, 2
        while sid in taken:
            sid, k = f"{base}-{k}", k + 1
        taken.add(sid)
        said_note = ""
        if rng.random() < 0.3:
            said_note = f'"{rng.choice(WEEKDAYS[:5])}" in an article dated {s.date}'
        return Statement(sid, u.speaker, s.id, typed.quote, u.kind, side, s.date, said_note, typed.variant, u.text)

    def claims_for(self, home: Source, count: int) -> list[Claim]:
        rng = self.rng
        out = []
        for k in range(count):
            u = self._unit(home)
            if u is None:
                break
            taken: set[str] = set()
            statements = [self.statement(home, u, "assertion", taken)]
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                other = self.sources[rng.randrange(len(self.sources))] if rng.random() < 0.7 else home
                v = self._unit(other)
                if v is not None:
                    statements.append(self.statement(other, v, rng.choice(("assertion", "counter", "counter", "context")), taken))
            gist = " ".join(u.gist.split(" ")[:14]).rstrip(",.:")
            title = cap(gist)
            base = "-".join(slugify(gist).split("-")[:7])
            cid, n = base, 2
            while cid in self.used_ids:
                cid, n = f"{base}-{n}", n + 1
            self.used_ids.add(cid)
            actor = self.actor_by_id[u.speaker]
            others = [a.id for a in rng.sample(self.actors, rng.randint(0, 3))]
            verdict = None
            if home.factcheck and k == 0:
                verdict = (home.factcheck[0], home.factcheck[1], home.id, f"The claim is {home.factcheck[1].lower()}.")
            notes = ""
            if rng.random() < 0.25 and self.last_id:
                notes = (f"The statements come from {actor.name} and people who speak for the same side.\n\n"
                         f"See also [an earlier claim](/claims/{self.last_id}/) and *the source's* own wording.")
            self.last_id = cid
            aliases = [f"old-{cid}"] if rng.random() < 0.01 else []
            out.append(Claim(
                id=cid, title=title, actor=u.speaker, date=home.date,
                assertion=f"{cap(u.gist)}. {actor.name} made the claim in {home.outlet}, and others repeated it.",
                counter=f"The other side denies that {u.gist[0].lower() + u.gist[1:]}.",
                counter_actors=others, topics=sorted(set(rng.sample(TOPICS, rng.randint(1, 3)))),
                statements=statements, verdict=verdict, aliases=aliases, notes=notes,
                status="active" if rng.random() < 0.95 else "corrected"))
        return out

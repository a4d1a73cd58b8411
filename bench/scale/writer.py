"""The sentences of one article, from templates, and the quotable passages among them."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .actors import Actor
from .vocabulary import (
    ADJ2,
    ADJS,
    CITIES,
    CONSEQUENCES,
    COUNTRIES,
    DIRECT,
    INF_GER,
    MONTHS,
    OBJECTS,
    PARTIES,
    PERIODS,
    PLACES,
    SHORT_QUOTES,
    SIDES,
    TARGETS,
    TIMES,
    VPS,
    cap,
)


@dataclass
class Unit:
    """A quotable passage: unique in its source."""

    text: str  # as typed by someone copying it on one line (single spaces)
    kind: str  # direct | reported
    speaker: str  # actor id
    gist: str  # a clause to title a claim with
    pasted: str | None = None  # as the file has it, when a hard wrap changed it (set once laid out)


class Writer:
    """Fills a paragraph with sentences from the templates."""

    def __init__(self, rng: random.Random, actors: list[Actor], curly: bool):
        self.rng = rng
        self.curly = curly
        self.speakers = rng.sample(actors, rng.randint(3, 7))
        self.mentioned: set[str] = set()
        self.oq, self.cq = ("“", "”") if curly else ('"', '"')
        self.apos = "’" if curly else "'"

    def n(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return str(self.rng.randint(2, 99))
        if r < 0.8:
            return f"{self.rng.randint(100, 999)}"
        return f"{self.rng.randint(1, 300)},{self.rng.randint(0, 999):03d}"

    def fill(self, template: str) -> str:
        out = template
        while "{" in out:
            out = re.sub(r"\{(\w+)\}", lambda m: self._slot(m.group(1)), out, count=1)
        return out.replace("'", self.apos) if self.curly else out

    def _slot(self, name: str) -> str:
        rng = self.rng
        if name == "p":
            return rng.choice(PLACES)
        if name == "P":
            return rng.choice([p for p in PLACES[:20] if "al-" not in p and " " not in p])
        if name == "t":
            return rng.choice(TARGETS)
        if name == "n":
            return self.n()
        if name == "period":
            return rng.choice(PERIODS)
        if name in ("party", "party2"):
            return rng.choice(PARTIES)
        if name == "Party":
            return cap(rng.choice(PARTIES))
        if name == "vp":
            return rng.choice(VPS)
        if name == "clause":
            return "{party} {vp}"
        if name == "c":
            return rng.choice(CITIES)
        if name == "inf":
            self._ger = rng.choice(INF_GER)
            return self._ger[0]
        if name == "ger":
            return rng.choice(INF_GER)[1]
        if name == "obj":
            return rng.choice(OBJECTS)
        if name == "adj":
            return rng.choice(ADJS)
        if name == "adj2":
            return rng.choice(ADJ2)
        if name == "side":
            return rng.choice(SIDES)
        if name == "country":
            return rng.choice(COUNTRIES)
        if name == "time":
            return rng.choice(TIMES)
        if name == "time2":
            return rng.choice(["the start of the offensive", "early February", "December", "the Sochi talks"])
        if name == "x":
            return rng.choice(["Syria", "Sochi", "Idlib", "Astana", "Border"])
        raise KeyError(name)

    def ref(self, actor: Actor, start: bool) -> str:
        if actor.id not in self.mentioned:
            self.mentioned.add(actor.id)
            text = actor.text
        else:
            text = actor.short
        return cap(text) if start else text

    def reported(self) -> tuple[str, Unit]:
        rng = self.rng
        actor = rng.choice(self.speakers)
        clause = self.fill("{clause}")
        k = rng.randrange(7)
        if k == 0:
            s = f"{self.ref(actor, True)} said {rng.choice(TIMES)} that {clause}."
        elif k == 1:
            s = f"{self.ref(actor, True)} told reporters in {rng.choice(CITIES)} that {clause}."
        elif k == 2:
            s = f"According to {self.ref(actor, False)}, {clause}."
        elif k == 3:
            s = f"{self.ref(actor, True)} also denied that {clause}."
        elif k == 4:
            _, ger = rng.choice(INF_GER)
            s = f"{self.ref(actor, True)} accused {rng.choice(PARTIES)} of {ger} {rng.choice(OBJECTS)} near {rng.choice(PLACES)}."
            clause = f"{rng.choice(PARTIES)} are {ger} {rng.choice(OBJECTS)}"
        elif k == 5:
            s = f"In a statement, {self.ref(actor, False)} said {clause}."
        else:
            s = f"{self.ref(actor, True)} warned that {clause}, adding that {self.fill('{clause}')}."
        return s, Unit(s, "reported", actor.id, clause)

    def direct(self) -> tuple[str, Unit]:
        rng = self.rng
        actor = rng.choice(self.speakers)
        sentences = [self.fill(rng.choice(DIRECT)) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        gist = sentences[0]
        oq, cq = self.oq, self.cq
        k = rng.randrange(4)
        if k == 0:  # “A. B,” Peskov said.
            inner = ". ".join(sentences) + ","
            s = f"{oq}{inner}{cq} {self.ref(actor, False)} said."
        elif k == 1:  # Peskov told reporters: “A. B.”
            inner = ". ".join(sentences) + "."
            s = f"{self.ref(actor, True)} told reporters: {oq}{inner}{cq}"
        elif k == 2:  # “A,” said Peskov.
            inner = ". ".join(sentences) + ","
            s = f"{oq}{inner}{cq} said {self.ref(actor, False)} in a statement to the local press."
        else:  # Peskov described it as “short.”
            inner = rng.choice(SHORT_QUOTES) + "."
            s = f"{self.ref(actor, True)} described the {rng.choice(['attacks', 'offensive', 'situation', 'statement'])} as {oq}{inner}{cq}"
            gist = f"{actor.short} called it {inner[:-1]}"
        return s, Unit(inner, "direct", actor.id, gist)

    def narrative(self) -> str:
        rng = self.rng
        k = rng.randrange(4)
        if k == 0:
            return f"{self.fill('{Party} {vp}')} {rng.choice(TIMES)}, {self.fill(rng.choice(CONSEQUENCES))}."
        if k == 1:
            return (f"{rng.choice(COUNTRIES[:2])} and {rng.choice(COUNTRIES[2:4])} brokered a deal in "
                    f"{rng.choice(MONTHS)} {rng.randint(2017, 2019)} to create a demilitarised zone around "
                    f"{rng.choice(PLACES)} that would be free of heavy weapons.")
        if k == 2:
            return (f"The fate of {rng.choice(PLACES)} has strained relations between {rng.choice(COUNTRIES[:2])} "
                    f"and {rng.choice(COUNTRIES[2:])}, which {rng.choice(['is keen to retain influence there', 'backs opposite sides in the war', 'fears a new wave of refugees'])}.")
        return (f"{self.fill('{Party}')} {rng.choice(['have been', 'were'])} {rng.choice(['advancing', 'fighting', 'regrouping', 'digging in'])} "
                f"near {rng.choice(PLACES)} for {self.n()} days, {self.fill(rng.choice(CONSEQUENCES))}.")

"""Scale benchmark: a synthetic corpus of N sources built with idlibsite and with Hugo.

Run from the project root with the project's interpreter::

    .venv/bin/python bench/scale.py --sources 1000            # default seed 20200213
    .venv/bin/python bench/scale.py --sources 10000 --keep --workdir /tmp/scale10k
    .venv/bin/python bench/scale.py --sources 1000 --profile  # + cProfile of the full build

It generates, in the work folder, a project as messy as corpus/ and claims/
(hard wraps with ``al-\\nAssad`` breaks, page chrome, curly and straight
quotes, titles, date lines, bylines, captions, related links), with a
few hundred actors and ``--claims-per-source`` claims per source whose
statements quote sentences unique in their source: as typed, normalized
(other quote marks, line breaks as pasted or not) and with one or two typos.
Then, each in a fresh process (peak RSS by GNU time when it is there):

1. ``idlibsite check`` must exit 0 (warnings for fuzzy matches and uncovered
   quotations are expected);
2. ``idlibsite build --full`` into an empty site/: wall time, peak RSS;
3. rebuilds after a no-op, after adding one source and a claim quoting it,
   after editing one claim's title; then ``build --full`` with the warm cache;
4. another one-claim edit and a cold full build in a child that wraps
   idlibsite's pipeline functions in timers (anchoring share), optionally
   under cProfile (``--profile``);
5. an equivalent Hugo site (same pages, similar HTML) built with ``hugo``;
6. the five-article project (a copy of this repository's pyproject.toml,
   corpus/, claims/, templates/) built twice from a warm cache.

Every child runs on a copy of src/idlibsite taken at the start, so one run
measures one version of the code while others edit it.
Figures are printed at the end and written to ``<workdir>/results.json``.
Nothing outside the work folder is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = ".idlibsite-scale"  # marks a work folder this script may clear
TODAY = "2026-11-22"

try:
    from idlibsite.normalize import normalize_text
except ImportError:  # pragma: no cover - run with the wrong interpreter
    sys.exit("bench/scale.py: idlibsite is not importable; run it with .venv/bin/python")


# --------------------------------------------------------------------------------------------
# Vocabulary

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL_WORDS = set("a an and as at but by for from in into is it's of on or over the to up via with".split())

FIRST = ("Dmitry Sergei Maria Igor Oleg Aleksei Vladimir Alexander Yuri Mikhail Andrei Pavel "
         "Hulusi Mevlut Ibrahim Fahrettin Omer Ahmet Suleyman Mehmet Hakan Cemil "
         "Walid Bashar Faisal Bouthaina Ali Bashar Ayman Mohanned Abdulkarim Rami Hadi Fadel "
         "Abbas Mohammad Javad Hossein Mark Geir Michelle James Jens Filippo Ursula Agnes "
         "Joel David Anna Sarah Elena Natalia Leyla Amal Rania Yusuf Khaled Samer").split()
LAST = ("Peskov Lavrov Zakharova Konashenkov Zhuravlyov Erkhov Vershinin Lavrentiev Shoigu "
        "Kosachev Ryabkov Nebenzia Akar Cavusoglu Kalin Altun Celik Soylu Yildiz Erdem Ozturk "
        "Aydin Moallem Mekdad Jaafari Shaaban Othman Ayoub Hamdan Haddad Khatib Nasser Saleh "
        "Rahman Mousavi Zarif Araghchi Vaezi Cutts Lowcock Pedersen Bachelet Jeffrey Stoltenberg "
        "Grandi Callamard Rayburn Beasley Fontaine Keller Brandt Novak Morales Hughes Sinclair "
        "Petrov Volkov Sokolov Demir Kaya Sahin Kurt Arslan Dogan Bakr Darwish Qasim Tamer").split()
PERSON_TITLES = {
    "Russia": ["Kremlin spokesman", "Russian Defence Ministry spokesman", "Russian Foreign Ministry spokeswoman",
               "Russian Deputy Foreign Minister", "Russian Ambassador to Turkey", "Russian envoy for Syria",
               "Russian Defence Minister", "head of the Russian Reconciliation Centre", "Russian Foreign Minister"],
    "Turkey": ["Turkish Defence Minister", "Turkish presidential spokesman", "Turkish Foreign Minister",
               "Turkish Interior Minister", "Turkish Ambassador to Russia", "Turkish communications director"],
    "Syria": ["Syrian Foreign Minister", "Syrian Deputy Foreign Minister", "Syrian Information Minister",
              "Syrian army spokesman", "Syrian Ambassador to the U.N."],
    "Iran": ["Iranian Foreign Ministry spokesman", "Iranian Foreign Minister", "Iranian Deputy Foreign Minister"],
    "UN": ["U.N. humanitarian coordinator", "U.N. spokesman", "U.N. Special Envoy for Syria",
           "U.N. human rights chief", "UNHCR spokeswoman", "U.N. deputy regional humanitarian coordinator"],
    "NGO": ["White Helmets spokesman", "UOSSM field director", "Syrian NGO Alliance representative",
            "Idlib Health Directorate official", "Amnesty International researcher"],
    "West": ["U.S. Special Representative for Syria", "NATO Secretary General", "French Foreign Ministry spokeswoman",
             "German government spokesman", "U.S. State Department spokeswoman", "EU foreign policy chief"],
    "media": ["war correspondent", "state television presenter", "investigative journalist"],
}
ORGS = [  # name, aliases, kind, affiliation, in-text form
    ("Russian Defence Ministry", ["Russian Defense Ministry", "Defence Ministry"], "government-body", "Russia", "the Russian Defence Ministry"),
    ("Kremlin", ["the Kremlin"], "government-body", "Russia", "the Kremlin"),
    ("Russian Foreign Ministry", ["Foreign Ministry"], "government-body", "Russia", "the Russian Foreign Ministry"),
    ("Russian Reconciliation Centre", ["CPVS", "the Centre"], "government-body", "Russia", "the Russian Reconciliation Centre"),
    ("Turkish Defence Ministry", ["Turkish Defense Ministry"], "government-body", "Turkey", "the Turkish Defence Ministry"),
    ("Turkish Presidency", ["Ankara"], "government-body", "Turkey", "the Turkish presidency"),
    ("Turkish Foreign Ministry", [], "government-body", "Turkey", "the Turkish Foreign Ministry"),
    ("Syrian Foreign Ministry", [], "government-body", "Syria", "the Syrian Foreign Ministry"),
    ("Syrian Army General Command", ["General Command"], "government-body", "Syria", "the Syrian army's General Command"),
    ("SANA", ["Syrian Arab News Agency"], "organisation", "media", "SANA"),
    ("Iranian Foreign Ministry", [], "government-body", "Iran", "the Iranian Foreign Ministry"),
    ("United Nations", ["U.N.", "UN"], "organisation", "UN", "the U.N."),
    ("OCHA", ["U.N. humanitarian office"], "organisation", "UN", "OCHA"),
    ("UNHCR", ["U.N. refugee agency"], "organisation", "UN", "the U.N. refugee agency"),
    ("World Health Organization", ["WHO"], "organisation", "UN", "the World Health Organization"),
    ("UOSSM", ["Union of Medical Care and Relief Organizations"], "organisation", "NGO", "UOSSM"),
    ("White Helmets", ["Syrian Civil Defence"], "organisation", "NGO", "the White Helmets"),
    ("Syrian Observatory for Human Rights", ["SOHR", "the Observatory"], "organisation", "NGO", "the Syrian Observatory for Human Rights"),
    ("Human Rights Watch", ["HRW"], "organisation", "NGO", "Human Rights Watch"),
    ("Amnesty International", ["Amnesty"], "organisation", "NGO", "Amnesty International"),
    ("Medecins Sans Frontieres", ["MSF", "Doctors Without Borders"], "organisation", "NGO", "Medecins Sans Frontieres"),
    ("Save the Children", [], "organisation", "NGO", "Save the Children"),
    ("U.S. State Department", ["State Department"], "government-body", "West", "the U.S. State Department"),
    ("NATO", ["the Alliance"], "organisation", "West", "NATO"),
    ("European Union", ["EU", "Brussels"], "organisation", "West", "the European Union"),
    ("Hayat Tahrir al-Sham", ["HTS"], "organisation", "Syria", "Hayat Tahrir al-Sham"),
    ("National Liberation Front", ["NLF"], "organisation", "Syria", "the National Liberation Front"),
    ("Syrian National Army", ["SNA"], "organisation", "Turkey", "the Turkish-backed Syrian National Army"),
    ("Conflict Intelligence Team", ["CIT"], "organisation", "media", "the Conflict Intelligence Team"),
    ("Sputnik", [], "organisation", "media", "Sputnik"),
]
FACT_CHECKERS = [("Polygraph.info", "polygraph-info"), ("StopFake", "stopfake"),
                 ("EUvsDisinfo", "euvsdisinfo"), ("Teyit", "teyit")]
RATINGS = ["Misleading", "False", "Partly false", "Unsubstantiated", "Missing context"]
OUTLETS = ["Reuters", "The Moscow Times", "teleSUR English", "TASS", "Anadolu Agency", "Al Jazeera English",
           "Daily Sabah", "RT", "Sputnik", "AFP", "Middle East Eye", "Hurriyet Daily News", "SANA",
           "Asharq Al-Awsat", "The National", "Voice of America", "Deutsche Welle", "Kommersant",
           "Al-Monitor", "Syria Direct", "Enab Baladi", "Interfax", "Yeni Safak", "Press TV"]
DOMAINS = ["themoscowtimes.com", "reuters.com", "telesurenglish.net", "tass.com", "aa.com.tr",
           "aljazeera.com", "dailysabah.com", "rt.com", "sputniknews.com", "france24.com",
           "middleeasteye.net", "hurriyetdailynews.com", "al-monitor.com", "syriadirect.org"]
WIRES = ["Reuters", "AFP", "AP", "Reuters and AFP", "TASS", "Interfax"]
PLACES = ["Idlib", "Aleppo", "Hama", "Saraqib", "Maarat al-Numan", "Ariha", "Jisr al-Shughur", "Bab al-Hawa",
          "Kafr Nabl", "Taftanaz", "Atarib", "Khan Sheikhoun", "Latakia", "Nerab", "Afrin", "Tal Rifaat",
          "Darat Izza", "Sarmin", "Binnish", "al-Eis", "Jabal al-Zawiya", "Kafranbel", "Morek", "Tal Tuqan",
          "Abu al-Duhur", "Maaret Misrin", "Kafr Takharim", "Harem", "Salqin", "Sarmada", "al-Ghab plain",
          "Qalaat al-Madiq", "Kansafra", "Mhambel", "Urum al-Kubra", "al-Bara", "Kafr Halab", "Dana", "Zardana",
          "Hish", "Tramla", "al-Tamanah", "Kurin", "Nayrab", "Miznaz", "Khan al-Asal", "Rashideen"]
CITIES = ["Moscow", "Ankara", "Istanbul", "Damascus", "Geneva", "New York", "Brussels", "Tehran", "Sochi",
          "Kiev", "Berlin", "Paris", "Beirut", "Amman", "Doha", "Munich", "Astana"]
COUNTRIES = ["Russia", "Turkey", "Syria", "Iran", "the United States", "France", "Germany", "Qatar"]
PARTIES = ["Russian forces", "Turkish troops", "the Syrian army", "government forces", "rebel fighters",
           "Hayat Tahrir al-Sham militants", "Iran-backed militias", "Turkish-backed rebels",
           "Russian aircraft", "Syrian government aircraft", "opposition groups", "armed groups",
           "jihadist fighters", "pro-government militias", "Russian military police", "Turkish artillery",
           "terrorist groups", "the Syrian air force", "militants of the former Nusra Front",
           "Turkish special forces", "Russian-backed units", "Syrian and Russian warplanes",
           "the National Liberation Front", "Kurdish-led forces", "Turkish commandos"]
TARGETS = ["civilian areas", "a hospital in {p}", "the Hmeymim air base", "Turkish observation posts",
           "residential districts of {p}", "a market in {p}", "positions of the Syrian army near {p}",
           "a convoy near {p}", "the M4 highway", "the M5 highway", "schools and mosques in {p}",
           "camps for displaced people near {p}", "a bakery in {p}", "Ankara's observation posts near {p}",
           "the army's positions south of {p}", "the Observatory's office in {p}", "a water station near {p}",
           "the outskirts of {p}", "villages south of {p}", "a Turkish military post at {p}",
           "the de-escalation zone around {p}", "a Syrian-Turkish border crossing", "a field hospital in {p}"]
VPS = [
    "had shelled {t}", "had struck {t} with rockets", "were preparing an offensive against {p}",
    "had violated the ceasefire {n} times in {period}", "were not responsible for the displacement of civilians from {p}",
    "had moved {n} armoured vehicles into {p}", "were using civilians in {p} as human shields",
    "had failed to separate moderate opposition groups from terrorists in {p}",
    "would continue to support {party2}", "had blocked the humanitarian corridor at {p}",
    "had killed {n} civilians in {p}", "were ready to resume talks on {p}",
    "had launched drones at {t}", "had seized {n} villages near {p}", "had withdrawn from {p}",
    "had sent {n} trucks of ammunition across the border to {p}", "were targeting {t}",
    "had opened fire on {t}", "had broken through the defences of {party2} near {p}",
    "were holding {n} people hostage in {p}", "had set up {n} new checkpoints around {p}",
    "had carried out {n} air strikes on {p}", "had flouted the Sochi agreement in {p}",
    "were obstructing the delivery of aid to {p}", "had evacuated {n} wounded fighters from {p}",
]
PERIODS = ["the past 24 hours", "the past week", "the last ten days", "February", "the past month",
           "a single night", "the last 48 hours", "recent weeks"]
TIMES = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
         "last week", "overnight", "earlier this month", "in recent days", "late on Wednesday",
         "at dawn on Thursday", "on February 20", "on February 15", "on March 1", "this week",
         "since early February", "in the past 24 hours", "on Tuesday evening"]
CONSEQUENCES = ["forcing thousands of civilians to flee towards the Turkish border",
                "according to local activists", "killing at least {n} people",
                "a monitoring group said", "the latest in a series of clashes",
                "drawing condemnation from aid agencies", "as talks in {c} stalled",
                "leaving {n} families without shelter", "witnesses told reporters by phone",
                "in what residents described as the heaviest bombardment in weeks"]
INF_GER = [("shell", "shelling"), ("attack", "attacking"), ("block", "blocking"), ("target", "targeting"),
           ("bomb", "bombing"), ("arm", "arming"), ("supply", "supplying"), ("protect", "protecting"),
           ("evacuate", "evacuating"), ("besiege", "besieging"), ("provoke", "provoking")]
OBJECTS = ["civilians", "humanitarian convoys", "our servicemen", "the observation posts",
           "the de-escalation zone", "residential areas", "the M4 highway", "terrorist groups",
           "medical facilities", "refugee camps", "the border crossings", "aid workers"]
ADJS = ["very alarming", "extremely dangerous", "unacceptable", "catastrophic", "under control",
        "deteriorating every day", "tense but stable", "worse than at any time since 2018",
        "a direct threat to our troops", "a humanitarian disaster"]
DIRECT = [
    "We will not allow {party} to {inf} {obj} in {p}",
    "The situation in {p} is {adj}",
    "{Party} must stop {ger} {obj} around {p}",
    "There is no evidence that {clause}",
    "Our position has not changed: {party} must leave {p}",
    "This is the responsibility of {side}",
    "More than {n} people have fled {p} since {time2}",
    "We call on {party} to stop {ger} {obj} immediately",
    "Nobody can accuse {party} of {ger} {obj} in {p}",
    "We have already begun our actions in {p}, and we will not stop until {party} {vp}",
    "It is easier to blame {country} than to admit that {clause}",
    "What happens in {p} can only be described as {adj2}",
    "Our soldiers in {p} will respond to any attack by {party}",
    "The real reason for the crisis in {p} is that {clause}",
    "We have recorded {n} violations of the ceasefire by {party} in {period}",
    "The roads out of {p} are open and {n} people left through the corridor {time}",
    "{Party} {vp}, and that is a fact",
    "Information about {n} refugees heading from {p} to the border is untrue",
    "We don't negotiate with {party}, and we won't accept their conditions in {p}",
    "Turkey's proposals on {p} do not suit us",
    "It's {adj}, and we won't hide it",
    "Ankara's troops in {p} are a legitimate target for {party}",
    "We don't accept Moscow's account of what happened in {p} {time}",
]
ADJ2 = ["a war", "a massacre", "an invasion", "a provocation", "a humanitarian catastrophe", "ethnic cleansing"]
SIDES = ["the Turkish side", "the Russian side", "Damascus", "Ankara", "the guarantor states", "the militants"]
SHORT_QUOTES = ["a highly dangerous tendency", "only a matter of time", "a gross violation of international law",
                "making final warnings", "could not reach a breakthrough", "a rare admission of casualties",
                "partially and completely false", "a worst-case scenario", "an act of aggression",
                "a horrifying new level", "absolutely unacceptable", "a legitimate target"]
SUBHEADINGS = ["People fleeing", "Non-fulfillment", "Talks in Moscow", "The strike of the Russian VKS",
               "Humanitarian corridors", "A tense border", "Observation posts", "Sochi deal under strain",
               "What comes next", "Air strikes resume", "Diplomatic contacts", "Refugees at the border"]
PULL_QUOTES = ["No evidence exists", "Terrorists block all exit routes", "A matter of time",
               "We will respond", "The roads are open", "A very alarming situation"]
CAPTION_NAMES = ["Omar Haj Kador", "Aaref Watad", "Ghaith Alsayed", "Khalil Ashawi", "Izettin Kasim", "Bakr Alkasem"]
AGENCIES = ["AFP", "Reuters", "Anadolu Agency", "AP", "Getty Images", "SANA"]
TOPICS = ["humanitarian-crisis", "responsibility", "ceasefire", "sochi-agreement", "turkish-military",
          "russian-military", "civilian-casualties", "refugees", "humanitarian-corridors", "air-strikes",
          "terrorism", "observation-posts", "diplomacy", "border-crossings", "chemical-weapons",
          "hospitals", "displacement", "negotiations", "international-law", "casualty-figures",
          "disinformation", "m4-highway", "drone-attacks", "military-police", "aid-deliveries"]
TITLE_VERBS = [("Accuses", "of Breaking {x} Deals"), ("Says", "Must Stop Fighting in {P}"),
               ("Denies", "Role in {P} Strikes"), ("Warns", "over Offensive in {P}"),
               ("Blames", "for Escalation in {P}"), ("Rejects", "Claims about {P} Refugees"),
               ("Urges", "to Open Corridors out of {P}"), ("Sends Reinforcements to", "Border near {P}")]
TITLE_SUBJECTS = ["Russia", "Turkey", "Kremlin", "Moscow", "Ankara", "Damascus", "Erdogan", "Putin",
                  "Syrian Army", "Russian Military", "U.N.", "Rebels", "Iran", "Aid Agencies", "NATO"]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def yq(value: str) -> str:
    """A YAML scalar for ``value``: plain when that is safe, else double-quoted."""
    if (value and value[0].isalnum() and value == value.strip() and "\n" not in value and "\r" not in value
            and ": " not in value and " #" not in value and not value.endswith(":") and "\t" not in value):
        return value
    return json.dumps(value, ensure_ascii=False)


def folded(value: str, indent: str) -> str:
    """``>-`` block for a one-paragraph text (plain words, no leading spaces)."""
    lines, cur = [], ""
    for word in value.split(" "):
        if cur and len(cur) + 1 + len(word) > 78:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return ">-\n" + "".join(f"{indent}{line}\n" for line in lines)


# --------------------------------------------------------------------------------------------
# Actors

@dataclass
class Actor:
    id: str
    name: str
    kind: str
    affiliation: str
    aliases: list[str]
    title: str  # prenominal title for persons ("Kremlin spokesman"), "" for bodies
    text: str  # how the text names it the first time
    short: str  # how the text names it later
    roles: list[tuple[str, str, str]] = field(default_factory=list)
    note: str = ""


def make_actors(rng: random.Random, persons: int) -> list[Actor]:
    actors: list[Actor] = []
    for name, aliases, kind, aff, text in ORGS:
        actors.append(Actor(slugify(name), name, kind, aff, list(aliases), "", text,
                            aliases[0] if aliases and not aliases[0].startswith("the ") else text))
    for name, ident in FACT_CHECKERS:
        actors.append(Actor(ident, name, "organisation", "media", [], "", name, name,
                            note="A fact-checker whose ratings appear in the corpus."))
    seen = {a.id for a in actors}
    affs = list(PERSON_TITLES)
    while len(actors) < len(ORGS) + len(FACT_CHECKERS) + persons:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        ident = slugify(name)
        if ident in seen:
            continue
        seen.add(ident)
        aff = rng.choice(affs)
        title = rng.choice(PERSON_TITLES[aff])
        aliases = [last] + ([f"{title.split()[-1].capitalize()} {last}"] if rng.random() < 0.3 else [])
        roles = []
        if rng.random() < 0.6:
            start = f"{rng.randint(2008, 2019)}-{rng.randint(1, 12):02d}"
            until = rng.choice(["", "unknown", f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}"])
            roles.append((title, start, until))
        note = f"Also transliterated {last[:-1]}y." if rng.random() < 0.1 else ""
        actors.append(Actor(ident, name, "person", aff, aliases, title, f"{title} {name}", last, roles, note))
    return actors


def actors_yaml(actors: list[Actor]) -> str:
    out = ["# Synthetic actors for the scale benchmark (bench/scale.py).", "actors:"]
    for a in actors:
        out += [f"  - id: {a.id}", f"    name: {yq(a.name)}", f"    kind: {a.kind}", f"    affiliation: {yq(a.affiliation)}"]
        if a.aliases:
            out.append("    aliases:")
            out += [f"      - {yq(x)}" for x in a.aliases]
        if a.roles:
            out.append("    roles:")
            for title, start, until in a.roles:
                out += [f"      - title: {yq(title)}", f"        from: {start}", f"        until: {yq(until) if until else chr(34) * 2}"]
        if a.note:
            out.append(f"    note: {yq(a.note)}")
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Sources

@dataclass
class Unit:
    """A quotable passage: unique in its source."""

    text: str  # as typed by someone copying it on one line (single spaces)
    kind: str  # direct | reported
    speaker: str  # actor id
    gist: str  # a clause to title a claim with
    pasted: str | None = None  # as the file has it, when a hard wrap changed it (set once laid out)


@dataclass
class Source:
    index: int
    stem: str
    id: str
    title: str
    outlet: str
    date: str  # sidecar date (partial)
    text: str
    sidecar: str
    units: list[Unit]
    wrapped: bool
    paragraphs: list[str]  # body paragraphs (one line each), for the Hugo page
    factcheck: tuple[str, str] | None = None  # (reviewer id, rating) when a rating is in the text


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


def wrap(paragraph: str, width: int, rng: random.Random, hyphen_p: float, indent_p: float) -> tuple[str, dict[int, str]]:
    """Hard-wrap one paragraph: breaks at spaces, sometimes inside hyphenated words (al-\\nAssad).

    Returns the wrapped text and its edits: paragraph index -> what replaces that character.
    """
    edits: dict[int, str] = {}
    length = 0  # of the current line
    pos = 0  # index in paragraph of the current word
    for word in paragraph.split(" "):
        if pos == 0:
            length = len(word)
        elif length + 1 + len(word) <= width:
            length += 1 + len(word)
        else:
            cut = word.find("-", 1)
            indent = " " if rng.random() < indent_p else ""
            if 0 < cut < len(word) - 1 and word[cut - 1].isalpha() and word[cut + 1].isalpha() \
                    and rng.random() < hyphen_p and length + 1 + cut + 1 <= width + 3:
                edits[pos + cut] = "-\n" + indent
                length = len(indent) + len(word) - cut - 1
            else:
                edits[pos - 1] = "\n" + indent
                length = len(indent) + len(word)
        pos += len(word) + 1
    return apply_edits(paragraph, 0, len(paragraph), edits), edits


def apply_edits(text: str, start: int, end: int, edits: dict[int, str]) -> str:
    out, at = [], start
    for i in sorted(k for k in edits if start <= k < end):
        out.append(text[at:i])
        out.append(edits[i])
        at = i + 1
    out.append(text[at:end])
    return "".join(out)


def make_date(rng: random.Random) -> dt.date:
    return dt.date(2019, 4, 1) + dt.timedelta(days=rng.randrange(366))


def make_title(rng: random.Random, used: set[str]) -> str:
    while True:
        subject = rng.choice(TITLE_SUBJECTS)
        verb, rest = rng.choice(TITLE_VERBS)
        other = rng.choice([s for s in TITLE_SUBJECTS if s != subject])
        place = rng.choice([p for p in PLACES if "al-" not in p and " " not in p])
        rest = rest.replace("{P}", place).replace("{x}", rng.choice(["Syria", "Sochi", "Astana", "Ceasefire"]))
        extra = rng.choice(["", "", f" after {rng.randint(2, 60)} Killed", " as Talks Stall",
                            f" on Day {rng.randint(2, 90)} of Offensive", " Despite Warnings"])
        title = title_case(f"{subject} {verb} {other} {rest}{extra}")
        if title not in used:
            used.add(title)
            return title


def make_source(index: int, seed: int, actors: list[Actor], fact_checkers: list[Actor],
                used_titles: set[str], used_ids: set[str]) -> Source:
    rng = random.Random(f"{seed}-source-{index}")
    curly = rng.random() < 0.6
    wrapped = rng.random() < 0.5
    crlf = rng.random() < 0.03
    date = make_date(rng)
    title = make_title(rng, used_titles)
    outlet = rng.choice(OUTLETS)
    w = Writer(rng, actors, curly)
    header_style = rng.choice("ABCDE")  # A: byline+date, B: numeric date, C: video chrome, D: wrapped title, E: none
    target = rng.randint(3000, 6000)
    factcheck = None
    if rng.random() < 0.03:
        fc = rng.choice(fact_checkers)
        factcheck = (fc.id, rng.choice(RATINGS))
        outlet = fc.name

    head: list[str] = []
    byline = ""
    dateline = ""
    url = ""
    sidecar_date = date.isoformat()
    date_note = ""
    if header_style == "A":
        head.append("\n\n" + title)
        if rng.random() < 0.7:
            byline = rng.choice(WIRES)
            head.append(f"By [{byline}](#)" if rng.random() < 0.7 else f"By {byline}")
        dateline = f"{MONTHS[date.month - 1]} {date.day}, {date.year}" if rng.random() < 0.6 else f"{date.day} {MONTHS[date.month - 1]} {date.year}"
        head.append(dateline + "\n\n")
        date_note = f'The date line reads "{dateline}".'
    elif header_style == "B":
        head.append("\n" + title)
        dateline = f"{date.day:02d}/{date.month:02d}/{date.year}" if rng.random() < 0.7 else date.isoformat()
        head.append(dateline + "\n\n")
        date_note = (f"The date line reads {dateline}; read as day/month, the outlet's convention, which the weekdays in the text fit."
                     if "/" in dateline else f"The date line reads {dateline}.")
    elif header_style == "C":
        head += ["Accessibility links", "Breaking News", title, f"{title}\nplease wait",
                 "No media source currently available",
                 f"0:00 0:{rng.randint(0, 5):02d}:{rng.randint(0, 59):02d} 0:00",
                 f"{title} video by {rng.choice(CAPTION_NAMES)}."]
        sidecar_date = date.isoformat()[:7]
        date_note = "No date line. The events it reports place it in this month."
    elif header_style == "D":
        words = title.split(" ")
        cuts = [i for i in range(2, len(words) - 1) if words[i][:1].isupper() and words[i].lower() not in SMALL_WORDS]
        if cuts:
            i = rng.choice(cuts)
            head.append(" " + " ".join(words[:i]) + "\n" + " ".join(words[i:]))
        else:
            head.append(title)
        sidecar_date = date.isoformat()[:7] if rng.random() < 0.7 else str(date.year)
        date_note = f'No date line; "{rng.choice(TIMES)}" and the events it reports date it no closer than this.'
    else:  # E: no title in the file; the sidecar supplies one
        sidecar_date = date.isoformat()
        date_note = f"No date line. The text gives the day of the events it reports ({MONTHS[date.month - 1]} {date.day})."

    body: list[str] = []  # paragraphs (one line each)
    units: list[Unit] = []
    plain: set[str] = set()  # paragraphs used only once in wrapping (not quoted)
    lead = w.narrative()
    if header_style == "E":
        lead = f"The situation in northwest Syria remained tense {rng.choice(TIMES)}. {lead}"
    body.append(lead)
    if rng.random() < 0.2:
        body.append(f"{w.narrative()[:-1]}. **{rng.choice(ORGS)[0]}**")
        plain.add(body[-1])
    size = len(title) + len(lead)
    extras_done = set()
    if factcheck:
        body.append(f"The claim is {factcheck[1].lower()}.")
        plain.add(body[-1])
    par_units: dict[int, list[Unit]] = {}  # body index -> the units in that paragraph
    while size < target:
        r = rng.random()
        here: list[Unit] = []
        if r < 0.38:
            sents = []
            for _ in range(rng.choice((1, 1, 2))):
                s, u = w.reported()
                sents.append(s)
                here.append(u)
            if rng.random() < 0.4:
                sents.append(w.narrative())
            par = " ".join(sents)
        elif r < 0.76:
            sents = []
            if rng.random() < 0.3:
                sents.append(w.narrative())
            s, u = w.direct()
            sents.append(s)
            here.append(u)
            par = " ".join(sents)
        elif r < 0.92:
            par = " ".join(w.narrative() for _ in range(rng.choice((1, 2, 3))))
            plain.add(par)
        else:
            k = rng.randrange(5)
            if k == 0 and "sub" not in extras_done:
                par = rng.choice(SUBHEADINGS)
                extras_done.add("sub")
            elif k == 1 and "pull" not in extras_done:
                par = f"{w.oq}{rng.choice(PULL_QUOTES)}{w.cq}"
                extras_done.add("pull")
            elif k == 2:
                label = rng.choice(["Related article:", "RELATED:", "Read more:"])
                par = f"{label} [{make_title(rng, set())}](#)"
            elif k == 3 and "caption" not in extras_done:
                par = "\n".join(f"  • {x}" for x in (rng.choice(["Turkish Armed Forces", "Syrian army", "Russian Defence Ministry"]),
                                                    rng.choice(AGENCIES), f"© {rng.choice(CAPTION_NAMES)}"))
                extras_done.add("caption")
            else:
                par = w.narrative()
            plain.add(par)
        body.append(par)
        units += here
        par_units[len(body) - 1] = here
        size += len(par) + 2
    if rng.random() < 0.1:
        body.append(f"* {rng.choice(['Hayat Tahrir al-Sham', 'The Nusra Front'])} is banned in Russia as a terrorist organisation.")
        plain.add(body[-1])
    if header_style == "A" and rng.random() < 0.5:
        url = f"https://www.{rng.choice(DOMAINS)}/{date.year}/{date.month:02d}/{date.day:02d}/{slugify(title)}-a{rng.randint(10000, 99999)}"
        tail = ["Original url:", f"<{url}>"]
    else:
        tail = []
    damaged = rng.random() < 0.05

    # lay out: header, body (wrapped or not), tail
    width = rng.randint(82, 95)
    out_pars = []
    for i, par in enumerate(body):
        if wrapped and "\n" not in par and not par.startswith(("RELATED", "Related", "Read more")):
            text, edits = wrap(par, width, rng, hyphen_p=0.7, indent_p=0.03)
            for u in par_units.get(i, ()):
                at = par.find(u.text)
                if at >= 0:
                    u.pasted = apply_edits(par, at, at + len(u.text), edits)
            if par in plain and rng.random() < 0.15 and "\n" in text:  # a stray blank line mid-sentence
                cut = text.index("\n")
                nxt = text[cut + 1:cut + 2]
                if nxt.islower():
                    text = text[:cut] + "\n\n" + text[cut + 1:]
            out_pars.append(text)
        else:
            out_pars.append(par)
    if damaged:
        out_pars[-1] += "???????"
    text = "\n\n".join(head + out_pars + tail)
    if rng.random() < 0.3:
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
        for u in units:
            if u.pasted:
                u.pasted = u.pasted.replace("\n", "\r\n")

    # keep only units unique in the source (normalized, as the anchoring compares)
    ntext = normalize_text(text)
    kept, seen = [], set()
    for u in units:
        key = normalize_text(u.text).strip(" \"'")
        if key and key not in seen and ntext.count(key) == 1:
            seen.add(key)
            kept.append(u)

    base = "-".join(slugify(title).split("-")[:4])
    sid = f"{base}-{sidecar_date}"
    k = 2
    while sid in used_ids:
        sid = f"{base}-{sidecar_date}-{k}"
        k += 1
    used_ids.add(sid)
    stem = f"{index:05d}_{hashlib.sha256(text.encode()).hexdigest()[:16]}"
    side = [f"# Sidecar for {stem}.txt (the article file is evidence: never edit it).", f"id: {sid}",
            f"outlet: {yq(outlet)}"]
    if rng.random() < 0.4:
        side.append("outlet_note: " + folded(f"Not named in the file; attributed from the house style of its {rng.choice(['RELATED: links', 'video player', 'captions', 'byline'])} and the archive it came from.", "  ").rstrip("\n"))
    if byline:
        side.append(f"byline: {yq(byline)}")
    side += [f"title: {yq(title)}", f"date: {sidecar_date}", "date_note: " + folded(date_note, "  ").rstrip("\n"),
             f"url: {url if url else chr(34) * 2}", "language: en"]
    if rng.random() < 0.05:
        side.append("review: false")
    return Source(index, stem, sid, title, outlet, sidecar_date, text, "\n".join(side) + "\n", kept, wrapped,
                  [p for p in body], factcheck)


# --------------------------------------------------------------------------------------------
# Claims

def typo(rng: random.Random, quote: str, count: int) -> str:
    """``count`` one-letter typos in different interior words of four letters or more."""
    words = quote.split(" ")
    choices = [i for i in range(1, len(words) - 1) if len(words[i]) >= 4 and words[i].isalpha()]
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


# --------------------------------------------------------------------------------------------
# The project

@dataclass
class Project:
    root: Path
    actors: list[Actor]
    sources: list[Source]
    claims: list[Claim]
    seconds: float


PYPROJECT = """[tool.idlibsite]
title = "Synthetic scale corpus"
base_url = "https://scale.example.org/"
language = "en"
corpus = "corpus"
claims = "claims"
templates = "templates"
output = "site"
"""


def generate(root: Path, n: int, per_source: int, seed: int) -> Project:
    started = time.perf_counter()
    rng = random.Random(seed)
    actors = make_actors(rng, persons=300)
    fact_checkers = [a for a in actors if a.id in {i for _, i in FACT_CHECKERS}]
    speakers = [a for a in actors if a not in fact_checkers]
    used_titles: set[str] = set()
    used_ids: set[str] = set()
    sources = [make_source(i, seed, speakers, fact_checkers, used_titles, used_ids) for i in range(n)]
    maker = ClaimMaker(seed, sources, speakers)
    claims = [c for s in sources for c in maker.claims_for(s, per_source)]
    (root / "corpus").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    for s in sources:
        write_source(root, s)
    (root / "claims" / "actors.yaml").write_text(actors_yaml(actors), "utf-8")
    for c in claims:
        (root / "claims" / f"{c.id}.yaml").write_text(claim_yaml(c), "utf-8")
    return Project(root, actors, sources, claims, time.perf_counter() - started)


def write_source(root: Path, s: Source) -> None:
    (root / "corpus" / f"{s.stem}.txt").write_bytes(s.text.encode("utf-8"))
    (root / "corpus" / f"{s.stem}.yaml").write_text(s.sidecar, "utf-8")


# --------------------------------------------------------------------------------------------
# The equivalent Hugo site

HUGO_CONFIG = """baseURL = "https://scale.example.org/"
title = "Synthetic scale corpus"
languageCode = "en"
disableKinds = ["taxonomy", "term"]
rssLimit = 50
[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
page = ["HTML"]
[markup.goldmark.renderer]
unsafe = true
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ site.Title }}</title>
<meta name="description" content="{{ with .Params.description }}{{ . }}{{ else }}Who said what, each statement traced to the exact words of its source.{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "static/site.css" | relURL }}">
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ block "head" . }}{{ end }}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><p class="site-title"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<nav aria-label="Site"><ul>
<li><a href="{{ "/" | relURL }}">Claims</a></li><li><a href="{{ "timeline/" | relURL }}">Timeline</a></li>
<li><a href="{{ "actors/" | relURL }}">Actors</a></li><li><a href="{{ "sources/" | relURL }}">Sources</a></li>
<li><a href="{{ "about/" | relURL }}">Method</a></li><li><a href="{{ "search/" | relURL }}">Search</a></li>
</ul></nav></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer class="site"><p>Built from archived articles and hand annotations. The archived text is evidence and never edited.</p></footer>
</body>
</html>
""",
    "partials/statement.html": """<article class="statement side-{{ .s.side }}" id="{{ if .show_claim }}{{ .s.claim }}--{{ end }}{{ .s.id }}">
  <header>
    <p class="speaker"><a href="{{ printf "actors/%s/" .s.speaker | relURL }}">{{ .s.speaker_name }}</a>{{ with .s.role }}<span class="role">, {{ . }}</span>{{ end }}</p>
    <p class="meta"><span class="kind kind-{{ .s.kind }}">{{ if eq .s.kind "direct" }}Direct quotation{{ else }}Reported speech{{ end }}</span> · said <time datetime="{{ .s.said }}">{{ .s.said }}</time>{{ if lt (len .s.said) 10 }} <span class="precision">(month only)</span>{{ end }}{{ with .s.said_note }} <span class="note">({{ . }})</span>{{ end }}</p>
    {{- if .show_claim }}
    <p class="on-claim">On: <a href="{{ printf "claims/%s/" .s.claim | relURL }}">{{ .s.claim_title }}</a> ({{ .s.side }})</p>
    {{- end }}
  </header>
  <blockquote cite="{{ printf "sources/%s/" .s.source | absURL }}">
    <p>{{ .s.before }}<mark>{{ .s.quote }}</mark>{{ .s.after }}</p>
  </blockquote>
  <footer>
    <p class="source">{{ .s.outlet }}, <cite>{{ .s.source_title }}</cite>, <time datetime="{{ .s.source_date }}">{{ .s.source_date }}</time></p>
    <p class="links"><a href="{{ printf "sources/%s/" .s.source | relURL }}#{{ .s.span }}">See it in the source</a>{{ if not .show_claim }} · <a href="#{{ .s.id }}" aria-label="Permalink to this statement by {{ .s.speaker_name }}">Permalink</a>{{ end }}</p>
  </footer>
</article>
""",
    "claims/single.html": """{{ define "head" }}<script type="application/ld+json">{{ dict "@type" "Claim" "name" .Title "text" .Params.assertion "url" .Permalink "statements" .Params.statements | jsonify | safeJS }}</script>{{ end }}
{{ define "main" }}<article class="claim" data-pagefind-body>
<header class="claim-head">
  <p class="crumbs"><a href="{{ "/" | relURL }}">Claims</a> › {{ range $i, $t := .Params.topics }}{{ if $i }}, {{ end }}<a href="{{ "/" | relURL }}#topic-{{ $t }}">{{ $t | humanize }}</a>{{ end }}</p>
  <h1>{{ .Title }}</h1>
  <dl class="facts">
    <div><dt>Asserted by</dt><dd><a href="{{ printf "actors/%s/" .Params.actor | relURL }}">{{ .Params.actor_name }}</a></dd></div>
    <div><dt>Date</dt><dd><time datetime="{{ .Params.claim_date }}">{{ .Params.claim_date }}</time></dd></div>
    <div><dt>Status</dt><dd><span class="status status-{{ .Params.status }}">{{ .Params.status | humanize }}</span> <time datetime="2026-11-22">22 November 2026</time>: {{ .Params.status_note }}</dd></div>
    <div><dt>Evidence</dt><dd><span class="badge">{{ .Params.evidence }}</span> <span class="counts">{{ len .Params.statements }} statements</span></dd></div>
  </dl>
</header>
<section class="positions" aria-labelledby="positions-h">
  <h2 id="positions-h" class="visually-hidden">The assertion and the counter-assertion</h2>
  <div class="position position-assertion"><h3>Assertion</h3><p>{{ .Params.assertion }}</p></div>
  <div class="position position-counter"><h3>Counter-assertion</h3><p>{{ .Params.counter }}</p>
  {{- with .Params.counter_actors }}<p class="by">Made by {{ range $i, $a := . }}{{ if $i }}, {{ end }}<a href="{{ printf "actors/%s/" $a.id | relURL }}">{{ $a.name }}</a>{{ end }}</p>{{ end }}</div>
</section>
<section class="sides" aria-labelledby="statements-h">
  <h2 id="statements-h">Statements</h2>
  <div class="columns">
  {{- range $side := slice "assertion" "counter" "context" }}
    <section class="column column-{{ $side }}"><h3>{{ $side | humanize }}</h3>
    {{- range where $.Params.statements "side" $side }}{{ partial "statement.html" (dict "s" . "show_claim" false) }}{{ end }}
    </section>
  {{- end }}
  </div>
</section>
{{ with .Content }}<section class="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2>{{ . }}</section>{{ end }}
<section class="cite" aria-labelledby="cite-h" data-pagefind-ignore>
  <h2 id="cite-h">Cite this</h2>
  <p class="citation">{{ site.Title }}. “{{ .Title }}.” Claim record, version {{ .Params.version }}, last updated 22 November 2026. {{ .Permalink }}</p>
  <dl class="facts">
    <div><dt>Permalink</dt><dd><a href="{{ .Permalink }}">{{ .Permalink }}</a></dd></div>
    <div><dt>Version</dt><dd><code>{{ .Params.version }}</code> (changes when the annotation or any quoted text changes)</dd></div>
    <div><dt>Last updated</dt><dd><time datetime="2026-11-22">22 November 2026</time></dd></div>
  </dl>
</section>
</article>{{ end }}
""",
    "sources/single.html": """{{ define "main" }}<article class="source" data-pagefind-body>
<header>
  <p class="crumbs"><a href="{{ "sources/" | relURL }}">Sources</a></p>
  <h1>{{ .Title }}</h1>
  <dl class="facts">
    <div><dt>Outlet</dt><dd>{{ .Params.outlet }}</dd></div>
    <div><dt>Published</dt><dd><time datetime="{{ .Params.pubdate_text }}">{{ .Params.pubdate_text }}</time> <span class="note">({{ .Params.date_note }})</span></dd></div>
    <div><dt>Original</dt><dd>not known</dd></div>
    <div><dt>Archived file</dt><dd><code>{{ .Params.file }}</code>, SHA-256 <code class="hash">{{ .Params.sha256 }}</code></dd></div>
    <div><dt>Quoted</dt><dd>{{ len .Params.claims }} spans cited by {{ len .Params.claims }} claims: {{ range $i, $c := .Params.claims }}{{ if $i }}; {{ end }}<a href="{{ printf "claims/%s/" $c.id | relURL }}">{{ $c.title }}</a>{{ end }}</dd></div>
  </dl>
</header>
<section class="text" aria-labelledby="text-h">
  <h2 id="text-h">The article as archived</h2>
  <p class="note">Highlighted words are quoted on this site; the numbers after them link to the claims that quote them. Page furniture copied with the article is set apart and marked.</p>
{{ .Content }}
</section>
</article>{{ end }}
""",
    "actors/single.html": """{{ define "main" }}<article class="actor" data-pagefind-body><h1>{{ .Title }}</h1>
<dl class="facts"><div><dt>Kind</dt><dd>{{ .Params.actor_kind }}</dd></div><div><dt>Affiliation</dt><dd>{{ .Params.affiliation }}</dd></div>
<div><dt>Also written</dt><dd>{{ delimit .Params.also ", " }}</dd></div></dl>
<h2>Statements</h2>
{{ range .Params.quotes }}{{ partial "statement.html" (dict "s" . "show_claim" true) }}
{{ end }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<table class="claims"><tbody>{{ range .Pages }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.outlet }}</td><td>{{ .Params.pubdate_text }}</td></tr>
{{ end }}</tbody></table>{{ end }}
""",
    "timeline/list.html": """{{ define "main" }}<h1>Timeline</h1><ol class="timeline">
{{ range (where site.RegularPages "Section" "claims") }}{{ $c := . }}{{ range .Params.statements }}<li><span class="when">{{ .said }}</span> <a href="{{ printf "actors/%s/" .speaker | relURL }}">{{ .speaker_name }}</a> ({{ .kind }}): “{{ .quote }}” — <a href="{{ $c.RelPermalink }}#{{ .id }}">{{ $c.Title }}</a></li>
{{ end }}{{ end }}</ol>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ range (where site.RegularPages "Section" "claims").GroupByParam "topic" }}<section><h2 id="topic-{{ .Key }}">{{ .Key | humanize }}</h2>
<table class="claims"><caption class="visually-hidden">Claims about {{ .Key | humanize }}</caption>
<thead><tr><th scope="col">Claim</th><th scope="col">Asserted by</th><th scope="col">Date</th><th scope="col">Evidence</th><th scope="col">Statements</th></tr></thead>
<tbody>{{ range .Pages }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.actor_name }}<span class="unit">,</span></td><td><time datetime="{{ .Params.claim_date }}">{{ .Params.claim_date }}</time></td><td><span class="badge">{{ .Params.evidence }}</span></td><td>{{ len .Params.statements }}<span class="unit"> statements</span></td></tr>
{{ end }}</tbody></table></section>{{ end }}{{ end }}
""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1><p><a href="/">Claims</a></p>{{ end }}
""",
}


def write_hugo(project: Project, folder: Path) -> None:
    """The same pages as the idlibsite build, with comparable content, as a Hugo site."""
    (folder / "content").mkdir(parents=True)
    (folder / "hugo.toml").write_text(HUGO_CONFIG, "utf-8")
    for name, text in HUGO_LAYOUTS.items():
        path = folder / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    actors = {a.id: a for a in project.actors}
    sources = {s.id: s for s in project.sources}
    by_source: dict[str, list[dict[str, str]]] = {}
    by_actor: dict[str, list[dict[str, str]]] = {}
    cards: dict[str, list[dict[str, str]]] = {}
    for c in project.claims:
        for st in c.statements:
            src = sources[st.source]
            speaker = actors[st.speaker]
            card = {"id": st.id, "claim": c.id, "claim_title": c.title, "speaker": st.speaker,
                    "speaker_name": speaker.name, "role": speaker.title, "source": st.source,
                    "source_title": src.title, "source_date": src.date, "outlet": src.outlet,
                    "before": "", "quote": st.context, "after": "", "kind": st.kind, "side": st.side,
                    "said": st.said, "said_note": st.said_note, "span": "q-" + hashlib.sha1(st.context.encode()).hexdigest()[:8]}
            cards.setdefault(c.id, []).append(card)
            by_source.setdefault(st.source, []).append({"id": c.id, "title": c.title, "quote": st.context,
                                                        "span": card["span"], "speaker": speaker.name})
            by_actor.setdefault(st.speaker, []).append(card)

    def page(path: Path, front: dict[str, object], body: str = "") -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(front, ensure_ascii=False) + "\n" + body, "utf-8")

    content = folder / "content"
    for name, title in (("claims", "Claims"), ("sources", "Sources"), ("actors", "Actors"), ("timeline", "Timeline")):
        page(content / name / "_index.md", {"title": title})
    page(content / "about.md", {"title": "Method", "url": "/about/"}, "How the site is made.\n")
    page(content / "search.md", {"title": "Search", "url": "/search/"}, "Search the claims.\n")
    for c in project.claims:
        page(content / "claims" / f"{c.id}.md", {
            "title": c.title, "aliases": [f"/claims/{a}/" for a in c.aliases], "actor": c.actor,
            "actor_name": actors[c.actor].name, "claim_date": c.date, "status": c.status,
            "status_note": "First published.", "topics": c.topics, "topic": c.topics[0], "assertion": c.assertion,
            "counter": c.counter, "description": c.assertion, "evidence": "Contested",
            "counter_actors": [{"id": a, "name": actors[a].name} for a in c.counter_actors],
            "version": hashlib.sha256(c.id.encode()).hexdigest()[:14], "statements": cards.get(c.id, [])},
            c.notes + "\n")
    for s in project.sources:
        paragraphs = [p.replace("\n", " ") for p in s.paragraphs]
        for cite in by_source.get(s.id, []):  # highlight each quoted span, with a link back
            for i, p in enumerate(paragraphs):
                at = p.find(cite["quote"])
                if at >= 0:
                    mark = (f'<mark id="{cite["span"]}" title="{cite["speaker"]}">{cite["quote"]}</mark>'
                            f'<sup class="cites"><a class="backref" href="../../claims/{cite["id"]}/" '
                            f'aria-label="Quoted on the claim {cite["title"]}">1</a></sup>')
                    paragraphs[i] = p[:at] + mark + p[at + len(cite["quote"]):]
                    break
        page(content / "sources" / f"{s.id}.md", {
            "title": s.title, "outlet": s.outlet, "pubdate_text": s.date, "date_note": "as in the sidecar",
            "file": f"corpus/{s.stem}.txt", "sha256": hashlib.sha256(s.text.encode()).hexdigest(),
            "claims": [{"id": c["id"], "title": c["title"]} for c in by_source.get(s.id, [])]},
            "\n\n".join(paragraphs) + "\n")
    for a in project.actors:
        page(content / "actors" / f"{a.id}.md", {
            "title": a.name, "actor_kind": a.kind, "affiliation": a.affiliation, "also": a.aliases,
            "quotes": by_actor.get(a.id, [])})


# --------------------------------------------------------------------------------------------
# Measuring child processes

@dataclass
class Run:
    command: list[str]
    wall: float  # seconds
    maxrss_mb: float  # largest single process of the tree (GNU time's %M, else wait4's ru_maxrss)
    tree_mb: float  # peak of the summed RSS of the process and its descendants (sampled)
    returncode: int
    stdout: str
    stderr_lines: int
    stderr_head: str


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _tree_rss(pid: int) -> int:
    kids = _children()
    todo, total = [pid], 0
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
        except OSError:
            pass
        todo += kids.get(p, [])
    return total


ENV: dict[str, str] | None = None  # the environment of every child (PYTHONPATH on the snapshot of src/)


def run(command: list[str], log: Path, timeout: float, cwd: Path | None = None) -> Run:
    """Run ``command`` in a fresh process: wall time, peak RSS (wait4 and sampled tree)."""
    out_path, err_path, rss_path = log.with_suffix(".out"), log.with_suffix(".err"), log.with_suffix(".rss")
    # ru_maxrss of a child forked from this (large) process starts at our own size, so
    # the peak is taken by GNU time, a small process, when it is there
    timer = ["/usr/bin/time", "-f", "%M", "-o", str(rss_path)] if os.access("/usr/bin/time", os.X_OK) else []
    command = timer + command
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, cwd=cwd, env=ENV, start_new_session=True)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, 9)  # its own session: the command and whatever it started
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = err_path.read_text("utf-8", "replace")
    lines = stderr.splitlines()
    maxrss_kb = usage.ru_maxrss
    if timer:
        try:
            maxrss_kb = int(rss_path.read_text().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return Run(command, wall, maxrss_kb / 1024, peak[0] / 2**20, proc.returncode,
               out_path.read_text("utf-8", "replace"), len(lines), "\n".join(lines[:15]))


def idlibsite_cmd() -> list[str]:
    return [sys.executable, "-m", "idlibsite"]


def snapshot_package(work: Path) -> Path:
    """Copy src/idlibsite into the work folder and run every child on the copy.

    Others edit src/ while a long run goes on; every figure of one run then
    comes from the same code.
    """
    global ENV
    import idlibsite

    live = Path(idlibsite.__file__).resolve().parent
    target = work / "snapshot"
    shutil.copytree(live, target / "idlibsite", ignore=shutil.ignore_patterns("__pycache__"))
    ENV = dict(os.environ, PYTHONPATH=str(target) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return target


# --------------------------------------------------------------------------------------------
# In-process phase timing (run in a child: ``scale.py _phases ROOT OUTPUT``)

PHASES = [  # (module, function, label); wrapped where the pipeline looks them up
    ("idlibsite.check", "load_corpus", "load corpus (read, cut blocks, sidecars)"),
    ("idlibsite.check", "load_annotations", "load annotations (YAML)"),
    ("idlibsite.check", "references", "check references"),
    ("idlibsite.check", "link", "anchor (link: prepare + anchor)"),
    ("idlibsite.link", "prepare", "  normalize sources (prepare)"),
    ("idlibsite.link", "anchor", "  anchor quotes"),
    ("idlibsite.check", "read_lock", "read lock"),
    ("idlibsite.check", "stealth_edits", "compare with lock"),
    ("idlibsite.check", "_coverage", "coverage (find quotations)"),
    ("idlibsite.build", "plan", "plan pages"),
    ("idlibsite.build", "input_hashes", "hash inputs"),
    ("idlibsite.build", "template_files", "read templates"),
    ("idlibsite.build", "page_keys", "page keys"),
    ("idlibsite.output:Records", "load", "read tree records"),
    ("idlibsite.output:Aside", "reuse", "keep unchanged pages (stat)"),
    ("idlibsite.output:Aside", "put", "write rendered files aside"),
    ("idlibsite.render", "_render", "  Jinja templates"),
    ("idlibsite.output:Aside", "keep_keyed", "keep unchanged search shards"),
    ("idlibsite.build", "search_index", "search index (Pagefind, changed shards)"),
    ("idlibsite.output:Aside", "finish", "finish the site (remove, fsync, swap)"),
    ("idlibsite.build", "snapshot", "lock snapshot"),
    ("idlibsite.build", "write_lock", "write lock"),
    ("idlibsite.output:Records", "save", "save tree records"),
    ("idlibsite.cache:Cache", "commit", "commit cache"),
]


def phases_main(root: str, output: str, full: bool, profile: str, edit: str = "") -> None:
    """Time one build in this process, phase by phase.  With ``edit`` (a claim file), first build
    once untimed, then change that claim's title and time the rebuild with the same Cache, as
    ``idlibsite serve`` does after an edit (the warm-server measure)."""
    import gc
    import importlib
    import inspect

    from idlibsite.build import build
    from idlibsite.cli import GC_THRESHOLDS
    from idlibsite.config import load_config

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line does

    totals: dict[str, float] = {}
    calls: dict[str, int] = {}
    methods: dict[str, list[float]] = {}
    templates: dict[str, float] = {}

    def wrap_fn(module: object, name: str, label: str) -> None:
        fn = getattr(module, name)

        def timed(*args: object, **kwargs: object) -> object:
            t = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - t
                totals[label] = totals.get(label, 0.0) + spent
                calls[label] = calls.get(label, 0) + 1
            if name == "anchor":
                key = getattr(result, "method", None) or f"failed-{getattr(result, 'reason', '?')}"
                methods.setdefault(key, []).append(spent)
            if name == "_render" and len(args) > 1:
                tpl = getattr(args[1], "template", "?")
                templates[tpl] = templates.get(tpl, 0.0) + spent
            return result

        setattr(module, name, timed)

    if not profile:
        for mod, name, label in PHASES:
            mod, _, cls = mod.partition(":")
            module = importlib.import_module(mod)
            target = getattr(module, cls, None) if cls else module
            if target is not None and hasattr(target, name):
                wrap_fn(target, name, label)
    config = load_config(Path(root).resolve(), {"output": output})
    marks: list[tuple[str, float]] = []
    options: dict[str, object] = {"full": full}
    if edit:
        from idlibsite.cache import CACHE_DIR, Cache

        options["cache"] = Cache(config.root / CACHE_DIR, writable=True)
        build(config, **options)  # the server's first build
        totals.clear()
        calls.clear()
        methods.clear()
        templates.clear()
        claim = Path(edit)
        claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited in the server)", claim.read_text("utf-8"),
                                count=1, flags=re.M), "utf-8")
    if "progress" in inspect.signature(build).parameters:
        options["progress"] = lambda phase: marks.append((phase, time.perf_counter()))
    started = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        result = build(config, **options)
        prof.disable()
        total = time.perf_counter() - started
        prof.dump_stats(profile)
        for key in ("cumulative", "tottime"):
            print(f"\n--- cProfile of build(full={full}), sorted by {key} (total {total:.2f} s under the profiler)")
            pstats.Stats(prof).sort_stats(key).print_stats(30)
        return
    result = build(config, **options)
    total = time.perf_counter() - started
    import resource

    ends = [t for _, t in marks[1:]] + [started + total]
    progress = {phase: end - t for (phase, t), end in zip(marks, ends)}

    print(json.dumps({
        "total": total, "pages": result.pages, "rendered": result.rendered, "phases": totals, "calls": calls,
        "progress": progress,
        "templates": templates,
        "anchor_methods": {k: {"n": len(v), "mean_us": 1e6 * sum(v) / len(v), "total": sum(v)} for k, v in methods.items()},
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


# --------------------------------------------------------------------------------------------
# The benchmark

def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, object]:
    def out(*command: str) -> str:
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=30, check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"nproc": out("nproc"), "cpu": next((line.split(":", 1)[1].strip() for line in out("lscpu").splitlines()
                                                  if line.startswith("Model name")), ""),
            "python": sys.version.split()[0], "commit": out("git", "rev-parse", "--short", "HEAD"),
            "dirty_src": out("git", "status", "--short", "--", "src").splitlines()}


def prepare_workdir(args: argparse.Namespace) -> tuple[Path, bool]:
    if args.workdir is None:
        return Path(tempfile.mkdtemp(prefix="idlibsite-scale-")), True
    work = Path(args.workdir).resolve()
    if work.exists() and any(work.iterdir()):
        if not (work / MARKER).exists():
            sys.exit(f"bench/scale.py: {work} is not empty and was not made by this script; choose another --workdir")
        for entry in work.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    work.mkdir(parents=True, exist_ok=True)
    return work, False


def html_sizes(folder: Path) -> dict[str, tuple[int, int]]:
    """(count, bytes) of HTML files per top folder (claims, sources, actors, other)."""
    out: dict[str, list[int]] = {}
    for path in folder.rglob("*.html"):
        rel = path.relative_to(folder).parts
        kind = rel[0] if len(rel) > 2 and rel[0] in ("claims", "sources", "actors") else "other"
        entry = out.setdefault(kind, [0, 0])
        entry[0] += 1
        entry[1] += path.stat().st_size
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_phases"]:  # _phases ROOT OUTPUT full|incremental [PROFILE]  or  _phases ROOT OUTPUT warm CLAIM
        if argv[3] == "warm":
            phases_main(argv[1], argv[2], False, "", argv[4])
        else:
            phases_main(argv[1], argv[2], argv[3] == "full", argv[4] if len(argv) > 4 else "")
        return 0
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, default=20200213)
    p.add_argument("--sources", type=int, default=1000, help="number of sources (default 1000)")
    p.add_argument("--claims-per-source", type=int, default=3, help="claims per source (default 3, at least 3)")
    p.add_argument("--workdir", help="work folder (default: a new temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    p.add_argument("--generate-only", action="store_true", help="generate the project and stop")
    p.add_argument("--skip-hugo", action="store_true")
    p.add_argument("--profile", action="store_true", help="also profile the full build with cProfile")
    p.add_argument("--timeout", type=float, default=3600, help="seconds allowed per command (default 3600)")
    p.add_argument("--five-root", default=str(ROOT), help="the five-article project to copy (default: this repository)")
    args = p.parse_args(argv)
    if args.claims_per_source < 3:
        p.error("--claims-per-source must be at least 3")
    if args.sources < 1:
        p.error("--sources must be at least 1")
    work, temporary = prepare_workdir(args)
    (work / MARKER).write_text("made by bench/scale.py; cleared on the next run\n", "utf-8")
    results: dict[str, object] = {"seed": args.seed, "sources": args.sources, "claims_per_source": args.claims_per_source,
                                  "workdir": str(work), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                                  "machine": machine()}
    try:
        code = bench(args, work, results)
    finally:
        (work / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
        if temporary and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"work folder kept: {work} (results.json there)")
    return code


def bench(args: argparse.Namespace, work: Path, results: dict[str, object]) -> int:
    cmd = idlibsite_cmd()
    snapshot = snapshot_package(work)
    check_snapshot = subprocess.run([sys.executable, "-c", "import idlibsite; print(idlibsite.__file__)"],
                                    capture_output=True, text=True, env=ENV, check=False).stdout.strip()
    if not check_snapshot.startswith(str(snapshot)):
        print(f"bench/scale.py: the children do not import the snapshot ({check_snapshot})", file=sys.stderr)
        return 1
    logs = work / "logs"
    logs.mkdir()
    project_root = work / "project"
    log(f"generating {args.sources} sources, {args.claims_per_source} claims per source in {project_root}")
    project = generate(project_root, args.sources, args.claims_per_source, args.seed)
    statements = [s for c in project.claims for s in c.statements]
    variants: dict[str, int] = {}
    for s in statements:
        variants[s.variant] = variants.get(s.variant, 0) + 1
    corpus_bytes = sum(len(s.text.encode()) for s in project.sources)
    results["generated"] = {
        "seconds": project.seconds, "sources": len(project.sources), "actors": len(project.actors),
        "claims": len(project.claims), "statements": len(statements), "variants": dict(sorted(variants.items())),
        "corpus_bytes": corpus_bytes, "wrapped_sources": sum(s.wrapped for s in project.sources),
        "verdicts": sum(c.verdict is not None for c in project.claims),
    }
    log(f"generated in {project.seconds:.1f} s: {len(project.claims)} claims, {len(statements)} statements "
        f"({', '.join(f'{k} {v}' for k, v in sorted(variants.items()))}), corpus {corpus_bytes / 1e6:.1f} MB")
    if args.generate_only:
        return 0

    log("idlibsite check")
    r = run(cmd + ["--root", str(project_root), "check"], logs / "check", args.timeout)
    summary = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    results["check"] = {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "returncode": r.returncode, "summary": summary}
    log(f"check: exit {r.returncode} in {r.wall:.1f} s; {summary}")
    if r.returncode != 0:
        errors = [line for line in r.stdout.splitlines() if ": warning:" not in line and re.match(r"\S+:\d+", line)]
        print("idlibsite check failed on the generated project:", *errors[:20], r.stderr_head, sep="\n", file=sys.stderr)
        return 1

    log("idlibsite build --full (fresh process, empty site/)")
    r = run(cmd + ["--root", str(project_root), "build", "--full", "-q"], logs / "build-full", args.timeout)
    if r.returncode != 0:
        print("idlibsite build failed:", r.stderr_head, sep="\n", file=sys.stderr)
        return 1
    site = project_root / "site"
    sizes = html_sizes(site)
    pages = sum(n for n, _ in sizes.values())
    results["idlibsite_full"] = {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "tree_mb": r.tree_mb, "pages": pages,
                                 "pages_per_s": pages / r.wall, "html_sizes": sizes,
                                 "files": sum(1 for p in site.rglob("*") if p.is_file()),
                                 "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
                                 "warnings_printed": r.stderr_lines}
    log(f"full build: {pages} pages in {r.wall:.1f} s = {pages / r.wall:.0f} pages/s; peak RSS {r.maxrss_mb:.0f} MB "
        f"(process tree {r.tree_mb:.0f} MB)")

    def rebuild(label: str) -> dict[str, object]:
        r = run(cmd + ["--root", str(project_root), "build"], logs / label, args.timeout)
        if r.returncode != 0:
            print(f"{label} failed:", r.stderr_head, sep="\n", file=sys.stderr)
        line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
        log(f"{label}: {r.wall:.2f} s, peak RSS {r.maxrss_mb:.0f} MB; {line}")
        return {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "returncode": r.returncode, "report": line}

    results["rebuild_nothing_changed"] = rebuild("rebuild-nothing-changed")

    # add one source and a claim quoting it
    rng = random.Random(f"{args.seed}-added")
    fact_checkers = [a for a in project.actors if a.id in {i for _, i in FACT_CHECKERS}]
    speakers = [a for a in project.actors if a not in fact_checkers]
    new = make_source(args.sources, args.seed + 1, speakers, fact_checkers, {s.title for s in project.sources},
                      {s.id for s in project.sources})
    write_source(project_root, new)
    maker = ClaimMaker(args.seed + 1, [new], speakers)
    maker.used_ids = {c.id for c in project.claims}
    added = maker.claims_for(new, 1)
    for c in added:
        (project_root / "claims" / f"{c.id}.yaml").write_text(claim_yaml(c), "utf-8")
    results["rebuild_add_source"] = rebuild("rebuild-add-source")

    # edit one claim's title
    victim = project.claims[rng.randrange(len(project.claims))]
    path = project_root / "claims" / f"{victim.id}.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace(f"title: {yq(victim.title)}\n", f"title: {yq(victim.title + ' (edited)')}\n", 1), "utf-8")
    results["rebuild_edit_claim"] = rebuild("rebuild-edit-claim")

    log("warm server: a build, then one claim edited and rebuilt in the same process with the same cache")
    victim = project.claims[rng.randrange(len(project.claims))]
    r = run([sys.executable, str(Path(__file__).resolve()), "_phases", str(project_root), str(project_root / "site"),
             "warm", str(project_root / "claims" / f"{victim.id}.yaml")], logs / "phases-edit-claim", args.timeout)
    try:
        results["phases_edit_claim"] = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        results["phases_edit_claim"] = {"error": r.stderr_head}

    log("idlibsite build --full with the cache the rebuilds left (fresh process)")
    r = run(cmd + ["--root", str(project_root), "build", "--full", "-q"], logs / "build-full-warm", args.timeout)
    results["idlibsite_full_warm"] = {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "tree_mb": r.tree_mb,
                                      "returncode": r.returncode}
    log(f"full build, warm cache: {r.wall:.1f} s = {pages / r.wall:.0f} pages/s; peak RSS {r.maxrss_mb:.0f} MB")

    cold = project_root / ".idlibsite-cache"
    log("in-process phase timing of the same full build (cache emptied first)")
    shutil.rmtree(cold, ignore_errors=True)
    r = run([sys.executable, str(Path(__file__).resolve()), "_phases", str(project_root), str(work / "site-phases"), "full"],
            logs / "phases", args.timeout)
    try:
        phases = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        phases = {"error": r.stderr_head}
    results["phases"] = phases
    if "phases" in phases:
        anchoring = phases["phases"].get("anchor (link: prepare + anchor)", 0.0)
        log(f"phases: total {phases['total']:.1f} s, anchoring {anchoring:.1f} s = {100 * anchoring / phases['total']:.1f}%")
    if args.profile:
        log("cProfile of the full build (cache emptied first)")
        shutil.rmtree(cold, ignore_errors=True)
        r = run([sys.executable, str(Path(__file__).resolve()), "_phases", str(project_root), str(work / "site-profile"),
                 "full", str(work / "build.prof")], logs / "profile", args.timeout)
        (work / "profile.txt").write_text(r.stdout, "utf-8")
        results["profile"] = str(work / "profile.txt")

    if args.skip_hugo:
        results["hugo"] = None
    elif shutil.which("hugo") is None:
        log("hugo not found: install Debian's package (apt-get install -y hugo) to compare; skipped")
        results["hugo"] = None
    else:
        log("writing the equivalent Hugo site")
        started = time.perf_counter()
        hugo_root = work / "hugo"
        write_hugo(project, hugo_root)
        written = time.perf_counter() - started
        version = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=False).stdout.strip()
        log("hugo build (fresh process, empty public/)")
        r = run(["hugo", "--source", str(hugo_root), "--destination", str(hugo_root / "public"), "--quiet",
                 "--cacheDir", str(hugo_root / ".cache")], logs / "hugo", args.timeout)
        hsizes = html_sizes(hugo_root / "public") if r.returncode == 0 else {}
        hpages = sum(n for n, _ in hsizes.values())
        results["hugo"] = {"version": version, "wall": r.wall, "maxrss_mb": r.maxrss_mb, "tree_mb": r.tree_mb,
                           "pages": hpages, "pages_per_s": hpages / r.wall if r.wall else 0, "html_sizes": hsizes,
                           "returncode": r.returncode, "content_written_s": written, "stderr": r.stderr_head}
        log(f"hugo: exit {r.returncode}, {hpages} pages in {r.wall:.1f} s = {hpages / r.wall:.0f} pages/s; "
            f"peak RSS {r.maxrss_mb:.0f} MB")

    log("five-article project from a warm cache")
    five = work / "five"
    src = Path(args.five_root)
    five.mkdir()
    for name in ("pyproject.toml", "corpus", "claims", "templates"):
        if (src / name).is_dir():
            shutil.copytree(src / name, five / name)
        elif (src / name).exists():
            shutil.copy2(src / name, five / name)
    runs = [run(cmd + ["--root", str(five), "build", "--output", str(work / "five-site")], logs / f"five-{i}", args.timeout)
            for i in (1, 2)]
    results["five_warm"] = {"first": runs[0].wall, "second": runs[1].wall, "maxrss_mb": runs[1].maxrss_mb,
                            "returncode": runs[1].returncode, "report": runs[1].stdout.strip()}
    log(f"five articles: first {runs[0].wall:.2f} s, warm {runs[1].wall:.2f} s")
    report(results)
    return 0


def report(res: dict[str, object]) -> None:
    g = res["generated"]
    f = res["idlibsite_full"]
    h = res.get("hugo") or {}
    ph = res.get("phases") or {}
    m = res["machine"]
    print(f"\n{m['nproc']} × {m['cpu']}, Python {m['python']}, idlibsite at {m['commit']}"
          f"{' + uncommitted changes to ' + str(len(m['dirty_src'])) + ' files in src/' if m['dirty_src'] else ''}; {res['started']}")
    print(f"seed {res['seed']}; {g['sources']} sources ({g['corpus_bytes'] / 1e6:.1f} MB), {g['actors']} actors, "
          f"{g['claims']} claims, {g['statements']} statements; generated in {g['seconds']:.1f} s")
    print("statement variants: " + ", ".join(f"{k} {v}" for k, v in g["variants"].items()))
    print(f"check: exit {res['check']['returncode']} in {res['check']['wall']:.1f} s; {res['check']['summary']}")
    rows = [("idlibsite build --full", f["pages"], f["wall"], f["maxrss_mb"], f["tree_mb"])]
    if res.get("idlibsite_full_warm"):
        w = res["idlibsite_full_warm"]
        rows.append(("  same, warm cache", f["pages"], w["wall"], w["maxrss_mb"], w["tree_mb"]))
    if h:
        rows.append(("hugo", h["pages"], h["wall"], h["maxrss_mb"], h["tree_mb"]))
    print(f"\n{'':26}{'pages':>8}{'wall s':>9}{'pages/s':>9}{'RSS MB':>8}{'tree MB':>8}")
    for name, pages, wall, rss, tree in rows:
        print(f"{name:26}{pages:>8}{wall:>9.2f}{pages / wall:>9.0f}{rss:>8.0f}{tree:>8.0f}")
    if h:
        print(f"idlibsite / hugo pages/s: {f['pages_per_s'] / h['pages_per_s']:.3f}")
        for name, sizes in (("idlibsite", f["html_sizes"]), ("hugo", h["html_sizes"])):
            print(f"  {name:10} HTML kB/page: " + ", ".join(f"{k} {v[1] / v[0] / 1024:.1f} ({v[0]})" for k, v in sizes.items()))
    for key, label in (("rebuild_nothing_changed", "rebuild, nothing changed"), ("rebuild_add_source", "rebuild after adding one source"),
                       ("rebuild_edit_claim", "rebuild after editing one claim"),):
        r = res[key]
        print(f"{label:34} {r['wall']:7.2f} s  (RSS {r['maxrss_mb']:.0f} MB)  {r['report']}")
    fw = res["five_warm"]
    print(f"{'five articles, warm cache':34} {fw['second']:7.2f} s  (first {fw['first']:.2f} s)")
    if "phases" in ph:
        total = ph["total"]
        print(f"\nin-process full build {total:.2f} s (RSS {ph['maxrss_mb']:.0f} MB):")
        for label, spent in ph["phases"].items():
            print(f"  {label:44}{spent:9.2f} s {100 * spent / total:6.1f}%  ({ph['calls'][label]} calls)")
        for method, m in sorted(ph["anchor_methods"].items()):
            print(f"  anchor {method:14} n={m['n']:>7}  mean {m['mean_us']:8.1f} µs  total {m['total']:.2f} s")
        for tpl, spent in sorted(ph["templates"].items(), key=lambda kv: -kv[1]):
            print(f"  template {tpl:16}{spent:9.2f} s")
    pe = res.get("phases_edit_claim") or {}
    if "phases" in pe:
        print(f"\nwarm server (same process and cache): rebuild after editing one claim {pe['total']:.2f} s, "
              f"{pe['rendered']} files rendered:")
        for label, spent in pe["phases"].items():
            print(f"  {label:44}{spent:9.2f} s {100 * spent / pe['total']:6.1f}%")


if __name__ == "__main__":
    sys.exit(main())

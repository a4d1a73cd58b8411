"""The synthetic project: actors, sources and claims generated and written into a folder."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

from .actors import Actor, actors_yaml, make_actors
from .claims import Claim, ClaimMaker, claim_yaml
from .sources import Source, make_source
from .vocabulary import FACT_CHECKERS, TOPICS


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
    (root / "claims" / "topics.yaml").write_text(topics_yaml(TOPICS), "utf-8")
    for c in claims:
        (root / "claims" / f"{c.id}.yaml").write_text(claim_yaml(c), "utf-8")
    return Project(root, actors, sources, claims, time.perf_counter() - started)


def topics_yaml(ids: list[str]) -> str:
    """The topic list claims name their topics from, each titled as an editor would ("M4 highway")."""
    return "topics:\n" + "".join(f"  - id: {t}\n    title: {t.replace('-', ' ').capitalize()}\n" for t in sorted(ids))


def write_source(root: Path, s: Source) -> None:
    (root / "corpus" / f"{s.stem}.txt").write_bytes(s.text.encode("utf-8"))
    (root / "corpus" / f"{s.stem}.yaml").write_text(s.sidecar, "utf-8")

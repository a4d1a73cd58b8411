"""``idlibsite add-source``: put a new article into corpus/ untouched, with a
sidecar pre-filled from what the loader detects and marked for review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from idlibsite.config import Config
from idlibsite.errors import InputError, Problem, UsageError, line_col
from idlibsite.schema import SLUG, slugify
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.corpus import ARTICLE_SUFFIX, SIDECAR_SUFFIX, load_corpus
from idlibsite.sources.evidence import decode_article, sha256_hex
from idlibsite.sources.records import Block
from idlibsite.sources.stated import stated_values

ID_MAX = 60  # characters of a generated id: readable in a URL


@dataclass(frozen=True)
class Added:
    """What add-source wrote and found."""

    article: Path  # the copied article
    sidecar: Path  # the pre-filled sidecar
    source_id: str
    sha256: str
    blocks: tuple[tuple[str, int, str], ...]  # (kind, line, first words) of each block


def add_source(config: Config, file: Path, source_id: str | None = None) -> Added:
    """Copy ``file`` into the corpus byte for byte and write its sidecar; refuse to overwrite."""
    if not file.is_file():
        raise UsageError([Problem(str(file), None, None, "no such file", "give the path of a UTF-8 text file")])
    data = file.read_bytes()
    text, problems = decode_article(str(file), data)
    if text is None:
        raise InputError(problems)
    stem = slugify(file.stem) or "article"
    article = config.corpus / f"{stem}{ARTICLE_SUFFIX}"
    sidecar = article.with_suffix(SIDECAR_SUFFIX)
    existing, _ = load_corpus(config.corpus, config.root)
    blocks = cut_blocks(text)
    stated = {s.field: s for s in stated_values(blocks)}
    readings = stated["date"].readings if "date" in stated else ()
    new_id = source_id or _make_id(stem, readings[0].iso if readings else "")
    refusals = [
        Problem(config.rel(p), None, None, "already exists: add-source never overwrites a source",
                "rename the new file, or remove the old source first if it is really replaced")
        for p in (article, sidecar) if p.exists()
    ]
    refusals += [Problem(s.path, None, None, f"the same bytes are already in the corpus as '{s.id}'",
                         "nothing to add") for s in existing if s.sha256 == sha256_hex(data)]
    if not SLUG.fullmatch(new_id):
        refusals.append(Problem("--id", None, None, f"'{new_id}' is not a valid id",
                                "ids are lowercase ASCII letters, digits and single hyphens"))
    if any(s.id == new_id for s in existing):
        refusals.append(Problem("--id", None, None, f"source id '{new_id}' is already used",
                                "choose another id with --id"))
    if refusals:
        raise UsageError(refusals)
    config.corpus.mkdir(parents=True, exist_ok=True)
    article.write_bytes(data)
    try:
        sidecar.write_text(_sidecar(new_id, article.name, stated, readings), "utf-8")  # not the name given: it may hold a line break
    except OSError:
        article.unlink()
        raise
    shown = tuple((b.kind, line_col(text, b.start)[0], _first_words(b)) for b in blocks)
    return Added(article, sidecar, new_id, sha256_hex(data), shown)


def _make_id(stem: str, iso: str) -> str:
    """The file's name, as a slug, with the date it states: readable and chosen by the user."""
    base = slugify(stem)[:ID_MAX].rstrip("-")
    return f"{base}-{iso}" if iso else base


def _first_words(block: Block) -> str:
    words = block.display.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


def _sidecar(source_id: str, name: str, stated: dict, readings: tuple) -> str:  # type: ignore[type-arg]
    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    title = stated["title"].value if "title" in stated else ""
    byline = stated["byline"].value if "byline" in stated else ""
    url = stated["url"].value if "url" in stated else ""
    if len(readings) > 1:
        date_note = (f"FIXME: the date line {stated['date'].value!r} reads as "
                     + " or ".join(r.iso for r in readings)
                     + "; pick the reading the article's weekdays support and say why")
    elif readings:
        date_note = f"The date line reads {stated['date'].value!r}."
    else:
        date_note = "FIXME: the file has no date line; date it from its content and say how"
    return "\n".join([
        f"# Sidecar for {name}, pre-filled by `idlibsite add-source`: check every value,",
        "# replace each FIXME, then set review: false.",
        f"id: {source_id}",
        f"outlet: {q('FIXME: who published it' + (f' (the byline credits {byline})' if byline else ''))}",
        f"byline: {q(byline)}",
        f"title: {q(title or 'FIXME: the article has no title line; supply one')}",
        f"date: {readings[0].iso if readings else 'unknown'}",
        f"date_note: {q(date_note)}",
        f"url: {q(url)}",
        "language: en",
        "review: true",
        "",
    ])

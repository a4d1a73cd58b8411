"""What an article file states about itself, and where it disagrees with its sidecar.

A file may carry a title line (a saved message's ``Subject:`` line), a byline (``By [Reuters](#)``), a date line
and an ``Original url:``.  These are read from the blocks; the sidecar must
agree with each one the file states.  An all-numeric date line such as
``04/03/2020`` has two readings; the sidecar must pick one of them and its
note must say why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from idlibsite.dates import PartialDate
from idlibsite.errors import Problem, problem_at
from idlibsite.sources.bylinefields import byline_fields
from idlibsite.sources.foreignbylines import foreign_byline
from idlibsite.sources.captures import original_url
from idlibsite.sources.datelines import find_dates, is_date_line, line_readings
from idlibsite.sources.headerfields import author_of, date_field, only_updated
from idlibsite.sources.linekinds import SEPARATOR
from idlibsite.sources.paged import subject_of
from idlibsite.sources.records import Block, SourceMeta
from idlibsite.sources.transcripts import labelled_title

BARE_URL = re.compile(r"https?://[^\s<>‹›\"“”]+")


@dataclass(frozen=True)
class Stated:
    """A value the file states, with the block that states it."""

    field: str  # "title", "byline", "date" or "url"
    value: str  # as shown in the file's display form
    readings: tuple[PartialDate, ...]  # for dates: every valid reading (two for 04/03/2020)
    block: Block  # where the file states it


# How many blocks apart a header's fields may stand one to a line ("Updated: …" over "Published: …").
FIELD_LINES_APART = 2


def stated_values(blocks: Sequence[Block]) -> list[Stated]:
    """The title, byline, date and URL the file states (the first of each; for the date, the first that is not only
    when the story was updated, when the day it was published follows right under it)."""
    found: dict[str, Stated] = {}
    linked: dict[str, Stated] = {}  # the link a headline shared from an app carries after it
    updated_at = -1  # the block of a date line that gives only the day of an update
    for i, block in enumerate(blocks):
        if block.kind == "title":
            headline, link = _linked(subject_of(labelled_title(block.display)))  # "Transcript: Words" gives "Words"
            found.setdefault("title", Stated("title", headline, (), block))
            if link:
                linked.setdefault("url", Stated("url", link, (), block))
        elif block.kind == "byline":  # labelled fields ("Author: A. Writer | Published: …"), or "By A. Writer | …"
            found.setdefault("byline", Stated("byline", author_of(block.display) or _name(block), (), block))
        elif block.kind == "dateline" and (fields := byline_fields(block.display)) is not None:
            found.setdefault("byline", Stated("byline", fields.names, (), block))  # "A. Writer | Updated 4 March …"
        if block.kind in ("byline", "dateline") and (date := _date_of(block)) is not None:
            if "date" not in found or (0 <= updated_at and i - updated_at <= FIELD_LINES_APART
                                       and not only_updated(block.display)):
                found["date"] = date
                updated_at = i if only_updated(block.display) else -1
        if block.kind == "url":
            url = block_url(block)
            if url:
                found.setdefault("url", Stated("url", url, (), block))
    found = linked | found  # a URL line of its own comes first
    return [found[k] for k in ("title", "byline", "date", "url") if k in found]


def _linked(headline: str) -> tuple[str, str]:
    """A title line's headline and the link after it, as an app's share writes them ("Turkey strikes … https://…");
    the link is "" when the line has none."""
    m = re.fullmatch(r"(.*\S)\s+(https?://\S+)", headline)
    return (m[1], m[2].rstrip(".,;")) if m and BARE_URL.fullmatch(m[2]) else (headline, "")


def _name(block: Block) -> str:
    """A plain byline's name: without "By" ("by" in a dated byline) and the dash a site prints after it ("By — A.
    Writer"), the place or date beside it ("A. Writer | Gaziantep") or after it ("by Newsdesk 05 February 2020,
    14:20"); credits are kept, as the sidecars have them ("A. Writer and agencies")."""
    if foreign := foreign_byline(block.display):  # "Von Anna Keller, ARD-Studio Istanbul": the name alone
        return foreign
    if fields := byline_fields(block.display):  # "By A. Writer, The Meridian Post": the names without the outlet
        return fields.names
    name = SEPARATOR.split(re.sub(r"^[Bb]y\s+([—–-]\s*)?", "", block.display))[0].strip()
    dates = find_dates(name)
    if dates and dates[0].start > 0 and is_date_line(name[dates[0].start:]):
        name = name[:dates[0].start].strip(" ,-–—|·")
    return name


def _date_of(block: Block) -> Stated | None:
    """The date a date line states, or a header line's date field (its day of publication before its update), or the
    date field of a byline that prints one ("By A. Writer | Example Gazette | 3 March 2020": the line, read as its date)."""
    written = block.display if is_date_line(block.display) else date_field(block.display)
    if not written and block.kind == "dateline":
        written = block.display
    if written:
        return Stated("date", written, line_readings(written), block)
    fields = byline_fields(block.display) if block.kind == "byline" else None
    return Stated("date", block.display, line_readings(fields.dates[0]), block) if fields and fields.dates else None


def block_url(block: Block) -> str:
    """The address a url block gives: its link, or a bare URL in any bracket (<…>, ‹…›); the original's, for an
    archive's or a cache's address."""
    for mark in block.marks:
        if mark.kind == "link" and mark.href:
            return mark.href
    m = BARE_URL.search(block.display)
    url = m[0].rstrip(".,;") if m else ""
    url = url[:-1] if url.endswith(")") and url.count(")") > url.count("(") else url  # "(https://…)": its brackets
    return original_url(url)  # an archive's address names the original's inside it


def disagreements(
    display_path: str, sidecar_path: str, text: str, stated: Sequence[Stated], meta: SourceMeta
) -> list[Problem]:
    """Problems where the sidecar contradicts what the file states."""
    wanted = {"title": meta.title, "byline": meta.byline, "url": meta.url}
    problems = []
    for value in stated:
        where = value.block.start
        if value.field == "date":
            if meta.date not in value.readings:
                readings = " or ".join(d.iso for d in value.readings) or "no valid date"
                problems.append(problem_at(
                    display_path, text, where,
                    f"the file's date line {value.value!r} reads as {readings}, "
                    f"but {sidecar_path} says date: {meta.date.iso or 'unknown'}",
                    f"set date in {sidecar_path} to the reading the article's own weekdays "
                    "support, and explain it in date_note",
                ))
        elif _squash(wanted[value.field]) not in (
            {_squash(value.value), _squash(_by(value.block))} if value.field == "byline" else {_squash(value.value)}
        ):  # a byline's name ("A. Writer"), or its whole line as earlier versions copied it ("A. Writer | Gaziantep")
            problems.append(problem_at(
                display_path, text, where,
                f"the file states {value.field} {value.value!r}, "
                f"but {sidecar_path} says {value.field}: {wanted[value.field]!r}",
                f"copy the file's {value.field} into {sidecar_path} (the article file is evidence "
                "and is never edited); if that line is not the article's " + value.field + ", say what it is "
                f"under block_kinds in {sidecar_path} (corpus/README.md)",
            ))
    return problems


def _by(block: Block) -> str:
    """A byline block's words after "By": the name, and the place or date a site prints beside it."""
    return re.sub(r"^By\s+", "", block.display)


def _squash(value: str) -> str:
    return " ".join(value.split())

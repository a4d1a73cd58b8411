"""One synthetic article as archived (chrome, date line, hard wraps, CRLF) and its sidecar."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import random
from dataclasses import dataclass

from idlibsite.anchoring.normalize import normalize_text
from idlibsite.sources.blocks import cut_blocks, split_lines

from .actors import Actor
from .vocabulary import (
    AGENCIES,
    CAPTION_NAMES,
    DOMAINS,
    MONTHS,
    ORGS,
    OUTLETS,
    PLACES,
    PULL_QUOTES,
    RATINGS,
    SMALL_WORDS,
    SUBHEADINGS,
    TIMES,
    TITLE_SUBJECTS,
    TITLE_VERBS,
    WIRES,
    folded,
    slugify,
    title_case,
    yq,
)
from .writer import Unit, Writer


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


def misread_headings(text: str, body: list[str]) -> list[int]:
    """The lines where idlibsite's block cutter sees a title, subheading, caption or page furniture that is only part
    of a body paragraph (a wrapped line that happens to look like one). None at the default seed since blocks14c."""
    pars = [" ".join(p.split()) for p in body]
    starts = [start for start, _ in split_lines(text)]
    lines = []
    for block in cut_blocks(text):
        shown = " ".join(block.display.split())
        if block.kind in ("title", "subheading", "chrome", "caption") and any(shown in p and shown != p for p in pars):
            lines.append(bisect.bisect_right(starts, block.start))  # 1-based: the line holding its start
    return lines


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
        cuts = [i for i in range(2, len(words) - 1) if words[i][:1].isupper() and words[i].lower() not in SMALL_WORDS
                and len(" ".join(words[:i])) >= len(" ".join(words[i:]))]  # wrapped as a line fills, as the seed's
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

    # keep only units unique in the source (normalized, as the anchoring compares; without their
    # closing punctuation, since a quote ending "us." also matches a copy ending "us," as well)
    ntext = normalize_text(text)
    kept, seen = [], set()
    for u in units:
        key = normalize_text(u.text).strip(" \"'").rstrip(".,;:!?")
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
    misread = misread_headings(text, body)
    if misread:  # as an editor would: the sidecar says which lines start body text
        side.append("block_kinds:")
        side += [f'  "{line}": body' for line in misread]
    return Source(index, stem, sid, title, outlet, sidecar_date, text, "\n".join(side) + "\n", kept, wrapped,
                  [p for p in body], factcheck)

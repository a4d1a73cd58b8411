"""A page's labelled header fields: "Date 28.02.2020 | Author Lena Hartwig", "Author: X | Published: …" (pure).

Many outlets print who wrote a story and when under labels, several on a line between "|", "·", "/" or ";" (a
trafilatura author field joins them so: "Date ; Author Lena Hartwig AFP; Reuters"), or one to a line. Such a line is a
byline when it names an author, else a date line; its values are read without their labels. A label alone on its line
over its value ("Date" over "28.02.2020") is such a line too, written on two. A line is one only when
every part of it is a field whose value fits its label (a name after "Author", a date after "Date"), a label whose
value the copy lost, a bare date or time, or an agency's credit: so a heading that opens with a label's word ("Date set
for new talks", "Source of the shelling disputed") or a sentence about an author ("Author Orhan Pamuk said …") is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.sources.agencies import AGENCY_CREDIT
from idlibsite.sources.datelines import is_date_line

AUTHOR = "author"
PUBLISHED = "published"
UPDATED = "updated"
SOURCE = "source"

LABELS = {
    **dict.fromkeys(("author", "authors", "by", "written by", "reporter", "reported by", "journalist", "writer"),
                    AUTHOR),
    **dict.fromkeys(("date", "published", "published on", "first published", "posted", "posted on", "publication date",
                     "date of publication", "date published", "published date", "released", "issued", "created",
                     "published time", "publish time"), PUBLISHED),
    **dict.fromkeys(("updated", "updated on", "last updated", "update", "last update", "modified", "last modified",
                     "date modified", "edited time", "updated time"), UPDATED),
    SOURCE: SOURCE,
}
"""Each label (folded) and the field it heads; "Updated" heads a date that is not the publication's."""

_LABEL = re.compile(r"(?i)(" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in LABELS), key=len,
                                               reverse=True)) + r")\b\s*(:?)\s*(.*)")
# Between fields: "|", "·", "•", "/" with spaces around, ";" (trafilatura's join of author fields), a tab or a run
# of spaces (a table's cells copied as text).
_PARTS = re.compile(r"\s[|·•/]\s|\s*;\s*|\t+|\s{3,}")
# What every match of _PARTS holds (one of its marks, or three spaces): a line without it is one part, found in one
# pass over it rather than by trying _PARTS' four alternatives at each letter.
_MAY_PART = re.compile(r"[|·•/;\t]|\s\s\s")
# An agency's credit beside a name ("Lena Hartwig AFP", "Lena Hartwig (with AFP)", "Lena Hartwig, Reuters").
_CREDITS = re.compile(rf"(?:\s*,|\s+and|\s*&)?\s*\(?\s*(?:with\s+)?\b{AGENCY_CREDIT}(?:\s*(?:[,&/]|and)\s*{AGENCY_CREDIT})*\s*\)?$")
_ONLY_CREDIT = re.compile(rf"\(?\s*(?:with\s+)?{AGENCY_CREDIT}\s*\)?")
# A word of a name: capitalised ("Hartwig", "O'Neil", "al-Assad" after its particle), an initial ("A."), a particle.
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*|(?:al|el|bin|ibn|de|da|di|du|van|von|der|den|la|le|and|&)|[a-z]{1,3}-\w+")
NAME_MAX_WORDS = 8
DATE_MAX_WORDS = 8  # "Mon 10 Feb 2020 at 9:41pm", "11:02 a.m. ET March 4, 2020"; more is a date and something else
_TIME = re.compile(r"(?i)(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[a-z]{2,4})?")


@dataclass(frozen=True)
class Field:
    """One labelled field of a header line."""

    field: str  # AUTHOR, PUBLISHED, UPDATED or SOURCE
    label: str  # as written, with its colon ("Last updated", "By:"); "" for a bare date beside labelled fields
    value: str  # without its label and the credits beside a name; "" when the copy lost it


def header_fields(line: str) -> tuple[Field, ...]:
    """The labelled fields of a header line, or () when ``line`` is not one (see the module's docstring)."""
    stripped = line.strip()
    if stripped.startswith("By ") and _field(_parts(stripped[3:])[0].strip()) is not None:
        stripped = stripped[3:]  # "By " that an extractor put before the fields it read ("By Date ; Author …")
    found: list[Field] = []
    for part in (p.strip() for p in _parts(stripped)):
        if not part:
            continue
        field = _field(part)
        if field is not None:
            found.append(field)
        elif is_date_line(part):
            found.append(Field(PUBLISHED, "", part))  # a date beside the labelled fields is the day of publication
        elif not (_TIME.fullmatch(part) or _ONLY_CREDIT.fullmatch(part)):
            return ()
    if all(f.label in ("By", "BY") for f in found if f.label):
        return ()  # "By A. Writer" (also "| 7 March 2020"): a plain byline, read by linekinds.BYLINE as before
    return tuple(found) if any(f.value and f.field != SOURCE for f in found) else ()


def header_kind(line: str) -> str:
    """"byline" for a header line naming an author, "dateline" for one giving only dates, "" for any other line."""
    fields = header_fields(line)
    if any(f.field == AUTHOR and f.value for f in fields):
        return "byline"
    return "dateline" if fields else ""


def author_of(line: str) -> str:
    """The names a header line gives after its author labels, joined by ", " ("" when it is no header line)."""
    return ", ".join(f.value for f in header_fields(line) if f.field == AUTHOR and f.value)


def date_field(line: str) -> str:
    """The date a header line gives: its publication field's, else its update's ("" when none)."""
    fields = [f for f in header_fields(line) if f.value and f.field in (PUBLISHED, UPDATED)]
    published = [f for f in fields if f.field == PUBLISHED]
    return (published or fields or [Field("", "", "")])[0].value


def label_over_value(line: str, below: str) -> str:
    """The kind of a label alone on its line over its value on the next ("Date" over "28.02.2020", "Author" over
    "Lena Hartwig", as a copy of a list of fields gives them): "byline", "dateline", or "" when they are no pair."""
    field = _field(line.strip())
    if field is None or field.value or not below.strip():
        return ""
    return header_kind(f"{line.strip().rstrip(':').strip()}: {below.strip()}")


def only_updated(line: str) -> bool:
    """Whether a header line's only date is under an "Updated" label (not the day it was published)."""
    fields = [f.field for f in header_fields(line) if f.value]
    return UPDATED in fields and PUBLISHED not in fields


def _parts(line: str) -> list[str]:
    """``line`` cut at :data:`_PARTS`, as ``_PARTS.split`` cuts it."""
    return _PARTS.split(line) if _MAY_PART.search(line) else [line]


def _field(part: str) -> Field | None:
    """A part that is a label and a value that fits it, or a label alone; None for anything else."""
    m = _LABEL.fullmatch(part)
    if m is None:
        return None
    colon, value = m[2], m[3].strip().lstrip("–—-").strip()
    label = m[1] + colon
    field = LABELS[" ".join(m[1].lower().split())]
    if not value:
        return Field(field, label, "")
    if field == SOURCE:
        return Field(field, label, value) if colon and _is_name(value) else None
    if field == AUTHOR:
        name = _CREDITS.sub("", value).strip(" ,") or value  # a newsroom's credit alone is its name ("Author: AFP")
        return Field(field, label, name) if _is_name(name) else None
    return Field(field, label, value) if len(value.split()) <= DATE_MAX_WORDS and is_date_line(value) else None


def _is_name(value: str) -> bool:
    """A person's or a newsroom's name, or a few of them: capitalised words and particles, no sentence."""
    words = [w for w in re.split(r"[\s,]+", value) if w]
    if not 0 < len(words) <= NAME_MAX_WORDS or not value[:1].isupper() or value.endswith((":", "!", "?")):
        return False
    if value.endswith(".") and not re.search(r"\b[A-Z]\.$", value):  # a sentence's end, not an initial's
        return False
    return all(_NAME_WORD.fullmatch(w) for w in words)


# The words of a byline that is a name alone, on its line over the date line ("Rima Haddad" over "Mar 3, 2020").
NAME_OVER_DATE_WORDS = (2, 3)
# Words that open a short capitalised line that is no name ("Via Teleconference", "From Our Correspondent").
NOT_A_NAME_START = frozenset("a an and as at but by for from in into of on or over to up via with".split())


def name_over_date(above: str, line: str, below: str) -> bool:
    """Whether ``line`` is a byline without "By": a name of two or three words alone on its line, inside a header (a line
    of text right above it: a headline or a standfirst) and right over the date line."""
    name = line.strip()
    return (NAME_OVER_DATE_WORDS[0] <= len(name.split()) <= NAME_OVER_DATE_WORDS[1] and bool(above.strip())
            and name.split()[0].lower() not in NOT_A_NAME_START
            and _is_name(name) and not any(c.isdigit() for c in name) and is_date_line(below.strip()))

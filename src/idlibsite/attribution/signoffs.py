"""The writer who signs a letter off below it, whom its "I" stands for (pure).

A letters page prints several letters, each signed off under its last paragraph by its writer's name in capitals on a
line of its own, the place or the role on the line under it ("SAMIR KHOURY\\nGarapan, Saipan", "RAYMOND T. SABLAN\\n
Veterans of Foreign Wars Post 3457, Tinian"): a speech verb whose subject is "I" is that writer's, the first sign-off
after the sentence (LABELS Round 54), where a column's is the byline's; a Spanish-language page signs off on one line,
"Name Surname, place" (Round 56). A page of readers' letters may head each letter with its writer's line instead ("- Name,
Town" above it, :func:`letter_writer`).

A page with no byline may instead name its writer at the foot in a sentence of its own, a paragraph of one line ("Name
T. Surname is a resident of Yigo.", "Name is a chief physician at X and a friend of Y."): a letters page's sign-off in
the American form, an obituary's or an op-ed's writer described (:func:`described_writer`).
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.proposal import title_case
from idlibsite.attribution.wordlists import ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLES

_SIGN_OFF = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+\.?(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]*\.?){1,5})[^\S\n]*\n"
                       r"[^\S\n]*[A-Z][^\n.!?:;]{1,100}(?<![.!?:;])[^\S\n]*(?:\n[^\S\n]*\n|\n?\Z)")
"""A sign-off: after a blank line, a name of two to six words in capitals (initials with a stop among them) alone on its
line, and under it one line of a place or a role with no stop, colon or question mark (not a sentence), then a blank
line or the page's end."""


_SIGNED_MARK = re.compile(r"(?m)^[^\S\n]*\((?:Signed|Sgd\.?)\)[^\S\n]+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'.-]*){1,4})[^\S\n]*$")
"""A diplomatic letter's signature as a United Nations document prints it: "(Signed) Vassily Nebenzia" on a line of its
own under the letter (the name may stand far to the right)."""


_LETTER_FROM = re.compile(r"\bLetter\s+dated\s+[^\n]{4,40}?\s+from\s+the\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                          r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)")
"""A United Nations letter's title, which names its writer by office: "Letter dated 4 March 2020 from the Permanent
Representative of the Russian Federation to the United Nations addressed to ..."."""


def signed_title(page: str) -> tuple[str, str] | None:
    """The writer a letter's title names by office and its "(Signed)" line by name, (name, office), so that "the
    Permanent Representative" later on the page (an annex's "As the Permanent Representative stated") is that person;
    None when the page has no such letter."""
    titled = _LETTER_FROM.search(page)
    signed = _SIGNED_MARK.search(page, titled.end()) if titled else None
    return (signed.group("name"), " ".join(titled.group("title").split())) if titled and signed else None


_DESCRIBED = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z][\w’'-]+|[A-Z]\.)){1,4})[^\S\n]+"
                        r"(?:is|was)[^\S\n]+(?:an?|the)[^\S\n]+[^\n.!?:;\"“”]{3,200}\.[^\S\n]*(?:\n[^\S\n]*\n|\n?\Z)")
"""A writer described at the foot: after a blank line, a name of two to five words (initials among them), "is a", "is an"
or "is the" and what they are, one sentence with no quotation, the paragraph's only line."""


_NAME_AT_FOOT = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,3})[^\S\n]*\n?\Z")
"""A writer's name alone on the page's last line after a blank line, in plain case ("...buried in Idlib.\n\nName
Surname"): an obituary's or a column's writer at the foot (no body's name: "Associated Press")."""

_SIGNED_LINE = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?:(?:Rev|Revd|Dr|Prof|Cllr|Fr|Mr|Mrs|Ms|Miss|Dame|Sir)\.?[^\S\n]+)?(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:[A-Z][a-zß-öø-ÿ’'-]+)?(?:[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:[A-Z][a-zß-öø-ÿ’'-]+)?|[A-Z]\.|de|del|la|los|da|dos|y|van|von|al-\w+)){1,4}),"
                          r"(?:[^\S\n]+[^\W\d][^\n,.!?:;\d]{0,40}?,){0,2}[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][^\n,.!?:;\d]{0,40}?|[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}\.)"
                          r"[^\S\n]*(?:\n[^\S\n]*\n|\n?\Z)")
"""A sign-off on one line, in the Latin American and Iberian form: after a blank line, a name of two to five capitalised
words, then a comma and the place, maybe a role or a profession between ("Yusuf Haddad Mansour, Colón", "Rodrigo
Aizpurúa, former ambassador, Panamá"), maybe a stop after a place of capitalised words and a form of address before the name as British papers
print it ("Name Surname, Westhill.", "Rev Iain MacLeod, Kintore."), no
other stop, digit or colon (not a sentence, not a dateline), the paragraph's only line."""
_VALEDICTION = re.compile(r"\n[^\S\n]*(?:Yours(?:,?[^\S\n]+(?:etc|sincerely|faithfully|truly))?\.?|Regards|Sincerely),?[^\S\n]*\n[^\S\n]*"
                          r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][\w’'-]+|[A-Z]\.|de|van|von|al-\w+)){1,4}),?[^\S\n]*(?:\n|\Z)")
"""A letter's close and its writer's name on the line under it ("Yours etc,\nEilís Gallagher,\nKnockmore,", "Yours
sincerely,\nName Surname"), the place on the lines after."""
_CAPITALS_AND_PLACE = re.compile(r"\n[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,3}),[^\S\n]+"
                                 r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+){0,2}\.?[^\S\n]*(?:\n|\Z)")
"""A writer's name in capitals, a comma and the place in plain case on the line right under the letter ("...will
follow.\nMARGARET ELLIS, Norwich"), the English regional letters page's."""


_SIGNED_PLAIN = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+){1,3})[^\S\n]*\n"
                           r"[^\S\n]*[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}[^\S\n]*(?:\n[^\S\n]*\n|\n?\Z)")
"""A sign-off in plain case, the North American letters page's: after a blank line, a name of two to four capitalised
words alone on its line, and under it a place of one to three capitalised words ("Nadia Haddad\nLaval", "Name
Surname\nSaint-Laurent"), then a blank line or the page's end."""
_WRITER_LINES = (
    re.compile(r"(?m)^[^\S\n]*(?:Written[^\S\n]+by|By)[^\S\n]*:?[^\S\n]+(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,3})[^\S\n]*$"),
    re.compile(r"(?m)^[^\S\n]*(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z][\w’'-]+|de|van|von|der|den|del|la)){1,3}),[^\S\n]+(?:in|from)[^\S\n]+[A-Z][\w’'-]+"
               r"(?:[^\S\n]+[A-Z][\w’'-]+){0,2}[^\S\n]*$"),
    re.compile(r"(?m)^[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){1,3})[^\S\n]*\n[^\S\n]*"
               r"[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?\.[^\S\n]+(?P<role>[A-Z][a-z]+)[^\S\n]*$"),
    re.compile(r"(?m)^[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+){0,2}),[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+"
               r"(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+)?[^\S\n]*[|·—–-][^\S\n]*\d[^\n]{0,40}$(?=\n(?:[^\S\n]*\S[^\n]*\n)*[^\n]*\Z)"),
)
"""A line that names the writer of what follows, further down than a byline: a commentary's "Written by: Name" under a
report, a correspondent's "Name, in Place" over a letter from the field, a name in capitals over the place and the role
("NAME SURNAME\nIstanbul. Correspondent"), a reader's reaction headed by a name and a town before its time stamp ("Fatima,
Utrecht | 2 maart 2020 - 12:31", read only in its own reaction, the lines under it with no blank line between: the next
reaction's header, a handle with no town, "Yassine_010 | ...", names no one)."""


def writer_above(page: str, at: int) -> str:
    """The writer the last line of :data:`_WRITER_LINES` before ``at`` names (a name in capitals in title case, under a
    role of a person's), "" when none: whom "I" stands for under it."""
    found = [m for pattern in _WRITER_LINES for m in pattern.finditer(page, 0, at)
             if fold(m.groupdict().get("role") or "correspondent") in PERSON_NOUNS and _signs(m)]
    last = max(found, key=lambda m: m.start()) if found else None
    return "" if last is None else title_case(last.group("name")) if last.group("name").isupper() else last.group("name")


def _signs(m: re.Match[str]) -> bool:
    """True when a one-line sign-off's name is no title or form of address before a name ("President von der Leyen,
    Commissioners, ..." is a speech's salutation, "My Lords, ..." a chamber's)."""
    return not {fold(w) for w in m.group("name").split()} & (TITLES | PERSON_NOUNS | {"my", "dear"})


_LETTER_HEAD = re.compile(r"(?m)^[^\S\n]*[-–—•][^\S\n]*(?:[A-Z][a-z]{0,3}\.[^\S\n]+){0,2}(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+(?:[^\S\n]+"
                          r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+|de|van|von|der|den)){1,3}),[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+)?"
                          r"(?:,[^\S\n]+[^\n,.!?:;]{1,30})?[^\S\n]*$")
"""A letter's writer on a line of its own above its text, after a dash: the name (after academic titles, "Ing.", "Dr.",
"Mag."), a comma and the town, maybe how it came ("- Ing. Walter Huber, Wels", "— Anna Berg, Uppsala, by e-mail")."""
MIN_LETTERS = 2
"""Writer lines a page needs to be a letters page: one dash line may be a list's item."""


def letter_writer(page: str, at: int) -> str:
    """The writer of the letter ``at`` is in, on a letters page that heads each letter with its writer's line
    (:data:`_LETTER_HEAD`, the last one before ``at``), "" on any other page."""
    heads = [m for m in _LETTER_HEAD.finditer(page) if _signs(m)]
    last = next((m for m in reversed(heads) if m.end() <= at), None)
    return last.group("name") if last and len(heads) >= MIN_LETTERS else ""


def signer(page: str, at: int) -> str:
    """The name of the first sign-off after ``at`` in any form (:data:`_SIGN_OFF`, :data:`_SIGNED_LINE`,
    :data:`_SIGNED_PLAIN`, :data:`_VALEDICTION`, :data:`_CAPITALS_AND_PLACE`, :data:`_SIGNED_MARK`: the nearest; a name in capitals in title
    case, "Raymond T. Sablan", else as written, "Luis de la Cruz"), "" when none follows."""
    line = next((m for m in _SIGNED_LINE.finditer(page, at) if _signs(m)), None)
    plain = next((m for m in _SIGNED_PLAIN.finditer(page, at) if _signs(m) and not {fold(w) for w in m.group("name").split()} & (ORG_WORDS | ORG_NOUNS)), None)
    found = [m for m in (_SIGN_OFF.search(page, at), line, plain, _VALEDICTION.search(page, at), _CAPITALS_AND_PLACE.search(page, at),
                         _SIGNED_MARK.search(page, at)) if m]
    first = min(found, key=lambda m: m.start()) if found else None
    return "" if first is None else title_case(first.group("name")) if first.group("name").isupper() else first.group("name")


def described_writer(page: str, at: int) -> str:
    """The name of the first writer described at the foot after ``at`` ("Rosalina T. Quitugua" of "Rosalina T. Quitugua
    is a resident of Yigo."), else the name alone on the page's last line (:data:`_NAME_AT_FOOT`), "" when none follows:
    whom "I" stands for on a page with no byline."""
    m = _DESCRIBED.search(page, at)
    foot = _NAME_AT_FOOT.search(page, at) if m is None else None
    if foot and not {fold(w) for w in foot.group("name").split()} & (ORG_WORDS | ORG_NOUNS):
        return foot.group("name")  # a name alone at the foot ("Boštjan Vidmar"), no body's
    return m.group("name") if m else ""

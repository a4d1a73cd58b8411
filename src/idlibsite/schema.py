"""Small declarative checks that turn positioned YAML into typed values.

A loader opens one YAML mapping with :func:`fields`, naming every key it
allows, and then reads each key in one line with a *converter*::

    f = fields(node, "statements[0]", ("id", "quote", "said"), problems)
    if f is None:
        return None
    statement_id = f.required("id", slug, "")
    said = f.required("said", partial_date, UNKNOWN)

A converter is a function ``(node, what, problems) -> value | None``: it
appends a :class:`~idlibsite.errors.Problem` (located at the node, with a
hint) for anything wrong, and returns None when it has no usable value.
``what`` is the dotted path of the value (``statements[0].said``; list
indices are 0-based) and starts every message.  Nothing raises: every
problem in a file is collected, and a placeholder stands in for a bad value
so that the rest of the file is still checked.

Conventions every loader shares:

- a *required* key must be present and not empty (``""``, blank, ``[]``);
- an *optional* key may be left out or left empty, which is the same thing:
  the default is used (``until: ""`` means "no end date");
- unknown keys are errors with a did-you-mean (see :func:`close_matches`).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Collection
from typing import TypeVar
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process, utils

from idlibsite.dates import PartialDate, parse_partial_date
from idlibsite.errors import Loc, Problem, visible
from idlibsite.yamlpos import YMap, YSeq, YStr, YValue, describe

T = TypeVar("T")
Convert = Callable[[YValue, str, list[Problem]], T | None]

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# fuzz.ratio for keys and enum words: "titel"/"title" scores 80, "from"/"form" 75, while
# unrelated short words ("on"/"person" 50) stay below.
WORD_CUTOFF = 70
# WRatio on ids with punctuation turned into spaces: a partial id ("peskov" for
# "dmitry-peskov") or swapped words ("lavrov-sergey") scores about 90; unrelated ids stay
# near 50.
ID_CUTOFF = 80
_NOT_A_STRING_HINT = {
    "a list": "write a single value, not a list",
    "a mapping": "write a single value; quote it if it contains ': '",
}


def _id_words(value: str) -> str:
    """An id's words without its numbers: ids that share only a year or a date are not alike."""
    return utils.default_process(re.sub(r"\d+", " ", value))


def close_matches(word: str, choices: Collection[str], *, ids: bool = False) -> list[str]:
    """Up to three of ``choices`` close to ``word``, best first (ids: partial matches count)."""
    if ids:
        found = process.extract(
            word,
            choices,
            scorer=fuzz.WRatio,
            processor=_id_words,
            limit=3,
            score_cutoff=ID_CUTOFF,
        )
    else:
        found = process.extract(word, choices, scorer=fuzz.ratio, limit=3, score_cutoff=WORD_CUTOFF)
    return [choice for choice, _, _ in found]


def prefixed(what: str, message: str) -> str:
    """``message`` after the value's path: 'statements[0].said: ...' ('' for the file)."""
    return f"{what}: {message}" if what else message


def _quoted(words: Collection[str]) -> str:
    return ", ".join(f"'{w}'" for w in words)


class Fields:
    """The entries of one YAML mapping, read one declared key at a time."""

    def __init__(self, node: YMap, what: str, problems: list[Problem]):
        self.node = node  # the mapping itself
        self.what = what  # its dotted path, "" for the whole file
        self.problems = problems  # where every problem found is appended

    def path(self, key: str) -> str:
        return f"{self.what}.{key}" if self.what else key

    def loc(self, key: str) -> Loc:
        """Where the value of ``key`` is, or the mapping itself when the key is absent."""
        value = self.node.get(key)
        return self.node.loc if value is None else value.loc

    def required(self, key: str, convert: Convert[T], fallback: T) -> T:
        """The converted value; ``fallback`` (after a problem) when missing, empty or bad."""
        value = self.node.get(key)
        if value is None:
            message = prefixed(self.what, f"missing required key '{key}'")
            self.problems.append(self.node.loc.problem(message, f"add '{key}:' with a value"))
            return fallback
        if not (isinstance(value, YStr) and not value.value.strip()):
            result = convert(value, self.path(key), self.problems)
            if result is None:
                return fallback
            if not (isinstance(value, YSeq) and not value.items):  # [] converts, yet is empty
                return result
        message = prefixed(self.path(key), "must not be empty")
        self.problems.append(value.loc.problem(message, "write a value"))
        return fallback

    def optional(self, key: str, convert: Convert[T], default: T) -> T:
        """The converted value; ``default`` when absent or empty (or bad, after a problem)."""
        value = self.node.get(key)
        if value is None or (isinstance(value, YStr) and not value.value):
            return default
        result = convert(value, self.path(key), self.problems)
        return default if result is None else result

    def required_list(self, key: str, item: Convert[T]) -> tuple[T, ...]:
        """``required(key, list_of(item), ())``, typed without annotating the caller."""
        no_items: tuple[T, ...] = ()
        return self.required(key, list_of(item), no_items)

    def optional_list(self, key: str, item: Convert[T]) -> tuple[T, ...]:
        """``optional(key, list_of(item), ())``, typed without annotating the caller."""
        no_items: tuple[T, ...] = ()
        return self.optional(key, list_of(item), no_items)


def fields(
    node: YValue, what: str, keys: Collection[str], problems: list[Problem]
) -> Fields | None:
    """Open ``node`` as a mapping allowing ``keys``; None (after a problem) when not one.

    Keys not in ``keys`` are reported here, each with a did-you-mean.
    """
    if not isinstance(node, YMap):
        message = prefixed(what, f"expected a mapping, found {describe(node)}")
        problems.append(node.loc.problem(message, "write 'key: value' lines indented under it"))
        return None
    for key, _ in node.entries:
        if key.value not in keys:
            close = close_matches(key.value, keys)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(keys)}"
            problems.append(key.loc.problem(prefixed(what, f"unknown key '{key.value}'"), hint))
    return Fields(node, what, problems)


BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Embeddings, overrides and isolates: invisible, they reorder how the text around them is shown
(a right-to-left override makes "gpj.exe" read "exe.jpg").  Right-to-left text needs none of them."""


def text(node: YValue, what: str, problems: list[Problem]) -> str | None:
    """Any string, as written, without bidirectional controls (an error: the value is published)."""
    value = _string(node, what, problems)
    control = None if value is None else BIDI_CONTROLS.search(value)
    if control is None:
        return value
    problems.append(node.loc.problem(
        prefixed(what, _bidi_message(control)),
        f"delete it (messages show it as {visible(control[0])}; retype the value if unsure where it is): an "
        "invisible control can make a page say something other than its source; right-to-left text needs none"))
    return None


def copied_text(node: YValue, what: str, problems: list[Problem]) -> str | None:
    """Words copied from an article (a quote, an anchor's prefix): a bidirectional control is
    kept with a warning, as the article, which is evidence, may hold it; pages show the article's words."""
    value = _string(node, what, problems)
    control = None if value is None else BIDI_CONTROLS.search(value)
    if control is not None:
        problems.append(node.loc.problem(prefixed(what, _bidi_message(control)), "delete it unless the article "
                                         "holds it there; --strict refuses it", severity="warning"))
    return value


def _bidi_message(control: re.Match[str]) -> str:
    return (f"has the invisible bidirectional control U+{ord(control[0]):04X} at character {control.start() + 1}: "
            "it reorders how the text is shown")


def _string(node: YValue, what: str, problems: list[Problem]) -> str | None:
    if isinstance(node, YStr):
        return node.value
    found = describe(node)
    message = prefixed(what, f"expected a string, found {found}")
    problems.append(node.loc.problem(message, _NOT_A_STRING_HINT[found]))
    return None


def nonblank(node: YValue, what: str, problems: list[Problem]) -> str | None:
    """A string with more than whitespace in it (for list items; keys use ``required``)."""
    value = text(node, what, problems)
    if value is None or value.strip():
        return value
    problems.append(node.loc.problem(prefixed(what, "must not be empty"), "write a value"))
    return None


def slug(node: YValue, what: str, problems: list[Problem]) -> str | None:
    """An id: lowercase ASCII letters, digits and single hyphens (``dmitry-peskov``)."""
    value = text(node, what, problems)
    if value is None or SLUG.fullmatch(value):
        return value
    suggestion = slugify(value)
    hint = "ids are lowercase ASCII letters, digits and single hyphens"
    if suggestion:
        hint += f": write '{suggestion}'"
    message = f"'{value}' is not a valid id: it {_slug_faults(value)}"
    problems.append(node.loc.problem(prefixed(what, message), hint))
    return None


def slugify(value: str) -> str:
    """The slug closest to ``value``: 'Dmitry Peskov' -> 'dmitry-peskov', '../x' -> 'x'."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _slug_faults(value: str) -> str:
    """What keeps ``value`` from being a slug, as words: 'contains uppercase letters and ...'."""
    if not value:
        return "is empty"
    faults = []
    if any(c.isupper() for c in value):
        faults.append("uppercase letters")
    if any(c.isspace() for c in value):
        faults.append("spaces")
    allowed = string.ascii_lowercase + string.digits + "-"
    others = dict.fromkeys(c for c in value if not (c.isupper() or c.isspace() or c in allowed))
    if others:
        faults.append(f"the character{'s' if len(others) > 1 else ''} {_quoted(others)}")
    if value.startswith("-") or value.endswith("-"):
        faults.append("a hyphen at the start or end")
    if "--" in value:
        faults.append("a double hyphen")
    return "contains " + " and ".join(filter(None, [", ".join(faults[:-1]), faults[-1]]))


def enum(*choices: str) -> Convert[str]:
    """One of ``choices``, exactly."""

    def convert(node: YValue, what: str, problems: list[Problem]) -> str | None:
        value = text(node, what, problems)
        if value is None or value in choices:
            return value
        close = close_matches(value, choices)
        hint = f"did you mean '{close[0]}'?" if close else "write one of them"
        message = f"'{value}' is not one of {', '.join(choices)}"
        problems.append(node.loc.problem(prefixed(what, message), hint))
        return None

    return convert


def partial_date(node: YValue, what: str, problems: list[Problem]) -> PartialDate | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``unknown`` (see :mod:`idlibsite.dates`)."""
    value = text(node, what, problems)
    if value is None:
        return None
    try:
        return parse_partial_date(value)
    except ValueError as err:
        hint = "write YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source allows) or unknown"
        problems.append(node.loc.problem(prefixed(what, str(err)), hint))
        return None


def boolean(node: YValue, what: str, problems: list[Problem]) -> bool | None:
    """Exactly ``true`` or ``false`` (no yes/no/on/off: every scalar is a string)."""
    value = text(node, what, problems)
    if value in ("true", "false"):
        return value == "true"
    if value is not None:
        message = prefixed(what, f"expected true or false, found '{value}'")
        problems.append(node.loc.problem(message, "write true or false"))
    return None


def positive_int(node: YValue, what: str, problems: list[Problem]) -> int | None:
    """A whole number of 1 or more, in plain digits."""
    value = text(node, what, problems)
    if value is not None and re.fullmatch(r"[1-9][0-9]*", value):
        return int(value)
    if value is not None:
        message = prefixed(what, f"expected a whole number of 1 or more, found '{value}'")
        problems.append(node.loc.problem(message, "write 1 for the first match, 2 for the second"))
    return None


def url(node: YValue, what: str, problems: list[Problem]) -> str | None:
    """An absolute http or https URL with a host and no spaces."""
    value = text(node, what, problems)
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"\s", value):
        return value
    message = prefixed(what, f"'{value}' is not an absolute http or https URL")
    problems.append(node.loc.problem(message, "write the full address, starting with https://"))
    return None


def wikidata_id(node: YValue, what: str, problems: list[Problem]) -> str | None:
    """A Wikidata item id: Q and digits (``Q7747``)."""
    value = text(node, what, problems)
    if value is None or re.fullmatch(r"Q[1-9][0-9]*", value):
        return value
    message = prefixed(what, f"'{value}' is not a Wikidata item id")
    hint = "write only the item's id, Q followed by digits (for https://www.wikidata.org/wiki/Q7747, Q7747)"
    problems.append(node.loc.problem(message, hint))
    return None


def list_of(item: Convert[T]) -> Convert[tuple[T, ...]]:
    """A list whose items all convert with ``item``; bad items are left out, and so is a
    word written a second time (no list of the schema means anything by a repeat: a topic
    listed twice would list its claim twice), with an error at the repeat."""

    def convert(node: YValue, what: str, problems: list[Problem]) -> tuple[T, ...] | None:
        if not isinstance(node, YSeq):
            message = prefixed(what, f"expected a list, found {describe(node)}")
            problems.append(
                node.loc.problem(message, "write the items as '- item' lines or [a, b]")
            )
            return None
        first: dict[str, int] = {}
        values = []
        for i, value in enumerate(node.items):
            word = value.value.strip() if isinstance(value, YStr) else None
            if word is not None and word in first:
                message = f"'{word}' is listed twice (first as item {first[word]})"
                problems.append(value.loc.problem(prefixed(f"{what}[{i}]", message), "remove the repeat"))
                continue
            if word is not None:
                first[word] = i
            values.append(item(value, f"{what}[{i}]", problems))
        return tuple(value for value in values if value is not None)

    return convert


def located(convert: Convert[T]) -> Convert[tuple[T, Loc]]:
    """``convert``'s value paired with where it was read (for cross-checks done later)."""

    def located_convert(node: YValue, what: str, problems: list[Problem]) -> tuple[T, Loc] | None:
        value = convert(node, what, problems)
        return None if value is None else (value, node.loc)

    return located_convert

"""The reader of ``claims/topics.yaml``: the topics claims are listed under, with the titles editors wrote.

A claim names its topics by id; the pages show each topic's title from this
list, never a title guessed from the id ("Russia–Turkey relations", not
"Russia turkey relations").  A topic a claim names must be in the list (a
typo would otherwise open a topic page of its own); an entry no claim names
is a warning.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from idlibsite.annotations.records import Claim, Topic
from idlibsite.errors import Problem
from idlibsite.schema import Convert, close_matches, fields, nonblank, prefixed, slug, text
from idlibsite.yamlpos import YValue, read_yaml

TOPICS_FILE = "topics.yaml"


def load_topics(path: Path, display: str, project: Path, problems: list[Problem]) -> dict[str, Topic] | None:
    """Every topic of the list by id; {} when the file does not exist; None when it exists but cannot be
    read as a whole (then claims are not checked against it: its own problems say what is wrong)."""
    if not path.exists() and not path.is_symlink():
        return {}
    root, yaml_problems = read_yaml(path, display, project)
    problems += yaml_problems
    f = None if root is None else fields(root, "", ("topics",), problems)
    if f is None:
        return None
    topics: dict[str, Topic] = {}
    titles: dict[str, Topic] = {}
    for topic in f.required_list("topics", _topic):
        if topic.id in topics:
            message = f"duplicate topic id '{topic.id}' (first at line {topics[topic.id].loc.line})"
            problems.append(topic.loc.problem(message, "give each topic its own id"))
            continue
        same = titles.get(topic.title.casefold())
        if same is not None:
            message = f"topic '{topic.id}' has the title '{topic.title}' of topic '{same.id}' (line {same.loc.line})"
            problems.append(topic.title_loc.problem(message, "give each topic its own title, or merge the two"))
        if topic.id:
            topics[topic.id] = topic
            titles.setdefault(topic.title.casefold(), topic)
    return topics


def _topic(node: YValue, what: str, problems: list[Problem]) -> Topic | None:
    f = fields(node, what, ("id", "title", "description"), problems)
    if f is None:
        return None
    return Topic(
        id=f.required("id", slug, ""),
        title=" ".join(f.required("title", nonblank, "").split()),
        description=f.optional("description", text, ""),
        loc=f.node.loc,
        title_loc=f.loc("title"),
    )


def topic_ref(ids: Sequence[str] | None, display: str) -> Convert[str]:
    """A converter of a claim's topic id, which must be one of ``ids`` (the list in ``display``);
    unchecked when ``ids`` is None (the list could not be read)."""
    known = frozenset(ids or ())

    def convert(node: YValue, what: str, problems: list[Problem]) -> str | None:
        value = slug(node, what, problems)
        if value is None or ids is None or value in known:
            return value
        close = close_matches(value, known, ids=True)
        message = f"unknown topic id '{value}'" + (f"; close ids: {', '.join(close)}" if close else "")
        hint = (f"use an id from {display}, or add the topic there with its title" if known else
                f"list the topic in {display} (`topics:` entries with `id:` and `title:`; see claims/README.md)")
        problems.append(node.loc.problem(prefixed(what, message), hint))
        return value

    return convert


def unused_topics(topics: dict[str, Topic], claims: Iterable[Claim]) -> list[Problem]:
    """A warning for every topic of the list that no claim names."""
    named = {t for claim in claims for t in claim.topics}
    return [topic.loc.problem(f"topic '{topic.id}' is listed but no claim names it",
                              "add it to the topics of a claim, or remove it from the list", "warning")
            for topic in topics.values() if topic.id not in named]

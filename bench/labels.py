"""Read one file of the speaker set and refuse a label the scorer would misread (issue 15, session score15).

YAML reads `new: Immigration, Refugees and Citizenship Canada` in a flow mapping as `new: Immigration` and a stray
key, and `new: Yes` as a boolean: the bench then scored a label nobody wrote.  A label here has only the keys the
scorer knows (:data:`KEYS`), and its `new:` is a non-empty string, its `speaker:` one too or null (nobody named,
LABELS rule 6).  Every problem is reported with the file, the label's line and what to do.

Run on a round before it is committed (no attribution code is read):  python -m bench.labels FILES
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

KEYS = frozenset({"find", "kind", "speaker", "new", "how"})
"""The keys of a label (bench/suggest.py's docstring and LABELS.md's `how:` tags)."""


@dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based, the label's first line
    column: int  # 1-based
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.what}"


def read_case(path: Path) -> tuple[dict, list[Problem]]:
    """The file's YAML and the problems of its labels, read in one parse (libyaml's when PyYAML has it)."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(path.read_text("utf-8"))
    try:
        node = loader.get_single_node()
        case = loader.construct_document(node)
    finally:
        loader.dispose()
    return case, _problems(str(path), node)


def _problems(path: str, root: yaml.Node) -> list[Problem]:
    passages = next((v for k, v in root.value if k.value == "passages"), None) if isinstance(root, yaml.MappingNode) else None
    if not isinstance(passages, yaml.SequenceNode):
        return [Problem(path, root.start_mark.line + 1, root.start_mark.column + 1, "no list of `passages:`")]
    found: list[Problem] = []
    for label in passages.value:
        at = (path, label.start_mark.line + 1, label.start_mark.column + 1)
        if not isinstance(label, yaml.MappingNode):
            found.append(Problem(*at, "a passage is not a mapping {find: ..., kind: ..., ...}"))
            continue
        for key, value in label.value:
            if key.value not in KEYS:
                found.append(Problem(*at, f"unknown key {key.value!r} (keys: {', '.join(sorted(KEYS))}): a name with"
                                          " a comma or a colon in a flow mapping must be quoted, new: \"A, B and C\""))
            elif key.value in ("new", "speaker") and not _name(value, key.value == "speaker"):
                found.append(Problem(*at, _not_a_name(key.value, value)))
    return found


def _not_a_name(key: str, value: yaml.Node) -> str:
    """What is wrong with a `new:` or `speaker:` value that is no name, and what to write instead."""
    read = value.tag.rsplit(":", 1)[-1] if isinstance(value, yaml.ScalarNode) else value.id  # "bool", "int", "sequence"
    written = value.value if isinstance(value, yaml.ScalarNode) else "..."
    nobody = ", or speaker: null for nobody named" if key == "speaker" else ""
    if isinstance(value, yaml.ScalarNode) and not written.strip():
        return f"`{key}:` is empty: write the name{nobody}"
    return f"`{key}: {written}` is not a name (YAML reads it as {read}): quote it, {key}: \"{written}\"{nobody}"


def _name(value: yaml.Node, may_be_null: bool) -> bool:
    """True when a `new:` or `speaker:` value is a non-empty string (or null, for a speaker: nobody named)."""
    if not isinstance(value, yaml.ScalarNode):
        return False
    if value.tag == "tag:yaml.org,2002:null":
        return may_be_null and value.value in ("null", "~")
    return value.tag == "tag:yaml.org,2002:str" and value.value.strip() != ""


def main(paths: list[str]) -> int:
    problems = [p for path in paths for p in read_case(Path(path))[1]]
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

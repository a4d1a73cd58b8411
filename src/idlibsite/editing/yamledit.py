"""Changes to a claim file or actors.yaml that keep everything else byte for byte (pure: text in, text out).

ruamel.yaml's round trip keeps comments, key order, quoting, folded scalars
and blank lines; every project file loads and dumps back byte-identical
(tests/test_editing.py checks this for each one), so the diff of a change is
the change alone.  Every scalar is read as a string, as the project's own
loader reads it (claims/README.md: "Nothing is retyped"), so a date such as
``2020-03-05`` is written plain, not quoted as a timestamp.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.resolver import VersionedResolver, implicit_resolvers
from ruamel.yaml.tokens import CommentToken

BLANK_LINE = "\n\n"  # the comment token of a key followed by one empty line
WIDTH = 1_000_000  # never fold a long line: quotes stay on one line, as typed by hand


class YamlEditError(ValueError):
    """A change that cannot be made to this file (no such statement, not a claim file)."""


class _StringResolver(VersionedResolver):
    """Resolves every plain scalar to a string but null (an empty value), as idlibsite's loader does."""

    @property
    def versioned_resolver(self) -> Any:
        version = self.processing_version
        if version not in self._version_implicit_resolver:
            for versions, tag, regexp, first in implicit_resolvers:
                if version in versions and tag.endswith(":null"):
                    self.add_version_implicit_resolver(version, tag, regexp, first)
            self._version_implicit_resolver.setdefault(version, {})
        return self._version_implicit_resolver[version]


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Resolver = _StringResolver
    yaml.preserve_quotes = True
    yaml.width = WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)  # "statements:\n  - id: …": the house style
    return yaml


def load(text: str) -> Any:
    return _yaml().load(text)


def dump(data: Any) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def mapping(fields: Mapping[str, object]) -> CommentedMap:
    """A YAML mapping in the order given; lists of strings become flow lists (``[a, b]``), the rest block ones."""
    out = CommentedMap()
    for k, v in fields.items():
        if isinstance(v, Mapping):
            out[k] = mapping(v)
        elif isinstance(v, (list, tuple)):
            seq = CommentedSeq(mapping(i) if isinstance(i, Mapping) else i for i in v)
            if not any(isinstance(i, Mapping) for i in v):
                seq.fa.set_flow_style()
            out[k] = seq
        else:
            out[k] = v
    return out


def with_item(text: str, key: str, fields: Mapping[str, object]) -> str:
    """``text`` with one more item at the end of its top-level list ``key`` (statements, actors)."""
    data = load(text)
    items = _items(data, key)
    if items:
        _separate(items)
    items.append(mapping(fields))
    return dump(data)


def without_item(text: str, key: str, ident: str) -> str:
    """``text`` without the item of list ``key`` whose id is ``ident``."""
    data = load(text)
    items = _items(data, key)
    index = _index(items, ident)
    removed = items[index]
    if index == len(items) - 1 and index > 0:  # the item before becomes the last: it takes the file's end
        holder, last = _tail(items[index - 1])
        holder.ca.items.setdefault(last, [None, None, None, None])[2] = _trailing(removed)
    del items[index]
    return dump(data)


def with_changes(text: str, key: str, ident: str, fields: Mapping[str, object], order: Sequence[str]) -> str:
    """``text`` with the item ``ident`` of list ``key`` given ``fields``; an empty value removes its key.

    A new key goes where ``order`` (the format's key order) puts it among the keys already there.
    """
    data = load(text)
    item = _items(data, key)[_index(_items(data, key), ident)]
    for name, value in fields.items():
        if value in ("", None):
            if name in item:
                _drop_key(item, name)
        elif name in item:
            item[name] = value
        else:
            keys = list(item)
            before = [k for k in keys if k in order and order.index(k) < order.index(name)] if name in order else []
            at = keys.index(before[-1]) + 1 if before else len(keys)
            item.insert(at, name, value)
            if at == len(keys):  # the new last key: it takes the blank line or comments after the item
                entry = item.ca.items.pop(keys[-1], None)
                if entry is not None:
                    item.ca.items[keys[-1]] = entry[:2] + [None] + entry[3:]
                    item.ca.items[name] = [None, None, entry[2], None]
    return dump(data)


def item(text: str, key: str, ident: str) -> CommentedMap:
    """The item of list ``key`` whose id is ``ident``, as written (comments and all)."""
    items = _items(load(text), key)
    found: CommentedMap = items[_index(items, ident)]
    return found


def _items(data: Any, key: str) -> CommentedSeq:
    if not isinstance(data, CommentedMap) or not isinstance(data.get(key), CommentedSeq):
        raise YamlEditError(f"the file has no list '{key}:'")
    items: CommentedSeq = data[key]
    return items


def _index(items: CommentedSeq, ident: str) -> int:
    for i, item in enumerate(items):
        if isinstance(item, CommentedMap) and str(item.get("id")) == ident:
            return i
    raise YamlEditError(f"no item with id '{ident}' in the file")


def _tail(node: CommentedMap) -> tuple[CommentedMap | CommentedSeq, Any]:
    """The mapping (or list) holding the last key (or item) of ``node``: where its trailing comment lives."""
    holder: CommentedMap | CommentedSeq = node
    while True:
        last = list(holder)[-1] if isinstance(holder, CommentedMap) else len(holder) - 1
        value = holder[last]
        if isinstance(value, (CommentedMap, CommentedSeq)) and len(value) and not value.fa.flow_style():
            holder = value
            continue
        return holder, last


def _trailing(node: CommentedMap) -> CommentToken | None:
    holder, last = _tail(node)
    entry = holder.ca.items.get(last)
    return entry[2] if entry and len(entry) > 2 else None


def _separate(items: CommentedSeq) -> None:
    """Give the last item the blank line that follows the other items (if they have one)."""
    spaced = len(items) == 1 or any(
        (t := _trailing(i)) is not None and t.value.endswith(BLANK_LINE) for i in items[:-1]
    )
    token = _trailing(items[-1])
    if not spaced or (token is not None and token.value.endswith(BLANK_LINE)):
        return
    holder, last = _tail(items[-1])
    entry = holder.ca.items.setdefault(last, [None, None, None, None])
    if token is None:
        entry[2] = CommentToken(BLANK_LINE, CommentMark(0), None)
    else:
        token.value = token.value.rstrip("\n") + BLANK_LINE


def _drop_key(item: CommentedMap, name: str) -> None:
    """Remove ``name``, handing its trailing blank line or comment lines to the key before it."""
    keys = list(item)
    entry = item.ca.items.pop(name, None)
    del item[name]
    token = entry[2] if entry and len(entry) > 2 else None
    index = keys.index(name)
    if token is None or index == 0 or "\n" not in token.value:
        return
    rest = token.value.split("\n", 1)[1]  # a comment on the removed key's own line goes with it
    entry = item.ca.items.setdefault(keys[index - 1], [None, None, None, None])
    if rest and entry[2] is None:
        entry[2] = CommentToken("\n" + rest, CommentMark(0), None)

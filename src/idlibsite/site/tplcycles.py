"""Templates that include themselves without end, found from their syntax before any page is made.

Rendering such a template recurses to Python's limit on every page that uses it (seconds each); the
references each template makes by a constant name, read from its parsed source, show the cycle at once.
Only the references a template always makes count: one inside an ``if``, a ``for`` loop or a macro may
end (a tree drawn by a template that includes itself for each child), and one whose name is a variable
cannot be known here; render.py stops those when they reach the recursion limit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from jinja2 import nodes

Reference = tuple[str, int]  # the template named and the line of the include, extends or import
# the names around a cycle (first = last), and the line in names[-2] of the reference that closes it
Cycle = tuple[tuple[str, ...], int]

_REFERENCES = (nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport)
_MAY_NOT_RUN = (nodes.If, nodes.For, nodes.Macro, nodes.CallBlock)


def references(template: nodes.Template) -> list[Reference]:
    """The templates a parsed template always includes, extends or imports by a constant name, in order."""
    found: list[Reference] = []
    todo: list[nodes.Node] = [template]
    while todo:
        node = todo.pop()
        for child in node.iter_child_nodes():
            if isinstance(child, _REFERENCES):
                if isinstance(child.template, nodes.Const) and isinstance(child.template.value, str):
                    found.append((child.template.value, child.lineno))
            elif not isinstance(child, _MAY_NOT_RUN):
                todo.append(child)
    return sorted(found, key=lambda ref: ref[1])


def cycles(graph: Mapping[str, Sequence[Reference]]) -> list[Cycle]:
    """Each cycle among the templates once: every reference that leads back to a template on the current
    path of a depth-first walk (templates in name order, references in order), with that path.  Names
    the graph does not hold (missing templates) lead nowhere."""
    found: list[Cycle] = []
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path = [start]
        on_path = {start}
        todo: list[Iterator[Reference]] = [iter(graph[start])]
        while todo:
            ref = next(todo[-1], None)
            if ref is None:
                todo.pop()
                done.add(path[-1])
                on_path.discard(path.pop())
                continue
            target, line = ref
            if target in on_path:
                found.append(((*path[path.index(target):], target), line))
            elif target in graph and target not in done:
                path.append(target)
                on_path.add(target)
                todo.append(iter(graph[target]))
    return found

"""Where a template failed, as a Problem: the template's file (in a subfolder too), line and column.

Jinja gives a template error's line (in its rewritten traceback, or on a syntax
error) but no column.  The column is given only where it cannot mislead: the
name the message quotes (an undefined variable, an unknown filter or tag, a
missing template, an unsafe attribute) found exactly once inside the line's
``{{ }}`` or ``{% %}`` tags; else none, as for a block never closed (Jinja
names the end of the template, where the names it quotes are not the fault).
"""

from __future__ import annotations

import linecache
import re
import traceback
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from types import TracebackType

import jinja2

from idlibsite.config import Config
from idlibsite.errors import Problem

ENDLESS = "template error: the template includes itself, directly or through others, without end"
ENDLESS_HINT = "remove the include (or extends) that leads back to this template"

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_QUOTED = re.compile(r"'([^'\n]+)'")
_TEMPLATE_FILES = (".html", ".xml")


def column(line: str, message: str, names: Sequence[str] = ()) -> int | None:
    """The 1-based column, in ``line``, of the first of ``names`` and then of the words ``message``
    quotes that occurs exactly once inside the line's template tags, as a whole word; None if none does."""
    tags = [m.span() for m in _TAG.finditer(line)]
    for word in [*names, *_QUOTED.findall(message)]:
        found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", line)
                 if any(start <= m.start() and m.end() <= end for start, end in tags)]
        if len(found) == 1:
            return found[0] + 1
    return None


def template_path(name: str, config: Config) -> str:
    """A template's file as the user sees it, from its name in the loader (``partials/card.html``)."""
    own = config.templates / name
    return config.rel(own) if own.exists() else f"idlibsite/templates/{name}"


def template_problem(exc: jinja2.TemplateError, template: str, config: Config) -> Problem:
    """Where a template failed, and what to do."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.name or template
        message = exc.message or ""
        line = (exc.source or "").splitlines()[exc.lineno - 1:exc.lineno] if exc.lineno else []
        at_end = "end of template" in message.lower()
        return Problem(template_path(name, config), exc.lineno,
                       column(line[0], message) if line and not at_end else None,
                       f"template syntax error: {exc.message}",
                       "fix the template (see https://jinja.palletsprojects.com/templates/)")
    path, number, text = _where(exc.__traceback__, template, config)
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(path, number, column(text, "", [str(exc.name)]) if text else None,
                       f"template not found: {exc.name}",
                       f"create {config.rel(config.templates / str(exc.name))}, or fix the name in the include")
    return Problem(path, number, column(text, str(exc)) if text else None, f"template error: {exc}",
                   "use only the variables the default template uses (see the packaged templates)")


def endless_problem(exc: RecursionError, template: str, config: Config) -> Problem:
    """An include without end that the templates' syntax did not show (a name from a variable)."""
    path, number, _ = _where(exc.__traceback__, template, config)
    return Problem(path, number, None, ENDLESS, ENDLESS_HINT)


def _where(tb: TracebackType | None, template: str, config: Config) -> tuple[str, int | None, str]:
    """The template file, line and the line's text of the innermost template frame in ``tb``."""
    frames = [(frame.f_code.co_filename, number) for frame, number in traceback.walk_tb(tb)
              if frame.f_code.co_filename.endswith(_TEMPLATE_FILES)]
    if not frames:
        return template_path(template, config), None, ""
    filename, number = frames[-1]
    return _file_name(Path(filename), config), number, linecache.getline(filename, number).rstrip("\n")


def _file_name(path: Path, config: Config) -> str:
    """A template file's name as the user sees it: under the project's templates/, or the package's."""
    if path.is_relative_to(config.templates):
        return config.rel(path)
    package = Path(str(resources.files("idlibsite.site"))) / "templates"
    if path.is_relative_to(package):
        return f"idlibsite/templates/{path.relative_to(package).as_posix()}"
    return template_path(path.name, config)

"""Render planned pages to bytes with Jinja (no I/O but reading templates).

One Jinja environment, built in one place: autoescape on, undefined variables
are errors, and an ordered search path — the project's own ``templates/``
first, the packaged defaults after — so a site overrides any template by
giving a file of the same name.  A page whose key is unchanged since the last
build is ``kept`` instead of being rendered again.  Pages stream out as they
are made: the whole site is never in memory.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import multiprocessing.pool  # loaded with the rest, not mid-build (see __main__ on Ctrl-C in imports)
import os
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from importlib import resources
from itertools import islice
from pathlib import Path

import jinja2
import jinja2.sandbox

from idlibsite import __version__
from idlibsite.cache import CACHE_DIR
from idlibsite.config import Config
from idlibsite.errors import InputError, Problem
from idlibsite.projectfiles import read_input, walk_inputs
from idlibsite.site.fragments import old_fragment, statement_fragment
from idlibsite.site.links import relative_to
from idlibsite.site.pages import Page
from idlibsite.site.planned import Whole
from idlibsite.site.tplcycles import cycles, references
from idlibsite.site.tplproblems import ENDLESS, ENDLESS_HINT, column, endless_problem, template_path, template_problem

KIND_LABELS = {
    "byline": "Byline", "dateline": "Date line", "caption": "Caption or credit",
    "related-link": "Related link", "chrome": "Navigation, player or share text", "footnote": "Footnote",
    "note": "Publisher's note", "url": "Original address",
}
SIDE_LABELS = {"assertion": "for the assertion", "counter": "for the counter-assertion", "context": "context"}
STATIC = ("card.png", "print.css", "search.js", "site.css", "source.css", "timeline.css")  # packaged static files, published under static/

Kept = Callable[[str], bool]  # whether a page is kept from the last build (not made again)


def environment(config: Config) -> jinja2.Environment:
    """The one Jinja environment: the site's templates/ first, then the packaged defaults."""
    loaders: list[jinja2.BaseLoader] = []
    overridden = config.templates.is_dir() and next(walk_inputs(config.templates), None) is not None
    if overridden:
        loaders.append(jinja2.FileSystemLoader(str(config.templates)))
    loaders.append(jinja2.PackageLoader("idlibsite.site", "templates"))
    # With overrides, sandboxed: a template may come from anyone; it can show what the pages show,
    # but not reach Python's internals ({{ cycler.__init__.__globals__.os.popen('id') }}) nor change
    # the records it is given.  The packaged templates alone are the tool's own code, and render
    # twice as fast without the sandbox's check on every attribute (0.19 s for 75 pages, not 0.40 s).
    kind = jinja2.sandbox.ImmutableSandboxedEnvironment if overridden else jinja2.Environment
    env = kind(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no need to stat every template on every page
        # the packaged templates compiled once for every later process; not with overrides, whose
        # sandbox a compiled file from the cache folder could otherwise bypass
        bytecode_cache=None if overridden else _compiled_templates(config),
    )
    env.globals.update(
        config=config,
        version=__version__,
        absolute=lambda path: config.base_url + path,
        kind_label=lambda kind: KIND_LABELS.get(kind, kind),
        side_label=lambda side: SIDE_LABELS[side],
        statement_fragment=statement_fragment,
        old_fragment=old_fragment,
    )
    return env


def _compiled_templates(config: Config) -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates in the project's cache folder (checked against each
    template's source); None when the folder cannot be made."""
    folder = config.root / CACHE_DIR / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def render(pages: Sequence[Page], config: Config, kept: Kept = lambda path: False) -> Iterator[tuple[str, bytes]]:
    """Each file of the site not ``kept``, as (path, bytes), as it is made; then raise
    InputError with every template problem.

    Pages are made across all cores when there are many (each worker
    compiles every template once) and come back in order as they are made,
    so that no more than a few are held at once; the bytes are the same as
    when made one by one.  The caller must not publish what it got unless
    the whole iteration ends without an error.
    """
    problems = unreadable_templates(config) or endless_includes(config)
    if problems:
        raise InputError(problems)
    todo = _to_make(pages, kept, problems)
    for page, made in zip(todo, _make_all(todo, config)):
        if isinstance(made, Problem):
            if made not in problems:  # one broken template breaks many pages: say it once
                problems.append(made)
        elif not problems:
            yield page.path, made
    if problems:
        raise InputError(problems)
    for name in STATIC:
        yield f"static/{name}", resources.files("idlibsite.site").joinpath("static", name).read_bytes()


def _to_make(pages: Sequence[Page], kept: Kept, problems: list[Problem]) -> list[Page]:
    """The pages not ``kept``, in order; each path planned twice is added to ``problems``.  The set
    of every path dies here, before the render workers are forked (2 MB at 3,000 sources, 8 MB at
    10,000), instead of living in :func:`render`'s frame while the pages are made."""
    todo: list[Page] = []
    seen: set[str] = set()
    for page in pages:
        if page.path in seen:
            problems.append(Problem(page.path, None, None, f"two pages would be written to {page.path}",
                                    "give the claims, actors and sources distinct ids (their aliases and former ids too)"))
            continue
        seen.add(page.path)
        if not kept(page.path):
            todo.append(page)
    return todo


# Below this many pages to make, a pool costs more than it saves.
PARALLEL_MIN_PAGES = 300
CHUNKS_PER_WORKER = 8  # pages go out in chunks: few round trips...
CHUNK_MAX = 64  # ...yet each a few MB at most, as the parent holds a chunk's results at once...
DEPS_PER_PAGE = 8  # ...and a chunk's pages show at most CHUNK_MAX * DEPS_PER_PAGE inputs: a page is about 1 kB
# an input it shows (1,000 sources: a claim's page 5 kB of 5, an actor's 40 kB of 47; an actor's grows with
# the sources), and 5 chunks of 64 actors' pages held at once took the parent from 314 MB to 338 at 3,000
CHUNKS_AHEAD = 2  # chunks given to each worker before the parent has taken the first one's pages
_work: tuple[Sequence[Page], Config] | None = None  # what forked workers render (set before forking)
_worker_env: jinja2.Environment | None = None


def _make_all(todo: Sequence[Page], config: Config) -> Iterator[bytes | Problem]:
    global _work
    workers = os.cpu_count() or 1
    if len(todo) < PARALLEL_MIN_PAGES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        env = _kept_environment(config)
        yield from (_make(env, page, config) for page in todo)
        return
    _work = (todo, config)
    gc.freeze()  # the model is shared with the workers: their collections must not touch (and copy) its pages
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunks = _chunks(todo, max(1, min(CHUNK_MAX, len(todo) // (workers * CHUNKS_PER_WORKER))))
            # a few chunks ahead per worker, no more: Pool.imap sends every chunk at once, and the pages
            # made faster than the caller writes them waited in the parent (tens of MB at 1,000 sources)
            pending = deque(_sent(pool, todo, config, *chunk) for chunk in islice(chunks, workers * CHUNKS_AHEAD))
            while pending:
                made = pending.popleft()()
                pending.extend(_sent(pool, todo, config, *chunk) for chunk in islice(chunks, 1))
                yield from made
    finally:
        _work = None
        gc.unfreeze()


def _sent(pool: multiprocessing.pool.Pool, todo: Sequence[Page], config: Config,
          start: int, size: int) -> Callable[[], list[bytes | Problem]]:
    """The pages of a chunk when called: made by a worker, or, a :class:`Whole` file's, by this process then
    (at its turn: its bytes are never pickled, nor held beside other pages)."""
    if size == 1 and isinstance(todo[start].data, Whole):
        return partial(_made_here, todo[start], config)
    return pool.apply_async(_make_chunk, (start, size)).get


def _made_here(page: Page, config: Config) -> list[bytes | Problem]:
    return [_make(_kept_environment(config), page, config)]


def _chunks(todo: Sequence[Page], most: int) -> Iterator[tuple[int, int]]:
    """Where each chunk of ``todo`` starts and how many pages it holds, in order: at most ``most`` pages,
    and at most ``most * DEPS_PER_PAGE`` inputs shown (a page showing more is a chunk alone), so that the
    pages of a chunk take about as many bytes whatever they list; a :class:`Whole` file is a chunk alone."""
    start, shown = 0, 0
    for i, page in enumerate(todo):
        n = most * DEPS_PER_PAGE + 1 if isinstance(page.data, Whole) else max(1, len(page.deps))
        if i > start and (i - start == most or shown + n > most * DEPS_PER_PAGE):
            yield start, i - start
            start, shown = i, 0
        shown += n
    if start < len(todo):
        yield start, len(todo) - start


_kept: dict[tuple[Config, str], jinja2.Environment] = {}  # the last environment, by configuration and templates


def _kept_environment(config: Config) -> jinja2.Environment:
    """The environment of the last build when neither the configuration nor any template or static file
    changed since (``serve`` renders a few pages per edit: compiling every template each time cost more);
    else a new one."""
    digest = hashlib.sha256()
    for name, data in template_files(config):
        digest.update(hashlib.sha256(name.encode()).digest() + hashlib.sha256(data).digest())
    k = (config, digest.hexdigest())
    if k not in _kept:
        _kept.clear()
        _kept[k] = environment(config)
    return _kept[k]


def _make_chunk(start: int, size: int) -> list[bytes | Problem]:
    """In a worker: the pages ``start`` to ``start + size`` of the work, in order."""
    global _worker_env
    assert _work is not None
    todo, config = _work
    if _worker_env is None:
        _worker_env = environment(config)
    made = [_make(_worker_env, page, config) for page in todo[start:start + size]]
    # A page's Jinja contexts, macros and loop objects refer to each other: its garbage is freed only
    # by a collection, and one that runs while a page is made moves that page's objects to an older
    # generation, collected far more rarely (cli's GC_THRESHOLDS).  Collected here, between pages, the
    # young generations hold only this chunk's garbage (the forked model is frozen, never scanned):
    # one process making every page of 1,000 sources grew by 12 MB so, 62 MB without.
    gc.collect(1)
    return made


# By environment, the templates found to recurse without end: their other pages are not made again
# (each recursed to Python's limit, and Jinja rewrote its thousand-frame traceback: 0.16 s a page).
_endless: weakref.WeakKeyDictionary[jinja2.Environment, dict[str, Problem]] = weakref.WeakKeyDictionary()
_cycles: weakref.WeakKeyDictionary[jinja2.Environment, list[Problem]] = weakref.WeakKeyDictionary()  # by environment


def _make(env: jinja2.Environment, page: Page, config: Config) -> bytes | Problem:
    endless = _endless.get(env)
    if endless is not None and page.template in endless:
        return endless[page.template]
    try:
        return page.data() if page.data is not None else _render(env, page, config)
    except jinja2.TemplateError as exc:
        return template_problem(exc, page.template, config)
    except RecursionError as exc:  # an endless include that endless_includes could not see (a name from a variable)
        problem = endless_problem(exc, page.template, config)
        _endless.setdefault(env, {})[page.template] = problem
        return problem


def endless_includes(config: Config) -> list[Problem]:
    """Each cycle of includes, extends or imports among the templates (the site's, and the defaults it
    does not override), at the include that closes it, found from their syntax before any page is made
    (once per environment: parsing every template took 0.2 s, and ``serve`` renders again on each edit)."""
    env = _kept_environment(config)
    if env not in _cycles:
        _cycles[env] = _cycle_problems(env, config)
    return list(_cycles[env])


def _cycle_problems(env: jinja2.Environment, config: Config) -> list[Problem]:
    assert env.loader is not None
    graph, sources = {}, {}
    for name in env.list_templates(extensions=["html", "xml"]):  # not templates/README.md
        sources[name] = env.loader.get_source(env, name)[0]
        try:
            graph[name] = references(env.parse(sources[name], name))
        except jinja2.TemplateSyntaxError:
            continue  # reported with its line when a page using it is made
    return [Problem(template_path(names[-2], config), line,
                    column(sources[names[-2]].splitlines()[line - 1], "", names[-1:]), f"{ENDLESS} ({' → '.join(names)})", ENDLESS_HINT)
            for names, line in cycles(graph)]


def _render(env: jinja2.Environment, page: Page, config: Config) -> bytes:
    page_path = page.path.removesuffix("index.html")
    url = relative_to(page_path, config.base_url, directory_urls=config.directory_urls)
    html = env.get_template(page.template).render(page_path=page_path, url=url, **page.context())
    return html.encode("utf-8")


def template_files(config: Config) -> list[tuple[str, bytes]]:
    """Every template and static file that can shape the output, for change detection.

    Named relative to their folder (``idlibsite/templates/...``, ``templates/...``),
    so moving the project or reinstalling the package does not make every page new.
    """
    package = Path(str(resources.files("idlibsite.site")))
    roots = [("idlibsite/templates", package / "templates"), ("idlibsite/static", package / "static")]
    files = [(f"{name}/{p.relative_to(root).as_posix()}", p.read_bytes())
             for name, root in roots for p in sorted(root.rglob("*")) if p.is_file()]
    own, problems = _own_templates(config)
    if problems:
        raise InputError(problems)
    return files + [(f"templates/{path.relative_to(config.templates).as_posix()}", data) for path, data in own]


def _own_templates(config: Config) -> tuple[list[tuple[Path, bytes]], list[Problem]]:
    """The site's template overrides with their bytes; each must be a regular file inside the project."""
    files, problems = [], []
    if config.templates.is_dir():
        for path in sorted(walk_inputs(config.templates)):
            data, found = read_input(path, config.root, config.rel(path))
            problems += found
            if data is not None:
                files.append((path, data))
    return files, problems


def unreadable_templates(config: Config) -> list[Problem]:
    """The site's template overrides that are not regular UTF-8 text files (Jinja would stop with a
    traceback, or wait on a FIFO)."""
    files, problems = _own_templates(config)
    for path, data in files:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace")) + 1
            problems.append(Problem(config.rel(path), line, column,
                                    f"the template is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
                                    "re-save the template as UTF-8"))
    return problems

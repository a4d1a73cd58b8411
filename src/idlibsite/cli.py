"""Command line: parses arguments and calls in; no logic of its own."""

from __future__ import annotations

import argparse
import gc
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from idlibsite import __version__
from idlibsite.build import BuildResult, build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check, unreviewed
from idlibsite.config import Config, is_example_url, load_config
from idlibsite.errors import IdlibError, Problem, UsageError, visible
from idlibsite.fetch import MAX_BYTES, TIMEOUT
from idlibsite.progress import Progress

if TYPE_CHECKING:
    from idlibsite.addsource import Added

DESCRIPTION = ("Build a static site of who said what: claims, each statement for and against them traced to the "
               "exact words of an archived article (corpus/), annotated in claims/. Start with `check`, then "
               "`build`; `add-source` and `suggest` annotate a new article. `idlibsite COMMAND -h` gives a "
               "command's options; README.md walks through a first source.")
INTERRUPTED = 130  # the shell's exit status after Ctrl-C (128 + SIGINT)
NOT_STARTED = "idlibsite: interrupted before it started; nothing was written"
UNFOUND = {"agency": "none credited", "url": "none found (optional: the sidecar's url stays empty)"}  # add-source
WARNINGS_SHOWN = 20  # a build prints this many warnings (all with -v); `check` prints every one


# The cyclic garbage collector's thresholds for a command-line run.  A build
# makes tens of millions of objects that all live until it ends (sources,
# blocks, anchors): with the default (700, 10, 10), collections that re-scan
# them took half of `check` at 10,000 sources (19.6 s; 10.1 s with these).
# Cycles are still collected, only less often.
GC_THRESHOLDS = (100_000, 50, 100)


def main(argv: Sequence[str] | None = None) -> int:
    gc.set_threshold(*GC_THRESHOLDS)
    for stream in (sys.stdout, sys.stderr):  # a non-UTF-8 locale must not turn "é" into a crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        args = _parser().parse_args(argv)
    except KeyboardInterrupt:  # Ctrl-C while the command line is read (the words __main__ prints on import)
        print(NOT_STARTED, file=sys.stderr)
        return INTERRUPTED
    try:
        config = load_config(
            Path(args.root).resolve(),
            {"base_url": getattr(args, "base_url", None), "output": getattr(args, "output", None),
             "directory_urls": None if getattr(args, "for_disk", None) is None else not args.for_disk},
        )
        return int(args.run(config, args))
    except IdlibError as exc:
        for problem in exc.problems:
            print(problem.format(), file=sys.stderr)
        errors = sum(p.severity == "error" for p in exc.problems) or len(exc.problems)
        kept = getattr(args, "kept", "")  # what a refusal leaves as it was, for the commands that write
        print(f"idlibsite: stopped with {errors} problem{'s' if errors != 1 else ''}{kept}.",
              file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        # a build swaps the new site in at once: what is published is the old site or the new one
        print("idlibsite: interrupted; the published site is the previous one, or the new one if it was "
              "already swapped in", file=sys.stderr)
        return INTERRUPTED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="idlibsite", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"idlibsite {__version__}")
    parser.add_argument(
        "--root", default=".", help="project folder (holds pyproject.toml); default: ."
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="check everything, then write the site atomically")
    p.add_argument("--output", help="output folder (default: [tool.idlibsite] output, site/)")
    p.add_argument("--base-url", help="absolute URL the site is served from (for permalinks)")
    p.add_argument("--for-disk", action=argparse.BooleanOptionalAction,
                   help="links name each page's index.html, so that the site opens from disk without a web server "
                        "(--no-for-disk: links name folders, for a server; default: [tool.idlibsite] directory_urls)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--full", action="store_true", help="render every page, not only changed ones")
    p.add_argument("--accept-source-changes", action="store_true",
                   help="accept spans whose archived article changed (after checking the words)")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("-v", "--verbose", action="store_true", help="also print each phase and its time")
    p.set_defaults(run=_build, kept="; the site was not changed")

    p = sub.add_parser("check", help="load, anchor and check everything; write nothing")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--unreviewed", action="store_true",
                   help="also list the claims no second reader has reviewed (no reviewed: key)")
    p.set_defaults(run=_check)
    p = sub.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on every change")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--output", help="output folder (default: [tool.idlibsite] output, site/)")
    p.add_argument("--base-url", help="absolute URL for permalinks (default: from pyproject.toml)")
    p.add_argument("--edit", action="store_true",
                   help="annotate source pages in the browser: select words, save statements into claims/")
    p.set_defaults(run=_serve, kept="; the site was not changed")

    p = sub.add_parser("add-source", help="copy an article into corpus/ with a pre-filled sidecar")
    p.add_argument("file", help="the article: a UTF-8 text file, a saved web page (.html) or an https:// URL")
    p.add_argument("--timeout", type=float, default=TIMEOUT, help=f"seconds to wait for a URL (default {TIMEOUT:g})")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                   help=f"the largest page fetched from a URL (default {MAX_BYTES:,})")
    p.add_argument("--id", dest="source_id",
                   help="the source id (default: the file's or the address's name, then the date the article states)")
    p.set_defaults(run=_add_source, kept="; nothing was written")

    p = sub.add_parser("suggest", help="list what in a source no statement covers yet")
    p.add_argument("source_id", help="a source id (see `idlibsite check`), or its article's file (corpus/NAME.txt)")
    p.add_argument("--yaml", action="store_true", help="print a YAML statement stub for each")
    p.set_defaults(run=_suggest)
    return parser


def _notice(message: str) -> None:
    """Something repaired on the way (a damaged cache discarded): one line, not a problem."""
    print(f"idlibsite: notice: {visible(message)}", file=sys.stderr)


def _serve(config: Config, args: argparse.Namespace) -> int:
    # imported by the commands that use them: `idlibsite build` does not load the server, the editing layer,
    # add-source or suggest (a quarter of a second of every build's start)
    from idlibsite.editing.api import EditLayer
    from idlibsite.editing.session import Session
    from idlibsite.serve import serve, watches

    # one for every rebuild: parsed inputs stay in memory, and files are read again only when reported changed
    cache = Cache(config.root / CACHE_DIR, writable=True, notice=_notice, keep_reads=watches(config))

    behind = False  # whether the last build left the search index behind its pages

    def built(search_later: bool) -> BuildResult | list[str]:
        """A build of the site; the problems (printed) when it failed."""
        nonlocal behind
        try:  # a preview: drafts are not versions; the search index may catch up afterwards
            result = build(config, cache=cache, notice=_notice, record_versions=False, search_later=search_later)
        except IdlibError as exc:
            messages = [p.format() for p in exc.problems]
            print("\n".join(messages) + "\nBuild failed; still serving the last good site.", file=sys.stderr)
            return messages
        behind = result.search_behind
        return result

    def told(result: BuildResult) -> list[str]:
        later = " (search index: catching up)" if behind else ""
        print(f"Built {result.pages} pages ({result.rendered} files rendered){later}.", file=sys.stderr)
        return []

    def rebuild(search_later: bool = True) -> list[str]:
        result = built(search_later)
        return result if isinstance(result, list) else told(result)

    def prepare() -> list[str] | None:
        """serve's build at its first quiet moment, nothing changed: silent (None) when the site is as it was."""
        result = built(search_later=True)
        if isinstance(result, list) or result.written.written or result.written.removed:
            return result if isinstance(result, list) else told(result)
        return None

    def ready(port: int) -> None:
        print(f"Serving {config.rel(config.output)}/ at http://127.0.0.1:{port}/ (Ctrl-C to stop)", file=sys.stderr)
        if args.edit:
            print(f"Editing: open a source page (http://127.0.0.1:{port}/sources/) and select words; "
                  f"saves go to {config.rel(config.claims)}/", file=sys.stderr)

    try:
        layer = EditLayer(Session(config)) if args.edit else None
        # the site built as `build` builds it; the files sent point at the server, unless --base-url says otherwise
        serve(config, args.port, rebuild, ready=ready, own_links=args.base_url is None, layer=layer,
              behind=lambda: behind, catch_up=lambda: rebuild(search_later=False), changed=cache.changed,
              prepare=prepare, unseen=cache.unseen)
    except KeyboardInterrupt:
        pass
    return 0


def _add_source(config: Config, args: argparse.Namespace) -> int:
    from idlibsite.addsource import add_source
    from idlibsite.sources.reading import DOCUMENTS
    from idlibsite.sources.records import PDF_SUFFIX

    target = args.file if re.match(r"(?i)https?://", args.file) else Path(args.file)
    added = add_source(config, target, args.source_id, timeout=args.timeout, max_bytes=args.max_bytes)
    # a document the text was read out of, by its kind (else a saved page, whose passages left out are listed)
    document = {PDF_SUFFIX: "PDF", **{suffix: what for suffix, (what, _) in DOCUMENTS.items()}}.get(
        added.page.suffix if added.page is not None else "", "")
    if added.page is not None:
        print(visible(f"Saved the {document or 'page'} as {config.rel(added.page)}, byte for byte, and the "
                      f"text {'read out of' if document else 'extracted from'} it:"))
    print(visible(f"Added {config.rel(added.article)} (sha256 {added.sha256}) as source '{added.source_id}'."))
    if added.page is not None and not document:
        _print_left_out(config, added)
    found = added.found
    for label, finding in (("title", found.title), ("date", found.date_note), ("url", found.url),
                           ("outlet", found.outlet), ("agency", found.agency), ("language", found.language)):
        shown = finding.value or UNFOUND.get(label, "FIXME (not found)")
        print(visible(f"  {label:<9} {shown}" + (f"  [{'' if finding.certain else 'GUESS: '}{finding.note}]"
                                                 if finding.note else "")))
    print(visible(f"Review the pre-filled sidecar {config.rel(added.sidecar)}, then set review: false."))
    print("Blocks found:")
    for kind, line, words in added.blocks:
        print(visible(f"  line {line:>4}  {kind:<17} {words}"))
    print(visible(f"A block of the wrong kind? Say what it is under block_kinds in {config.rel(added.sidecar)} "
                  '("1": chrome; "7-8": title for lines 7 to 8 as one block): see corpus/README.md.'))
    print(visible(f"Then `idlibsite suggest {added.source_id} --yaml` lists its passages to annotate."))
    return 0


def _print_left_out(config: Config, added: Added) -> None:
    """Say which extraction made a page's text and what of the page it leaves out: never silent."""
    from idlibsite.sources.pageblocks import LEFT_OUT_WORDS
    from idlibsite.sources.webpage import COMPLETED

    if added.extractor == COMPLETED:
        print(visible("  trafilatura's text left out part of the story: the text is the story's blocks "
                      f"in page order ({COMPLETED})."))
    if not added.left_out:
        print(f"  Nothing of {LEFT_OUT_WORDS} words or more on the page is left out of the text.")
        return
    print(f"  Left out of the text: {len(added.left_out)} passage(s) of the page of {LEFT_OUT_WORDS} words or more:")
    page = config.rel(added.page) if added.page else "page"
    story = [(line, words) for line, words, furniture in added.left_out if not furniture]
    furniture = [line for line, _, furniture in added.left_out if furniture]
    if story:
        print(f"   {len(story)} not page furniture by the page's markup: check these first:")
    for line, words in story:
        shown = " ".join(words.split()[:12]) + (" …" if len(words.split()) > 12 else "")
        print(visible(f"    {page}:{line}  {shown}"))
    if furniture:  # a cookie notice or a footer is long and always there: its lines are enough
        print(visible(f"   {len(furniture)} page furniture by the page's markup (menus, share links, bylines, "
                      f"captions, cookie notices, footers), not shown: {page} line(s) "
                      + ", ".join(map(str, furniture))))
    print(visible("  Check each one: menus, share buttons, related links, cookie notices and footers belong left "
                  "out. If one is part of the story, quotes from it cannot anchor: copy the article's text from "
                  "the browser into a .txt file and add that with add-source instead."))


def _suggest(config: Config, args: argparse.Namespace) -> int:
    from idlibsite.suggest import actor_stub, describe, source_named, statement_ids, stub, suggest

    result = check(config)
    source = source_named(result.site, args.source_id)
    if source is None:  # perhaps refused for an error of its own: the errors come first, so the reason shows
        known = ", ".join(s.id for s in result.site.sources)
        refused = ("a source with an error (above) in its sidecar or text is left out until it is fixed; "
                   if result.errors else "")
        raise UsageError([*result.errors, Problem("suggest", None, None, f"no source '{args.source_id}'",
                                                  f"{refused}known sources: {known}")])
    found = suggest(result.site, source)
    proposed: dict[str, str] = {}
    for s, ident in zip(found, statement_ids(found)):
        who = describe(s.speaker)
        if args.yaml:
            print(visible(f"# {source.path}:{s.line}:{s.column}: {who}"))  # the stub itself is YAML, as in the file
            print(stub(source, s, ident))
            if s.speaker.new:
                proposed.setdefault(s.speaker.new.name, actor_stub(s.speaker.new))
        else:
            print(visible(f"{source.path}:{s.line}:{s.column}: {s.kind}: {who}: {s.text}"))
    if proposed:
        print(f"# New actors to add to {config.rel(config.claims / 'actors.yaml')} (under actors:):")
        print("\n".join(proposed.values()))
    print(f"{len(found)} passage{'s' if len(found) != 1 else ''} of {source.id} not covered by any statement.")
    return 0


def _build(config: Config, args: argparse.Namespace) -> int:
    with Progress(verbose=args.verbose, quiet=args.quiet) as progress:
        result = build(config, strict=args.strict, accept_source_changes=args.accept_source_changes,
                       full=args.full, progress=progress, notice=_notice)
    warnings = result.checked.problems  # a successful build has warnings only (kept packed: problemrows.py)
    first: tuple[Problem, ...] = ()
    if is_example_url(config.base_url):
        where = "--base-url" if args.base_url else "pyproject.toml"
        first = (Problem(where, None, None, f"base_url {config.base_url} is an example domain: every "
                         "permalink, \"Cite this\" and feed link of the site points there",
                         'set [tool.idlibsite] base_url to the address the site is published at, '
                         'or pass --base-url', "warning"),)
    total = len(first) + len(warnings)
    # only the warnings printed are made into objects
    shown = (*first, *(warnings if args.verbose else warnings[:max(0, WARNINGS_SHOWN - len(first))]))[
        :total if args.verbose else WARNINGS_SHOWN]
    if not args.quiet:
        for problem in shown:
            print(problem.format(), file=sys.stderr)
        if total > len(shown):
            print(f"… and {total - len(shown)} more warnings (`idlibsite check` lists them all)",
                  file=sys.stderr)
    if not args.quiet:
        w = result.written
        print(
            f"Built {result.pages} pages into {config.rel(config.output)}/: {result.rendered} files "
            f"rendered, {w.written} written, {w.unchanged} unchanged, {w.removed} removed."
        )
    return 0


def _check(config: Config, args: argparse.Namespace) -> int:
    result = check(config, cache=Cache(config.root / CACHE_DIR, notice=_notice, remember=False))
    failing = result.problems if args.strict else result.errors
    pending = unreviewed(result.site) if args.unreviewed else ()
    if args.format == "json":
        data = _json(result)
        if args.unreviewed:
            data["unreviewed"] = [{"id": c.id, "path": c.path, "title": c.title} for c in pending]
        print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
    else:
        for problem in result.problems:
            print(problem.format())
        for line in _summary(result):
            print(visible(line))
        for claim in pending:
            print(visible(f"{claim.loc.path}:{claim.loc.line}:{claim.loc.column}: not reviewed: {claim.id}: {claim.title}"))
        if args.unreviewed:
            total = len(result.site.annotations.claims)
            print(f"{len(pending)} of {total} claim{'s' if total != 1 else ''} not reviewed by a second reader.")
    return 1 if failing else 0


def _summary(result: CheckResult) -> list[str]:
    site = result.site
    coverage = {c.source_id: c for c in result.coverage}
    lines = []
    for s in site.sources:
        body = len(s.blocks.ranges(("body",)))
        c = coverage[s.id]
        lines.append(
            f"{s.id}: {s.meta.outlet}; {s.meta.date.iso or 'unknown'} ({s.meta.date.precision}); "
            f"{body} body paragraphs; passages annotated {c.annotated}/{c.total}{_on_purpose(c.not_listed)}"
        )
    methods = Counter(q.anchor.method for q in site.quotes)
    statements = sum(len(c.statements) for c in site.annotations.claims)
    errors = len(result.errors)
    warnings = len(result.problems) - errors
    total = sum(c.total for c in result.coverage)
    annotated = sum(c.annotated for c in result.coverage)
    on_purpose = _on_purpose(sum(c.not_listed for c in result.coverage))
    lines.append(
        f"{len(site.sources)} sources, {len(site.annotations.actors)} actors, "
        f"{len(site.annotations.claims)} claims; {len(site.quotes)}/{statements} statements anchored "
        f"({methods['exact']} exact, {methods['normalized']} normalized, {methods['fuzzy']} fuzzy); "
        f"coverage {annotated}/{total} attributed passages{on_purpose}; {errors} errors, {warnings} warnings"
    )
    return lines


def _on_purpose(not_listed: int) -> str:
    """", N not listed on purpose" (the sidecars' not_listed), "" for none."""
    return f", {not_listed} not listed on purpose" if not_listed else ""


def _json(result: CheckResult) -> dict[str, object]:
    return {
        "ok": not result.errors,
        "problems": [p.to_json() for p in result.problems],
        "sources": [
            {
                "id": s.id,
                "outlet": s.meta.outlet,
                "date": s.meta.date.iso,
                "precision": s.meta.date.precision,
                "body_paragraphs": len(s.blocks.ranges(("body",))),
            }
            for s in result.site.sources
        ],
        "coverage": [
            {"source": c.source_id, "annotated": c.annotated, "total": c.total, "not_listed": c.not_listed}
            for c in result.coverage
        ],
        "statements_anchored": len(result.site.quotes),
    }


if __name__ == "__main__":
    sys.exit(main())

"""Load corpus/: every article file with its metadata sidecar, as Source records.

An article is ``corpus/<stem>.txt`` (evidence: never edited) and its sidecar
``corpus/<stem>.yaml`` says what the file cannot: a stable id, the outlet,
the date with its precision and how it was determined.  Every problem in the
whole folder is collected and returned in one go.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from operator import attrgetter
from pathlib import Path

from idlibsite import schema
from idlibsite.cache import BATCH, Cache, key
from idlibsite.dates import UNKNOWN
from idlibsite.errors import Problem
from idlibsite.filestats import Stats, read_hashed
from idlibsite.formerids import former_problems, renamed
from idlibsite.projectfiles import listing, shown_as
from idlibsite.sources.blocks import Override, cut_blocks, split_lines
from idlibsite.sources.evidence import changed_since_added, decode_article, sha256_hex
from idlibsite.sources.mailfile import READER as MAIL_READER
from idlibsite.sources.outlets import OUTLETS_FILE
from idlibsite.sources.pdfdoc import EXTRACTOR as PDF_EXTRACTOR
from idlibsite.sources.pdfdoc import pdf_problems
from idlibsite.sources.reading import document_problems
from idlibsite.sources.records import (BLOCK_KINDS, DOCX_SUFFIX, EML_SUFFIX, MHTML_SUFFIX, PDF_SUFFIX, Blocks, NotListed,
                                       PageRecord, Source, SourceMeta)
from idlibsite.sources.stated import disagreements, stated_values
from idlibsite.sources.webpage import EXTRACTOR, PAGE_SUFFIX, page_problems
from idlibsite.sources.worddoc import READER as DOCX_READER
from idlibsite.yamlpos import YMap, YStr, YValue, load_yaml_bytes, read_yaml

SOURCE_KIND = "source-8"  # cache entries: an article and its sidecar, parsed (2: with the id's location; 3: blocks
# packed; 4: the file's bytes kept, not its decoded text; 5: blocks without the display their text makes again;
# 6: keyed by the files' SHA-256; 7: with former ids; 8: with not_listed)
ARTICLE_SUFFIX = ".txt"
SIDECAR_SUFFIX = ".yaml"
FIXME = "FIXME"  # add-source's marker for a value it could not find
SIDECAR_KEYS = (
    "id", "former_ids", "outlet", "outlet_note", "byline", "title", "date", "date_note", "url", "language",
    "review", "block_kinds", "html_sha256", "mhtml_sha256", "pdf_sha256", "docx_sha256", "eml_sha256", "text_sha256",
    "extractor", "not_listed",
)
# The evidence a text was extracted from, by its suffix: a saved web page, one saved as MHTML, a PDF, a Word document,
# a mail file (the sidecar records its SHA-256 under "<suffix without the dot>_sha256").
EVIDENCE_SUFFIXES = (PAGE_SUFFIX, MHTML_SUFFIX, PDF_SUFFIX, DOCX_SUFFIX, EML_SUFFIX)
# How each is checked: there with the SHA-256 recorded, and its text as the installed reader reads it.
EVIDENCE_PROBLEMS = {PDF_SUFFIX: pdf_problems, DOCX_SUFFIX: document_problems, EML_SUFFIX: document_problems}
READERS = {PDF_SUFFIX: PDF_EXTRACTOR, DOCX_SUFFIX: DOCX_READER, EML_SUFFIX: f"{MAIL_READER} + {DOCX_READER}"}
NOT_LISTED_KEYS = ("quote", "note")


def load_corpus(
    corpus_dir: Path, root: Path, cache: Cache | None = None, *, trust_stats: bool = True,
    hashed: dict[str, str] | None = None,
) -> tuple[tuple[Source, ...], list[Problem]]:
    """Every article in ``corpus_dir`` (sorted by id) and every problem found.

    An article whose bytes and sidecar are unchanged is taken from ``cache``; with ``trust_stats``,
    one whose files' stats are the ones recorded is not even read (filestats.py: the cached source
    holds the article's bytes).  ``hashed`` is given the SHA-256 of each file, by its name as shown.
    """
    cache = cache or Cache(None)
    problems: list[Problem] = []
    if not corpus_dir.is_dir():
        shown = shown_as(corpus_dir, root)
        return (), [Problem(shown, None, None, "the corpus folder does not exist",
                            f"create {shown}/ and add article files (<name>.txt) with sidecars")]
    listed = listing(corpus_dir)
    names = frozenset(listed)
    for name in listed:
        stem = name.removesuffix(SIDECAR_SUFFIX) or name  # as Path.stem: ".yaml" is its own stem
        if name.endswith(SIDECAR_SUFFIX) and name != OUTLETS_FILE and stem + ARTICLE_SUFFIX not in names:
            problems.append(Problem(shown_as(corpus_dir / name, root), None, None,
                                    f"sidecar without its article {stem}{ARTICLE_SUFFIX}",
                                    "restore the article file, or delete this sidecar"))
    articles = [corpus_dir / name for name in listed if name.endswith(ARTICLE_SUFFIX)]
    sources: list[Source] = []
    stats = Stats(cache, shown_as(corpus_dir, root), trust_stats)
    for i in range(0, len(articles), BATCH):
        for source, found in _load_sources(articles[i:i + BATCH], root, cache, stats, names,
                                           {} if hashed is None else hashed):
            problems += found
            if source is not None:
                sources.append(source)
    stats.store()
    problems += _duplicate_ids(sources)
    olds = [(s.id, old) for s in sources for old in s.meta.former_ids]
    # where each source is whose id is some old id (the only ones former_problems looks up): not every
    # source's sidecar named, a path made for each (0.01 s a fresh edit at 1,000 sources)
    taken = {old for _, (old, _) in olds}
    problems += former_problems("former id", "source", olds, {s.id: sidecar_of(s) for s in sources if s.id in taken})
    return tuple(sorted(sources, key=lambda s: s.id)), problems


def load_source(article: Path, root: Path, cache: Cache | None = None) -> tuple[Source | None, list[Problem]]:
    """One article and its sidecar, or the problems that prevent loading them."""
    cache = cache or Cache(None)
    return _load_sources([article], root, cache, Stats(cache, shown_as(article.parent, root), False),
                         frozenset(listing(article.parent)), {})[0]


def _load_sources(articles: Sequence[Path], root: Path, cache: Cache, stats: Stats, names: Collection[str],
                  hashed: dict[str, str]) -> list[tuple[Source | None, list[Problem]]]:
    """Each article with its sidecar (and saved page, each when ``names``, the folder's listing, has it), as
    load_source: the cached ones looked up together, the files whose stats are the recorded ones in ``stats``
    not read unless they are not cached."""
    files: list[list[tuple[Path, str]]] = []  # each article's files: itself, its sidecar, its saved page or PDF
    for article in articles:
        # its other files' names as ``article.with_suffix`` gives them, each shown as the article is (in its
        # folder), a path made only for those listed (six paths made per source took 0.04 s at 3,000 sources)
        name, suffix, shown = article.name, article.suffix, shown_as(article, root)
        stem, folder_shown = name[:len(name) - len(suffix)], shown[:len(shown) - len(name)]
        files.append([(article, shown), *((article.with_name(n), folder_shown + n)
                                          for n in (stem + s for s in (SIDECAR_SUFFIX, *EVIDENCE_SUFFIXES)) if n in names)])
    found = iter(stats.digests([f for each in files for f in each], root))
    read = []
    for each in files:
        got = [next(found) for _ in each]
        problems = [p for _, _, found_here in got for p in found_here]
        for (_, shown), (_, sha, _) in zip(each, got):
            if sha is not None:
                hashed[shown] = sha
        read.append((each, got, _key(each, got), problems))
    hits = cache.get_many(SOURCE_KIND, [k for *_, k, problems in read if not problems])
    out: list[tuple[Source | None, list[Problem]]] = []
    for each, got, k, problems in read:
        hit = hits.get(k)
        if got[0][1] is None or problems:  # a link, a special file or too large: nothing to parse
            out.append((None, problems))
        elif isinstance(hit, tuple):
            out.append((hit[0], list(hit[1])))
        else:  # not cached: every file read (those known by their stat only now), as it is now
            datas = []
            for (path, shown), (data, _, _) in zip(each, got):
                if data is None:
                    data, more = read_hashed(cache, path, root, shown)
                    problems += more
                if data is not None:
                    datas.append(data)
            if len(datas) < len(each):
                out.append((None, problems))
                continue
            shas = [sha256_hex(data) for data in datas]
            hashed.update((shown, sha) for (_, shown), sha in zip(each, shas))
            sidecar_data = next((d for (f, _), d in zip(each, datas) if f.suffix == SIDECAR_SUFFIX), None)
            page_data = {f.suffix: d for (f, _), d in zip(each, datas) if f.suffix in EVIDENCE_SUFFIXES}
            article, sidecar = each[0][0], each[0][0].with_suffix(SIDECAR_SUFFIX)
            loaded = parse_source(shown_as(article, root), datas[0], shown_as(sidecar, root), sidecar_data, page_data)
            out.append(cache.put(SOURCE_KIND, _key(each, [(None, sha, None) for sha in shas]), loaded))
    return out


def _key(files: Sequence[tuple[Path, str]], got: Sequence[tuple[object, str | None, object]]) -> str:
    """The cache key of a parsed source: its article's name, and the SHA-256 of each of its files by kind
    (the saved page's problems are found by the extractor's version, a PDF's, Word document's or mail's by its reader's)."""
    readers = tuple(READERS[path.suffix] for path, _ in files if path.suffix in READERS)
    return key(EXTRACTOR, *readers, files[0][1], *(f"{path.suffix}={sha}" for (path, _), (_, sha, _) in zip(files, got)))


def parse_source(
    shown: str, data: bytes, sidecar_shown: str, sidecar_data: bytes | None, evidence: dict[str, bytes] | None = None
) -> tuple[Source | None, list[Problem]]:
    """An article's bytes, its sidecar's (None when missing) and those of the evidence it was read out of (a saved web
    page, an MHTML file, a PDF, a Word document, a mail file), by suffix (``evidence``: each there, as ".html", ".mhtml",
    ".pdf", ".docx" or ".eml") as a Source (pure)."""
    evidence = evidence or {}
    text, problems = decode_article(shown, data)
    if sidecar_data is None:
        problems.append(Problem(shown, None, None, f"the article has no sidecar {sidecar_shown}",
                                f"run `idlibsite add-source {shown}` or write {sidecar_shown} "
                                "(see corpus/README.md)"))
        return None, problems
    node, found = load_yaml_bytes(sidecar_shown, sidecar_data)
    problems += found
    parsed = _sidecar(node, problems, text) if node is not None else None
    if text is None or parsed is None:
        return None, problems
    meta, overrides, page = parsed
    if page.html_sha256:
        problems += changed_since_added(shown, "extracted text", data, page.text_sha256, "it")
        problems += EVIDENCE_PROBLEMS.get(page.suffix, page_problems)(
            shown, text, str(Path(shown).with_suffix(page.suffix)), evidence.get(page.suffix), sidecar_shown,
            page.html_sha256, page.extractor)
    blocks = cut_blocks(text, overrides=overrides)
    stated = stated_values(blocks)
    problems += disagreements(shown, sidecar_shown, text, stated, meta)
    title_in_file = any(s.field == "title" for s in stated)
    problems += unreviewed(node)
    return Source(meta.id, shown, sha256_hex(data), data, Blocks.of(blocks, data), meta, title_in_file,
                  page if page.html_sha256 else None), problems


def declared_ids(corpus_dir: Path, root: Path) -> frozenset[str]:
    """Every id a sidecar in ``corpus_dir`` declares, whether or not its source loads.

    A statement citing a source that failed to load is not reported again as
    citing an unknown id: the source's own problems say what to fix.
    """
    ids: set[str] = set()
    for sidecar in sorted(corpus_dir.glob(f"*{SIDECAR_SUFFIX}"), key=attrgetter("name")):
        node, _ = read_yaml(sidecar, sidecar.name, root)
        value = node.get("id") if isinstance(node, YMap) else None
        if isinstance(value, YStr):
            ids.add(value.value)
    return frozenset(ids)


def unreviewed(node: YValue | None) -> list[Problem]:
    """Errors for a sidecar still awaiting review: each FIXME value, and ``review: true``.

    Machine-filled metadata is never published unchecked: a source whose
    sidecar says FIXME anywhere, or is still marked for review, stops the build.
    """
    if not isinstance(node, YMap):
        return []
    problems = []
    for field, value in node.entries:
        if isinstance(value, YStr) and FIXME in value.value:
            problems.append(value.loc.problem(
                f"{field.value}: still says FIXME, a value add-source could not find",
                "check the article: write the value you found (for a guess, confirm or correct the value "
                "beside it) and how you know it in the note, then set review: false"))
    review = node.get("review")
    if isinstance(review, YStr) and review.value == "true":
        problems.append(review.loc.problem(
            "review: true: the metadata was pre-filled by machine and awaits review",
            "check every value against the article, then set review: false"))
    return problems


def _sidecar(
    node: YValue, problems: list[Problem], text: str | None
) -> tuple[SourceMeta, dict[int, Override], PageRecord] | None:
    before = len(problems)
    f = schema.fields(node, "", SIDECAR_KEYS, problems)
    if f is None:
        return None
    meta = SourceMeta(
        id=f.required("id", schema.slug, ""),
        outlet=f.required("outlet", schema.text, ""),
        outlet_note=f.optional("outlet_note", schema.text, ""),
        title=f.required("title", schema.text, ""),
        date=f.required("date", schema.partial_date, UNKNOWN),
        date_note=f.required("date_note", schema.text, ""),
        byline=f.optional("byline", schema.text, ""),
        url=f.optional("url", schema.url, ""),
        language=f.required("language", schema.text, "en"),
        review=f.optional("review", schema.boolean, False),
        id_loc=f.loc("id"),
        former_ids=f.optional_list("former_ids", schema.located(schema.slug)),
        not_listed=f.optional_list("not_listed", _not_listed),
    )
    overrides: dict[int, Override] = f.optional("block_kinds", _block_kinds(text), {})
    # the text was read out of a saved page (corpus/<stem>.html), a page saved as MHTML (.mhtml), a PDF (.pdf), a Word
    # document (.docx) or a mail file (.eml): one of them
    given = [(suffix, sha) for suffix in EVIDENCE_SUFFIXES
             if (sha := f.optional(f"{suffix[1:]}_sha256", schema.text, ""))]
    problems += _two_evidence(node, [suffix for suffix, _ in given])
    suffix, sha = given[0] if given else (PAGE_SUFFIX, "")
    page = PageRecord(sha, f.optional("text_sha256", schema.text, ""), f.optional("extractor", schema.text, ""), suffix)
    evidence = f"{suffix[1:]}_sha256"
    if page.html_sha256 and not (page.text_sha256 and page.extractor):
        problems.append(f.loc(evidence).problem(
            f"{evidence} needs text_sha256 and extractor beside it",
            "add-source writes all three; restore them from version control"))
    return (meta, overrides, page) if len(problems) == before else None


def _two_evidence(node: YValue, suffixes: Sequence[str]) -> list[Problem]:
    """An error at the second evidence checksum a sidecar gives (``suffixes``: those it gives), as written: a text
    is read out of one file of evidence, and which one must not be left to the order the keys are tried in."""
    if len(suffixes) < 2 or not isinstance(node, YMap):
        return []
    keys = {f"{suffix[1:]}_sha256" for suffix in suffixes}
    first, second = [k for k, _ in node.entries if k.value in keys][:2]
    files = " or ".join(Path(node.loc.path).with_suffix(s).name for s in suffixes)
    return [second.loc.problem(
        f"{second.value} beside {first.value}: a text is read out of one file of evidence",
        f"keep the checksum of the file that is in corpus/ beside the article ({files}) and delete the other")]


def _not_listed(node: YValue, what: str, problems: list[Problem]) -> NotListed | None:
    """A ``not_listed`` entry: the passage's words (``quote``) and why it is not listed (``note``), both
    required; where the quote is in the article is checked with the passages (unlisted.py)."""
    f = schema.fields(node, what, NOT_LISTED_KEYS, problems)
    if f is None:
        return None
    before = len(problems)
    quote, note = f.required("quote", schema.text, ""), f.required("note", schema.text, "")
    return NotListed(quote, note, f.loc("quote")) if len(problems) == before else None


def _block_kinds(text: str | None) -> schema.Convert[dict[int, Override]]:
    """``block_kinds``: a mapping of a 1-based line number, or a range of lines ("7-8"), to the kind of the
    block starting there; each line checked against the article's ``text`` (None when it could not be read)."""
    def read(node: YValue, what: str, problems: list[Problem]) -> dict[int, Override] | None:
        # the article's lines, split only for a sidecar that has block_kinds (most have none)
        body = text.removesuffix("\n").removesuffix("\r") if text is not None else None
        lines = [body[start:end] for start, end in split_lines(body)] if body is not None else None
        if not isinstance(node, YMap):
            problems.append(node.loc.problem(f"{what}: expected a mapping of line number to kind",
                                             'write e.g.  "16": caption'))
            return None
        out: dict[int, Override] = {}
        taken: list[tuple[int, int, str]] = []  # (first, last, key) of each entry read
        for line, value in node.entries:
            m = re.fullmatch(r"([1-9][0-9]*)(?:-([1-9][0-9]*))?", line.value)
            if m is None:
                problems.append(line.loc.problem(
                    f"{what}: '{line.value}' is not a line number",
                    'use the 1-based line where the block starts, or a range such as "7-8" for lines 7 to 8 '
                    "as one block"))
                continue
            first, last = int(m[1]), int(m[2] or m[1])
            if (mistake := _line_mistake(first, last, lines, taken)) is not None:
                problems.append(line.loc.problem(f"{what}: '{line.value}': {mistake[0]}", mistake[1]))
                continue
            taken.append((first, last, line.value))
            kind = schema.enum(*BLOCK_KINDS)(value, f"{what}.{line.value}", problems)
            if kind is not None:
                out[first] = Override(kind, last if m[2] else None)
        return out

    return read


def _line_mistake(
    first: int, last: int, lines: Sequence[str] | None, taken: Sequence[tuple[int, int, str]]
) -> tuple[str, str] | None:
    """(message, hint) when lines ``first``–``last`` cannot be a block of the article: reversed, past its
    end, starting on a blank line or overlapping an entry already read (None when they can)."""
    if last < first:
        return "the range ends before it starts", f'write it as "{last}-{first}"'
    if lines is not None and last > len(lines):
        return (f"the article has {len(lines)} lines",
                "use the line numbers of the article file as an editor shows them")
    if lines is not None and not lines[first - 1].strip():
        return f"line {first} is blank: no block starts there", "use the line where the block's first words stand"
    clash = next((key for a, b, key in taken if a <= last and first <= b), None)
    if clash is not None:
        return f"overlaps the entry '{clash}'", "give each line to one entry"
    return None


def former_source_ids(sources: Sequence[Source]) -> dict[str, tuple[str, str]]:
    """Each source's former id -> its id now and its sidecar (see idlibsite.formerids)."""
    by_id = {s.id: s for s in sources}
    return {old: (new, sidecar_of(by_id[new])) for old, new in
            renamed((s.id, old) for s in sources for old in s.meta.former_ids).items()}


def sidecar_of(source: Source) -> str:
    """The source's sidecar, as shown."""
    return Path(source.path).with_suffix(SIDECAR_SUFFIX).as_posix()


def _duplicate_ids(sources: Sequence[Source]) -> list[Problem]:
    seen: dict[str, Source] = {}
    problems = []
    for source in sources:
        if source.id in seen:
            problems.append(Problem(
                sidecar_of(source), None, None,
                f"source id '{source.id}' is also used by {seen[source.id].path}",
                "give each source its own id: ids become URLs (/sources/<id>/)",
            ))
        seen.setdefault(source.id, source)
    return problems

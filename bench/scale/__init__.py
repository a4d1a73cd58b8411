"""Scale benchmark: a synthetic corpus of N sources built with idlibsite and with Hugo.

Run from the project root with the project's interpreter::

    .venv/bin/python -m bench.scale --sources 1000            # default seed 20200213
    .venv/bin/python -m bench.scale --sources 10000 --keep --workdir /tmp/scale10k
    .venv/bin/python -m bench.scale --sources 1000 --profile  # + cProfile of the full build

It generates, in the work folder, a project as messy as corpus/ and claims/
(hard wraps with ``al-\\nAssad`` breaks, page chrome, curly and straight
quotes, titles, date lines, bylines, captions, related links), with a
few hundred actors and ``--claims-per-source`` claims per source whose
statements quote sentences unique in their source: as typed, normalized
(other quote marks, line breaks as pasted or not) and with one or two typos.
Then, each in a fresh process (peak RSS by GNU time when it is there):

1. ``idlibsite check`` must exit 0 (warnings for fuzzy matches and uncovered
   quotations are expected);
2. ``idlibsite build --full`` into an empty site/: wall time, peak RSS;
3. rebuilds after a no-op, after adding one source and a claim quoting it,
   after editing one claim's title; then ``build --full`` with the warm cache;
4. another one-claim edit and a cold full build in a child that wraps
   idlibsite's pipeline functions in timers (anchoring share), optionally
   under cProfile (``--profile``);
5. an equivalent Hugo site (same pages, similar HTML) built with ``hugo``,
   then Pagefind over its output (what a Hugo user adds for search);
6. the five-article project (a copy of this repository's pyproject.toml,
   corpus/, claims/, templates/) built twice from a warm cache.

Every child runs on a copy of src/idlibsite taken at the start, so one run
measures one version of the code while others edit it.
Figures are printed at the end and written to ``<workdir>/results.json``.
Nothing outside the work folder is written.
"""


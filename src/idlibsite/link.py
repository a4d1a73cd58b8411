"""The extraction pass: anchor every statement (and verdict) in its source.

Each quote either becomes a :class:`~idlibsite.model.Quote` joined to its
speaker and source, or a problem located at the quote in the claim file,
naming the nearest candidate in the article with its line:column and score.
A fuzzy match is accepted but reported as a warning, so an annotator sees
the words the source really has.
"""

from __future__ import annotations

from collections.abc import Sequence

from idlibsite.anchoring import Anchor, AnchorFailure, Prepared, anchor, prepare
from idlibsite.annotations import AnchorHint, Annotations
from idlibsite.errors import Loc, Problem
from idlibsite.model import Quote, Site
from idlibsite.records import Source

_HINTS = {
    "empty": "type the words the speaker said",
    "not-found": "copy the words exactly from the article (quote marks, line breaks and "
    "typography do not matter), or check the statement's source id",
    "low-score": "the article's words differ from the typed quote: copy them exactly",
    "ambiguous": "add `anchor:` with `prefix:` (words just before), `suffix:` or `occurrence:` "
    "to say which one is meant",
}


def link(sources: Sequence[Source], annotations: Annotations) -> tuple[Site, list[Problem]]:
    """Anchor every statement and verdict; the site model and every problem found."""
    by_id = {s.id: s for s in sources}
    prepared = {s.id: prepare(s.text) for s in sources}
    problems: list[Problem] = []
    quotes: list[Quote] = []
    verdicts: dict[str, Anchor] = {}
    for claim in annotations.claims:
        for st in claim.statements:
            source, speaker = by_id.get(st.source), annotations.actor(st.speaker)
            if source is None or speaker is None or not st.quote.strip():
                continue  # reported by annotations.references / load_annotations
            found = _anchor(
                prepared[source.id], st.quote, st.anchor, st.quote_loc, source, problems
            )
            if found is not None:
                quotes.append(Quote(claim, st, speaker, source, found))
        verdict = claim.verdict
        if verdict is not None and verdict.source in by_id and verdict.quote.strip():
            source = by_id[verdict.source]
            found = _anchor(
                prepared[source.id], verdict.quote, None, verdict.quote_loc, source, problems
            )
            if found is not None:
                verdicts[claim.id] = found
    return Site(tuple(sources), annotations, tuple(quotes), verdicts), problems


def _anchor(
    prepared: Prepared,
    quote: str,
    hint: AnchorHint | None,
    loc: Loc,
    source: Source,
    problems: list[Problem],
) -> Anchor | None:
    result = anchor(
        prepared,
        quote,
        prefix=hint.prefix if hint else "",
        suffix=hint.suffix if hint else "",
        occurrence=hint.occurrence if hint else None,
    )
    if isinstance(result, AnchorFailure):
        problems.append(
            loc.problem(
                f"quote not anchored in {source.path}: {result.message}", _HINTS[result.reason]
            )
        )
        return None
    if result.method == "fuzzy":
        shown = " … ".join(span.text for span in result.spans)
        problems.append(
            loc.problem(
                f"quote anchored only approximately (score {result.score:.2f}) in {source.path}; "
                f"the article has: {' '.join(shown.split())!r}",
                "copy the article's words exactly so the match is certain",
                severity="warning",
            )
        )
    return result

"""Stage 3, anchor: sources and annotations in, the linked :class:`~idlibsite.anchoring.model.Site` out.

Finds each statement's quote in its source (exact, normalized, elided, then
strictly fuzzy), refuses a missing or ambiguous one with the nearest
candidate, joins every anchored statement to its speaker and source, and
compares the spans with the lock file of the last published build.
Imports from sources and annotations, never from a later stage.
"""

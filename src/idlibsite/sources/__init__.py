"""Stage 1, load the evidence: article files in, :class:`~idlibsite.sources.records.Source` records out.

Takes the ``*.txt`` articles of ``corpus/`` and their metadata sidecars, and
gives each as a Source: its exact decoded text and SHA-256, its metadata, and
typed blocks (title, byline, body, ...) with a display form mapped back to
file offsets.  Also what is read off a source's text (stated dates and URLs,
attributed quotations) and how its words are highlighted.  Imports nothing
from a later stage.
"""

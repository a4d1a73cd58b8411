"""The W3C Web Annotation selectors we publish point at the words in the archived file.

A consumer of sources/<id>/annotations.jsonld fetches the target's article.txt
(the corpus file as archived) and cuts [start, end) out of it: that must give
the TextQuoteSelector's ``exact``, with its ``prefix`` and ``suffix`` just around it.
"""

from conftest import ROOT
from idlibsite.cache import Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.site.exports import annotation_page

BASE = "https://idlib.example.org/"


def test_every_position_selector_cuts_its_exact_text_out_of_the_archived_file() -> None:
    site = check(load_config(ROOT), cache=Cache(None)).site
    seen = 0
    for source in site.sources:
        archived = (ROOT / source.path).read_bytes().decode("utf-8")
        page = annotation_page(site, source, "", "", BASE)
        for item in page["items"]:  # type: ignore[attr-defined]
            for target in item["target"]:
                assert target["source"] == f"{BASE}sources/{source.id}/article.txt"
                quote, position = target["selector"]
                assert (quote["type"], position["type"]) == ("TextQuoteSelector", "TextPositionSelector")
                start, end = position["start"], position["end"]
                assert 0 <= start < end <= len(archived)
                assert archived[start:end] == quote["exact"]
                assert archived[:start].endswith(quote["prefix"]) and archived[end:].startswith(quote["suffix"])
                assert len(quote["prefix"]) == min(32, start) and len(quote["suffix"]) == min(32, len(archived) - end)
                seen += 1
    assert seen >= len(site.quotes)  # one target per part of every anchored quote

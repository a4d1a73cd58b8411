"""Citation data: BibTeX, CSL-JSON, Highwire tags, versions and text-fragment links."""

import json

import pytest

from idlibsite.dates import parse_partial_date
from idlibsite.site.citation import Citation, bibtex, csl_json, version
from idlibsite.sources.highlight import text_fragment

CITE = Citation(
    key="idlibsite-foo",
    title="Russia & Syria are not responsible for 100% of {it}",
    publisher="Idlib 2020: who said what",
    url="https://idlib.example.org/claims/foo/",
    updated=parse_partial_date("2026-11-22"),
    version="0123456789abcd",
)


def test_bibtex_is_an_online_entry_with_escaped_fields() -> None:
    entry = bibtex(CITE)
    assert entry.startswith("@online{idlibsite-foo,\n")
    assert r"title = {Russia \& Syria are not responsible for 100\% of \{it\}}" in entry
    assert "author = {{Idlib 2020: who said what}}" in entry  # an organisation, not "Last, First"
    assert "url = {https://idlib.example.org/claims/foo/}" in entry
    assert "date = {2026-11-22}" in entry
    assert entry.count("{") == entry.count("}") + entry.count(r"\}") - entry.count(r"\{")


def test_csl_json_is_a_webpage_with_issued_date() -> None:
    (item,) = json.loads(csl_json(CITE))
    assert item["type"] == "webpage"
    assert item["URL"] == CITE.url
    assert item["issued"] == {"date-parts": [[2026, 11, 22]]}
    assert item["author"] == [{"literal": CITE.publisher}]


def test_highwire_tags_name_title_author_date_and_url() -> None:
    tags = dict(CITE.highwire)
    assert tags["citation_title"] == CITE.title
    assert tags["citation_author"] == CITE.publisher
    assert tags["citation_date"] == "2026/11/22"
    assert tags["citation_public_url"] == CITE.url


def test_version_changes_with_any_part_and_with_how_parts_are_split() -> None:
    base = version([b"claim", b"quote one"])
    assert base == version([b"claim", b"quote one"])
    assert base != version([b"claim", b"quote two"])
    assert version([b"ab", b"c"]) != version([b"a", b"bc"])
    assert len(base) == 14


@pytest.mark.parametrize(
    ("shown", "fragment"),
    [
        ("partially and completely false.", "#:~:text=partially%20and%20completely%20false."),
        ("worst-case scenario, they said", "#:~:text=worst%2Dcase%20scenario%2C%20they%20said"),
        ("A & B", "#:~:text=A%20%26%20B"),
        ("one two three four five six seven eight nine ten",
         "#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten"),
        ("Erdoğan’s “war”", "#:~:text=Erdo%C4%9Fan%E2%80%99s%20%E2%80%9Cwar%E2%80%9D"),
    ],
)
def test_text_fragment_links_are_percent_encoded(shown: str, fragment: str) -> None:
    assert text_fragment("https://example.com/a#old", shown) == "https://example.com/a" + fragment


def test_no_text_fragment_without_an_original_url() -> None:
    assert text_fragment("", "words") == ""

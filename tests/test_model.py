"""The site model: evidence statuses, roles at the time, statement context."""

from dataclasses import replace

import pytest

from conftest import ROOT
from idlibsite.anchoring.model import evidence_status, role_at
from idlibsite.annotations.records import Actor, Role
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.dates import UNKNOWN, parse_partial_date
from idlibsite.errors import Loc
from idlibsite.sources.highlight import pieces_html


@pytest.fixture(scope="module")
def site():  # type: ignore[no-untyped-def]
    return check(load_config(ROOT)).site


def test_evidence_status_from_sides_and_outlets(site) -> None:  # type: ignore[no-untyped-def]
    quotes = site.quotes_by_claim["russia-not-responsible-for-idlib-crisis"]
    outlets = len({q.source.meta.outlet for q in quotes})
    assert outlets > 1
    assert [(s.key, s.label) for s in evidence_status(quotes)] == [
        ("both-sides", "statements on both sides"), ("outlets", f"reported by {outlets} outlets")]
    one_side_one_outlet = [q for q in quotes if q.statement.side == "assertion"
                           and q.source.id == "russia-denies-responsibility-2020-03-04"]
    assert [s.key for s in evidence_status(one_side_one_outlet)] == ["one-outlet"]
    two_outlets = [q for q in quotes if q.statement.side == "assertion"]
    assert "both-sides" not in [s.key for s in evidence_status(two_outlets)]
    assert evidence_status(()) == ()


def test_role_at_the_time_said() -> None:
    actor = Actor("a", "A", "person", "Russia", (), (
        Role("Deputy minister", parse_partial_date("2015"), parse_partial_date("2019-06")),
        Role("Ambassador to Turkey", parse_partial_date("2019-07"), UNKNOWN),
    ), "", "", "", (), Loc("claims/actors.yaml", 1, 1), Loc("claims/actors.yaml", 1, 1))
    assert role_at(actor, parse_partial_date("2018-03-01")) == "Deputy minister"
    assert role_at(actor, parse_partial_date("2020-02")) == "Ambassador to Turkey"
    assert role_at(actor, parse_partial_date("2019-06-30")) == "Deputy minister"
    assert role_at(actor, UNKNOWN) == "Ambassador to Turkey"  # the latest, when the date cannot tell
    assert role_at(replace(actor, roles=()), parse_partial_date("2020")) == ""


def test_every_quote_is_shown_within_its_sentence(site) -> None:  # type: ignore[no-untyped-def]
    for q in site.quotes:
        marked = [text for pieces in q.context for text, hit in pieces if hit]
        assert len(marked) == _parts(q)  # one highlight per anchored part in each paragraph
        if len(marked) == len(q.anchor.spans):  # no part runs across paragraphs
            assert " … ".join(marked) == q.anchor_text  # each highlight is exactly its part's words
        for text in marked:
            assert text in q.anchor_text


def test_pieces_html_marks_the_quoted_pieces_and_escapes_every_piece() -> None:
    pieces = (("… He said ", False), ("<b>“no”</b> & left", True), (" at 5 > 4.", False))
    assert pieces_html(pieces) == (
        "… He said <mark>&lt;b&gt;“no”&lt;/b&gt; &amp; left</mark> at 5 &gt; 4."
    )
    assert pieces_html(()) == ""


def test_the_card_shows_the_context_pieces_as_html(site) -> None:  # type: ignore[no-untyped-def]
    for q in site.quotes:
        assert str(q.context_html).count("<mark>") == _parts(q)
        assert str(q.context_html).count("<p>") == len(q.blocks) >= 1


def _parts(q) -> int:  # type: ignore[no-untyped-def]
    """How many (span, paragraph) parts a quote's anchor has."""
    return sum(1 for s in q.anchor.spans for b in q.source.blocks if s.start < b.end and b.start < s.end)

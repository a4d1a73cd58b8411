"""The sentence shown around a quote is a whole sentence: never cut at an abbreviation."""

import re
from pathlib import Path

import pytest

from idlibsite.anchoring.model import Site
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.highlight import context_pieces

ROOT = Path(__file__).resolve().parent.parent
# A full stop that ends an abbreviation, not a sentence: months, titles and ranks,
# initialisms ("U.S.", "U.N."), times of day.
ABBREVIATION = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Lt|Gen|Col|Maj|Sgt|Capt|Gov|Sen|Rep|St|No|Jr"
    r"|Sr|Prof|Adm|Brig|Cmdr)|\b(?:[A-Z]\.)+[A-Z]|\b[ap]\.m)\.\s*$"
)


@pytest.fixture(scope="module")
def site() -> Site:
    return check(load_config(ROOT)).site


def shown(text: str, quote: str) -> str:
    """The context shown for ``quote``, the only paragraph of an article reading ``text``."""
    (block,) = [b for b in cut_blocks(text) if quote in b.display]
    start = block.display.index(quote)
    return "".join(t for t, _ in context_pieces(block, [(block.start + start, block.start + start + len(quote))]))


@pytest.mark.parametrize(("text", "quote", "sentence"), [
    ("The war went on. The ministry said in a Feb. 17 statement that the talks had failed. Then it rained.\n",
     "the talks had failed", "The ministry said in a Feb. 17 statement that the talks had failed."),
    ("Shells fell. U.S. officials said the strikes must stop at once. Nobody answered.\n",
     "the strikes must stop", "U.S. officials said the strikes must stop at once."),
    ("It was late. Lt. Gen. Igor Konashenkov said the convoy had turned back. The road was shut.\n",
     "the convoy had turned back", "Lt. Gen. Igor Konashenkov said the convoy had turned back."),
    ("Talks began. He said the ceasefire held until 5 p.m. on Tuesday. Then fighting resumed.\n",
     "the ceasefire held", "He said the ceasefire held until 5 p.m. on Tuesday."),
])
def test_the_sentence_is_not_cut_at_an_abbreviation(text: str, quote: str, sentence: str) -> None:
    assert shown(text, quote) == sentence


def test_a_quote_over_two_sentences_shows_both_and_nothing_more() -> None:
    text = 'Before. "We will not leave. We will stay," he said on Feb. 3. After that, silence.\n'
    assert shown(text, "We will not leave. We will stay") == '"We will not leave. We will stay," he said on Feb. 3.'


def test_no_quote_of_the_corpus_has_its_sentence_cut_at_an_abbreviation(site: Site) -> None:
    assert len(site.quotes) > 100
    for q in site.quotes:
        for block, pieces in zip(q.blocks, q.context, strict=True):  # one context per paragraph of the quote
            core = "".join(t for t, _ in pieces).removeprefix("… ").removesuffix(" …")
            at = block.display.find(core)
            assert at >= 0, q.statement.id
            before = block.display[:at]
            assert not ABBREVIATION.search(before), (q.claim.id, q.statement.id, before[-30:], core[:40])
            assert not ABBREVIATION.search(core), (q.claim.id, q.statement.id, core[-40:])

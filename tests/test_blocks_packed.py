"""A source's blocks held packed (Blocks): every block read back is the block that was packed."""

import pickle
from pathlib import Path

import pytest

from conftest import ROOT
from idlibsite.anchoring.model import blocks_under, kinds_under
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.records import Block, Blocks, Emphasis, Segment


def every_article() -> list[tuple[Block, ...]]:
    return [cut_blocks(Path(p).read_bytes().decode("utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))]


def test_every_block_of_every_article_reads_back_as_it_was_packed() -> None:
    for blocks in every_article():
        packed = Blocks.of(blocks)
        assert tuple(packed) == blocks
        assert len(packed) == len(blocks)
        assert [packed[i] for i in range(len(blocks))] == list(blocks)
        assert packed[-1] == blocks[-1] and packed[1:3] == blocks[1:3] and packed[::-2] == blocks[::-2]
        assert [packed.kind(i) for i in range(len(blocks))] == [b.kind for b in blocks]
        assert list(packed.starts) == [b.start for b in blocks] and list(packed.ends) == [b.end for b in blocks]


def test_marks_damage_and_a_cut_off_end_survive_packing() -> None:
    block = Block("body", 10, 40, "Some “words” here", (Segment(0, 4, 10, 14, True), Segment(4, 5, 14, 16, False)),
                  (Emphasis("link", 0, 4, "https://example.org/a"), Emphasis("em", 5, 12)), ((12, 14),), True)
    assert Blocks.of([block])[0] == block


def test_an_index_out_of_range_is_refused_as_by_a_tuple() -> None:
    packed = Blocks.of(every_article()[0])
    with pytest.raises(IndexError):
        packed[len(packed)]
    with pytest.raises(IndexError):
        packed[-len(packed) - 1]


def test_ranges_of_kinds_without_unpacking() -> None:
    for blocks in every_article():
        packed = Blocks.of(blocks)
        assert packed.ranges(("body",)) == [(b.start, b.end) for b in blocks if b.kind == "body"]
        assert packed.ranges(("title", "caption")) == [(b.start, b.end) for b in blocks
                                                       if b.kind in ("title", "caption")]


def test_packed_blocks_pickle_compare_and_hash_by_content() -> None:
    first, second = every_article()[:2]
    packed = Blocks.of(first)
    again = pickle.loads(pickle.dumps(packed))
    assert again == packed and hash(again) == hash(packed) and tuple(again) == first
    assert Blocks.of(second) != packed
    assert packed != first  # a tuple of blocks is not the packed form


def test_blocks_under_a_range_are_the_same_packed_or_not() -> None:
    for blocks in every_article():
        packed = Blocks.of(blocks)
        end = blocks[-1].end
        for start in range(0, end, 97):
            under = blocks_under(blocks, start, start + 150)
            assert under == [b for b in blocks if b.start < start + 150 and start < b.end]
            assert blocks_under(packed, start, start + 150) == under
            assert kinds_under(packed, start, start + 150) == kinds_under(blocks, start, start + 150) == [
                b.kind for b in under]


def test_blocks_packed_with_their_texts_bytes_keep_no_display_and_read_back_the_same() -> None:
    """Each display is made again from the source's bytes (it was two thirds of the packed rows)."""
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        data = path.read_bytes()
        blocks = cut_blocks(data.decode("utf-8-sig"))
        packed, kept = Blocks.of(blocks, data), Blocks.of(blocks)
        assert tuple(packed) == blocks
        assert all(pickle.loads(row)[0] is None for row in packed._rows)
        assert sum(map(len, packed._rows)) < sum(map(len, kept._rows)) - sum(len(b.display.encode()) for b in blocks)
        again = pickle.loads(pickle.dumps(packed))
        assert again == packed == kept and hash(again) == hash(packed) == hash(kept) and tuple(again) == blocks


def test_a_display_its_segments_do_not_make_is_kept() -> None:
    text = "Some words here, and more"
    made = Block("body", 0, 15, "Some words here", (Segment(0, 15, 0, 15, True),))
    other = Block("body", 0, 15, "Some WORDS here", (Segment(0, 15, 0, 15, False),))
    for block in (made, other):
        packed = Blocks.of([block], text.encode())
        assert packed[0] == block
        assert (pickle.loads(packed._rows[0])[0] is None) == (block is made)
    # equal blocks give equal Blocks, whether their display is kept or made from their text's bytes
    assert Blocks.of([made], text.encode()) == Blocks.of([made], b"Some other words, and more")
    assert Blocks.of([made], text.encode()) != Blocks.of([other], text.encode())

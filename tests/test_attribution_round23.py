"""Round 22's remaining classes of error: a quotation in the second clause of a sentence of two speakers, ...
(see bench/README.md, "Round 22's remaining classes")."""

from __future__ import annotations

from test_attribution import speakers


def test_a_quotation_takes_the_subject_of_its_own_clause_after_while_or_and_the() -> None:
    text = ('The Arlen Water Board, in a late bulletin, blamed the farmers upstream for the flooding, while the '
            'Dalby Harbour Authority announced the closure of "all three northern quays" until Monday.')
    assert speakers(text) == [
        ("reported", "The Arlen Water", "new:Arlen Water Board"),
        ("reported", "the Dalby Harbour", "new:Dalby Harbour Authority"),
        ("direct", "all three northern", "new:Dalby Harbour Authority")]
    text = ("Mayor Anna Berg said the dikes had held overnight, and the regional governor, Lars Holm, confirmed that "
            'the roads would reopen, calling the repairs "a small miracle".')
    assert speakers(text) == [
        ("reported", "Mayor Anna Berg", "new:Anna Berg"),
        ("reported", "the regional governor,", "new:Lars Holm"),
        ("direct", "a small miracle", "new:Lars Holm")]


def test_a_clause_after_a_conjunction_without_a_subject_of_its_own_keeps_the_sentence_whole() -> None:
    text = "The mayor said the dikes had held, and the engineers who had said otherwise went home."
    assert [kind for kind, _words, _who in speakers(text)] == ["reported"]

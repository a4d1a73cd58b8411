"""The error classes and the learned chooser over the rules' candidates (bench/errorclass.py, bench/candidates.py,
bench/chooser.py; issue 15, session rank15), on texts of our own."""

from __future__ import annotations

import numpy as np

from bench.candidates import key, named_where, page_rows
from bench.chooser import Case, choose, figures, fit, moved
from bench.errorclass import other_form
from idlibsite.attribution.answer import NOBODY, NewActor, Speaker

PAGE = """Relief groups warn of winter in the camps

Aid officials in Gaziantep said on Monday that the camps were full.

"We have no more tents," said Mirela Voss, who runs a relief convoy for the charity Northbridge Aid.

Northbridge Aid said it would send twelve more lorries before the snow.
"""


def _new(name: str, person: bool = True) -> Speaker:
    return Speaker(None, NewActor(name, person, "", ""), "", "named", 0.9)


def test_a_speaker_described_but_unnamed_is_nobody_as_the_bench_scores_it() -> None:
    assert key(Speaker(None, None, "aid officials", "named", 0.9)) == key(NOBODY) == ("nobody", "")
    assert key(_new("Mirela  Voss")) == key(_new("mirela voss")) != key(_new("Mirela Voss-Hale"))


def test_a_person_by_surname_and_a_body_by_a_distinctive_word_or_its_initials_are_another_form() -> None:
    assert other_form("Voss", ["Mirela Voss"], person=True)
    assert other_form("Northbridge", ["Northbridge Aid"], person=False)
    assert other_form("Nedma", ["National Emergency and Disaster Management Agency"], person=False)  # the first letters of its initials


def test_two_countries_bodies_of_one_portfolio_or_two_people_are_not_another_form() -> None:
    assert not other_form("Chilean Foreign Ministry", ["Kenyan Ministry of Foreign Affairs"], person=False)
    assert not other_form("Mirela Voss", ["Anton Brack"], person=True)
    assert not other_form("Ministry of Health", ["Ministry of Interior"], person=False)


def test_where_the_page_names_a_speaker_before_or_after_a_point() -> None:
    at = PAGE.index("Northbridge Aid said")
    assert named_where(PAGE, ["Mirela Voss"], at) == (True, False)
    assert named_where(PAGE, ["Voss"], at) == (True, False)  # a surname written alone is the same person
    assert named_where(PAGE, ["Northbridge Aid"], PAGE.index("Aid officials")) == (False, True)
    assert named_where(PAGE, ["Anton Brack"], len(PAGE)) == (False, False)


def test_a_passage_has_the_cascade_answer_the_names_of_its_paragraphs_and_nobody_as_candidates() -> None:
    case = {"text": PAGE, "passages": [
        {"find": "We have no more tents", "kind": "direct", "new": "Mirela Voss"},
        {"find": "it would send twelve more lorries", "kind": "reported", "new": "Northbridge Aid"},
        {"find": "the camps were full", "kind": "reported", "speaker": None},
    ]}
    quote, lorries, camps = page_rows("own.yaml", case, ())
    assert quote.got is not None and quote.got.label == "Mirela Voss"
    cascade = [c for c in quote.candidates if "cascade" in c.sources]
    assert len(cascade) == 1 and cascade[0].right
    assert any(key(c.speaker) == ("nobody", "") and "nobody" in c.sources for c in quote.candidates)
    assert {"sentence_name", "cascade"} <= next(c.sources for c in quote.candidates if key(c.speaker) == ("new", "mirela voss"))
    voss = next(c for c in lorries.candidates if key(c.speaker) == ("new", "mirela voss"))
    assert "recent" in voss.sources and voss.recent_rank >= 1 and not voss.right  # the last speaker, but not this one
    assert any(c.right for c in lorries.candidates) and any(c.right for c in camps.candidates)


def _case(features: list[list[float]], right: list[bool], cascade: int = 0, held_out: int | None = None) -> Case:
    return Case("own.yaml", held_out, True, True, np.array(features, dtype=float), np.array(right),
                np.array([True] * len(right)), cascade)


def test_the_ranker_learns_the_feature_that_marks_the_right_candidate_and_is_deterministic() -> None:
    # feature 0: the cascade's; feature 1: a sign the training passages share with their right candidate
    train = [_case([[1, 0], [0, 1]], [False, True]) for _ in range(30)] + [_case([[1, 1], [0, 0]], [True, False]) for _ in range(10)]
    w = fit(train, l2=1.0)
    assert w[1] > 0 and np.array_equal(w, fit(train, l2=1.0))
    test = _case([[1, 0], [0, 1]], [False, True])
    assert choose(test, w) == 1
    assert choose(test, w, margin=1e6) == 0  # the cascade's answer unless another beats it by more than the margin
    assert moved([test], lambda c: choose(c, w)) == (1, 0)
    assert figures([test], lambda c: c.cascade)["precision"] == 0.0 and figures([test], lambda c: 1)["recall"] == 1.0

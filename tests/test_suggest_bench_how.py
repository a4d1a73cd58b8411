"""The scorer of bench/suggest.py prints a round's figures per construction (`how:`, LABELS.md, end)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibsite.annotations.load import load_annotations

ROOT = Path(__file__).resolve().parents[1]

_CASE = """\
outlet: Our own test
published: 2020-03-02
held_out: 99
text: |
  Aid convoy waits at the border

  Deputy Health Minister Lina Moretti said on Monday that the convoy would cross within days.

  The minister added that fuel was short.

  Residents said the road had been shelled overnight.
passages:
  - {find: "said on Monday that the convoy would cross within days", kind: reported, new: Lina Moretti, how: named}
  - {find: "added that fuel was short", kind: reported, new: Lina Moretti, how: title}
  - {find: "said the road had been shelled overnight", kind: reported, speaker: null, how: nobody}
"""


def test_the_scorer_counts_each_construction_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.suggest

    (tmp_path / "900-test.yaml").write_text(_CASE, "utf-8")
    monkeypatch.setattr(bench.suggest, "SET", tmp_path)
    annotations, _ = load_annotations(ROOT / "claims", ROOT)
    figures = bench.suggest.score(annotations.actors, None, False, 99)
    assert figures["how: named"] == "1 right of 1 answers, of 1 passages"
    assert figures["how: title"] == "1 right of 1 answers, of 1 passages"
    assert figures["how: nobody"] == "0 of 1 passages given a speaker"
    assert figures["passages"] == 3

"""The statement stubs of ``idlibsite suggest --yaml``: ids a claim file accepts as they are."""

from idlibsite.attribution.answer import NOBODY, NewActor, Speaker
from idlibsite.schema import SLUG
from idlibsite.suggest import Suggestion, speaker_id, statement_ids

AKAR = Speaker(None, NewActor("Hulusi Akar", True, "Minister of National Defence", "Turkey"), "", "named", 0.84)


def _passage(text: str, speaker: Speaker = AKAR) -> Suggestion:
    return Suggestion("direct", 0, len(text), text, 1, 1, speaker, text)


def test_two_passages_opening_alike_get_two_ids() -> None:
    # A headline quoting the words the article gives again below: one claim cannot hold two equal ids.
    found = [_passage("We will not leave our positions south of the highway"),
             _passage("Our soldiers are there to protect civilians"),
             _passage("We will not leave our positions, he told reporters"),
             _passage("We will not leave our positions at all")]
    ids = statement_ids(found)
    assert ids == ["hulusi-akar-we-will-not-leave-our", "hulusi-akar-our-soldiers-are-there-to",
                   "hulusi-akar-we-will-not-leave-our-2", "hulusi-akar-we-will-not-leave-our-3"]
    assert all(SLUG.fullmatch(i) for i in ids)


def test_nobody_named_gives_a_statement_id_and_no_speaker() -> None:
    found = [_passage("Fighting resumed overnight", NOBODY)] * 2
    assert statement_ids(found) == ["statement-fighting-resumed-overnight", "statement-fighting-resumed-overnight-2"]
    assert speaker_id(NOBODY) == "" and speaker_id(AKAR) == "hulusi-akar"


def test_an_id_does_not_repeat_the_name_the_passage_opens_with() -> None:
    # a speaker named in full, by the last word of the name, and an organisation: the id names it once
    assert statement_ids([_passage("Hulusi Akar, the defence minister, said the posts would stay")]) == [
        "hulusi-akar-the-defence-minister-said-the"]
    assert statement_ids([_passage("Akar told reporters in Ankara that the convoy was hit")]) == [
        "hulusi-akar-told-reporters-in-ankara-that"]
    sana = Speaker(None, NewActor("SANA", False, "", "Syria"), "", "named", 0.93)
    assert statement_ids([_passage("SANA said government forces had repelled an attack", sana)]) == [
        "sana-said-government-forces-had-repelled"]


def test_an_id_keeps_words_that_only_look_like_the_name() -> None:
    # a longer word, a first name alone (not the end of the id), and a quote that is the name alone
    assert statement_ids([_passage("Akarsu said nothing of the convoy")]) == ["hulusi-akar-akarsu-said-nothing-of-the"]
    assert statement_ids([_passage("Hulusi said the posts would stay")]) == ["hulusi-akar-hulusi-said-the-posts-would"]
    assert statement_ids([_passage("Akar")]) == ["hulusi-akar-akar"]

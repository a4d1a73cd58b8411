"""Round 22's remaining classes of error: a quotation in the second clause of a sentence of two speakers, a reported
speaker inside a tagged turn and role anaphors (see bench/README.md, "Round 22's remaining classes")."""

from __future__ import annotations

from test_attribution import ACTORS, paragraphs, speakers
from idlibsite.attribution.inorder import attribute
from idlibsite.attribution.speakers import attribute_page
from idlibsite.sources.statements import find_passages


def test_a_quotation_takes_the_subject_of_its_own_clause_after_while_or_and_the() -> None:
    text = ('The Arlen Water Board, in a late bulletin, blamed the farmers upstream for the flooding, while the '
            'Dalby Harbour Authority announced the closure of "all three northern quays" until Monday.')
    assert speakers(text) == [
        ("reported", "The Arlen Water", "new:Arlen Water Board"),
        ("reported", "while the Dalby", "new:Dalby Harbour Authority"),  # its conjunction opens it (LABELS: 333, 363, 375)
        ("direct", "all three northern", "new:Dalby Harbour Authority")]
    text = ("Mayor Anna Berg said the dikes had held overnight, and the regional governor, Lars Holm, confirmed that "
            'the roads would reopen, calling the repairs "a small miracle".')
    assert speakers(text) == [
        ("reported", "Mayor Anna Berg", "new:Anna Berg"),
        ("reported", "and the regional", "new:Lars Holm"),
        ("direct", "a small miracle", "new:Lars Holm")]


def test_a_clause_after_a_conjunction_without_a_subject_of_its_own_keeps_the_sentence_whole() -> None:
    text = "The mayor said the dikes had held, and the engineers who had said otherwise went home."
    assert [kind for kind, _words, _who in speakers(text)] == ["reported"]


MINUTES = ("Minutes of the sitting of 4 March\n\n"
           "CHAIR – The floor is yours.\n\n"
           'ADA LUND (Westby) – Thank you. The Minister of Transport said on Monday that "the bridge will reopen within '
           'a week". We have heard that before.\n\n'
           "CHAIR – Thank you.\n\n"
           'OLE BERG (Eastby) – The bridge has been shut for a month. The Minister of Coastal Affairs told us that "the '
           'money is there". Mayor Per Holm told us that "the ferry will run again". Nobody has paid for the repairs.\n\n'
           "ADA LUND (Westby) – We will ask again tomorrow.")


def test_a_quotation_in_a_turn_given_to_an_office_the_page_names_nobody_for_stays_the_turns() -> None:
    said = {words: who for _kind, words, who in speakers(MINUTES)}
    assert said["the bridge will"] == "new:Ada Lund"
    assert said["the money is"] == "new:Ole Berg"
    assert said["the ferry will"] == "new:Per Holm"  # a named speaker's words are theirs


def test_a_nations_office_is_the_holder_of_that_title_not_one_whose_title_names_it() -> None:
    text = ('Vladimir Putin and Recep Tayyip Erdoğan met in Sochi for four hours. "The talks were hard but useful," '
            "the Russian president told reporters afterwards.")
    assert [who for _k, _w, who in speakers(text)] == ["vladimir-putin"]  # not his press secretary


def test_his_guest_or_her_counterpart_is_the_other_person_the_page_named_beside_them() -> None:
    text = ('In Oslo on Monday, Ada Lund received Lars Holm of the Dalby Council. "We have a plan for the bridge," '
            'Ms. Lund told reporters after the meeting.\n\nHer guest spoke of "a good first step" but gave no date.')
    assert [who for _k, _w, who in speakers(text)][-2:] == ["new:Lars Holm", "new:Lars Holm"]


def test_a_heading_that_quotes_someone_is_a_passage_of_theirs() -> None:
    text = ('Holm at the bridge: "We will rebuild it by May"\n\n'
            'The governor of Dalby, Lars Holm, visited the site on Friday. "The river took everything," he said.\n\n'
            "Berg Says Ferry Will Run Again\n\n"
            "Mayor Anna Berg said the ferry would run from Monday.")
    parts = paragraphs(text)
    found = attribute_page(text, parts[1::2], parts[0::2], ACTORS)
    assert [(text[p.start : p.end][:12], s.label) for p, s in found.items()] == [
        ("We will rebu", "Lars Holm"),  # "Holm at the bridge:": the surname, its full name from the article
        ("The river to", "Lars Holm"), ("Berg Says Fe", "Anna Berg"), ("Mayor Anna B", "Anna Berg")]


_HEARING = (
    "Harbours Committee: Oral evidence, 12 March 2020\n\n"
    "Witnesses: Dr Mira Solberg, Director of Coastal Research, Dalby University; Tomas Vik, Chief Executive, "
    "Harbour Operators Association.\n\n"
    "Q1 Chair: Dr Solberg, what happened to the quays?\n\n"
    "Dr Solberg: The surge broke the northern wall.\n\n"
    "Q2 Chair: Mr Vik, when will they reopen?\n\n"
    "Tomas Vik: Not before the summer.\n\n"
    "Q3 Chair: Dr Solberg, will it happen again?\n\n"
    "Dr Solberg: It will, unless the wall is raised.")


def test_a_records_roster_line_is_no_passage_and_gives_the_speakers_stubs_their_title_and_body() -> None:
    passages = find_passages(_HEARING, paragraphs(_HEARING))
    found = attribute(passages, ACTORS, text=_HEARING)
    assert [(_HEARING[p.start : p.end][:12], found[p].label) for p in passages] == [
        ("The surge br", "Mira Solberg"), ("Not before t", "Tomas Vik"), ("It will, unl", "Mira Solberg")]
    stubs = {found[p].new.name: (found[p].new.role, found[p].new.affiliation) for p in passages if found[p].new}
    assert stubs == {"Mira Solberg": ("Director of Coastal Research", "Dalby University"),
                     "Tomas Vik": ("Chief Executive", "Harbour Operators Association")}

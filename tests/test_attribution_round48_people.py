"""Round 45's private person quoted after an official (issue 15, session fix15bz): a speaker introduced by their
relation to another ("Her father, X, said the family prays for her", "His mother, Y, ...") is not of that other's
gender: neither the possessive of the role ("her uncle" is a man) nor the pronouns of their own sentence that stand for
the other ("prays for her") tell whom the next "he" or "she" stands for, so the quotation after "he said" is the
relative's, not an official's named before.  Texts of our own, in several outlets' forms; "guard" in an id: passes on
the old code too."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else "-"  # "-": nobody named
            for p, s in found.items()}


def _page(official: str, student: str, relative: str, quote: str) -> str:
    return ("Families of students abroad told not to worry\n\n"
            "By Staff Reporter  12 March 2020\n\n"
            f"{official}\n\n"
            f"{student}\n\n"
            f"{relative} \"{quote},\" he said.\n")


@pytest.mark.parametrize(("official", "student", "relative", "quote", "want"), [
    pytest.param("The Ministry's Chief Executive Officer, Aroha Ngata, confirmed on Tuesday that the Ministry had written to"
                 " the Embassy.", "One of the students, Sina Tevita, 21, told the Observer that life was normal.",
                 "Her father, Fonoti Tevita of Apia, said the family prays for her every night.",
                 "We only want her to come home safe", "new:Fonoti Tevita", id="her_father_prays_for_her"),
    pytest.param("The permanent secretary, Ndapewa Shikongo, said on Monday that the High Commission was in touch with"
                 " the students.", "A medical student, Martha Iipinge, 23, said her classes continue.",
                 "Her uncle, Johannes Iipinge of Oshakati, said the family calls her every evening.",
                 "She is brave and she will finish", "new:Johannes Iipinge", id="her_uncle_calls_her"),
    pytest.param("Foreign Secretary Sushila Karki said the embassy had contacted all the students.",
                 "Anita Gurung, 20, who studies in Ankara, said she felt safe.",
                 "Her uncle, Bikash Gurung of Pokhara, said the family is proud.",
                 "We trust the embassy to look after them", "new:Bikash Gurung", id="her_uncle_role_alone"),
])
def test_a_relative_is_not_of_the_gender_of_the_one_they_relate_to(official: str, student: str, relative: str,
                                                                   quote: str, want: str) -> None:
    got = _speakers(_page(official, student, relative, quote))
    said = [who for passage, who in got.items() if passage.startswith(quote)]
    assert len(said) == 1 and said[0].startswith(want), got  # the name's place ("of Apia") is another matter

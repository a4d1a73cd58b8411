"""Unknown speakers proposed as new, never mapped to a known actor on part of what names them (issue 15, session
fix15eo): a country the actors file has no actor for is proposed as new, not its government's actor (LABELS "Syria as a
delegation and as a country"); a title anaphor never stands for one who holds the office only at a lower rank ("the
Secretary-General" after an under-secretary-general); a body's spokesperson named before is that person.  Texts of our
own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.countryvoice import country_voice, meeting_record
from idlibsite.attribution.ranks import outranked
from idlibsite.attribution.speakers import HEADING_KINDS, attribute_page
from idlibsite.sources.blocks import cut_blocks
from idlibsite.suggest import describe
from test_attribution import ACTORS, said_opening

_SYRIAN = next(a for a in ACTORS if a.id == "syrian-government")
_TURKISH = next(a for a in ACTORS if a.id == "turkey")


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Airspace closed\n\nSyria declared the airspace over Idlib closed, the state agency said on Sunday.",
     "Syria declared the", "new:Syria"),  # a wire's relayed act
    ("Damascus hits back\n\nSyria said on Friday that it would answer any attack on its forces.",
     "Syria said on", "new:Syria"),  # a plain "said"
    ("Syria: the army will liberate every inch of our land\n\nThe army went on with its advance.",
     "Syria: the army", "new:Syria"),  # a tagged headline
    ("Note of protest\n\nThe Syrian Arab Republic said the Turkish troops were an occupying force.",
     "The Syrian Arab", "new:Syria"),  # the country's official form
])
def test_a_country_with_no_actor_of_its_own_is_proposed_as_new(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Gates open\n\nTurkey said it would no longer stop refugees leaving for Europe.", "Turkey said it", "turkey"),
    ("Deal\n\nRussia said the Sochi memorandum remained the only basis for peace.", "Russia said the", "russia"),
    ("Airspace closed\n\nDamascus said the airspace over Idlib was closed.", "Damascus said the", "syrian-government"),
    ("Airspace closed\n\nThe Syrian government said the airspace over Idlib was closed.", "The Syrian government",
     "syrian-government"),
    ("Council meeting\n\nThe Syrian delegation said the Turkish troops were an occupying force.", "The Syrian delegation",
     "syrian-government"),
    ("Security Council, 8724th meeting\n\nKelly Craft (United States) said her country stood with Turkey. Syria said the"
     " Turkish troops were an occupying force.", "Syria said the", "syrian-government"),  # a seat on a meeting's record
    ("Interactive dialogue\n\nSyria, speaking as the concerned country, said that the report was biased.", "Syria, speaking as",
     "syrian-government"),  # a delegation taking the floor in a meeting's summary
])
def test_a_country_is_its_government_where_the_file_or_the_record_makes_it_so(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_RECORD = "Council debate\n\nKelly Craft (United States) said her country stood with Turkey."
_NEWS = "Airspace closed\n\nThe army advanced on Saraqeb, the agency said."


@pytest.mark.parametrize(("phrase", "nation", "government", "page", "wanted"), [
    ("Syria", "Syria", _SYRIAN, _NEWS, "new:Syria, runner-up syrian-government"),
    ("Syria", "Syria", _SYRIAN, _RECORD, "syrian-government"),
    ("the delegation of Syria", "Syria", _SYRIAN, _NEWS, "syrian-government"),
    ("Turkey", "Turkey", _TURKISH, _NEWS, "turkey"),
    ("Greece", "Greece", None, _RECORD, "none"),  # no government known: read as any name
])
def test_country_voice(phrase: str, nation: str, government, page: str, wanted: str) -> None:
    got = country_voice(phrase, nation, government, page)
    said = "none" if got is None else got.actor.id if got.actor else f"new:{got.new.name}"
    runner = f", runner-up {got.runner_up.id}" if got is not None and got.runner_up is not None else ""
    assert said + runner == wanted


def _first(text: str, opening: str) -> str:
    """How `suggest` describes the speaker of the passage of a page that opens with ``opening``."""
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    found = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind == "body"],
                           [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS], ACTORS)
    return next(describe(s) for p, s in found.items() if text[p.start : p.end].startswith(opening))


@pytest.mark.parametrize(("text", "opening", "runner"), [
    ("Airspace closed\n\nSyria said on Friday that it would answer any attack on its forces.", "Syria said",
     "runner-up Syrian government (syrian-government)"),  # the country proposed; the known actor it came near, named
    ("Briefing\n\nThe Russian Foreign Ministry's spokeswoman, Maria Zakharova, said the talks had failed. The Foreign"
     " Ministry's spokeswoman recalled that militants kept shelling the base.", "The Foreign Ministry's",
     "runner-up Russian Foreign Ministry (russian-foreign-ministry)"),  # the person; the body the possessive names
])
def test_suggest_names_the_known_actor_a_proposed_speaker_came_near(text: str, opening: str, runner: str) -> None:
    assert runner in _first(text, opening)


@pytest.mark.parametrize(("page", "wanted"), [
    (_RECORD, True),
    ("Dialogue\n\nSyria, speaking as the concerned country, said the report was politicized.", True),
    ("Debate\n\nPakistan, speaking on behalf of the Organization of Islamic Cooperation, said civilians must be spared.",
     True),
    ("Session\n\nThe European Union, speaking for its member states, said those responsible had to be held accountable.",
     True),
    (_NEWS, False),
    ("Damascus\n\nSpeaking on state television, the minister said the army would go on.", False),  # no delegation
])
def test_meeting_record(page: str, wanted: bool) -> None:
    assert meeting_record(page) is wanted


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Ceasefire call\n\nRosemary DiCarlo, Under-Secretary-General for Political Affairs, told the Council the crisis had"
     " deepened. The Secretary-General called for an immediate ceasefire.", "The Secretary-General called", ""),
    ("Geneva\n\nAssistant Secretary-General Ursula Mueller said the camps were full. The Secretary-General later"
     " called for a ceasefire.", "The Secretary-General later", ""),
    ("Washington\n\nVice President Mike Pence said the talks had failed. The President later said they would go on.",
     "The President later", ""),
    ("UN appeal\n\nUN relief chief Mark Lowcock said the crisis had reached a new level. The Secretary-General called for"
     " an immediate ceasefire.", "The Secretary-General called", ""),  # a known actor's own title, from the actors file
])
def test_a_title_never_stands_for_its_lower_rank(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Washington\n\nVice President Mike Pence said the talks had failed. The vice president later said they would go"
     " on.", "The vice president", "new:Mike Pence"),  # the rank named too
    ("Talks stall\n\nDeputy Foreign Minister Sergei Vershinin said the talks had failed. The minister later said they"
     " would go on.", "The minister later", "new:Sergei Vershinin"),  # "deputy" is no rank: pages' shorthand
    ("Athens\n\nForeign Minister and Deputy Prime Minister Nikos Dendias said the talks had failed. The minister later"
     " said they would go on.", "The minister later", "new:Nikos Dendias"),
    ("Geneva\n\nSecretary-General Antonio Guterres said the camps were full. The Secretary-General later called for a"
     " ceasefire.", "The Secretary-General later", "new:Antonio Guterres"),
])
def test_a_title_still_stands_for_its_holder(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("phrase", "head", "role", "wanted"), [
    ("The Secretary-General", "secretary-general", "U.N. under-secretary-general for humanitarian affairs", True),
    ("the Secretary-General", "secretary-general", "Assistant Secretary-General Name", True),
    ("the President", "president", "Vice-President Name", True),
    ("the President", "president", "Vice President Name", True),
    ("the vice president", "president", "Vice President Name", False),
    ("the minister", "minister", "Deputy Foreign Minister Name", False),
    ("the President", "president", "President and Vice President Name", False),
    ("the minister", "minister", "Ambassador Name", False),
])
def test_outranked(phrase: str, head: str, role: str, wanted: bool) -> None:
    assert outranked(phrase, head, role) is wanted


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Briefing\n\nThe Russian Foreign Ministry's spokeswoman, Maria Zakharova, said the talks had failed. The Foreign"
     " Ministry's spokeswoman recalled that militants kept shelling the base.", "The Foreign Ministry's", "new:Maria Zakharova"),
    ("Briefing\n\nThe zone is deteriorating. This was stated on Thursday by the official representative of the Russian"
     " Foreign Ministry, Maria Zakharova, at her weekly briefing. The Foreign Ministry's spokeswoman recalled that"
     " militants kept shelling the base.", "The Foreign Ministry's", "new:Maria Zakharova"),  # a translated title
    ("Moscow\n\nDmitry Peskov said the talks had failed. The Kremlin's spokesman added that the leaders would meet.",
     "The Kremlin's spokesman", "dmitry-peskov"),  # the actors file's title for him names the body
])
def test_a_bodys_spokesperson_named_before_is_that_person(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Moscow\n\nThe Foreign Ministry's spokeswoman said that militants kept shelling the base.", "The Foreign Ministry's",
     "russian-foreign-ministry"),  # nobody named: the body (LABELS rule 3)
    ("Moscow\n\nThe Kremlin said the talks had failed. The Kremlin's spokesman added that the leaders would meet.",
     "The Kremlin's spokesman", "kremlin"),
    ("Moscow\n\nDefence Ministry spokesman Igor Konashenkov said the talks had failed. The Foreign Ministry's spokeswoman"
     " added that militants kept shelling the base.", "The Foreign Ministry's", "russian-foreign-ministry"),  # another body's
    ("Ankara\n\nPresidential spokesman Ibrahim Kalin said the talks had failed. Erdogan's spokesman added that the"
     " leaders would meet.", "Erdogan's spokesman added", "recep-tayyip-erdogan"),  # a person's: rule 3's principal
])
def test_a_bodys_spokesperson_named_by_nobody_before_stays_the_body(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who

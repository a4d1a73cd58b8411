"""Posts copied from chats and channels (batch 10's forms left open): a chat app's prefix over a forwarded message,
the signature closing a message that names the body that sent it, a video channel's name over its subscribers, and a
post's counts, are no paragraphs, headings or title of it. Every text is ours; every account invented."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.metadata import Found, find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)

FIRST = "Strong wind and rain are expected tonight. Tents on the low ground near the stream are likely to flood."
SECOND = "Families there should move children and the elderly to the school at the top of the hill tonight."


def meta(text: str) -> Found:
    return find_metadata(text, cut_blocks(text), OUTLETS)


def bodies(text: str) -> list[str]:
    return [b.display for b in cut_blocks(text) if b.kind == "body"]


@pytest.mark.parametrize("line", ["1.2K", "1,204 likes", "48.2K subscribers", "214 comments  890 shares", "3.1K views"])
def test_a_posts_counts_are_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["18", "12 km", "3 million", "Phase 2"])
def test_guard_numbers_that_are_no_counts(line):
    assert line_kind(line) != "chrome"


@pytest.mark.parametrize("count", ["48.2K subscribers", "12,400 followers", "3K members"])
def test_a_channel_over_its_subscribers_is_the_outlet(count):
    text = f"Inside a field hospital near Atarib\nExample Frontline TV\n{count}\nSubscribe\n\n{FIRST}\n\n{SECOND}\n"
    found = meta(text)
    assert (found.title.value, found.outlet.value, found.byline.value) == (
        "Inside a field hospital near Atarib", "Example Frontline TV", "")
    assert bodies(text) == [FIRST, SECOND]


def test_guard_a_count_inside_a_paragraph_makes_no_channel():
    text = f"Channel grows fast\n\nThe channel now has 48.2K subscribers, its founder said on Monday.\n\n{FIRST}\n"
    assert meta(text).outlet.value == ""


@pytest.mark.parametrize("prefix", [
    "[01/03/2020, 21:14] Abu Example: Forwarded many times",
    "[3/1/20, 9:14 PM] Abu Example:",
    "[01.03.2020, 21:14:05] Umm Example: Forwarded",
])
def test_a_chat_prefix_over_a_forwarded_message_is_chrome(prefix):
    text = f"{prefix}\n*Warning to families in the Atmeh camps*\n{FIRST}\n{SECOND}\n"
    assert meta(text).title.value == "Warning to families in the Atmeh camps"
    assert bodies(text) == [FIRST, SECOND]


def test_guard_a_chat_message_with_words_after_its_prefix_stays_body():
    line = "[01/03/2020, 21:14] Abu Example: The road to Sarmada is closed again tonight, do not travel."
    assert line_kind(line) == ""


@pytest.mark.parametrize("signature, outlet", [
    ("— Example Camps Coordination Committee", "Example Camps Coordination Committee"),
    ("– Example Local Council of Atarib", "Example Local Council of Atarib"),
    ("📡 Example North Syria | Subscribe: @example_northsyria", "Example North Syria"),
    ("🔴 Example Front Dispatch | Join us: @example_front", "Example Front Dispatch"),
])
def test_a_closing_signature_names_the_outlet(signature, outlet):
    text = f"Warning to families in the camps\n\n{FIRST}\n\n{SECOND}\n\n{signature}\n\nhttps://t.me/example/5120\n"
    found = meta(text)
    assert found.outlet.value == outlet and not found.outlet.certain
    assert bodies(text) == [FIRST, SECOND]


@pytest.mark.parametrize("signature", ["— Jane Example", "— Reporting by Jane Example"])
def test_guard_a_persons_sign_off_names_no_outlet(signature):
    assert meta(f"Notes from the camps\n\n{FIRST}\n\n{SECOND}\n\n{signature}\n").outlet.value == ""


@pytest.mark.parametrize("follow, place", [
    ("•\nFollow", "Atmeh, Idlib"),
    ("Follow", "Bab al-Hawa crossing"),
    ("•\nFollowing", "Sarmada"),
])
def test_a_photo_posts_username_place_and_caption(follow, place):
    text = (f"example_idlib_photos\n{follow}\n{place}\nexample_idlib_photos Waiting for water in Atmeh 💧\n{FIRST}\n"
            f"{SECOND}\n.\n.\n#Idlib #Atmeh\n1,204 likes\nMarch 2, 2020\n")
    found = meta(text)
    assert (found.title.value, found.outlet.value, found.byline.value) == (
        "Waiting for water in Atmeh", "example_idlib_photos", "")
    assert {b.display: b.kind for b in cut_blocks(text)}[place] == "chrome"


def test_guard_an_authors_name_over_a_follow_button_stays_the_byline():
    text = f"Camps fill up near the border\nJane Example\nFollow\n\n{FIRST}\n\n{SECOND}\n"
    found = meta(text)
    assert found.outlet.value == "" and found.title.value == "Camps fill up near the border"

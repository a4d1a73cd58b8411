"""Posts copied from social sites and messaging apps: the account atop the post is its outlet, not its title or its
byline; its handle, buttons and repeated name are chrome; a thread's number and a post's closing symbols are no words
of its title. Every text is ours; every account invented."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.boxes import post_account
from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.metadata import Found, find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)

PAGE_POST = """Example Relief Coalition
3 March 2020 at 09:12 ·
Tents and blankets reach families near Sarmada

Our teams handed out four hundred tents and two thousand blankets in the fields west of Sarmada yesterday.

More deliveries are planned for the camps near the border this week.

86
12 comments  40 shares
Like
Comment
Share
"""
COMMUNITY_POST = """Example Levant Wire
28 Feb 2020 at 7:40 am
Talks in Ankara end without agreement

Russian and Turkish officials ended two days of talks in Ankara on Thursday without agreeing on a ceasefire in Idlib.

Both sides said contacts would continue.
Show more
15
3
2
980
"""
THREAD = """Samir Example
@samir_example
·
Mar 5, 2020
1/ Notes on the Moscow ceasefire text 🧵
The agreement takes effect at midnight and sets up a corridor along the M4.
3
40
112
Samir Example
@samir_example
·
Mar 5, 2020
2/ Joint patrols on the road are to start on 15 March.
1
12
51
"""
CHANNEL_PREVIEW = """Example Border Watch
@example_borderwatch · 3.4K subscribers
Join channel

Example Border Watch
Forwarded from Example Field Reports
🔴 Crossing at Bab al-Hawa closed for the day

The crossing was closed this morning after shelling near the road. Trucks are waiting on the Turkish side.

👁 2.1K · 09:30
"""


def _found(text: str) -> Found:
    return find_metadata(text, cut_blocks(text), OUTLETS)


@pytest.mark.parametrize(("text", "account", "title"), [
    (PAGE_POST, "Example Relief Coalition", "Tents and blankets reach families near Sarmada"),
    (COMMUNITY_POST, "Example Levant Wire", "Talks in Ankara end without agreement"),
    (THREAD, "Samir Example", "Notes on the Moscow ceasefire text"),
    (CHANNEL_PREVIEW, "Example Border Watch", "Crossing at Bab al-Hawa closed for the day"),
])
def test_the_account_atop_a_post_with_its_counts_is_the_outlet_not_the_title_nor_a_byline(
        text: str, account: str, title: str) -> None:
    found = _found(text)
    assert found.title.value == title
    assert (found.outlet.value, found.outlet.certain) == (account, False)  # a guess, as a views line's account
    assert not found.byline.value


def test_the_accounts_handle_its_name_over_each_post_and_a_thread_s_first_line_are_no_paragraphs() -> None:
    for text in (THREAD, CHANNEL_PREVIEW):
        bodies = [b.display for b in cut_blocks(text) if b.kind == "body"]
        assert not [b for b in bodies if b.lstrip().startswith(("@", "1/", "Example", "Join"))], bodies


@pytest.mark.parametrize("lines", [
    # a newsletter's counts, but its name stands over the headline, no date line or handle
    ["Example Dispatch", "Why the M4 matters", "A road that decides a campaign", "Mar 3, 2020", "14", "3", "Share"],
    # a report's page numbers: one bare number is no post's counts
    ["Example Relief Network", "24 February 2020", "Situation update", "", "Text of the update.", "2"],
    # a story under its byline and date with no counts at all
    ["By Ana Example", "March 2, 2020", "", "Text of the story."],
])
def test_no_account_without_a_post_s_counts_or_a_date_or_handle_under_the_first_line(lines: list[str]) -> None:
    assert post_account(lines, is_date_line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("@example_borderwatch · 3.4K subscribers", "chrome"),
    ("@samir_example", "chrome"),
    ("@example_channel • 120 followers", "chrome"),
    ("Join channel", "chrome"),
    ("Forwarded from Example Field Reports", "chrome"),
    ("See translation", "chrome"),
    ("Show this thread", "chrome"),
    # guards: prose about a handle, a headline that starts with a button's word
    ("@samir_example said the corridor would open on Friday.", ""),
    ("Follow the money: who pays for the camps", ""),
    ("Forwarded letters from the front reach families in Idlib months late, and some never arrive at all.", ""),
])
def test_a_social_site_s_handles_and_buttons_are_chrome_and_prose_is_not(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(("line", "title"), [
    ("1/ Notes on the Moscow ceasefire text 🧵", "Notes on the Moscow ceasefire text"),
    ("⚡️ Crossing closed for the day ⚠️", "Crossing closed for the day"),
    ("1/n What the corridor means 👇", "What the corridor means"),
    # guards: a fraction and a closing sign are words of the headline
    ("1/3 of Idlib's people now live in camps", "1/3 of Idlib's people now live in camps"),
    ("Bread prices up 40%", "Bread prices up 40%"),
    ("Is the ceasefire holding?", "Is the ceasefire holding?"),
])
def test_a_thread_s_number_and_a_post_s_symbols_are_no_words_of_its_title(line: str, title: str) -> None:
    text = f"{line}\n\nThe first paragraph of the story says what happened in the town on Friday.\n"
    assert _found(text).title.value == title

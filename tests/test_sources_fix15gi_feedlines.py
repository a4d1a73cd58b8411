"""An event map's feed: one event a line, "Name: words" under the line of its time and place (issue 15, session fix15gi).

A conflict's live map prints each event under the time it was posted and its place, and its share links under it. The
line "Name: words" of an event that gives someone's words was left in one paragraph with its links, so it was no
heading's line and no passage at all. Texts of our own in other feeds' forms (a map's feed with short times, a
channel's feed with clock times); guards where the rule could over-reach (a feed's event with no speaker, a line
"Name: words" under no time line, a time line alone).
"""

from __future__ import annotations

from idlibsite.sources.feedlines import FEED_TIME, feed_entries
from test_attribution import page_labels

_MAP_FEED = """Northwest Syria live map

Feed | Map | Sources

2h ago · Hatay
Turkish Defence Ministry: 12 regime positions were hit overnight in response to the shelling
via @defence_tr · share

3h ago - Sochi
Kremlin: Putin will discuss the situation in Idlib with the Security Council tomorrow
via @kremlin_wire · share
"""

_CHANNEL_FEED = """Idlib Now channel

14:05 · Ankara
Kalin: Our talks with the Russian delegation will continue tomorrow in Ankara
Source: channel post

13:40 · Damascus
Government forces entered the town of Kafranbel after heavy fighting
Source: channel post
"""


def test_a_map_feeds_event_line_is_its_tags_words():
    labels = page_labels(_MAP_FEED)
    assert labels["Turkish Defence Ministry:"] == "new:Turkish Defence Ministry"
    assert labels["Kremlin: Putin will"] == "kremlin"


def test_a_channel_feeds_event_line_under_a_clock_time():
    assert page_labels(_CHANNEL_FEED)["Kalin: Our talks"] == "ibrahim-kalin"


def test_an_event_with_no_speaker_is_no_passage_of_a_tag():
    assert not any(first.startswith("Government forces") for first in page_labels(_CHANNEL_FEED))


def test_the_event_line_is_parted_from_its_links_only_under_a_time_line():
    text = "Akar: Our units responded to every attack on the posts\nvia @defence_tr · share"
    assert feed_entries(text, [(0, len(text))]) == [(0, len(text))]  # no time line above: as given
    timed = "2h ago · Hatay\n" + text
    line_end = timed.index("\nvia")
    assert feed_entries(timed, [(15, len(timed))]) == [(15, line_end), (line_end + 1, len(timed))]


def test_a_feeds_time_line():
    assert FEED_TIME.fullmatch("18 minutes ago · Moscow")
    assert FEED_TIME.fullmatch("14:05 · Idlib")
    assert FEED_TIME.fullmatch("2h ago")
    assert not FEED_TIME.fullmatch("Turkish troops moved to 14 posts")


_ROLE_FEED = """Idlib front feed

40 minutes ago · Geneva
WHO regional spokesman Hedinn Halldorsson: Two more hospitals in Idlib province stopped working this week
share · via @WHO_EMRO
"""


def test_a_feed_line_headed_by_a_role_and_a_name_is_the_named_ones():
    assert page_labels(_ROLE_FEED)["Two more hospitals"] == "new:Hedinn Halldorsson"

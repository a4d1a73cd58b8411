"""Social-media and messaging posts as researchers save them: who posts is not always who speaks (issue 15, session
fix15gj).

A channel's messages copied from a desktop app ("Name, [dd.mm.yy hh:mm]" over each, "[Forwarded from Agency]"), a
monitoring tool's records ("Page Name:" ... "Message:"), an archived tweet with its quote tweets and replies (a display
name over its "@handle"), a post with its repost chain ("//@Account:") and its comments, a video page's caption and
machine transcript: the readers took the export's field labels for speakers ("Message"), read a post's words with no
speaker at all (no speech verb, no marks), gave a chat member's report of a body's words to the body, and the repost
chain's words to the last name before them. Measured on the fixer's own pages (bench 1500-1504); the texts here are
of other platforms' forms. Guards: a member's report stays the member's, a news account's relayed sentence stays its
subject's, one stamp line alone is no page of posts, a "Message:" with no author field is no record.
"""

from __future__ import annotations

from test_attribution import page_kinds


_CHANNELS = """Turkish Red Crescent, [02.03.20 08:10]
Our teams delivered four thousand blankets to camps near Sarmada overnight. More convoys will leave Hatay today.

Turkish Red Crescent, [02.03.20 11:45]
[Forwarded from Daily Sabah]
Interior Minister Suleyman Soylu said more than 100,000 migrants had left Turkey through Edirne. Greek police used tear gas at Pazarkule on Monday.

Aid Volunteers Hatay, [02.03.20 12:30]
Dr Selma Yurt:
The Health Ministry told us the field hospital opens on Friday. We need two more nurses for the night shift.
"""


def test_a_channels_own_post_is_its_authors_sentence_by_sentence() -> None:
    page = page_kinds(_CHANNELS)
    assert page["Our teams delivered four"] == ("direct", "new:Turkish Red Crescent")
    assert page["More convoys will leave"] == ("direct", "new:Turkish Red Crescent")


def test_a_forwarded_agency_post_relays_its_named_speaker() -> None:
    assert page_kinds(_CHANNELS)["Interior Minister Suleyman Soylu"] == ("reported", "new:Suleyman Soylu")


def test_a_chat_members_report_of_a_bodys_words_stays_the_members() -> None:
    page = page_kinds(_CHANNELS)
    assert page["The Health Ministry told"] == ("direct", "new:Selma Yurt")
    assert page["We need two more"] == ("direct", "new:Selma Yurt")


_RECORDS = """Social monitoring export, 3 posts

Page Name: Council of Europe
Page Category: GOVERNMENT_ORGANIZATION
Post Created: 2020-02-28 19:02:11 CET
Likes: 12,004 | Shares: 1,881
Message: Member states stand in full solidarity with the civilians of Idlib. Secretary General Marija Pejcinovic Buric said the regime and Russia must stop their offensive.
Link: https://www.facebook.com/coe/posts/1

Page Name: Hatay Today
Page Category: MEDIA_NEWS_COMPANY
Post Created: 2020-02-29 08:15:40 EET
Likes: 904 | Shares: 230
Message: Governor Rahmi Dogan said all schools in Reyhanli will stay closed on Monday. Ambulances crossed from Cilvegozu all night.
Link: https://hataytoday.example/schools

Page Name: Voices of Atmeh
Page Category: COMMUNITY
Post Created: 2020-02-29 22:40:03 EET
Likes: 311 | Shares: 95
Message: The camps are full and the snow has not stopped. Nobody is coming to help us.
"""


def test_an_exported_records_field_label_is_never_a_speaker_and_the_page_speaks() -> None:
    page = page_kinds(_RECORDS)
    assert page["Member states stand in"] == ("direct", "new:Council of Europe")
    assert page["Secretary General Marija Pejcinovic"] == ("reported", "new:Marija Pejcinovic Buric")
    assert "Message" not in {who for _, who in page.values()}


def test_a_news_pages_record_relays_its_named_speaker_and_a_community_page_is_an_account() -> None:
    page = page_kinds(_RECORDS)
    assert page["Governor Rahmi Dogan said"] == ("reported", "new:Rahmi Dogan")
    assert page["The camps are full"] == ("direct", "")


_TWEETS = """Saved from twitter.com, 1 Mar 2020

Josep Borrell Fontelles
@JosepBorrellF
·
Feb 29
The fighting in Idlib must stop now. I spoke with Minister Cavusoglu today.
Quote Tweet
Turkish MFA
@MFATurkey · Feb 29
Turkey will protect its soldiers...

Ahmet Kaya 🇹🇷
@ahmetkaya_1453
·
Feb 29
Replying to @JosepBorrellF
Where was the EU when the bombs fell on Saraqib? Borrell says the same every month.

Zeynep Arslan
@zarslan_reports
·
Mar 1
Replying to @JosepBorrellF
At the Pazarkule gate the Greek police fired tear gas again this morning. A Greek officer told me the gate will stay closed.
"""


def test_a_tweets_sentences_are_its_display_names_and_the_quoted_tweet_is_left_alone() -> None:
    page = page_kinds(_TWEETS)
    assert page["The fighting in Idlib"] == ("direct", "new:Josep Borrell Fontelles")
    assert page["I spoke with Minister"] == ("direct", "new:Josep Borrell Fontelles")  # "I": the poster's own telling
    assert page["At the Pazarkule gate"] == ("direct", "new:Zeynep Arslan")
    assert "Turkey will protect its" not in page


def test_a_name_with_a_flag_is_an_account_and_its_report_of_anothers_words_too() -> None:
    page = page_kinds(_TWEETS)
    assert page["Borrell says the same"][1] == ""
    assert page["A Greek officer told"] == ("reported", "")  # inside a named reporter's reply: an unnamed officer


_CHAIN = """Hurriyet Daily News
3-1 09:20 from Android
【Akar: The operation goes on】 Defence Minister Hulusi Akar said Turkish forces had destroyed two regime air defence systems.
Repost 402 | Comment 96 | Like 1880

Istanbul Watcher
3-1 10:02 from iPhone
This will not end soon. //@Ankara Bureau: The Syrian foreign ministry said the Turkish army was "an occupying force". //@Hurriyet Daily News: Akar said the operation would continue.
Repost 12 | Comment 3 | Like 40

Comments
kedi_sever: nobody believes the ministry anymore  3-1 10:30  Like 22
"""


def test_a_repost_chains_words_are_each_accounts_and_a_title_in_brackets_is_read() -> None:
    page = page_kinds(_CHAIN)
    assert page["Akar: The operation goes"][1] == "hulusi-akar"
    assert page["Defence Minister Hulusi Akar"] == ("reported", "hulusi-akar")
    assert page["This will not end"] == ("direct", "new:Istanbul Watcher")
    assert page["an occupying force"][1].lower() == "new:syrian foreign ministry"  # the chain's second account relays it


def test_a_comment_line_is_an_accounts_turn() -> None:
    assert page_kinds(_CHAIN)["nobody believes the ministry"] == ("direct", "")


_VIDEO = """kabul.stories
Kabul Stories · 3-2
A father's road from Maarat al-Numan #idlib #syria
♬ original sound - Kabul Stories
88K likes · 2,010 comments
Transcript (auto-generated)
00:00 my name is yusuf darwish i drove a taxi in maarat al-numan
00:05 we slept under olive trees for two weeks
00:09 the aid workers told us the camp in kafr lusin is full

dxb.news
DXB News · 3-2
Erdogan says Turkey will not close its gates #news
♬ original sound - DXB News
12K likes · 400 comments
"""


def test_a_machine_transcripts_lines_are_the_speaker_its_my_name_is_line_names() -> None:
    page = page_kinds(_VIDEO)
    assert page["we slept under olive"] == ("direct", "new:Yusuf Darwish")
    assert page["the aid workers told"] == ("direct", "new:Yusuf Darwish")


def test_one_stamp_line_alone_is_no_page_of_posts_and_a_message_field_alone_is_no_record() -> None:
    from idlibsite.sources.posted import posts

    one = "Reuters, [28.02.20 14:03]\nTurkey's defence minister said the strikes would go on.\n"
    assert posts(one, [(26, len(one) - 1)]) == {}
    letter = "Message: We will stay.\nThe minister said so.\n\nMessage: They left.\nHe said so.\n"
    assert posts(letter, [(0, len(letter))]) == {}


def test_a_display_name_with_a_flag_or_a_handle_names_nobody_but_a_bodys_flag_does_not() -> None:
    from idlibsite.sources.posted import ACCOUNT, account

    assert account("Abu Omar 🇸🇾") == ("Abu Omar", ACCOUNT)
    assert account("rima.k.22") == ("rima.k.22", ACCOUNT)
    assert account("MFA Russia 🇷🇺") == ("MFA Russia", "")
    assert account("Global Times V") == ("Global Times", "")
    assert account("Karim") == ("Karim", ACCOUNT)
    assert account("CGTN") == ("CGTN", "")
    assert account("WFP, the World Food Programme") == ("WFP", "")


_CHAT_EXPORT = """Chat with Gaziantep logistics

29/02/2020, 21:04 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
29/02/2020, 21:06 - Murat Demir: The governor's office said the Oncupinar crossing opens at six tomorrow.
We can send the first truck then.
29/02/2020, 21:09 - +90 532 000 1122: <Media omitted>
29/02/2020, 21:11 - +90 532 000 1122: UNHCR says they have no more tents in the warehouse
29/02/2020, 21:15 - Murat Demir: I will call them in the morning.
"""


def test_an_exported_chats_lines_are_turns_its_members_reports_theirs_a_number_nobody() -> None:
    page = page_kinds(_CHAT_EXPORT)
    assert page["The governor's office said"] == ("direct", "new:Murat Demir")
    assert page["We can send the"] == ("direct", "new:Murat Demir")  # a line with no stamp goes on with the message
    assert page["UNHCR says they have"] == ("direct", "")  # a phone number names nobody
    assert not any(k.startswith("<Media") or k.startswith("Messages and calls") for k in page)


_YOUTUBE = """Displaced in Idlib: a nurse's story - YouTube

Relief Voices
14K subscribers
2,310 views  Mar 3, 2020
A nurse from Kafr Nabl on the winter camps. Filmed in Atmeh.

Transcript
0:00
hello my name is amira saleh i am a nurse
0:04
we treat forty children a day in this tent
0:09
the doctors from the union told us the medicines will come next week
"""


def test_a_transcript_copied_with_each_stamp_over_its_line_is_the_named_speakers() -> None:
    page = page_kinds(_YOUTUBE)
    assert page["we treat forty children"] == ("direct", "new:Amira Saleh")
    assert page["the doctors from the"] == ("direct", "new:Amira Saleh")


def test_my_name_is_far_into_a_live_blog_makes_no_transcript() -> None:
    from idlibsite.sources.posted import posts

    blog = "".join(f"{h}:00\nThe army said it had taken village number {h}.\n\n" for h in range(10, 15))
    blog += "15:00\nA man told us: my name is ali hassan and i fled.\n"
    assert not any(p.author == "Ali Hassan" for found in posts(blog, [(0, len(blog))]).values() for p in found)


_MENTIONS = """Listening export: 2 mentions
Source Type: Facebook
Author Name: Hellenic Coast Guard
Date: 02-Mar-2020 10:12
Hit Sentence: Our patrols rescued 48 people off Lesbos overnight. Turkish boats escorted the dinghies to our waters.
Source Type: Twitter
Author Name: Dimitris Kalogirou
Author Handle: @dkalogirou
Date: 02-Mar-2020 11:40
Hit Sentence: The islanders are exhausted. The mayor of Mytilene told me the camp holds four times its capacity.
"""


def test_records_with_no_blank_line_between_are_cut_where_the_first_field_comes_again() -> None:
    page = page_kinds(_MENTIONS)
    assert page["Our patrols rescued 48"] == ("direct", "new:Hellenic Coast Guard")
    assert page["The islanders are exhausted."] == ("direct", "new:Dimitris Kalogirou")


_SERVER = """Exported from a research server, channel #syria-osint

[01-Mar-20 08:02 AM] Lena#5521
The Turkish MoD says the drones hit a chemical depot. I can't confirm it.

[01-Mar-20 08:05 AM] WireBot#0000 [BOT]
AFP: Turkish Defence Minister Hulusi Akar said the operation had destroyed eight helicopters.
"""


def test_a_chat_servers_member_is_an_account_and_its_feed_bot_relays_its_named_speaker() -> None:
    page = page_kinds(_SERVER)
    assert page["The Turkish MoD says"] == ("direct", "")
    assert page["AFP: Turkish Defence Minister"] == ("reported", "hulusi-akar")


def test_readers_comments_under_a_news_page_are_no_page_of_posts() -> None:
    from idlibsite.sources.posted import posts

    page = ("Readers' comments\n\nSam Ortiz says:\nMarch 3, 2020 at 2:14 pm\nThe minister said they are safe.\n\n"
            "Hill Road says:\nMarch 3, 2020 at 3:02 pm\nGood news for the families.\n")
    assert posts(page, [(0, len(page))]) == {}

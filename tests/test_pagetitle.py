"""A page's headline without the section's or community's name that its social-card title alone adds
(sources/pagetitle.py).  Every text here is ours."""

import pytest

from idlibsite.sources.pagetitle import headline

HEADLINE = "Is anyone else tracking the Turkish convoys on the Bab al-Hawa road tonight?"


def page(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><p>Words.</p></body></html>".encode()


@pytest.mark.parametrize("card, own", [
    (f"r/syriawatch - {HEADLINE}", f"{HEADLINE} : syriawatch"),  # a forum: the community first on the card
    (f"World News | {HEADLINE}", f"{HEADLINE} | Example Herald"),  # a section's name before the headline
    (f"{HEADLINE} · Example Forum", f"Example Board - {HEADLINE}"),  # the affix after it on the card
])
def test_an_affix_only_the_card_has_is_dropped(card: str, own: str) -> None:
    assert headline(card, page(own)) == HEADLINE


@pytest.mark.parametrize("card, own", [
    # the <title> holds the card's title whole: separators inside a headline stay
    ("Recent Developments in Northwest Syria - Flash Update No. 9",
     "Syria: Recent Developments in Northwest Syria - Flash Update No. 9 | OCHA"),
    ("Fact check: Video of burning tanks was not filmed in Idlib", "Fact check: Video of burning tanks was not "
     "filmed in Idlib | Verify Desk"),
    # the <title> shares only a name with the card: no part of the card is the headline
    ("Kremlin - Putin and Erdogan to meet on Thursday", "Kremlin | Example Wire"),
    # the part both share is too short to be a headline
    ("Syria | Idlib talks", "Idlib talks | Example"),
])
def test_a_card_title_the_page_does_not_contradict_is_kept(card: str, own: str) -> None:
    assert headline(card, page(own)) == card


def test_a_page_without_a_title_element_keeps_the_card_title() -> None:
    card = f"r/syriawatch - {HEADLINE}"
    assert headline(card, b"<html><head></head><body><p>Words.</p></body></html>") == card


def site_page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}<p>Words.</p></body></html>".encode()


@pytest.mark.parametrize("headline_, title, body, site", [
    ("İdlib'de ateşkes sağlandı", "İdlib'de ateşkes sağlandı - Güney Haber", '<a class="logo">Güney Haber</a>', "Güney Haber"),
    ("Turkey vows to push Syrian forces back", "The Frontier Daily :: Turkey vows to push Syrian forces back",
     "<footer>Copyright © 2020 The Frontier Daily.</footer>", "The Frontier Daily"),
    ("أنقرة تتوعد بالرد", "أنقرة تتوعد بالرد - شبكة الشمال الإخبارية", "<div>جميع الحقوق محفوظة لشبكة الشمال الإخبارية</div>",
     "شبكة الشمال الإخبارية"),
])
def test_the_titles_other_part_is_the_sites_name(headline_: str, title: str, body: str, site: str) -> None:
    from idlibsite.sources.pagetitle import title_site
    assert title_site(headline_, site_page(title, body)) == site


@pytest.mark.parametrize("headline_, title, body", [
    ("Turkey vows to push Syrian forces back", "Turkey vows to push Syrian forces back - World",
     "<p>Nothing else names it.</p>"),  # a section's name, printed nowhere else
    ("Turkey vows to push Syrian forces back", "Turkey vows to push Syrian forces back | World | Example Daily",
     '<a>Example Daily</a> <a>World</a>'),  # two names beside the headline: which is the site's is not told
    ("Turkey vows to push Syrian forces back", "Turkey vows to push Syrian forces back", "<p>No name.</p>"),
    ("Turkey vows to push Syrian forces back", "Turkey vows to push Syrian forces back - 28.02.2020",
     "<p>28.02.2020</p>"),  # a date, no name
])
def test_no_site_name_without_one_name_printed_twice(headline_: str, title: str, body: str) -> None:
    from idlibsite.sources.pagetitle import title_site
    assert title_site(headline_, site_page(title, body)) == ""

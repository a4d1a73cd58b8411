"""The author a page prints: without a byline's word for "by" in another language, and never a name the extractor
made out of a user name (sources/pageauthor.py).  Every text here is ours."""

import pytest

from idlibsite.sources.pageauthor import printed_author
from idlibsite.sources.webpage import extract


@pytest.mark.parametrize("author, page, name", [
    ("بقلم سامر الأحمد", '<div class="author">بقلم: سامر الأحمد</div>', "سامر الأحمد"),
    ("Yazan: Elif Şahin", '<span>Yazan: Elif Şahin</span>', "Elif Şahin"),
    ("Автор: Ирина Соколова", "<p>Автор: Ирина Соколова</p>", "Ирина Соколова"),
    ("Par Claire Dubois", "<p>Par Claire Dubois</p>", "Claire Dubois"),
])
def test_a_foreign_word_for_by_is_no_part_of_the_name(author: str, page: str, name: str) -> None:
    assert printed_author(author, page) == name


@pytest.mark.parametrize("author, page", [
    ("Hamza", '<a class="author">hamza_on_the_m5</a>'),  # a user name turned into a person's name
    ("Olive Press", '<a class="author">olive_press</a> <a href="/user/olive_press">olive_press</a>'),
    ("Mapnerd", '<a class="author">@mapnerd_az</a>'),
])
def test_a_name_the_page_prints_only_inside_a_user_name_is_dropped(author: str, page: str) -> None:
    assert printed_author(author, page) == ""


@pytest.mark.parametrize("author, page", [
    ("Lina Barakat", '<span class="author">By Lina Barakat</span>'),
    ("Author Selin Arslan; Published ; Updated", "<div>Author</div><div>Selin Arslan</div>"),  # the reader sorts it out
    ("Mariam Saleh", '<script type="application/ld+json">{"author": {"name": "Mariam Saleh"}}</script>'),
    ("LINA BARAKAT", "<span>By Lina Barakat</span>"),  # case aside
    ("Haber Merkezi", "<span>Haber Merkezi</span>"),  # a Turkish news desk's name, not a word for "by"
])
def test_a_name_the_page_prints_is_kept(author: str, page: str) -> None:
    assert printed_author(author, page) == author


def test_a_forum_page_gives_no_byline_made_from_the_user_name() -> None:
    post = ("Since about eight in the evening I have counted at least three columns of armour crossing the border "
            "and heading south on the road past Sarmada.")
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Convoys on the border road tonight : examplesub</title>'
            '</head><body><div class="entry"><p class="title"><a class="title">Convoys on the border road tonight</a></p>'
            '<p class="tagline">submitted by <a href="/user/hamza_on_the_m5" class="author">hamza_on_the_m5</a></p>'
            f'<div class="md"><p>{post}</p><p>{post}</p></div></div></body></html>').encode()
    extracted = extract(page)
    assert extracted is not None
    assert "By Hamza" not in extracted.text

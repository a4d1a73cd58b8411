"""Round 24's remaining classes (session fix15v): general rules pinned with sentences of our own, not the set's."""

from test_attribution import described, labels, paragraphs, speakers

from idlibsite.sources.statements import find_passages


def test_a_month_abbreviation_before_a_capitalised_word_is_a_persons_name() -> None:
    """One pattern of months serves dates and names; "Jan" opens a name, not a time ("Last March, ...")."""
    assert labels("Jan Varga, the UN envoy for the region, said the convoy would cross on Monday.") == ["new:Jan Varga"]


def test_an_answer_given_by_an_office_holder_on_behalf_of_a_body_is_the_holders() -> None:
    """"Answer given by X on behalf of the Commission", a date line under it: X's words, though the first paragraph
    speaks of X by the office ("The Commissioner has urged ...") and of the body ("The Commission has ...")."""
    text = ("Question for written answer to the Commission\n\n"
            "Answer given by Commissioner/Vice-President Lind on behalf of the Commission\n"
            "(2 May 2021)\n\n"
            "1. The Commissioner/Vice-President has urged both sides to respect the truce. "
            "The Commission has pledged EUR 10 million in winter aid.\n\n"
            "2. The Union stands ready to do more.")
    date = text.index("(2 May")  # the heading's line apart from its date line, as the page's blocks cut them
    ranges = [(start, date - 1 if start < date < end else end) for start, end in paragraphs(text)]
    got = described(text, find_passages(text, ranges))
    assert [(first, who) for _kind, first, who in got if not first[:1].isdigit()] == [
        ("The Commissioner/Vice-President has", "new:Lind"), ("The Commission has", "new:Lind"), ("The Union stands", "new:Lind")]


def test_low_german_marks_closed_by_a_straight_mark_quote() -> None:
    """„...": a translation that kept the German opening mark and closed with a straight one."""
    assert speakers('„The border stays open for now", Interior Minister Karl Brandt said on Tuesday.') == [
        ("direct", 'The border stays', "new:Karl Brandt")]


def test_a_speech_verbs_aside_inside_the_reported_clause_leaves_it_reported() -> None:
    """"Austria, he said, stands "shoulder to shoulder" ...": the reported clause opens before the aside."""
    text = 'Chancellor Ida Rainer spoke after the meeting. Austria, she said, stands "shoulder to shoulder with Athens".'
    assert ("reported", "Austria, she said,", "new:Ida Rainer") in speakers(text)


def test_a_heading_name_colon_words_reports_the_names_words() -> None:
    """A heading line "Body: words" without quotation marks of its own: the body's words, reported; a label
    ("Photo: ...") or a quotation alone after the colon is no such heading."""
    assert speakers("WHO: Hospitals in the north are out of fuel") == [("reported", "WHO: Hospitals in", "new:WHO")]
    assert speakers("Photo: Ahmet Yilmaz for the agency archive") == []


def test_the_items_of_a_list_a_reported_sentence_announces_are_its_speakers() -> None:
    """The items take the announcing sentence's speaker; "the agency" is the body an apposition without a speech verb
    called so ("UNICEF, the UN children's agency, is ...")."""
    text = ("UNICEF, the UN children's agency, is alarmed by the attacks. UNICEF said on Monday that schools had been hit.\n\n"
            "The agency also called for:\n\n- an end to attacks on schools;\n- safe passage for families.")
    assert labels(text) == ["new:UNICEF"] * 4


def test_a_deck_quoted_in_single_marks_is_a_quotation() -> None:
    assert speakers("'We will not give up the observation posts,' Minister Ada Quill tells reporters") == [
        ("direct", "We will not", "new:Ada Quill")]


def test_a_short_name_of_a_seat_of_government_is_its_usual_name() -> None:
    text = 'A Number 10 spokeswoman said: "We condemn the attack on our ally."'
    assert labels(text) == ["new:Downing Street"]


def test_a_kicker_or_a_roster_before_a_colon_is_no_speaker() -> None:
    assert speakers("Aleppo: in Geneva, the envoys agree on a truce") == []
    assert speakers("Speakers: Ada Quill, Ola Berg (EPP), Ida Rainer (S&D)") == []


def test_our_teams_in_a_bodys_own_release_are_the_body() -> None:
    """"Our teams report ..." after a paragraph that opens with the body as its subject: the body's own voice."""
    text = ("The Danish Refugee Council is alarmed by the fighting in the north.\n\n"
            "Our teams in the camps report that families are burning plastic to keep warm.")
    assert labels(text) == ["new:Danish Refugee Council"]
    assert labels("Aid workers describe the camps as full.\n\nOur teams report that families burn plastic.") == [""]


def test_a_quotation_after_of_is_the_object_of_a_reported_sentence() -> None:
    """"X accused Ankara of "...", "X spoke of the "...": the sentence reports in its own words, and quotes."""
    assert speakers('Foreign Minister Ada Quill accused Ankara of "using people as a weapon".') == [
        ("reported", "Foreign Minister Ada", "new:Ada Quill"), ("direct", "using people as", "new:Ada Quill")]
    assert speakers('The relief chief, Ola Berg, spoke of the "worst crisis of the decade".')[0] == (
        "reported", "The relief chief,", "new:Ola Berg")

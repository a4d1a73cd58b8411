"""Round 26's classes of error in transcripts, records and tagged forms whose turns were not read (see bench/README.md,
"Round 26's classes: turns and tags"): each pinned by a text of our own in a form the set does not have."""

from __future__ import annotations

from test_attribution import speakers


def test_a_compte_rendu_s_tags_end_with_a_stop_and_an_office_tag_is_the_one_named_in_that_office() -> None:
    text = ("Sénat\nCompte rendu intégral\nSéance du jeudi 12 mars 2020\n\n"
            "Présidence de Mme Odile Marchand\n\n"
            "Mme la présidente. L'ordre du jour appelle les questions d'actualité.\n\n"
            "Mme la présidente. La parole est à M. Paul Granier.\n\n"
            "M. Paul Granier. Les ports bretons sont à l'arrêt depuis dix jours. Les pêcheurs ne vendent plus rien. "
            "(Applaudissements sur les bancs du groupe UC.)\n\n"
            "Que fera le Gouvernement pour eux ?\n\n"
            "Mme la présidente. La parole est à Mme la ministre de la mer.\n\n"
            "Mme Hélène Dufresne-Lamy, ministre de la mer. Monsieur le sénateur, une aide de 40 millions d'euros sera "
            "versée dès avril. Le préfet maritime a reçu les organisations professionnelles hier.\n\n"
            "Nous ne laisserons personne sur le quai. (Applaudissements.)\n\n"
            "M. Paul Granier. C'est trop tard.\n\n"
            "Mme la ministre de la mer. Les premiers versements partiront le 2 avril.\n")
    got = speakers(text)
    assert ("direct", "Les ports bretons", "new:Paul Granier") in got  # a Member on the record, called by the chair
    assert ("direct", "Le préfet maritime", "new:Hélène Dufresne-Lamy") in got  # the form of address is no part of the name
    assert ("direct", "Nous ne laisserons", "new:Hélène Dufresne-Lamy") in got  # an untagged paragraph goes on with her
    assert ("direct", "Les premiers versements", "new:Hélène Dufresne-Lamy") in got  # the office tag: its holder
    assert not any(words.startswith("L'ordre du") or "Présidente" in who or "Odile" in who for _kind, words, who in got)


def test_a_form_of_address_and_a_stop_in_news_copy_is_no_tag() -> None:
    text = ("PARIS (Reuters) - Talks on the harbour strike failed on Monday.\n\n"
            "Mr Granier, who leads the dockers, said the ports would stay shut. He gave no date.\n\n"
            "Mr Granier, a former fisherman, said the union had been patient. It would not wait.\n\n"
            "Mr Granier, speaking after the meeting, said he had nothing more to add. Nobody else spoke.\n")
    got = speakers(text)
    assert not any(words.startswith(("He gave", "It would", "Nobody else")) for _kind, words, _who in got)


def test_untagged_answers_under_bold_questions_are_the_addressed_guest_s() -> None:
    text = ("Wirtschaft\n\n"
            "„Die Häfen brauchen zehn Jahre“\n\n"
            "Die Logistikerin Katrin Vollmer über Lieferketten, Zölle und den Winter.\n\n"
            "**Frau Vollmer, der Verband sagt, die Häfen seien überlastet. Stimmt das?**\n\n"
            "Ja. In Hamburg warten dreißig Schiffe auf einen Liegeplatz.\n\n"
            "**Was muss die Regierung tun?**\n\n"
            "Sie muss die Kräne bezahlen. Das dauert Jahre.\n\n"
            "Und die Bahn muss mitziehen.\n\n"
            "**Und die Zölle?**\n\n"
            "Die helfen niemandem.\n\n"
            "Katrin Vollmer, 47, leitet ein Institut für Logistik in Bremen.\n")
    got = speakers(text)
    assert ("direct", "In Hamburg warten", "new:Katrin Vollmer") in got  # by the given name the page writes before the surname
    assert ("direct", "Sie muss die", "new:Katrin Vollmer") in got
    assert ("direct", "Und die Bahn", "new:Katrin Vollmer") in got  # an untagged paragraph goes on with the answer
    assert ("direct", "Die helfen niemandem.", "new:Katrin Vollmer") in got
    assert not any(words.startswith("Katrin Vollmer, 47") for _kind, words, _who in got)  # the bio after the last answer


def test_answer_turns_and_the_opening_statement_are_the_one_the_briefing_s_header_names() -> None:
    text = ("Briefing of the Press Secretary of the Ministry of Agriculture of Norland Ilka Berg\n\n"
            "3 May 2021 11:00\n\n"
            "On the harvest\n\n"
            "The Ministry expects a harvest below the average of the last five years. Farmers in the north will receive "
            "compensation for the frost.\n\n"
            "Questions and answers\n\n"
            "Question: The farmers' union says the compensation is too small. Will it be raised?\n\n"
            "Answer: The amount was set by the Cabinet. We have received no request to review it.\n\n"
            "Question: When will the payments start?\n\n"
            "Answer: In June. The first regions are already listed on the Ministry's website.\n\n"
            "Question: Will grain exports be restricted?\n\n"
            "Answer: No such decision has been taken.\n")
    got = speakers(text)
    assert ("direct", "The amount was", "new:Ilka Berg") in got  # "Answer:": the one the header names after her office
    assert ("direct", "No such decision", "new:Ilka Berg") in got
    assert ("direct", "The Ministry expects", "new:Ilka Berg") in got  # the untagged opening statement: the same
    assert not any(words.startswith(("On the harvest", "3 May")) for _kind, words, _who in got)  # headings: no statement


def test_a_press_conference_s_family_name_first_and_reporters_tagged_by_outlet() -> None:
    text = ("Press Conference by Trade Minister SAKURAI Renji\n\n"
            "Friday, June 4, 2021, 9:05 a.m.\n\n"
            "Mr. SAKURAI Renji, Minister of Economy and Trade: Let me begin. The export credit line will be extended "
            "to small firms from July.\n\n"
            "Hokkaido Shimbun, Mori: The steel makers say the credit line comes too late. Is that fair?\n\n"
            "Minister Sakurai: The line was agreed with the banks in May. It could not start earlier.\n\n"
            "Freelance, Ota: The union said that wages would fall. Do you agree?\n\n"
            "Minister Sakurai: I do not. Wages rose in the first quarter.\n\n"
            "Hokkaido Shimbun, Mori: Will you visit Busan this month?\n\n"
            "Minister Sakurai: Nothing has been decided.\n")
    got = speakers(text)
    assert ("direct", "The export credit", "new:Sakurai Renji") in got  # the family name in capitals first
    assert ("direct", "The line was", "new:Sakurai Renji") in got  # "Minister Sakurai": the fullest name the tags give
    assert ("direct", "Wages rose in", "new:Sakurai Renji") in got
    assert not any(who in {"new:Freelance", "new:Hokkaido Shimbun"} for _kind, _words, who in got)  # reporters ask


def test_a_live_ticker_s_heading_between_marks_is_read_as_a_heading_of_its_own() -> None:
    text = ("Der Hochwasser-Ticker\n\n"
            "+++ 16:40 Deichbruch bei Meißen +++\n"
            "Bei Meißen ist ein Deich auf 30 Metern gebrochen. Die Feuerwehr räumt zwei Dörfer.\n\n"
            "+++ 15:10 Kretschmer: „Wir lassen niemanden allein“ +++\n"
            "Sachsens Ministerpräsident Michael Kretschmer besucht die Notunterkunft in Riesa.\n")
    got = speakers(text)
    assert any(words.startswith("Wir lassen") and who.endswith("Kretschmer") for _kind, words, who in got)  # "Name: „words“"
    assert not any(words.startswith(("+++", "16:40", "15:10")) for _kind, words, _who in got)  # the marks and the time


def test_guard_a_ticker_heading_keeps_an_acronym_after_its_time() -> None:
    text = ("Der Flüchtlings-Ticker\n\n"
            "+++ 18:21 UNHCR: „Die Lage an der Grenze ist dramatisch“ +++\n"
            "Das Flüchtlingshilfswerk ruft beide Seiten zur Zurückhaltung auf.\n\n"
            "+++ 17:05 Grenzübergang Pazarkule geschlossen +++\n"
            "Die griechische Polizei setzt Tränengas ein.\n")
    got = speakers(text)
    assert any(words.startswith("Die Lage") and who.endswith("UNHCR") for _kind, words, who in got)  # no time zone eats it

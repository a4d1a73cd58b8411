"""The roles a turn-taking document's labels name, in the languages its records are printed in (pure).

A transcript, a press conference, a parliament's record, a hearing and a broadcast share their cast whatever their
language: someone asks (a questioner, a reporter), someone runs the proceedings (a chair, a moderator), someone narrates
(a presenter, a correspondent), and someone answers.  A label that is only such a role ("QUESTION:", "Journaliste (Le
Soleil) :", "Le modérateur :", "PIRMININKAS (V. Pranckietis).", "PRESENTADORA (Marta Iglesias):") is read by these
words, folded as :func:`idlibsite.sources.members.key` writes a label (lower case, no stops), accents kept; :mod:`.turns`
tells each turn's part by them and :data:`ROLE_TAG` finds such a label in any case, with its article.
"""

from __future__ import annotations

import re

QUESTIONERS = frozenset({
    "q", "question", "questions", "questioner", "journalist", "journalists", "reporter", "reporters", "interviewer",
    "frage", "pregunta", "pergunta", "domanda", "vraag", "fråga", "spørsmål", "pytanie", "otázka",
    "klausimas", "jautājums", "küsimus", "kysymys", "soru", "întrebare", "kérdés", "вопрос", "питання",
    "journaliste", "journalistes", "periodista", "periodistas", "jornalista", "giornalista", "dziennikarz", "novinář",
    "žurnalistas", "gazeteci", "journalisti", "журналист",
})
"""A label's first word that marks a questioner ("Q:", "QUESTION (Reuters):", "FRAGE JUNG:", "Journaliste (RFM) :",
"Periodista:", "REPORTER:"): the words of the turn are not the asker's statements; what they report keeps its own
speaker."""
QUESTION_LETTERS = frozenset({"d", "p", "f", "v"})
"""A lone letter that marks a question in another language's Q&A ("D:" domanda or demande, "P:" pregunta or pergunta,
"F:" Frage, "V:" vraag, beside "R:" or "A:"): a questioner only as the whole label, never an initial ("P. Zlobin")."""
ANSWERERS = frozenset({"a", "answer", "r", "response", "reply", "antwort", "respuesta", "réponse", "risposta", "resposta",
                       "antwoord", "svar", "odpowiedź", "odpověď", "atsakymas", "cevap", "răspuns", "válasz", "ответ"})
"""A label that is only a mark of an answer ("A:", "R:", "Réponse :"): the words of the one whom the page's header names."""
NARRATORS = frozenset({"newsreader", "presenter", "anchor", "announcer", "narrator", "presentador", "presentadora",
                       "présentateur", "présentatrice", "presentatore", "presentatrice", "apresentador", "apresentadora",
                       "conductor", "conductora", "locutor", "locutora", "animateur", "animatrice", "conduttore",
                       "conduttrice", "moderatorin", "nachrichtensprecher", "nachrichtensprecherin", "sunucu", "ведущий"})
"""A broadcast's narrating roles: its own lines are nobody's, the sentences it reads keep their own speakers."""
REPORTING = NARRATORS | {"correspondent", "reporter", "host", "byline", "corresponsal", "correspondant", "correspondante",
                         "corrispondente", "correspondente", "korrespondent", "korrespondentin", "enviado", "enviada",
                         "envoyé", "envoyée", "inviato", "inviata", "reportero", "reportera", "muhabir", "корреспондент"}
"""Roles a label's title gives a broadcast's own staff ("NAME (correspondent):", "NAME (corresponsal en Estambul):",
a radio transcript's "NAME, HOST:", "NAME, BYLINE:"), which tell no guest apart: a bulletin's correspondent tells what
others said, so the sentences of the turn keep their own speakers, unless the label answers an interviewer (a two-way's
correspondent, whose analysis is his)."""
ROSTERS = frozenset({"witnesses", "participants", "present", "panel", "panellists", "panelists", "speakers", "guests",
                     "attendees", "in attendance", "members present"})
"""A record's header line that lists who takes part ("Witnesses: Dr X, Director of ...; Y, ..."): no turn."""
CHAIRS = frozenset({
    "moderator", "chair", "chairman", "chairwoman", "chairperson", "host", "operator", "speaker", "presiding", "officer",
    "voorzitter", "président", "présidente", "modérateur", "modératrice", "moderador", "moderadora", "moderatore",
    "moderatrice", "moderatorin", "presidente", "presidenta", "präsident", "präsidentin", "vizepräsident",
    "vizepräsidentin", "pirmininkas", "pirmininkė", "posėdžio", "pirmininko", "pavaduotojas", "przewodniczący",
    "przewodnicząca", "marszałek", "předsedající", "predsedajúci", "priekšsēdētājs", "puhemies", "talman", "başkan",
    "председательствующий",
})
"""The words of a chair's label ("MODERATOR", "Mr Speaker", "Le modérateur", "PIRMININKAS", "Präsidentin"): it runs
the proceedings, its turns are no statement."""
CHAIR_COMPANIONS = frozenset({"mr", "madam", "madame", "deputy", "the", "acting", "de", "m", "mme", "le", "la", "el", "il",
                              "der", "die", "vice"})
"""Words a chair's label may hold beside the chair's own ("Madam Deputy Speaker", "Le modérateur", "Der Präsident")."""

_ARTICLE = r"(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Dd]er|[Dd]ie|[Dd]e|[Oo]|[Aa])[^\S\n]+|[Ll][’'])?"
_ROLE_WORDS = sorted((QUESTIONERS | ANSWERERS | NARRATORS | CHAIRS) - {"q", "a", "r", "presiding", "officer", "posėdžio",
                                                                       "pirmininko", "pavaduotojas"}, key=len, reverse=True)
ROLE_TAG = re.compile(r"(?P<name>" + _ARTICLE + r"(?i:" + "|".join(map(re.escape, _ROLE_WORDS)) + r"))"
                      r"(?P<parens>[^\S\n]+\([^()\n]{1,80}\))?[^\S\n]?:\s+(?=\S)")
"""A label that is a role alone, in any case, maybe after its article and with a name or an outlet in brackets: "Le
modérateur :", "el moderador:", "Journaliste (Le Soleil) :", "Presentadora (Marta Iglesias):"."""


def asks(said: list[str]) -> bool:
    """True when a label's words (by :func:`idlibsite.sources.members.key`) are a questioner's: "q", "frage jung",
    "journaliste", a lone "d"."""
    return bool(said) and (said[0] in QUESTIONERS or said[0] in QUESTION_LETTERS and len(said) == 1)


def chairs(said: set[str]) -> bool:
    """True when a label's words (by :func:`idlibsite.sources.members.key`) are a chair's: "mr speaker", "le modérateur"."""
    return bool(said & CHAIRS) and said <= CHAIRS | CHAIR_COMPANIONS


MACHINE_VOICE = r"(?i:(?:unknown[^\S\n]+|unidentified[^\S\n]+)?speaker)[^\S\n]+(?:\d{1,2}|[A-Z])\b|(?i:unknown|unidentified)[^\S\n]+(?i:speaker)"
"""A machine transcript's name for a voice it tells apart: "Speaker" and a number or a capital letter ("Speaker 2",
"SPEAKER B"), or an unknown speaker (:mod:`.machinetags`)."""
MACHINE_TAG = re.compile(r"(?P<name>" + MACHINE_VOICE + r")[^\S\n]?:\s+(?=\S)")
"""A machine's tag at a paragraph's start: "Speaker 1:", "SPEAKER 3:"."""

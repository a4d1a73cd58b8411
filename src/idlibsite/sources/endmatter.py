"""Lines around a story's paragraphs that are none of them: agencies' credits and a site's prompts (pure).

A story credits the agencies and colleagues it drew on on a line of its own after it ("— With AFP", "(Avec AFP)",
"(mit dpa)", "Agencies contributed to this report.", "Associated Press writer A. Writer in Moscow contributed to this
report."), a publisher states the terms of its rights ("Copyright 2020 Example Wire. Reproduction only with a link to
the source."), and a site asks its readers between and after the paragraphs to subscribe to a newsletter, download its app or
follow it ("Sign up for Middle East Now, our free weekly newsletter.", "Recevez l'essentiel : inscrivez-vous à notre
newsletter.", "Newsletter: … jetzt kostenlos abonnieren", "Get alerts on your phone: download our app", "Follow us on
Twitter and Facebook"). :func:`end_kind` names such a line: a credit or a notice is a note (its agency is read with the credits),
a prompt is chrome.  A paragraph that reports what someone said, or mentions a newsletter, an app or a report in a
sentence of the story ("The ministry said it would send a newsletter to subscribers"), is neither.
"""

from __future__ import annotations

import re

from idlibsite.sources.agencies import AGENCY_CREDIT

_AND = r"\s*(?:,|/|\band\b|\bet\b|\bund\b|\by\b|\be\b|&)\s*"
# An agency credited on a line of its own: "— With AFP", "(Avec AFP et Reuters)", "(mit dpa)", "Mit Material von dpa".
WITH_AGENCY = re.compile(
    rf"[(\[]?\s*(?:[—–-]\s*)?(?i:with|avec|mit|con|com)(?:\s+(?i:material von|material from|informations de))?\s+"
    rf"{AGENCY_CREDIT}(?:{_AND}{AGENCY_CREDIT}){{0,3}}\s*[)\]]?\.?")
# Colleagues or agencies credited after a story: "Agencies contributed to this report.", "Associated Press writer A.
# Writer in Moscow contributed to this report." (no quotation marks: a sentence of the story quotes or reports).
CONTRIBUTED_WORD = "contributed"  # in every match of CONTRIBUTED, which looks for it at each letter
CONTRIBUTED = re.compile(r"[(\[]?[^\"“”«»]{2,200}?\bcontributed(?: reporting)? to this (?:report|story|article)\.?[)\]]?")
# A publisher's notice of its rights that reserves none in words but states its terms ("Copyright 2020 Example Wire.
# Reproduction only with a link to the source.", "© Example Daily 2020 - Reproduction interdite"): a notice that
# reserves all rights is a note already (blocks.COPYRIGHT); "Copyright holders said …" opens a sentence, not a notice.
RIGHTS = re.compile(r"(?:(?i:copyright)\s*(?:©\s*)?(?:\d{4}\b)|©|\((?i:c)\)\s*\d{4}\b)[^\"“”«»]{0,120}?"
                    r"\b(?i:reproduc\w*|republish\w*|redistribut\w*|reprint\w*|may not be|without (?:prior )?(?:written )?"
                    r"permission|interdite|untersagt|nur mit)\b[^\"“”«»]{0,200}")
# A site's prompt to subscribe to its newsletter, in the languages of the corpus's sources.
NEWSLETTER = re.compile(r"(?i)\bnewsletters?\b")
SUBSCRIBE = re.compile(r"(?i)\b(sign(ing)? up|subscribe|register|abonnieren|anmelden|abonnez-vous|inscrivez-vous"
                       r"|suscr[ií]bete|iscriviti|abone ol)\b")
# A prompt to download the site's app, after a lead-in ending in a colon ("Get alerts on your phone: download our app").
APP = re.compile(r"(?i)(?:[^.!?:]{0,80}:\s*)?(?:download|get|install)\s+(?:the|our)\s+[\w .'’-]{0,30}?\bapp\b.{0,80}")
# A prompt to follow the site: "Follow us on Twitter and Facebook …", "Suivez-nous sur …", "Folgen Sie uns auf …".
FOLLOW = re.compile(r"(?i)(?:follow us|like us|suivez-nous|folgen sie uns|s[ií]guenos)\s+(?:on|sur|auf|en)\b.{0,120}")
# A prompt is short, and says nothing anyone said.
PROMPT_MAX_WORDS = 30
SAID = re.compile(r"[\"“”«»„]|\b(said|says|told)\b")


def end_kind(line: str) -> str:
    """"note" for a line that credits agencies or colleagues, "chrome" for a site's prompt to its readers, else ""."""
    stripped = line.strip()
    contributed = CONTRIBUTED_WORD in stripped and CONTRIBUTED.fullmatch(stripped)  # the word, before the pattern
    if WITH_AGENCY.fullmatch(stripped) or ((contributed or RIGHTS.fullmatch(stripped))
                                           and not SAID.search(stripped)):
        return "note"
    if len(stripped.split()) > PROMPT_MAX_WORDS or SAID.search(stripped):
        return ""
    if (NEWSLETTER.search(stripped) and SUBSCRIBE.search(stripped)) or APP.fullmatch(stripped) \
            or FOLLOW.fullmatch(stripped):
        return "chrome"
    return ""

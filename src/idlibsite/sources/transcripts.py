"""Lines that a transcript or a meeting's record adds around the words spoken (pure).

A network's show transcript ("Return to Transcripts main page", "THIS IS A RUSH TRANSCRIPT …",
"(BEGIN VIDEOTAPE)", "[16:00:14]"), a radio programme's ("Nadia Karam  00:00:04" over a turn,
"[music]", "Presenter: …"), a video's auto-transcript ("Transcript" over its captions), a verbatim
record of a council ("United Nations S/PV.8731" and its header down to "Agenda", members with dot
leaders, "The meeting rose at 12.50 p.m.") and a parliament's ("Volume 672: debated on Monday 2 March
2020", "2 March 2020 : Column 612", "3.34 pm", "Back to top") print such lines between the turns.
None is a paragraph of what was said: :func:`transcript_kind` names a line "chrome", or "dateline"
where it gives the day of the debate or broadcast; :func:`transcript_lines` names a record's header
and a labelled title ("Transcript: <title>") at the top; :func:`labelled_title` reads the title
without its label.  A turn itself ("MERCER: Owen, …", "Mr. Nebenzia (Russian Federation) (spoke in
Russian): …") is a paragraph, and a story that quotes a transcript keeps its sentences: every
pattern here is a whole line of its own, never a sentence with more words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from idlibsite.sources.datelines import find_dates, is_date_line
from idlibsite.sources.releasehead import RELEASE_LABEL

# A stage note in brackets: a clip's or a tape's start and end, a break, a reaction, a sound; in capitals
# ("(BEGIN VIDEOTAPE)", "(END VIDEOCLIP)", "(COMMERCIAL BREAK)") or a word of this list in any case ("[music]").
STAGE_WORDS = ("laughter|applause|crosstalk|cross talk|inaudible|unintelligible|indiscernible|music|silence|cheers"
               "|cheering|booing|pause|break|commercial break|end of transcript|end of recording|technical difficulties"
               "|foreign language|speaking foreign language|no audio|sighs|gunfire|explosion|chanting|sirens"
               "|off[- ]mic|audio (?:cuts|drops) out|multiple speakers")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.\s?m\.|\d{1,2}(?:[.:]\d{2})?\s*[ap]m|noon|midnight"
# A briefing's note of its own start or end, in brackets: "(The briefing was concluded at 2:49 p.m.)".
_EVENT = (r"(?:press |news |daily |noon )?"
          r"(?:briefing|conference|gaggle|availability|call|interview|session|meeting|event)")
BRACKETED_PROCEDURE = (rf"(?:the |this )?{_EVENT} (?:was |is )?(?:concluded|ended|ends|adjourned|began|begins|started"
                       rf"|resumed|closed)(?: at (?:{_CLOCK})(?: [A-Z]{{2,4}})?)?\.?")
STAGE = re.compile(rf"\(([A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*)+)\)|\[([A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*)+)\]"
                   rf"|(?i:[(\[](?:{STAGE_WORDS})\.?[)\]])|[(\[]{_TIME}[)\]]|(?i:[(\[]{BRACKETED_PROCEDURE}[)\]])")
# A transcript's own notices and links: the rush notice, how it was made, a record's note on translations.
NOTICE = re.compile(
    r"(?i)this is a rush transcript\b.*|this copy may not be in its final form\b.*"
    r"|this (?:transcript|record) (?:was|has been|is|may have been) (?:(?:automatically|machine[- ]|auto-)"
    r"(?:generated|produced|transcribed)|(?:produced|generated|created|made|prepared|transcribed) (?:automatically"
    r"|(?:by|using|with) (?:an? )?(?:automatic|automated|machine|computer|speech[- ]recognition|artificial))"
    r"|edited for (?:length|clarity))\b.*"
    r"|this record contains the text of speeches\b.*|(?:this )?transcript may contain errors\b.*"
    r"|return to transcripts?(?: main page)?|(?:show |full |auto-generated |video |read (?:the )?)?transcript"
    r"|(?:\.\.\.|…) ?more"  # a video's description folded under its date
)
# A turn's label on a line of its own with its timecode ("Nadia Karam  00:00:04", "Speaker 1  0:04", "0:04 Host").
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|\d{1,2}|al|el|bin|de|van|von))?(?: [A-Z][\w'’.-]*){0,3}"
SPEAKER_AT = re.compile(rf"{_NAME}(?:\s{{2,}}|\s*[·•|–-]\s*|\t+){_TIME}|{_TIME}(?:\s{{2,}}|\s*[·•|–-]\s*|\t+){_NAME}")
# A programme's credits in its header ("Presenter: Nadia Karam", "Guest: Tomas Lindqvist, humanitarian adviser"):
# names and roles, no sentence (a turn "Host: Good morning." ends like one).
CREDITS = re.compile(r"(?i:presenters?|presented by|hosts?|hosted by|guests?|producers?|produced by|moderator"
                     r"|panel(?:lists)?|participants|reporters?|anchors?)\s*:\s*[A-Z][^.!?]{1,100}[^.!?:;,]")
# A record's lines: dot leaders (its members, a table of contents), its symbol ("S/PV.8731", "A/74/PV.45") in a short
# header or footer, its document number and bar code ("20-05213 (E)", "*2005213*", "20-05213 3/6"), its notes of
# procedure, a parliament's columns, times and its site's links.
LEADERS = re.compile(r"(?:\. ?){6,}")
SYMBOL = re.compile(r"\b(?:[ASE]/(?:[\w.]+/)*PV\.\d+|S/\d{4}/\d+)\b")
SYMBOL_LINE_WORDS = 12
DOCUMENT = re.compile(r"\d{2}-\d{5}(?: \([A-Z]\))?(?: \d{1,3}/\d{1,3})?|\d{1,3}/\d{1,3} \d{2}-\d{5}|\*\d{7,}\*")
PROCEDURE = re.compile(
    rf"(?i)the (?:meeting|sitting|session) (?:was called to order|was opened|opened|rose|was adjourned|adjourned"
    rf"|was closed|was suspended|was resumed|resumed)(?: at (?:{_CLOCK}))?(?: and (?:was )?resumed at (?:{_CLOCK}))?\.?"
    r"|the agenda was adopted\.?"
)
COLUMN = re.compile(r"(?i)(?:.{0,30}\S\s*:\s*)?col(?:umn)?s?\.?\s+\d{1,5}[a-z]{0,3}(?:\s*[-–]\s*\d{1,5}[a-z]{0,3})?")
# A time line, with its zone ("3.34 pm", "2:16 p.m. EST", "1:05 P.M. ET", "11 a.m. local time", "16:40 (local time)").
TIME_LINE = re.compile(rf"(?i)(?:{_CLOCK}|{_TIME})(?:\s+(?:[A-Z]{{2,4}}|local time|\(local time\)))?")
RECORD_LINKS = re.compile(
    r"(?i)share this debate|download text|view all .{1,80} debates|read hansard report|watch parliament live"
    r"|hansard text|back to top|previous debate|next debate|urgent question"
    r"|(?:(?:house of (?:commons|lords|representatives)|senate) )?hansard(?: [-–|] .{1,40})?"
)
# The day a record or a programme gives for itself: "Volume 672: debated on Monday 2 March 2020", "Broadcast: …".
# and a video's count of views over its upload date ("41K views  1 Mar 2020").
DAY_OF = re.compile(r"(?i)(?:volume \d+\s*:\s*)?(?:debated|broadcast|aired|recorded|held|delivered)(?: on)?\s*:?\s+"
                    r"(?P<date>.+)|(?:broadcast|air date|first broadcast)\s*:\s*(?P<day>.+)"
                    r"|\d[\d.,]*\s*[km]?\s+views?(?:\s*[·•]\s*|\s+)(?P<upload>.+)")
# A record's header at the top: "United Nations S/PV.8731" (or "… A/74/PV.45") down to the line "Agenda" or
# "Agenda item 34", at most this many lines below it.
RECORD_HEAD = re.compile(rf"(?i)united nations\s+.*{SYMBOL.pattern}.*")
AGENDA = re.compile(r"(?i)agenda(?: items? \d+(?:\s*(?:and|,)\s*\d+)*)?")
RECORD_HEADER_LINES = 40
# A title under its label near the top ("Transcript: Idlib's displaced and the road to the Moscow summit").
TITLE_LABEL = re.compile(r"(?i:transcript|episode|programme|program|segment)\s*:\s+(?P<title>[A-Z\"“'‘].+)")
TITLE_LABEL_LINES = 8
TITLE_MIN_WORDS = 3
# A briefing's header: its title (often with its date) over the briefer's block on lines of their own — name, office,
# place, date, time ("Morgan Ortagus" / "Department Spokesperson" / "Washington, DC" / "March 3, 2020" / "2:16 p.m.
# EST") — or under its issuer's name ("U.S. Department of Defense", "Prime Minister of the Hellenic Republic").
_OFFICE = (r"spokes(?:person|man|woman)|press secretary|secretary(?:-general)?|minister|ambassador|official|envoy"
           r"|representative|coordinator|director|president|vice[- ]president|chancellor|premier|department|ministry"
           r"|office|embassy|mission|presidency|government|chancellery|white house")
OFFICE = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{0,4}}(?i:{_OFFICE})(?:,?\s+(?:of|for|to|at|in|on)\s+[^.!?:;]{{1,60}})?")
BRIEFING = re.compile(r"(?i)\b(?:briefing|press conference|news conference|gaggle|press availability|media availability"
                      r"|stakeout|doorstop|remarks|transcript|press point|q ?& ?a)\b")
NAME_OR_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|of|the|for|and|de|al|el|von|van|du|da|bin))*")
BRIEFER_LINE_WORDS = 8
TITLE_MAX_WORDS = 25
HEADER_TOP_LINES = 12


def transcript_kind(line: str) -> str:
    """The kind of a transcript's or a record's line that is none of its turns: "chrome", "dateline" for the day of a
    debate or a broadcast, or "" for any other line."""
    stripped = line.strip()
    if not stripped:
        return ""
    day = DAY_OF.fullmatch(stripped)
    if day and is_date_line(day["date"] or day["day"] or day["upload"]):
        return "dateline"
    for pattern in (STAGE, NOTICE, SPEAKER_AT, CREDITS, DOCUMENT, PROCEDURE, COLUMN, TIME_LINE, RECORD_LINKS):
        if pattern.fullmatch(stripped):
            return "chrome"
    # (each looked for only on a line holding what every match of it holds: two dots, a slash)
    if (_two_dots(stripped) and LEADERS.search(stripped)) or ("/" in stripped and SYMBOL.search(stripped)
                                                              and len(stripped.split()) <= SYMBOL_LINE_WORDS
                                                              and not stripped.endswith(".")):
        return "chrome"
    return ""


def _two_dots(line: str) -> bool:
    """Whether ``line`` holds two dots with at most a space between them, as every match of :data:`LEADERS` does."""
    return ".." in line or ". ." in line


def transcript_lines(shown: Sequence[str], line_kind: Callable[[str], str]) -> dict[int, str]:
    """The kinds of whole lines of a text (``shown``) that only the lines around them tell: a record's header at the
    top ("chrome", its dates "dateline"), down to its "Agenda" label; a title under its label near the top ("title");
    a briefing's header (:func:`briefing_header`; ``line_kind`` names a line alone)."""
    lines = [line.strip() for line in shown]
    out: dict[int, str] = briefing_header(lines, line_kind)
    top = next((k for k, line in enumerate(lines) if line), None)
    if top is not None and RECORD_HEAD.fullmatch(lines[top]):
        end = next((k for k in range(top, min(len(lines), top + RECORD_HEADER_LINES)) if AGENDA.fullmatch(lines[k])),
                   None)
        if end is None:  # no agenda: the header's first paragraph
            end = next((k for k in range(top, len(lines)) if not lines[k]), len(lines)) - 1
        out.update((k, "dateline" if find_dates(lines[k]) else "chrome") for k in range(top, end + 1) if lines[k])
    for k, line in enumerate(lines[:TITLE_LABEL_LINES]):
        if labelled_title(line) != line:
            out[k] = "title"
            break
    return out


def labelled_title(line: str) -> str:
    """The title a labelled title line gives ("Transcript: Words" gives "Words"); ``line`` when it is none."""
    m = TITLE_LABEL.fullmatch(line.strip())
    title = m["title"].strip() if m else ""
    return title if len(title.split()) >= TITLE_MIN_WORDS and not title.endswith((".", "?", "!")) else line


def briefing_header(lines: Sequence[str], line_kind: Callable[[str], str]) -> dict[int, str]:
    """A briefing's header at the top of stripped ``lines``: its title ("title": the first line that is no issuer's or
    briefer's office, no chrome, no release's label and no date) and, as "chrome", the issuer's name above it and the
    briefer's block under it (names, offices, places and times on lines of their own, dates among them left to
    ``line_kind``). Only when the title says it is a briefing ("Press Briefing", "Press Gaggle", "Remarks", …) and an
    issuer's name is above it or the block names an office: a story's byline over its date, an opinion's author over
    their office, stay. {} when there is none."""
    above = []
    for k, line in enumerate(lines[:HEADER_TOP_LINES]):
        if OFFICE.fullmatch(line) and len(line.split()) <= TITLE_MAX_WORDS // 2:
            above.append(k)
        elif line and line_kind(line) not in ("chrome", "dateline") and not RELEASE_LABEL.fullmatch(line):
            break
    else:
        return {}
    title = lines[k]
    if not TITLE_MIN_WORDS <= len(title.split()) <= TITLE_MAX_WORDS or title.endswith((".", "?", "!", ":", ";")):
        return {}
    block = []
    for j in range(k + 1, len(lines)):
        if lines[j] and line_kind(lines[j]) != "dateline":
            if not _briefer_line(lines[j]):
                break
            block.append(j)
    if not BRIEFING.search(title) or not above and not any(OFFICE.fullmatch(lines[j]) for j in block):
        return {}
    return {k: "title"} | {j: "chrome" for j in above + block}


def _briefer_line(line: str) -> bool:
    """Whether a line of a briefing's header under its title names the briefer, their office, the place or the time."""
    return len(line.split()) <= BRIEFER_LINE_WORDS and bool(
        OFFICE.fullmatch(line) or NAME_OR_PLACE.fullmatch(line) or TIME_LINE.fullmatch(line))

"""A name set on its own line over a headline in Title Case (pure).

A report's cover, copied out of its PDF, stacks a country's or a body's name over the report's
name ("Syrian Arab Republic" over "Recent Developments in Northwest Syria"); both are in Title
Case, so they passed for one headline wrapped over two lines, and the title read "Syrian Arab
Republic Recent Developments …". A headline wrapped over two lines continues: its first line is
full (the next line's first word would not have fitted on it) or the cut falls at a connecting word
or a comma. A short name (no list: no comma) whose next line's first word would have fitted after it, with no such
cut, is set apart on purpose: it is the publisher's or the place's name, not the headline's start. The line must
name a state or a body by one of its nouns (:data:`NAME_NOUNS`: "Republic", "Ministry", "Office"), and a line with a
speech verb is no name ("Russia Warns" over "Turkey over Idlib Offensive"): a headline's first words ("Russian
Military" over "Says Putin Must Stop ...", "Turkey Sends" over "Reinforcements to ...") open the headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from idlibsite.sources.paged import CONNECTORS
from idlibsite.sources.speech import speech_verbs

# The most words of a name set over a headline ("Syrian Arab Republic", "United Nations Children's Fund").
NAME_MAX_WORDS = 4
# The fewest words of the headline under it.
HEADLINE_MIN_WORDS = 3
# The nouns that make a short line a state's or a body's name ("Syrian Arab Republic", "Ministry of Foreign Affairs"):
# a headline's first words ("Russian Military", "Turkey Sends") hold none of them.
NAME_NOUNS = frozenset("""republic kingdom federation emirates ministry nations office agency fund programme program
organization organisation council committee commission union coalition secretariat mission embassy government
department bureau institute centre center foundation network forum league assembly parliament presidency authority
directorate""".split())


def names_over_headline(lines: Sequence[str]) -> int:
    """How many leading ``lines`` of a Title Case headline at the top are names set over it (0 when none)."""
    count = 0
    while count + 1 < len(lines) and _name_over(lines[count].strip(), lines[count + 1].strip()):
        count += 1
    return count


def _name_over(line: str, nxt: str) -> bool:
    """Whether ``line`` is a short name that the Title Case line ``nxt`` under it does not continue."""
    words, following = line.split(), nxt.split()
    return 0 < len(words) <= NAME_MAX_WORDS and len(following) >= HEADLINE_MIN_WORDS \
        and any(word.lower().strip(".,'’") in NAME_NOUNS for word in words) \
        and words[-1].lower() not in CONNECTORS and following[0].lower() not in CONNECTORS \
        and "," not in line and not line.endswith((":", "-", "–", "—", "&")) and not speech_verbs(line) \
        and len(line) + 1 + len(following[0]) <= len(nxt)  # a wrapping editor would have put that word up

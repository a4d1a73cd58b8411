"""A monitoring service's bracketed speaker tags, with no colon after them (pure).

BBC Monitoring-, Open Source Enterprise- and FBIS-like transcripts of broadcasts tag each turn with a label in square
brackets and go straight on with the words: "[Presenter] Good evening.", "[Correspondent Name, from Place] Here ...",
"[Name] The coordinates were not passed to us.". :mod:`.turns` reads them as it reads "NAME:" tags.
"""

from __future__ import annotations

import re

from idlibsite.sources.members import key
from idlibsite.sources.turnwords import REPORTING
from idlibsite.sources.views import CAPITAL

BARE_BRACKET_TAG = re.compile(rf"\[(?P<name>[{CAPITAL}][\w’'.-]*(?:[^\S\n]+[{CAPITAL}][\w’'.-]*){{0,5}})(?:,[^\S\n]+(?P<title>[^\]\n]{{1,120}}))?\]"
                               rf"[^\S\n]+(?=[{CAPITAL}\"“‘'])")
"""A monitoring service's tag in square brackets with no colon, over a broadcast's words: the presenter's and the
correspondent's turns and a soundbite's speaker ("[Presenter] Good evening.", "[Correspondent Name, from Place] Here
...", "[Name, speaking in Turkish with voice-over] We will ..."). Its words open with a capital or a quotation mark:
"[Al-Jaafari] also said that ..." is the editor's bracketed subject of a sentence, no tag, and the editor's notes
("[Video shows ...]", "[passage omitted]") have a word in lower case where a name would be."""


def bracketed(name: str, end: int) -> tuple[str, str, int]:
    """A monitoring service's bracketed tag as name and title: what follows its comma describes the clip ("speaking in
    Turkish with voice-over", "from Hmeymim"), no title of the speaker's; a reporting role before the name, or alone, is
    its title ("[Correspondent Name]", "[Correspondent]"), so that the turn narrates as a correspondent's does."""
    words = name.split()
    roles = next((i for i, word in enumerate(words) if key(word) not in REPORTING), len(words))
    return " ".join(words[roles:]) or name, " ".join(words[:roles]), end

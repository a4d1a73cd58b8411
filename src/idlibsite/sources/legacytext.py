"""Which legacy code page a text file that is not UTF-8 was most likely saved in, for the hint to convert it (pure).

add-source reads an article's text as UTF-8 and stops on any other bytes (the text is evidence: it is never decoded by
a guess). The hint it gives must not make things worse: a Russian story pasted into Notepad and saved as "ANSI" on a
Russian Windows is windows-1251, and converting it as windows-1252 would give "Ýðäîãàí" for "Эрдоган" without any
error. So the hint names the code page whose letters the bytes make: Cyrillic (windows-1251), Arabic (windows-1256) or
Greek (windows-1253) when nearly every byte above ASCII is a letter of that script, its words made of such letters
alone (not ASCII words with one of them inside) and, for the scripts with capitals, mostly small letters with a fair
share of vowels, as words are; Turkish (windows-1254) when the letters only Turkish
uses there appear; else Western European (windows-1252).
"""

from __future__ import annotations

import re
import unicodedata

# (codec, iconv's name, what to call it, the Unicode script its letters are named after, its vowels or "" for none)
SCRIPTS = (
    ("cp1251", "WINDOWS-1251", "Cyrillic", "CYRILLIC", "аеёиоуыэюяєіїАЕЁИОУЫЭЮЯЄІЇ"),
    ("cp1256", "WINDOWS-1256", "Arabic", "ARABIC", ""),
    ("cp1253", "WINDOWS-1253", "Greek", "GREEK", "αεηιουωάέήίόύώΑΕΗΙΟΥΩ"),
)
SCRIPT_SHARE = 0.9  # of the characters above ASCII, letters of the script
SMALL_SHARE = 0.7  # of those letters, small ones (a script with capitals)
VOWEL_SHARE = 0.25  # of those letters, vowels
TURKISH_ONLY = "ıİşŞğĞ"  # windows-1254's letters where windows-1252 has Icelandic ones
TURKISH_MIN = 2


def likely_codepage(data: bytes) -> tuple[str, str]:
    """(iconv's name, what to call it) of the legacy code page ``data`` was most likely saved in."""
    for codec, name, label, script, vowels in SCRIPTS:
        text = data.decode(codec, errors="replace")
        above = [c for c in text if ord(c) >= 0x80]
        letters = [c for c in above if unicodedata.name(c, "").startswith(script) and c.isalpha()]
        if not above or len(letters) < SCRIPT_SHARE * len(above) or not _whole_words(text):
            continue
        if vowels and (sum(c.islower() for c in letters) < SMALL_SHARE * len(letters)
                       or sum(c in vowels for c in letters) < VOWEL_SHARE * len(letters)):
            continue
        return name, label
    if sum(c in TURKISH_ONLY for c in data.decode("cp1254", errors="replace")) >= TURKISH_MIN:
        return "WINDOWS-1254", "Turkish"
    return "WINDOWS-1252", "Western European"


def _whole_words(text: str) -> bool:
    """Whether the words with letters above ASCII are written in them alone (a script's words), not ASCII words with an
    accented letter read as another script's ("dйclarй", "Tьrkei")."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if any(ord(c) >= 0x80 for c in w)]
    mixed = sum(any(c.isascii() for c in w) for w in words)
    return bool(words) and mixed <= (1 - SCRIPT_SHARE) * len(words)

"""French typography for text shown to readers: no-break spaces and curly apostrophes.

French sets a space before ``: ; ! ?`` and ``»`` and after ``«``; a breakable one lets a lone
« ? » or « ( » start the next line, so it becomes a no-break space (U+00A0, the one used
everywhere on the site: it is in every font, and search splits words on it like on a space).
An apostrophe between two letters (``l'IA``) becomes ``’``. Nothing else changes: no space is
added where the author wrote none, other straight quotes stay as typed (``<script>alert('x')``
is shown exactly so), and addresses (``https://…``, ``nom@site.fr``) and times (``10:30``) are
left alone. Every change keeps the text's length, so positions found in the original text (the
glossary's link spans) stay right in the result. No library does this for French (smartypants
and its kin curl every quote, the English way), hence these few rules.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"
APOSTROPHE = "\u2019"
# A breakable space before high punctuation and a closing guillemet, or after an opening one:
# the ordinary space, or a thin or fixed-width one (rare: looked for only when present). Each
# pattern starts with a literal character, which the regular expression engine finds fast:
# every sentence of every page goes through here.
SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[:;!?»])")
OTHER_BREAKABLE_SPACE = re.compile(r"[\u2000-\u200a]")
OTHER_SPACE_BEFORE_PUNCTUATION = re.compile(r"[\u2000-\u200a](?=[:;!?»])")
SPACE_AFTER_GUILLEMET = re.compile(r"«[ \u2000-\u200a]")
APOSTROPHE_BETWEEN_LETTERS = re.compile(r"'(?<=[^\W\d_]')(?=[^\W\d_])")
# Spans where a straight apostrophe is part of an address and must stay as typed.
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def french_typography(text: str) -> str:
    """``text`` with French no-break spaces and curly apostrophes; same length, idempotent."""
    if "'" in text:
        text = _curl_apostrophes(text)
    text = SPACE_BEFORE_PUNCTUATION.sub(NO_BREAK_SPACE, text)
    if "«" in text:
        text = SPACE_AFTER_GUILLEMET.sub("«" + NO_BREAK_SPACE, text)
    if OTHER_BREAKABLE_SPACE.search(text):
        text = OTHER_SPACE_BEFORE_PUNCTUATION.sub(NO_BREAK_SPACE, text)
    return text


def _curl_apostrophes(text: str) -> str:
    if "@" not in text and "://" not in text and "www." not in text:
        return APOSTROPHE_BETWEEN_LETTERS.sub(APOSTROPHE, text)
    pieces: list[str] = []
    position = 0
    for address in ADDRESS.finditer(text):
        pieces.append(APOSTROPHE_BETWEEN_LETTERS.sub(APOSTROPHE, text[position : address.start()]))
        pieces.append(address.group())
        position = address.end()
    pieces.append(APOSTROPHE_BETWEEN_LETTERS.sub(APOSTROPHE, text[position:]))
    return "".join(pieces)

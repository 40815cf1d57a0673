"""Cleaning news copy: telling page furniture from news, and trimming datelines.

Nothing here changes the article text (offsets must stay true); these functions
classify sentences and clean the copy an engine puts in a bullet or headline.
"""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"""^\W*(?:
        scroll\s+down\b | click\s+here\b | (?:watch|see)\s+(?:the\s+)?video\b |
        (?:read|see)\s+more\b | share\s+this\b | follow\s+(?:us|@) | sign\s+up\b |
        (?:photo|image|picture|video)\s*(?:credit)?s?\s*: |
        by\s+\.?\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*\.?\s*(?:$|published:|and\s) |
        published:\s | last\s+updated:\s | updated:\s |
        copyright\b | ©  |
        advertisement\s*$ | related\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# "(Beijing)", "BEIJING (Reuters) -", "LONDON, England (CNN) --", "WASHINGTON —"
_DATELINE = re.compile(
    r"""^\s*(?:
        \(\s*[A-Z][\w .'-]{1,40}\)\s*[-–—:]*\s*(?=[A-Z“"]) |
        [A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([\w .'-]{1,30}\))?\s*(?:--|[-–—―:])\s+ |
        [A-Z][\w .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*\((?:CNN|AP|AFP|Reuters|UPI|Bloomberg)\)\s*(?:--|[-–—―:])?\s* |
        [A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s[–—―]\s
    )""",
    re.VERBOSE,
)

# French-style spacing inside quote marks: “ peace ” → “peace”.
_SPACED_QUOTES = re.compile(r"([“«„‹])[^\S\n]+([^“”«»„\n]*?)[^\S\n]+([”»“›])")


def is_boilerplate(sentence: str) -> bool:
    """True for sentences that are page furniture, not news."""
    text = sentence.strip()
    if _BOILERPLATE.match(text):
        return True
    # A caption or label without a verb-like lowercase word ("Flying high:").
    return len(text) < 25 and text.endswith(":")


def strip_dateline(sentence: str) -> str:
    """Remove a leading dateline such as ``(Beijing)`` or ``LONDON (Reuters) -``."""
    stripped = _DATELINE.sub("", sentence, count=1)
    # Only accept the cut when real words remain, so a sentence that merely
    # starts with a capitalised phrase in brackets is not gutted.
    return stripped if len(stripped.split()) >= 3 else sentence


def tidy(text: str) -> str:
    """Normalise spacing inside quote marks and collapse runs of whitespace."""
    text = _SPACED_QUOTES.sub(r"\1\2\3", text)
    return re.sub(r"\s+", " ", text).strip()

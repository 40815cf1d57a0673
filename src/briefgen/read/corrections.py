"""A correction the paper appended to an article: page furniture for the brief, and a note
that some words of the copy above it are wrong.

Archives keep the copy as first printed and append the correction ("CORRECTION: … It was
CNBC's ''Secret Lives of the Super Rich,'' not ''Super Lives of the Super Rich.''"). A brief
that repeats the wrong name repeats the error the paper corrected (review 66), so the
paragraph that carries it is left out along with the correction itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The heading or opening of a correction or an update note: "CORRECTION:", "Correction: An
# earlier version of this story…", "This article has been updated to include…".
_NOTE_OPENING = re.compile(
    r"""^\W*(?:correction\s*: | editor['’]s\s+note\s*: |
        an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report) |
        this\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# A label that only says a correction follows further down ("CORRECTION APPENDED.").
_APPENDED = re.compile(r"^\W*corrections?\s+appended\W*$", re.IGNORECASE)
# What a correction says was wrong: "…, not ''Super Lives of the Super Rich.''", a phrase of
# two words or more in quote marks after "not" (a lone word or a year is too common in the copy
# to tell the wrong mention from the right ones).
_WRONG = re.compile(r"""\bnot\s+(?:''(.+?)''|“(.+?)”|"(.+?)"|‘(.+?)’)""")
# …or what it says the article reported, quoted: "An article on Monday … reported that she had
# ''talked openly on social media'' about her support for violent jihad." (review 136)
_REPORTED_WRONG = re.compile(
    r"""\b(?:article|story|report|version|we)\b(?:[^.]|\.(?=[,\w])){0,200}?\b(?:reported|said|stated|wrote)\s+that\b
    [^.'"“]{0,80}?(?:''(.+?)''|“(.+?)”|"(.+?)")""",
    re.IGNORECASE | re.VERBOSE,
)


def correction_spans(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The lines of ``text`` (``lines``: their character spans) that are an appended correction
    or update note, from its opening to the end, and a label announcing one; then each line of
    copy above that carries the words the correction says were wrong. All are
    ``(start, end, True)``, furniture whole. A note that opens in the first half of the text
    ("Editor's note: …" over the copy) is one line of furniture only: what follows it is copy."""
    spans = [(a, b, True) for a, b in lines if _APPENDED.match(text[a:b])]
    openings = [n for n, (a, b) in enumerate(lines) if _NOTE_OPENING.match(text[a:b])]
    half = len(text) / 2
    spans += [(*lines[n], True) for n in openings if lines[n][0] < half]
    appended = next((n for n in openings if lines[n][0] >= half), None)
    if appended is None:
        return spans
    start = lines[appended][0]
    wrong = []
    note = text[start:]
    for found in [*_WRONG.finditer(note), *_REPORTED_WRONG.finditer(note)]:
        phrase = next(g for g in found.groups() if g is not None).strip(" ,.")
        if len(phrase.split()) >= 2:
            wrong.append(phrase)
    spans.append((start, len(text), True))
    for a, b in lines[:appended]:
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text[a:b]) for w in wrong):
            spans.append((a, b, True))
    return spans

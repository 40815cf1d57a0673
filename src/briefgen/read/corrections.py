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
# What a correction says was wrong: "…, not ''Super Lives of the Super Rich.''", "It was 2015 -
# not 2014": a quoted phrase or a year after "not".
_WRONG = re.compile(r"""\bnot\s+(?:''|“|")([^'"“”]{3,80}?)[,.]?(?:''|”|")|\bnot\s+((?:19|20)\d\d)\b""")


def correction_spans(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The lines of ``text`` (``lines``: their character spans) that are an appended correction
    or update note, from its opening to the end, and a label announcing one; then each line of
    copy above that carries the words the correction says were wrong. All are
    ``(start, end, True)``, furniture whole. A note that opens in the first half of the text
    is one line of furniture only: what follows it is copy."""
    spans = [(a, b, True) for a, b in lines if _APPENDED.match(text[a:b])]
    opening = next((n for n, (a, b) in enumerate(lines) if _NOTE_OPENING.match(text[a:b])), None)
    if opening is None:
        return spans
    start = lines[opening][0]
    if start < len(text) / 2:
        return [*spans, (start, lines[opening][1], True)]
    note = text[start:]
    wrong = [m.group(1) or m.group(2) for m in _WRONG.finditer(note)]
    spans.append((start, len(text), True))
    for a, b in lines[:opening]:
        if any(re.search(rf"(?<!\w){re.escape(w.strip())}(?!\w)", text[a:b]) for w in wrong):
            spans.append((a, b, True))
    return spans

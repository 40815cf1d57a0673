"""Pull quotes: a line of the copy set again as a display quote, without its marks or with
its speaker's name after the stop. Left in, its words read as the writer's own, so
:func:`briefgen.read.cleaning.furniture_lines` marks the line as furniture."""

from __future__ import annotations

import re

from ..lexicon import NAME_TITLES
from .quote_spans import find_quote_spans

# A pull quote: words repeated from the copy, then who said them, without a stop ("It's very
# bad for our senior population. Rod Peters, Lake Cowichan mayor", "…for several more days.
# BC Hydro"). Its sentence stripped of the name would read as the writer's own.
_PULL_QUOTE = re.compile(
    r"[.!?…][”\"’]?\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}(?:,(?:\s+[\w.'’&-]+){1,6})?\s*$"
)


def pull_quote(line: str) -> bool:
    """Whether ``line`` ends on a name after a stop (:data:`_PULL_QUOTE`), the stop ending a
    sentence: not the one of a title or an abbreviation before the name ("…former Maryland
    Gov. Martin O’Malley.", "…U.S. Ambassador Chris Stevens.", "…Sen. Marco Rubio, R-Fla."),
    which had made whole paragraphs of US political copy furniture (review 172), and no
    sentence of the copy ("…, Trump did the same thing.", "Sad.")."""
    found = _PULL_QUOTE.search(line)
    if found is None or line.rstrip().endswith((".", "!", "?", "…")):
        return False  # a credit has no stop of its own: "…Sad.", "…In July, it paid 172 employees."
    word = re.search(r"[\w.-]*$", line[: found.start()]).group(0)
    last = word.rsplit("-", 1)[-1]
    # "Gov.", "Sen.", "U.S.", "R-Fla.": not "…your most vulnerable state. Julie Easley"
    title = last[:1].isupper() and last.lower() in NAME_TITLES
    abbreviated = title or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", last) is not None
    return not (abbreviated or re.fullmatch(r"[A-Z]-[A-Z][a-z]{1,3}", word) is not None)


_OPENING_MARKS = '"“‘«'
_PULL_QUOTE_MIN_WORDS = 4


def repeats_a_quote(text: str, start: int, end: int) -> bool:
    """True for a pull quote set without its marks: a line whose words the copy quotes, in
    marks, elsewhere ("We're going to have to shovel more often." above the paragraph
    '"We're going to have to shovel more often."'). Left in, it reads as the writer's own."""
    line = text[start:end].strip()
    if line[:1] in _OPENING_MARKS or len(line.split()) < _PULL_QUOTE_MIN_WORDS:
        return False
    # the line whole, or its first sentence when the speaker's name follows it ("…adult life.
    # Niagara County District Attorney Caroline Wojtaszek")
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0]
    for words in {line.rstrip('.!?…”"’ '), first.rstrip('.!?…”"’ ')}:
        if len(words.split()) < _PULL_QUOTE_MIN_WORDS:
            continue
        elsewhere = [m.start() for m in re.finditer(re.escape(words), text) if m.start() != start]
        # inside a quote: right after its opening mark, or further in ('"He is a scary
        # individual. [He has…]')
        if elsewhere and any(q.start <= at < q.end for q in find_quote_spans(text) for at in elsewhere):
            return True
    return False

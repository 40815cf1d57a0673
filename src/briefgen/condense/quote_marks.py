"""Quote marks in a bullet or headline: do they pair up, and which marks does a sentence cut
from inside a longer quote need to stand alone?

A straight mark (") and the NYT's two apostrophes ('') open and close alike, so which one a
mark is depends on what is open before it; curly marks say so themselves.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..read.quote_spans import QuoteSpan, find_quote_spans, mend_typed_double
from .wording import finish_sentence

_TWO_APOSTROPHES = re.compile(r"''")


def unpaired_quotes(text: str) -> str | None:
    """Why ``text``'s double quote marks do not pair up, or None when they do."""
    text = mend_typed_double(text)  # "…local creators,’’ says": a typist's ”
    opening, closing = text.count("“"), text.count("”")
    if opening != closing:
        return f"{opening} “ but {closing} ”"
    if text.count('"') % 2:
        return 'an odd number of "'
    # two apostrophes as a double mark (the NYT's): opening after a space, closing after a word
    marks = [
        ("o" if m.start() == 0 or text[m.start() - 1].isspace() else "c")
        for m in _TWO_APOSTROPHES.finditer(text)
    ]
    if marks and (marks[0] == "c" or marks[-1] == "o" or "oo" in "".join(marks) or "cc" in "".join(marks)):
        return "'' out of order"
    # curly marks in the wrong order: ” before its “
    depth = 0
    for char in text:
        depth += {"“": 1, "”": -1}.get(char, 0)
        if depth < 0 or depth > 1:
            return "“ and ” out of order"
    return None


def inside_quote(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# The mark that closes a quote its opening mark opened.
_CLOSING = {
    "“": "”", "„": "“", "‟": "”", '"': '"', "''": "''", "‘‘": "’’", "``": "''", "«": "»", "»": "«",
    "‘": "’", "‚": "‘", "'": "'", "‹": "›", "›": "‹",
}  # fmt: skip


@lru_cache(maxsize=4)
def _quote_spans(text: str) -> tuple[QuoteSpan, ...]:
    return tuple(find_quote_spans(text))


def quote_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The marks a sentence at ``text[start:end]`` needs to stand alone: an opening mark when
    it starts inside a quote opened earlier, a closing one when it leaves a quote open that a
    later sentence closes ("He said: “We won. | We are happy.”"). The quotes are those of
    :func:`briefgen.read.quote_spans.find_quote_spans`, so single marks (‘We had a chat. I have
    no clue.’) and quotes over paragraphs count as the key quotes see them."""
    own = text[start:end].strip()
    opening = closing = ""
    for span in _quote_spans(text):
        if span.open_mark >= end:
            break
        if span.end <= start:
            continue
        glyph = text[span.open_mark : span.open_mark + 2]
        glyph = glyph if glyph in _CLOSING else glyph[:1]
        if span.open_mark < start and own[:1] not in _MARKS:
            opening = glyph
        # open past the sentence's end, or never closed (the paragraph ended, or the next
        # paragraph reopened it)
        left_open = span.end > end or span.close_mark is None
        if left_open and span.start < end and own[-1:] not in _MARKS:
            closing = _CLOSING.get(glyph, glyph)
    return opening, closing


def opened_before(text: str, start: int, end: int) -> str:
    """The opening mark a sentence at ``text[start:end]`` needs because a quote opened before
    it: :func:`quote_context`'s, or a straight single mark that opens the sentence right before
    it and that nothing closes ("…Foster said. 'Last night was horrendous. In the room all the
    doors were flying open." — DailyMail runs paragraphs together; review 146), which the
    pairing of marks takes for an apostrophe; or ""."""
    opening = quote_context(text, start, end)[0]
    if opening or text[start:end].lstrip()[:1] in _MARKS:
        return opening
    before = text[max(0, start - 1000) : start].rstrip()
    ends = [m.end() for m in _STOP_AND_SPACE.finditer(before)]
    previous = before[ends[-1] if ends else 0 :]
    if "\n" in previous or not re.match(r"'[A-Z]", previous):  # not "'90s"
        return ""
    return "" if _STRAIGHT_CLOSE.search(previous, 1) else "'"


# The end of a sentence, and a straight single mark that closes a quote (not "don't").
_STOP_AND_SPACE = re.compile(r"[.!?…]['’\"”]?\s+")
_STRAIGHT_CLOSE = re.compile(r"(?<=[^\s'])'(?![A-Za-z])")


def quoted_at(text: str, offset: int) -> bool:
    """True when ``text[offset]`` is inside a quote (see :func:`quote_context`)."""
    return any(span.start <= offset < span.end for span in _quote_spans(text))


_MARKS = frozenset("“”„‟\"«»‘‚’'‹›`")


def whole_sentence(text: str, opening: str = "", closing: str = "") -> str:
    """A whole article sentence as a bullet: tidied, with a capital and a final stop, and
    the quote marks ``opening``/``closing`` it needs (see :func:`quote_context`)."""
    finished = tidy_quote_spacing(finish_sentence(text))
    if closing and not finished.endswith(("”", '"', "''")):
        finished += closing
    return opening + finished


# A single curly mark with a space (or nothing) on both sides quotes nothing: its words were cut.
def tidy_quote_spacing(text: str) -> str:
    """No space just inside a curly quote mark: '“ China has' → '“China has' (French spacing)."""
    return re.sub(r"\s+”", "”", re.sub(r"“\s+", "“", text))


def in_unclosed_quote(text: str, start: int) -> bool:
    """True when the sentence at ``start`` carries on a quote an earlier sentence of its
    paragraph opened and nothing closed: DailyMail sets a quote of several sentences as
    "'He is a great coach, I like him a lot. He has proved himself…" with no closing mark
    until the quote ends, or none at all, so the quote spans miss it. Only the next
    :data:`_CARRIED` sentences count: a mark never closed says too little beyond them."""
    paragraph = text.rfind("\n", 0, start) + 1
    before = text[paragraph:start]
    opener = None
    for match in _OPENER.finditer(before):
        opener = match
    if opener is None:
        return False
    carried = before[opener.end() :]
    if _CLOSER.search(carried):
        return False
    return len(_SENTENCE_END.findall(carried)) <= _CARRIED


# A mark that opens a quote: at the paragraph's start or after a space, before a capital.
_OPENER = re.compile(r"(?:^|(?<=\s))['‘\"“](?=[A-Z])")
# A mark that closes one: after a stop or a comma, or after a word and before no letter.
_CLOSER = re.compile(r"(?<=[.!?,])['’\"”]|(?<=\w)['’\"”](?![A-Za-z0-9])")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_CARRIED = 4

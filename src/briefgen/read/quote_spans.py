"""Finding quoted spans by pairing quote marks, paragraph by paragraph.

A regular expression cannot tell an apostrophe (``Zelensky’s``, ``’90s``,
``rock 'n' roll``) from a single quote, nor pair marks across paragraphs, so this
is a small scanner: every candidate mark is classified as opening, closing or
neither from its glyph, the characters either side of it ("flanking") and what
is open at that point; openers go on a stack and closers pop it. Only the
outermost quote is reported (a quote inside a quote belongs to it).

Unbalanced marks never raise: an opener left open at the end of its paragraph
ends its quote there (or continues it, when the next paragraph reopens the
quote as news style does for a quote over several paragraphs); a stray closer
is ignored; a single-quote opener left open is rescanned as an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE, SINGLE = "double", "single"

# Glyph → (family, default role): "open", "close" or "either" (decided by flanking).
_GLYPHS: dict[str, tuple[str, str]] = {
    "“": (DOUBLE, "open"),
    "”": (DOUBLE, "close"),
    "„": (DOUBLE, "open"),
    "‟": (DOUBLE, "open"),
    '"': (DOUBLE, "either"),
    "''": (DOUBLE, "either"),  # two apostrophes: the NYT's and LaTeX's closing double quote
    "’’": (DOUBLE, "close"),
    "‘‘": (DOUBLE, "open"),
    "``": (DOUBLE, "open"),
    "«": (DOUBLE, "guillemet-open"),
    "»": (DOUBLE, "guillemet-close"),
    "‘": (SINGLE, "open"),
    "‚": (SINGLE, "open"),
    "’": (SINGLE, "close"),
    "'": (SINGLE, "either"),
    "‹": (SINGLE, "guillemet-open"),
    "›": (SINGLE, "guillemet-close"),
}
_MARK = re.compile(r"''|’’|‘‘|``|[“”„‟\"«»‘‚’'‹›]")
_QUOTE_CHARS = frozenset("“”„‟\"«»‘‚’'‹›`")
# Characters after which a mark starts a quote (besides whitespace and line start).
_OPENING_CONTEXT = frozenset("([{<—–-/:;,…") | _QUOTE_CHARS
# Characters before which a mark ends a quote (besides whitespace and line end).
_CLOSING_CONTEXT = frozenset(".,;:!?)]}>—–-/…") | _QUOTE_CHARS
# Words that begin with an elision apostrophe: ’90s, ’em, rock ’n’ roll, ’til.
_ELISION = re.compile(
    r"(?:\d\d(?:s|’s|'s)?\b|n(?:['’]|\b)|em\b|tis\b|twas\b|til\b|till\b|cause\b|cos\b|bout\b|"
    r"round\b|nuff\b|ol\b|kay\b|fraid\b|scuse\b|ello\b|neath\b|er\b|im\b|s\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted span: its words at ``text[start:end]`` (marks and edge spaces excluded).

    ``open_mark`` is the offset of the opening mark; ``close_mark`` the offset just
    past the closing mark, or None when the quote runs to the end of its paragraph
    unclosed. ``paragraphs`` counts the paragraphs it spans.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    family: str
    paragraphs: int = 1


@dataclass
class _Mark:
    pos: int
    glyph: str
    family: str
    role: str
    left: bool  # left-flanking: could open (space or punctuation before, a word after)
    right: bool  # right-flanking: could close (a word before, space or punctuation after)

    @property
    def end(self) -> int:
        return self.pos + len(self.glyph)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost quoted span in ``text``, in order; never raises."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    carried: tuple[_Mark, int, int] | None = None  # an open quote continued from earlier paragraphs
    for number, (p_start, p_end) in enumerate(paragraphs):
        marks = _marks(text, p_start, p_end)
        continues = None
        if carried is not None:
            first = next((m for m in marks if m.family == DOUBLE), None)
            if first is not None and first is marks[0] and _at_paragraph_start(text, p_start, first.pos):
                # News style: each paragraph of a long quote reopens it.
                continues = carried
                marks = marks[1:]
            elif first is not None and _closes(first):
                # The quote runs on into a paragraph that closes it without reopening.
                continues = carried
            else:
                opener, _, count = carried
                spans.extend(_span(text, opener, carried[1], None, count))
        carried = None
        found, left_open = _pair(text, marks, p_end, continues)
        spans.extend(found)
        if left_open is not None:
            opener, count = left_open
            last_end = paragraphs[number][1]
            if number + 1 < len(paragraphs) and opener.family == DOUBLE:
                carried = (opener, last_end, count)
            else:
                spans.extend(_span(text, opener, last_end, None, count))
    if carried is not None:
        spans.extend(_span(text, carried[0], carried[1], None, carried[2]))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for match in re.finditer(r"\n", text):
        if text[start : match.start()].strip():
            out.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _closes(mark: _Mark) -> bool:
    """A double mark that can only be read as closing."""
    if mark.role in ("close", "guillemet-close"):
        return not (mark.left and not mark.right)
    return mark.role == "either" and mark.right and not mark.left


def _at_paragraph_start(text: str, p_start: int, pos: int) -> bool:
    return not text[p_start:pos].strip()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks = []
    for match in _MARK.finditer(text, start, end):
        glyph = match.group()
        family, role = _GLYPHS[glyph]
        before = text[match.start() - 1] if match.start() > start else " "
        after = text[match.end()] if match.end() < end else " "
        space_before = before.isspace() or before in _OPENING_CONTEXT
        space_after = after.isspace() or after in _CLOSING_CONTEXT
        left = space_before and not after.isspace()
        right = space_after and not before.isspace()
        if family == SINGLE and before.isalnum() and after.isalnum():
            continue  # word-internal apostrophe: Zelensky’s, don't
        marks.append(_Mark(match.start(), glyph, family, role, left, right))
    # A straight mark typed next to a curly one ("“ or ”") is a stray duplicate.
    return [
        m
        for n, m in enumerate(marks)
        if not (
            m.glyph == '"'
            and any(
                o.family == DOUBLE and o.glyph != '"' and (o.end == m.pos or m.end == o.pos)
                for o in marks[max(0, n - 1) : n + 2]
                if o is not m
            )
        )
    ]


def _pair(
    text: str,
    marks: list[_Mark],
    p_end: int,
    continues: tuple[_Mark, int, int] | None,
) -> tuple[list[QuoteSpan], tuple[_Mark, int] | None]:
    """Pair one paragraph's marks; rescan with a stray single opener read as an apostrophe."""
    ignored: set[int] = set()
    for _ in range(8):
        spans, left_open, stray = _pair_once(text, marks, ignored, continues)
        if stray is None:
            return spans, left_open
        ignored.add(stray)
    return spans, left_open


def _pair_once(
    text: str,
    marks: list[_Mark],
    ignored: set[int],
    continues: tuple[_Mark, int, int] | None,
) -> tuple[list[QuoteSpan], tuple[_Mark, int] | None, int | None]:
    spans: list[QuoteSpan] = []
    stack: list[_Mark] = []
    count = 1
    if continues is not None:
        stack.append(continues[0])
        count = continues[2] + 1
    mismatched: _Mark | None = None  # “…’: a double quote closed with a single mark
    for n, mark in enumerate(marks):
        if mark.pos in ignored:
            continue
        action = _decide(text, mark, stack, marks[n + 1 :])
        if (
            action == "skip"
            and mismatched is None
            and mark.family == SINGLE
            and mark.right
            and len(stack) == 1
            and stack[0].family == DOUBLE
            and text[mark.pos - 1 : mark.pos] in ".!?,"
        ):
            mismatched = mark
        if action == "open" and mismatched is not None and len(stack) == 1 and mark.family == DOUBLE:
            # A new quote after “…’: the earlier one ended at the single mark.
            spans.extend(_span(text, stack.pop(), mismatched.pos, mismatched.end, count))
            count, mismatched = 1, None
        if action == "open" and _reopens(text, mark, stack):
            # Text whose paragraphs were run together (feeds, CNN/DailyMail) keeps the
            # reopening mark of each paragraph of a long quote and loses the line break:
            # ‘We had a chat. I have no clue. ‘It was the first time…’. The open quote
            # ended with its paragraph, before the mark that reopens it.
            spans.extend(_span(text, stack.pop(), mark.pos, None, count))
            count, mismatched = 1, None
        if action == "open":
            stack.append(mark)
        elif action == "close":
            # Pop to the innermost open quote of this family; single openers popped
            # on the way were apostrophes.
            while stack and stack[-1].family != mark.family:
                stack.pop()
            if not stack:
                continue
            opener = stack.pop()
            if not stack:
                spans.extend(_span(text, opener, mark.pos, mark.end, count))
                count = 1
                mismatched = None
    if len(stack) == 1 and mismatched is not None and mismatched.pos > stack[0].pos:
        spans.extend(_span(text, stack[0], mismatched.pos, mismatched.end, count))
        return spans, None, None
    if stack:
        bottom = stack[0]
        # A single opener left open was most likely an apostrophe: rescan without it.
        for mark in stack:
            if mark.family == SINGLE and mark is not (continues[0] if continues else None):
                return spans, None, mark.pos
        return spans, (bottom, count), None
    return spans, None, None


def _reopens(text: str, mark: _Mark, stack: list[_Mark]) -> bool:
    """True when opening ``mark`` reopens the one open quote of its family after a full stop,
    as a new paragraph of the same or another quote does in text run together: after a curly
    single opener, a single mark (DailyMail mixes ‘ and '); after a curly double one, another,
    only in text without line breaks."""
    if len(stack) != 1 or stack[0].glyph not in ("‘", "“") or not mark.left:
        return False  # a straight mark may be an apostrophe or a closer: "the 'red flags' for"
    if mark.glyph != stack[0].glyph and not (mark.family == stack[0].family == SINGLE and mark.glyph == "'"):
        return False
    if mark.family == DOUBLE and "\n" in text:
        return False  # a paragraph's stray “ (“That’s dangerous. “It really…”): its line breaks are there
    # a single opener left open is otherwise taken for an apostrophe
    before = text[stack[0].end : mark.pos].rstrip()
    return before[-1:] in (".", "!", "?", "…") and len(before.split()) >= 2


def _decide(text: str, mark: _Mark, stack: list[_Mark], following: list[_Mark]) -> str:
    """'open', 'close' or 'skip' for one mark given what is open."""
    open_same = any(m.family == mark.family for m in stack)
    role = mark.role
    if mark.family == SINGLE:
        if mark.left and not mark.right and _ELISION.match(text, mark.end):
            return "skip"  # ’90s, ’em, rock ’n’ roll
        if role == "close" or role == "either":
            if open_same and not (mark.left and not mark.right):
                if _plural_possessive(text, mark, following):
                    return "skip"
                return "close"
            if role == "either" and mark.left and not mark.right:
                return "open"
            return "skip"
        if role == "guillemet-close":
            return "close" if open_same else "skip"
        # ‘ ‚ ‹ open unless they plainly close an open single quote.
        if open_same and mark.right and not mark.left:
            return "close"
        return "open"
    # Double quotes.
    if role == "open":
        if open_same and mark.right and not mark.left:
            return "close"  # “ typed where ” was meant: “They see that. “
        return "open"
    if role == "close":
        if open_same:
            return "close"
        return "open" if mark.left and not mark.right else "skip"
    if role == "guillemet-open":  # « opens (French), or closes German »…«
        if open_same and mark.right and not mark.left:
            return "close"
        return "open"
    if role == "guillemet-close":  # » closes (French), or opens German »…«
        if open_same and not (mark.left and not mark.right):
            return "close"
        return "open" if mark.left or not open_same else "skip"
    # Straight " and '': the flanking decides; when it cannot, what is open does.
    if mark.left and not mark.right:
        return "open"
    if mark.right and not mark.left:
        return "close" if open_same else "skip"
    return "close" if open_same else "open"


def _plural_possessive(text: str, mark: _Mark, following: list[_Mark]) -> bool:
    """``the players’ union``: an s-final word, a space and a word, a closer still to come."""
    if mark.pos == 0 or text[mark.pos - 1] not in "sS":
        return False
    after = text[mark.end : mark.end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].isalpha():
        return False
    return any(m.family == SINGLE and m.right and m.role != "open" for m in following)


def _span(text: str, opener: _Mark, end: int, close_mark: int | None, paragraphs: int) -> list[QuoteSpan]:
    start = opener.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if close_mark is None:
        # An unclosed quote may still end on a mark of the other family.
        while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_CHARS):
            end -= 1
    if start >= end or not any(c.isalnum() for c in text[start:end]):
        return []
    return [QuoteSpan(start, end, opener.pos, close_mark, opener.family, paragraphs)]


def mend_typed_double(text: str) -> str:
    """``text`` with a closing double mark typed as two single ones (“…local creators,’’ says…)
    set as ”, where a “ opens it; a nested single quote's close (‘…‘we will win’’) stays."""
    if "“" not in text:
        return text
    return re.sub(r"(?<=\w[,.!?])’’|(?<=\w)’’(?=[\s,.])", "”", text)

"""Quote marks in a bullet or headline: do they pair up, and which marks does a sentence cut
from inside a longer quote need to stand alone?

A straight mark (") and the NYT's two apostrophes ('') open and close alike, so which one a
mark is depends on what is open before it; curly marks say so themselves.
"""

from __future__ import annotations

import re

from .wording import finish_sentence

_TWO_APOSTROPHES = re.compile(r"''")


def unpaired_quotes(text: str) -> str | None:
    """Why ``text``'s double quote marks do not pair up, or None when they do."""
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


def _closer(text: str, at: int) -> bool:
    """True when the straight mark at ``at`` closes rather than opens: a word or stop
    before it, a space or the end after it."""
    return at > 0 and not text[at - 1].isspace() and text[at + 1 : at + 2] in ("", " ", "\n")


def _straight_open(text: str, inside: bool, mark: str = '"') -> bool:
    """Whether a straight quote (``mark``, one character) is open after ``text``, starting
    ``inside`` one or not; a closing mark with no quote open closes one opened in an earlier
    paragraph."""
    for at, char in enumerate(text):
        if char == mark:
            inside = not (inside or _closer(text, at))
    return inside


_APOSTROPHES = "\x00"  # stands for a pair of apostrophes, '', while telling its direction


def quote_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The marks a sentence at ``text[start:end]`` needs to stand alone: an opening mark when
    it starts inside a quote opened earlier, a closing one when it leaves a quote open that a
    later sentence closes ("He said: “We won. | We are happy.”")."""
    paragraph = text.rfind("\n", 0, start) + 1
    before, own = text[paragraph:start], text[start:end]
    # curly marks say which way they face
    inside = before.count("“") > before.count("”")
    depth = int(inside)
    opening = ""
    for char in own:
        if char == "“":
            depth += 1
        elif char == "”":
            if depth == 0:
                opening = "“"  # closes a quote opened in an earlier paragraph
            depth = max(depth - 1, 0)
    if inside and not opening and "”" in own:
        opening = "“"
    if inside and "”" not in own:
        opening = "“"
    curly = (opening, "”" if depth > 0 else "")
    if any(curly):
        return curly
    for mark, written in (('"', '"'), (_APOSTROPHES, "''")):
        marked_before, marked_own = before.replace("''", _APOSTROPHES), own.replace("''", _APOSTROPHES)
        inside = _straight_open(marked_before, False, mark)
        first = marked_own.find(mark)
        if not inside and first >= 0 and _closer(marked_own, first):
            inside = True  # the quote was opened in an earlier paragraph
        ends_open = _straight_open(marked_own, inside, mark)
        if inside or ends_open:
            return (written if inside else "", written if ends_open else "")
    return ("", "")


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

"""Mending the sentence splitter's bounds: a sentence ends after its closing quote mark, and
never after a title ("Mr.", "Sen.", "Gov.") or before a word in lower case, nor after the
"!" of a name inside an aside that is still open ("– Maclean's, Hello! Canada and…").

spaCy's parser-based splitter breaks "…said Sen. | Ted Cruz…" and "…at 3 p.m. | on Friday",
and leaves the closing mark of '…punishment "inhumane."' to a sentence of its own. The
bounds are mended here, on the text alone, so every offset stays true.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Abbreviations that stand before a name and so never end a sentence.
TITLES = frozenset(
    "Mr Mrs Ms Messrs Dr Sen Sens Rep Reps Gov Govs Lt Gen Col Maj Capt Cmdr Sgt Cpl Pvt Adm "
    "Prof Rev Fr Hon Supt Insp Det Const Pres Amb Atty Sec St Mt Ft No Nos".split()
)
_TITLE_AT_END = re.compile(r"(?:^|[\s(“\"])(" + "|".join(sorted(TITLES)) + r")\.$")
_CLOSERS = "”’)]"
# A short title in quote marks, split off as a sentence of its own: "“Morning Joe.”".
_QUOTED_TITLE = re.compile(r"""^[“"‘][^“”"\n]{1,40}[”"’]$""")
_DOMAIN_AT_END = re.compile(r"[A-Za-z]\.(?:com|net|org|gov|edu|ca|co\.uk)$")
# A person's initials after a capitalised word or "and": "Ritchie Valens and J.P. | “The Big
# Bopper” Richardson", "Michael J. | Fox". Places and times written the same way end sentences.
_INITIALS_AT_END = re.compile(r"(?:[A-Z][a-z]+|and|,)\s((?:[A-Z]\.\s?){1,2})$")
_NOT_INITIALS = frozenset("US UK UN EU DC LA NY NJ PM AM BC AD".split())


def mend_bounds(text: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` ((start, end) character offsets of sentences, in order) mended: a closing
    mark or bracket right after a sentence joins it, and a sentence that starts in lower case
    or follows a title abbreviation joins the one before it when no line break separates them."""
    mended: list[tuple[int, int]] = []
    for start, end in bounds:
        if mended and start < mended[-1][1]:
            start = mended[-1][1]
            while start < end and (text[start].isspace() or text[start] in _CLOSERS + '"'):
                start += 1
            if start >= end:
                continue
        if mended and _continues(text, mended[-1], start, end):
            mended[-1] = (mended[-1][0], end)
        else:
            mended.append((start, end))
        mended[-1] = (mended[-1][0], _past_closers(text, *mended[-1]))
    return [
        piece
        for bound in _without_opening_mark(text, mended)
        for part in _subhead_apart(text, *_with_opening_mark(text, *bound))
        for piece in _glued_apart(text, *part)
    ]


# A sentence run into the next without its stop, the next opening on "And" or "But": "…the
# Turkish massacre of an estimated 1.5 million Armenians And it's also the seventh year in a
# row President Barack Obama has broken his promise…" (review 133). Not a name in title case
# ("Pride And Prejudice"): a lower-case word follows.
_GLUED_COORDINATOR = re.compile(r"(?<=[a-z0-9%])\s+(?=(?:And|But)\s+[a-z])")


def _glued_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence at ``start``–``end``, or its pieces where a coordinator in capitals opens a
    sentence glued on, each piece at least a few words long."""
    pieces, begin = [], start
    for found in _GLUED_COORDINATOR.finditer(text, start, end):
        before = text[start : found.start()]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # inside a quote: "…with their conspiracy theories And they know it…"
        if len(text[begin : found.start()].split()) >= 4 and len(text[found.end() : end].split()) >= 4:
            pieces.append((begin, found.start()))
            begin = found.end()
    return [*pieces, (begin, end)]


# A subhead in capitals run into the copy after it: "HOW IT ALL STARTED The first Academy
# Awards were handed out in 1929…" (review 118). Not a run of acronyms ("NASA JPL Director…").
_SUBHEAD = re.compile(r"((?:[A-Z][A-Z'’&-]*\s+){1,7}[A-Z][A-Z'’&-]*)\s+(?=[A-Z][a-z])")


_SMALL_WORDS = frozenset("THE A AN OF IT HOW WHY WHAT WHEN WHERE WHO TO AND IN ON FOR ALL IS ARE WAS".split())


def _subhead_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence at ``start``–``end``, or its opening subhead and the rest apart."""
    found = _SUBHEAD.match(text, start, end)
    words = found.group(1).split() if found else []
    # a phrase, with its small words: not a name or acronyms in capitals ("UNICEF USA President…")
    if not found or not any(len(w) >= 5 for w in words) or not set(words) & _SMALL_WORDS:
        return [(start, end)]
    return [(start, start + len(found.group(1))), (found.end(), end)]


# An opening mark left at a sentence's end, after its stop: "…Ms. Warren said. ''I ask…".
_OPENING_AT_END = re.compile(r"(?<=[.!?])\s+(?:''|``|“|‘|\")$")
_OPENINGS = ("''", "``", "“", "‘", '"')


def _without_opening_mark(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bounds`` with an opening quote mark the splitter left at a sentence's end given back:
    it opens the next sentence's quote."""
    out = []
    for start, end in bounds:
        found = _OPENING_AT_END.search(text[start:end])
        out.append((start, start + found.start()) if found else (start, end))
    return out


def _with_opening_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) moved back over an opening quote mark right before the sentence (after a
    space or a line break), which the splitter gave to the sentence before or to none."""
    for mark in _OPENINGS:
        begin = start - len(mark)
        if begin >= 0 and text[begin:start] == mark and (begin == 0 or text[begin - 1].isspace()):
            return begin, end
    return start, end


def _past_closers(text: str, start: int, end: int) -> int:
    """``end`` moved past the closing marks that follow it straight away."""
    while end < len(text):
        char = text[end]
        if char in _CLOSERS or (char == '"' and text[start:end].count('"') % 2 == 1):
            end += 1
        else:
            break
    return end


def _continues(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """True when the sentence at ``start`` (to ``end``) is the rest of ``previous``."""
    if "\n" in text[previous[1] : start]:
        return False
    if _QUOTED_TITLE.match(text[start:end]) and text[previous[1] - 1 : previous[1]].isalnum():
        return True  # "…he said on MSNBC’s | “Morning Joe.”": a title after a sentence with no stop
    first = text[start : start + 2]
    if first[:1].islower() and not first[1:].isupper():  # not "iPhone", "eBay"
        return True
    if first[:1] in ",;" and text[previous[1] - 1 : previous[1]] not in ".!?":
        return True  # "Jeb Bush's ideas on student loans | , Bernie Sanders's on credit scores…"
    before = text[previous[0] : previous[1]]
    if re.search(r"(?<!\S)[@#]\w+$", before):
        return True  # "…unveiling his @PhilMickelson | Twitter account": a handle ends no sentence
    if _DOMAIN_AT_END.search(before):
        return True  # "Svensson won on the Web.com | Tour in 2018": a web address ends no sentence
    if _initials_at_end(before, text[start:end]):
        return True
    if _CANNOT_END.search(before):
        return True  # "…on Fox News channel’s | “Sunday Morning Futures,” Rep. Issa said"
    if (
        before[:1] in "“\"‘'"
        and _ASKED_OR_EXCLAIMED.search(before)
        and _ATTRIBUTION_NEXT.match(text[start:end])
    ):
        return True  # "“…, who knows?” | Trump told Britain’s ITV…": the quote's attribution
    if before.endswith("!") and _open_aside(before):
        return True  # "…print magazines – Maclean's, Today's Parent, Hello! | Canada and…"
    if _split_name(before, text[start:end]):
        return True
    return bool(_TITLE_AT_END.search(before))


def _split_name(before: str, fragment: str) -> bool:
    """Whether ``fragment`` is the rest of a name the splitter broke off ``before``, which ends
    on a word with no stop: "…clashed on Thursday with Sunderland | No campaigner Neil
    Herron." (review 112). Copy ends on a stop; a few capitalised words with one are no
    sentence of their own."""
    words = fragment.split()
    return (
        before[-1:].isalpha()
        and len(before.split()) >= _LONGEST_BROKEN_NAME
        and len(words) <= _LONGEST_BROKEN_NAME
        and fragment[-1:] in ".!?"
        and sum(w[:1].isupper() for w in words) >= max(2, len(words) - 1)
        and words[-1][:1].isupper()
    )


# The most words a name broken off a sentence has ("No campaigner Neil Herron.").
_LONGEST_BROKEN_NAME = 5


# A quote that ends on its own "?" or "!", and an attribution after it that the splitter cut off.
_ASKED_OR_EXCLAIMED = re.compile(r"[?!][”\"’']$")
# (Lower case after a quote's "?" joins anyway: see the first check of _continues.)
_SPEECH = r"(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|tweeted|replied|shouted|exclaimed|wondered|recalled|joked)"
_ATTRIBUTION_NEXT = re.compile(
    rf"^(?!(?:He|She|They|It|We|I|You)\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}(?:,\s+\d+,)?\s+(?:later\s+)?{_SPEECH}\b"
)
# A possessive, an article or a preposition ends no sentence: the splitter broke before a quote mark.
_CANNOT_END = re.compile(r"(?:\w['’]s|\b(?:the|a|an|of|to|on|in|at|for|with|by|from))$")


def _open_aside(text: str) -> bool:
    """True when ``text`` opens a bracket or a dash-set aside that it does not close: an
    exclamation mark inside one belongs to a name ("Hello! Canada", "Yahoo! News")."""
    return text.count("(") > text.count(")") or len(re.findall(r"\s[–—]\s", text)) % 2 == 1


# Words that open a sentence far more often than they follow initials inside a name.
_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there his her their its but and "
    "in on at for after when while if as so then".split()
)


def _initials_at_end(before: str, following: str) -> bool:
    """True when ``before`` ends on a person's initials that the name in ``following``
    completes: a nickname in quote marks ("J.P. | “The Big Bopper” Richardson") or a
    capitalised word that is not a usual sentence opener ("Michael J. | Fox"; not "Plan B. |
    The rest…")."""
    initials = _INITIALS_AT_END.search(before)
    if not initials or re.sub(r"[.\s]", "", initials.group(1)) in _NOT_INITIALS:
        return False
    if following[:1] in '“"‘':
        return True
    word = following.split(maxsplit=1)[0] if following.strip() else ""
    return word[:1].isupper() and word.lower().strip(",;:") not in _OPENERS

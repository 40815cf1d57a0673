"""Title first: when the input carries its title, the title is the headline.

An editor wrote the title; no cut of the lead says the news as well. A page or feed title
carries labels and the site's name ("Live: …", "Opinion | …", "… | BBC News"), which
:func:`clean_title` strips; a title over 90 characters is shortened only at a clause
boundary (:func:`title_headline`), and when no whole clause fits the headline is generated
from the article instead.
"""

from __future__ import annotations

import re
from typing import Literal

HeadlineMode = Literal["title", "generate"]
HEADLINE_MODES: tuple[str, ...] = ("title", "generate")
MAX_CHARS = 90

# Labels a desk puts before a title.
_LABEL = re.compile(
    r"^\s*(?:live|live updates|opinion|analysis|editorial|comment|breaking|breaking news|exclusive|"
    r"update|updated|watch|video|photos|in pictures|explainer|fact check|review|letters?)\s*(?::|\||–|—|-)\s+",
    re.IGNORECASE,
)
# " | BBC News", " - The Globe and Mail", " — Politico": a site's name after a separator.
_SITE_WORDS = (
    r"News|Times|Post|Press|Journal|Guardian|BBC|CNN|Reuters|Globe|Star|Herald|Tribune|Mail|"
    r"Telegraph|Politico|POLITICO|Breitbart|HuffPost|Huffington|NPR|CBC|CTV|Sun|Gazette|"
    r"Observer|Independent|Express|Mirror|Record|Chronicle|Online|\.com|\.co\.uk|\.ca|Today"
)
_SITE = re.compile(r"\s+(?:\||–|—|-|::)\s+(?=[^|–—]*\b(?:" + _SITE_WORDS + r"))(?:[\w.&'’]+\s?){1,6}\s*$")
_PIPE_TAIL = re.compile(r"\s+\|\s+[^|]{1,40}$")  # anything after a final pipe is the site's
# Where a long title may be shortened: after a whole clause.
_CLAUSE_ENDS = re.compile(r"(?<=\w)[:;,]\s|\s[–—]\s|(?<=\w)\.\s")
_DANGLING = frozenset(
    "a an the of and or but to in on at for with by from as that which who whose than its his "
    "their our your my is are was were be been has have had will would can could should may "
    "might must not no nor if when while into onto about against between".split()
)


def clean_title(title: str) -> str:
    """``title`` without desk labels or the site's name, whitespace collapsed."""
    text = re.sub(r"\s+", " ", title).strip()
    for _ in range(2):  # "Live | Opinion: …" has two
        text = _LABEL.sub("", text, count=1)
    text = _SITE.sub("", text)
    text = _PIPE_TAIL.sub("", text)
    return text.strip(" |-–—:")


def title_headline(title: str | None, max_chars: int = MAX_CHARS) -> str | None:
    """The headline a title makes: cleaned, and when over ``max_chars`` shortened to its
    longest leading whole clause that fits (not ending on a word that needs more). None when
    there is no title or no whole clause fits."""
    if not title or not title.strip():
        return None
    text = clean_title(title)
    if not text:
        return None
    if len(text) <= max_chars and text.split()[-1].lower().strip(",;:") not in _DANGLING:
        return text
    best = None
    for match in _CLAUSE_ENDS.finditer(text):
        head = text[: match.start()].rstrip(" ,;:–—")
        words = head.split()
        if len(head) <= max_chars and len(words) >= 4 and words[-1].lower() not in _DANGLING:
            best = head
    return best

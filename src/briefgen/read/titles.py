"""Title first: when the input carries its title, the title is the headline.

An editor wrote the title; no cut of the lead says the news as well. A page or feed title
carries labels and the site's name ("Live: …", "Opinion | …", "… | BBC News"), which
:func:`clean_title` strips; a title over 90 characters is shortened only at a clause
boundary (:func:`title_headline`), and when no whole clause fits the headline is generated
from the article instead. So is it when the title is a teaser (:func:`teaser_signs`): a
title written to be clicked, not to say the news, promises what the article may not bear out.
"""

from __future__ import annotations

import html
import re
from typing import Literal

HeadlineMode = Literal["title", "generate"]
HEADLINE_MODES: tuple[str, ...] = ("title", "generate")
MAX_CHARS = 90

# Labels a desk puts before a title.
_LABEL = re.compile(
    r"^\s*(?:live|live updates|opinion|analysis|editorial|comment|breaking|breaking news|exclusive|"
    r"update|updated|watch|video|photos|in pictures|explainer|fact check|review|letters?|q\s?&\s?a)"
    r"\s*(?:(?::|\||–|—|-)\s+|[–—](?=(?-i:[A-Z])))",  # or unspaced before a capital: "Exclusive–Maria…"
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
    """``title`` without desk labels or the site's name, whitespace collapsed (none before a
    comma: "Clinton's , Sanders' records", run 219), character references a feed left escaped
    ("&#163;8m") read."""
    text = re.sub(r"\s+", " ", html.unescape(title)).strip()
    text = re.sub(r"(?<=\S) +([,;])(?= )", r"\1", text)
    for _ in range(2):  # "Live | Opinion: …" has two
        text = _LABEL.sub("", text, count=1)
    text = re.sub(r"^LOOK:\s+", "", text)  # a desk's prompt in capitals, not "Look – no hands!"
    text = _SITE.sub("", text)
    text = _PIPE_TAIL.sub("", text)
    return text.strip(" |-–—:")


_DECK = re.compile(r";\s+(?=[A-Z])")
# A title field that holds a byline or a section's label, which says no news: "BYLINE: Amber
# Phillips", "By Amber Phillips", "IN BRIEF" (review 44). The headline is generated instead.
_NO_TITLE = re.compile(
    r"^(?:(?:BYLINE|SECTION|DATELINE|LENGTH|SOURCE)\s*:.*|By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"|(?:NEWS\s+)?IN\s+BRIEF|BRIEFS?|NEWS\s+BRIEFS?)\s*$",
    re.IGNORECASE,
)
# The fewest words the headline before a deck may have.
_SHORTEST_HEAD = 3


def says_no_news(title: str) -> bool:
    """Whether a title field holds only a byline or a section's label ("BYLINE: Amber
    Phillips", "IN BRIEF", "convention notebook"), so that the headline must be generated."""
    return _no_news(clean_title(title))


def _no_news(text: str) -> bool:
    # a few words with no capital and no figure are a column's label, "convention notebook"
    # (review 125): a headline capitalises at least its first word or a name
    lower_label = len(text.split()) <= 3 and not any(c.isupper() or c.isdigit() for c in text)
    return bool(_NO_TITLE.match(text)) or lower_label


def title_headline(title: str | None, max_chars: int = MAX_CHARS) -> str | None:
    """The headline a title makes: cleaned, and when over ``max_chars`` or cut inside a quote
    shortened to its longest leading whole clause that fits (not ending on a word that needs
    more, its quote marks paired). None when there is no title or no whole clause fits."""
    if not title or not title.strip():
        return None
    text = clean_title(title)
    if not text or _no_news(text):
        return None
    # "Sanders' winning streak continues; Takes Wisconsin, but Clinton still has the math":
    # a capital after the semicolon opens the deck or a section label ("…; The Upshot"), not
    # more of the headline ("Trump, Ryan pledge to work together; endorsement may come")
    deck = _DECK.search(text)
    if deck and len(text[: deck.start()].split()) >= _SHORTEST_HEAD:
        text = text[: deck.start()]
    # "Obama Claims Hillary Most Qualified Presidential Candidate Ever, But …": a coordinator
    # trailing off teases (review 133); the headline is what the title states before it. Any
    # other ellipsis marks a title the feed cut off, and stays.
    text = re.sub(r",?\s+(?:but|and|or|yet|so)\s*(?:…|\.\.\.)$", "", text, flags=re.IGNORECASE) or text
    last = text.split()[-1].lower().strip(",;:")
    if len(text) <= max_chars and (last not in _DANGLING or ends_on_particle(text)) and _paired(text):
        return text
    best = None
    for match in _CLAUSE_ENDS.finditer(text):
        head = text[: match.start()].rstrip(" ,;:–—")
        words = head.split()
        if (
            len(head) <= max_chars
            and len(words) >= 4
            and words[-1].lower() not in _DANGLING
            and _paired(head)
        ):
            best = head
    return best


# Phrasal verbs a whole title may end on: "…film festival battles on", "…before Trump rolls in".
_PHRASAL_ON_IN = frozenset(
    "battle carry catch drag go hang head hold live march move plough plow press roll soldier step "
    "weigh kick cling sign log tune check turn switch fight play rage sink pour settle".split()
)


def ends_on_particle(title: str) -> bool:
    """Whether ``title`` ends on the particle of a phrasal verb ("Bangkok film festival battles
    on", "Mobile multimedia slow to catch on"), as a whole title may; a cut one ends on a
    preposition that needs its object ("Police arrest man in")."""
    words = [w.lower().strip(",;:") for w in title.split()]
    if len(words) < 3 or words[-1] not in ("on", "in"):
        return False
    verb = words[-2]
    forms = {verb, verb[:-1], verb[:-2], verb[:-3]}  # "battles", "rolls", "catches", "dragged"
    return bool(forms & _PHRASAL_ON_IN) and verb[-3:] != "ing"


def _paired(text: str) -> bool:
    """Whether the quote marks of ``text`` pair up: a feed may cut a title inside a quote
    ("…What ever Happened To Debating “Anytime", review 54), and the headline stops before it."""
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False
    # a single mark opens after a space or a colon and closes before one; "’" inside a word
    # is an apostrophe ("John Bolton: ‘Hillary’s Campaign Slogan Might as Well Be…", review 111)
    # "Class of ‘66" is a year's apostrophe; a close counts only after an open ("voters’ anger")
    opened = 0
    for mark in _SINGLE_MARKS.finditer(text):
        opened = opened + 1 if mark.group() == "‘" else max(opened - 1, 0)
    return opened == 0


_SINGLE_MARKS = re.compile(r"(?:^|(?<=[\s(:]))‘(?!\d)|’(?!\w)")


# The devices of a title written to be clicked rather than to say the news. One is common
# in honest headlines ("Obama Just Nominated…", "Here's why…"); two together, or a shouted
# label, are a teaser's.
_TEASER_SIGNS = {
    "a shouted label": re.compile(
        r"^\s*(?:BOOM|WOW|BUSTED|LOL|OOPS|LOOK|BOMBSHELL|Boom|Wow|Busted|Look|Bombshell)\s*[:!]"
    ),
    # a series' label over a roundup of stories: it says none of them
    "a roundup's label": re.compile(r"^\s*(?:\d+|Five|Ten)\s+Things\s+(?:to\s+Know|You\s+Need)\b", re.I),
    "'just' and a deed": re.compile(
        r"\bJust\s+[A-Z][a-z]*(?:ed|t|ew|ot|ave|ade|ook|aid|old|ent|ound|on|ost)\b"
    ),
    "a hype word": re.compile(
        r"you\s+won[’']t\s+believe|what\s+happened\s+next|here[’']s\s+(?:why|what|how)|game[- ]chang|"
        r"\bstunning\b|\bshocking\b|\binstantly\b|(?:might|may|will)\s+surprise|not\s+what\s+you\s+think|"
        r"\bbrutal\b|\bdevastating\b|\bepic\b|raising\s+eyebrows|nowhere\s+left\s+to\s+hide|\bunleashes\b|"
        r"\bbombshell\b",
        re.IGNORECASE,
    ),
    "a counted teaser": re.compile(
        r"\b\d+[- ]Words?\b|\b(?:1|One)\s+(?:[A-Z][a-z]+\s+)?(?:Thing|Question|Word|Line|Reason)\b|\bThese\s+\d+\b"
    ),
    "a shouted word": re.compile(
        r"(?<![A-Z’'-])(?:HATE|THIS|NOT|LOT|WON[’']T|BIG|BIGGER|HUGE|MAJOR|WHOLE|LAST|EPIC|CRINGE|"
        r"SHOCKING|NEVER|EVERYTHING|NOTHING|ABSOLUTELY|TRUTH|DURING|AFTER|BEFORE|WHILE|ABOUT|EVEN|ONLY|"
        r"STILL|ALL|REALLY|WHY|WHAT)(?![A-Z])(?!\s+[A-Z]{2,}\b)"
    ),
    # what was said, withheld: "Makes Strong Statement About…", "Has Perfect Response"
    "a statement it withholds": re.compile(
        r"\b(?:Makes?|Made|Sends?|Sent|Has|Had|Gives?|Gave|Delivers?)\s+(?:(?:A|The)\s+)?"
        r"(?:Strong|Powerful|Bold|Blunt|Perfect|Brilliant|Epic|Classy|Simple)\s+"
        r"(?:Statement|Message|Response|Reply|Answer|Point)(?:\s+(?:About|On|Over|To|For)(?:\s+[\w’'-]+){1,2})?$"
    ),
    # what, withheld: "Obama Just Let Something Slip…", "Kasich Just Revealed The Thing He…"; an
    # honest title may "Do Something About" a thing, so it takes a second device
    "a thing it withholds": re.compile(
        r"\b(?:Said|Says|Say|Revealed|Reveals|Reveal|Let|Lets|Did|Does|Do|Admitted|Admits|Found|Finds|"
        r"Discovered|Posted|Tweeted|Noticed|Spotted|Realized|Realised|Learned|Heard|Saw|Wrote|Showed|Shows|"
        r"Leaked|Exposed)\s+(?:Something|The\s+(?:One\s+)?Thing|A\s+Thing)\b"
    ),
    # who, withheld: "This Democrat Isn't Challenging Her Opponent…"
    "a pointer that withholds who": re.compile(
        r"^\s*This\s+(?:[A-Z][a-z]+\s+)?(?:Democrat|Republican|Senator|Candidate|Man|Woman|Guy|Girl|Mom|Dad|"
        r"Veteran|Reporter|Lawmaker|Politician|Governor|Mayor|Celebrity|Star|Student|Teacher|Cop)\s+"
        r"(?:Is|Isn[’']t|Was|Wasn[’']t|Has|Hasn[’']t|Had|Just|Will|Won[’']t|Does|Doesn[’']t|Did|Didn[’']t|"
        r"Says|Said|Wants|Gets|Got|Makes|Made)\b"
    ),
    "an ending that withholds": re.compile(r"(?:…|\.\.\.|\bIt|\bYou|\bTo|\bThis)\s*[’'”]?$"),
}


# Devices that make a teaser on their own; the others take two.
_ALONE_A_TEASER = (
    "a shouted label",
    "a roundup's label",
    "a statement it withholds",
    "a pointer that withholds who",
)
# A title that opens on a name and a colon: a speaker's label, or a columnist's byline.
_NAME_LABEL = re.compile(r"^((?:[A-Z][a-z’'.-]+\s){1,2}[A-Z][a-z’'-]+):\s")


def teaser_signs(title: str | None, text: str | None = None) -> tuple[str, ...]:
    """The teaser devices ``title`` uses, when they make it a teaser (else empty): a shouted
    label ("BOOM:", "Wow:"), a withheld statement ("Makes Strong Statement About…") or a
    withheld who ("This Democrat Isn't…"), or two of: "Just" and a deed ("Just Got"), a withheld
    what ("Just Let Something Slip", not "Must Do Something About…" alone), a hype word
    ("Stunning", "It Might Surprise You"), a counted teaser ("5-Word", "1 Question"), a
    shouted word ("HATE"), an ending that withholds ("…", "She's Going To HATE It"). With the
    article's ``text``, a title that quotes words the article does not have is passed over too
    ("Bernie Sanders: ‘Of Course’ Hillary Clinton Is Qualified", where he says nothing of the
    kind): a brief's headline never quotes what its article does not.

    Measured on the 2,832 titled development articles: 46 titles have the devices, 43 from the
    one publisher of that style, two round-ups' labels and one "This Democrat…"; none of the
    BBC's 1,992 titles does. Four quote words their article lacks, all US (the BBC's straight single
    quotes mark a paraphrased claim, not a quotation, and are not checked)."""
    if not title:
        return ()
    signs = tuple(name for name, pattern in _TEASER_SIGNS.items() if pattern.search(title.strip()))
    letters = [c for c in title if c.isalpha()]
    if sum(c.isupper() for c in letters) > len(letters) / 2:
        signs = tuple(s for s in signs if s != "a shouted word")  # a title set in capitals shouts nothing
    if text is not None and _unquoted(title, text):
        return (*signs, "quotes words the article does not have")
    label = _NAME_LABEL.match(title.strip())
    if text is not None and label and label.group(1).split()[-1] not in text:
        # "Ann Coulter: And Then There Was the One" names a columnist the article never does:
        # as a headline it reads as her claim
        return (*signs, "labels a name the article does not have")
    if set(_ALONE_A_TEASER) & set(signs) or len(signs) >= 2:
        return signs
    return ()


# A quotation in a title: curly marks of either kind, or straight double ones; a ’ before a
# letter is an apostrophe ("I’m"), not the closing mark.
_TITLE_QUOTE = re.compile(r"“([^”]+)”|‘(.+?)’(?![A-Za-z])|\"([^\"]+)\"")


def _unquoted(title: str, text: str) -> list[str]:
    """The quotations of ``title`` none of whose words (of three letters or more, by their
    first four: "Girl" of "Girls") ``text`` has: a headline may put a quote in its own words
    ("‘I’m the Worst Thing…’" of "…is now “the worst thing that ever happened…”"), not quote
    what the article lacks."""

    def stems(s: str) -> set[str]:
        return {w[:4] for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 2 and w not in _COMMON}

    article = stems(text)
    quoted = (next(g for g in m.groups() if g) for m in _TITLE_QUOTE.finditer(title))
    return [q for q in quoted if stems(q) and not stems(q) & article]


# Words too common to show that an article has a quotation.
_COMMON = frozenset("the and for are but not you all any can had her was one our out has his how".split())


def repeats_title(title: str | None, sentence: str) -> bool:
    """Whether ``sentence`` is the title, or a part of it between ";", ":" or "|": a deck
    printed over the copy ("Email inquiry bruises Democratic candidate's efforts to dispel
    mistrust." under the title "Latest poll has Trump pulling even with Clinton; Email
    inquiry bruises…"), the headline's words, not the story's."""
    if not title:
        return False
    words = re.findall(r"\w+", sentence.lower())
    parts = [title, *re.split(r"\s*[;:|]\s+", title)]
    return any(words == re.findall(r"\w+", part.lower()) for part in parts)

"""Page furniture inside sentences: captions, photo and wire credits, gallery prompts,
position markers ("(right)"), chart references and a match report's team sheet ("Subs Not
Used: Orr, Brown."), in every house style we read.

A page flattened to text runs its furniture into the copy: "Open this photo in gallery A
house is seen after the tsunami…", "…to end the shutdown. ( J. Scott Applewhite / AP )",
"Bloomberg via Getty Images.", "the chart at the bottom of this article". A sentence that
carries any of it is not a statement of the news, so :func:`is_furniture` marks it and the
engine passes it over; a marker inside a news sentence ("Mr Smith (pictured) said…") is
deleted from the bullet by :func:`strip_markers` (a deletion, like every cut).
"""

from __future__ import annotations

import re

# Marks a whole sentence as furniture.
_FURNITURE = re.compile(
    r"""
    \bOpen\ this\ photo\ in\ gallery\b | </?tweet\b | \bview\ (?:the\ )?gallery\b | \bscroll\ (?:down|up)\b |
    \bclick\ (?:here|through)\b | \bclick(?:ing)?\ on\ (?:the\ )?links?\ (?:below|above|here)(?=\W*$|\s*[.,;:!?)]) | \bthe\ links?\ (?:below|above)\W*$ |
    \bswipe\ (?:left|right|through)\b | \bMedia\ playback\b |
    ^\W*part\ (?:one|two|three|four|five|\d+)\ (?:(?:is\ |will\ )?(?:to\ )?follow|follows|(?:is\ )?coming\ soon)
        (?:\ (?:on|next)\ \w+)?\W*$ |
    \bvideo\ can\ ?not\ be\ played\b | \bsee\ (?:more\ )?(?:photos|pictures|images)\b |
    \b(?:watch|see)\ (?:the\ )?video\b | \b(?:clip|video|footage)\ (?:of\ (?:[\w'’-]+\ ){1,4})?(?:above|below)\b | \bsubscribe\ (?:to|now|here)\b | \bsign\ up\ (?:for|to|here)\b |
    \bfollow\ us\b | \bdownload\ (?:it\ )?(?:from|on)\ \w+\ here\b |
    ^\W*welcome\ to\ [^.!?,\"“”]{0,80}?(?:,\ (?:an?\ |the\ |our\ |(?-i:[A-Z]))(?:(?!where\b|when\b|which\b|who\b|that\b)[\w'’-]+\ ){0,4}?)?\b(?:newsletter|digest|briefing|round-?up|edition|report|playbook|tip\ sheet)\b |
    \bin\ this\ (?:[\w-]+\ ){0,3}(?:photo|picture|image|handout|file\ photo|photograph)\b |
    \((?:stock\ )?(?:picture|photo|image)s?\ posed\ by\ (?:a\ )?models?\) |
    \((?:stock|library|file)\ (?:picture|photo|image)\) |
    \b(?:photo|picture|image)s?\ (?:taken|released|provided)\ by\b |
    ^\W*pictured\b | ^\W*(?:above|below|left|right|top|inset)\s*: |
    \b(?:chart|graphic|graph|plot|table|map|infographic)s?\ (?:below|above|at\ the\ (?:bottom|top)|on\ the\ (?:right|left))\b |
    \b(?:the|this)\ (?:chart|graphic|graph|plot|infographic)\ (?:below\ |above\ )?(?:shows|illustrates)\b |
    \bsee\ (?:the\ )?(?:chart|graphic|table|map)\b | \bat\ the\ bottom\ of\ this\ (?:article|page|story)\b |
    ^\W*(?:subs(?:titutes)?(?:\ not\ used)?|booked|sent\ off|att(?:endance)?|referee)\s*:\s*[A-Z\d] |
    ^\W*(?:as\ )?(?:published|printed|appeared)\ in\ (?:the\ )?(?:International\ )?[A-Z][\w.]*(?:\ [A-Z][\w.]*)*\W*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Credits are told by their capitals, so they are matched case-sensitively.
_CREDIT = re.compile(
    r"""
    \bGetty\s*Images\b | \bAP\ Photo\b | \bAFP/ | \bREUTERS/[A-Z] | \bReuters/[A-Z]\w+\ [A-Z] |
    \bFile\ Photo\b | \b[Hh]andout\ (?:photo|picture|image)\b | \bPhoto(?:graph)?\s*(?:credit|by)\b |
    \bImage\ (?:copyright|caption)\b | \bvia\ Getty\b |
    \(\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*\s*/\s*[A-Z][^()]*\) |
    \b[A-Z][A-Za-z.'-]+\ [A-Z][A-Za-z.'-]+\ /\ (?:AP|AFP|Reuters|The\ Canadian\ Press|CP|PA)\b |
    # a credit run into the caption it belongs to: "The Canadian Press Prime Minister Justin
    # Trudeau holds a town hall…" (as copy the agency is a subject: "The Canadian Press has…")
    ^\W*(?:The\ )?(?:Canadian\ Press|Associated\ Press|Getty\ Images|Reuters|AFP)\ (?=[A-Z])(?!Poll|Stylebook) |
    # a book excerpt's credit line: "From STEALING AMERICA by Dinesh D’Souza." (review 144),
    # "Excerpted from “The Road Ahead” by Bill Gates, published by…"
    ^\W*Reprinted\ (?:courtesy\ of|(?:with|by)\ (?:the\ )?(?:kind\ )?permission\ (?:of|from))\ [A-Z] |
    ^\W*(?:(?:Excerpted|Adapted|Reprinted)\ (?:with\ permission\ )?from\ (?:[^.!?]{1,80}?)
        |From\ (?:the\ (?:new\ )?book\ [^.!?]{1,80}?|[A-Z][A-Z'’:,-]+(?:\ [A-Z][A-Z'’:,-]*)*|[“"‘][^”"’]{2,80}[”"’]))
        ,?\ by\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}
        \s*(?:[.;(]|,\s+(?:published|an\ imprint|copyright|©|reprinted)|$) |
    # a video's or a story's credits: "Story by Scott Conroy Video produced by Jon Strauss…"
    ^\W*(?:Story|Text|Words|Reporting|Video\ produced|Graphics|Illustrations?)\ by
        (?:\ [A-Z][\w.'’-]*){1,3}(?:\ ?[A-Z][a-z]+(?:\ [a-z]+)?\ by\b|\s*(?:[.;]\s*)?$|\ (?:and|in)\ [A-Z])
    """,
    re.VERBOSE,
)
# A link or prompt label opening a line, in capitals: "LOOK: The best and worst looks",
# "WATCH | Hurricanes power past Canucks", "WATCH BELOW: …".
_LABEL = re.compile(r"^\W*(?:LOOK|WATCH|LISTEN|READ|MORE|RELATED|ALSO\ READ|PHOTOS|VIDEO)\b[A-Z ]{0,12}[:|]")
# A caption's label: two or three words, the first capitalised and the rest lower case, so
# no name ("Sleepy kid: Brock Guzman, 8, was last seen…", "Celebrity charm: British label
# has asked…", "Watch the video: …", "Editor's note: …"); not one who speaks ("Kasich
# resisted: …", "Vaughan said: …") nor a sentence's own subject and verb ("He said: …", "The
# reason: …").
_CAPTION_LABEL = re.compile(
    r"""^\W*(?!(?:He|She|They|It|I|We|You|The|A|An|This|That|These|Those|But|And|For)\b)
    [A-Z][a-z'’-]+(?:\ (?!\w+ed\b|(?:said|says|told|tells|adds|writes|wrote|asks|explains|insists|warns
    |argues|claims|admits|replies|recalls|notes|states|continues|concludes|concedes|goes|went)\b)[a-z'’-]+){1,2}
    :\s+[A-Z‘'"“]""",
    re.VERBOSE,
)
# A longer caption label, of up to five lower-case words after a capitalised one, before a
# name rather than a quote: "Wishes she was a millionaire: Drexel law professor Lisa McElroy…".
_LONG_CAPTION_LABEL = re.compile(
    r"^\W*(?!(?:He|She|They|It|I|We|You|The|A|An|This|That|These|Those|But|And|For|In|On|At)\b)"
    r"[A-Z][a-z'’-]+(?:\ [a-z'’-]+){3,4}:\s+"
    r"(?!(?:This|That|These|Those|The|A|An|He|She|It|They|We|I|You|In|On|At|If|When|Now)\b)[A-Z][a-z]"
)
# A one-word caption label over a photo of someone "pictured": "Bride: Liana Barrientos,
# pictured, has been married ten times." (review 117); a label alone is as often a speaker's
# name in a transcript ("Obama: We will…").
_PICTURED_CAPTION = re.compile(r"^\W*[A-Z][a-z'’-]+:\s+[A-Z‘'\"“][^.!?]*(?:,\s*|\()pictured\b")
# A round-up's teaser, a sentence that only names who tells the story: "CNN's John D. Sutter
# takes a measure.", "Jake Tapper reports.", "Our correspondent has more." (review 47).
_TEASER = re.compile(
    r"^\W*(?:(?:[A-Z][\w.'’-]*|our|correspondent|reporter)\s+){1,5}"
    r"(?:reports|has\ (?:more|the\ (?:story|details))|takes\ a\ (?:look|measure)|explains|weighs\ in)\W*$"
)
# A standfirst in which the outlet or its writer says what the piece does: "BBC News
# investigates how the network worked and what motivated those involved." (review 110), "The
# BBC's Jane Doe examines why…", "The BBC News website takes a look at how…" (review 151);
# not the outlet as the news ("Fox News considers legal action").
_STANDFIRST = re.compile(
    r"^\W*(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:News|Online|Sport|BBC|CNN|correspondent|reporter|editor)"
    r"(?:\s+(?:website|site))?(?:['’]s(?:\s+[A-Z][\w.'’-]*){1,3})?"
    r"\s+(?:investigates|examines|explores|looks\s+at|takes\s+a\s+(?:closer\s+|brief\s+)?look\s+at)\s+"
    r"(?:how|why|what|whether|who|where|when)\b(?!.*\b(?:said|says|told)\b)"
)
# Deleted from a news sentence: "(pictured)", "(right)", "(second left)", "(file)".
_MARKER = re.compile(
    r"\s*\((?:(?:second|third|far|top|bottom|centre|center|front|back)[\s-]+)?"
    r"(?:right|left|centre|center|above|below|top|bottom|inset|(?:not\s+)?pictured|file|pictured\s+\w+)\)",
    re.IGNORECASE,
)


def is_furniture(sentence: str) -> bool:
    """True when ``sentence`` carries a caption, a credit, a gallery or video prompt, or a
    reference to a chart or photo the brief cannot show, opens on a caption's label, or is a
    round-up's teaser that only names who tells the story, or a standfirst that says what the
    piece does ("BBC News investigates how…"). A no-break space reads as a space ("Story by
    Scott Conroy\xa0Video produced by…", review 199)."""
    sentence = sentence.replace("\xa0", " ")
    return bool(
        _FURNITURE.search(sentence)
        or _CREDIT.search(sentence)
        or _LABEL.match(sentence)
        or _CAPTION_LABEL.match(sentence)
        or _LONG_CAPTION_LABEL.match(sentence)
        or _PICTURED_CAPTION.match(sentence)
        or _TEASER.match(sentence)
        or _STANDFIRST.match(sentence)
    )


def has_markers(text: str) -> bool:
    """True when ``text`` holds a position marker ("(pictured)", "(not pictured)", "(left)"):
    the mark of a photo caption."""
    return bool(_MARKER.search(text))


def strip_markers(text: str) -> str:
    """``text`` without position markers: "Ms Lee (right) and her sister" → "Ms Lee and her sister"."""
    return _MARKER.sub("", text)


# The labels an archive export (ProQuest, Factiva) prints under the deck: "ABSTRACT." (the
# paper's own summary follows) and "FULL TEXT." (the article follows).
_EXPORT_LABEL = re.compile(r"^[ \t]*(?:ABSTRACT|FULL TEXT)[.:]?[ \t]*$", re.MULTILINE)
_FRONT_MATTER_CHARS = 1500


def deck_end(text: str) -> int:
    """Where an archive export's deck ends: at the first "ABSTRACT." or "FULL TEXT." label
    near the top, before which it prints the deck, a headline's second line ("Candidate is
    expected to need Silicon Valley's help to win presidency."), or 0 when there is none."""
    label = _EXPORT_LABEL.search(text)
    return label.start() if label and label.start() < _FRONT_MATTER_CHARS else 0

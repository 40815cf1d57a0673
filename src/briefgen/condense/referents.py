"""Does a bullet lean on a referent the brief does not give?

A bullet opening on "He", "His" or a demonstrative ("That argument", "This"), or naming a
thing "this", "these" or "those" inside ("Chapman admits in this instance…"), points back at
something. In the article the sentence before supplies it; in a brief it must be in the
headline or an earlier bullet, or the bullet must follow the previous bullet's sentence. The
engine passes over a bullet that fails this, and ``bench/lint.py`` counts it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CALENDAR_WORDS, NAME_TITLES

_PERSONAL = frozenset("he she his him her hers".split())
_DEMONSTRATIVES = frozenset("this that these those such".split())
PERSON_NOUNS = frozenset(
    """man woman boy girl child baby teenager person father mother son daughter wife husband
    brother sister parent officer policeman soldier driver player star singer actor actress
    minister president leader chief spokesman spokeswoman spokesperson official judge lawyer
    doctor nurse teacher student pupil victim suspect candidate senator governor mayor king
    queen prince princess owner manager coach executive boss founder director chairman
    worker resident pilot passenger mum dad grandmother grandfather friend partner""".split()
)

# A bullet may open on "It" or "They" (on cnndm_dev, passing those over costs ROUGE-2 0.2).
# Adjectives that make "the <noun>" the one something before it gave rise to or named
# (review 44: "The resulting song, Through the Wire, …" after a car crash the brief left out).
_BACK_ADJECTIVES = frozenset("resulting ensuing aforementioned latter same".split())
# "a comparable assessment", "a similar pattern", with nothing after the noun to compare it
# with ("similar to", "as"): like what, the sentence before says (review 49).
_COMPARED = re.compile(
    r"\b(?:a|an)\s+(?:comparable|similar)\s+[\w’'-]+\b(?!\s+(?:to|with|as|in\s+size)\b)", re.IGNORECASE
)
# A consequence of something the sentence before told: "Trust in online security is falling
# as a result." (review 52; not "as a result of…", which names its cause). "It means big changes
# are coming…": what "it" is, the sentence before said (review 55). "In practice, it turns
# out…" is set against a theory the sentence before told (review 116), "It appears, though, that…" (139),
# "Either way, one thing was clear:…" (144), "On the other, there is Donald J. Trump".
_CONSEQUENCE = re.compile(
    r"\bas a (?:direct )?result\b(?!\s+of\b)|^\W*(?:(?:consequently|therefore|hence)\b|(?:and\s+)?as for\b|because of (?:this|that)|in response,|in turn,)"
    r"|^\W*It\s+(?:also\s+)?(?:means|meant)\b|^\W*(?:in (?:practice|reality|contrast)|by contrast|on (?:the )?other"
    r"(?: hand| side)?|even so|that said|either way|conversely|nevertheless|nonetheless),|^\W*(?:[\w'’.-]+\s+){0,4}[\w'’.-]+,\s+(?:though|however),",
    re.IGNORECASE,
)
# "It" made one with a thing the bullet names: "It was the Vermont senator's eighth win…", "It is
# America's second largest financial institution.", "It's not about scale…" (reviews 52, 147): what
# "it" is, the sentence before said. Not "It's time…", "It is strange that…", "It was the first time…".
_IT_IS_THING = re.compile(
    r"^\W*It(?:['’]s|\s+(?:is|was|will be|has been|had been|would be))\s+(?:(?:also|still|now|just|only|not|all)\s+)?"
    r"(?:the|an?|one of|(?<=not\s|all\s)about|his|her|its|their|[A-Z][\w’'.-]*['’]s)\s+([\w’'-]+)(?:\s+([\w’'-]+))?(?:\s+([\w’'-]+))?"
)
# "It's Wellington in New Zealand.": which "it" a place or person is, the sentence before says
# (review 91); not a cleft ("It was Obama who…") or a date ("It was March…").
_IT_IS_NAMED = re.compile(
    r"^\W*It(?:['’]s|\s+(?:is|was))\s+([A-Z][a-z]+)\b(?![:!])(?!.*\b(?:who|that|which|where|when)\b)"
)
_EXTRAPOSED = re.compile(
    r"^\W*It\S*\s+(?:\w+\s+){0,2}(?:a|an|no)\s+(?:shame|pity|wonder|mistake|surprise|relief|miracle|"
    r"coincidence|fact|secret)\s+(?:that|to)\b"
)
# "It" as the body that speaks or judges, and the nouns of such bodies a brief may name before.
_IT_SAYS = re.compile(
    r"^\W*It\s+(?:also\s+)?(?:said|says|blamed|warned|urged|added|recommended|criticised|criticized"
    r"|accused|argued|claimed|concluded|stated|called\s+(?:for|on))\b"
)
# "the committee", "the parliamentary inquiry": a body the brief names as one ("office" or
# "party" alone may be anything: "took office").
_A_BODY = re.compile(
    r"\b(?:the|its|this)\s+(?:[\w-]+\s+)?(?:report|study|committee|survey|inquiry|review|poll|company|firm"
    r"|government|council|board|court|agency|group|party|union|department|ministry|commission|bank"
    r"|watchdog|panel|charity|trust|authority)\b",
    re.IGNORECASE,
)
# "So" drawing a conclusion from what came before; not "So far", "So many … that", "So-called".
_SO_THEN = re.compile(
    r"^\W*So\b(?![-‑])(?!\s+(?i:far|many|much|few|little|long|too|called)\b)"
    r"(?!\s+\w+\s+(?:was|were|is|are|did|does|do|had|has)\b)"  # "So great was the demand that…"
)
# Someone who "went on to say" carries on from words the sentence before gave.
_WENT_ON = re.compile(
    r"^\W*(?:[\w’'.,-]+\s+){1,8}?((?:goes|go|went) on to (?:say|add|note|insist|warn|claim))\b", re.IGNORECASE
)
_GROUP_OF_NAMED = frozenset("pair couple duo trio two three men women brothers sisters".split())
_THING_POINTERS = frozenset("it its they their them".split())

# A quantifier standing for a group the sentence before named: "Some are even prescribing…"
# (doctors); "Some 40 people", "Many of the…" and "Most voters" name their group.
_QUANTIFIERS = frozenset("some many most others several both few none".split())
_WHOLE_SHARES = frozenset("all each neither either".split())  # "All were arrested…" (review 105)
_VERB_AFTER_QUANTIFIER = frozenset(
    "are were have had will would can could may might must should say said do did also even still now "
    "was is has".split()
)

# Words up to which a "There is…" that names nothing reads as part of what came before.
_BARE_EXISTENTIAL_WORDS = 10
# A sentence that only moves the story on: "…didn't stop there.", "That's not all."
_GOES_ON = re.compile(
    r"\b(?:did(?:n['’]t| not)|does(?:n['’]t| not)|won['’]t|will not) (?:stop|end) there\W*$|"
    r"^\W*(?:but )?that(?:['’]s| is) not all\W*$",
    re.IGNORECASE,
)
# An inverted "so" or "neither" standing for the sentence before: "So did every other Democrat…".
_SO_DID = re.compile(
    r"^\W*(?:so|neither|nor)\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b",
    re.IGNORECASE,
)
# An ordinal standing for a noun the sentence before named: "The third was alleged…".
_ORDINAL_ALONE = re.compile(
    r"^\W*the\s+(?:first|second|third|fourth|fifth|former|latter|last|other|rest)\s+"
    r"(?:was|is|were|are|has|have|had|will|would|came|comes)\b",
    re.IGNORECASE,
)
_POINTER_AT_END = re.compile(r"\b(both|this|these|those)\W*$", re.IGNORECASE)  # "…admits this." (review 109)
# People of a place the sentence before named: "Workers there earn…", "Residents there say…".
_PEOPLE_THERE = re.compile(r"^\W*(?:(?:The|Many|Most|Some)\s+)?(?:[A-Za-z]+s|people|police|staff)\s+there\b")
# A reporting participle opening a bullet on its own: "Adding, “Now, like with all Clinton
# scandals…”" is the words of whoever the sentence before named, and under another bullet
# reads as that bullet's speaker's.
_SPEECH_PARTICIPLES = frozenset(
    "adding noting saying explaining continuing concluding insisting stressing arguing warning "
    "claiming writing asking replying".split()
)
_BARE_PARTICIPLE = re.compile(r"^\W*(\w+)\s*[,:]?\s*[“\"‘']")

# Counts that with "more" after them add to what was said before: "Dozens more like it…".
# A share of a group the sentence does not name: "Almost four in 10 have a positive reaction",
# "Half say…", "Two-thirds back…" (of the voters a sentence before named).
_SHARE = re.compile(
    r"(?i:(?:and\s+|but\s+)?(?:almost|nearly|about|roughly|around|only|just|over|under|at\s+least|(?:a\s+little\s+|slightly\s+|well\s+|far\s+)?(?:more|fewer|less)\s+than)\s+)?"
    r"(?i:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|ten)|half|(?:a|one|two|three)[- ](?:third|quarter|fifth)s?"
    r"|a\s+majority|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%))(?:\s+[–—][^–—]{1,40}[–—])?\s+([a-z]+)\b"
)
_SHARE_VERBS = frozenset(
    "have has say says back support oppose agree disagree think believe want favor favour are were".split()
)
_COUNTS = _QUANTIFIERS | frozenset(
    "dozens hundreds thousands scores two three four five six seven eight nine ten".split()
)

# Stock openers that tie a sentence to the one before it, before its real first word.
_STOCK_OPENERS = tuple(
    tuple(o.split())
    for o in (
        "in actual fact",
        "how",  # "How that will play out…"
        "why",
        "whether",
        "at least",
        "in fact",
        "even so",
        "of course",
        "after all",
        "in the end",
        "still",
        "yet",
        "now",
        "then",
        "so",
        "but",
        "and",
        "instead",
        "indeed",
        "meanwhile",
        "yes",  # "Yes, that includes Halo 2."
        "no",
        "well",
    )
)

_IT = frozenset(("it", "it's", "it’s"))
# Openers that assert against what came before, whose "it" is what the sentence before named;
# not "Then it rained…" or "Whether it is Crocs or…", whose own checks or clause say it.
_ASSERTING_OPENERS = frozenset(
    (
        "in actual fact",
        "in fact",
        "indeed",
        "instead",
        "still",
        "yet",
        "after all",
        "even so",
        "meanwhile",
        "now",
    )
)
_CLEFT = re.compile(r"\b(?:who|that)\b")
# Days a "It is…" names as a time, not a thing: "It was Christmas Eve and the shops were full."
_HOLIDAYS = frozenset(
    "christmas easter thanksgiving ramadan eid diwali halloween hanukkah passover new boxing "
    "valentine's valentine’s".split()
)

# Nouns after "this" that name the present, not something said before.
TIME_NOUNS = frozenset(
    "year week month weekend morning afternoon evening season summer winter spring autumn fall time "
    "point stage days night decade century term quarter".split()
)


def uncontracted(word: str) -> str:
    """``word`` lower-cased without a contracted verb: "She's" → "she", "He'd" → "he"."""
    return re.sub(r"['’](?:s|d|ll|re|ve)$", "", word.lower())


def missing_referent(
    bullet: str,
    earlier: Sequence[str],
    person_names: Sequence[str],
    follows_previous: bool,
    *,
    opening: bool = False,
) -> str | None:
    """Why ``bullet`` opens on a word that refers back to nothing in ``earlier`` (the headline
    and the bullets before it), or None. ``follows_previous`` is True when the bullet's
    sentence comes straight after the previous bullet's in the article, which then supplies
    the referent as the article does; ``opening`` when it is the article's first sentence and
    the brief's first bullet, whose "This…" may point at the picture (:func:`points_at_picture`)."""
    words = re.findall(r"[\w'’-]+", bullet)
    if not words or follows_previous:
        return None
    # "At least they returned…", "In actual fact it's…", "Meanwhile others say…": the pointer
    # after a stock opener
    opener = next((len(o) for o in _STOCK_OPENERS if [w.lower() for w in words[: len(o)]] == list(o)), 0)
    if opener and len(words) > opener and words[opener].lower() in _PERSONAL | _DEMONSTRATIVES | _QUANTIFIERS:
        words = words[opener:]
    elif (
        opener
        and len(words) > opener
        and words[opener].lower() in _IT
        and " ".join(words[:opener]).lower() in _ASSERTING_OPENERS
    ):
        # "In actual fact it's Wellington…" (review 91): the "it" the sentence before named
        rest = bullet[re.search(rf"\b{re.escape(words[opener])}\b", bullet).start() :]
        if not _CLEFT.search(rest):  # "Indeed, it is the voters who will decide" names its own
            words, bullet = words[opener:], rest[:1].upper() + rest[1:]
    first = uncontracted(words[0])
    context = " ".join(earlier)
    context_words = _words(context)
    if went := _WENT_ON.match(bullet):  # "He went on to say, “She once threw a Bible…”" (review 81)
        return f"says {went.group(1)!r}, which carries on from words the brief does not have"
    if first in _PERSONAL:
        # a full name: a lone word the tagger took for a person ("Playbook") is too often not one
        names = [
            n
            for n in person_names
            if len(n.split()) > 1 and any(part in context for part in n.split() if len(part) > 2)
        ]
        # one person: "the teacher", "the man's"; "students" are no "his" (review 50)
        if (
            names
            or context_words & PERSON_NOUNS
            or {w.removesuffix("'s").removesuffix("’s") for w in context_words} & PERSON_NOUNS
        ):
            return _inner_pointer(bullet, context_words)  # "He's eligible… for that offence"
        return f"opens on {words[0]!r} and no person is named before it"
    group = words[1].lower() if first in ("the", "both") and len(words) > 1 else ""
    if group in _GROUP_OF_NAMED:
        # "The pair had a recent dispute…": a pair of whom, unless the brief named two
        named = {n for n in person_names if any(part in context for part in n.split() if len(part) > 2)}
        # "Britney" and "Britney Spears" are one person
        people = {n for n in named if not any(n != m and set(n.split()) < set(m.split()) for m in named)}
        if len(people) < 2:
            return f"opens on {' '.join(words[:2])!r} and the brief has not named them"
    if first == "the" and len(words) > 2 and words[1].lower() in _BACK_ADJECTIVES:  # "The resulting song…"
        return f"opens on {' '.join(words[:3])!r}, which follows from something the brief has not said"
    if first == "plus":  # "Plus: what Hillary Clinton's money advantage means…"
        return f"opens on {words[0]!r}, which adds to something the brief has not said"
    if compared := _COMPARED.search(bullet):  # "Bolton had a comparable assessment of Trump's record."
        return f"says {compared.group()!r}, compared with something the brief has not said"
    if others := _others(words):  # "The other words… are"; "Two other political entries…" (review 60)
        at, noun = others
        if not named_before(noun, context_words):
            return f"opens on {' '.join(words[: at + 1])!r}, set against ones the brief does not name"
    if len(words) > 1 and words[1].lower() == "more" and (first in _COUNTS or first.isdigit()):
        return f"opens on {' '.join(words[:2])!r}, which adds to something the brief has not said"  # "Dozens more like it"
    if _PEOPLE_THERE.match(bullet):  # "Workers there typically earn about $19 a day."
        return f"opens on {' '.join(words[:2])!r}, a place only the sentence before it names"
    if _ORDINAL_ALONE.match(bullet):  # "The third was alleged to have been on the eve of…"
        return f"opens on {' '.join(words[:2])!r}, one of something the brief has not named"
    if _SO_DID.match(bullet):  # "So did every other Democrat on the committee…"
        return f"opens on {' '.join(words[:2])!r}, which stands for what the sentence before said"
    if _GOES_ON.search(bullet):  # "The former Mexican president didn't stop there."
        return "says only that the story goes on from what the sentence before it said"
    if _bare_existential(words):  # "There is no exact day of return." (whose return?)
        return f"opens on {' '.join(words[:2])!r} and names nothing it is about"
    if _speaker_before(bullet):
        return f"opens on {words[0]!r}, whose speaker only the sentence before it names"
    share = unnamed_share(bullet)
    if share:
        return f"opens on {share!r}: a share of whom, the brief does not say"
    if consequence := _CONSEQUENCE.search(bullet):
        return f"says {consequence.group().strip()!r}, which follows on from something the brief has not said"
    thing = _IT_IS_THING.match(bullet)
    named = {w.lower().removesuffix("s") for w in (thing.groups() if thing else ()) if w}
    extraposed = _EXTRAPOSED.match(bullet)  # "It is a shame that…", "It was a mistake to…"
    if thing and not named & TIME_NOUNS and not extraposed:
        return "opens on 'It' as a thing the brief has not named"
    if (it_is := _IT_IS_NAMED.match(bullet)) and it_is.group(1).lower() not in CALENDAR_WORDS | _HOLIDAYS:
        return f"says 'it' is {it_is.group(1)!r}: which thing 'it' is, only the sentence before it says"
    if first == "also":
        return "opens on 'Also', which adds to what the sentence before it said"  # "Also at the rally were…"
    if _IT_SAYS.match(bullet) and not _A_BODY.search(context):
        # "It blamed the Department for Constitutional Affairs…" (review 58): the committee
        # that speaks, only the sentence before names
        return "opens on 'It', whose speaker only the sentence before it names"
    if _SO_THEN.match(bullet):  # "So Labor Secretary Thomas Perez stopped writing his speech…" (review 57)
        return "opens on 'So', which draws on what the sentence before it said"
    # "Then Brafman exposed the government's tactics." (review 81); not "Then Secretary of State…"
    then = re.match(r"^\W*Then\b(?![-‑])", bullet)
    if then and not (len(words) > 1 and words[1].lower().strip(".") in NAME_TITLES):
        return "opens on 'Then', which follows on from what the sentence before it said"
    if first in ("continued", "added") and len(words) > 1 and words[1][:1].isupper():
        # "Continued Stone: “So I think it’s a very real problem.”" (review 51)
        return f"opens on {' '.join(words[:2])!r}, which carries on from words the brief does not have"
    if (
        first in _QUANTIFIERS | _WHOLE_SHARES
        and len(words) > 1
        and words[1].lower() in _VERB_AFTER_QUANTIFIER - ({"is", "was"} if first == "all" else set())
    ):  # "All was calm" is everything, not all of some group
        return f"opens on {' '.join(words[:2])!r}: some of what, the brief does not say"  # "Some are even…"
    if first.endswith("ing") and {w.lower() for w in words[1:3]} & _THING_POINTERS:
        return f"opens on {' '.join(words[:2])!r}, which points back at something before it"
    if first in _DEMONSTRATIVES and not (opening and points_at_picture(bullet)):
        noun = words[1].lower() if len(words) > 1 else ""
        if first != words[0].lower() or noun in _VERB_AFTER_QUANTIFIER | {"is", "was", "has"}:
            noun = ""  # "That's a key reason why…", "That was…": the pronoun itself points back
        if first == "this" and re.sub(r"['’]s$", "", noun) in TIME_NOUNS:
            return None  # "This year's nominees", "This week": the time of the story, not a pointer
        if noun and named_before(noun, context_words):
            return None
        return f"opens on {' '.join(words[:2])!r} with nothing before it to point to"
    bare = _QUOTED.sub(" ", bullet)  # in one clause: "…, but motorists' groups oppose this" points inside
    if (end := _POINTER_AT_END.search(bare)) and not re.search(r",|\b(?:and|but)\b", bare[: end.start()]):
        return f"ends on {end.group(1)!r}, which points back at what the brief has not said"
    return _inner_pointer(bullet, context_words) or _then_pointer(bullet) or _nobody_named(bullet, earlier)


def _others(words: Sequence[str]) -> tuple[int, str] | None:
    """Where the noun of an opening "The other…", "Two other…" or "The two other…" stands in
    ``words``, and the noun (a plural's, when one follows within three words: "Two other
    Democratic senators"), or None."""
    lower = [w.lower() for w in words[:7]]
    start = 2 if lower[:1] == ["the"] and len(lower) > 1 and lower[1] in _COUNTS else 1
    counted = lower[:1] == ["the"] or lower[0] in _COUNTS or lower[0].isdigit()
    if not counted or len(lower) <= start + 1 or lower[start] != "other":
        return None
    nouns = lower[start + 1 : start + 4]
    at = next((n for n, w in enumerate(nouns) if w.endswith("s") and not w.endswith("ss")), 0)
    return start + 1 + at, nouns[at]


def points_at_picture(text: str) -> bool:
    """True when ``text``, as an article's opening, points at its picture, not at words before
    it: "This bundle of joy was a special spring surprise…", "This is the moment a…" (review
    56). It reads to the brief's reader as to the article's. "These are the best videos of the
    week" is a page's, not a story's; "This is" names its picture only as "the moment"."""
    return (
        re.match(r"\W*(?:This|These)\s+(?!(?:are|were|is|was)\b)[a-z]|\W*This\s+is\s+the\s+moment\b", text)
        is not None
    )


def unnamed_share(text: str) -> str | None:
    """The share ``text`` opens on when it names no whole it is a share of ("Half say…", "At
    least 15 per cent – more than 544,000 – are completely fake"), or None."""
    share = _SHARE.match(text)
    if share and share.group(1).lower() in _VERB_AFTER_QUANTIFIER | _SHARE_VERBS:
        return share.group(0)[: -len(share.group(1))].strip()
    return None


def _nobody_named(bullet: str, earlier: Sequence[str]) -> str | None:
    """Why ``bullet`` speaks of "him" or "her" when neither it nor the brief before it
    (``earlier``) names anyone, not even by a capitalised word or a noun for a person ("Ask
    him if he feels the same way." after two lines on beards), or None."""
    bare = _QUOTED.sub(" ", bullet)
    pronoun = re.search(r"\b(him|her|his|he|she)\b", bare, re.IGNORECASE)
    # a noun before it may be whom it stands for ("A midwife accepted her mistakes")
    if pronoun is None or len(re.findall(r"[\w’'-]+", bare[: pronoun.start()])) > 2:
        return None
    for text in (bullet, *earlier):
        words = re.findall(r"[\w’'-]+", text)
        if any(w[:1].isupper() and w != "I" for w in words[1:]) or {w.lower() for w in words} & PERSON_NOUNS:
            return None
    return f"names {pronoun.group(1)!r} and no one is named before it"


# "at the time" with no "of…" or "when…" after it: the time of something the brief must have
# told ("…to his Montreal constituents at the time, Lametti expressed concern").
_SINCE_THEN = re.compile(r"^\W*(?:ever\s+)?(?:since|by|until|till) then\b", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"\bat the time\b(?!\s+(?:of|when|that|he|she|they|it|we|i)\b)", re.IGNORECASE)
# An opening time counted from an event the sentence before told: "Two months later, …", "The
# next day, …", "Later that night, …", "Shortly afterwards, …" (review 103: "Two months later" after
# a cut that took the debate it counts from).
_COUNTED_FROM = re.compile(
    r"""^\W*(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+)?
    (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|afterwards?|earlier)(?!\s+than)
    |(?:the|that)\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)(?=\s*,)
    |later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week|month|year)
    |(?:shortly|soon|not\s+long)\s+(?:after|afterwards?|before|thereafter)(?=\s*,))\b""",
    re.IGNORECASE | re.VERBOSE,
)


def _bare_existential(words: Sequence[str]) -> bool:
    """Whether a bullet of ``words`` is a short "There is…" that names no one and nothing and
    gives no number: what it is about, the sentence before it said."""
    if len(words) > _BARE_EXISTENTIAL_WORDS or [w.lower() for w in words[:1]] != ["there"] or len(words) < 2:
        return False
    return words[1].lower() in ("is", "are", "was", "were", "will", "has", "have", "had") and not any(
        w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:]
    )


def _speaker_before(bullet: str) -> bool:
    """Whether ``bullet`` is a reporting participle and a quote, with no speaker of its own:
    "Adding, “…”" (not "Adding that he would run, Smith said…", whose subject is there)."""
    opening = _BARE_PARTICIPLE.match(bullet)
    if opening is None or opening.group(1).lower() not in _SPEECH_PARTICIPLES:
        return False
    return len(re.findall(r"\w+", _QUOTED.sub(" ", bullet))) <= 2


def _then_pointer(bullet: str) -> str | None:
    """Why ``bullet`` places itself "at the time" of something the brief has not said, or None:
    in its opening phrase, before the first comma; later in the sentence it is the time of what
    the sentence itself told ("…went to the rally…, when she would have been 13 at the time")."""
    text = _QUOTED.sub(" ", bullet)
    found, comma = _AT_THE_TIME.search(text), text.find(",")
    if found and comma > found.start():
        return "says 'at the time' of something nothing before it tells"
    if since := _SINCE_THEN.match(text) or _COUNTED_FROM.match(text):
        # "Since then over 100 photoshopped pictures…" (review 91), "Two months later, …"
        return f"opens on {since.group().strip()!r}, a time only the sentence before it gives"
    return None


# "this/these/those" before a noun inside a bullet, outside quotes ("in this instance"), not "those traveling on"
_INNER_DEMONSTRATIVE = re.compile(
    r"(?<=\s)(this(?!\s+(?:election|cycle)\b)|these|those(?!\s+\w+(?:ing|ed)(?:\s+(?:on|in|at|to|from|with|by|for|who|that|the|a|an|their|his|her|up|out)\b|\s*[,.;:]|$)))\s+([\w’'-]+)",
    re.I,
)
_INNER_THAT = re.compile(  # "that" points back only after a preposition ("for that offence"), not "said that…"
    r"\b(?:for|of|in|into|inside|outside|on|at|with|from|by|about|over|under|after|against|through|within|across|"
    r"(?<!\bso far )behind|throughout|(?<!\bso far )beyond|without|toward|towards)\s+(that)\s+([\w’'-]+)",  # not "so far behind that…"
    re.I,
)
_QUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]|(?:^|(?<=[\s:(]))‘.*?’(?!\w)")  # UK outlets quote in ‘…’
# "such" naming a kind the sentences before described: "at such legislation", "with such a
# razor-thin margin"; not "such as…" nor "such … that" (review 82)
_INNER_SUCH = re.compile(
    r"\b(such)\s+(?!an?\b|as\b|that\b)([\w’'-]+)(?![\w’'-]*(?:\s+[\w’'-]+){0,2}\s+(?:as|that)\b)",
    re.IGNORECASE,
)
# Adjectives "such" intensifies rather than points with: "on such short notice".
_INTENSIFIED = frozenset("short long great high low large small good bad little big strong".split())
# Words after a demonstrative that do not point back: "those who…", "this country" (the writer's own).
_NOT_POINTING = (
    frozenset(
        "who that which whose to of in on aboard with at questioned surveyed polled asked interviewed killed injured hurt "
        "affected involved arrested charged country are is were was have "
        "has had will would can could may might must should do does did really also all both".split()
    )
    | CALENDAR_WORDS  # "this Saturday", "this November"
)


def named_before(noun: str, context_words: set[str]) -> bool:
    """Whether the brief before names ``noun``, in the singular or the plural."""
    return noun in context_words or noun.rstrip("s") in {w.rstrip("s") for w in context_words}


def _inner_pointer(bullet: str, context_words: set[str]) -> str | None:
    """Why ``bullet`` names a thing by "this", "these" or "those" that nothing before it in the
    brief names, or None. A time ("this week") is the story's own."""
    bare = _QUOTED.sub(" ", bullet)
    for match in (*_INNER_DEMONSTRATIVE.finditer(bare), *_INNER_THAT.finditer(bare)):
        noun = re.sub(r"['’]s$", "", match.group(2).lower())
        that_to = (noun, match.group(1).lower()) == ("to", "that")  # "designed for that to happen": what?
        stock = noun in TIME_NOUNS or noun in _NOT_POINTING or noun.endswith("ly")  # "those to": "those who"
        if not that_to and (stock or named_before(noun, context_words)):
            continue
        return f"names {bare[match.start(1) : match.end()]!r} with nothing before it to point to"
    for match in _INNER_SUCH.finditer(bare):
        noun = match.group(2).lower()
        if noun in TIME_NOUNS or noun.removesuffix("s") in TIME_NOUNS or noun in _INTENSIFIED:
            continue  # "during such times": the story's own; "at such short notice"
        listed = match.group(2)[:1].isupper() and re.match(r"\s*(?:,|and\b)", bare[match.end() :])
        if noun == "as" or listed or named_before(noun, context_words | _words(bare[: match.start()])):
            continue  # "…such as eBay…, for such services"; "deal… such deals"; "such Madonna and…" (no "as")
        return f"names {bare[match.start(1) : match.end()]!r} with nothing before it to point to"
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’-]+", text)}

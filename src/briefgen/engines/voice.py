"""The writer's own voice, which a brief cannot carry.

A news brief states what the article reports. A sentence in which the writer speaks in the
first person ("I have complained to the council twice.") or passes judgement in their own
words ("It's pretty cringe-worthy stuff…", "Trump ran a brilliant campaign.") has no source
a brief could keep: as a bullet it reads as the brief's own voice, an opinion stated as
fact. The extractive engine passes over both (:mod:`briefgen.engines.extractive`); the same
words inside quote marks are someone's, and stay.

A headline is held to the same, and to one more thing: it has no sentence before it, so it
cannot open on a word that points back at one ("He tells…", "This bundle of joy…"), which a
feature's lead often does (:mod:`briefgen.engines.generated_headline` then takes the news
from a later sentence).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..condense.quote_marks import quoted_at
from ..condense.referents import TIME_NOUNS
from ..lexicon import HEDGE_LEMMAS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..types import AnalysedArticle, Sentence

_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())

# Words of judgement that news copy leaves to a source ("called the plan 'absurd'"): in the
# writer's own words they are an opinion. Words a sports or feature report uses to describe
# ("superb win", "stunning images", "adorable puppies") are not here.
_JUDGEMENT = frozenset(
    """cringe-worthy cringeworthy appalling disgraceful shameful outrageous ridiculous absurd
    laughable pathetic idiotic stupid foolish despicable deplorable abhorrent reprehensible
    scandalous hypocritical shameless inexcusable unforgivable unconscionable egregious
    farcical nonsensical brilliant magnificent wonderful marvellous marvelous fantastic
    terrific""".split()
)

# A verdict the writer argues for: "It is wrong to solely attribute the backlash to recent
# events.", "What many observers forget is that…" (review 60: a column read as news), "There's
# no denying he has had quite a run." (review 177), "It's hard to believe that his phenomenal
# 8½ minute allegory… is 44 years old." (review 178).
_VERDICT = re.compile(
    r"^\W*(?:It\s+(?:is|was|would\s+be)\s+(?:wrong|naive|naïve|foolish|wise|unwise|a\s+mistake|an\s+error|a\s+myth)\s+"
    r"(?:to|that)\b|What\s+(?:many\s+|most\s+|some\s+)?[\w-]+\s+(?:forget|forgets|miss|misses|overlook"
    r"|overlooks|ignore|ignores|fail\s+to\s+see)\s+is\b|There(?:'s|’s|\s+is|\s+was|\s+can\s+be)\s+(?:no|little)\s+(?:denying|doubt|question)\b"
    r"(?!\s+(?:mark|among|in\s+the\s+minds?)\b)|It(?:'s|’s|\s+is|\s+was)\s+hard\s+to\s+(?:believe|imagine|overstate)\b)",
    re.IGNORECASE,
)


def writer_speaks(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence in the writer's first person ("I have complained to the council
    twice."), outside quote marks: in a brief it has no one to be, and reads as the brief's own voice."""
    span = analysed.span_of(sentence)
    return any(
        t.lower_ in _FIRST_PERSON
        and t.pos_ == "PRON"
        and not quoted_at(analysed.text, t.idx)
        and not _in_a_title(t, span.start, span.end)
        for t in span or ()
    )


def _in_a_title(token: Token, start: int, end: int) -> bool:
    """Whether a first-person word is part of a title set in capitals: "ITV's I'm A Celebrity...
    Get Me Out Of Here" (review 91) names a show. A small word in capitals beside it says so,
    unless it is the sentence's first or follows a colon, a bracket or a quote mark: the
    writer's "(We have asked…)", "UPDATE: We…", "I Googled…" and "I think Jason Gardener…"
    stay the writer's."""
    doc = token.doc
    if token.i == start or doc[token.i - 1].text in (":", "(", "“", '"', "‘", "'"):
        return False
    words = [t for t in doc[max(start + 1, token.i - 2) : min(end, token.i + 4)] if t.is_alpha and t != token]
    # a small word in capitals ("A", "Out", "Of"), not a name's ("I think Jason Gardener…")
    return token.text[:1].isupper() and any(t.text[:1].isupper() and t.is_stop for t in words)


_FINDING_LEMMAS = frozenset("find show reveal conclude".split())
_SECOND_PERSON = frozenset("you your yours yourself yourselves".split())


def writer_addresses(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence that speaks to the reader ("For every $10,000 you borrow, you turn
    over…", "You'll have forgotten it all tomorrow"), outside quote marks and reporting no
    one's words: a column's example or a review's aside, whose frame ("Under the Bush plan")
    is in another sentence. A title's capital ("If You Tolerate This") is no address."""
    span = analysed.span_of(sentence)
    found = REPORTING_LEMMAS | HEDGE_LEMMAS | _FINDING_LEMMAS
    if span is None:
        return False
    for token in span:
        # "A study has found it may make your brain larger" reports; "You can also suggest
        # that your man…" is the writer's advice
        you = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SECOND_PERSON for c in token.children)
        if token.lemma_.lower() in found and not you:
            return False
    return any(
        t.lower_ in _SECOND_PERSON
        and t.pos_ == "PRON"
        and (t.i == span.start or t.text.islower())
        and not quoted_at(analysed.text, t.idx)
        for t in span
    )


def conditional_address(span: Span) -> bool:
    """A condition put to the reader: "If you think of Snake…, then you could be in for…"."""
    return any(
        t.lower_ == "you"
        and t.dep_ == "nsubj"
        and any(c.dep_ == "mark" and c.lower_ == "if" for c in t.head.children)
        for t in span
    )


def writer_judges(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence that passes judgement in the writer's own words ("It's pretty
    cringe-worthy stuff that seems difficult to defend."): a word of :data:`_JUDGEMENT`, in
    lower case and outside quote marks, or a verdict the writer argues for (:data:`_VERDICT`:
    "It is wrong to…", "What many observers forget is…") outside quote marks, in a sentence
    that reports no one's words."""
    span = analysed.span_of(sentence)
    verdict = _VERDICT.match(sentence.text)
    after = sentence.start + (verdict.end() if verdict else 0)  # the verdict's own "believe" reports no one
    if span is None or any(t.lemma_.lower() in REPORTING_LEMMAS and t.idx >= after for t in span):
        return False  # "…called the charge pathetic, a spokesman said": someone's judgement
    word = re.search(r"\w", sentence.text)  # a quote's opening mark is not inside it
    if verdict and not quoted_at(analysed.text, sentence.start + (word.start() if word else 0)):
        return True
    tokens = list(span)
    for n, token in enumerate(tokens):
        word = token.text
        if n + 2 < len(tokens) and tokens[n + 1].text == "-" and not token.whitespace_:
            word = word + "-" + tokens[n + 2].text  # "cringe-worthy" is three tokens
        if word in _JUDGEMENT and not quoted_at(analysed.text, token.idx):
            return True
    return False


# Words a headline cannot open on: they point back at a sentence the headline does not have.
_POINTERS = frozenset(
    "he she his her him they them their it its this that these those you your others "
    # connectives that carry on from a sentence before: "Meanwhile others say they protect skin"
    "meanwhile however moreover furthermore nevertheless nonetheless instead besides likewise "
    "similarly still also thus therefore hence".split()
)


def points_back(headline: str) -> bool:
    """True when ``headline`` opens on a pronoun or demonstrative ("He tells…", "This is…"),
    after its source label if it has one ("Times: They now exploring…"), or addresses the
    reader ("You would be forgiven…"), or names a thing by "this", "these" or "those" ("…
    descends on this struggling seaside town"), which only the sentences before it name. A lead opening so is a feature's soft lede ("It's not
    intended to be a safety video", "They are a stunning visualisation…"): the news is later."""
    label = re.match(r"[^:“\"‘']{1,40}:\s+", headline)
    words = re.findall(r"\w+", headline[label.end() if label else 0 :].lstrip("“\"‘'"))[
        :2
    ]  # "That’s" → "That"
    word = words[0].lower() if words else ""
    if word == "this" and len(words) > 1 and re.sub(r"['’]s$", "", words[1].lower()) in TIME_NOUNS:
        return False  # "This week's vote": the time of the story, not a pointer
    if word == "those" and _DESCRIBED.match(headline[label.end() if label else 0 :].lstrip("“\"‘'")):
        return False  # "Those traveling on Interstate 15…", "Those who…": whom the phrase describes
    if word in _POINTERS:
        return True
    if word == "so" and (len(words) < 2 or words[1].lower() not in _SO_PHRASES):
        return True  # "So beacons and arrows placed to help pilots": it follows from what came before
    # "descends on this struggling seaside town": a thing the sentences before named
    for match in _DEMONSTRATIVE.finditer(QUOTED.sub(" ", headline)):
        if re.sub(r"['’]s$", "", match.group(1).lower()) not in TIME_NOUNS:
            return True
    if _THAT_SUBJECT.search(QUOTED.sub(" ", headline)):
        return True  # "Chapman says too often, that’s not happening": what is not, the article said before
    if _TWO_THEN_ONE.match(QUOTED.sub(" ", headline)):
        return True  # "Joshua Burns and Brenda Burns say he is innocent" (review 90): which of them?
    # "Apart from this, however, festival continues…": "this" stands for what came before
    return bool(_BARE_DEMONSTRATIVE.search(QUOTED.sub(" ", headline)))


# Two people named as the subject, then one of them as "he" or "she": which one, only the
# sentences before say.
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"
_TWO_THEN_ONE = re.compile(
    rf"^{_NAME},?\s+and\s+(?:[a-z]+,?\s+){{0,2}}{_NAME},?\s+(?:say|claim|insist|believe|think|fear|deny)\s+"
    r"(?:that\s+)?(?:he|she)\b"
)


# Phrases "So" opens that do not carry on from a sentence before: "So far, 20 people died".
_SO_PHRASES = frozenset("far much many few long called".split())
# What follows a "those" that describes rather than points back: "those [who|on|traveling]…"
_PLACING = r"(?:on|in|at|of|with|from|for|to|near|along|through|outside|inside)\b"
_DESCRIBED = re.compile(rf"(?i)those\s+(?:who\b|{_PLACING}|\w+ing\s+{_PLACING})")
# "this", "these" or "those" before a word, inside the headline
_DEMONSTRATIVE = re.compile(
    r"(?<=\s)(?:this|these|those(?!\s+(?:who|on|in|at|of|with|from|for)\b))\s+([\w’'-]+)", re.IGNORECASE
)


# "that" as the subject of a claim, after a comma or a reporting verb: "…says too often, that’s not
# happening" (not "said that the plan…", "the plan that is…", "cut costs, that is, reduce staff",
# nor a relative "that" after a comma: "drug, that is expected to…").
_THAT_SUBJECT = re.compile(
    r"(?i)\bsays?\s+that(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t)\b)|,\s*that['’]s"
    r"|,\s*that\s+(?:is|was|isn['’]t|wasn['’]t)\b(?!\s*,)(?!\s+(?:expected|due|set|likely|thought|said|believed|to)\b)"
)
# "this", "these" or "those" standing alone at the end of an opening phrase: "Apart from this, …"
_BARE_DEMONSTRATIVE = re.compile(r"(?i)^\W*(?:[\w’'-]+\s+){1,3}(?:this|these|those)\s*,")


# The writer's own first person, outside quote marks (case matters: "US" is a country).
_FIRST_PERSON_HEADLINE = re.compile(r"(?<![.\w])(?:I(?!\.)|[Mm]y|me|[Ww]e|[Oo]ur|us)\b")  # not "R.I."
QUOTED = re.compile(r"[“\"‘«][^”\"’»]*[”\"’»]")


def headline_in_first_person(headline: str) -> bool:
    """True when ``headline`` says "I", "my", "we" or "our" in its own voice, not in a quote."""
    return bool(_FIRST_PERSON_HEADLINE.search(QUOTED.sub(" ", headline)))


# A sentence that gives the source of the claim before it: "That is according to an expert
# panel which gathered at…" (review 111), "So says the charity's report", "That was the
# conclusion of a survey by…".
_SOURCE_AFTER = re.compile(
    r"^\W*(?:(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:(?:all\s+)?according\s+to|the\s+(?:view|verdict|conclusion|"
    r"finding|claim|warning|prediction|message|forecast|assessment)\s+of)|So\s+(?:says|said|say)\b"
    r"|(?:Those|These)\s+(?:are|were)\s+the\s+(?:findings|conclusions|claims|views|predictions)\s+of)\b",
    re.IGNORECASE,
)

# A sentence that corrects the one before: "No, two…", "Or rather, three", "Scratch that."
_TAKEN_BACK = re.compile(
    r"^\W*(?:No(?:pe)?(?:\s*[,!…—–]|\s+-\s|\.(?!\s*\d))"  # not "No. 2 seed…", "No. 10 said"
    r"|(?:Or|Well),?\s+(?:rather\b|no(?=\s*[,.!]))|Scratch\s+that\b)"  # not "Well, no one expected…"
)


def qualified_after(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a claim whose source only the next sentence gives ("…the way people watch TV
    will be radically different in five years' time." then "That is according to an expert
    panel…", review 111), or that the next sentence takes back ("The minimum is … 'One!' says
    the proprietor." then "'No, two…'", run 218), and a correction of the sentence before it:
    alone, as a bullet or a headline, the claim reads as fact, and the correction as nothing."""
    if _TAKEN_BACK.match(sentence.text):
        return True  # "No, it was the unscripted instant…" corrects what the sentence before said
    following = next((s for s in analysed.sentences[sentence.index + 1 :] if not s.boilerplate), None)
    return following is not None and (
        _SOURCE_AFTER.match(following.text) is not None or _TAKEN_BACK.match(following.text) is not None
    )

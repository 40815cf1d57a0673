"""The words a headline goes without by its style: articles, possessive pronouns and a
sentence adverb before the verb ("ends [his] feud", "[the] Bank [has] [now] banned"), except
where a name, a rate or a clause needs them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import NEGATIONS
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
# Nouns whose possessive a headline keeps: "by side", "back to best", "for part" are garbled.
_OWN = frozenset("side best sleep way behalf own hands feet knees part".split())
# Nouns of a count whose verb agrees with the plural after "of": "a variety of", "a number of".
_COLLECTIVES = frozenset(
    "variety number lot host couple handful bunch range series slew raft plethora".split()
)
_KINDS = frozenset({"kind", "sort", "type"})
_PER = frozenset("year month week day hour night season game head person".split())
# Names whose "The" is part of the name, as opposed to "the Bank of England".
_THE_NAMES = frozenset({"hague", "gambia"})
_THE_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "DATE"})


# Words a share of a group opens on: "all of these claims", "some of those voters".
_SHARE_WORDS = frozenset("all some many most each both none one any several few half".split())


# What a time a headline keeps opens on: "Every year", "Each spring" ("This year", "Next
# week" go before the article is weighed).
_KEPT_TIMES = frozenset("every each".split())


def _is_amount(token: Token) -> bool:
    """'$70', '1,000 units': what a rate's 'a' follows."""
    numbered = any(c.dep_ == "nummod" for c in token.children)
    return token.like_num or numbered or token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL")


def _leading_the(token: Token) -> bool:
    """'the' opening an institution's or place's name ('the Bank of England', 'the US')."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "the"
        and token.ent_iob_ == "B"
        and token.ent_type_ in _THE_LABELS
        and nxt is not None
        and nxt.ent_iob_ == "I"
        and nxt.lower_ not in _THE_NAMES
    )


def _opens_a_quote(mark: Token) -> bool:
    """A quote mark that opens a quote: a curly opener, or a straight one after a space and glued
    to the word after it (not the one closing '"directing" a $2.7bn fraud')."""
    if mark.text in ("‘", "“"):
        return True
    after_space = mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_)
    return mark.text in ("'", '"') and after_space and not mark.whitespace_


def style_words(span: Span, keep: set[int]) -> set[int]:
    """Words headlines go without, outside names and quotes: 'a', 'an', 'the', possessive
    pronouns ('ends his feud' → 'ends feud'; not 'by his side') and a sentence adverb
    right before the verb ('now', 'also', 'reportedly')."""
    quoted = inside_quotes(span)
    drop = set()
    for t in span:
        if t.ent_type_ and not _leading_the(t):
            continue  # inside a name: "The Hague", "The Aviator"
        article = t.dep_ == "det" and t.lower_ in ("a", "an", "the") and t.i + 1 < span.end
        # a quote's first word, whatever marks it: "said: '[The] ethnic makeup…'" (run 220)
        article = article and not (t.i > span.start and _opens_a_quote(t.nbor(-1)))
        article = article and t.nbor(1).lower_ not in (
            "rest",
            "same",
        )  # "different from the rest", "about the same"
        subject = t.head.dep_ in ("nsubj", "nsubjpass")  # "to start with series of races" reads whole
        if t.lower_ in ("a", "an") and subject and t.i + 2 < span.end and t.nbor(1).lower_ in _COLLECTIVES:
            # "A variety of frustrations were on display": the count agrees with its plural,
            # which "Variety of frustrations were…" no longer reads as doing (reviews 55-62)
            article = article and t.nbor(2).lower_ != "of"
        if (
            t.lower_ in ("a", "an")
            and t.i + 2 < span.end
            and t.nbor(1).lower_ in _KINDS
            and t.nbor(2).lower_ == "of"
        ):
            article = False  # "became [a] kind of weather vane" reads garbled without it (review 82)
        if t.lower_ in ("a", "an") and t.i > span.start and _is_amount(t.nbor(-1)):
            article = False  # a rate: "$70 a barrel", "£150,000 a year"
        if t.lower_ in ("a", "an") and t.head.dep_ == "npadvmod" and t.head.lower_ in _PER:
            article = False  # and one after a noun: "three days paid leave a year", "twice a week"
        day = t.nbor(-1) if t.i > span.start else None
        after_verb = day is not None and day.dep_ in ("npadvmod", "dobj") and day.head.i < day.i != t.head.i
        before_verb = day is not None and day.dep_ == "npadvmod" and day.i < day.head.i and day.i != t.head.i
        # (only a time a headline keeps: "Yesterday [the] father concedes" loses its "yesterday",
        # and "Last week [the] council votes" its "last week")
        before_verb = before_verb and any(c.lower_ in _KEPT_TIMES for c in day.children)
        if (after_verb or before_verb) and day.ent_type_ in ("DATE", "TIME"):
            # "set to hand down Friday [a] sentence" would read "Friday sentence", and "Every
            # year [a] trend comes around" "year trend"
            article = False
        if t.lower_ in ("a", "an") and t.i > span.start + 1 and t.nbor(-1).lower_ == "of":
            # "one hell of a show", "a bit of a shock": the measure is "a"'s own, not "of"'s
            article = article and not any(c.lower_ in ("a", "an", "one") for c in t.nbor(-2).children)
        if t.lower_ == "the" and span.start + 1 < t.i < span.end - 1 and t.nbor(-1).lower_ == "of":
            article = article and not (t.nbor(-2).is_title and t.nbor(1).is_title)  # "Player of the Year"
            # "One of [the] reasons some zones end up with no ambulances…" (review 203) reads garbled
            share = t.head.dep_ == "pobj" and t.head.head == t.nbor(-1)  # not "half of the country's debts"
            article = article and not (share and t.nbor(-1).head.lower_ in _SHARE_WORDS)
        article = article and not _inside_title_case(span, t)
        possessive = t.dep_ == "poss" and t.lower_ in _POSSESSIVES and t.head.lower_ not in _OWN
        possessive = possessive and not (
            t.i + 1 < span.end and t.nbor(1).lower_ == "own"
        )  # "his own kidnapping"
        # not the subject's of a bare clause after a noun: "over allegation [his] office attempted…"
        possessive = possessive and not _bare_clause_subject(t.head)
        possessive = possessive and not _whose_is_the_point(t)
        adverb = t.dep_ == "advmod" and t.head == span.root and t.pos_ == "ADV" and t.i == t.head.i - 1
        adverb = adverb and t.lower_ not in NEGATIONS
        # "has since fallen" of any clause: the headline's tense takes "has", and "since falls" is no English
        adverb = adverb or (t.lower_ == "since" and t.dep_ == "advmod" and _perfect(t.head, t))
        # "poking fun at [those] tourist clichés" (review 91): a headline names the kind
        demonstrative = t.dep_ == "det" and t.lower_ in ("these", "those") and t.head.pos_ == "NOUN"
        demonstrative = demonstrative and t.head.dep_ in ("pobj", "dobj")
        share = t.head.head  # "all of [these] claims" would read "all of claims"
        demonstrative = demonstrative and not (share.lower_ == "of" and share.head.lower_ in _SHARE_WORDS)
        if article or possessive or adverb or demonstrative:
            drop.add(t.i)
        drop |= _link_aside(span, t)
    return drop - quoted


def _whose_is_the_point(possessive: Token) -> bool:
    """Whether ``possessive``, after "of", is what the phrase means: one of a person's own
    ("one of [his] signature proposals", "which of [her] enemies") or their life ("the time
    of [their] lives", review 144) reads garbled or means another thing without it."""
    noun = possessive.head
    of = noun.head if noun.dep_ == "pobj" else None
    if of is None or of.lower_ != "of":
        return False
    return noun.lemma_.lower() == "life" or of.head.lower_ in _SHARE_WORDS | {"which"}


def _perfect(verb: Token, since: Token) -> bool:
    """Whether ``verb`` is in the perfect with ``since`` right before it, or before its "been":
    "has since fallen", "has since been arrested"."""
    between = verb.doc[since.i + 1 : verb.i]
    if since.i > verb.i or any(t.lower_ != "been" for t in between):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "’s") for c in verb.children)


def _inside_title_case(span: Span, article: Token) -> bool:
    """Whether ``article`` sits inside a title the tagger did not take for a name: between two
    capitalised words mid-sentence ("We Are the World"), or before a capitalised adjective
    ("It's a Wonderful Life"). Without it the title is misquoted."""
    if article.i == span.start or article.i + 1 >= span.end or not article.nbor(1).is_title:
        return False  # "A Liberal Democrat candidate quits": a sentence opens capitalised
    after = article.nbor(1)
    before = article.nbor(-1) if article.i > span.start + 1 else None
    # a capitalised word that is no name of its own: not "told Reuters the Senate", "on Tuesday the…"
    titled = before is not None and before.is_title and before.is_alpha and not before.ent_type_
    return not after.ent_type_ and (titled or after.pos_ == "ADJ")


# Asides that only tie a statement to the one before it: "…Canada, for its part, downplays…".
_LINK_ADVERBS = frozenset(
    "however meanwhile though too instead nonetheless nevertheless therefore also".split()
)


def _link_aside(span: Span, token: Token) -> set[int]:
    """``token``'s aside with its two commas when it is ", however," or ", for its part,"
    inside the sentence: a headline stands alone, with nothing before it to be tied to."""
    part = token.lower_ == "for" and any(
        c.lower_ == "part" and any(p.dep_ == "poss" for p in c.children) for c in token.children
    )
    if not (part or (token.lower_ in _LINK_ADVERBS and token.dep_ == "advmod")):
        return set()
    words = sorted(t.i for t in token.subtree)
    first, last = words[0] - 1, words[-1] + 1
    doc = span.doc
    if first <= span.start or last >= span.end - 1 or doc[first].text != "," or doc[last].text != ",":
        return set()
    return {first, *words, last}


def place_regions(span: Span, keep: set[int]) -> set[int]:
    """The province, state or country after a town, with its commas: "An Abbotsford[, B.C.]
    couple", "in Saint-Hyacinthe[, Que.,] on Tuesday"; a headline names the town alone.
    Not in a list of places ("London, Paris and Berlin")."""
    doc = span.doc
    drop: set[int] = set()
    for comma in span:
        if comma.text != "," or comma.i not in keep or not span.start < comma.i < span.end - 1:
            continue
        town, region = doc[comma.i - 1], doc[comma.i + 1]
        if town.ent_type_ != "GPE" or region.ent_type_ != "GPE" or region.ent_iob_ != "B":
            continue
        end = region.i + 1
        while end < span.end and doc[end].ent_iob_ == "I":
            end += 1
        if end < span.end - 1 and doc[end].text == "." and not doc[end - 1].whitespace_:
            end += 1  # "Que" "." is one abbreviation
        words = set(range(region.i, end))
        after = doc[end] if end < span.end else None
        listed = any(doc[i].dep_ == "conj" for i in words) or town.dep_ == "conj"
        if after is not None and after.text == "," and end + 1 < span.end:
            listed = listed or doc[end + 1].ent_type_ == "GPE" or doc[end + 1].lower_ in ("and", "or")
            # the closing comma of the pair, unless it also closes an aside opened before the
            # town ("The company, based in Dover[, Del.], said")
            if sum(doc[i].text == "," for i in keep if span.start <= i < comma.i) % 2 == 0:
                words.add(end)
        listed = listed or (after is not None and after.lower_ in ("and", "or", "&"))
        if not listed and words <= keep:
            drop |= words | {comma.i}
    return drop


def _bare_clause_subject(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a clause after a noun with no "that" or "why" to
    open it ("allegation his office attempted…"): without its possessive it reads as a
    compound ("allegation office")."""
    clause = noun.head
    return (
        noun.dep_ == "nsubj"
        and clause.dep_ in ("relcl", "acl")
        and not any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB") for c in clause.children)
    )

"""The words :mod:`briefgen.condense.meaning` reads a cut by (verbs, nouns and prepositions
whose phrase completes what they say), and two tests of the words around a phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of an act whose phrase says what the act is on or for: "her past support [for the
# law]", "a substantial change [from Obama's policies]", "an investigation [into fraud]".
ARGUMENT_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split("/"))
    for noun, preps in (
        pair.split(":")
        for pair in """support:for/from/behind opposition:to commitment:to threat:to response:to access:to
        reference:to contribution:to change:from/to shift:from/to/away move:to/toward/towards
        demand:for call:for need:for ban:on tax:on attack:on limit:on cap:on crackdown:on
        focus:on impact:on effect:on influence:over/on control:over reversal:of rejection:of
        withdrawal:from exit:from departure:from return:to ties:to/with links:to/with talks:with
        relationship:with partnership:with alliance:with affair:with
        war:on/against case:against charges:against allegations:against fight:against
        campaign:against/for bid:for search:for responsibility:for blame:for credit:for
        approval:of/for criticism:of investigation:into inquiry:into probe:into
        verdict:on opinion:on/of views:on view:on advice:on/for ruling:on stance:on position:on
        appearance:at/in debut:for/at/in visit:to trip:to toll:from/of/in behalf:of
        contender:for frontrunner:for favourite:for/to favorite:for/to run:for/at dash:for/to/toward
        callousness:regarding/toward/towards/to/about/over contempt:for/toward/towards disdain:for
        hostility:toward/towards/to indifference:to/toward/towards disregard:for sympathy:for/with
        respect:for anger:at/over/about outrage:at/over/about fun:at/of siege:over fire:over
        pressure:over/to scrutiny:over backlash:over/against""".split()
    )
}
# Ordinals and superlatives whose phrase says over what: "the second time [in a decade]",
# "the biggest slide [in a month]", "the lowest level [since 2008]".
RANKING = frozenset("first second third fourth fifth last only".split())
SCOPE_PREPS = frozenset(
    "in since of on for among at after".split()
)  # "the most recent shift [after decades of…]"
# Prepositions whose phrase says which one a bare "the" noun is.
WHICH_PREPS = frozenset("of after before since following between from".split())
# What restricts a statement to part of what it is about, or says what an act lacks:
# "[Excluding the car sector,] sales were up 0.6%" is not "sales were up 0.6%", and "votes to
# end the shutdown [without money for the wall]" is not "votes to end the shutdown".
RESTRICTING = frozenset("excluding except barring discounting without".split())
# Prepositions the parser takes for what opens a clause: "before [their truce … ends]".
CLAUSE_PREPS = frozenset("before after until since once".split())
# Words that bound a denial in time: "won't decide [until Friday]" is not "won't decide".
UNTIL = frozenset("before until till unless".split())
# Light verbs whose first phrase says what happens: "go [on sale]", "come [under fire]",
# "put [on hold]", "remain [in critical condition]".
LIGHT_MOTION = frozenset("go come put take get fall run set remain stay".split())
# Verbs whose phrase says what they end in or lead to: "has ended [in tragedy]", "resulted
# [in two deaths]", "amounts [to $5,186]".
ENDING = {
    "end": ("in", "with"), "result": ("in",), "culminate": ("in",), "amount": ("to",),
    "lead": ("to",), "turn": ("into",), "consist": ("of",), "boil": ("down",),
    "transform": ("into",), "convert": ("into",),
}  # fmt: skip
# Prepositions whose phrase confines what a statement is about to a place, and the compass
# words that name one without the tagger's help: "widen access to social housing [in the
# North]" and "surfers [outside the US] can't visit the site" are not true everywhere.
PLACE_PREPS = frozenset("in across throughout outside inside within".split())
COMPASS = frozenset(
    "north south east west northern southern eastern western north-east north-west south-east "
    "south-west northeast northwest southeast southwest midlands".split()
)
# Verbs whose phrase says whom or what they act on: "is calling [on Hillary Clinton] to stop…"
# is not "is calling to stop…", nor "votes [against the bill]" "votes".
ACTING_ON = {
    "call": ("on", "for"), "rely": ("on",), "depend": ("on",), "insist": ("on",),
    "impose": ("on",), "vote": ("on", "for", "against"), "prey": ("on",), "pick": ("on",),
    "crack": ("down",), "clamp": ("down",), "side": ("with",), "turn": ("on", "against"),
}  # fmt: skip
# Verbs whose phrase after the object (or after the passive verb) says what they do to it:
# "accused him [of murder]", "was banned [from driving]", "reminded Sterling [about his
# responsibilities]"; without it the verb says something else, or nothing.
OBJECT_PREPS = {
    "remind": ("of", "about"), "warn": ("of", "about", "against"), "accuse": ("of",),
    "convict": ("of",), "suspect": ("of",), "inform": ("of", "about"), "rob": ("of",),
    "strip": ("of",), "deprive": ("of",), "clear": ("of",), "acquit": ("of",), "cure": ("of",),
    "ban": ("from",), "bar": ("from",), "prevent": ("from",), "stop": ("from",),
    "exclude": ("from",), "exempt": ("from",), "blame": ("on",), "sentence": ("to",),
    "compare": ("to", "with"), "transform": ("into",),
    "mistake": ("for",), "swap": ("for",), "exchange": ("for",), "confuse": ("with",),
    "link": ("to", "with"), "tie": ("to",), "connect": ("to", "with"), "replace": ("with", "by"),
    "order": ("to",), "force": ("into", "out"), "talk": ("into", "out"), "throw": ("behind",),
}  # fmt: skip
# Verbs of giving whose "to" phrase says who got it.
GIVING = frozenset("give donate pay award grant lend sell hand offer send transfer owe".split())
# Verbs whose "with" phrase says what their object got: "present AP McCoy [with the trophy]".
PROVIDING = frozenset("present provide supply furnish equip arm reward credit charge entrust".split())
# Verbs whose "as" phrase says what they take their object for: "painted [as an illegal
# detention]", "described the plan [as a failure]".
REGARDING = frozenset(
    "paint describe portray depict see view regard treat characterize characterise brand label "
    "consider cast dismiss hail classify count rank frame present identify recognize recognise "
    "know define denounce condemn criticize criticise reject accept welcome interpret".split()
)
# Verbs whose adjective says what they make of their object: "makes picture quality [four
# times better]", "left the town [empty]".
MAKING = frozenset("make keep leave render turn get".split())
# Nouns whose "that" clause says what they are: "the idea [that they could groom less]".
CONTENT_NOUNS = frozenset(
    "idea fact claim belief notion suggestion possibility view hope fear concern news report "
    "allegation evidence sign assumption assurance promise warning message argument assertion "
    "accusation rumour rumor charge suspicion speculation announcement decision statement confirmation".split()
)
# Nouns of change whose "in"/"of" phrase says what changed.
CHANGE_NOUNS = frozenset(
    "change changes increase rise drop decline fall cut loss gain growth reduction shift surge "
    "jump slump improvement deterioration".split()
)


def apart_from(token: Token) -> bool:
    """True for "apart from", "aside from" or "other than" opening a phrase."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    pair = (token.lower_, nxt.lower_ if nxt is not None else "")
    return pair in (("apart", "from"), ("aside", "from"), ("other", "than"))


def same_as(token: Token) -> bool:
    """True for a phrase that says what something is the same as, or over which span a figure
    is set against another's: "the same thing [as Justice Sotomayor calling herself…]", "made
    the same mistake [as last season]", "the $37 million raised by Clinton [during the same
    period]"; not a linking opener ("At the same time,", "By the same token,")."""
    head = token.head
    opened = token.lower_ == "as" or any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    # the parser may hang "as" on the noun, on the verb, or make the rest a clause
    compared = [head, *head.children]
    compared += [w for c in head.children if c.dep_ in _COMPARED_DEPS and c.i < token.i for w in c.subtree]
    if opened and any(w.lower_ == "same" for w in compared):
        return True
    objects = [c for c in token.children if c.dep_ == "pobj" and c.lower_ not in _LINKING_NOUNS]
    return any(c.lower_ == "same" for o in objects for c in o.children)


_COMPARED_DEPS = frozenset("dobj attr nsubj nsubjpass".split())
# "At the same time,", "By the same token,", "In the same vein,": they link, and may go.
_LINKING_NOUNS = frozenset("time token vein breath note".split())


def bare_definite(noun: Token) -> bool:
    """True for a "the" noun with nothing before it that says which ("the place", "the life"),
    so that what follows it does: "the place [marked with a 3]", "the life [of a man]". A
    number says how many, not which: "the 2,383 delegates [needed to win]"."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return not any(c.dep_ in ("compound", "amod", "poss") and c.i < noun.i for c in noun.children)


def _bare_plural(noun: Token) -> bool:
    """True for a plural noun with nothing before it ("people", "groups"), which says who only
    with the clause after it: "donations from people [who could not be located]"."""
    return noun.tag_ == "NNS" and not any(c.i < noun.i and c.dep_ != "punct" for c in noun.children)


_COUNTING_NOUNS = frozenset(
    "number proportion share percentage majority minority half third quarter rate total count".split()
)


def counted(noun: Token) -> bool:
    """Whether ``noun`` is what a count counts: "the number [of people]", "a third [of voters]"."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _COUNTING_NOUNS


def said_which_after(noun: Token, clause: Token) -> bool:
    """Whether only ``clause``, after ``noun``, says which: after a bare "the" noun, or what a
    count counts (:func:`bare_definite`, :func:`counted`), and as a relative clause after a
    bare plural ("people [who could not be located]", not "charges [that it failed to…]")."""
    relative = clause.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP", "WP$") for t in clause.subtree)
    # "handbrakes on all trains [stopped on mountain slopes]" (review 90): the clause bounds "all"
    universal = any(c.dep_ == "det" and c.lower_ in ("all", "every", "each", "any") for c in noun.children)
    return bare_definite(noun) or counted(noun) or (relative and _bare_plural(noun)) or universal


DENIALS = frozenset("deny dispute reject refute contest".split())
# A joined verb that says how an attack ended: "was shot in the abdomen [and later died]" is
# not "was shot".
OUTCOMES = frozenset("die kill survive".split())


def completes_be(noun: Token) -> bool:
    """Whether ``noun``, with no word before it saying which, completes a "be", as what the
    subject is or is with: "more than half of her meetings were with groups [that had donated]"
    asserts nothing without its clause ("are … multimedia devices [that…]" says something)."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    described = any(c.dep_ in ("amod", "compound", "nummod", "poss") and c.i < noun.i for c in noun.children)
    return noun.dep_ in ("attr", "pobj") and head.lemma_ == "be" and not described


def denies(child: Token) -> bool:
    """Whether ``child`` makes its verb a denial: "not", or a subject of "neither … nor"
    ("neither he nor Clinton would arrive with the delegates needed")."""
    neither = child.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "preconj" and c.lower_ == "neither" for c in child.children
    )
    return child.dep_ == "neg" or neither


def negation_covers(verb: Token, kept: set[int]) -> bool:
    """Whether a kept "not" covers ``verb``: on the verb or its auxiliary ("were[n't]
    prepared"), or on the verb whose "to" clause it heads ("weren't prepared for it to stay
    out [indefinitely]", "didn't want to leave [quickly]")."""
    for _ in range(3):
        words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        if any(c.dep_ == "neg" and c.i in kept for w in words for c in w.children):
            return True
        if verb.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return False
        verb = verb.head
    return False


def joining(conjunct: Token) -> set[int]:
    """The "and" or "but" that joins ``conjunct`` to the word before it."""
    return {c.i for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i}


def answer(conjunct: Token) -> set[int]:
    """The tokens that put back a joined verb answering the one before it, a denial ("a charge
    that she has faced [and has always denied]", with what it denies) or an outcome ("was shot
    [and later died]", without what the sentence then hangs on it); empty for any other word."""
    lemma = conjunct.lemma_.lower()
    if conjunct.dep_ != "conj" or lemma not in DENIALS | OUTCOMES:
        return set()
    if lemma in DENIALS:
        words = {t.i for t in conjunct.subtree}
    elif not joining(conjunct) or any(c.tag_ == "MD" for c in conjunct.children):
        return set()  # "suspended a candidate for suggesting they should be killed" (misparsed)
    else:
        words = {conjunct.i} | {
            c.i for c in conjunct.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")
        }
    return words | joining(conjunct)


def ranked_noun(noun: Token) -> bool:
    """Whether ``noun`` is ranked: "the biggest slide", "the second time", "the most recent shift"."""
    return any(
        c.tag_ in ("JJS", "RBS")
        or c.lower_ in RANKING
        or (c.dep_ == "amod" and "RBS" in {g.tag_ for g in c.subtree})  # "the most closely watched race"
        for c in noun.children
    )


def reports_figure(verb: Token) -> bool:
    """Whether ``verb`` reports a share as its object ("won [83%] of voters", "took 40 per cent
    of the vote"), which its place and time bound; a sum paid or owed is no share."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and _share(c) for c in verb.children)


def _share(noun: Token) -> bool:
    percent = noun.text == "%" or noun.lower_ in ("percent", "cent")
    return percent or (noun.like_num and any(c.lower_ == "of" for c in noun.children))


def bare_indefinite(noun: Token) -> bool:
    """True for an "a" noun with nothing before it that says what it is ("a scene"), so that
    a clause after it says it all: "…: a scene [in which the chief orders…]"."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    return not any(c.dep_ in ("compound", "amod", "poss", "nummod") and c.i < noun.i for c in noun.children)


def described_by_clause(noun: Token) -> bool:
    """True for a noun that says nothing until the clause after it does: a bare "a" noun in
    apposition ("…: a scene [in which the chief orders…]"), or a bare plural set off by a comma
    ("…was imminent, comments [that were echoed by aides]"), or a bare "a" noun that
    another noun is for or against ("his support for a bill [that protected the Minute Men]")."""
    if noun.dep_ in ("appos", "attr") and bare_indefinite(noun):
        return True
    stance = noun.dep_ == "pobj" and noun.head.lower_ in ("for", "against") and noun.head.head.pos_ == "NOUN"
    if stance and bare_indefinite(noun):
        return True
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    alone = not any(c.i < noun.i for c in noun.children)
    return noun.tag_ == "NNS" and before is not None and before.text == "," and alone


def confines_to_place(prep: Token) -> bool:
    """True for a phrase that says where a statement holds: "in Egypt", "outside the US", "in
    the North East" (a place the tagger knows, or a compass word)."""
    if prep.lower_ not in PLACE_PREPS:
        return False
    objects = (c for c in prep.children if c.dep_ == "pobj")
    return any(o.ent_type_ in ("GPE", "LOC") or o.lower_ in COMPASS for o in objects)


def in_setting(token: Token) -> bool:
    """Whether ``token`` is the main verb or lies in a phrase that sets its scene ("at
    auction", "after missing a series of tests"), not in its subject, its object or a clause
    ("if he opts to continue his career [in England]")."""
    if token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT"):
        return True
    for _ in range(12):
        if token.head.dep_ == "ROOT" or token.head == token:
            return token.dep_ in ("prep", "npadvmod", "agent")  # not a condition's clause
        token = token.head
    return False


# Verbs under which "a" noun means any at all: "refused to approve a home", "failed to find a
# weapon" (not "rejects a compromise offer", a particular one).
_DENYING = frozenset("refuse decline fail avoid prevent ban forbid stop block lack".split())
# Words that make "a" noun the one of a kind: "a single home", "the only…", "the first…".
_SINGLING = frozenset("single only sole first last".split())


def one_that_exists(noun: Token) -> bool:
    """True for an "a"/"an" noun stated to exist, so that what holds of it with a phrase holds
    of one without ("told a gathering [in Washington]", "a couple [that has waited…] learns"):
    not in a denial up its clauses ("did not find a weapon [that matched]", "refused to
    approve a home [in Rivertown]"), nor singled out or ranked ("a single home", "the first
    woman to chair a council [that runs a port]")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    for token in (noun, *noun.ancestors):
        if token.lemma_.lower() in _DENYING or token.lower_ in ("without", "no"):
            return False
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in _SINGLING or child.tag_ in ("JJS", "RBS"):
                return False
    return True


# Adverbs that change what their head says: "was last seen" is not "was seen", "nearly died"
# is not "died", "was once a star" is not "was a star", and without its "reportedly" or
# "allegedly" a claim reads as fact.
MEANING_ADVERBS = frozenset(
    "last never reportedly allegedly purportedly supposedly nearly almost barely hardly scarcely "
    "narrowly once previously formerly initially originally traditionally historically typically "
    # where or in whose eyes: "[Globally,] the number sold will reach 159 million" after a
    # figure for Europe reads as Europe's (review 133)
    "overall globally worldwide nationally nationwide internationally domestically locally "
    "regionally elsewhere abroad overseas privately unofficially ideally "
    "hopefully theoretically technically "
    # a hedge: "[apparently] slept through", "thief [likely] stole"
    "apparently seemingly possibly probably likely perhaps maybe presumably "
    # how often: "Pelosi [often] quotes Lincoln" is a habit, not an event
    "often usually sometimes rarely seldom always frequently occasionally regularly repeatedly "
    "routinely typically normally generally "
    # how far or how: "[fatally] shot", "[racially] abused", "[partly] destroyed"
    "fatally critically seriously severely badly slightly mildly partly partially largely mostly "
    "racially sexually verbally physically emotionally financially temporarily permanently forever "
    "wrongly falsely illegally unlawfully accidentally deliberately intentionally mistakenly "
    "secretly".split()
)
# Prepositions of a likeness, not a time: "[Like some drill sergeant from the past,] Metal Slug 3 is…".
LIKENING = frozenset("like unlike as than".split())


_USUAL = frozenset("used usually normally typically traditionally ordinarily generally".split())


def says_usual(token: Token) -> bool:
    """'usually', 'normally'…, and the 'used' of 'are used to', not the verb ('used a rifle')."""
    if token.lower_ != "used":
        return token.lower_ in _USUAL
    passive = any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in token.children)
    return (
        passive
        and any(c.lower_ == "to" for c in token.children)
        and not any(c.dep_ == "dobj" for c in token.children)
    )


def norm_modal(verb: Token, modals: tuple[str, ...] = ("should", "must", "ought")) -> bool:
    """True for a verb a modal of what ought to be helps: "should arrive", "must play"."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def required_object(noun: Token) -> bool:
    """True for "a" something a norm requires ("players … must play a tournament [where they
    haven't been in four years]", review 73): what the clause after it says is the requirement."""
    norm = norm_modal(noun.head, ("must", "should"))
    return (
        noun.dep_ == "dobj"
        and norm
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


# Words of certainty that a hedge of their own qualifies: "will [almost certainly] be decided".
_CERTAINTY = frozenset("certainly definitely surely".split())


def hedged_certainty(token: Token) -> bool:
    """Whether ``token`` is "certainly" or the like with a hedge of its own ("almost
    certainly", review 133): cut, the hedge goes with it and the claim reads as sure."""
    return token.lower_ in _CERTAINTY and any(c.lower_ in MEANING_ADVERBS for c in token.children)

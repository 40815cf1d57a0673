"""Cuts that keep every word's meaning but change what the kept words say together.

:mod:`briefgen.condense.faithful` checks that a cut reads whole and keeps its sources; the
checks here catch a cut word whose absence turns the rest into another statement:

- a condition: "made it legal [— provided they are already near death]", "[had he been
  surging towards the posts]" (in :mod:`briefgen.condense.conditions`);
- an adverb that changes its verb: "was [last] seen", "[allegedly] took", "will [no longer] be able";
- what a subject is combined with: "The absence of X[, coupled with the absence of Y,] means…";
- where someone is, when "be" says it: "was [back in the United States] for a hearing";
- whom something went to: "gave $50,000 [to Eric's charity]";
- whom a verb acts on: "is calling [on Hillary Clinton] to stop…";
- what a light verb leads to: "will go [on sale] again", "remain [in critical condition]";
- a time that puts the event ahead: "goes on sale [in the next few weeks]", "opens [on Friday]";
- where someone found themselves: "found herself [in the news]";
- what an idea is: "delighted in the idea [that they could groom less]";
- what a denial is of: "votes to end the shutdown without money [for the border wall]", "no
  evidence [of fraud at the polls]": without it the denial covers more;
- what changed: "any changes [in their annual earnings]";
- which one a bare "the" noun is: "spare the life [of a B.C. man]", "the place [marked 3]";
- what an act is on or for: "her past support [for the law]", "a change [from his policies]";
- what a rank is over: "for the second time [in a decade]", "the biggest slide [in a month]";
- what restricts a statement: "[Excluding the car sector,] sales were up 0.6%";
- where a statement holds: "widen access to social housing [in the North]";
- what a verb makes of its object: "makes TV picture quality [four times better]";
- what a comparison is with: "more personal [than political]";
- what qualifies a number: "rose to [at least] 280";
- a degree or manner word of a negated verb: "wouldn't have moved [any quicker]", "weren't
  prepared for it to stay out [indefinitely]";
- the time a denial holds until: "doesn't plan to meet Xi [before their truce ends]", and
  what bounds a denial: "won't be doled out [next week]", "has not competed [since 2000]";
- an amount a verb states: "clocked [44.93 seconds]";
- all that a bare "a" noun said: "…: a scene [in which the chief orders his team to wait]";
- what a concession gives way to: "may be small[, but scientists are hoping to…]" (this, "not
  only" and the comparisons in :mod:`briefgen.condense.contrasts`);
- a main verb's whole subject; what a predicate adjective is about ("inactive [in the effort]");
  the "when" a past scene was set for ("was on a train platform[, when he got the news…]");
  what a past "have" had done ("has had a bucket of slurry [thrown over him]");
- what someone was presented with: "present AP McCoy [with the trophy]";
- what "not only X" leads to: "is not only convenient[ – it could also add…]";
- what something is taken as: "painted by the Chinese [as an illegal detention]";
- and, in :mod:`briefgen.condense.misparse`, misparses whose cut leaves a word that belonged
  to it: a verb with no words of its own cut from right before kept ones ("closed at 24,997
  points[, topping] the previous record"), and a name cut from right before the noun it
  qualifies ("700 [in Nashua Community College] gym"), and a name the parser made a second
  subject ("video of himself [learning poker from the ‘King of Instagram’] Dan Blizerian").

Each is checked on every cut, bullet or headline; the engine keeps the whole sentence when
one fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import REPORTING_LEMMAS
from .arguments import argument_cuts
from .conditions import cut_conditions
from .contrasts import comparison_cuts, concession_cuts, correlative_cuts
from .meaning_words import (
    ACTING_ON,
    ARGUMENT_NOUNS,
    CHANGE_NOUNS,
    CONTENT_NOUNS,
    ENDING,
    GIVING,
    LIGHT_MOTION,
    LIKENING,
    MAKING,
    MEANING_ADVERBS,
    OBJECT_PREPS,
    PROVIDING,
    REGARDING,
    RESTRICTING,
    SCOPE_PREPS,
    UNTIL,
    WHICH_PREPS,
    answer,
    apart_from,
    bare_definite,
    completes_be,
    confines_to_place,
    denies,
    described_by_clause,
    hedged_certainty,
    in_setting,
    negation_covers,
    norm_modal,
    one_that_exists,
    ranked_noun,
    reports_figure,
    required_object,
    said_which_after,
    same_as,
)
from .misparse import core_phrase, misparse_cuts, phrase
from .parse import bracketed_tokens, says_when, sets_in_the_future, sets_in_the_past

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Adverbs that a negation turns around: "[no longer] able", "[not yet] decided" ("[no matter]
# what happens" only insists).
_NEGATED_ADVERBS = frozenset("longer more yet further".split())
# Adverbs that are the predicate of "be": "was back in the US" is not "was in the US".
_WHERE_ADVERBS = frozenset(
    "back away home abroad out off gone over behind ahead together apart alone still again".split()
)
# Auxiliaries of the future: "won't", "will not", "would not", "shall not".
_FUTURE_AUX = frozenset("wo will would shall 'll ’ll".split())
# Phrases that never bound a denial: examples and concessions.
_NOT_BOUNDING = frozenset("like including such as despite".split())


def changed_meaning(sentence: Span, kept: set[int]) -> str | None:
    """Why keeping the tokens ``kept`` (document indices) of ``sentence`` says something the
    sentence does not, by one of the cuts in this module's docstring, or None."""
    return next((why for why, _ in _meaning_cuts(sentence, kept)), None)


def meaning_restored(sentence: Span, kept: set[int]) -> set[int]:
    """``kept`` with every phrase whose cut :func:`changed_meaning` refuses put back: "was
    [back] for a court hearing" keeps its "back", so a cut need not be given up whole."""
    kept = set(kept)
    doc = sentence.doc
    bracketed = bracketed_tokens(sentence)  # an aside the cut took stays out, or half of it comes back
    for _ in range(4):  # a phrase put back can hold another refused cut; a few rounds settle it
        restore = set()
        for _, cut in _meaning_cuts(sentence, kept):
            if not cut:
                continue  # nothing to put back: the cut can only be refused
            restore |= cut
            # the comma that set the phrase off comes back with it ("on Friday[, topping] the…",
            # "[Excluding the car sector,] sales were up")
            before, after = min(cut) - 1, max(cut) + 1
            if before > sentence.start and doc[before].text == "," and before - 1 in kept:
                restore.add(before)
            if (
                before < sentence.start + 1
                and after < sentence.end
                and doc[after].text == ","
                and after + 1 in kept
            ):
                restore.add(after)
        restore -= bracketed - kept
        if not restore - kept:
            break
        kept |= restore
    return kept


def _meaning_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """Each refused cut: why, and the tokens that would put it back."""
    yield from cut_conditions(sentence, kept)
    yield from _cut_dependents(sentence, kept)


def _cut_dependents(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    doc = sentence.doc
    yield from misparse_cuts(sentence, kept)
    yield from argument_cuts(sentence, kept)
    yield from concession_cuts(sentence, kept)
    yield from correlative_cuts(sentence, kept)
    yield from comparison_cuts(sentence, kept)
    yield from _cut_announced(sentence, kept)
    for token in sentence:
        head = token.head
        if token.i in kept or head.i not in kept or head.i == token.i:
            continue
        gone = not any(t.i in kept for t in token.subtree)  # the whole phrase went
        once = token.lower_ == "again" and any(c.lower_ == "once" and c.i in kept for c in token.children)
        if (token.dep_ == "advmod" and (token.lower_ in MEANING_ADVERBS or hedged_certainty(token))) or once:
            yield f"cut {token.text!r} of {head.text!r}", phrase(token)  # "once [again]" is "formerly"
            continue
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and gone
            and head.dep_ == "ROOT"
            and _whole_subject_cut(token, kept, sentence.start)
        ):
            yield f"cut the subject {token.text!r} of {head.text!r}", phrase(token)  # "[Topshop] is set to…"
            continue
        if token.dep_ == "advcl" and gone and token.i > head.i and _interrupts(sentence.root, token):
            # "He was on a train platform…[, when he got the news that 20 schoolchildren had been
            # murdered]" (review 54): the scene is set for the event the "when" brings
            yield f"cut {token.text!r}…, what happened while {sentence.root.text!r}", phrase(token)
            continue
        if token.dep_ == "acl" and token.tag_ == "VBN" and gone and _had_done(sentence.root, token):
            # "has had a bucket of farm slurry [thrown over him]": what was done, not what he has
            yield f"cut {token.text!r}…, what {sentence.root.text!r} had done", phrase(token)
            continue
        if token.dep_ in ("acl", "advcl") and token.lower_ in ("coupled", "combined") and gone:
            # "The absence of the 2012 nominee[, coupled with the absence of John McCain,] means
            # the two most recent nominees will not attend" (review 53): the claim is the pair's
            yield f"cut {token.text!r}…, half of what {head.text!r} is said of", phrase(token)
            continue
        answered = answer(token) if gone else set()
        if answered:  # "a charge that she has faced [and has always denied]", "shot [and later died]"
            yield f"cut {token.text!r}, which answers {head.text!r}", answered
            continue
        dated = token.dep_ == "npadvmod" and token.ent_type_ == "DATE"
        if dated and reports_figure(head) and gone:
            yield f"cut {token.text!r}…, the time the figure {head.text!r} counts in", phrase(token)
            continue
        if token.dep_ in ("advmod", "quantmod") and head.like_num and token.is_alpha:  # "[at least] 280"
            yield f"cut {token.text!r}, which qualifies the number {head.text!r}", phrase(token)
            continue
        negated_head = negation_covers(head, kept)
        degree = token.i > head.i or token.i == head.i - 1  # "moved [any quicker]", "[fully] approve"
        if (
            negated_head
            and degree
            and token.dep_ in ("advmod", "acomp", "npadvmod")
            and token.pos_ in ("ADV", "ADJ")
        ):
            # "wouldn't have moved [any quicker]": a negation covers what it is left with
            yield f"cut {token.text!r} of the negated {head.text!r}", phrase(token)
            continue
        # "doesn't plan to meet Xi [before the truce ends]": without its time a denial is total
        denying = head.head if head.dep_ == "xcomp" else head
        until = token.lower_ in UNTIL or any(c.dep_ == "mark" and c.lower_ in UNTIL for c in token.children)
        if (
            token.dep_ in ("prep", "advcl")
            and until
            and token.i > head.i
            and any(c.dep_ == "neg" and c.i in kept for c in denying.children)
        ):
            yield f"cut {token.text!r}…, the time the negated {head.text!r} holds until", phrase(token)
            continue
        # "won't be doled out [next week]", "has not competed indoors [since 2000]": what bounds
        # a denial goes with it, or the denial is total
        denier = _denied_verb(head)  # "won't be holding a vote on whether to endorse [at…]"
        denial = denier is not None and any(denies(c) and c.i in kept for c in denier.children)
        future = denial and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in denier.children)
        # "won't tolerate attacks [such as last Friday's]": an example bounds nothing, nor a concession,
        # nor the day a past denial was made ("did not comment [on Monday]"; "[in 1992]" bounds it)
        day = token.lower_ == "on" or token.dep_ == "npadvmod"
        day = day and any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)
        example = token.lower_ in _NOT_BOUNDING or doc[token.i - 1].lower_ == "such" or (day and not future)
        if denial and token.dep_ in ("prep", "npadvmod") and token.i > head.i and gone and not example:
            yield f"cut {token.text!r}…, which bounds what the negated {head.text!r} denies", phrase(token)
            continue
        amount = token.dep_ == "npadvmod" and any(c.dep_ == "nummod" for c in token.children)
        if amount and gone and head.pos_ == "VERB" and token.left_edge.i == head.i + 1:
            yield f"cut the amount {token.text!r} of {head.text!r}", phrase(token)  # "clocked [44.93 s]"
            continue
        negated = token.lower_ in _NEGATED_ADVERBS and any(c.dep_ == "neg" for c in token.children)
        if token.dep_ == "advmod" and negated:
            yield f"cut the negated {token.text!r} of {head.text!r}", phrase(token)  # "[no longer] able"
            continue
        if token.dep_ == "advmod" and token.lower_ in _WHERE_ADVERBS and head.lemma_ == "be":
            yield f"cut {token.text!r}, where {head.text!r} says someone is", phrase(token)
            continue
        # the modifier of a denied noun, or the phrase right after it (the parser often hangs
        # "for the border wall" of "without money for the border wall" on the verb)
        denied = head if _denied(head) else _denied_before(token)
        modifier = token.dep_ in ("prep", "acl", "relcl") and gone
        if denied is not None and denied.i in kept and modifier:
            yield f"cut {token.text!r}… of {denied.text!r}, which a denial then covers whole", phrase(token)
            continue
        content = (
            head.pos_ == "NOUN" and head.lemma_.lower() in CONTENT_NOUNS and token.dep_ in ("acl", "ccomp")
        )
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        if content and that and gone:
            yield f"cut what the {head.text!r} is", phrase(token)  # "the idea [that they could…]"
            continue
        result = token.pos_ == "ADJ" and token.dep_ in ("advmod", "acomp", "oprd", "ccomp", "xcomp")
        made = head.lemma_.lower() in MAKING and any(c.dep_ == "dobj" and c.i in kept for c in head.children)
        if result and made and gone:
            yield f"cut {token.text!r}, what {head.text!r} makes of its object", phrase(token)
            continue
        # (a phrase of the verb's own, not a clause's: "admitted taking his daughter to a rally
        # [last year]" dates the taking, which "admits taking" leaves undated)
        # and only a frame set before the subject: "raised $33m [during the last three months of
        # 2015]" or "sang [after being haunted by the 2003 shooting]" is the news's own time
        subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        timed = token.dep_ in ("prep", "npadvmod", "advmod") and head.pos_ in ("VERB", "AUX")
        timed = timed and head.tag_ not in ("VBG", "VB") and not any(t.pos_ == "VERB" for t in token.subtree)
        timed = timed and bool(subjects) and token.i < min(subjects) and token.lower_ not in LIKENING
        if timed and gone and sets_in_the_past(token.subtree):
            # "[Before the 2001 election,] plans for a debate collapsed" reads as this week's news
            yield f"cut {token.text!r}…, which sets {head.text!r} in the past", phrase(token)
            continue
        future = token.dep_ in ("prep", "npadvmod", "advmod") and head.pos_ in ("VERB", "AUX")
        if future and gone and head.lemma_.lower() not in REPORTING_LEMMAS and sets_in_the_future(token):
            yield f"cut {token.text!r}…, which puts {head.text!r} ahead", phrase(token)
            continue
        if future and gone and says_when(token):
            yield f"cut {token.text!r}…, the time {head.text!r} says", phrase(token)
            continue
        if gone and (token.lower_ in RESTRICTING or apart_from(token) or same_as(token)):
            yield f"cut {token.text!r}…, which restricts what {head.text!r} says", phrase(token)
            continue
        remaining = token.dep_ == "acl" and token.lower_ in ("left", "remaining") and token.i == head.i + 1
        if remaining and gone and any(c.dep_ == "nummod" for c in head.children):
            yield f"cut {token.text!r}: all {head.text!r} are not those left", phrase(token)
            continue  # "six outings [left of their careers]"
        restrictive = token.i > head.i and not doc[token.left_edge.i - 1].is_punct  # ", who…" may go
        if token.dep_ in ("acl", "relcl") and gone and restrictive and said_which_after(head, token):
            # "the place [marked with a 3]"; "the number of people [claiming free meals]"
            yield f"cut {token.text!r}…, which says which {head.text!r}", phrase(token)
            continue
        # "…the most fateful moment in the film: a scene [in which the chief orders…]"
        said_of = described_by_clause(head) or completes_be(head) or required_object(head)
        if token.dep_ == "relcl" and gone and restrictive and said_of:
            yield f"cut {token.text!r}…, all that the bare {head.text!r} says", phrase(token)
            continue
        if token.dep_ not in ("prep", "dative") or not gone:
            continue
        if token.lower_ == "than":
            yield f"cut what {head.text!r} is compared with", phrase(token)  # "more personal [than …]"
            continue
        why = _cut_complement(token, head, kept)
        if why:
            yield why, core_phrase(token)


_MEASURES = frozenset("TIME QUANTITY CARDINAL MONEY PERCENT".split())


def _cut_complement(token: Token, head: Token, kept: set[int]) -> str | None:
    """Why the cut prepositional phrase ``token`` completes what its kept ``head`` says, or None."""
    lemma = head.lemma_.lower()
    # "found herself [in the news]"; "found himself in more bother [at the Championship]" is whole
    objects = [
        c
        for c in head.children
        if c.i in kept and (c.dep_ == "dobj" or (c.dep_ == "prep" and head.i < c.i < token.i))
    ]
    if [c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in objects] == [True]:
        return f"cut {token.text!r}… completing {head.text!r} and its reflexive object"
    if lemma in REGARDING and token.lower_ == "as":
        return f"cut {token.text!r}…, what {head.text!r} takes it for"
    # "ambulances should arrive [within eight minutes and 59 seconds]" (review 64): the
    # measure is the norm; without it the norm says nothing
    if norm_modal(head) and token.i > head.i and any(t.ent_type_ in _MEASURES for t in token.subtree):
        return f"cut {token.text!r}…, the measure {head.text!r} is held to"
    gave = any(c.dep_ == "dobj" and c.i in kept for c in head.children)
    if lemma in GIVING and gave and token.lower_ == "to":
        return f"cut {token.text!r}…, whom {head.text!r} went to"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") and c.i in kept for c in head.children)
    if token.lower_ in OBJECT_PREPS.get(lemma, ()) and (gave or passive) and token.i > head.i:
        return f"cut {token.text!r}…, what {head.text!r} does to its object"  # "accused him [of murder]"
    if lemma in PROVIDING and gave and token.lower_ == "with":
        return f"cut {token.text!r}…, what {head.text!r} gave"  # "present AP McCoy [with the trophy]"
    between = head.doc[head.i + 1 : token.i]
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i in kept and c.i < token.i]
    if token.lower_ in ("out", "off", "down", "up", "away") and objects and head.pos_ == "VERB":
        return f"cut {token.text!r}…, the particle of {head.text!r}"  # "shut the League [out of their minds]"
    said_of = ("attr", "acomp", "oprd", "xcomp", "ccomp", "prep")
    if (
        lemma == "be"
        and token.i > head.i
        and not any(c.dep_ in said_of and c.i in kept for c in head.children)
    ):
        return f"cut {token.text!r}…, all that {head.text!r} says of its subject"  # "were all [in action]"
    # "accused Sanders of being inactive [in the years-long effort for…]" (review 52): what a
    # predicate adjective is about, whether the parser hangs it on the adjective or on "be"
    adjective = head if head.dep_ == "acomp" else next((c for c in head.children if c.dep_ == "acomp"), None)
    when = any(c.ent_type_ in ("DATE", "TIME") for c in token.children)
    if adjective is not None and adjective.i in kept and token.i == adjective.i + 1 and not when:
        return f"cut {token.text!r}…, what {adjective.text!r} is about"
    after = token.i > head.i and all(t.dep_ in ("advmod", "prt") for t in between)
    intransitive = head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "attr") for c in head.children)
    if token.lower_ == "through" and intransitive and after:
        return f"cut {token.text!r}…, what {head.text!r} went on through"  # "slept [through his kidnapping]"
    # "go [on sale] again", not "the power went out [in Lake Cowichan]", whose particle says it
    if lemma in LIGHT_MOTION and head.pos_ == "VERB" and after and not any(t.dep_ == "prt" for t in between):
        return f"cut {token.text!r}…, which says where {head.text!r} leads"
    # "would turn Pfizer [into an Irish company]": what the object ends as, after the object
    in_object = {t.i for o in objects for t in o.subtree}
    past_object = token.i > head.i and all(t.dep_ in ("advmod", "prt") or t.i in in_object for t in between)
    if token.lower_ in ENDING.get(lemma, ()) and head.pos_ == "VERB" and past_object:
        return f"cut {token.text!r}…, what {head.text!r} ends in"  # "has ended [in tragedy]"
    when = any(c.ent_type_ in ("DATE", "TIME") for c in token.children)  # "votes [on Tuesday]"
    if token.lower_ in ACTING_ON.get(lemma, ()) and head.pos_ == "VERB" and after and not when:
        return f"cut {token.text!r}…, whom or what {head.text!r} acts on"  # "calling [on Clinton] to…"
    verb = head.head
    if token.lower_ == "with" and head.dep_ == "dobj" and verb.lemma_.lower() in PROVIDING and verb.i in kept:
        return f"cut {token.text!r}…, what {verb.text!r} gave"  # the parser hangs "with" on the object
    if head.dep_ == "dobj" and token.lower_ in OBJECT_PREPS.get(verb.lemma_.lower(), ()) and verb.i in kept:
        return f"cut {token.text!r}…, what {verb.text!r} does to its object"  # hung on the object
    # "any changes [in their annual earnings]", not "population growth [in the country]"
    said = any(c.dep_ in ("compound", "amod", "poss") for c in head.children)
    where = any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in token.children)
    change = head.pos_ == "NOUN" and head.lower_ in CHANGE_NOUNS
    if change and token.lower_ in ("in", "of") and not said and not where:
        return f"cut {token.text!r}… saying what the {head.text!r} concern"
    noun = head if head.pos_ == "NOUN" else token.doc[token.i - 1]  # "show callousness [regarding…]"
    if noun.pos_ == "NOUN" and token.i == noun.i + 1 and token.lower_ in ARGUMENT_NOUNS.get(noun.lower_, ()):
        return f"cut {token.text!r}…, what the {noun.text!r} is on or for"
    ranked = ranked_noun(head)
    # "earned more than any other star [in 2004]": the time or place of a comparison bounds it
    compared = any(g.lower_ == "than" for c in head.children if c.tag_ in ("JJR", "RBR") for g in c.children)
    if ((head.pos_ == "NOUN" and ranked) or compared) and token.lower_ in SCOPE_PREPS and token.i > head.i:
        return f"cut {token.text!r}…, the scope of the ranked {head.text!r}"
    # "spare the life [of a B.C. man]", "the week [after the editorial]": a bare noun made
    # definite by the phrase after it
    if bare_definite(head) and token.lower_ in WHICH_PREPS and token.i == head.i + 1:
        return f"cut {token.text!r}…, which says whose or which {head.text!r}"
    # where the main event happened may go ("approved the plan [in Villeurbanne]", "bought
    # it at auction [in Moscow]"), not where what it is about holds ("access to housing [in
    # the North]", "surfers [outside the US]")
    if confines_to_place(token) and not in_setting(head) and not _places_something(token):
        return f"cut {token.text!r}…, the place where {head.text!r} holds"
    # a share or count is of somewhere: "won 83% of voters [in Pennsylvania]"
    if confines_to_place(token) and reports_figure(head):
        return f"cut {token.text!r}…, the place the figure {head.text!r} counts in"
    return None


def _cut_announced(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """What a colon introduces, cut from a sentence that points ahead to it: "It is the most
    fateful moment in the film[: a scene in which the chief orders his team to wait]"."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "here") for c in sentence.root.children):
        return
    colon = next((t for t in sentence if t.text == ":" and t.i > sentence.root.i), None)
    if colon is None or colon.i in kept:
        return
    after = [t.i for t in sentence.doc[colon.i + 1 : sentence.end] if not t.is_punct]
    if after and not any(i in kept for i in after):
        yield "cut what the colon introduces", {colon.i, *after}


def _whole_subject_cut(subject: Token, kept: set[int], start: int) -> bool:
    """Whether cutting ``subject`` leaves its verb with no subject at all: not a dateline the
    parser took for one ("WASHINGTON This week…"), nor its second subject, a misparse."""
    dateline = subject.left_edge.i == start and subject.ent_type_ in ("GPE", "LOC")
    others = [c for c in subject.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in kept]
    return not dateline and not others


def _had_done(verb: Token, participle: Token) -> bool:
    """Whether ``participle`` says what the causative "have" or "get" ``verb`` had done to its
    object, wherever the parser hung it: "had a bucket of slurry thrown over him"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # past only: "has six games [left]" is what there is, not what was done
    return (
        verb.lemma_ in ("have", "get")
        and verb.tag_ in ("VBD", "VBN")
        and any(participle in o.subtree for o in objects)
    )


def _interrupts(scene: Token, clause: Token) -> bool:
    """Whether a "when" ``clause`` after the past ``scene`` brings the event the scene was set
    for: "was on a platform / was walking home, when he got the news"."""
    when = any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in clause.children)
    ongoing = scene.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in scene.children
    )
    return when and clause.tag_ == "VBD" and (ongoing or (scene.lemma_ == "be" and scene.tag_ == "VBD"))


def _places_something(prep: Token) -> bool:
    """Whether a place phrase only says where one thing was or an event went on, so that its
    cut keeps the statement true: "told a gathering [in Washington]" (what holds of "a
    gathering" there holds of one), or "will unveil plans aimed at kickstarting the economy on
    Thursday night [in Rome]", the time and place of the main event, which the parser hung on
    the verb before it."""
    head = prep.head
    if head.dep_ == "dobj" and one_that_exists(head):
        return True
    timed = any(
        s.dep_ == "prep" and s.i < prep.i and any(o.ent_type_ in ("DATE", "TIME") for o in s.children)
        for s in head.children
    )
    return timed and head.pos_ == "VERB" and _denied_verb(head) is None


def _denied_verb(token: Token) -> Token | None:
    """The negated verb ``token`` belongs to, up through its object and prepositional phrases
    ("holding a vote on whether to [endorse]"), or None."""
    for _ in range(5):
        if any(denies(c) for c in token.children):
            return token
        if token.dep_ not in ("xcomp", "pcomp", "prep", "dobj", "pobj") or token.head == token:
            return None
        token = token.head
    return None


def _denied(noun: Token) -> bool:
    """True for a noun whose existence is denied: "no evidence", "without money"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def _denied_before(token: Token) -> Token | None:
    """The denied noun whose phrase ends right before ``token``, or None."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    return before if _denied(before) and before.right_edge.i == before.i else None

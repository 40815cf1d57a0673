"""Fitting a headline that a meaning check made longer.

A cut the meaning checks refuse is put back (:func:`briefgen.condense.meaning.meaning_restored`:
"Death toll [from a tsunami] rises…"), and so is what completes the last kept predicate
("father admits taking daughter [to an extremist rally]",
:func:`briefgen.condense.completions.completion_after`); then the headline may no longer fit.
Rather than give the sentence up for a later, weaker one, :func:`fit_restored` sheds what the
headline's own cuts may shed (a person's or a company's description, a setting, a noun's
modifier, a nationality among other modifiers), never what came back, until it fits.

Two more fits cut a phrase from its right end, smallest trailing phrase first: a bare
headline gets the first modifier of its verb back, shortened (:func:`refilled`: "Delaware
father in stable condition and improving [as two boys remain in critical condition]"), and
a lead none of whose cuts reads whole is cut so (:func:`from_the_end`). Neither cuts into a
quote, half a comparison, what a partitive, an adjective or a pronoun needs, nor a phrase
that says which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..lexicon import ARGUMENT_PREPS, PARTITIVE_NOUNS
from .alignment import headline_offsets, kept_indices
from .completions import completion_after
from .faithful import mid_phrase
from .headline_cuts import follows_comma, headline_text, keep_ends_dangling
from .meaning import meaning_restored
from .parse import main_verb
from .wording import inside_quotes, with_quote_marks

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# At most this many cuts to make a restored headline fit.
_FIT_STEPS = 6


def fit_restored(
    span: Span,
    restored: set[int],
    back: set[int],
    words: dict[int, str],
    max_chars: int,
    cuts: Sequence[Callable[[set[int]], set[int]]],
) -> set[int] | None:
    """``restored`` (a headline's kept tokens with ``back``, what the meaning checks put back)
    cut to ``max_chars`` by ``cuts`` (each gives the tokens one of the headline's optional cuts
    would take), none of which may take a word of ``back`` or a word one of them hangs on; a
    result the meaning checks accept whole and that ends on a word that can end a headline,
    or None."""
    current = set(restored)
    for _ in range(_FIT_STEPS):
        if len(headline_text(span, current, words)) <= max_chars:
            return current
        for cut in cuts:
            gone = cut(current) & current
            smaller = current - gone
            if not gone or gone & back or any(_leans_on(span, i, gone) for i in back):
                continue
            if meaning_restored(span, smaller) == smaller and not keep_ends_dangling(span, smaller):
                current = smaller
                break
        else:
            return None
    return current if len(headline_text(span, current, words)) <= max_chars else None


def _leans_on(span: Span, index: int, gone: set[int]) -> bool:
    """Whether the token at ``index`` hangs, within ``span``, on a word in ``gone``."""
    token = span.doc[index]
    while token.head != token and span.start <= token.head.i < span.end:
        token = token.head
        if token.i in gone:
            return True
    return False


def last_conjunct(span: Span, keep: set[int]) -> set[int]:
    """The kept verb joined by "and" that ends ``keep``, with its "and": "to fight the Aids
    epidemic [and find a vaccine]"; empty when the headline ends otherwise."""
    last = max(keep, default=-1)
    for token in span:
        if token.i in keep and token.dep_ == "conj" and token.pos_ == "VERB" and token.head.i in keep:
            phrase = {t.i for t in token.subtree} & keep
            cc = [c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i and c.i in keep]
            if cc and max(phrase) >= last - 1:
                return phrase | {cc[-1]}
    return set()


def restored_after_cut(
    span: Span,
    text: str,
    words: dict[int, str],
    max_chars: int,
    articles: Callable[[Span, set[int]], set[int]],
    cuts: Sequence[Callable[[set[int]], set[int]]],
) -> str:
    """``text`` with what a cut made to fit took back in, when a word of it is one the rest
    needs ("Death toll rises to [at least] 280") or it completes the last word's predicate
    (:func:`briefgen.condense.completions.completion_after`), fitted by ``cuts`` (:func:`fit_restored`)
    when it no longer fits; ``articles`` gives the words a headline drops by its style."""
    kept = kept_indices(span.doc, headline_offsets(span, text)) if text else set()
    if not kept:
        return text
    # the offsets hold words only: a quote kept whole gets its marks back, or it would read
    # as the writer's words ("calls on Clinton to “stop pimping black votes”")
    kept = with_quote_marks(span, kept, inside_quotes(span)) or kept
    # and a word put in headline tense ("will" → "to") aligns with no word of the sentence
    said = set(text.lower().split())
    kept |= {i for i, word in words.items() if word.lower() in said and span.start <= i < span.end}
    restored = meaning_restored(span, kept)
    restored |= completion_after(span, restored)  # "admits taking daughter [to extremist rally]"
    if restored == kept:
        return text
    # the words a headline drops by its style (articles, the verb's old tense) stay dropped
    restored -= articles(span, restored)
    longer = headline_text(span, restored, words)
    if len(longer) <= max_chars:
        return longer if len(longer) > len(text) else text
    fitted = fit_restored(span, restored, restored - kept, words, max_chars, cuts)
    return headline_text(span, fitted, words) if fitted is not None else text


# A headline of at most this many words, left when every trailing modifier of the verb went,
# says too little ("Justin Trudeau under siege"): the first of them comes back, shortened.
BARE_WORDS = 10
# Trailing phrases inside a modifier that may go so the rest of it fits, smallest first.
_INNER_TAILS = frozenset("prep advcl acl relcl appos npadvmod advmod".split())


def refilled(
    span: Span, before: set[int], after: set[int], words: dict[int, str], target_chars: int
) -> set[int]:
    """``after`` (a headline's kept tokens once every trailing modifier of the main verb went,
    from ``before``) with the first of those modifiers back when ``after`` is bare (at most
    :data:`BARE_WORDS` words), an aside set off by commas last: its own trailing phrases cut
    from the right until the headline fits ``target_chars`` ("…under siege [over allegation his
    office attempted to interfere]", "…improving [as two boys remain in critical
    condition]"); while the headline stays bare, each next whole phrase or clause after it
    comes back too. ``after`` as it is when no such cut fits, ends whole and keeps the meaning."""
    if len(headline_text(span, after, words).split()) > BARE_WORDS:
        return after
    verb = main_verb(span, after)
    # the heads of what went: words left out whose head stays ("remain" of "and improving")
    dropped = [
        span.doc[i]
        for i in sorted(before - after)
        if verb is not None and i > verb.i and span.doc[i].head.i in after and not span.doc[i].is_punct
    ]
    # an aside set off by commas is the last choice: "finds herself in the news[, rather than
    # reporting on it,] after a video surfaced showing her berating…" (review 46)
    modifiers = [t for t in dropped if t.dep_ not in ("cc", "conj", "preconj")]  # a clause of its own
    # and last, a second verb of the same subject with its "and": "Manchester City apologises to
    # supporters [and promises to hand out ticket refunds]" (review 99)
    modifiers += [t for t in dropped if _second_verb(t)]
    current, added = after, None
    for modifier in sorted(modifiers, key=lambda t: _set_off(span, t, before)):
        # while still bare, the next whole modifier after it comes back too: "…finds himself in
        # more bother [at Betfred World Championship]"; not a clause or a source after a comma
        # ("…, according to a poll", "…, forcing a debate"), nor a bare time ("contest Saturday")
        later = added is None or (
            modifier.i > added.i and modifier.dep_ in ("prep", "advcl") and not follows_comma(modifier)
        )
        if added is not None and (not later or len(headline_text(span, current, words).split()) > BARE_WORDS):
            break
        phrase = {t.i for t in modifier.subtree} & before
        if modifier.dep_ == "conj":
            phrase |= {c.i for c in modifier.head.children if c.dep_ == "cc" and c.i < modifier.i} & before
        fitted = _cut_from_the_right(span, current | phrase, modifier, words, target_chars)
        if fitted is None and added is None:
            continue
        if fitted is None:
            break
        current, added = fitted, modifier
        if not phrase <= fitted:
            break  # a modifier cut short ends the headline
    return current


def _second_verb(token: Token) -> bool:
    """True for a verb joined by "and" to the one before it, with no subject of its own."""
    joined = any(c.dep_ == "cc" and c.lower_ == "and" and c.i < token.i for c in token.head.children)
    # its own subject makes a clause of its own; its own "been"/"was" a tense the headline's
    # first verb no longer has ("resigns … and [been] replaced")
    own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_.startswith("aux") for c in token.children)
    return token.dep_ == "conj" and token.pos_ == "VERB" and joined and not own


def _set_off(span: Span, token: Token, keep: set[int]) -> bool:
    """Whether the phrase of ``token`` stands between commas, as an aside does."""
    phrase = [t.i for t in token.subtree if t.i in keep]
    first, last = min(phrase), max(phrase)
    doc = span.doc
    return (
        first > span.start
        and doc[first - 1].text == ","
        and last + 1 < span.end
        and doc[last + 1].text == ","
    )


def from_the_end(span: Span, keep: set[int], words: dict[int, str], max_chars: int) -> set[int] | None:
    """``keep`` with its trailing phrases under the main verb cut from the right, smallest
    first, until the headline fits ``max_chars``: "One in five Chinese restaurants believed
    to be serving shark fin soup [exploiting a legal loophole allowing people to bring the
    meat …]", where no cut after a whole phrase fits. None when none fits, or when what is
    left ends on a word that needs more or changes the meaning."""
    verb = main_verb(span, keep) or span.root
    # "…, a charity claims": the reported clause before its source ends where the cuts go
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.i in keep]
    head = reported[0] if reported else verb
    return _cut_from_the_right(span, keep, head, words, max_chars)


def _cut_from_the_right(
    span: Span, keep: set[int], head: Token, words: dict[int, str], max_chars: int
) -> set[int] | None:
    """``keep`` with the trailing phrases under ``head`` cut from the right, smallest first
    (:func:`_last_tail`), until the headline fits ``max_chars`` and ends whole
    (:func:`_ends_whole`: no word that needs more, no changed meaning or missing complement,
    no open comparison, no preposition without its object, no word without its head); None
    when no such cut is left."""
    current = set(keep)
    quoted = inside_quotes(span)
    # once it fits, a cut that leaves a broken end is no end: the next phrase to the left goes
    # too ("…for 60th anniversary [of liberation of town's harbour]", not "…of liberation")
    while len(headline_text(span, current, words)) > max_chars or not _ends_whole(
        span, current, keep - current
    ):
        tail = _last_tail(span, head, current, quoted)
        if tail is None:
            return None
        current -= tail
    return current


def _ends_whole(span: Span, keep: set[int], gone: set[int]) -> bool:
    """Whether ``keep`` (``gone`` cut from the right) ends on a word that needs nothing more,
    keeps the meaning, closes its comparisons and leaves no word without its head."""
    if keep_ends_dangling(span, keep) or meaning_restored(span, keep) != keep:
        return False
    # and no complement the faithfulness check demands: "…is spending two weeks [in Hawaii]"
    if mid_phrase(span, [span.doc[i].idx for i in sorted(keep) if not span.doc[i].is_punct]):
        return False
    if open_comparison(span, keep) or _stranded(span, keep) or _orphaned(span, keep, gone):
        return False
    return not _bared_verb(span, keep, gone)


def _bared_verb(span: Span, keep: set[int], gone: set[int]) -> bool:
    """Whether the headline now ends on a verb of a clause inside it whose own phrase the cut
    took: "…fraud charges stemming[ from an investigation]", "…but that didn't stop[ Gordon Brown
    using his Budget…]". The main verb may end it ("Merle Kilgore has died[ in hospital]")
    unless the cut took what it takes (its object, its clause, an argument's preposition)."""
    last = next((span.doc[i] for i in sorted(keep, reverse=True) if not span.doc[i].is_punct), None)
    if last is None or last.pos_ not in ("VERB", "AUX"):
        return False
    taken = [c for c in last.children if c.i > last.i and c.i in gone and not c.is_punct]
    if last != span.root:
        return bool(taken)
    # the main verb may end it, unless what went was what it takes: "Ben Carson responds[ to
    # accusations…]"
    return any(c.dep_ in _TAKEN_DEPS or (c.dep_ == "prep" and c.lower_ in ARGUMENT_PREPS) for c in taken)


_TAKEN_DEPS = frozenset("dobj ccomp xcomp attr acomp oprd dative".split())


def _orphaned(span: Span, keep: set[int], gone: set[int]) -> bool:
    """Whether a kept word hangs on one that went: "Aston Martin goes [head-to-head with …
    its cheapest model] yet"."""
    return any(span.doc[i].head.i in gone and not span.doc[i].is_punct for i in keep)


def _stranded(span: Span, keep: set[int]) -> bool:
    """Whether a kept preposition lost all it governs: "could be cut by[ …], watchdog says"."""
    return any(
        span.doc[i].dep_ == "prep" and not any(c.i in keep for c in span.doc[i].children) for i in keep
    )


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, possessive or number: a class ("people", "users"),
    which a clause after it narrows down to the ones meant."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children
    )


def open_comparison(span: Span, keep: set[int]) -> bool:
    """Whether ``keep`` has the first "as" of a comparison without the phrase that completes
    it: "stays as far away from the campaign [as she can]"."""
    first = next((t for t in span if t.i in keep and t.lower_ == "as" and t.dep_ == "advmod"), None)
    # the parse rarely links the second "as" to the first, so any later one left out counts
    return first is not None and any(t.lower_ == "as" and t.i not in keep for t in span if t.i > first.i + 1)


def bare_possessive(span: Span, keep: set[int]) -> bool:
    """Whether ``keep`` has a possessive standing for a noun it left out ("Bernie Sanders's
    [on credit scores]", of "Jeb Bush's ideas on student loans, Bernie Sanders's on credit
    scores…") without the phrase after it that says which of the person's things it is, or
    without the noun the possessive leaves out ("[Jeb Bush's ideas,] Bernie Sanders's…")."""
    for token in span:
        if token.i not in keep or token.dep_ == "poss" or not any(c.dep_ == "case" for c in token.children):
            continue  # "Bush's ideas" has its noun; "Sanders's on…" stands for one
        coordinated = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
        if token.ent_type_ not in ("PERSON", "") or not coordinated:
            continue  # a name's own "'s" ("Standard & Poor's"), a predicate ("The best goal was Kane's")
        if any(c.dep_ == "prep" and c.i not in keep for c in token.children):
            return True
        if any(t.dep_ == "poss" and t.head.i not in keep for t in span if t.i < token.i):
            return True
    return False


# What a verb may keep that says more than that its subject did it.
# (Not an adverb: "Jeremy Corbyn has [also] resigned" says it all; "will not", "fell 10%" say more.)
_SAYING_MORE = frozenset("dobj attr acomp xcomp ccomp prep agent dative oprd advcl prt neg npadvmod".split())


def bare_verb(span: Span, keep: set[int]) -> bool:
    """Whether ``keep`` has the main verb with its subject and nothing it says of it, where the
    sentence said more: "Donald J. Trump reels" of "…reeled on Sunday amid a sustained campaign
    of criticism by the parents…" is no news of its own."""
    root = span.root
    if root.i not in keep or root.pos_ != "VERB":
        return False
    more = [c for c in root.children if c.dep_ in _SAYING_MORE]
    return bool(more) and not any(c.i in keep for c in more)


def _last_tail(span: Span, head: Token, keep: set[int], quoted: set[int]) -> set[int] | None:
    """The smallest phrase under ``head`` that ends where the kept words under it end and may
    go (a trailing prepositional phrase, clause or apposition), with the comma or dash before
    it; None when there is none, when it would take the words right after ``head``, or when it
    reaches into ``quoted`` (the span's words inside quote marks)."""
    # where the words end: the sentence's closing stop hangs on its main verb too
    inside = {t.i for t in head.subtree if not t.is_punct} & keep
    if not inside:
        return None
    end = max(inside)
    found = None
    for token in head.subtree:
        if token == head or token.i not in keep or token.dep_ not in _INNER_TAILS:
            continue
        tail = {t.i for t in token.subtree} & keep
        if max(tail) != end or min(tail) <= head.i + 1 or tail & quoted:
            continue  # nor into a quote: 'quoted as wanting "period…"'
        if token.dep_ == "prep" and (
            (token.lower_ == "of" and (token.head.lemma_.lower() in PARTITIVE_NOUNS or token.head.like_num))
            or (token.lower_ == "as" and token.head.pos_ == "VERB")
            or token.head.pos_ in ("ADJ", "PRON")
            or token.head.lower_ in ("those", "that", "these", "this", "one", "ones")
        ):
            # what a noun is of, what a verb takes it as, what an adjective or a pronoun needs:
            # "odd mix [of …]", "think of themselves [as victims]", "may not be suitable [for
            # young children]", "cheaper than those [from photo labs]"
            continue
        if token.dep_ in ("acl", "relcl") and _bare_plural(token.head):
            continue  # it says which: "for people [celebrating their 18th birthday]"
        if any(span.doc[i].dep_ == "dobj" and span.doc[i].head.pos_ == "NOUN" for i in tail):
            continue  # a verb's object the parser hung on a noun: 'announced [via press release a review]'
        if found is None or len(tail) < len(found):
            found = tail
    if found is None:
        return None
    before = min(found) - 1
    while before in keep and span.doc[before].is_punct and span.doc[before].text not in "\"“”'‘’":
        found.add(before)
        before -= 1
    return found


def bare_of(option: str, longer: str) -> bool:
    """Whether ``option`` is a bare headline (at most :data:`_BAREST` words) all of whose
    words the option ``longer`` says too, and more than style words: "Vera Drake to lead
    British hopes" of "…[at this year's Academy Awards]". Such a headline gives way to it."""
    words, more = _words(option), _words(longer)
    if len(option.split()) > _BAREST or ":" in option:
        return False  # "Poll: British voters would reject…": a label is a source, not bare
    return words <= more and bool(more - words - _STYLE_WORDS)


# The most words a headline so bare that a longer one saying more goes before it has: six
# keeps the whole headline file at 27.0 ROUGE-1 against its titles (eight: 26.89, ten: 26.80),
# as short titles share more of their words with short headlines.
_BAREST = 6
# Words a longer option may add without saying more: "claims [that] he", "in [the] UK".
_STYLE_WORDS = frozenset("a an the that".split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’-]+", text.lower()))

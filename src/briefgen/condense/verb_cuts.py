"""Which trailing modifiers of a headline's main verb may go ("during their first call",
"on Wednesday"), each checked against an ordered tuple of named vetoes, every one
with the phrase it protects in its docstring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import ARGUMENT_PREPS, CONDITIONS, NEGATIONS, PLACING_LEMMAS
from .parse import main_verb, superlative, word_count
from .trimming import exposes_attachment, is_rate
from .wording import inside_quotes, with_quote_marks

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# First words of two-word prepositions the parser splits ("thanks to", "due to", "ahead of").
_PREPOSITION_HEADS = frozenset("thanks due prior according ahead instead because owing".split())
# Prepositions a verb without an object often takes as its own ("reflects on", "looks at").
_VERB_PREPS = frozenset("on at about from into upon like".split())
_DIRECTIONS = frozenset({"off", "onto", "out", "toward", "towards"})


@dataclass(frozen=True)
class _VerbModifier:
    """One trailing modifier of a headline's main verb, as a cut would take it."""

    span: Span
    verb: Token
    child: Token  # the modifier's head
    nxt: Token | None  # the verb's next child
    objects: tuple[Token, ...]  # the verb's complements
    first_prep: Token | None  # the verb's first preposition after it
    phrase: set[int]  # the modifier's words (a two-word preposition whole)
    cut: set[int] | None  # what a cut takes: the phrase with its quote marks; None cuts into a quote
    kept: set[int]  # what the headline keeps so far


def _argument_prep(m: _VerbModifier) -> bool:
    """An argument more than an adjunct: "called for talks", "pushes Japan off top"."""
    return m.child.dep_ == "prep" and m.child.lower_ in ARGUMENT_PREPS | _DIRECTIONS


def _own_preposition(m: _VerbModifier) -> bool:
    """A verb's own preposition: "reflects on the future", "relies on"."""
    child = m.child
    return (
        child == m.first_prep
        and not m.objects
        and child.i == m.verb.i + 1
        and child.lower_ in _VERB_PREPS
        and child.lower_ not in _PREPOSITION_HEADS
    )


def _split_pair(m: _VerbModifier) -> bool:
    """A misparsed "thanks to", "ahead of": the pair stays together."""
    return m.nxt is not None and m.nxt.i == max(m.phrase) + 1 and m.nxt.lower_ in ("to", "of")


def _negated_or_attached(m: _VerbModifier) -> bool:
    """A negation ("without a vote"), or a phrase something kept hangs on."""
    return any(m.span.doc[i].lower_ in NEGATIONS for i in m.phrase) or exposes_attachment(
        m.span, m.kept, m.phrase
    )


def _into_quote(m: _VerbModifier) -> bool:
    """A quote is never cut into ('get drunk "once in a while"' goes with its marks or stays)."""
    return m.cut is None


def _placed(m: _VerbModifier) -> bool:
    """ "left rates on hold": where a verb of placing leaves its object is an argument."""
    return (
        m.child.dep_ == "prep"
        and m.verb.lemma_ in PLACING_LEMMAS
        and any(m.child.i == o.right_edge.i + 1 for o in m.objects)
    )


def _second_clause(m: _VerbModifier) -> bool:
    """ "Clubs claim QPR, facing fines, are making…": no "and", so no second clause to drop."""
    return (
        m.child.dep_ == "conj"
        and any(c.dep_ in ("aux", "auxpass") for c in m.child.children)
        and not any(c.dep_ == "cc" and c.i < m.child.i for c in m.verb.children)
    )


def _infinitive(m: _VerbModifier) -> bool:
    """ "voted to close the bridge": the infinitive is the news."""
    return m.child.dep_ == "advcl" and m.span.doc[min(m.cut or m.phrase)].lower_ == "to"


def _condition(m: _VerbModifier) -> bool:
    """ "will default unless creditors agree"."""
    return m.child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITIONS for c in m.child.children
    )


def _lone_adverb(m: _VerbModifier) -> bool:
    """ "to go ahead" is not "to go"."""
    return m.child.dep_ == "advmod" and len(m.cut or m.phrase) == 1


def _rate(m: _VerbModifier) -> bool:
    """ "1bn francs a month"."""
    return m.child.dep_ == "npadvmod" and is_rate(m.child)


def _superlative_range(m: _VerbModifier) -> bool:
    """ "sees biggest slide [in a month]": the range of the superlative."""
    return m.child.dep_ == "prep" and any(
        superlative(o) and m.child.i == o.right_edge.i + 1 for o in m.objects
    )


# Why a trailing modifier of the verb stays, in the order they are asked.
VERB_MODIFIER_VETOES: tuple[Callable[[_VerbModifier], bool], ...] = (
    _argument_prep,
    _own_preposition,
    _split_pair,
    _negated_or_attached,
    _into_quote,
    _placed,
    _second_clause,
    _infinitive,
    _condition,
    _lone_adverb,
    _rate,
    _superlative_range,
)


def drop_verb_modifiers(span: Span, keep: set[int], deps: tuple[str, ...]) -> set[int]:
    """Drop trailing modifiers of the main verb ("during their first call", "on Wednesday"),
    each unless one of :data:`VERB_MODIFIER_VETOES` says it must stay."""
    verb = main_verb(span, keep)
    if verb is None:
        return keep
    quoted = inside_quotes(span)
    objects = tuple(
        c for c in verb.children if c.dep_ in ("dobj", "ccomp", "attr", "dative", "acomp", "xcomp", "prt")
    )
    boundary = max((c.i for c in objects), default=verb.i)
    result = set(keep)
    children = list(verb.children)
    first_prep = next((c for c in children if c.dep_ == "prep" and c.i > verb.i), None)
    for n, child in enumerate(children):
        if child.dep_ not in deps or child.i <= boundary or child.i not in keep:
            continue
        phrase = {t.i for t in child.subtree}
        nxt = children[n + 1] if n + 1 < len(children) else None
        if child.lower_ in _PREPOSITION_HEADS and nxt is not None and nxt.i == child.i + 1:
            phrase |= {t.i for t in nxt.subtree}  # "thanks to clients" goes whole or stays
        cut = with_quote_marks(span, phrase, quoted) if phrase & quoted else phrase
        modifier = _VerbModifier(span, verb, child, nxt, objects, first_prep, phrase, cut, result)
        if any(veto(modifier) for veto in VERB_MODIFIER_VETOES):
            continue
        result -= cut
        if child.i - 1 in result and span.doc[child.i - 1].text == ",":
            result.discard(child.i - 1)
    # an "and" goes only with what it joins: not "booed [and] shouted down"
    for cc in (c for c in children if c.dep_ == "cc" and c.i in keep and c.i not in result):
        if any(c.dep_ == "conj" and c.i > cc.i and c.i in result for c in children):
            result.add(cc.i)
    return result if word_count(span, result) >= 3 else keep

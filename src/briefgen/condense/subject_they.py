"""Whether a "they" in a sentence's subject points back past the sentence, as one opening it does.

"Perhaps in time they will know…" and "Every time there is a limited number of ambulances
available in a given zone, they tweet it out" (review 203: the union's campaign) name no one
"they" could be before it, so whom it stands for only an earlier sentence says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import PARTITIVE_NOUNS
from .referents import TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def subject_they(span: Span) -> bool:
    """Whether ``span``'s main verb has "they" for its subject with nothing before it that
    "they" could be: no name, and no noun but a time, an amount ("a limited number") or the
    object of a preposition ("available [in a given zone]")."""
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "they":
        return False
    # "As for the rebels, they have vowed…", "For most of the nurses, they…": a topic named first
    topics = {
        t.i
        for c in span.root.children
        if c.dep_ == "prep" and c.i < subject.i and c.lower_ in ("as", "for")
        if c.lower_ == "as" or any(t.lower_ in _SHARES for t in c.subtree)
        for t in c.subtree
    }
    before = span.doc[span.start : subject.i]
    return not any(_could_be_they(t) or (t.i in topics and t.tag_ in ("NNS", "NNPS")) for t in before)


# Words of a share of a group: "For most of the striking nurses, they said…".
_SHARES = frozenset("most many some all each both".split())
# How a noun before "they" must stand in its clause to be who "they" are: "When the players
# arrived, they…", "After police arrested the men, they…", "…, the crowd and the band, they…".
_STANDING = frozenset("nsubj nsubjpass dobj attr conj appos".split())


def _could_be_they(token: Token) -> bool:
    if token.ent_type_ in ("DATE", "TIME") or token.lower_ in TIME_NOUNS:
        return False
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.dep_ in _STANDING and token.lemma_.lower() not in PARTITIVE_NOUNS

"""Which organisation a noun stands for: "the union", "the corporation", a bare "The firm".

:mod:`briefgen.condense.descriptions` asks whether a bullet opening on such a noun points
back at an organisation the brief names; this module finds the one it points at. The
tagger misreads names ("consultancy group Capgemini" as a place), so an organisation's noun
right before a name counts too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import POINTING_ORG_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

_NAME_LABELS = frozenset("ORG GPE PERSON NORP FAC PRODUCT WORK_OF_ART LOC".split())
# Nouns only an organisation goes by, which a bare "The firm" points back with ("The group" and
# "The team" may be people the brief described).
BUSINESS_NOUNS = frozenset(
    "company firm corporation bank broadcaster network agency party union club board committee".split()
)
# Nouns that introduce an organisation's name right after them: "consultancy group Capgemini".
_INTRODUCING_NOUNS = POINTING_ORG_NOUNS | {"consultancy", "retailer", "maker"}


def _named_as_organisation(entity: Span) -> bool:
    """A name the tagger may have misread that an organisation's noun introduces: "consultancy
    group Capgemini" (a place to the tagger), "the firm Maxonet"."""
    doc = entity.doc
    before = doc[entity.start - 1].lemma_.lower() if entity.start > 0 else ""
    return entity.label_ in _NAME_LABELS and before in _INTRODUCING_NOUNS


def names_an_organisation(span: Span, context_words: set[str], noun: str) -> bool:
    """True when the brief (``context_words``) names the article's organisation that ``noun``
    stands for: one whose name has the noun ("the union": the International Union of Operating
    Engineers), else the last one the article named before ``span``, else the last name before
    it that an organisation's noun introduces (:func:`_named_as_organisation`: the tagger may
    misread it); not an organisation the article names only after ``span`` without the noun."""
    organisations = [e for e in span.doc.ents if e.label_ == "ORG"]
    earlier = [e for e in organisations if e.end <= span.start]
    named = (
        [e for e in organisations if noun in e.text.lower().split()]
        or earlier[-1:]  # "the corporation" after "the BBC": the last one named before
        or [e for e in span.doc.ents if e.end <= span.start and _named_as_organisation(e)][-1:]
    )
    return any(all(w.lower() in context_words for w in e.text.split() if len(w) > 2) for e in named)

"""Cuts that state as certain what the sentence makes conditional.

"The bridge would have been built on time [if the council had agreed]", "made it legal [—
provided they are already near death]", "wouldn't have moved any quicker [had he been
surging towards the posts]": a kept word lost the clause that set its condition. Also
refused: a condition kept without what it sets ("…says if they were able to recreate a
fraction"). A frame that opens the sentence is a condition too: "[Under capitalism,] rich
people become powerful", "[Under the deal,] Iran will cut…", "[In certain tribes,] men…",
"[In his view,] the plan fails". :mod:`briefgen.condense.meaning` runs these with its other
checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import CONDITIONS, SPEECH_LEMMAS, SUBJECT_DEPS, TIME_LABELS
from .misparse import phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What a "provided" taken for a preposition or a participle heads when it opens a clause.
_CLAUSES = frozenset("pcomp ccomp advcl".split())


def cut_conditions(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """Each cut of ``kept`` that states as certain what the sentence makes conditional: why,
    and the tokens that would put it back. A kept word lost a whole clause opened by "if",
    "unless", "provided" and the like; an "if" clause with "would" or "will" asks rather than
    sets a condition ("has no idea if he would have told her"), and may go like any other
    complement."""
    yield from _cut_inverted_conditions(sentence, kept)
    yield from _cut_frames(sentence, kept)
    for token in sentence:
        if token.lower_ not in CONDITIONS:
            continue
        # "if" marks its clause's verb; "provided" the parser often takes for a preposition
        # or a participle heading the clause itself
        if token.dep_ == "mark":
            clause = token.head
        elif token.dep_ in ("prep", "advcl") and any(c.dep_ in _CLAUSES for c in token.children):
            clause = token
        else:
            continue  # "was once a star"
        if clause.i == clause.head.i:
            continue
        if token.i in kept:
            yield from _kept_conditions(token, clause, kept)
            continue
        head = clause.head
        if head.i not in kept and head.i > token.i:
            # "MPs will be thrown out … if they use Blackberries …, Speaker Michael Martin has
            # ruled": the parser hung the condition on the reporting verb after it
            head = next(
                (c for c in head.children if c.dep_ == "ccomp" and c.i in kept and c.i < token.i), head
            )
        reporting = head.head
        misparsed = reporting.dep_ == "ccomp" and reporting.head.i > clause.i  # the main verb after it
        if head.i not in kept and head.dep_ == "ccomp" and reporting.i in kept and misparsed:
            # "The Washington Post reported on Monday, …, if Rubio wins Florida and Kasich [wins]
            # Ohio, the nominee will be decided at the convention": the parser hung the report
            # on the main verb and the condition on the report; cut, it went with the report's
            head = reporting if reporting.lemma_ in SPEECH_LEMMAS and reporting.head.i in kept else head
        if head.i not in kept or any(t.i in kept for t in clause.subtree):
            continue
        asks = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in clause.children)
        if not asks:
            yield f"cut the condition {token.text!r}… of {head.text!r}", phrase(clause)


_REPORTED = frozenset("ccomp dobj xcomp".split())


def _kept_conditions(mark: Token, clause: Token, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A condition kept without what it sets: "…says if they were able to recreate a fraction"."""
    head = clause.head
    if clause.i in kept and head.i not in kept:
        yield f"kept the condition {mark.text!r}… but cut {head.text!r}", phrase(head)
        return
    reports = head.lemma_.lower() in SPEECH_LEMMAS and head.i in kept
    if not reports or any(c.dep_ in _REPORTED and c.i in kept for c in head.children):
        return
    # "Marshall said if they were able to recreate a fraction [… they would have made …]": the
    # parser hung what he said inside the condition, and the cut took it
    if any(c.dep_ in _REPORTED | {"relcl"} and c.i not in kept for t in clause.subtree for c in t.children):
        yield f"kept only the condition {mark.text!r}… of what {head.text!r} reports", set()


# Auxiliaries that open a condition when they come before the subject: "had he been
# surging", "were it not for", "should the talks fail".
_INVERTING = frozenset("had were should".split())


def _cut_inverted_conditions(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A condition with no "if", its auxiliary before its subject: "wouldn't have moved any
    quicker [had he been surging towards the posts]"."""
    for clause in sentence:
        if clause.dep_ != "advcl" or clause.head.i not in kept or any(t.i in kept for t in clause.subtree):
            continue
        first = clause.left_edge
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if (
            first.lower_ in _INVERTING
            and first.head == clause
            and subject is not None
            and first.i < subject.i
        ):
            yield f"cut the condition {first.text!r}… of {clause.head.text!r}", phrase(clause)


# Prepositions whose phrase before the subject sets the terms the statement holds under.
_FRAMING = frozenset("under unlike within outside absent".split())
# Prepositions whose phrase there may instead narrow who or where: "[In certain tribes,]".
_NARROWING = frozenset("in for among across".split())
# A view is a source: "[In his view,] the plan fails" states his opinion as fact without it.
_VIEWS = frozenset("view opinion words estimation judgment judgement mind eyes assessment".split())
# Bare nouns of set phrases that frame nothing: "In fact,", "In response,", "For example,".
_SET_PHRASES = frozenset(
    """fact response addition turn comparison contrast particular short total court return
    reply example instance conclusion sum brief truth reality part all general starters fairness
    ways""".split()
)
_QUANTIFIERS = frozenset("some certain many most all several few much".split())


def _cut_frames(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A phrase before the subject that scopes the whole statement, cut while the statement
    stays: "[Under socialism,] powerful people become rich" is a claim about socialism."""
    root = sentence.root
    subjects = [c.i for c in root.children if c.dep_ in SUBJECT_DEPS]
    if root.i not in kept or not subjects:
        return
    for token in root.children:
        if token.dep_ != "prep" or token.i > min(subjects) or any(t.i in kept for t in token.subtree):
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ in TIME_LABELS:
            continue
        noun = objects[0]
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "poss")}
        view = noun.lemma_.lower() in _VIEWS
        bare = not any(c.dep_ in ("det", "poss") for c in noun.children) and noun.pos_ == "NOUN"
        generic = (bare and noun.lemma_.lower() not in _SET_PHRASES) or bool(dets & _QUANTIFIERS)
        # "[In the United States,] most teenagers own a smartphone": a place a general
        # statement holds in (one in the present tense), not where an event happened
        place = noun.ent_type_ in ("GPE", "LOC", "NORP") and root.tag_ in ("VBZ", "VBP")
        if token.lower_ in _FRAMING or view or (token.lower_ in _NARROWING and (generic or place)):
            yield f"cut the frame {token.text!r}… the statement holds under", phrase(token)

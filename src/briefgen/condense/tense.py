"""Headline tense: a clause's past-tense verb in the present ("assured" → "assures"), agreeing
with its subject. Headlines state news in the present; see :mod:`briefgen.condense.headline`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_main_past_verb(token: Token) -> bool:
    """True for the past tense of a clause's own verb ("assured"), not "was" or "had"."""
    return (
        token.tag_ == "VBD" and token.dep_ in ("ROOT", "ccomp", "conj") and token.lemma_ not in ("be", "have")
    )


_IRREGULAR_PRESENT = {"be": ("is", "are"), "have": ("has", "have")}


def _verb_lemma(token: Token) -> str:
    """The lemma, mended where spaCy strips "-ed" from a verb ending in "e": "stared" → "stare",
    not "star" (whose past is "starred"): a one-syllable stem ending in one consonant doubles it."""
    lemma = token.lemma_.lower()
    if token.lower_ in (lemma + "ed", lemma + "ing") and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma):
        return lemma + "e"  # "stared" → "stare", "hoping" → "hope" ("hopping" → "hop")
    return lemma


def present_tense(token: Token, plural_form: bool = True, kept: set[int] | None = None) -> str:
    """Present tense of a past-tense verb: third person singular for a singular subject.

    With ``plural_form`` a plural subject gets the bare form ("shares have risen"
    → "shares rise"); otherwise the verb is left as it is for plural subjects. Given the
    ``kept`` token indices, a cut subject's kept apposition is the subject.
    """
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if token.dep_ == "conj" and not subjects:  # "…, but scientists are hoping" has its own
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    if subjects and kept is not None and subjects[0].i not in kept:
        # "[RANGOON, Burma -] Suu Kyi's allies predicted", "[TALLAHASSEE —] Trump's views have
        # taken": the parser took the dateline for the subject, or for a first one
        stand_in = [
            c for c in subjects[0].subtree if c.dep_ == "appos" and c.i in kept and c.head.i not in kept
        ]
        subjects = [c for c in subjects[1:] if c.i in kept] + stand_in or subjects
    lemma = _verb_lemma(token)
    if not lemma.isalpha() or not subjects:
        return token.text
    # a person's name is one person ("Spears attacked", "Woods leaned" after "Tiger Woods");
    # "the Clintons" are two
    named = subjects[0].ent_type_ == "PERSON" or any(
        e.label_ == "PERSON" and e[-1].text == subjects[0].text for e in token.doc.ents
    )
    named = named and not any(c.dep_ == "det" for c in subjects[0].children)
    plural = (
        (subjects[0].tag_ in ("NNS", "NNPS") and not named)
        or subjects[0].lower_ in ("they", "we", "i", "you", "those", "these", "both", "many", "several")
        or any(c.dep_ == "conj" for c in subjects[0].children)  # "Xi and Putin met"
        # "Steve Esmond, his sons and their mother fell ill": the parser takes the list for
        # an apposition
        or any(_listed_after(subjects[0], c) for c in subjects[0].children)
        or (subjects[0].like_num and subjects[0].lower_ not in ("one", "1"))  # "Three voted"
    )
    if lemma in _IRREGULAR_PRESENT:  # "is the president being naive" → "president is naive"
        return _IRREGULAR_PRESENT[lemma][plural]
    if plural:
        return lemma if plural_form else token.text
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _listed_after(subject: Token, child: Token) -> bool:
    """True when ``child`` is a list the parser took for an apposition of ``subject``
    ("Steve Esmond, his sons and their mother"), not a role ("Richey Edwards, guitarist
    and lyricist")."""
    if child.dep_ != "appos" or child.i < subject.i or subject.doc[child.left_edge.i - 1].text != ",":
        return False
    plural = child.tag_ in ("NNS", "NNPS")
    # "Lauren, Patrick Vieira, Freddie Ljungberg and Ashley Cole scored": a list of people
    people = child.ent_type_ == "PERSON" and child.i < subject.head.i  # not one after the verb
    return any(
        g.dep_ == "conj"
        and (
            plural
            or (people and g.ent_type_ == "PERSON")
            or any(x.dep_ in ("det", "poss") for x in g.children)
        )
        for g in child.children
    )

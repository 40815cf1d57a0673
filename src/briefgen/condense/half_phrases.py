"""Cuts that keep half of a phrase: part of "as well as" or "rather than", or the first half
of a phrase the parser split in two ("about the dissolute[, everything-goes culture of…]", with
"dissolute" read as a noun and the rest hung on the verb as a second complement)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


def half_phrase_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """Why keeping ``kept`` of ``sentence`` keeps half a phrase, with the cut words that make it whole."""
    yield from _second_argument(sentence, kept)
    yield from _half_a_fixed_phrase(sentence, kept)


def _second_argument(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A cut object or complement whose verb keeps another of the same kind: no verb takes two,
    so the parser split one phrase in two ("is the title of a book … about the dissolute[,
    everything-goes culture of Wall Street…]", with "dissolute" read as a noun), and a cut that
    keeps the words right before the second ends inside it."""
    for token in sentence:
        if (
            token.dep_ not in ("attr", "dobj")
            or not token.is_alpha
            or token.i in kept
            or token.head.i not in kept
        ):
            continue
        if token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or len(token.text) < 3:
            continue  # "to pay $1m [(£530,000)]": the amount's unit, split off
        if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
            continue  # "a startup with global ambitions[, no combustion-car baggage…]": a list's next item
        cut = {t.i for t in token.subtree if not t.is_punct} | {token.i}
        before = min(cut) - 1
        while before > sentence.start and sentence.doc[before].text == ",":
            before -= 1
        if before not in kept or sentence.doc[before].is_punct:  # (not after a colon: "to say: ''Boris…''")
            continue  # the words before it went too: the first phrase ends where the cut began
        if any(c.dep_ == token.dep_ and c.i in kept and c.i < token.i for c in token.head.children):
            yield f"cut a second {token.dep_} {token.text!r} of {token.head.text!r}", cut


# Words that make one word together: cut in part, the rest reads as something else.
_FIXED_PHRASES = (("as", "well", "as"), ("rather", "than"), ("even", "though"), ("so", "that"), ("as", "if"))


# The last words of :data:`_FIXED_PHRASES` that open a clause: only as its marker is the phrase one.
_MARKS = frozenset("that if though".split())


def _half_a_fixed_phrase(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A cut inside "as well as", "rather than", "even though": "Ted Cruz and Marco Rubio[—as
    well] as Mike Huckabee…" read the rest as "as"."""
    words = [t.lower_ for t in sentence]
    for n in range(len(words)):
        for fixed in _FIXED_PHRASES:
            if tuple(words[n : n + len(fixed)]) != fixed:
                continue
            indices = {sentence.start + n + k for k in range(len(fixed))}
            last = sentence.doc[max(indices)]
            if fixed[-1] in _MARKS and last.dep_ != "mark":
                continue  # "told to do so that evening": "so" and "that" each their own
            if indices & kept and indices - kept:
                # with its clause: "so[ that he could rest]" keeps "that he could rest", not "that"
                clause = {t.i for t in last.head.subtree} if last.dep_ == "mark" else set()
                yield f"cut part of {' '.join(fixed)!r}", (indices | clause) - kept

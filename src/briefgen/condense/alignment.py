"""Which words of a sentence a cut kept: aligning a shortened text with its sentence.

A bullet or headline is the sentence with words deleted, so its word pieces match the
sentence's in order. When a word occurs twice, the match is ambiguous ("…get paid in
addition to their paid holiday" cut to "…get paid."): :func:`cut_offsets` reads it as
whichever match makes a faithful cut, since the reader sees only the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PIECE = re.compile(r"\w+")


def pieces(text: str, offset: int = 0) -> list[tuple[str, int]]:
    """The word pieces (runs of letters and digits) of ``text`` with their offsets (+ ``offset``)."""
    return [(m.group(), m.start() + offset) for m in _PIECE.finditer(text)]


def align(
    words: str,
    sentence_text: str,
    sentence_start: int,
    *,
    loose: bool = False,
    stems: Mapping[int, str] | None = None,
) -> list[int] | None:
    """Character offsets in the article of ``words``'s word pieces, matched in order in the
    sentence, each as late as it can be (so a cut at the end is as short as it can be).

    None when they are not a subsequence. The first piece matches in any case (a cut may
    capitalise it); with ``loose`` every piece matches in any case, a verb by its stem (a
    headline puts it in the present), and pieces that match nothing are skipped. ``stems``
    (article offset → lemma, :func:`lemma_stems`) also lets a loose piece match a word by its
    lemma, which an irregular verb needs ("knew" → "knows", "said" → "says").

    A loose match is also tried each piece as early as it can be, and the tighter of the two
    is taken: matched as late as possible, "…withdraw from House reelection race" takes the
    "race" of "if Pence leaves his race" later in the sentence.
    """
    targets = pieces(words)
    source = pieces(sentence_text, sentence_start)
    late = _greedy(targets, source, loose, stems, backward=True)
    if late is None:
        return None
    best = late
    if loose:
        early = _greedy(targets, source, loose, stems, backward=False) or []

        def spread(found: list[int]) -> int:
            return found[-1] - found[0] if found else 0

        if len(early) > len(late) or (len(early) == len(late) and spread(early) < spread(late)):
            best = early
    return [source[k][1] for k in best]


_IRREGULAR_PRESENT = {"has": "have", "is": "be", "are": "be"}


def _greedy(
    targets: list[tuple[str, int]],
    source: list[tuple[str, int]],
    loose: bool,
    stems: Mapping[int, str] | None,
    *,
    backward: bool,
) -> list[int] | None:
    """Indices in ``source`` of the pieces of ``targets`` (see :func:`align`), each taken as
    late (``backward``) or as early as it can be; None when a strict match fails."""

    def matches(n: int, k: int) -> bool:
        piece, candidate = targets[n][0], source[k][0]
        if candidate == piece or ((n == 0 or loose) and candidate.lower() == piece.lower()):
            return True
        if loose and len(piece) > 3 and candidate.lower()[:4] == piece.lower()[:4]:
            return True
        if loose and piece.lower() == "to" and candidate.lower() in ("will", "shall"):
            return True  # the headline tense of "will have to pay": "to have to pay"
        lemma = stems.get(source[k][1]) if loose and stems else None
        if lemma and _IRREGULAR_PRESENT.get(piece.lower()) == lemma:
            return True  # "has had a bucket … thrown" → "has bucket … thrown": the verb, not the "has"
        if not lemma or not piece.lower().startswith(lemma):
            return False
        # "knows" → know, "says" → say; a short lemma ("go", "ax") only whole or with an ending
        endings = (lemma, lemma + "s", lemma + "es")
        return (len(lemma) >= 3 and len(piece) - len(lemma) <= 2) or piece.lower() in endings

    found: list[int] = []
    order = range(len(targets) - 1, -1, -1) if backward else range(len(targets))
    bound = len(source) - 1 if backward else 0  # the next piece is looked for from here on
    for n in order:
        left = range(bound, -1, -1) if backward else range(bound, len(source))
        k = next((k for k in left if matches(n, k)), None)
        if k is None:
            if loose:
                continue
            return None
        found.append(k)
        bound = k - 1 if backward else k + 1
    return found[::-1] if backward else found


def lemma_stems(sentence: Span) -> dict[int, str]:
    """Article offset → lemma of each verb of ``sentence`` (for :func:`align`'s ``stems``):
    only verbs change their form in a headline."""
    return {
        t.idx: t.lemma_.lower()
        for t in sentence
        if t.is_alpha and t.pos_ in ("VERB", "AUX") and len(t.lemma_) > 1
    }


def headline_offsets(sentence: Span, headline: str) -> list[int]:
    """The article offsets of a headline's words in the sentence it was cut from, aligned
    loosely (headline tense, dropped articles; see :func:`align`); empty when none match."""
    stems = lemma_stems(sentence)
    return align(headline, sentence.text, sentence.start_char, loose=True, stems=stems) or []


def _token_at(doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def kept_indices(doc, offsets: Sequence[int]) -> set[int]:
    """The indices in ``doc`` of the tokens at the article ``offsets`` (of :func:`align`), and
    the currency and percent signs glued to their numbers, which :func:`align` does not count
    as words ("19%": "%" heads "19", and a kept number needs its head kept)."""
    kept = {t.i for t in (_token_at(doc, o) for o in offsets) if t is not None}
    signs = {
        i + step
        for i in kept
        for step in (-1, 1)
        if doc[i].like_num
        and 0 <= i + step < len(doc)
        and (doc[i + step].is_currency or doc[i + step].text == "%")
        and not (doc[min(i, i + step)].whitespace_)
    }
    return kept | signs


def cut_offsets(
    sentence: Span, text: str, unfaithful: Callable[[Span, Sequence[int]], str | None]
) -> list[int] | None:
    """The article offsets of ``text``'s words in ``sentence``, each matched as late as it can
    be, or, when ``unfaithful`` refuses that reading and not the one matching each word as
    early as it can be, the early one. None when ``text`` is not a deletion of ``sentence``."""
    late = align(text, sentence.text, sentence.start_char)
    if late is None or unfaithful(sentence, late) is None:
        return late
    source = pieces(sentence.text, sentence.start_char)
    found = _greedy(pieces(text), source, False, None, backward=False)
    early = None if found is None else [source[k][1] for k in found]
    return early if early is not None and unfaithful(sentence, early) is None else late

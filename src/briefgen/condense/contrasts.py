"""Cuts that take what a contrast or a comparison needs: what a concession gives way to
("may be small[, but scientists hope…]"), what "not only" leads to, and what a comparative
is compared with ("more[ … than those in surrounding areas]"). Part of
:mod:`briefgen.condense.meaning`'s checks. And the "But" a bullet keeps when it follows the
bullet before it (:func:`with_its_contrast`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .meaning_words import norm_modal, says_usual
from .misparse import phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def concedes(head: Token, clause: Token) -> bool:
    """True when ``head`` concedes what its "but" ``clause`` then asserts: "may be small, but
    …", a norm ("ambulances should arrive within nine minutes, but it's becoming more common
    to wait longer", review 52), and "Motorists are used to seeing warnings, but those on I-15 got a recommendation
    instead", where what is usual sets up the news, as what long held sets up what now does."""
    own = {t.i for t in clause.subtree}
    usual = any(says_usual(t) and t.i not in own for t in head.subtree)
    # "Economy passengers have long wished they were in first class…, but now it seems there is
    # someone else to envy" (review 64): what long held sets up what now does
    long_held = any(c.dep_ == "advmod" and c.lower_ in ("long", "once") for c in head.children)
    usual = usual or (long_held and any(c.dep_ == "advmod" and c.lower_ == "now" for c in clause.children))
    return (
        usual
        or _what_most_do(head)
        or any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in head.children)
        or (head.dep_ == "ROOT" and norm_modal(head, ("should", "ought")))
        or any(head.doc[i].lower_ == "instead" for i in own)
        or _twist(clause)
    )


def _twist(clause: Token) -> bool:
    """Whether the "but" ``clause`` turns what came before into the set-up of a surprise: "…has
    caught the eye…, but it appears he does not actually have a clear sight at goal" (review
    116), "…, but it turns out…". Not "…, but the race was actually closer…", which adds to
    the news before it."""
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children)
    return expletive and clause.lemma_ in ("appear", "seem", "turn")


def _what_most_do(head: Token) -> bool:
    """A present-tense verb of what most people, or everyone, do: "Most people give up
    chocolate for Lent[, but one businesswoman decided…]" (review 90): the norm sets up the
    exception."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or head.tag_ not in ("VBP", "VBZ"):
        return False
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in ("amod", "det", "nummod")}
    return bool(words & {"most", "everyone", "everybody"})


def but_root(sentence: Span) -> tuple[Token, Token, Token] | None:
    """The first root, the second root and its opening "but" (or "yet") when the parser made
    a sentence's "but" clause a second root ("…line-up but it appears he does not…"), or None."""
    roots = [t for t in sentence if t.dep_ == "ROOT"]
    if len(roots) != 2:
        return None
    first, second = roots
    but = next((c for c in second.children if c.dep_ == "cc" and c.lower_ in ("but", "yet")), None)
    return (first, second, but) if but is not None and but.i == second.left_edge.i else None


def concession_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A concession left without what it gives way to: "The humble honeybee may be small[, but
    scientists are hoping to…]" says only the concession."""
    rooted = but_root(sentence)  # "…line-up but it appears he does not…"
    for token in sentence:
        second = rooted is not None and token == rooted[1]
        if (token.dep_ != "conj" and not second) or token.i in kept:
            continue
        head = rooted[0] if second else token.head
        if head.i not in kept:
            continue
        if second:
            buts = [rooted[2].i]
        else:
            buts = [
                c.i
                for c in head.children
                if c.dep_ == "cc" and c.lower_ in ("but", "yet") and head.i < c.i < token.i
            ]
        but = bool(buts)
        if but and concedes(head, token) and not any(t.i in kept for t in token.subtree):
            comma = buts[-1] - 1 >= sentence.start and sentence.doc[buts[-1] - 1].is_punct
            joint = {buts[-1]} | ({buts[-1] - 1} if comma else set())
            yield f"cut what the concession {head.text!r} gives way to", phrase(token) | joint


def correlative_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A kept "not only X" whose "but (also) Y" was cut: "is not only convenient[ – it could
    also add thousands of pounds…]" keeps the setup and loses the point."""
    doc = sentence.doc
    for token in sentence:
        if token.lower_ != "only" or token.i not in kept or token.i == sentence.start:
            continue
        if doc[token.i - 1].lower_ != "not" or token.i - 1 not in kept:
            continue
        turn = next(
            (t for t in doc[token.i + 1 : sentence.end] if t.lower_ in ("but", "also", "–", "—")), None
        )
        if turn is not None and turn.i not in kept:
            yield "kept 'not only' but cut what it leads to", set()
            return


def comparison_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A kept comparative whose "than" went, wherever the parser hung it: "cost 12 per cent
    more[ – or £38,831 – than those in surrounding areas]"."""
    comparative = next(
        (
            t
            for t in sentence
            if t.i in kept and (t.tag_ in ("JJR", "RBR") or t.lower_ in ("more", "less", "fewer"))
        ),
        None,
    )
    if comparative is None:
        return
    for token in sentence:
        if token.lower_ == "than" and token.i > comparative.i and token.i not in kept:
            if not any(t.i in kept for t in token.subtree):
                yield f"cut what {comparative.text!r} is compared with", phrase(token)
            return
        if (
            token.lower_ == "than" and token.i in kept and token.dep_ == "prep" and token.i > comparative.i
        ):  # not "more than double"
            # "less efficient than growing plant foods [to eat directly]" (review 52): a clause
            # cut from what is compared can leave a thing compared with itself
            holders = {comparative.i, comparative.head.i} | {t.i for t in token.subtree}
            for clause in sentence[token.i - sentence.start + 1 :]:
                cut = clause.i not in kept and clause.head.i in kept and clause.head.i in holders
                if cut and clause.dep_ in ("xcomp", "advcl", "acl", "relcl"):
                    yield (
                        f"cut {clause.text!r}… from what {comparative.text!r} is compared with",
                        phrase(clause),
                    )
            return


_CONTRAST_OPENING = re.compile(r"\W*(But|Yet)\s+(\S+)")


def with_its_contrast(sentence: str, text: str, limit: int) -> str:
    """``text`` (cut from ``sentence``) with the "But" or "Yet" the cut took from its opening,
    when it follows the bullet before it in the article: "X is not Y, the candidate said. But
    the attitude about both situations is similar." goes on with the candidate's view, which
    without its "But" reads as the brief's own (review 126)."""
    opening = _CONTRAST_OPENING.match(sentence)
    words = text.split()
    if not opening or not words or len(words) >= limit or words[0].lower() != opening.group(2).lower():
        return text
    return f"{opening.group(1)} {opening.group(2)}{text[len(words[0]) :]}"

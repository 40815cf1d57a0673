"""The cut after the main clause: what a sentence still too long for a bullet keeps.

:func:`briefgen.condense.compress.compress_sentence` falls back on it when every rule has
applied and the sentence is still over its word limit. The cut comes after a whole
statement, never inside a phrase or a quote, and what it leaves out must be modifiers only:
no argument, no phrase a kept word needs ("by margins | big enough to…", "to add | to her
lead"), nothing whose loss changes what the rest says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DANGLING, FINITE_TAGS, MODIFIER_DEPS, SUBJECT_DEPS
from .meaning import changed_meaning
from .parse import word_count
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def clause_prefix(span: Span, keep: set[int], max_words: int) -> set[int] | None:
    """The longest prefix of ``keep`` of at most ``max_words`` words that is a whole statement."""
    kept = sorted(keep)
    quoted = inside_quotes(span)
    root = span.root
    for n in range(len(kept) - 1, 3, -1):
        prefix, after = kept[:n], set(kept[n:])
        if root.i in after or word_count(span, set(prefix)) > max_words:
            continue
        if any(span.doc[i].head.i in after and not span.doc[i].is_punct for i in prefix):
            continue  # something before the cut needs a word after it (a comma may hang anywhere)
        if any(span.doc[i].head.i not in after and not _modifier_like(span.doc[i]) for i in after):
            continue  # an argument (object, complement) would be lost, not a modifier
        last, nxt = span.doc[prefix[-1]], span.doc[kept[n]]
        if last.lower_ in DANGLING or (last.i in quoted and last.i + 1 in quoted):
            continue
        if nxt.lower_ == "of":
            continue  # "four full days | of shopper specials": the noun needs its "of"
        if last.pos_ == "VERB" and any(c.i in after and not c.is_punct for c in last.children):
            continue  # "big enough to add | to her lead": the verb's own phrase goes with it
        if _bare_noun_cut(last, nxt, set(prefix)):
            continue  # "by margins | big enough to add to her lead": a bare noun needs its modifier
        if nxt.head == last and nxt.dep_ in ("acl", "relcl") and last.pos_ == "NOUN":
            continue  # "public bathrooms | designated for the gender they identify with": says which
        if _relative_left_open(span, prefix):
            continue  # "…meeting with a man whose book, according to its Amazon summary[, “draws…”]"
        if changed_meaning(span, set(prefix)):
            continue  # "that was more personal | than political"
        if word_count(span, set(prefix)) >= 8:
            return set(prefix)
    return None


# Conjunctions that open an adverbial clause: such a clause modifies, whatever the parse calls it.
_ADVERBIAL_MARKS = frozenset("as while when after before because since although though".split())


def _modifier_like(token: Token) -> bool:
    """A modifier by its label, or a clause opened by "as", "while", "because"… that the parser
    took for a complement (", officials said, as rescuers searched for more victims")."""
    if any(t.dep_ == "acl" and t.tag_ in FINITE_TAGS for t in token.subtree):
        # "…Louisiana, a Baton Rouge newspaper called on Clinton…": a finite verb the parser
        # hung on a noun is the sentence's own statement, not a modifier
        return False
    if any(_subjectless_relative(t) for t in token.subtree):
        return False  # "…took to the talk [shows] to defend…": a noun the parser made a verb
    if token.dep_ in MODIFIER_DEPS:
        return True
    edge = token.left_edge  # "as" may hang on a verb inside the clause
    return token.dep_ == "ccomp" and edge.dep_ == "mark" and edge.lower_ in _ADVERBIAL_MARKS


def _bare_noun_cut(last: Token, nxt: Token, kept: set[int]) -> bool:
    """True when the cut after ``last`` takes the one modifier of a bare noun, one with no
    determiner, possessive, number or adjective kept before it ("by margins")."""
    if last.pos_ != "NOUN" or nxt.head.i != last.i:
        return False
    return not any(
        c.i in kept and c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in last.children
    )


def _subjectless_relative(token: Token) -> bool:
    """A finite "relative clause" with no subject of its own: every relative clause has one
    ("who came", "I read"), so this is a noun the parser read as a verb ("the talk shows to
    defend…" parsed as "the talk" and "shows to defend…")."""
    return (
        token.dep_ == "relcl"
        and token.tag_ in FINITE_TAGS
        and not any(c.dep_ in SUBJECT_DEPS or c.tag_ in ("WP", "WDT") for c in token.children)
    )


def _relative_left_open(span: Span, prefix: list[int]) -> bool:
    """Whether the last "who", "whose" or "which" the cut keeps has no finite verb kept after
    it: its clause would be left without what it says of the noun."""
    doc = span.doc
    relatives = [i for i in prefix if doc[i].tag_ in ("WP", "WP$", "WDT") and i > span.start]
    return bool(relatives) and not any(doc[i].tag_ in FINITE_TAGS for i in prefix if i > relatives[-1])

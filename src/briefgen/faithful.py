"""Is a cut faithful? Checks on a shortened sentence next to the sentence it was cut from.

briefgen shortens sentences only by deleting words. A deletion can still change what is
said: a predicate loses the complement that completes it ("involved [in a crash]",
"£50bn [in losses]", "fell [to a record low]", "one gigabit [a second]"), a claim loses its
source (", police said", "according to the inquiry"), a kept word leans on a cut one, or a
quote loses a mark. The engine runs these checks on every cut it makes and keeps the whole
sentence when one fails; ``bench/lint.py`` runs them on every brief.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def unpaired_quotes(text: str) -> str | None:
    """Why ``text``'s double quote marks do not pair up, or None when they do."""
    opening, closing = text.count("“"), text.count("”")
    if opening != closing:
        return f"{opening} “ but {closing} ”"
    if text.count('"') % 2:
        return 'an odd number of "'
    # curly marks in the wrong order: ” before its “
    depth = 0
    for char in text:
        depth += {"“": 1, "”": -1}.get(char, 0)
        if depth < 0 or depth > 1:
            return "“ and ” out of order"
    return None


def inside_quote(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_PIECE = re.compile(r"\w+")


def pieces(text: str, offset: int = 0) -> list[tuple[str, int]]:
    """The word pieces (runs of letters and digits) of ``text`` with their offsets (+ ``offset``)."""
    return [(m.group(), m.start() + offset) for m in _PIECE.finditer(text)]


def align(words: str, sentence_text: str, sentence_start: int, *, loose: bool = False) -> list[int] | None:
    """Character offsets in the article of ``words``'s word pieces, matched in order in the
    sentence, each as late as it can be (so a cut at the end is as short as it can be).

    None when they are not a subsequence. The first piece matches in any case (a cut may
    capitalise it); with ``loose`` every piece matches in any case, a verb by its stem (a
    headline puts it in the present), and pieces that match nothing are skipped.
    """
    targets = pieces(words)
    source = pieces(sentence_text, sentence_start)
    result: list[int] = []
    j = len(source) - 1
    for n in range(len(targets) - 1, -1, -1):
        piece = targets[n][0]
        found = None
        k = j
        while k >= 0:
            candidate = source[k][0]
            if candidate == piece or ((n == 0 or loose) and candidate.lower() == piece.lower()):
                found = k
                break
            if loose and len(piece) > 3 and candidate.lower()[:4] == piece.lower()[:4]:
                found = k
                break
            k -= 1
        if found is None:
            if loose:
                continue
            return None
        result.append(source[found][1])
        j = found - 1
    return result[::-1]


# ---------------------------------------------------------------- mid-phrase

# Dependents that need their head: kept without it, they dangle.
_LEANING = frozenset(
    "det poss amod compound nummod quantmod aux auxpass neg mark cc case predet nmod prep "
    "advmod npadvmod".split()
)
# Dependents that complete a predicate: cut away, the predicate says something else.
_COMPLEMENTS = frozenset("dobj pobj attr acomp oprd xcomp ccomp dative agent prt pcomp obj".split())
# Verbs of change whose "to"/"by"/"from" phrase is the news ("fell to a record low").
_CHANGE_VERBS = frozenset(
    "fall rise drop climb increase decrease jump slump slip soar plunge grow shrink cut raise "
    "lower reduce surge tumble sink hit reach double triple halve boost slash".split()
)
# Predicates whose preposition phrase completes them ("involved in a crash", "accused of fraud").
_PREP_PREDICATES = frozenset(
    "involve accuse charge convict suspect aim base link relate tie subject due responsible "
    "aware capable guilty prone similar equal equivalent part consist comprise depend rely "
    "result lead amount account".split()
)


def _token_at(doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _quantity(token: Token) -> bool:
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    return (
        token.like_num
        or token.tag_ == "CD"
        or token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        or any(
            c.dep_ in ("nummod", "quantmod") and c.ent_type_ not in ("DATE", "TIME") for c in token.children
        )
    )


def mid_phrase(sentence: Span, kept_offsets: Sequence[int]) -> str | None:
    """Why a text made of the words at ``kept_offsets`` of ``sentence`` ends mid-phrase, or None."""
    doc = sentence.doc
    kept = {t.i for t in (_token_at(doc, o) for o in kept_offsets) if t is not None}
    words = [i for i in kept if not doc[i].is_punct and not doc[i].is_space]
    if not words:
        return None
    last = doc[max(words)]
    tail = [t for t in doc[last.i + 1 : sentence.end] if not t.is_punct and not t.is_space]
    if not tail:
        return None
    tail_ids = {t.i for t in tail}
    # what follows a comma, dash or semicolon is another phrase: the cut there was between phrases
    boundary = next(
        (t.i for t in doc[last.i + 1 : sentence.end] if t.text in (",", ";", "--", "—", "–", "(", ":")),
        sentence.end,
    )
    near = [t for t in tail if t.i < boundary]
    if last.dep_ in _LEANING and last.head.i in tail_ids and last.dep_ != "advmod":
        return f"{last.text!r} ({last.dep_}) leans on the cut {last.head.text!r}"
    if last.dep_ == "prep" and last.lower_ != "according" and not any(c.i in kept for c in last.children):
        return f"ends on the preposition {last.text!r}"
    for token in near:
        head = token.head
        if head.i not in kept or token.i == head.i:
            continue
        if token.dep_ in _COMPLEMENTS and not (token.dep_ == "ccomp" and token.i < head.i):
            return f"cut the {token.dep_} {token.text!r} of {head.text!r}"
        if token.dep_ == "prep":
            if not any(c.dep_ in ("pobj", "pcomp", "prep") for c in token.children):
                return f"cut the stranded preposition {token.text!r} of {head.text!r}"
            if _quantity(head):
                return f"cut {token.text!r}… completing the quantity {head.text!r}"
            amounts = ("to", "by", "from")
            said = any(c.i in kept and (c.lower_ in amounts or c.dep_ == "dobj") for c in head.children)
            if head.lemma_.lower() in _CHANGE_VERBS and token.lower_ in amounts and not said:
                return f"cut {token.text!r}… completing {head.text!r}"
            if head.lemma_.lower() in _PREP_PREDICATES:
                return f"cut {token.text!r}… completing {head.text!r}"
        if token.dep_ == "npadvmod" and _quantity(head):
            return f"cut the rate {token.text!r} of {head.text!r}"
        clause = token.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and token.tag_ in ("VB", "VBG") and clause:
            return f"cut the clause {token.text!r}… of {head.text!r}"
    return None


_REPORTING = frozenset(
    "say tell report claim allege state announce confirm accuse insist argue suggest believe "
    "add write warn reveal admit deny estimate find conclude testify tweet post".split()
)


def cut_source(sentence: Span, kept_offsets: Sequence[int]) -> str | None:
    """Why a text made of the words at ``kept_offsets`` of ``sentence`` states a claim whose
    source the cut removed, or None."""
    doc = sentence.doc
    kept = {t.i for t in (_token_at(doc, o) for o in kept_offsets) if t is not None}
    content = [doc[i] for i in kept if doc[i].is_alpha]
    for token in sentence:
        if token.i in kept:
            continue
        if token.lower_ == "according" and any(t.i in kept for t in (token.head, *token.head.children)):
            return f"cut {' '.join(t.text for t in token.subtree)!r}"
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _REPORTING:
            claim = [t for t in content if token in t.ancestors]
            subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(claim) >= 3 and subject and not any(c.i in kept for c in subject):
                return f"cut the source {subject[0].text!r} {token.text!r}"
    return None

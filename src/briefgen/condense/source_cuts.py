"""The source of a report as a cut: the attribution tail ("…, state television reported") and
"according to X", each left alone when the claim without it would read as fact (a quote, a
forecast, a hedge or a partisan source); and the comma bookkeeping every cut rule shares.
:mod:`briefgen.condense.compress` applies them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    CLAUSE_SUBJECT_DEPS,
    HEDGE_LEMMAS,
    HEDGE_SOURCES,
    RELATIVE_TAGS,
    REPORTING_LEMMAS,
    SPEECH_LEMMAS,
    SUBJECT_DEPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def attribution_cut(span: Span, keep: set[int]) -> set[int]:
    """'X did Y, state television reported' → 'X did Y'.

    Left alone when what remains is a direct quote: a quote without its
    speaker would read as a fact.
    """
    root = span.root
    if root.lemma_ in REPORTING_LEMMAS:
        content = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
        if content and content[0].i < root.i:  # "X said that Y" keeps the speaker
            clause = {t.i for t in content[0].subtree}
            if _quoted(span, clause) or _prediction(span, clause) or _hedged(root, span):
                return set()
            return {t.i for t in span if t.i not in clause}
    # The parser often hangs the tail on the main clause: "…, CCTV reported on Wednesday."
    for token in span:
        if (
            token.lemma_ in REPORTING_LEMMAS
            and token.i > root.i
            and token.dep_ in ("ccomp", "parataxis", "conj")
        ):
            sub = [t for t in token.subtree if not (t.is_punct and t.i < token.i and t.text == ",")]
            before = span.doc[sub[0].i - 1]
            if before.text == "," and sub[-1].i >= last_word(span, keep) and _has_subject(token):
                if _prediction(span, keep - set(range(before.i, sub[-1].i + 1))) or _hedged(token, span):
                    return set()
                return {before.i} | {t.i for t in sub}
    return set()


def _prediction(span: Span, indices: set[int]) -> bool:
    """True when the words at ``indices`` forecast or judge ("rents could rise"): without
    its source such a claim would read as fact, so the source stays."""
    return any(span.doc[i].tag_ == "MD" for i in indices)


def _hedged(verb: Token, span: Span) -> bool:
    """True when a report is a claim, not a record: a hedging verb ("a report suggests",
    "critics claim") or a source that only speculates or takes sides ("say the Tories",
    "reports say"). Such a claim keeps its source."""
    if verb.lemma_.lower() in HEDGE_LEMMAS:
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(hedge_source(t) for s in subjects for t in s.subtree)


def hedge_source(token: Token) -> bool:
    """True for a source that only speculates or takes sides ("reports", "critics", "Tories")."""
    return token.lemma_.lower() in HEDGE_SOURCES or (token.ent_type_ == "NORP" and token.pos_ == "PROPN")


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in token.children)


def _quoted(span: Span, indices: set[int]) -> bool:
    """True when the words at ``indices`` open with a quote mark."""
    first = next((span.doc[i] for i in sorted(indices) if not span.doc[i].is_space), None)
    if first is None:
        return False
    before = span.doc[first.i - 1] if first.i > span.start else None
    marks = ("“", '"', "‘", "'", "«")
    return first.text in marks or (before is not None and before.text in marks)


def according_to_cut(span: Span, keep: set[int]) -> set[int]:
    """', according to the channel' and 'according to police,'."""
    for token in span:
        if token.lower_ == "according" and token.i + 1 < span.end and span.doc[token.i + 1].lower_ == "to":
            sub = list(token.subtree)
            if _quoted(span, keep - {t.i for t in sub}) or _prediction(span, keep - {t.i for t in sub}):
                return set()
            if any(hedge_source(t) for t in sub):
                return set()  # "according to reports": a rumour without its source reads as fact
            last = sub[-1].i
            # "according to Bradford & Bingley and housebuilder George Wimpey.": the
            # parser may hang the last source on the verb; the sources run to the end
            tail = [t for t in span if t.i > last and not (t.is_punct and t.i == span.end - 1)]
            joined = tail and "cc" in (tail[0].dep_, span.doc[last].dep_)
            if joined and all(t.dep_ in _SOURCE_TAIL for t in tail):
                last = tail[-1].i
            return with_commas(span, sub[0].i, last)
    return set()


_SOURCE_TAIL = frozenset({"cc", "conj", "compound", "det", "amod", "punct", "appos", "poss", "case"})


def last_word(span: Span, keep: set[int] | None = None) -> int:
    """Index of the last kept non-punctuation token of ``span``."""
    for token in reversed(span):
        if not token.is_punct and not token.is_space and (keep is None or token.i in keep):
            return token.i
    return span.end - 1


def with_commas(span: Span, first: int, last: int) -> set[int]:
    """Tokens first..last plus the comma(s) that set them off; empty when not set off."""
    doc = span.doc
    before = doc[first - 1] if first > span.start else None
    after = doc[last + 1] if last + 1 < span.end else None
    inner = set(range(first, last + 1))
    after_is_end = after is None or (after.is_punct and after.text in ".!?" and after.i >= span.end - 1)
    if before is not None and before.text == ",":
        if after is not None and after.text == ",":
            return inner | {before.i, after.i}
        if after_is_end:
            return inner | {before.i}
        if after is not None and after.text in ("”", '"', "’", "'"):
            return set()
        return set()
    if before is None and after is not None and after.text == ",":
        return inner | {after.i}
    return set()


def misread_source(token: Token) -> bool:
    """Whether ``token``, parsed as a relative clause, is a source told after its claim: "BMW
    is preparing to enter the market for people carriers[, the firm's chief has told BBC
    News]" (review 146) has no relative pronoun, and a reporting verb with its own subject.
    Cut as an aside, it leaves the claim as fact."""
    relative = token.left_edge.tag_ in RELATIVE_TAGS or token.left_edge.tag_ == "WRB"  # "where", "when"
    if token.dep_ != "relcl" or token.lemma_ not in REPORTING_LEMMAS or relative:
        return False
    doc, last = token.doc, token.right_edge.i
    # set off by a comma and closing the sentence: not "an injury [he said he suffered] while…";
    # the parser may hang it on a noun it made an appositive (", business group the CBI says")
    first = (token.head if token.head.dep_ == "appos" else token).left_edge.i
    after = doc[last + 1] if last + 1 < len(doc) else None
    comma = first > 0 and doc[first - 1].text == ","
    return comma and (after is None or after.is_punct) and _has_subject(token)


def bare_attribution(verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying with no clause or object of its own: the source of
    what came before it ("…, but “all about the interests of the party,” the Tory leader
    said"), however the parser joined it."""
    return verb.lemma_ in SPEECH_LEMMAS and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)


def claim_kept_above(according: Token, kept: set[int]) -> bool:
    """Whether what a cut "according to" sources stays: its head or a word beside it, or
    else the nearest kept word above it is a verb, wherever the parser hung the phrase (",
    according to a newly uncovered email previously kept secret" hung on "kept", itself cut)."""
    if any(t.i in kept for t in (according.head, *according.head.children)):
        return True
    token = according
    while token.head.i != token.i:
        token = token.head
        if token.i in kept:
            return token.pos_ in ("VERB", "AUX")
    return False

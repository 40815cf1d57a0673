"""Sentence compression for bullets and headlines, on spaCy's dependency parse.

In the spirit of Hedge Trimmer (Dorr, Zajic & Schwartz 2003): keep the
grammatical core (subject, verb, object), drop what the meaning stands without
(attribution tails, parentheticals, time expressions). Compression only ever
removes words, so names, numbers and negations are never changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cleaning import strip_dateline, tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REPORTING_LEMMAS = frozenset(
    """say report tell add assure announce confirm state claim write tweet post explain
    note insist argue warn urge reveal suggest believe think accord""".split()
)
DANGLING = frozenset(
    """a an the of and or but to in on at for with by from as that which who whose than
    its his her their our your my this these those is are was were be been has have had
    will would can could should may might must not no nor so if when while after before
    since during into onto over under about against between""".split()
)
HEADLINE_MAX = 90


def compress_sentence(span: Span) -> str:
    """A shorter, still faithful statement of ``span`` (a sentence)."""
    keep = _core_tokens(span)
    return _finish(_render(span, keep))


def headline_from(span: Span, max_chars: int = HEADLINE_MAX) -> str:
    """A headline from a lead sentence: trimmed, present tense, no final stop, ≤ ``max_chars``."""
    keep = _core_tokens(span)
    keep = _drop_modifiers(span, keep, deps=("prep", "advcl", "npadvmod", "advmod"), after_object=True)
    text = _render(span, keep, present=True)
    text = _finish(text).rstrip(".")
    if len(text) > max_chars:
        text = _cut(text, max_chars)
    return text[:1].upper() + text[1:]


def _core_tokens(span: Span) -> set[int]:
    """Token indices to keep: the span minus attribution tail and parentheticals."""
    keep = {t.i for t in span if not t.is_space}
    root = span.root
    if root.lemma_ in REPORTING_LEMMAS:
        content = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
        # "X did Y, state television reported": keep only the reported clause
        # when it comes first; "X said that Y" keeps the speaker.
        if content and content[0].i < root.i:
            keep = {t.i for t in content[0].subtree if not t.is_space}
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        if depth:
            keep.discard(token.i)
        if token.text == ")" and depth:
            depth -= 1
    return keep


def _drop_modifiers(span: Span, keep: set[int], deps: tuple[str, ...], after_object: bool) -> set[int]:
    """Drop trailing modifiers of the main verb ("during their first call", "on Wednesday")."""
    verbs = [t for t in span if t.i in keep and t.dep_ in ("ROOT", "ccomp") and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return keep
    verb = min(verbs, key=lambda t: abs(t.i - _first_kept(keep)))
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "attr", "dative", "acomp", "xcomp")]
    boundary = max((c.i for c in objects), default=verb.i)
    result = set(keep)
    for child in verb.children:
        if child.dep_ in deps and child.i > boundary and child.i in keep:
            if child.dep_ == "prep" and child.lower_ in ("to", "for", "with", "against"):
                continue  # arguments more than adjuncts: "called for talks"
            result -= {t.i for t in child.subtree}
            # the comma that introduced the dropped modifier
            if child.i - 1 in result and span.doc[child.i - 1].is_punct and span.doc[child.i - 1].text == ",":
                result.discard(child.i - 1)
    # a dangling coordinating "and" left without its conjunct
    return result if len(result) >= 4 else keep


def _first_kept(keep: set[int]) -> int:
    return min(keep) if keep else 0


def _render(span: Span, keep: set[int], present: bool = False) -> str:
    parts: list[str] = []
    kept = [t for t in span if t.i in keep]
    for n, token in enumerate(kept):
        word = token.text
        if present and _is_main_past_verb(token):
            word = _present(token)
        parts.append(word)
        nxt = kept[n + 1] if n + 1 < len(kept) else None
        if nxt is not None:
            gap = token.whitespace_ if nxt.i == token.i + 1 else " "
            parts.append(gap or "")
    return "".join(parts)


def _is_main_past_verb(token: Token) -> bool:
    return token.tag_ == "VBD" and token.dep_ in ("ROOT", "ccomp", "conj") and token.lemma_ not in ("be", "have")


def _present(token: Token) -> str:
    """Third person singular present of a past-tense verb, when the subject is singular."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].tag_ in ("NNS", "NNPS") or subjects[0].lower_ in ("they", "we", "i", "you"):
        return token.text
    lemma = token.lemma_.lower()
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _finish(text: str) -> str:
    text = tidy(strip_dateline(text))
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*(?=[.;:]|$)", "", text)
    text = text.strip(" ,;:-–—")
    if text and text[-1] not in ".!?”\"'’":
        text += "."
    return text[:1].upper() + text[1:]


def _cut(text: str, max_chars: int) -> str:
    """Cut at the last clause or phrase boundary that fits, never mid-phrase."""
    words = text.split()
    while words and len(" ".join(words)) > max_chars:
        words.pop()
    # Back off to a boundary: before a comma-led clause or a preposition.
    best = words
    for n in range(len(words), 3, -1):
        candidate = words[:n]
        last = candidate[-1].lower().strip(",;:“”\"'")
        if candidate[-1].endswith((",", ";", ":")) or last in DANGLING:
            continue
        if _balanced(" ".join(candidate)):
            best = candidate
            break
    return " ".join(best).rstrip(",;:")


def _balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("(") == text.count(")")


def ends_dangling(text: str) -> bool:
    """True when ``text`` ends in a word that leaves it unfinished ("of", "the", a comma)."""
    stripped = text.rstrip()
    if stripped.endswith((",", ";", ":", "-", "–")):
        return True
    last = re.sub(r"[^\w']", "", stripped.split()[-1].lower()) if stripped.split() else ""
    return last in DANGLING

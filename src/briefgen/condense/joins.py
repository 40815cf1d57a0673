"""Where a cut joins words the sentence kept apart, so that two phrases read as one.

A cut that takes the comma before a name ("…for 2500 passengers [stranded on a cruise
ship, the] Carnival Spirit") or the preposition between two nouns ("Shareholder [in US
phone firm] MCI") leaves words side by side that the sentence did not relate: the
headline reads garbled, or says something else. :func:`comma_repairs` gives back the
comma where one will do; the checks say why a headline that still joins them is refused.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .parse import is_dash
from .wording import whole_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# What may follow a noun across a comma the cut took, and read as part of the noun's phrase.
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
_PHRASE_PARTS = frozenset({"compound", "amod", "det", "nummod", "poss", "nmod"})
_SEPARATORS = frozenset({",", "—", "–", "-", "--", ";"})  # a hyphen between cut words stands for a dash
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def glued_pairs(sentence: Span, kept: set[int]) -> list[tuple[int, int]]:
    """(last word before, first word after) each comma, dash or semicolon a cut took from
    between a noun and a noun phrase that is no part of it, so that the two read as one
    ("…for 2500 passengers [stranded on a cruise ship, the] Carnival Spirit", "…in 2004[, its
    best performance since 2000,] figures show"). A bracketed aside dropped whole glues nothing
    ("$6.75bn [(£3.6bn)] buyout")."""
    doc = sentence.doc
    words = sorted(i for i in kept if not doc[i].is_punct and not doc[i].is_space)
    pairs = []
    for a, b in pairwise(words):
        gap = doc[a + 1 : b]
        if not any(t.text in _SEPARATORS and t.i not in kept for t in gap) or any(t.is_quote for t in gap):
            continue  # a quote mark keeps them apart: “…families…” senator says
        first, second = doc[a], doc[b]
        if first.pos_ not in _NOMINAL or second.pos_ not in _NOMINAL | {"DET", "ADJ"}:
            continue
        head = _phrase_head(second)
        # a subject and its predicate with the verb cut are no join: "India[, which…, is] unlikely"
        roles = {first.dep_ in _SUBJECTS, head.dep_ in _SUBJECTS}
        predicate = head.head == first.head and first.head.i not in kept and roles == {True, False}
        if not (predicate or head.head == first or first in head.ancestors or head in first.ancestors):
            pairs.append((a, b))
    return pairs


def comma_repairs(sentence: Span, kept: set[int], words: dict[int, str]) -> dict[int, str]:
    """``words`` with a comma after the first word of each :func:`glued_pairs` pair whose
    second phrase opens the clause that follows (its subject): the cut took the comma that
    ended an opening phrase ("…in Wisconsin, police say"). Any other pair stays glued, and
    :func:`glued_across_a_cut` refuses it: a comma would make an apposition of it."""
    doc = sentence.doc
    pairs = glued_pairs(sentence, whole_words(sentence, set(kept)))  # the commas that will show
    opening = [a for a, b in pairs if _opens_a_clause(_phrase_head(doc[b]))]
    return {**words, **{a: words.get(a, doc[a].text) + "," for a in opening}}


def _phrase_head(token: Token) -> Token:
    while token.dep_ in _PHRASE_PARTS and token.head.i > token.i:
        token = token.head
    return token


def _opens_a_clause(head: Token) -> bool:
    """True for a clause's subject, or a noun the parser made a verb's conjunct ("…, figures
    [from the ministry show]", "show" read as a noun)."""
    return head.dep_ in _SUBJECTS or (head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"))


def glued_across_a_cut(sentence: Span, headline: str, kept: set[int]) -> str | None:
    """Why a headline reads two phrases as one (:func:`glued_pairs`), or None."""
    doc = sentence.doc
    for a, b in glued_pairs(sentence, kept):
        first, second = doc[a], doc[b]
        joined = rf"\b{re.escape(first.text)} {re.escape(second.text)}\b"
        # words side by side in the sentence too may have been aligned to another of the same
        # words ("Patricia Smith, the mother of Sean Smith")
        if re.search(joined, headline) and not re.search(joined, sentence.text):
            return f"glued {first.text!r} to {second.text!r} across a cut"
    return None


def preposition_cut_between(sentence: Span, kept: set[int]) -> str | None:
    """Why a headline relates two words the sentence relates through a preposition it cut, or
    None: "Shareholder MCI" of "A shareholder [in US phone firm] MCI" makes MCI the shareholder."""
    doc = sentence.doc
    for i in sorted(kept):
        token = doc[i]
        if token.is_punct or token.is_space:
            continue
        path = []
        head = token.head
        while head != head.head and head.i not in kept and sentence.start <= head.i < sentence.end:
            path.append(head)
            head = head.head
        preposition = next((t for t in path if t.dep_ == "prep" and t.pos_ == "ADP"), None)
        if preposition is None and token.dep_ == "appos" and token.head.i in kept and token.head.i < i:
            # "shareholder in US phone firm MCI": an apposition with no comma before it, after a
            # preposition's phrase, is that phrase's name (the parser hung it on the wrong noun)
            between = doc[token.head.i + 1 : token.left_edge.i]
            if not any(t.is_punct for t in between):
                preposition = next((t for t in between if t.dep_ == "prep" and t.i not in kept), None)
                head = token.head
        if preposition is not None and head.i in kept and head.pos_ in ("NOUN", "PROPN"):
            return f"cut {preposition.text!r} between {head.text!r} and {token.text!r}"
    return None


def stray_marks(sentence: Span, kept: set[int]) -> set[int]:
    """Kept marks a cut left standing alone: :func:`stray_subject_marks`, and a full stop
    the parser split from a word the cut took ("remarks in Saint-Hyacinthe, Que." read
    "remarks. come after" once the place went)."""
    doc = sentence.doc
    dots = {
        i
        for i in kept
        if doc[i].text == "." and sentence.start < i < sentence.end - 1 and i - 1 not in kept
        if not doc[i - 1].whitespace_ and not doc[i - 1].is_punct
    }
    return dots | stray_subject_marks(sentence, kept) | _unpaired_dashes(sentence, kept)


def _unpaired_dashes(sentence: Span, kept: set[int]) -> set[int]:
    """The kept one of two dashes that set off an aside the cut took with the other: "If there
    were no such thing as superdelegates[ - as Sanders claims to desire] - Clinton already
    would have won" keeps no dash between its halves."""
    if not any(mark in sentence.text for mark in ("-", "–", "—")):
        return set()
    dashes = [t.i for t in sentence if t.i > sentence.start and is_dash(t)]
    stray = set()
    for first, second in zip(dashes[::2], dashes[1::2], strict=False):
        inside = set(range(first + 1, second))
        if inside and not inside & kept and (first in kept) != (second in kept):
            stray |= {first, second} & kept
    return stray


def stray_subject_marks(sentence: Span, kept: set[int]) -> set[int]:
    """Kept commas and dashes that would stand between a subject and its verb: "Boy who took a
    snooze in the family's car, apparently slept through…" (the article's own stray comma, or
    one that closed a phrase the cut took). A mark that closes an apposition the subject opened
    ("Glenn Mason, 56, plunders…") stays."""
    doc = sentence.doc
    stray = set()
    order = sorted(kept)
    for i in order:
        mark = doc[i].text
        if mark not in (",", "—", "–", "--"):
            continue
        after = next((doc[j] for j in order if j > i and not doc[j].is_punct), None)
        verb = after.head if after is not None and after.dep_ in ("advmod", "neg", "aux") else after
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        # a list's comma hangs on the list ("how the net works, grows and evolves"); a dash that
        # closed an aside the cut took hangs on the subject ("running mate — [Gov.] Mike Pence —")
        if subject is None or doc[i].head not in (verb, subject):
            continue
        inside = {t.i for t in subject.subtree}
        words = [j for j in inside & kept if not doc[j].is_punct]
        if not words:
            continue
        between = [j for j in order if min(words) <= j < i]  # a mark before the first word goes anyway
        if all(j in inside for j in between) and sum(doc[j].text == mark for j in between) % 2 == 0:
            stray.add(i)
    return stray


# Verbs of a source named after what it reports: "…accelerated in 2004, report shows".
_TRAILING_REPORTERS = frozenset(
    "say tell report indicate show suggest claim find warn reveal estimate conclude believe predict argue "
    "state confirm".split()
)


def reporter_comma(span: Span, keep: set[int], words: dict[int, str]) -> dict[int, str]:
    """``words`` with a comma after the reported words when the source follows them and the
    cut took the comma away ("…Bernie Sanders[, I-Vt., a self-described…,] a new poll
    indicates" reads "…Sanders new poll indicates" without it)."""
    root = span.root
    if root.i not in keep or root.lemma_.lower() not in _TRAILING_REPORTERS:
        return words
    reported = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.i in keep), None)
    if reported is None:
        return words
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > reported.i), None)
    if subject is None:
        return words
    before = [i for i in keep if reported.i <= i < min(root.i, subject.left_edge.i)]  # "…, says a report"
    last = max(before, default=None)
    if last is None or span.doc[last].is_punct or span.doc[last].text in ("”", "’"):
        return words  # its own comma, a dash, or a quote's ("“…,” Sharpton says")
    return {**words, last: words.get(last, span.doc[last].text) + ","}


def label_colon(span: Span, keep: set[int], words: dict[int, str]) -> dict[int, str]:
    """``words`` with a label's colon moved onto the last kept word before it when a later cut
    took the word it was on: "Professors[ at Leeds University:] ethnic minorities would…" reads
    "Professors: ethnic minorities would…", not "Professors ethnic minorities would…"."""
    for i in [i for i, word in words.items() if word.endswith(":") and i not in keep]:
        last = max((j for j in keep if j < i), default=None)
        if last is not None and not span.doc[last].is_punct:
            words = {**words, last: words.get(last, span.doc[last].text).rstrip(":") + ":"}
    return words


# Tags of a finite verb: "is", "has [been]", "will [remain]".
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Dependencies that give a clause its subject.
_ANY_SUBJECT = _SUBJECTS | {"expl", "csubj", "csubjpass"}


def subject_hung_elsewhere(sentence: Span, kept: set[int]) -> str | None:
    """Why a headline keeps the sentence's finite main verb but not the phrase right before
    it, where the parser found no subject, or None: in "According to the most recent numbers
    from Statistics Canada, the unemployment rate of young Canadians is more than double…"
    the parser hung "the unemployment rate" on "Canada", and a cut of the source's phrase
    took the subject with it ("According to most recent numbers is more than double…")."""
    root = sentence.root
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children
    )
    if root.i not in kept or not finite or root.i == sentence.start:
        return None
    if any(c.dep_ in _ANY_SUBJECT for c in root.children):
        return None
    before = root.i - 1
    while before > sentence.start and sentence.doc[before].dep_ in ("advmod", "aux", "auxpass", "neg"):
        before -= 1
    word = sentence.doc[before]
    if word.is_punct or word.i in kept or word.dep_ not in ("appos", "pobj", "conj"):
        return None
    if any(_may_be_its_subject(sentence, sentence.doc[i]) for i in kept if i < root.i):
        return None  # "[A] jilted lover [who sent…] jailed": the parser hung the subject on a caption before
    return f"cut {word.text!r}, the subject of {root.text!r} the parser hung elsewhere"


def _may_be_its_subject(sentence: Span, token: Token) -> bool:
    """Whether a kept noun before the main verb may be its subject: no preposition's object
    ("According to [the] numbers") on the way up to the sentence's root or out of the sentence."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    node = token
    while node.head != node and sentence.start <= node.head.i < sentence.end and node.head != sentence.root:
        if node.dep_ in ("pobj", "pcomp", "agent", "prep"):
            return False
        node = node.head
    return node.dep_ not in ("pobj", "pcomp", "agent", "prep")


_DASHES = frozenset(("-", "–", "—", "--"))
_AS_VERBS = frozenset(
    "describe see regard view brand label portray characterize characterise dismiss treat rate count define "
    "name appoint elect cast hail denounce condemn praise present".split()
)
# Words that open a phrase or clause only adding when or why: after an aside, such a phrase may
# go with it ("…at the mall[—the third this month—after a search…]"); and "as" ("[— … — as part
# of must-pass legislation]"), but after a verb it completes ("described the decision[ — … — as
# a disgrace]", :data:`_AS_VERBS`).
_ADJUNCT_OPENERS = frozenset(
    "after before while during since amid despite following when because although though until".split()
)


def inside_dash_aside(span: Span, prefix: list[int], after: int | None = None) -> bool:
    """Whether ``prefix`` ends inside an aside that dashes (:func:`aside_dash`) open and close:
    half the aside would go with what the sentence says after it ("The murderous attacks in
    Europe's capital - just days after[ … in Paris - raised…]"), or right before one that a verb
    of the kept words goes on after, or any word but an adjunct's opener. A cut right before the
    aside may take it whole with an adjunct after it ("…at the mall[—the third this month—after
    a search…]"). ``after`` is the first kept word after the prefix (by default the next word):
    a word cut before, "the earthquake[ on Tuesday] — which struck…", lies between."""
    doc = span.doc
    after = prefix[-1] + 1 if after is None else after
    dashes = [i for i in prefix if aside_dash(doc[i])]
    # the first dash the cut takes opens an aside when the prefix closed all it opened
    opening = (
        next((t.i for t in doc[after : span.end] if aside_dash(t)), None) if len(dashes) % 2 == 0 else None
    )
    if opening is not None:
        # "Grassley downplayed Trump's attack[ — something that's thrown the GOP into chaos — and
        # said it's the same as…]": what the subject does after the aside goes with it
        close = next((t.i for t in doc[opening + 1 : span.end] if aside_dash(t)), None)
        rest = [t for t in doc[close + 1 : span.end] if not t.is_punct] if close is not None else []
        if any(t.pos_ in ("VERB", "AUX") and (t.head.i in prefix or t.head == t) for t in rest):
            return True
        # "called the decision by the court[ — which came after… — a disgrace]": what the parser hung
        # on the aside (or the prefix) may complete the verb; only an adjunct goes with the aside
        hung = any(opening < t.head.i < (close or 0) or t.head.i in prefix for t in rest)
        timed = (
            rest and rest[0].dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in rest[0].children)
        )
        complement = (
            rest and rest[0].lower_ == "as" and any(doc[i].lemma_.lower() in _AS_VERBS for i in prefix)
        )
        adjunct = rest and (rest[0].lower_ in _ADJUNCT_OPENERS or (rest[0].lower_ == "as" and not complement))
        return hung and not adjunct and not timed
    closed_later = any(aside_dash(t) for t in doc[after : span.end])
    return len(dashes) % 2 == 1 and closed_later and dashes[-1] != prefix[-1]


def between_dashes(span: Span, token: Token) -> bool:
    """Whether ``token`` sits inside an aside that dashes (:func:`aside_dash`) open and close."""
    before = sum(aside_dash(t) for t in span.doc[span.start : token.i])
    return before % 2 == 1 and any(aside_dash(t) for t in span.doc[token.i + 1 : span.end])


def aside_dash(token: Token) -> bool:
    """A dash that may set off an aside: an em dash or "--", spaced or not ("at the mall—the
    third this month—after…"), or a spaced en dash or hyphen; not one inside a word, a range
    ("2014–2016") or a score ("2 - 3")."""
    if token.text in ("—", "--"):
        return True
    numbers = (
        0 < token.i < len(token.doc) - 1
        and token.doc[token.i - 1].like_num
        and token.doc[token.i + 1].like_num
    )
    return spaced_dash(token) and not numbers


def spaced_dash(token: Token) -> bool:
    """A dash with a space on each side: one that sets off an aside, not a hyphen."""
    spaced_before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _DASHES and bool(token.whitespace_) and spaced_before

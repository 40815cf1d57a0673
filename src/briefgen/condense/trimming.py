"""Salience-guided trimming: drop the modifiers whose words the story never repeats.

Words a story repeats are what it is about, and summaries reuse them. Measured
on the development data: a content word of a lead that occurs nowhere else in
the article is in the real title 11-19% of the time, one the article repeats
five times or more 45-62%; in CNN/DailyMail bullets, a modifier none of whose
words recur shares a bigram with the reference highlights at half the rate of
the rest of the sentence (0.11 against 0.24). So, in the spirit of Topiary
(Zajic, Dorr & Schwartz 2004, which paired Hedge Trimmer with topic terms), such
phrases go, least repeated first, as long as the rest still stands.

Deletion only, as everywhere in :mod:`briefgen.condense.compress`, and only of what can
go without changing what is said (an allow-list, ``_optional``): a time or place
adjunct, an aside set off by commas, a participle clause. Never a negation, a
quote, an adverb, an adjective, a condition, a restriction, the main verb or its
arguments, a conjunct ("Leigh and Staunton won" is not "Leigh won"), a phrase a
later pronoun may point to, or part of a hyphenated word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import ARGUMENT_PREPS, DANGLING, NEGATIONS, REPORTING_LEMMAS, TIME_LABELS, VERB_POS
from .parse import (
    all_a_participle_says,
    comma_closes_clause,
    has_to,
    is_calendar_date,
    pronoun_may_point_into,
    relative_clause_misparsed,
    sets_in_the_past,
    town_region_noun,
    word_count,
)
from .source_cuts import misread_source
from .wording import cuts_into_quote, inside_quotes

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

# Dependency labels of the modifiers that may go (see ``_optional`` for which of them).
# Not adverbs ("nearly 70 years", "feel very strongly") nor adjectives ("featuring
# homophobic songs"): words that carry the meaning even when the story never repeats them.
TRIMMABLE = frozenset({"prep", "npadvmod", "advcl", "acl", "relcl", "appos"})
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prep", "agent"})
_SETTING_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# When or where, not a limit: "since February", "until March", "beyond 2025" always stay.
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "near", "outside", "inside", "across"})
# Not "as", "while" or "since": each is as often a cause or a contrast as a time.
_TIME_MARKS = frozenset({"when", "after", "before"})
# Below this many content words in the rest of the article, recurrence says nothing.
MIN_CONTEXT = 60


def trim_unrepeated(span: Span, keep: set[int], verb: Token, threshold: float = 0.5) -> set[int]:
    """``keep`` without the modifiers of ``span`` whose words the rest of the article rarely uses.

    A modifier's recurrence is the mean, over its content words, of how often
    each occurs outside ``span`` (capped at 3); those under ``threshold`` go,
    lowest first, while at least three words and no dangling end remain.
    ``verb`` is the main verb, which always stays.
    """
    counts = article_counts(span)
    if counts.total() < MIN_CONTEXT:
        return keep
    quoted = inside_quotes(span)
    while True:
        options = []
        for token in span:
            if token.i not in keep or token.head.i not in keep or token == span.root:
                continue
            if (
                token.dep_ not in TRIMMABLE
                or not _optional(token, keep, verb)
                or all_a_participle_says(token)
            ):
                continue  # "in a new poll released [Thursday]" (review 109)
            subtree = {t.i for t in token.subtree} & keep
            if subtree & quoted or any(span.doc[i].lower_ in NEGATIONS for i in subtree):
                continue
            if cuts_into_quote(span, subtree):
                continue  # nor what a kept quote after a colon tells: "a simple message[:] “…”"
            if any(span.doc[i].dep_ in ("conj", "cc") for i in subtree):
                continue  # "Smith, a striker from Leeds, Jones and Brown": a list, misparsed
            if pronoun_may_point_into(span.doc, keep, subtree):
                continue  # "Although the president promised…, he raised them"
            if verb.i in subtree or inside_word(span, subtree) or exposes_attachment(span, keep, subtree):
                continue
            content = [span.doc[i] for i in subtree if span.doc[i].is_alpha and not span.doc[i].is_stop]
            if not content:
                continue
            recurrence = sum(min(counts[t.lemma_.lower()], 3) for t in content) / len(content)
            if recurrence >= threshold or any(
                t.pos_ == "PROPN" and counts[t.lemma_.lower()] >= 2 for t in content
            ):
                continue  # a name the story keeps using is what it is about
            first, last = min(subtree), max(subtree)
            if first - 1 in keep and span.doc[first - 1].text == ",":
                subtree.add(first - 1)
                if last + 1 in keep and span.doc[last + 1].text == ",":
                    # the comma that also closes a clause stays: "…in Benghazi[, Libya], discussed"
                    kept = first - 1 if comma_closes_clause(token.head, last + 1) else None
                    subtree = (subtree | {last + 1}) - {kept}
            options.append((recurrence, -len(subtree), subtree))
        for _, _, subtree in sorted(options, key=lambda o: o[:2]):
            rest = keep - subtree
            last = next((span.doc[i] for i in sorted(rest, reverse=True) if not span.doc[i].is_punct), None)
            if word_count(span, rest) >= 3 and last is not None and last.lower_ not in DANGLING:
                keep = rest
                break
        else:
            return keep


def _optional(token: Token, keep: set[int], verb: Token) -> bool:
    """Whether the modifier headed by ``token`` can go without changing what is said.

    An allow-list, so anything not known to be safe stays: a time or place
    adjunct of a verb, a non-restrictive phrase set off by commas, or a
    participle clause. Never a condition ("if sales fall"), a purpose ("to
    protest"), a restriction ("approved for use in children", "farmers affected
    by the drought") or the object of a word that needs it ("lower than …").
    Each dependency label has its own rule in :data:`OPTIONAL_BY_DEP`.
    """
    if token.head.pos_ in ("ADP", "ADV", "ADJ") or token.head.lower_ in ("than", "down", "up"):
        return False  # "ten times lower than [among…]", "down [from 62%]"
    rule = OPTIONAL_BY_DEP.get(token.dep_)
    return rule is not None and rule(_Trimmable.of(token, keep, verb))


@dataclass(frozen=True)
class _Trimmable:
    """A modifier a trim may take, with what its rule needs to know."""

    token: Token  # its head
    keep: set[int]  # what the sentence keeps so far
    verb: Token  # the sentence's main verb
    kept: tuple[Token, ...]  # its kept words
    last: int  # its last token
    opened: bool  # a comma before it
    closed: bool  # a comma or the sentence's end after it

    @classmethod
    def of(cls, token: Token, keep: set[int], verb: Token) -> _Trimmable:
        doc = token.doc
        first, last = min(t.i for t in token.subtree), max(t.i for t in token.subtree)
        return cls(
            token,
            keep,
            verb,
            tuple(t for t in token.subtree if t.i in keep),
            last,
            first > 0 and doc[first - 1].text == ",",
            last + 1 >= len(doc) or doc[last + 1].text in (",", ".", "!", "?", ";"),
        )


def _optional_npadvmod(m: _Trimmable) -> bool:
    """A time ("this summer") or a comment set off at the end (", a move that…"), after the
    verb; not a rate ("cost it 1bn francs a month") nor a misparsed subject ("Tuesday marks…")."""
    if is_rate(m.token) or sets_in_the_past(m.kept):
        return False
    words = [t for t in m.kept if t.is_alpha]
    time = bool(words) and all(t.ent_type_ in TIME_LABELS for t in words)
    doc = m.token.doc
    comment = m.opened and all(t.is_punct for t in doc[m.last + 1 : m.token.sent.end] if t.i in m.keep)
    return m.token.i > m.verb.i and (time or comment)


def _optional_prep(m: _Trimmable) -> bool:
    """When or where it happened ("in Istanbul", "on Valentine's Day"), after the verb's first
    complement ("live in poverty" is not "live"); a noun's own phrase only as an aside. Never
    an argument ("called for talks") nor one of two dates ("fell to 2.8% in September from
    3.4% in August")."""
    token = m.token
    if token.lower_ in ARGUMENT_PREPS or sets_in_the_past(m.kept):
        return False
    if token.head.pos_ not in VERB_POS:
        return m.opened and m.closed
    head, doc = token.head, token.doc
    after_complement = any(
        c.dep_ in _COMPLEMENTS and c.i in m.keep and head.i < c.i < token.i for c in head.children
    )
    objects = [c for c in token.children if c.dep_ == "pobj"]
    setting = token.lower_ in _SETTING_PREPS and bool(objects) and objects[0].ent_type_ in _SETTING_LABELS
    inside = {t.i for t in token.subtree}
    if (
        objects
        and objects[0].ent_type_ in TIME_LABELS
        and any(is_calendar_date(doc[i]) for i in m.keep - inside)
    ):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    place = bool(objects) and objects[0].ent_type_ in ("GPE", "LOC", "FAC")
    if (
        place
        and before is not None
        and before.pos_ == "NOUN"
        and [c.lower_ for c in before.children] == ["the"]
    ):
        return False  # "sailed across the lake [in Bromsgrove]": the place may say which lake (a time never)
    return token.i > head.i and after_complement and setting


def _optional_aside(m: _Trimmable) -> bool:
    """Only a non-restrictive clause or appositive: "Parents who refuse contact could be
    tagged" is not "Parents could be tagged"; one without its commas is a misparse."""
    aside = m.opened and m.closed and not any(c.dep_ == "mark" for c in m.token.children)
    return aside and not misread_source(m.token)  # "…carriers[, the firm's chief has told BBC News]"


def _optional_appos(m: _Trimmable) -> bool:
    """An aside, but never a name that says who a noun is ("Teenage singing sensation, Joss
    Stone, nominated")."""
    token = m.token
    if (token.ent_type_ or token.pos_ == "PROPN") and token.head.pos_ == "NOUN":
        return False
    return _optional_aside(m) and not town_region_noun(token) and not relative_clause_misparsed(token)


def _optional_advcl(m: _Trimmable) -> bool:
    """A participle clause (", prompting fresh speculation") or a time clause; not a
    condition, a concession, a cause or a purpose ("to protest")."""
    token = m.token
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    if has_to(token):
        return False
    if lost_its_content(token):
        return False
    if marks:
        return marks <= _TIME_MARKS
    return token.tag_ in ("VBG", "VBN") and m.opened


# Verbs of saying and finding, which are not whole without what was said or found.
_FINDING_LEMMAS = REPORTING_LEMMAS | frozenset("show find indicate demonstrate prove conclude".split())
_CONTENT_DEPS = frozenset("ccomp dobj xcomp attr oprd".split())


def lost_its_content(verb: Token) -> bool:
    """True for a verb of saying or finding with nothing said or found in the parse: "spoke
    after a research project revealed [more than a fifth of students have…]", where the parser
    hung what was revealed on the main verb. Cutting its clause would give the finding to the
    speaker, so the clause stays."""
    return verb.lemma_.lower() in _FINDING_LEMMAS and not any(c.dep_ in _CONTENT_DEPS for c in verb.children)


# Which modifiers may go, by dependency label; a label not here always stays.
OPTIONAL_BY_DEP: dict[str, Callable[[_Trimmable], bool]] = {
    "npadvmod": _optional_npadvmod,
    "prep": _optional_prep,
    "relcl": _optional_aside,
    "acl": _optional_aside,
    "appos": _optional_appos,
    "advcl": _optional_advcl,
}


def is_rate(token: Token) -> bool:
    """True for the unit of a rate: "a month", "per day", "each year"."""
    return any(c.dep_ in ("det", "prep") and c.lower_ in ("a", "an", "per", "each") for c in token.children)


def article_counts(span: Span) -> Counter[str]:
    """How often each content lemma occurs in the article (``span.doc``) outside ``span``."""
    return _doc_counts(span.doc) - _content_lemmas(span)


def _content_lemmas(tokens: Iterable[Token]) -> Counter[str]:
    return Counter(t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop)


# The last article's counts: a brief asks for them once per candidate sentence and
# headline option, and counting the whole article each time was a fifth of a brief's
# time. One entry, read and replaced as one reference, so threads never mix articles.
_last_counts: tuple[Doc, Counter[str]] | None = None


def _doc_counts(doc: Doc) -> Counter[str]:
    global _last_counts
    cached = _last_counts
    if cached is None or cached[0] is not doc:
        cached = (doc, _content_lemmas(doc))
        _last_counts = cached
    return cached[1]


def inside_word(span: Span, indices: set[int]) -> bool:
    """True when cutting ``indices`` out would split a word ("fence-mending", "state-by-state")."""
    doc = span.doc
    first, last = min(indices), max(indices)
    before = doc[first - 1] if first > 0 else None
    joined_before = before is not None and not before.whitespace_ and before.text not in '([{"“‘'
    joined_after = (
        not doc[last].whitespace_ and last + 1 < len(doc) and doc[last + 1].text not in ',.;:!?)]}"”’'
    )
    return joined_before or joined_after


def exposes_attachment(span: Span, keep: set[int], indices: set[int]) -> bool:
    """True when the first word kept after ``indices`` is "and"/"or" or a relative pronoun:
    cutting "in England" out of "dogs in England and Wales", or "over a CD" out of "sue
    Wal-Mart over a CD that contains…", would hand what the phrase held to the word before
    it ("dogs and Wales", "Wal-Mart that contains…"); the parser's attachment there is too
    often wrong to trust, so the phrase stays."""
    after = next((span.doc[i] for i in sorted(keep) if i > max(indices) and not span.doc[i].is_punct), None)
    return after is not None and (after.pos_ == "CCONJ" or after.tag_ in ("WDT", "WP", "WP$"))


# Prepositions that open a list of examples of the noun before them.
_EXAMPLE_PREPS = frozenset({"including"})


def examples(span: Span, keep: set[int]) -> set[int]:
    """The kept tokens of a list of two or more examples after a plural noun, with its
    commas: "Hollywood stars[ including Spike Lee and Alan Alda] paid tribute". What the noun
    does, each of them did; the list only names some."""
    drop: set[int] = set()
    doc = span.doc
    for token in span:
        if token.lower_ not in _EXAMPLE_PREPS or token.dep_ != "prep" or token.i not in keep:
            continue
        if token.head.tag_ not in ("NNS", "NNPS") or token.head.i not in keep or token.i < token.head.i:
            continue
        phrase = {t.i for t in token.subtree}
        listed = any(c.dep_ == "conj" for t in token.children if t.dep_ == "pobj" for c in t.children)
        if inside_quotes(span) & phrase or not listed:
            continue  # one example ("including a Briton") is often the story's own hook
        before, after = token.left_edge.i - 1, token.right_edge.i + 1
        if after < span.end and (doc[after].pos_ in ("NOUN", "PROPN") or doc[after].lower_ == "and"):
            continue  # "stars including Lee, Reynolds and Alda paid": the parser split the list
        if before >= span.start and doc[before].text == ",":
            phrase.add(before)
            if after < span.end and doc[after].text == ",":
                phrase.add(after)  # ", including Lee and Alda," as an aside
        drop |= phrase & keep
    return drop

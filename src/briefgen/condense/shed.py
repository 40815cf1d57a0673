"""A last cut for a long sentence that must keep its source: shed a setting in the middle.

With its source kept (", state television reported"), a long lead no longer fits a bullet
by cutting its tail. What can go instead is a setting of the main verb or of the claim's
verb: a time, place or circumstance phrase ("during their first telephone call since the
war began", "after a four-hour debate"), never a phrase that completes the verb ("fell to a
record low", "involved in a crash"), a quote, a negation or a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import NEGATIONS, REPORTING_LEMMAS
from .completions import CHANGE_VERBS, PREP_PREDICATES, spent_doing
from .compress import compress_tokens
from .parse import answer_clause, set_off, sets_in_the_past
from .trimming import lost_its_content
from .wording import (
    balance_sentence_marks,
    cuts_into_quote,
    finish_sentence,
    inside_quotes,
    quote_around,
    render_kept,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions that set a scene rather than complete a verb.
_SETTING_PREPS = frozenset(
    "during amid amidst despite after before following throughout in on at near over via".split()
)


def shed_settings(span: Span, max_words: int, target_words: int) -> str | None:
    """``span`` compressed, then its longest settings shed until it has at most ``max_words``
    words; None when that is not enough."""
    keep = compress_tokens(span, target_words)
    quoted = inside_quotes(span)
    root = span.root
    verbs = [root, *(c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX"))]
    settings: list[tuple[set[int], bool]] = []  # (phrase, whether it opens the sentence)
    for verb in verbs:
        if verb.lemma_.lower() in CHANGE_VERBS | PREP_PREDICATES:
            continue
        for child in verb.children:
            setting = (child.dep_ == "advcl" and not lost_its_content(child)) or (
                child.dep_ == "prep" and child.lower_ in _SETTING_PREPS
            )
            setting = setting and not answer_clause(child)  # ", as a prosecutor questioned…" is news
            setting = setting and not spent_doing(child)  # "took turns[ urging the crowd…]" (review 211)
            if setting and child.i > verb.i and child.i in keep and not sets_in_the_past(child.subtree):
                settings.append(({t.i for t in child.subtree}, False))
    opening = _opening_occasion(span, keep)
    if opening:
        settings.append((opening, True))
    for phrase, opens in sorted(settings, key=lambda p: len(p[0]), reverse=True):
        # "the suspect[ at his home in Leeds] and detectives searched…": the parser may hang the
        # "and" that joins the next clause on the phrase's noun; it stays, or the clauses glue
        while len(phrase) > 1 and span.doc[max(phrase)].dep_ == "cc":
            phrase = phrase - {max(phrase)}
        if (
            _quotes_words(phrase, quoted)
            or cuts_into_quote(span, phrase)
            or any(span.doc[i].lower_ in NEGATIONS for i in phrase)
        ):
            continue  # nor what a kept quote after a colon tells: "a simple message[:] “…”" (review 142)
        following = next((span.doc[i] for i in sorted(keep) if i > max(phrase)), None)
        verbs_of = [span.doc[i].head for i in phrase if span.doc[i].head.i not in phrase]
        # what follows opens a phrase of the same verb ("stated [in a release] that…")
        sibling = following is not None and (
            following.is_punct
            or following.dep_ == "cc"
            or any(
                # a relative clause hung on the verb is the parse's slip: it is about the noun
                # the phrase ends on ("on two articles [published in October] that examined…")
                c.left_edge == following and c.dep_ != "relcl" and (c.dep_ != "conj" or set_off(c))
                for v in verbs_of
                for c in v.children
            )
        )
        if following is not None and not (sibling or opens):
            continue  # "came [as … after the FBI] last week closed out…": the parse hung the rest elsewhere
        last = span.doc[max(phrase)]
        glued = following is not None and following.i == last.i + 1 and last.pos_ in ("NOUN", "PROPN")
        # "…into focus[ as the Fed prepares to raise rates] and the job market improves": a clause of
        # its own after the cut would read as the kept verb's partner (review 206)
        joined = [c for c in following.head.children if c.dep_ == "conj"] if following is not None else []
        clause = any(span.doc[i].dep_ == "advcl" and span.doc[i].head.i not in phrase for i in phrase)
        if (
            clause
            and following is not None
            and following.dep_ == "cc"
            and any(_has_subject(c) for c in joined)
        ):
            continue  # (not "arrived in Brussels[ on Thursday evening] and officials said…")
        if glued and (following.pos_ == "ADJ" or following.tag_ in ("VBN", "VBG")):
            # "giving cover to lawmakers[ nervous about being tethered…]": the parser hung the noun's
            # own modifier on the verb; shed, it would read as the kept object's (review 207)
            continue
        if (
            following is not None
            and last.text == ","
            and any(c.left_edge == following and c.dep_ in _OBJECTS for v in verbs_of for c in v.children)
        ):
            # "pursued the Christian right here [since he announced … at Liberty University in
            # Virginia,] the evangelical institution founded by…": no object follows its verb after a
            # comma, so the noun is an aside on the phrase's last name, misparsed
            continue
        before = span.doc[min(phrase) - 1] if min(phrase) > span.start else None
        comma = {before.i} if before is not None and before.text == "," and not opens else set()
        keep = keep - phrase - comma
        text = balance_sentence_marks(finish_sentence(render_kept(span, keep)))
        if len(text.split()) <= max_words:
            return text
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# How the parser may hang an aside after a comma on the verb instead of the noun before it.
_OBJECTS = frozenset("dobj attr npadvmod oprd dative".split())
# What a reporting verb's occasion opens on: "During an interview with…", "Amid the protests".
_OCCASION_PREPS = frozenset("during amid amidst following".split())
# A participle of speaking whose clause sets the occasion: "Speaking to reporters", "while
# commenting on…"; not "Asked whether…" or "Assuming rates stay low" (a condition, a question).
_OCCASION_PARTICIPLES = frozenset(
    "speaking talking addressing writing commenting appearing testifying responding".split()
)
# Pronouns a subject may lean on a name in the opening for.
_POINTERS = frozenset("he she it they him her them his its their hers theirs".split())


def _opening_occasion(span: Span, keep: set[int]) -> set[int]:
    """The phrase before the subject of a reporting verb that only says on what occasion it
    was said ("[During an interview with NBC for “Dateline” broadcast on “MSNBC Live,”] the
    hacker stated…"), with the comma that closes it, or an empty set. Not a time that bounds
    a state ("Before the reforms, women could not…"), a condition or a question ("Asked
    whether…", "Assuming…"), nor a phrase naming whom a pronoun after it stands for ("During
    Angela Merkel's years as chancellor, she met…")."""
    root = span.root
    if root.lemma_.lower() not in REPORTING_LEMMAS:
        return set()
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(t.lower_ in _POINTERS for t in subjects[0].subtree):
        return set()  # "[During Angela Merkel's years as chancellor,] she met…": who she is would go
    start = subjects[0].left_edge.i
    for child in root.children:
        if child.i >= start or child.i not in keep:
            continue
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            occasion = child.lower_ in _OCCASION_PREPS and all(o.tag_ != "VBG" for o in objects)
        else:
            occasion = child.dep_ == "advcl" and child.lower_ in _OCCASION_PARTICIPLES
        if not occasion:
            continue
        subtree = {t.i for t in child.subtree}
        between = list(span.doc[max(subtree) + 1 : start])
        if "," not in [t.text for t in between] or any(t.text not in (",", "”", '"', "’") for t in between):
            continue  # the phrase must run up to the comma before the subject, or it strands what follows
        phrase = _with_its_closing_mark(span, subtree)
        if any(span.doc[i].text in ("”", '"', "’") for i in {t.i for t in between} - phrase):
            continue  # a closing mark the phrase did not open: someone's words end there
        return phrase | {t.i for t in between}
    return set()


# The most words a quoted name may have: a show's or a report's title ("“Dateline on Assignment”").
_TITLE_WORDS = 6


def _quotes_words(phrase: set[int], quoted: set[int]) -> bool:
    """Whether ``phrase`` holds someone's quoted words, not only a quoted title, whole with
    its marks: "for “Dateline on Assignment” broadcast on…" may go as a setting; a quote never."""
    inside = phrase & quoted
    return any(
        len(run := quote_around(i, quoted)) > _TITLE_WORDS
        or not (min(run) - 1 in phrase and max(run) + 1 in phrase)
        for i in inside
    )


def _with_its_closing_mark(span: Span, phrase: set[int]) -> set[int]:
    """``phrase`` with the comma and closing mark the parser left outside it: “MSNBC Live,”;
    only when the phrase opened that quote (its own marks do not pair up)."""
    words = [span.doc[i].text for i in sorted(phrase)]
    unclosed = words.count("“") > words.count("”") or words.count('"') % 2 == 1
    end = max(phrase) + 1
    while end < span.end and span.doc[end].text in (",", "."):
        end += 1
    if unclosed and end < span.end and span.doc[end].text in ("”", '"') and end > max(phrase) + 1:
        return phrase | set(range(max(phrase) + 1, end + 1))
    return phrase

"""Does a bullet lean on what the brief does not give? A "He said…" with no "he" before it,
"That argument…", "The story also noted…", a surname the brief never introduced, "Some used
a piece of pipe…": the engine (:mod:`briefgen.engines.extractive`) passes over such a bullet
for another sentence. The checks themselves live in :mod:`briefgen.condense.referents`,
:mod:`~briefgen.condense.person_referents`, :mod:`~briefgen.condense.descriptions` and
:mod:`~briefgen.condense.lost_clause`; this module weighs them against the brief chosen so far.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..condense.claim_carriers import ownerless_source
from ..condense.descriptions import (
    bare_quantifier,
    bare_siding,
    numbered_group,
    other_ones,
    reported_it,
    share_of_unnamed,
    the_same,
    unbound_it,
    unintroduced_description,
    unintroduced_inside,
    unnamed_group,
)
from ..condense.lost_clause import (
    continues_a_claim,
    continues_a_flashback,
    figure_of_a_finding,
    finding_about_pronoun,
    unmatched_comparative,
)
from ..condense.person_referents import (
    lone_surnames,
    person_epithet,
    pronoun_referent,
    subject_pronoun,
    unbound_pronoun,
    unnamed_pair,
)
from ..condense.pro_forms import known_it, pro_verb
from ..condense.referents import TIME_NOUNS, missing_referent, uncontracted
from ..condense.subject_they import subject_they
from ..read.cleaning import strip_dateline
from ..types import AnalysedArticle, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..quotes.speakers import Registry


def lacks_referent(
    analysed: AnalysedArticle,
    candidates: Sequence[Sentence],
    k: int,
    before: Sequence[int],
    texts: dict[int, str],
    headline: str,
    names: Names,
) -> bool:
    """True when bullet ``k`` opens on a word that points back ("He", "That argument") and
    neither the headline nor a chosen bullet before it gives what it points to.

    "He" or "she" points to the person the article last named before the sentence (of the
    pronoun's gender when known), and that person must be named earlier in the brief:
    another man named there would be taken for him ("He said that when Trump's properties
    did well…" is the mayor speaking, not Trump). A person named by surname alone must be
    named in full earlier in the brief ("Chapman says…" leaves the reader asking who). "It" or
    "That" right after a question answers it, and the brief never carries the question."""
    persons = sorted({e.text for e in analysed.entities if e.label == "PERSON"})
    index = candidates[k].index
    follows = any(candidates[j].index == index - 1 for j in before)
    opening = not before and index == analysed.opening_index()
    # a headline cut from a later sentence introduces no thing that sentence lacks ("Story notes
    # only one…" over "The story also noted that only one…"), though a name it gives is the
    # brief's; the article's own opening leans on nothing before it
    own = index > analysed.opening_index() and _cut_from(headline, candidates[k].text)
    earlier = [*([] if own else [headline]), *(texts[j] for j in sorted(before))]
    if missing_referent(texts[k], earlier, persons, follows, opening=opening) is not None:
        return True
    if analysed.doc is None:
        return False
    registry = names.registry()
    context = {w.lower() for w in re.findall(r"[\w’'-]+", " ".join(earlier))}
    names_given = context | {w.lower() for w in re.findall(r"[\w’'-]+", headline)}
    names_given |= {re.sub(r"['’]s$", "", w) for w in names_given}  # "Cruz's" names Cruz

    def named(name: str) -> bool:
        return any(part.lower() in names_given for part in name.split() if len(part) > 2)

    span = analysed.span_of(candidates[k])
    first = texts[k].split(maxsplit=1)[0].lower().strip("“\"'‘").replace("’", "'") if texts[k].strip() else ""
    # "Chapman says…", "Palmer’s presence…": a surname the brief never introduced; right after
    # the previous bullet, one the bullet opens on (the article may have named her in between)
    lone = lone_surnames(span, texts[k], registry) if span is not None else []
    # the word the bullet uses must be the brief's before: "Amira was one of three girls…" is not
    # named by "Abase Hussen", her father, whose given name is her surname (review 205)
    words = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'-]+", texts[k])}
    said = {f: [p for p in f.split() if len(p) > 2 and p in words] for f in lone}
    used = [f for f in lone if not (any(p.lower() in names_given for p in said[f]) if said[f] else named(f))]
    if any(not follows or first.strip(",") in f.lower().split() for f in used):
        return True
    if not before and not opening and span is not None and _also(span):
        return True  # "He also produced Mr Tambourine Man…" as the first bullet: besides what?
    if _HERE.search(_QUOTED.sub(" ", texts[k])) and _datelined(analysed):
        return True  # "…at a Bernie Sanders rally here in late June": where, only the dropped dateline says (run 218)
    if before and not follows and span is not None and _also(span) and _new_subject(span, names_given):
        return True  # "Huawei has also been banned from 5G networks…" after bullets on trade talks (run 218)
    if not follows and span is not None and finding_about_pronoun(span):
        return True  # "A study has found it may make your brain larger, too." (exercise)
    if not follows and span is not None and person_epithet(span):
        # "…, the Mallorcan became the youngest…": the person the sentence before was about, or
        # whoever the article named last, not anyone the brief names
        referent = pronoun_referent(analysed.doc, candidates[k].start, "", registry)
        if referent is None or not named(referent):
            return True
    left_out = _left_out_before(analysed, candidates, k, before) if span is not None else []
    if span is not None and figure_of_a_finding(span, left_out):
        return True  # "…experts were 77% men." after "Research … showed that…"
    if span is not None and continues_a_flashback(span, left_out):
        return True  # "Six thousand people packed the Oncenter…" after "The last time…, in April"
    if span is not None and continues_a_claim(
        span, _left_out_before(analysed, candidates, k, before, paragraph=False)
    ):
        return True  # "Moreover, the government had ignored…" after "…, Brafman noted; …"
    if not follows and span is not None and unmatched_comparative(span):
        return True  # "The crowd was smaller Friday": than the one the sentence before told
    if not follows and not opening and span is not None and ownerless_source(span):
        # "A tweet last week said…": whose, the sentence before told; unless the brief names
        # someone the article named in the sentences just before ("Toyota is recalling… A
        # spokesman said…"): a person by surname, a body by its name's own words
        near = analysed.sentences[max(0, index - 3)].start
        owners = [
            e
            for e in analysed.entities
            if e.label in ("ORG", "PERSON", "NORP") and near <= e.start and e.end <= candidates[k].start
        ]
        if not any(_owner_named(e.text, e.label, names_given) for e in owners):
            return True
    if not follows and index > 0 and span is not None:
        prior = analysed.sentences[index - 1]
        prior_span = analysed.span_of(prior)
        if prior_span is not None and unnamed_pair(texts[k], prior_span, named):
            return True  # "The pair had a thrilling battle…" under a bullet naming two others
    named_people = len({p.split()[-1] for p in persons if named(p)})  # "Obama", "Barack Obama": one
    bodies = {e.text for e in analysed.entities if e.label in ("ORG", "GPE", "NORP") and named(e.text)}
    # the sentences right before, in the brief, may be the group: "A strong, intelligent woman… A rich,
    # good-looking banker… Actually, the two people are one and the same: Isabelle…" (review 175)
    run = next(
        n
        for n in range(len(before) + 1)
        if candidates[k].index - n - 1 not in {candidates[j].index for j in before}
    )
    if span is not None and numbered_group(span, context, max(named_people, run), max(len(bodies), run)):
        return True  # "The two people are one and the same" after a bullet describing one
    counted = _COUNTED_THEM.search(texts[k])
    if counted and not follows and not (span is not None and _names_its_group(span)):
        return True  # "…don't expect to see the two of them on the same stage": which two, the sentence before says
    previous = analysed.sentences[index - 1].text.rstrip("”\"'’ ") if index > 0 else ""
    if follows or (first in _ANSWERING and previous.endswith("?")):
        return not follows  # "It's not being anybody's running mate." answers "What's next for him?"
    if span is not None and (
        bare_quantifier(span) or reported_it(span) or the_same(span) or known_it(span) or pro_verb(span)
    ):
        # "Some used a piece of pipe…": some of whom? "…said it was a good deal": what? "know it
        # too"; "appears to have done that quite successfully": done what?
        return True
    pronoun = uncontracted(first)  # "She's sitting…"; "Despite the wisdom, he pledged…"
    pronoun = (subject_pronoun(span) if span is not None else None) or pronoun
    if pronoun in ("he", "she"):
        referent = pronoun_referent(analysed.doc, candidates[k].start, pronoun, registry)
        return referent is not None and not named(referent)
    unbound = unbound_pronoun(span) if span is not None else None
    if unbound is not None:  # "Six thousand people packed the Oncenter to cheer him on"
        referent = pronoun_referent(analysed.doc, candidates[k].start, unbound, registry)
        if referent is not None and not named(referent):
            return True
    if (re.match(r"\W*It\b", texts[k]) or (span is not None and _it_after_a_time(span))) and index > 0:
        before_it = analysed.sentences[index - 1]
        prior = analysed.span_of(before_it)
        if span is not None and unbound_it(span, prior, context):
            return True  # "[But] it is already having a big impact…" after "Voters' anger…"
    if span is not None and not follows and (other_ones(span, context) or bare_siding(span)):
        return True  # "Curfews … were other options…": besides what? "…, disagrees.": with what?
    if span is not None and not follows and re.search(r"\bthem\b", texts[k]):
        earlier_spans = [analysed.span_of(s) for s in reversed(analysed.sentences[max(0, index - 3) : index])]
        if share_of_unnamed(span, [s for s in earlier_spans if s is not None], context):
            return True  # "…nearly five per cent of them had worked…": of whom?
    if (
        pronoun == "they"
        and opening
        and not analysed.article.source.title
        and span is not None
        and not span.ents
    ):
        return True  # the opening's "They are a stunning visualisation of the art": the pictures (review 199)
    whole = analysed.sentences[index]
    # the copy after a caption run into it: "…through history They show Orange has…"
    glued = candidates[k].start > whole.start and analysed.doc is not None
    if (pronoun in ("they", "their") or (span is not None and subject_they(span))) and (index > 0 or glued):
        before_it = (
            analysed.doc.char_span(whole.start, candidates[k].start, alignment_mode="contract")
            if glued
            else analysed.span_of(analysed.sentences[index - 1])
        )
        if unnamed_group(before_it, context):
            return True  # "They are hoping…" after "…are Anna Palmer and Jake Sherman"
    brief = " ".join(earlier)
    organisations = any(e.label in ("ORG", "GPE", "NORP") and e.text in brief for e in analysed.entities)
    if span is None:
        return False
    # the article's opening leans on nothing before it, not even a dateline's credit ("WASHINGTON
    # (Reuters) - The Chinese government…")
    before_text = "" if index == analysed.opening_index() else analysed.text[: candidates[k].start]
    people = any(named(p) for p in persons)
    # "The board's six-page ruling…" with no board in the brief; "…said the school received…"
    return bool(
        unintroduced_description(
            span, before_text, context, names_an_org=organisations, names_a_person=people
        )
        or unintroduced_inside(
            span, texts[k], before_text, context, names_an_org=organisations, names_a_person=people
        )
    )


# A group counted "of them", whom only the sentence before names (review 208: Clinton and Obama, read
# as the Biden and Warren the brief named).
_COUNTED_THEM = re.compile(r"\b(?:the (?:two|three|four)|both) of them\b", re.I)


def _names_its_group(span: Span) -> bool:
    """Whether ``span`` names, before its "of them", the group it counts: two people or bodies
    joined ("Biden and Warren … the two of them"), or a counted noun ("Two firefighters were
    injured…, and both of them…"); not a pair of days or places ("On Monday and Tuesday, …")."""
    them = next(
        (t for t in span if t.lower_ == "them" and t.i > span.start and t.doc[t.i - 1].lower_ == "of"), None
    )
    end = them.i if them is not None else span.end
    for token in span.doc[span.start : end]:
        if token.ent_type_ in _GROUP_LABELS and any(
            c.dep_ == "conj" and c.ent_type_ in _GROUP_LABELS and c.i < end for c in token.children
        ):
            return True
        counting = ("nummod", "det", "predet")
        counts = token.lower_ in ("two", "three", "four", "both") and token.dep_ in counting
        time = token.head.ent_type_ in ("DATE", "TIME") or token.head.lower_.rstrip("s") in TIME_NOUNS
        if counts and token.head.pos_ == "NOUN" and token.head.i < end and not time:  # not "Two years ago"
            return True
    return False


_GROUP_LABELS = frozenset(("PERSON", "ORG", "NORP"))


def _also(span: Span) -> bool:
    """Whether the main verb of ``span`` (or of the clause its source reports) says "also":
    it adds to something before it, which a brief's first bullet does not have."""
    verbs = [span.root, *(c for c in span.root.children if c.dep_ == "ccomp")]
    return any(c.dep_ == "advmod" and c.lower_ == "also" for v in verbs for c in v.children)


# "here" as the place a report is filed from, outside quotes (not "Here's how…", "Here is…").
_HERE = re.compile(r"(?<!^)\bhere\b(?!['’]s)", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def _datelined(analysed: AnalysedArticle) -> bool:
    """Whether the article opens on a dateline ("LOS ANGELES —"), which a brief leaves out."""
    opening = analysed.opening_index()
    text = analysed.sentences[opening].text if opening is not None else ""
    return strip_dateline(text) != text


def _new_subject(span: Span, words: set[str]) -> bool:
    """Whether the subject of the verb that says "also" (:func:`_also`) is a name none of
    ``words`` (the brief's so far) gives: "Roe said Zentel had also been banned…"."""
    verbs = [span.root, *(c for c in span.root.children if c.dep_ == "ccomp")]
    adding = [v for v in verbs if any(c.dep_ == "advmod" and c.lower_ == "also" for c in v.children)]
    subjects = [c for v in adding for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the subject's own name, not one an aside gives ("his backroom staff - … Roy Aitken…")
    names = [
        t.lower_
        for s in subjects
        if s.pos_ == "PROPN"
        for t in (s, *(c for c in s.children if c.dep_ == "compound"))
        if len(t) > 2
    ]
    return bool(names) and not any(n in words for n in names)


def _cut_from(headline: str, text: str) -> bool:
    """Whether ``headline`` is a cut of ``text``: all but one in ten of its words (one, in a
    short headline) are the sentence's, as wire style turns "noted" into "notes"."""
    words = re.findall(r"[\w’'-]+", headline.lower())
    sentence = set(re.findall(r"[\w’'-]+", text.lower()))
    return sum(w not in sentence for w in words) <= max(1, len(words) // 10)


def _left_out_before(
    analysed: AnalysedArticle,
    candidates: Sequence[Sentence],
    k: int,
    before: Sequence[int],
    *,
    paragraph: bool = True,
) -> list[Span]:
    """The two sentences before bullet ``k`` in its paragraph (or in any, without ``paragraph``:
    "Specifically, …" opening a paragraph carries on the claim that closed the one before),
    those the brief leaves out."""
    sentence = candidates[k]
    chosen = {candidates[j].index for j in before}
    earlier = [
        s
        for s in analysed.sentences[max(0, sentence.index - 2) : sentence.index]
        if (s.paragraph == sentence.paragraph or not paragraph) and s.index not in chosen
    ]
    spans = (analysed.span_of(s) for s in earlier)
    return [s for s in spans if s is not None]


# Answers to the question before them ("What's next for him? It's not being…"): no bullet.
_ANSWERING = frozenset("it it's that that's this they".split())


class Names:
    """The article's registry of names (:func:`briefgen.quotes.speakers.build_registry`), built
    on first use and kept while one brief's bullets are chosen."""

    def __init__(self, analysed: AnalysedArticle) -> None:
        self._doc = analysed.doc
        self._registry: Registry | None = None

    def registry(self) -> Registry:
        if self._registry is None:
            from ..quotes.speakers import build_registry

            self._registry = build_registry(self._doc)
        return self._registry


def _it_after_a_time(span: Span) -> bool:
    """Whether the subject "it" of ``span`` comes after nothing but a time, a linking word or
    punctuation: "[But] next season it's placing a big bet on the past." points back as surely
    as an opening "It" (review 195), while "When the firm failed, it was sold" names it first."""
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "it" or subject.i == span.start:
        return False
    return all(
        t.is_punct or t.pos_ in ("CCONJ", "ADV", "ADP") or t.ent_type_ in ("DATE", "TIME")
        for t in span.doc[span.start : subject.i]
    )


def _owner_named(name: str, label: str, words: set[str]) -> bool:
    """Whether the brief's ``words`` name the person (by surname) or the body (by every word of
    its name that any brief may have: not "the", "of" or "Department") ``name`` is."""
    parts = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
    if label == "PERSON":
        return bool(parts) and parts[-1] in words
    own = [w for w in parts if w not in _GENERIC]
    return bool(own) and all(w in words for w in own)


# Words of an organisation's name that any brief may have: "the", "of", "Department".
_GENERIC = frozenset("the of and for new national department ministry party group office agency".split())

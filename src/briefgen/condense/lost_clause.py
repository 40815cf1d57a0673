"""Whether a cut lost what its words, or the next bullet's, need from the rest of the sentence.

A cut can leave words that read as a whole headline yet lean on what went: the main clause
(only an opening phrase is left), what a "they" stands for, or the subject of a verb it
keeps ("…pensioners heard" of "…, the Old Bailey heard").
:mod:`briefgen.engines.generated_headline` passes such options over. And a bullet cut can
take who the next bullet's "He" or "The 44-year-old" is (:func:`leans_on_cut`): then the
extractive engine keeps the sentence whole, or passes the next bullet over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lexicon import FINITE_TAGS, MONTHS, REPORTING_LEMMAS
from .alignment import headline_offsets, kept_indices
from .compress import dateline_tokens
from .referents import PERSON_NOUNS, TIME_NOUNS
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def lost_its_clause(span: Span, headline: str) -> bool:
    """Whether ``headline`` lost what its words need from the rest of the sentence: the main
    clause, what its "they" stands for, the subject of the verb it opens or ends on, or what
    a finding it reports is about."""
    kept = kept_indices(span.doc, headline_offsets(span, headline))
    claim = _claim(headline)
    return (
        only_subordinate(span, kept)
        or reports_nothing(span, kept)
        or unbound_plural(span, kept)
        or opens_on_its_verb(span, kept)
        or verb_without_subject(span, kept)
        or finding_about_pronoun(span, kept)
        or truncated_end(
            span, kept if claim == headline else kept_indices(span.doc, headline_offsets(span, claim))
        )
    )


def _claim(headline: str) -> str:
    """``headline`` without a source's label ("Central bank: …"), whose words stand elsewhere."""
    label, colon, claim = headline.partition(": ")
    return claim if colon and len(label.split()) <= 4 else headline


def truncated_end(span: Span, kept: set[int]) -> bool:
    """Whether the headline ends on a word left alone from its phrase: one whose head was cut
    after it ("…on Sunday and, rather [than prove him wrong]"), or one set off by a comma or an
    adverb whose own words after it were cut (", a showdown [between Clinton and Sanders]", "…,
    with figures [expected to reach $9.4bn]")."""
    ordered = sorted(kept)
    words = [span.doc[i] for i in ordered if not span.doc[i].is_punct]
    if not words or words[-1] == span.root:
        return False
    last = words[-1]
    if last.head.i > last.i and last.head.i not in kept:
        return True  # its head was cut after it: "…on Sunday and, rather [than prove him wrong]"
    # the kept words after the sentence's last comma before the end: a phrase set off
    comma = max((i for i in range(span.start, last.i) if span.doc[i].text == ","), default=None)
    segment = [t for t in words if comma is not None and t.i > comma]
    if not (0 < len(segment) <= 2 or (last.pos_ == "ADV" and last.dep_ == "advmod")):
        return False
    alone = not any(t.i in kept for t in last.subtree if t != last)
    if alone and any(c.i > last.i and c.i not in kept and not c.is_punct for c in last.children):
        return True
    # an adverb whose clause went: "…staying in GOP race for president long [even though…]"
    clauses = [c for c in last.head.children if c.dep_ in ("advcl", "ccomp") and c.i > last.i]
    return last.pos_ == "ADV" and any(c.i not in kept for c in clauses)


def verb_without_subject(span: Span, kept: set[int]) -> bool:
    """Whether the headline keeps a finite verb whose subject it cut: "Glenn Mason plunders
    accounts of nine pensioners heard" of "…, the Old Bailey heard" (the parser may have
    hung "the Old Bailey" elsewhere, leaving "heard" a clause with no subject of its own)."""
    dateline = dateline_tokens(span)  # "Washington (CNN)This week is…": no subject
    for i in kept:
        token = span.doc[i]
        if token.tag_ not in FINITE_TAGS or token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [
            c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i not in dateline
        ]
        if subjects and not any(t.i in kept for c in subjects for t in c.subtree):
            return True
        clause = token.dep_ in ("ccomp", "relcl", "advcl", "parataxis")
        if not subjects and clause and token.i - 1 >= span.start and token.i - 1 not in kept:
            return True
    return any(_gap_without_its_noun(span, span.doc[i], kept) for i in kept)


def _gap_without_its_noun(span: Span, verb: Token, kept: set[int]) -> bool:
    """Whether ``verb`` heads a finite complement with no subject, which a relative clause has
    when its noun is the subject ("the cause — gun control — he believes [_] will forever
    define his career"), and the headline cut that noun: "Murphy sent family home, he believes
    will forever define career" (the parser took "he believes" for the main clause)."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return False
    if not (
        verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)
    ):
        return False
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None:
        return False
    noun = next((t for t in reversed(span.doc[span.start : subject.left_edge.i]) if not t.is_punct), None)
    return noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i not in kept


def opens_on_its_verb(span: Span, kept: set[int]) -> bool:
    """Whether the headline that ``kept`` these token indices opens on a finite verb, its
    subject cut ("Says World Bank report" of "…, the economy is performing well below its
    potential, says a World Bank report"), or ends on a reporting verb whose subject went
    ("…economy is performing well below potential, says")."""
    # a word, not only letters: "D’Souza replies, “…”" opens on its subject (review 140)
    words = [span.doc[i] for i in sorted(kept) if not span.doc[i].is_punct and not span.doc[i].is_space]
    if not words:
        return False
    last = words[-1]
    cut = {c.i for c in last.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > last.i} - kept
    said = last.pos_ == "VERB" and last.lemma_.lower() in REPORTING_LEMMAS and bool(cut)
    return (words[0].tag_ in ("VBZ", "VBD", "VBP") and words[0].i != span.start) or said


_PLURAL_PRONOUNS = frozenset("they them their".split())
# Nouns for a group that British copy calls "they": "Pop band confirms they plan to…".
_GROUP_NOUNS = frozenset(
    """band group team club side company firm government council party committee board family
    couple pair duo crew police staff union cabinet jury panel army navy""".split()
)


def unbound_plural(span: Span, kept: set[int]) -> bool:
    """Whether the headline that ``kept`` these token indices says "they", "them" or "their"
    with nothing before it that they can stand for: a plural noun, a pair, or a group ("Pop
    band confirms they plan…", a team or a company), not only people named one by one: "Mr
    Hussen concedes they might have influenced youngster" cut "who went to this rally and
    another" that "they" stands for."""
    order = sorted(kept)
    quoted = inside_quotes(span)
    for n, i in enumerate(order):
        token = span.doc[i]
        if token.lower_ in _PLURAL_PRONOUNS and token.pos_ == "PRON" and i not in quoted:
            before = [span.doc[j] for j in order[:n]]
            group = [t for t in before if t.ent_type_ in ("ORG", "NORP", "GPE") or t.lower_ in _GROUP_NOUNS]
            # a plural verb says its subject is a group ("Nottingham Forest have confirmed they…")
            root = span.root  # the main verb's form, kept or not
            agrees = any(t.tag_ == "VBP" and (t == root or t.head == root) for t in span.doc[span.start : i])
            plural = agrees or any(t.tag_ in ("NNS", "NNPS") or t.dep_ == "conj" for t in before)
            return not plural and not group
    return False


# What a phrase or clause hangs on the main clause by: a headline of these alone has lost it.
_SUBORDINATE_DEPS = frozenset("prep advcl mark pcomp pobj advmod npadvmod".split())


def only_subordinate(span: Span, kept: set[int]) -> bool:
    """Whether the headline that ``kept`` these token indices keeps only phrases that hang on
    a cut main clause: "In what might be first time Republicans and Black Lives Matter have
    ever agreed" of "…, the group is calling on Hillary Clinton to…"."""
    root = span.root
    if not kept or root.i in kept:
        return False
    tops = [span.doc[i] for i in kept if span.doc[i].head.i not in kept and span.doc[i].is_alpha]
    if tops and all(t.dep_ in _SUBORDINATE_DEPS for t in tops):
        return True
    # the parser may hang an opening phrase's clause on the main verb ("agreed" as its
    # complement); a headline that opens on a preposition and ends before the main clause's
    # subject has lost it all the same
    if span.doc[min(kept)].pos_ not in ("ADP", "SCONJ"):
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opens_main = subject.left_edge.i if subject is not None and subject.i < root.i else root.i
    return max(kept) < opens_main and root.lemma_.lower() not in REPORTING_LEMMAS


_REPORT_FRAME_DEPS = frozenset("nsubj nsubjpass aux neg punct".split())


def reports_nothing(span: Span, kept: set[int]) -> bool:
    """Whether the headline that ``kept`` these token indices keeps a source saying nothing but
    a circumstance of it: "As GOP front-runner Donald Trump prepares to speak to supporters in
    Wisconsin, police say" (the parser hung the main clause on "prepared", and a cut took it),
    or "Police say" alone."""
    root, doc = span.root, span.doc
    if root.i not in kept or root.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    said = [c for c in root.children if c.i in kept and c.dep_ not in _REPORT_FRAME_DEPS]
    said += [doc[i] for i in kept if doc[i].head.i not in kept and doc[i].is_alpha and i != root.i]
    circumstances = all(t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children) for t in said)
    # "…has emerged" says something alone; "says" does not
    return circumstances and (bool(said) or root.lemma_.lower() in ("say", "tell"))


# Verbs whose finding is about something, and those who find: "A study has found it may make
# your brain larger" ("General Motors has confirmed it will build…" is about itself).
_FINDING_LEMMAS = frozenset("find show suggest reveal conclude discover".split())
_FINDERS = frozenset(
    "study research report survey poll analysis review data figure paper trial test experiment "
    "researcher scientist".split()
)


def finding_about_pronoun(span: Span, kept: set[int] | None = None) -> bool:
    """Whether ``span`` (its ``kept`` tokens, when given) reports a finding about "it" or
    "they": "Now, a study has found it may make your brain larger, too." The finding is about
    what the sentence before named (exercise), never the study itself, so on its own the line
    says nothing a reader can place."""
    for token in span:
        if kept is not None and token.i not in kept:
            continue
        clause = token.head
        if (
            token.lower_ in ("it", "they")
            and token.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ == "ccomp"
            and clause.head.lemma_ in _FINDING_LEMMAS
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in _FINDERS for c in clause.head.children)
        ):
            return True
    return False


def figure_of_a_finding(span: Span, before: Sequence[Span]) -> bool:
    """Whether ``span`` gives a share ("…were 77% men.") with no source of its own, after a
    sentence of ``before`` (the sentences before it in its paragraph that the brief leaves
    out) reporting a study's finding ("Research conducted for the Women's Media Center showed
    that men reported 65%…"): the figure is that study's, and of its time; on its own it reads
    as a fact about now."""
    share = any(t.like_num and t.nbor(1).lower_ in ("%", "percent", "per") for t in span[:-1])
    if not share or any(_reports(t) or t.lower_ == "according" for t in span):
        return False
    # the parser may hang the finder on another verb ("Research [conducted for…] showed")
    return any(
        any(t.pos_ == "VERB" and t.lemma_ in _FINDING_LEMMAS for t in sentence)
        and any(t.dep_ == "nsubj" and t.lemma_.lower() in _FINDERS for t in sentence)
        for sentence in before
    )


def continues_a_flashback(span: Span, before: Sequence[Span]) -> bool:
    """Whether ``span`` tells of the past ("Six thousand people packed the Oncenter…") with no
    time of its own and no source, right after a left-out sentence of ``before`` (those before
    it in its paragraph that the brief leaves out) that set that past apart from the news:
    "The last time Sanders came to this city, in April, …", "In February 2017, the PBO
    released a report…". On its own it reads as what happened now."""
    previous = before[-1] if before else None
    if previous is None or any(not t.is_space for t in span.doc[previous.end : span.start]):
        return False
    if span.root.tag_ != "VBD" or any(e.label_ in ("DATE", "TIME") for e in span.ents):
        return False
    if any(_reports(t) or t.lower_ == "according" for t in span):
        return False
    return _sets_a_past_time(previous)


# Openers that add to an argument the sentence before made: "Moreover, the government had…"
# (with their comma: "Besides Smith, three others…" is no such opener), or narrow it down:
# "Specifically, the bureau is looking into…" after "…, according to three sources" (review 188).
_ADDING_ON = re.compile(
    r"^\W*(?:moreover|furthermore|what['’]s more|in addition|additionally|besides|likewise|similarly"
    r"|(?:more )?specifically|in particular|namely|in other words),",
    re.IGNORECASE,
)


def continues_a_claim(span: Span, before: Sequence[Span]) -> bool:
    """Whether ``span`` adds to ("Moreover, …", "What's more, …") the claim of a left-out
    sentence right before it (of ``before``, as for :func:`continues_a_flashback`) that names
    its source ("…, Brafman noted; the government had…"), with no source of its own: on its
    own the claim reads as fact (review 144)."""
    previous = before[-1] if before else None
    if previous is None or any(not t.is_space for t in span.doc[previous.end : span.start]):
        return False
    if not _ADDING_ON.match(span.text) or any(_reports(t) or t.lower_ == "according" for t in span):
        return False
    return any(_reports(t) or t.lower_ == "according" for t in previous)


def unanswered_question(span: Span) -> bool:
    """Whether ``span`` only tells that someone was asked something ("The president was also
    asked whether he thought the war had made the world less safe.", review 187): the answer is
    in the sentences after it, which a brief without them leaves hanging."""
    root = span.root
    if root.lemma_.lower() != "ask" or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    questions = [c for c in root.children if c.dep_ in ("ccomp", "advcl") and _asks_if(c)]
    if not questions and any(
        t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep") for t in root.subtree
    ):
        return False  # "…was asked about her emails by FBI agents for three hours": an event
    asked = bool(questions) or any(c.dep_ == "prep" and c.lower_ == "about" for c in root.children)
    # "…and said he would not", "…, replying that…" give the answer, as does "…whether he would
    # resign and declined to answer", which the parser joins to the question
    answers = [
        c
        for c in root.children
        if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") and c.i > root.i and c not in questions
    ]
    answers += [
        g
        for c in questions
        for g in c.children
        if g.dep_ == "conj"
        and g.tag_ in ("VBD", "VBZ", "VBP")  # "…and declined to answer", not "resign or stay on"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in g.children)
    ]
    return asked and not answers


def _asks_if(clause: Token) -> bool:
    """Whether ``clause`` is a yes-or-no question ("whether he thought…", "if she'd ever…")."""
    return any(m.lower_ in ("whether", "if") for m in clause.children)


def unmatched_comparative(span: Span) -> bool:
    """Whether ``span`` says "the <noun>" is more or less of something with nothing to set it
    against: "The crowd was smaller Friday, just 500 people…" (review 187; than the rally
    the sentence before told). "…was smaller than in April" says against what."""
    if any(t.lower_ in ("than", "ever", "before") for t in span):
        return False
    for verb in span[:-2]:  # the parser may hang "smaller" on the next noun: "was smaller Friday"
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        after = verb.nbor(2)  # nothing that scopes it ("greater for older patients"), a time at most
        explained = subject is not None and subject.lemma_.lower() in ("answer", "reason", "explanation")
        bare = (after.is_punct and not (after.text == ":" and explained)) or after.ent_type_ in (
            "DATE",
            "TIME",
        )
        negated = any(c.dep_ == "neg" for c in verb.children)  # "The stakes could not be higher."
        if (
            verb.lemma_.lower() == "be"
            and verb.nbor().tag_ == "JJR"
            and subject is not None
            and bare
            and not negated
        ):
            return any(c.lower_ == "the" for c in subject.children)
    return False


def _sets_a_past_time(sentence: Span) -> bool:
    """Whether ``sentence``, told in the past, opens a time set apart from the news: "the last
    (previous) time" someone did something, or a date before its verb that names a month, a
    year or how long ago ("In February 2017, …", "Two years ago, …"); not a weekday, which is
    the news's own time, nor a span up to now or ahead ("Since March", "By 2030")."""
    if sentence.root.tag_ != "VBD":
        return False
    for token in sentence:
        before = token.nbor(-1) if token.i > sentence.start else None
        if token.lower_ == "time" and before is not None and before.lower_ in ("last", "previous"):
            opener = token.head if token.dep_ == "pobj" else None
            if not (opener is not None and opener.lower_ == "for"):  # "for the last time": the news
                return True
    for entity in sentence.ents:
        if entity.label_ != "DATE" or entity.start >= sentence.root.i:
            continue
        if entity.root.head.lower_ in ("by", "since", "until", "till"):
            continue
        words = entity.text.lower().split()
        day = any(w.isdigit() and len(w) <= 2 for w in words)
        if "ago" in words or any(re.fullmatch(r"(1[89]|20)\d\d", w) for w in words):
            return True
        if set(words) & MONTHS and not day:
            return True
    return False


def _reports(token: Token) -> bool:
    """Whether ``token`` is a verb that reports what someone said or found ("…, officials
    said"), not one of its lemmas as a noun ("news show guests") or a passive ("were written")."""
    return (
        token.pos_ == "VERB"
        and token.lemma_ in _FINDING_LEMMAS | REPORTING_LEMMAS
        and any(c.dep_ in ("ccomp", "nsubj") for c in token.children)
    )


# Openings that point back at someone or something the sentence before named; and "The" with
# a noun for a person ("The 44-year-old", "The woman").
_POINTING_OPENERS = frozenset("he she they his her their".split())
_THING_OPENERS = frozenset("it this that these those".split())


def leans_on_cut(previous: Span, previous_text: str, text: str) -> bool:
    """Whether ``text``, the bullet whose sentence follows ``previous`` in the article, opens on
    a word that points back ("He", "The 44-year-old") while the bullet before it,
    ``previous_text``, cut the subject of one of ``previous``'s clauses: who or what it points
    to may have gone with it ("Police tweeted a warning [after a holidaymaker walked in…]").
    A dateline or a caption before the bullet's first word is no clause of its."""
    words = [w.lower() for w in re.findall(r"[\w-]+", text)[:2]]
    person = len(words) == 2 and (words[1] in PERSON_NOUNS or re.fullmatch(r"\d+-year-old", words[1]))
    kept = re.findall(r"\w+", previous_text)
    first = next((t.i for t in previous if kept and t.text == kept[0]), previous.start)
    skipped = dateline_tokens(previous)
    extraposed = re.match(
        r"\W*it(?:['’]s|\s+(?:is|was|remains|seems))\s+\w+\s+(?:that|whether|to|when|how|if)\b", text, re.I
    )
    timed = len(words) > 1 and words[0] in ("this", "that") and words[1] in TIME_NOUNS
    if words and words[0] in _THING_OPENERS and not extraposed and not timed:
        # "It's a moral position taken by Pope Francis…" after "This week is the 100th
        # anniversary… [And it's also the seventh year Obama has broken his promise to use the
        # word "genocide"…]" (review 133): what "it" is may be what the cut clause said, if
        # a clause joined to the main one or a second root, not a relative clause ("…Liverpool[,
        # who booked a semi-final date…]. It ended a memorable Cup run" is the exit)
        main = next((t.i for t in previous if t.dep_ == "ROOT"), previous.start)
        # "That attitude, many argue, could…" after "…attacks… have set off alarm[, who worry that
        # the vendetta signals a disregard for judicial independence]" (review 203): what a
        # demonstrative points to may be any clause, a relative one too
        # (not "These charges…" after a bullet that keeps "charges")
        named = len(words) > 1 and any(t.lower_ == words[1] and t.pos_ in ("NOUN", "PROPN") for t in previous)
        summed = words[0] != "it" and not (named and words[1] in {w.lower() for w in kept})
        finite = [
            re.sub(r"\W", "", t.text)
            for t in previous
            if t.tag_ in FINITE_TAGS
            and t.i >= first
            and (
                t.dep_ in ("conj", "parataxis")
                or (t.dep_ == "ROOT" and t.i != main)
                or (summed and t.dep_ in ("relcl", "ccomp", "advcl"))
            )
        ]
        return any(finite.count(w) > kept.count(w) for w in set(finite) if w)
    if not words or (words[0] not in _POINTING_OPENERS and not (words[0] == "the" and person)):
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN")
        and t.i >= first
        and t.i not in skipped
        and not set(re.findall(r"\w+", t.text)) <= set(kept)
        for t in previous
    )

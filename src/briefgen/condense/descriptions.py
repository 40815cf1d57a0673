"""Does a bullet open on a description or a group that leans on an introduction the brief
does not give? "The board's six-page ruling…" after "the Parole Board of Canada", "The
44-year-old…", "They are hoping…" after "…are Anna Palmer and Jake Sherman". The article
introduced them before; :mod:`briefgen.engines.extractive` passes over such a bullet unless
the brief introduces them too. Part of :mod:`briefgen.condense.referents`' checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lexicon import (
    AGENT_ENDINGS,
    CIVIC_NOUNS,
    EVENT_POINTERS,
    PEOPLE_VERBS,
    POINTING_ORG_NOUNS,
    REPORTING_LEMMAS,
    SHARED_NOUNS,
)
from .completions import CHANGE_VERBS
from .organisations import BUSINESS_NOUNS, names_an_organisation
from .referents import PERSON_NOUNS, TIME_NOUNS, named_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def unintroduced_description(
    span: Span, before: str, context_words: set[str], *, names_an_org: bool, names_a_person: bool
) -> str | None:
    """Why a bullet opening on "The <noun>" (``span``, its sentence) leans on an introduction
    the article gave before it (``before``, the article's text up to the sentence) and the
    brief does not ("The board's six-page ruling…" after "the Parole Board of Canada", "The
    reports made no recommendations."), or None. A noun the article had not used before
    introduces itself; an organisation's or a person's noun may stand for one the brief names."""
    chunks = list(span.noun_chunks)
    subject = _subject_after_opening(span, chunks)  # "On Friday, the 52-year-old lawmaker…" (review 56)
    aged = any(
        re.match(r"the \d+-year-old\b", t.lower()) for t in (span.text, subject.text if subject else "")
    )
    if aged and not names_a_person:
        return "opens on 'The …-year-old', a person the brief never named"  # "The 44-year-old from Oldham"
    if chunks and chunks[0].start == span.start + (span[0].dep_ == "cc"):  # "[But] the reaction was…"
        return _leans_back(span, chunks[0], before, context_words, (names_an_org, names_a_person))
    # "In the professionally-produced video, students were shown…": the opening phrase's
    # object leans back as much as the subject after it
    opening = chunks[0] if chunks and chunks[0].root.head.i == span.start and span[0].pos_ == "ADP" else None
    named = (names_an_org, names_a_person)
    whys = (_leans_back(span, c, before, context_words, named) for c in (opening, subject))
    return next((why for why in whys if why), None)


# Nouns that are always something's: "The name says it all", "The reason is simple".
_RELATIONAL_NOUNS = frozenset("name reason answer problem secret key point".split())


def unintroduced_inside(
    span: Span, bullet: str, before: str, context_words: set[str], *, names_an_org: bool, names_a_person: bool
) -> str | None:
    """Why the subject of what a bullet (``bullet``, cut from ``span``) reports, a bare "the
    <noun>", leans on an introduction the article gave before it and the brief does not, as
    :func:`unintroduced_description` does for the bullet's own subject: "University spokesman
    John Shibley said the school received about 3,000 votes" after a sentence naming Lake
    Superior State University (review 125). Not a noun the sentence itself used before it ("…
    in the backseat of his family's car … after the car was stolen")."""
    for chunk in span.noun_chunks:
        reported = chunk.root.head
        if chunk.root.dep_ not in ("nsubj", "nsubjpass") or reported.dep_ != "ccomp" or len(chunk) != 2:
            continue
        if reported.head.lemma_ not in REPORTING_LEMMAS or chunk.start == span.start:
            continue
        if chunk[0].lower_ != "the" or chunk.root.lower_ in SHARED_NOUNS or chunk.text not in bullet:
            continue
        if any(t.lemma_ == chunk.root.lemma_ for t in span if t.i < chunk.start):
            continue
        if why := _leans_back(span, chunk, before, context_words, (names_an_org, names_a_person)):
            return why.replace("opens on", "names", 1)
    return None


def _leans_back(
    span: Span, chunk: Span | None, before: str, context_words: set[str], named: tuple[bool, bool]
) -> str | None:
    """Why the noun phrase ``chunk`` of ``span`` leans on an introduction the brief does not
    give, as for :func:`unintroduced_description` (``named``: whether the brief names an
    organisation, a person), or None."""
    names_an_org, names_a_person = named
    if chunk is None or chunk[0].lower_ != "the":
        return None
    nouns = [t for t in chunk if t.pos_ == "NOUN" and (t.dep_ == "poss" or t == chunk.root)]
    if not nouns:
        return None
    noun = nouns[0]
    bracketed = {c.i for c in chunk.root.children if c.dep_ == "appos" and span.doc[c.i - 1].text == "("}
    bracketed |= {
        c.i for c in chunk.root.children if c.lower_ == "according"
    }  # a source, not which (run 213)
    modifiers = [
        c
        for c in chunk.root.children
        if c.dep_ in ("acl", "relcl", "appos", "prep") and c.i > noun.i and c.i not in bracketed
    ]
    leaning = [_leaning_object(span, c, before, context_words, named) for c in modifiers]
    if not all(leaning):
        return None  # "The email, released by Judicial Watch, …" says which; "(iMP)" does not
    word, lemma = noun.lower_, noun.lemma_.lower()
    # "The train sped up…" after only "all trains": which one, the sentence before says (review 211)
    plural_only = noun.tag_ == "NN" and len(chunk) == 2 and not modifiers and word not in context_words
    mentioned = named_before(word, context_words) and not plural_only
    if word in TIME_NOUNS or mentioned or lemma in context_words:
        return None
    # an organisation's noun points back at one the article named, used before or not ("The
    # corporation's player…" after "the BBC")
    org_named = lemma in POINTING_ORG_NOUNS and any(
        e.label_ == "ORG" and e.end <= span.start and e.text in before for e in span.doc.ents
    )
    # "car" in "Carolina", "report" in "reported" are no mention
    first_mention = not re.search(rf"\b{re.escape(lemma)}(?:e?s)?\b", before, re.IGNORECASE)
    # a bare "The firm" points back even at a name the tagger missed ("consultancy group
    # Capgemini" read as a place, review 176); a government's may open a story
    bare_org = len(chunk) == 2 and lemma in BUSINESS_NOUNS  # not "The group", "The team": people
    if first_mention and not org_named and not bare_org and word not in EVENT_POINTERS:
        if lemma in _RELATIONAL_NOUNS and not modifiers:
            return f"opens on {chunk.text!r}, the {lemma} of what the brief does not say"  # "The name says it all"
        if not leaning:
            return None  # its first mention: "The attack happened at night."
        # told of a thing only the article introduced: "the large waves in the wind patterns" (review 124)
        return f"opens on {chunk.text!r}, told of what the article introduced before it"
    # a government's noun may stand for a place the brief names; a union or a firm for an organisation
    org = names_an_org if lemma in CIVIC_NOUNS else names_an_organisation(span, context_words, lemma)
    if (lemma in POINTING_ORG_NOUNS and org) or (lemma in PERSON_NOUNS and names_a_person):
        return None
    return f"opens on {chunk.text!r}, which the article introduced before it"


def _leaning_object(
    span: Span, prep: Token, before: str, context_words: set[str], named: tuple[bool, bool]
) -> bool:
    """Whether ``prep``'s object is itself a "the <noun>" that leans back: "the scene [in the
    movie]" says which scene only to a reader who knows which movie (review 46)."""
    if prep.dep_ != "prep":
        return False
    objects = {c.i for c in prep.children if c.dep_ == "pobj"}
    chunk = next((c for c in span.noun_chunks if c.root.i in objects), None)
    if chunk is None or any(t.lemma_ == chunk.root.lemma_ for t in span if t.i < prep.i):
        return False  # "…into the emails is closed, the investigation into the investigation…"
    if chunk.root.lower_ in SHARED_NOUNS or any(c.dep_ == "amod" for c in chunk.root.children):
        return False  # "the rest of the world", "the price of the average car": any reader's
    return _leans_back(span, chunk, before, context_words, named) is not None


def _subject_after_opening(span: Span, chunks: list[Span]) -> Span | None:
    """The subject of ``span``'s main verb when only an opening phrase and its comma come before
    it ("At the government's instruction, the reports made no recommendations.")."""
    root = span.root
    for chunk in chunks:
        comma = chunk.start > span.start and span.doc[chunk.start - 1].text == ","
        if chunk.root.dep_ in ("nsubj", "nsubjpass") and chunk.root.head == root and comma:
            opening = span.doc[span.start : chunk.start - 1]
            if all(t.head.i >= span.start and (t.head == root or t.head.i < chunk.start) for t in opening):
                return chunk
            return None
    return None


def unnamed_group(previous: Span | None, context: set[str]) -> bool:
    """True when a bullet opening on "They" follows, in the article, a sentence whose plural
    nouns and joined names (what "they" stands for) the brief has none of ("They are hoping…"
    after "…are Anna Palmer and Jake Sherman"); False when it names no group (this cannot tell)."""
    group = _group_words(previous) if previous is not None else set()
    if previous is not None:  # "the union started a campaign…" is who "they tweet it out"
        group |= {t.lower_ for t in previous if t.dep_ == "nsubj" and t.lemma_.lower() in POINTING_ORG_NOUNS}
    return bool(group) and not group & context


def _group_words(span: Span) -> set[str]:
    """The plural nouns and joined names of ``span``, and a person or body joined to someone
    ("he and his team", review 194; not "diet and blood pressure"): who "they" may be after it."""
    return {
        t.lower_
        for t in span
        if t.tag_ in ("NNS", "NNPS")
        or (t.pos_ == "PROPN" and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)))
        or (t.pos_ == "NOUN" and _joined_to_someone(t))
    }


def _joined_to_someone(noun: Token) -> bool:
    """Whether ``noun`` names people or a body and is joined to a person ("the mayor and her aides")."""
    lemma = noun.lemma_.lower()
    if not (lemma in PERSON_NOUNS | POINTING_ORG_NOUNS or lemma.endswith(AGENT_ENDINGS)):
        return False
    partners = [c for c in noun.children if c.dep_ == "conj"] + ([noun.head] if noun.dep_ == "conj" else [])
    return any(p.pos_ in ("PRON", "PROPN") or p.lemma_.lower() in PERSON_NOUNS for p in partners)


# Words that take a share "of them".
_SHARE_HEADS = frozenset(
    "cent percent % half third quarter majority minority most many some all none few several each both".split()
)


def share_of_unnamed(span: Span, before: Sequence[Span], context: set[str]) -> bool:
    """True when ``span`` tells of a share "of them" whose group it never names and the brief
    (``context``, its words) does not either: "…further revealed that nearly five per cent of
    them had worked in the sex industry" (the students a left-out sentence named, review 124).
    The group is the plural nouns and joined names of the nearest of the sentences ``before``
    it (nearest first) that has any; when none has, this cannot tell and says False."""
    for token in span:
        if token.lower_ != "them" or token.dep_ != "pobj" or token.head.lower_ != "of":
            continue
        share = token.head.head  # "five per cent [of them]", "many [of them]"; not "proud of them"
        if not (share.like_num or share.pos_ == "NUM" or share.lower_ in _SHARE_HEADS):
            continue
        if _group_words(span[: token.i - span.start]) or any(
            t.lower_ in ("they", "we", "both") for t in span if t.i < token.i
        ):
            return False  # "Four people, two of them…": the sentence names them
        group = next((words for s in before if (words := _group_words(s))), set())
        return bool(group) and not group & context
    return False


# Verbs whose "it" is a dummy for a clause after it ("It is hard to believe that…", "It
# takes 2,383 delegates to win…", "It appears that…", "It turns out…").
_DUMMY_IT_VERBS = frozenset(
    "be seem appear take turn happen look feel remain become matter emerge transpire".split()
)
# What a dummy "it" tells: the hour, the weather ("It was 30 degrees in Ottawa").
_DUMMY_IT_WORDS = frozenset("time ago degree o'clock midnight noon".split())


def unbound_it(span: Span, previous: Span | None, context: set[str]) -> bool:
    """True when ``span`` is told of an "it" that stands for what the sentence before it
    (``previous``, which the brief leaves out) had as its subject (or, that subject being
    people, a thing it named), and the brief (``context``, its words) never names that thing:
    "[But] it is already having a big impact…" after "Voters' anger and frustration … may not
    propel either candidate" (review 116). Not an
    "it" standing for a clause after it ("It is hard to believe that…", "It emerged that…"; not
    "It emerged as the winner when…"), the weather or the hour."""
    if previous is None:
        return False
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "it":
        return False
    root = span.root
    deps = ("ccomp",) if root.lemma_ in ("emerge", "transpire") else ("ccomp", "xcomp", "csubj", "advcl")
    clause = any(c.dep_ in deps and c.i > root.i for c in root.children)
    if root.lemma_ in _DUMMY_IT_VERBS and (clause or any(c.lemma_ in _DUMMY_IT_WORDS for c in root.subtree)):
        return False
    if subject.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" and c.i > root.i for c in root.children):
        return False  # "It is believed that he crossed into Mexico." (not "It is expected to show…")
    if root.lemma_ in ("rain", "snow", "get") or any(c.dep_ == "expl" for c in root.children):
        return False
    before = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False  # "This will…", "There is…": what it stands for, this cannot tell
    heads = [before, *(c for c in before.children if c.dep_ == "conj")]
    one_thing = before.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE")  # "General Motors"
    lemma = before.lemma_.lower()
    # "The researchers said…", "Analysts expect…": people by what they do; not "Voters' anger", "Factory
    # orders fell…" (code review of 19360d5)
    verb = previous.root.lemma_.lower()
    agentive = lemma.endswith(AGENT_ENDINGS) and verb not in CHANGE_VERBS
    people_verb = verb in PEOPLE_VERBS and before.dep_ == "nsubj"  # "Sales are expected to fall": no people
    agents = before.tag_ in ("NNS", "NNPS") and not one_thing and (people_verb or agentive)
    if before.ent_type_ in ("PERSON", "NORP") or lemma in PERSON_NOUNS or agents:  # "Democrats are expected…"
        # "Yellen and her colleagues will get one more data point with the release of the jobs
        # report. It is expected to show…": "it" is a thing the sentence named, not its people
        things = ("dobj", "pobj", "attr", "nsubj")  # (a clause's subject: "expect the report to show…")
        heads = [
            t
            for t in previous
            if t.pos_ == "NOUN" and t.dep_ in things and (t.dep_ != "nsubj" or t.head.i != before.head.i)
        ]
    elif before.tag_ in ("NNS", "NNPS") and len(heads) == 1 and not before.like_num and not one_thing:
        return True  # "Gifts … might have a lasting impact. It may encourage…": not "it" (review 151)
    if before.lemma_ == "%" or before.like_num:  # "17% of readers"
        heads += [g for c in before.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    words = {h.lower_ for h in heads} | {h.lemma_.lower() for h in heads}
    return not words & context


def other_ones(span: Span, context: set[str]) -> str | None:
    """The noun ``span`` says its subject is "other" ones of, with the first ones only in a sentence
    the brief (``context``) leaves out: "Curfews… were other options…" (review 116), not "other
    than" nor options the brief named; "The other candidates are fibbing" (197), unless it names them."""
    if re.search(
        r"\b(?:besides|apart from|in addition to|as well as|other than)\b", span.text, re.IGNORECASE
    ):
        return None  # "Besides Smith, the speakers were other veterans": the sentence names the first
    root = span.root  # the main clause, or the one a source reports ("…were other options, he said")
    for noun in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not c.ent_type_):
        before = span[: noun.i - span.start]  # "Unlike Smith, the other candidates…" names the first
        if {c.lower_ for c in noun.children} >= {"the", "other"} and not any(
            t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "nsubj" or t.lemma_ == noun.lemma_ for t in before
        ):
            return noun.text
    verbs = [v for v in (root, *(c for c in root.children if c.dep_ == "ccomp")) if v.lemma_ == "be"]
    for noun in (c for v in verbs for c in v.children if c.dep_ == "attr"):
        other = [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "other"]
        if not other or any(c.lower_ == "than" for c in other[0].children):
            continue
        if noun.lower_ not in context and noun.lemma_.lower() not in context:
            return noun.text
    return None


def the_same(span: Span) -> bool:
    """Whether ``span`` says "the same" (or "the same thing") with nothing to say the same as
    what: "Last month, 26 percent said the same.", "The same is true of the other banks." Only
    the sentence before says it; not "the same shirt as his brother's", "the same day he won"."""
    for token in span:
        noun = token.head if token.dep_ == "amod" else token
        if token.lower_ != "same" or not any(c.lower_ == "the" for c in noun.children):
            continue
        if token.dep_ == "amod" and noun.lemma_.lower() != "thing":
            continue  # "the same poll": the noun may say which, and the brief may have it
        # "The result was the same." leans as much as "said the same"; "stayed the same" does not
        attribute = noun.dep_ in ("attr", "acomp") and noun.head.lemma_ == "be"
        if attribute and any(c.dep_ == "prep" for c in noun.children):
            continue  # "The rules are the same for everyone": the same across what it names
        if attribute and any(c.lower_ in ("always", "never") for c in noun.head.children):
            continue  # "His answer is always the same": the same as itself
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if attribute and subject is not None and _many(subject):
            continue  # "The two positions are the same", "Clinton and Sanders are not the same": as each other
        compared = (token.i, noun.head.i)  # "the same today as it was in 1990", not ", as the company said"
        if attribute and any(
            t.lower_ == "as"
            and span.doc[t.i - 1].text != ","
            and compared.count(t.head.i) + compared.count(t.head.head.i)
            for t in span.doc[token.i + 1 : span.end]
        ):
            continue  # "The answer is the same today as it was in 1990"
        if (noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and not attribute) or any(
            c.lower_ in ("just", "all") for c in noun.children
        ):
            continue  # "remain the same", "stayed the same", "one and the same", "just the same" (nevertheless)
        if any(t.lower_ in ("as", "that") or t.dep_ in ("relcl", "acl") for t in noun.subtree):
            continue  # "the same as last year", "the same thing that happened in 2008"
        after = span.doc[noun.right_edge.i + 1 : span.end]
        if len(after) and after[0].lower_ in ("as", "that"):
            continue
        verb = noun.head
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        if any(
            t.pos_ == "VERB" and t.i != verb.i and t.i not in subjects for t in span.doc[span.start : noun.i]
        ):
            continue  # "…argued that X and that the same is true if…": the sentence says of what
        if any(t.text == ":" or t.is_quote for t in after):
            continue  # "…said the same thing at every stop: “It's not about me”": it says what
        return True
    return False


def _many(subject: Token) -> bool:
    """Whether a subject is more than one thing by its words: a pair, "both", "the two …"
    ("The results were the same." is one set, compared with the one before)."""
    return subject.lower_ == "both" or any(c.dep_ in ("conj", "nummod") for c in subject.children)


# Quantifiers that, as a subject of their own, stand for a group named before them.
_QUANTIFIERS = frozenset("some many most others several few each both one two three".split())


def bare_quantifier(span: Span) -> bool:
    """True when ``span`` opens on a quantifier that is its own subject, "of" no one: "Some used
    a piece of pipe to prop her up" (some of the neighbours the sentence before named), "Each
    acted alone for his own reason" (each of the attackers), "3 remain in hospital"; not a year,
    "Some 40 people…", "Many of the residents…", "Some at the rally…" nor "Some who attended…"."""
    first = next((t for t in span if not t.is_punct), None)
    return (
        first is not None
        and (
            first.lower_ in _QUANTIFIERS
            or (first.like_num and first.ent_type_ != "DATE" and "/" not in first.text)
        )
        and bool(first.whitespace_)  # not "One-third of heart attacks…"
        and first.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("prep", "relcl", "acl") or c.lower_ == "here" for c in first.children)
    )


def reported_it(span: Span) -> bool:
    """True when what ``span`` reports is about an "it" or a "this" the sentence never names:
    "Finance Minister Sue Essex said it was a “good deal” for local government" (the settlement
    the sentence before gave), "The prime minister claims this is the clearest indication…".
    Not an "it" that stands for a clause after it ("said it was clear that…", "said it was time
    to…") nor one of the weather or the hour."""
    for token in span:
        if token.lower_ not in ("it", "this") or token.dep_ != "nsubj" or token.head.lemma_ != "be":
            continue
        verb = token.head
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORTING_LEMMAS:
            continue
        speakers = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        person = any(c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "i", "we") for c in speakers)
        if token.lower_ == "it" and not person:
            continue  # "The IAAF - which said it was 'very surprised'…": "it" is the speaker
        said_by = {t.i for c in speakers for t in c.subtree}
        if any(t.pos_ == "NOUN" and t.i not in said_by for t in span if t.i < token.i):
            continue  # "Asked about the settlement, Sue Essex said it…": the sentence names it
        complements = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
        clause = any(
            c.dep_ in ("ccomp", "xcomp", "csubj", "advcl", "acl", "relcl")
            for t in (verb, *complements)
            for c in t.children
        )
        timely = any(c.lemma_.lower() in ("time", "weather", "day", "night") for c in complements)
        if complements and (token.lower_ == "this" or (not clause and not timely)):
            return True  # "claims this is the clearest indication that…" (review 125): "this" is no dummy
    return False


# Counts that, after "the", number a group the article has met before ("the two people").
_GROUP_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}


def numbered_group(
    span: Span, context_words: set[str], people_named: int, others_named: int = 0
) -> str | None:
    """The noun of a numbered group that ``span``'s main verb has for its subject, "the two
    people" or "both parties", when neither the sentence nor the brief (``context_words``, its
    words; ``people_named``, how many people it names) says who or what they are, or None:
    "The two people are one and the same: Isabelle…" after only one of the two sentences that
    described them (review 128). The sentence may spell the group out ("The two competing DVD
    formats, Blu-ray … and HD-DVD", "The three candidates are Mia Hamm, …"), or the brief may
    have used the noun or named as many people (``people_named``) or, for a group of things,
    as many countries, bodies or firms (``others_named``): "The two countries…" under "China
    and the US signed a deal". Not "The two Koreas…", which names its own, nor "the two weeks"."""
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() in TIME_NOUNS:
        return None
    bare = subject.lower_ in _GROUP_COUNTS  # "All three will be onstage…", "The two met in Paris"
    if subject.tag_ != "NNS" and not bare:
        return None
    named = [e for e in span.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.end <= subject.i]
    marks = {c.lower_: c for c in subject.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    if bare:
        count, both = _GROUP_COUNTS[subject.lower_], False
        if "the" not in marks and "all" not in marks:
            return None  # "Three were arrested": a count, not a group met before
    else:
        count = next((_GROUP_COUNTS[w] for w in marks if w in _GROUP_COUNTS), None)
        both = "both" in marks and not any(c.dep_ == "cc" for c in subject.children)
        if not both and (count is None or "the" not in marks):
            return None
    if len(named) >= (count or 2):
        return None  # "After John Reed and Mary Hall met in Paris, the two people became friends"
    if any(c.dep_ in ("appos", "conj", "acl", "prep") for c in subject.children):
        return None  # "The two formats, Blu-ray and HD-DVD,", "the three candidates for the award"
    attributes = [c for c in span.root.children if c.dep_ == "attr"] if span.root.lemma_ == "be" else []
    members = [
        t for a in attributes for t in a.subtree if t.pos_ == "PROPN" and t.dep_ in ("attr", "appos", "conj")
    ]
    if len(members) >= (count or 2):
        return None  # "The three shortlisted candidates are Mia Hamm of the United States, …"
    if not bare and (subject.lower_ in context_words or subject.lemma_.lower() in context_words):
        return None  # "Both parents…" after "…by the parents of a Muslim American soldier"
    lemma = subject.lemma_.lower()
    people = lemma in PERSON_NOUNS or lemma == "people" or lemma.endswith(AGENT_ENDINGS)
    if bare and max(people_named, others_named) >= count:
        return None  # "All three…" under a brief naming them (a tagger may count one person twice over)
    if not bare and (people_named if people else others_named) >= (count or 2):
        return None  # "The two men…", "The two contenders…" under a brief naming them both
    return subject.text


# Verbs of taking a side on what someone said: with no object, they take it from before.
_SIDING = frozenset("agree disagree concur dissent object demur".split())


def bare_siding(span: Span) -> bool:
    """True when ``span``'s main verb takes a side with no word of what on: "Franson Reneus,
    18, from Lee County, Fla., disagrees." (review 134) agrees or disagrees with a claim only the
    sentence before states; not "…disagrees with the plan" nor "…agreed to pay"."""
    root = span.root
    if root.lemma_.lower() not in _SIDING:
        return False
    words = [
        c for c in root.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "advcl", "attr", "conj")
    ]
    # "Both sides agreed on Monday.": on what, a time does not say
    return all(c.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in words)

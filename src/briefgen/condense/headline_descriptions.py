"""Descriptions a headline may shed, as wire headlines do: the role before a person's name
("Chinese President [Xi Jinping]" → "Xi Jinping"), the kind of thing before a company's or a
work's name ("[German investment bank] Deutsche Bank"), and a nationality among a noun's
other modifiers ("runaway [British] jihadi schoolgirl"). Each leaves the name or the noun
that says who or what; none goes where it says which one ("the first British woman"). And the
description a headline cannot open on (:func:`epithet`): "The North East city…", a second name
for what a sentence before named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import FINITE_TAGS, NEGATIONS
from .parse import dash_object, is_dash, ranked, superlative
from .referents import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def name_descriptions(span: Span, keep: set[int]) -> set[int]:
    """Descriptions a name makes redundant: 'his Ukrainian counterpart Volodymyr Zelensky'
    → 'Volodymyr Zelensky', 'Chinese President Xi Jinping' → 'Xi Jinping', and a 'that'
    before a reported clause."""
    drop: set[int] = set()
    for token in span:
        if token.i not in keep:
            continue
        if token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.head.pos_ == "NOUN":
            head = token.head
            after, before = token.right_edge.i + 1, token.left_edge.i - 1
            opened = before >= span.start and span.doc[before].text == ","
            if opened and after < span.end and span.doc[after].tag_ in FINITE_TAGS:
                # "spoke with his son, Louis Jordan was fishing": the name opens a clause (not
                # "His lawyer Tom Reed said…", an apposition without its commas)
                continue
            if token.i == head.i + 1 + sum(1 for t in span if head.i < t.i < token.i):
                lefts = [t.i for t in head.subtree if t.i <= head.i]
                if all(span.doc[i].lower_ not in NEGATIONS for i in lefts):
                    drop |= set(lefts)
                    # and the commas around the name: "The finance minister, Paul Andersen, said"
                    first, last = min(t.i for t in token.subtree), max(t.i for t in token.subtree)
                    drop |= {
                        i
                        for i in (first - 1, last + 1)
                        if span.start <= i < span.end and span.doc[i].text == ","
                    }
        elif token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            i = token.i - 1
            chain: set[int] = set()
            while (
                i >= span.start
                and span.doc[i].dep_ in ("compound", "amod")
                and span.doc[i].ent_type_ != "PERSON"
            ):
                head = span.doc[i].head
                if head.ent_type_ != "PERSON" and head.i not in chain:
                    break
                chain.add(i)
                i -= 1
            stray = None
            if chain and i >= span.start and _stray_modifier(span.doc[i], token):
                # "said [presumptive Republican presidential nominee] Donald Trump is…", the parser
                # having made "presumptive" a verb: its dependents are the sentence's, not its own
                stray = span.doc[i]
                chain.add(i)
                i -= 1
            # only a whole description goes: "Oscar hopefuls Mike Leigh" keeps it all, and so
            # does "Two-time Olympic 10,000 metres champion Derartu Tulu" ("Olympic" hangs on it)
            outside = [t for t in span.doc[span.start : i + 1] if t.dep_ != "det"] if i >= span.start else []
            whole = not any(t.head.i in chain | {token.i} and t.head != stray for t in outside)
            if i >= span.start and span.doc[i].pos_ in ("ADP", "DET"):
                whole = False  # "Speaker of the House Rep. Paul Ryan" is not "Speaker of Paul Ryan"
            if chain and whole:
                drop |= chain
        elif token.dep_ == "mark" and token.lower_ == "that" and token.head.dep_ == "ccomp":
            drop.add(token.i)
    return drop


def _stray_modifier(token: Token, name: Token) -> bool:
    """Whether ``token``, right before the description of ``name``, is a modifier the parser left
    out of it: a bare verb form with no auxiliary whose clause the name is the subject of ("said
    presumptive Republican nominee Donald Trump is…", "presumptive" a verb); not a verb the name is
    the object of ("claim they depict Tory leader Michael Howard as…"), nor an adjective ("it is
    unlikely French President Emmanuel Macron will…": a predicate, its hedge the statement's)."""
    while name.dep_ == "compound":
        name = name.head
    bare = token.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return bare and name.dep_ in ("nsubj", "nsubjpass") and name.head.head == token


# Names a description may stand before: "[German investment bank] Deutsche Bank", "[Japanese car
# giant] Toyota", "[US television hit] Desperate Housewives". Not a place or a people.
_THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})
# Labels a description of a thing may itself carry: "[German] investment bank", "[US] hit".
_DESCRIBING_LABELS = frozenset({"", "GPE", "NORP"})


def dash_description(span: Span, keep: set[int]) -> set[int]:
    """A description after a dash that ends the sentence, with the dash: "US economy adds
    337,000 jobs in October[ - a seven-month high and far more than Wall Street expectations]".
    Only a noun phrase (no verb, no negation, no person), kept whole, that the parser hung on
    the main verb as a second object or on the noun before as its apposition."""
    doc = span.doc
    end = max((i for i in keep if not doc[i].is_punct), default=None)
    for dash in (t for t in span if t.i in keep and t.i > span.start and is_dash(t)):
        tail = [doc[i] for i in range(dash.i + 1, end + 1)] if end is not None and end > dash.i else []
        if not tail or not all(t.i in keep for t in tail):
            continue
        top = [t for t in tail if t.head.i not in {x.i for x in tail}]
        if len(top) != 1 or any(t.pos_ in ("VERB", "AUX") or t.lower_ in NEGATIONS for t in tail):
            continue
        if any(t.ent_type_ == "PERSON" for t in tail) or top[0].lemma_.lower() in PERSON_NOUNS:
            continue  # who it is may be the news: "arrest a suspect[ - his brother]"
        # not the answer a pointer or a copula waits for: "Dick Morris is that thing Americans
        # love over everything else[ - a winner]"
        pointing = span.root.lemma_ == "be" or any(c.lower_ in ("that", "this") for c in top[0].head.children)
        if (dash_object(top[0]) or top[0].dep_ in ("appos", "npadvmod")) and not pointing:
            return {dash.i} | {t.i for t in tail}
    return set()


def thing_descriptions(span: Span, keep: set[int]) -> set[int]:
    """The description before a kept company's, product's or work's name ("[German investment
    bank] Deutsche Bank"): the words that hang on the name, or on each other, right before
    it, with a common noun among them; only when nothing before them hangs on them or the
    name ("chief executive of [energy firm] Centrica" keeps "of"'s object whole) and the
    name is whole."""
    drop: set[int] = set()
    doc = span.doc
    for name in span.ents:
        inside = set(range(name.start, name.end))
        if name.label_ not in _THING_LABELS or not inside <= keep:
            continue
        i, chain = name.start - 1, set()
        while i >= span.start and i in keep and doc[i].dep_ in ("compound", "amod"):
            if doc[i].ent_type_ not in _DESCRIBING_LABELS or doc[i].head.i not in inside | chain:
                break
            chain.add(i)
            i -= 1
        outside = [t for t in doc[span.start : i + 1] if t.dep_ != "det"] if i >= span.start else []
        hung = any(t.head.i in chain | inside for t in outside)
        before = doc[i] if i >= span.start else None
        if (
            chain
            and not hung
            and any(doc[j].pos_ == "NOUN" for j in chain)
            and (before is None or before.pos_ != "ADP")
        ):
            drop |= chain
    return drop


# Modifiers that sit with a noun's other modifiers, not themselves a description.
_STACKED_DEPS = frozenset({"amod", "compound"})


def nationality_in_stack(span: Span, keep: set[int]) -> set[int]:
    """The first nationality among a kept noun's two or more modifiers ("a runaway [British]
    jihadi schoolgirl"): the noun and its other modifiers still say who; not where the
    noun is singled out ("the first British woman", "the biggest Spanish bank", "a third
    Irish minister"), an office ("the Irish prime minister"), a party or a faith, nor a negated
    phrase."""
    for noun in span:
        if noun.i not in keep or noun.pos_ != "NOUN" or superlative(noun) or noun.lemma_.lower() in _OFFICES:
            continue
        stack = [c for c in noun.children if c.dep_ in _STACKED_DEPS and c.i < noun.i and c.i in keep]
        singled = any(c.lower_ in NEGATIONS or c.ent_type_ == "ORDINAL" for c in noun.children)
        if len(stack) < 2 or singled or any(c.lemma_.lower() in _OFFICES for c in stack):
            continue
        for modifier in stack:
            people = modifier.ent_type_ == "NORP" and modifier.lower_ not in _NOT_NATIONALITIES
            if people and not list(modifier.children) and modifier.pos_ in ("ADJ", "PROPN"):
                return {modifier.i}
    return set()


# The recogniser's NORP holds parties and faiths too: "[Republican] front-runner" says which.
_NOT_NATIONALITIES = frozenset(
    """republican republicans democratic democrat democrats conservative conservatives labour
    liberal socialist communist green christian muslim jewish catholic protestant islamic islamist
    sikh hindu buddhist evangelical sunni shia shiite""".split()
)
# Offices a nationality names: "the Irish prime minister" is one person, "a prime minister" any;
# and titles it names the contest of: "[European] cross country champion" is no world champion.
_OFFICES = frozenset(
    """minister president premier chancellor secretary ambassador envoy king queen prince
    princess leader chief head prime foreign champion champions championship title cup record
    medallist medalist""".split()
)


# Nouns an epithet is made of: what a story calls someone or something it named before ("the
# Midlands city", "the pop star", "the tech giant"); not an office ("the prime minister", "the
# company spokeswoman") nor an institution ("the city council", "the central bank").
_EPITHET_NOUNS = frozenset(
    """man woman boy girl child teenager father mother son daughter wife husband star singer actor
    actress player striker midfielder defender goalkeeper rapper comedian model presenter veteran
    youngster company firm group club team side band network broadcaster retailer airline carmaker
    giant city town country nation village region island capital""".split()
)
# Modifiers of a kind, not of one named before: "The typical student leaves with £50,000 of debt".
_GENERIC = frozenset("typical average ordinary median usual".split())


def epithet(subject: Token) -> bool:
    """A subject "the <modifier> <noun>" (:data:`_EPITHET_NOUNS`) that nothing after it says
    which: "The Midlands city topped…", "The Hollywood star said…", "The tech giant…" — the
    name, a sentence before gave. Not a ranked one ("the first woman"), nor one a phrase or
    clause identifies ("the German company that makes…")."""
    if subject.lemma_.lower() not in _EPITHET_NOUNS or subject.ent_type_ or not subject.is_lower:
        return False  # (nor a name's capitals: "The Prime Minister says he will amend…")
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    modifiers = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subject.i]
    if any(m.lower_ in _GENERIC for m in modifiers):
        return False  # a kind, not one named before
    says_which = any(c.dep_ in ("acl", "relcl", "prep", "appos", "poss") for c in subject.children)
    return determiners == ["the"] and bool(modifiers) and not says_which and not ranked(subject)

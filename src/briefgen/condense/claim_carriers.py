"""Whose claim a bullet or a headline reports when a tweet, a statement or a spokesman carries
it: "A tweet last week said at 7:30 p.m., there were no units available" leaves the sender
(the union the sentence before named) out. :mod:`briefgen.engines.bullet_referents` passes
such a sentence over unless the brief says whose; :mod:`briefgen.engines.generated_headline`
takes no headline from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import CIVIC_NOUNS, CLAIM_CARRIERS, POINTING_ORG_NOUNS, REPORTING_LEMMAS
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words before a carrier that say what kind it is, not whose: "A press release", "A Facebook post".
_KINDS = frozenset(
    "press news text e written joint brief short new recent video facebook twitter instagram social media".split()
)
_OWNERS = frozenset(("PERSON", "ORG", "NORP"))
# Verbs whose "by" is the sender ("issued by the agency"), not a holder ("obtained by Reuters").
_SENDING = frozenset("issue release sign write send post publish put distribute".split())
_SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def ownerless_source(span: Span) -> bool:
    """Whether ``span`` reports a claim through "a tweet", "a statement" or "a spokesman" that
    it never says whose: "A tweet last week said at 7:30 p.m., there were no units available"
    (review 186; the union's, which the sentence before named). "A statement from the
    company", "A police spokesman", "A statement issued by the agency", "the minister's
    statement" say whose, as does a sentence that names them itself ("Toyota recalled the
    cars, and a spokesman said…")."""
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_ not in REPORTING_LEMMAS:
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or subject.lemma_.lower() not in CLAIM_CARRIERS:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subject.children):
                continue
            if any(c.dep_ == "nsubj" and c != subject for c in verb.children):
                continue  # "A statement posted on the website GunBroker.com said": a tangled parse
            if not _whose(subject) and not _named_before(span, verb, subject):
                return True
    return False


def _whose(carrier: Token) -> bool:
    """Whether ``carrier`` ("statement", "spokesman") says whose it is: a possessive, a noun
    or name before it that is no mere kind ("police spokesman", not "press release"), "from",
    "by", "of" or "for" someone, "at" or "with" a body ("at the ministry", not "at the scene"),
    "on behalf of" someone, an appositive name, or a clause naming its sender ("released by the
    agency", "representing the family"; not "obtained by Reuters" nor "sent to the Senate")."""
    person = carrier.lemma_.lower() in _SPOKESPEOPLE  # "A Facebook spokeswoman" is Facebook's
    for child in carrier.children:
        if child.dep_ in ("poss", "appos") or (child.dep_ == "amod" and child.ent_type_ in _OWNERS):
            return True
        if child.dep_ == "compound" and (person or child.lower_ not in _KINDS):
            return True
        if child.dep_ == "prep" and _of_someone(child):
            return True
        if child.dep_ not in ("acl", "relcl"):
            continue
        sent = child.lemma_.lower() in _SENDING  # "released by the agency", not "obtained by Reuters"
        represents = person and any(t.dep_ == "dobj" and _a_body(t) for t in child.children)
        if (sent and any(t.dep_ == "agent" for t in child.children)) or represents:
            return True
        if any(
            c.dep_ == "prep" and c.lower_ in ("from", "of", "for") and _of_someone(c) for c in child.children
        ):
            return True  # "A release sent to media from UFCW Local 832"
    return any(t.dep_ == "poss" for t in carrier.subtree)  # "A post on his Facebook page"


def _of_someone(prep: Token) -> bool:
    """Whether the phrase ``prep`` heads gives an owner: "from"/"by"/"of"/"for" anyone, "on
    behalf of" someone, "at"/"with" a body or a named one."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "on":
        return any(o.lower_ == "behalf" for o in objects)
    if prep.lower_ in ("at", "with"):
        return any(_a_body(o) for o in objects)
    return prep.lower_ in ("from", "by", "of", "for")


def _a_body(noun: Token) -> bool:
    """Whether ``noun`` is a person, a people or a body: a name, or "the ministry", "the family"."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in _OWNERS or lemma in POINTING_ORG_NOUNS | CIVIC_NOUNS or lemma == "family"


def _named_before(span: Span, verb: Token, carrier: Token) -> bool:
    """Whether ``span`` names, before ``carrier`` and outside what ``verb`` reports and any
    quote, who the carrier may be of: a person, an organisation or a people, or the subject of
    a clause joined to the report ("Toyota recalled the cars, and a spokesman said…")."""
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree} | inside_quotes(span)
    joined = {verb.head.i} if verb.dep_ == "conj" else set()
    joined |= {c.i for c in verb.children if c.dep_ == "conj"}
    # "Toyota will appeal the ruling, a spokesman said": the spokesman of the body the claim is about
    claimants = {c.i for r in verb.children if r.dep_ == "ccomp" for c in r.children if c.dep_ == "nsubj"}
    for token in span.doc[span.start : carrier.i]:
        if token.i in reported and token.i not in claimants:
            continue
        if token.ent_type_ in _OWNERS or (token.dep_ == "nsubj" and token.head.i in joined):
            return True
    return False

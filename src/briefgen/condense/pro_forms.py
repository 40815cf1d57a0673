"""Whether a sentence's "do that", "do so" or "know it" stands for what only a sentence before it says.

"Ireland coach Eddie O'Sullivan appears to have done that quite successfully" (review 211)
says what he did only after "keeping the gunpowder dry is essential"; under another bullet it
reads as nothing, or as that bullet's action. "He promised to cut taxes and did so within a
year" names its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs of knowing and telling whose object "it" is a fact the sentence before stated.
_KNOWING_VERBS = frozenset(
    "know realise realize understand believe accept admit acknowledge deny confirm".split()
)

# Verbs before a "do so" that report or set the scene rather than name the action: "said he
# would do so" (a reporting verb with what it reports), "According to…", "Speaking to reporters,",
# "Asked about the plan,", "…, who spoke at a conference,", "met with protesters".
_SCENE_VERBS = frozenset("speak ask talk write meet appear visit attend arrive".split())

# What, after "do", stands for an action: "did that", "done this", "do so", "did it".
_PRO_OBJECTS = frozenset("that this so it".split())


def pro_verb(span: Span) -> bool:
    """Whether ``span`` has a "do" whose bare "that", "this", "so" or "it" stands for an action,
    with no verb before it in the sentence that it could be, other than the verbs it hangs on
    ("appears to have done that", "said he would do so")."""
    for token in span:
        if token.lemma_.lower() != "do" or token.pos_ != "VERB":
            continue
        pro = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "advmod") and c.lower_ in _PRO_OBJECTS and not list(c.children)
        ]
        if not pro or (pro[0].lower_ == "so" and pro[0].dep_ != "advmod"):
            continue
        if not _names_an_action_before(span, token):
            return True
    return False


def _names_an_action_before(span: Span, verb: Token) -> bool:
    """Whether a verb before ``verb`` in ``span`` that is not one of its heads could be the
    action its pro-form stands for."""
    heads = set()
    head = verb
    while head.head.i != head.i:
        if head.dep_ != "conj":  # "cut taxes and did so": the verb it joins is the action
            heads.add(head.head.i)
        head = head.head
    return any(t.pos_ == "VERB" and t.i not in heads and _an_action(t) for t in span if t.i < verb.i)


def _an_action(verb: Token) -> bool:
    """Whether ``verb`` does something a "do so" after it may stand for: "spoke out against the
    ban…, and dozens of mayors have since done so", "tweeted about the verdict…, and his son did
    so"; not a verb that reports a claim ("said he would do so"), "According to the report,",
    one that sets the scene ("Speaking to reporters,", "Asked about it,", "…, who spoke at a
    conference,"), nor a passive aside ("…, who was appointed last year,")."""
    lemma = verb.lemma_.lower()
    if lemma == "accord" or (
        lemma in REPORTING_LEMMAS and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    ):
        return False
    scene = verb.dep_ == "relcl" or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"))
    if lemma in _SCENE_VERBS and scene and not any(c.dep_ in ("prt", "dobj") for c in verb.children):
        return False  # (but "Ten MPs spoke against the bill, and twenty more have since done so")
    if verb.dep_ == "relcl" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return lemma != "do"


def known_it(span: Span) -> bool:
    """Whether ``span`` knows, admits or denies an "it" that only the sentence before states:
    "Both campaigns know it too." (review 169), "He denied it.". Not when the sentence names,
    before the "it", a thing it may stand for ("…read the report and admitted it"), nor an
    "it" that stands for a clause after it ("admitted it was a mistake" has "it" for subject)."""
    for token in span:
        verb = token.head
        if token.lower_ != "it" or token.dep_ != "dobj" or verb.lemma_.lower() not in _KNOWING_VERBS:
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
            continue  # "made it clear that…", "believe it to be true"
        if verb.dep_ == "advcl":
            continue  # "Whether they know it or not, Clinton is very accessible…": an aside
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        # the verb's own words are no clause before the "it": "has not denied it"
        own = {verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))}
        before = [t for t in span.doc[span.start : token.i] if t.i not in subjects and t.i not in own]
        # "…read the report and admitted it", "Prices are rising fast, and everyone knows it"
        if not any(t.tag_ in ("NN", "NNP") or t.pos_ in ("VERB", "AUX") for t in before):
            return True
    return False

"""Attribution patterns read off the tokens around the quote marks, whatever the parse says.

News copy attributes most quotes in a few fixed shapes: ``“…,” NAME (, apposition,)
VERBED``, ``“…,” VERBED NAME`` and ``NAME VERBED(, :) “…”``. spaCy's small parser
often misreads them (``Trump`` as a compound of ``barked``), so these helpers find
them from parts of speech and punctuation alone. The last helpers read the parse
around a speech verb: whether it reports the quote at all, and who speaks when it
is passive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lexicon
from ..lexicon import VERB_POS
from .speakers import FEMALE, MALE

if TYPE_CHECKING:
    from spacy.tokens import Token


MENTION_POS = ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PRON")


def post_quote(tokens: list[Token]) -> tuple[Token, Token] | None:
    """(mention, verb) of ``“…,” NAME VERBED`` or ``“…,” VERBED NAME``, else None."""
    tokens = (
        [t for t in tokens if not (t.is_punct and t.text in ",—–-")]
        if tokens[:1] and tokens[0].is_punct
        else tokens
    )
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if not tokens:
        return None
    first = tokens[0]
    if first.pos_ in VERB_POS and first.lemma_.lower() in lexicon.SPEECH_LEMMAS:
        # said Trump / said the senator from Ohio
        run = []
        for token in tokens[1:]:
            if token.pos_ in MENTION_POS and not (token.pos_ == "PRON" and run):
                run.append(token)
                if token.pos_ == "PRON":
                    break
            else:
                break
        head = _run_head(run)
        return (head, first) if head is not None else None
    run = []
    rest = tokens
    for n, token in enumerate(tokens):
        if (token.pos_ in MENTION_POS and token.pos_ != "PART") or token.tag_ == "POS":
            run.append(token)
            if token.pos_ == "PRON":
                rest = tokens[n + 1 :]
                break
        else:
            rest = tokens[n:]
            break
    else:
        rest = []
    head = _run_head(run)
    if head is None or not rest:
        return None
    if rest[0].text == ",":
        # An apposition: "Trump, the Republican frontrunner, said".
        closing = next((k for k, t in enumerate(rest[1:], 1) if t.text == ","), None)
        if closing is None or closing > 15:
            return None
        rest = rest[closing + 1 :]
    while rest and rest[0].pos_ in ("ADV", "AUX", "PART") and rest[0].lemma_ not in lexicon.SPEECH_LEMMAS:
        rest = rest[1:]
    if rest and rest[0].pos_ == "VERB" and rest[0].dep_ not in ("amod", "compound"):
        # "Vauxhall’s U.K. managing director Stephen Norman said": "managing" describes the
        # director; the run is only the start of the speaker's description
        return head, rest[0]
    return None


def pre_quote(tokens: list[Token]) -> Token | None:
    """The verb of ``NAME VERBED, “…”`` / ``VERBED: “…”`` right before the opening mark, else None.

    With a comma, colon or dash between them any verb introduces the quote ("she shot back,
    “…”"); with nothing between, only a verb of speech does ("said “…”"): in "the council
    had “every confidence …”" the quote is the object of the reporter's own verb.
    """
    punctuated = False
    while tokens and tokens[-1].is_punct and tokens[-1].text in ",:—–-":
        tokens = tokens[:-1]
        punctuated = True
    while tokens and tokens[-1].pos_ in ("ADV", "ADP", "PART") and tokens[-1].dep_ in ("prt", "advmod"):
        tokens = tokens[:-1]
    if (
        tokens
        and tokens[-1].pos_ == "VERB"
        and (punctuated or tokens[-1].lemma_.lower() in lexicon.SPEECH_LEMMAS)
    ):
        return tokens[-1]
    return None


def _run_head(run: list[Token]) -> Token | None:
    """The head word of a mention run: its last proper noun, else its last noun or pronoun."""
    for pos in ("PROPN", "NOUN", "PRON"):
        heads = [t for t in run if t.pos_ == pos]
        if heads:
            # "Trump ’s spokesman Hicks": the last name of the run names the speaker.
            head = heads[-1]
            if pos == "PROPN" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].tag_ == "POS":
                # "says Wise’s dad, Darrin": a possessor is whose the speaker is, not the speaker.
                after = [t for t in run if t.i > head.i and t.pos_ == "NOUN"]
                if after:
                    return after[-1]
            return head
    return None


def subject_before(verb: Token) -> Token | None:
    """``Col. Name, a military spokesman, (had) said``: the name before the verb, skipping an apposition."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        opening = next((k for k in range(i - 1, max(-1, i - 16), -1) if doc[k].text == ","), None)
        if opening is None:
            return None
        i = opening - 1
    if i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in MALE | FEMALE):
        return doc[i]
    return None


def speech_verb(token: Token) -> bool:
    """True for a verb (or auxiliary) whose lemma is a verb of speech ("said", "told", "warns")."""
    return token.pos_ in VERB_POS and token.lemma_.lower() in lexicon.SPEECH_LEMMAS


# Speech verbs whose passive subject is still the speaker ("he was quoted as saying").
_PASSIVE_SPEAKER_LEMMAS = frozenset({"quote", "cite", "hear", "report"})


def addressed(verb: Token) -> bool:
    """True when a passive subject of this speech verb is the one spoken to or about
    ("Canadians are advised to…", "he was asked"), not the speaker."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.SPEECH_LEMMAS and lemma not in _PASSIVE_SPEAKER_LEMMAS


def agent(verb: Token) -> Token | None:
    """X in a passive "… was told by X", else None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def aside(verb: Token, region: tuple[int, int]) -> bool:
    """True for a speech verb in a clause about a noun that holds no part of the quote at
    ``region`` and is unlikely to report it: a clause after the quote (“…,” the nominee told
    Fox [about a man who pledged…]), or one whose noun is what is said (said the message [the
    Conservatives will put to Canadians] “will have…”). A clause of the speaker before the
    quote ("Lee, who declared, “…”") or of the occasion ("the rally where he said") is none."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    subtree = list(verb.subtree)
    if subtree[0].idx < region[1] and subtree[-1].idx + len(subtree[-1].text) > region[0]:
        return False
    if verb.idx >= region[1]:
        return True  # “…,” the nominee told Fox [after an American Muslim who pledged…]
    for child in verb.children:
        relative = child.tag_ in ("WP", "WDT", "WRB")
        if (relative and child.dep_ != "dobj") or (child.dep_ in ("dobj", "ccomp") and not relative):
            return False
    return True

"""Cuts that take what a kept word cannot say without: the clause an "it" stands for ("make it
impossible [for a Republican to win]"), what a verb has its object do ("tipped Klopp [to make
his mark]"), where a verb of placing puts its object ("get their man [on the inside of the
discussions]"), what a verb of giving gives when it keeps only who gets it ("provide Obama
[with plenty of material]"), and a time clause that what follows it may belong to ("remain critical [after
they became sick] -- … -- during a trip"). :mod:`briefgen.condense.meaning` refuses them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import FINITE_TAGS, PLACING_LEMMAS
from .meaning_words import ARGUMENT_NOUNS, REGARDING
from .misparse import core_phrase, phrase
from .parse import has_to
from .referents import TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Prepositions that say where or in what state a verb of placing leaves its object.
_WHERE_PREPS = frozenset("on into onto under behind inside outside out off".split())
# Verbs that have their object do what the infinitive after it says ("tipped Klopp to make his
# mark", "urged voters to stay home"), unlike "built a wall [to protect…]", whose "to" is a purpose.
_OBJECT_CONTROL = frozenset(
    """tip back fancy urge ask tell want expect encourage force allow permit persuade convince order
    invite advise warn require compel pressure push challenge dare cause lead inspire get help
    enable prompt beg implore instruct appoint elect""".split()
)
# Verbs whose "it" may stand for a clause after them ("it seems [that…]", "make it clear [that…]").
_PREDICATING = frozenset("be seem appear become make find consider prove remain come take".split())
# Conjunctions that open a clause of time.
_TIME_MARKS = frozenset("after before when while until since once".split())
# Verbs whose time is their object: "spent Thursday discussing…", "wasted a week".
_SPENDING = frozenset("spend waste".split())
# How the parser hangs what a thing is worth on "worth".
_VALUE_DEPS = frozenset("npadvmod advmod dobj pobj attr nummod quantmod".split())
# How an extraposed clause opens: "impossible [for X to win]", "hard [to say]", "clear [that …]".
_EXTRAPOSED_OPENERS = frozenset("for to that whether".split())


def argument_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """Each cut phrase (why, its words) that an argument of a kept word was."""
    yield from _enough_for(sentence, kept)
    for token in sentence:
        head = token.head
        noun = token.doc[token.i - 1] if token.i > sentence.start else token
        if (
            token.dep_ == "prep"
            and head.lemma_ == "be"
            and head.i not in kept
            and noun.i in kept
            and token.lower_ in ARGUMENT_NOUNS.get(noun.lower_, ())
            and not any(t.i in kept for t in token.subtree)
            # a time is no cause: "was on fire [over the weekend]"
            and not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_NOUNS for t in token.subtree)
        ):
            # "Justin Trudeau [is] under siege [over an allegation…]" (review 91): a headline drops
            # the "is" the parser hangs the phrase on, and the noun still needs it
            yield f"cut {token.text!r}…, what the {noun.text!r} is on or for", phrase(token)
        if token.i in kept or head.i not in kept or head.i == token.i or token.i < head.i:
            continue
        if any(t.i in kept for t in token.subtree):
            continue
        opener = token.doc[token.left_edge.i].lower_
        if (
            token.dep_ in ("advcl", "xcomp", "ccomp")
            and opener in _EXTRAPOSED_OPENERS
            and _expletive_it(head, kept)
        ):
            yield f"cut {token.text!r}…, what the 'it' of {head.text!r} stands for", phrase(token)
        elif (
            token.dep_ in ("advcl", "xcomp")
            and opener == "to"
            and head.lemma_.lower() in _OBJECT_CONTROL
            and _right_after_object(head, token, kept)
        ):
            # "has tipped compatriot Jurgen Klopp [to make his mark…]": what the object is to do
            yield f"cut {token.text!r}…, what {head.text!r} has its object do", phrase(token)
        elif (
            token.dep_ in ("advcl", "xcomp")
            and opener == "to"
            and (caller := _controller_before(token, kept))
        ):
            # "called on Hillary Clinton [to at least do something]", the parser having hung
            # the clause on another verb: it still says what the object is called on to do
            yield f"cut {token.text!r}…, what {caller.text!r} has its object do", phrase(token)
        elif token.dep_ in ("advcl", "acl", "xcomp", "relcl") and opener == "to" and _allowance_before(token):
            # "to give millions of workers three days paid leave a year [to do volunteer
            # work]" (review 67): what the leave, time or money is for says which it is
            yield f"cut {token.text!r}…, what the allowance before it is for", phrase(token)
        elif token.dep_ == "conj" and head.tag_ in FINITE_TAGS and token.tag_ == "VB" and has_to(token):
            # "Voip allows PC users[, and in some cases those with…, to make calls]": an
            # infinitive is no conjunct of a finite verb, but what the parser split off it
            yield (
                f"cut {token.text!r}…, an infinitive the parser made a conjunct of {head.text!r}",
                phrase(token),
            )
        elif (
            head.lemma_.lower() in _SPENDING
            and token.dep_ in ("npadvmod", "dobj")
            and _time_spent(head, token)
        ):
            # "Obama spent [Thursday] discussing…": the time is what was spent, not when
            yield f"cut {token.text!r}, what {head.text!r} spent", phrase(token)
        elif head.lower_ == "worth" and token.dep_ in _VALUE_DEPS:
            # "is worth [up to 30% more than a … bid]": what it is worth is what is said
            yield f"cut {token.text!r}…, what it is {head.text!r}", phrase(token)
        elif token.lower_ == "way" and token.dep_ in ("npadvmod", "dobj") and _possessed(token):
            # "legal action has finally come [his way]", "made [its way] to…": to whom, or how far
            yield f"cut {token.text!r}, whose way {head.text!r} goes", phrase(token)
        elif token.dep_ == "advcl" and _temporal(token) and _bridged(token, kept):
            # "remain in critical condition [after they became sick] -- perhaps from pesticide
            # exposure -- during a trip": what followed the clause now reads as the kept verb's
            yield f"cut {token.text!r}…, a time clause what follows it may belong to", phrase(token)
        elif (
            token.dep_ == "prep"
            and token.lower_ == "as"
            and (verb := _verb_of_role(token)) is not None
            and verb.i in kept
            and verb.lemma_.lower() not in REGARDING  # "described [as…]": what it takes it for, in meaning
            and _role(token)
            and _complements_kept(verb, token, kept)
        ):
            # "has come to loom in the Mexican imagination [as a gringo bogeyman]" (review 201),
            # "emerged [as the favourite]", "stepped down [as chairman]", "defended his manager
            # [as a decent man]": the role is what is said
            yield f"cut {token.text!r}…, the role {verb.text!r} is in", _role_phrase(token)
        elif token.dep_ in ("acl", "relcl", "xcomp") and opener == "to" and head.lower_ in _QUANTITIES:
            # "gave Democrats much [to be proud of]", "has little [to show for it]": what the
            # amount is of is the statement
            yield f"cut {token.text!r}…, what the {head.text!r} is", phrase(token)
        elif (
            token.dep_ == "prep"
            and token.lower_ in _USE_PREPS.get(head.lemma_.lower(), ())
            and _put_to_use(token)
        ):
            # "began to use surplus war planes [for mail delivery]" (review 202), "spent £3m [on a new
            # headquarters]": what it went to is the statement
            yield f"cut {token.text!r}…, what {head.text!r} puts its object to", phrase(token)
        elif token.dep_ == "prep" and token.lower_ == "by" and _horizon(token):
            # "ethnic minorities would make up around a fifth of the population [by 2051]": a
            # projection without its horizon reads as due now
            yield f"cut {token.text!r}…, the time {head.text!r} is projected for", phrase(token)
        elif token.dep_ == "prep" and token.lower_ in _WHERE_PREPS and head.lemma_.lower() in PLACING_LEMMAS:
            if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
                continue  # "getting a greeting [on the day after Christmas]": when, not where
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i in kept]
            between = range(
                min(token.i, min((o.right_edge.i + 1 for o in objects), default=token.i)), token.i
            )
            # right after the object, or after only adverbs ("painting Republicans ever further [into…]")
            if objects and all(token.doc[i].pos_ == "ADV" for i in between):
                yield f"cut {token.text!r}…, where {head.text!r} puts its object", phrase(token)


# Nouns whose "as" phrase is a frame, not a role: "[as a result]", "[as part of a deal]", "[as a
# mark of respect]", "[as a cost-cutting measure]", "[as a teenager]".
_FRAME_NOUNS = frozenset(
    """result consequence part means way matter rule precaution gesture sign mark measure reminder warning
    token symbol show protest tribute child teenager boy girl youngster student adult kid""".split()
)


# Tags of a word that opens a clause: "when", "which", "who", "because", "and".
_OPENING_TAGS = ("WRB", "WDT", "WP", "IN", "CC")


def _role(preposition: Token) -> bool:
    """Whether ``preposition`` ("as") names what someone or something is: its object a noun
    ("as a gringo bogeyman", "as chairman"), not a frame ("as a result") or a time ("as of")."""
    if preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ in ("such", "well"):
        return False  # "attacks such as last Friday's bombing": examples, not a role
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    noun = objects[0]
    doc, after = preposition.doc, preposition.right_edge.i + 1
    # up to the next mark or word that opens a clause of its own ("as a player[ when Aston Villa face…]")
    while (
        after < len(doc) and not doc[after].is_punct and doc[after].tag_ not in (*FINITE_TAGS, *_OPENING_TAGS)
    ):
        after += 1
    if after < len(doc) and doc[after].tag_ in FINITE_TAGS:
        return False  # "as the battle between satellite and cable TV [now] heats up": a clause, misparsed
    return noun.lemma_.lower() not in _FRAME_NOUNS and noun.ent_type_ not in ("DATE", "TIME")


def _verb_of_role(preposition: Token) -> Token | None:
    """The verb whose role phrase ``preposition`` ("as") opens: its head, or the verb of the object
    the parser hung it on, right after that object's noun ("defended his manager [as a decent
    man]"; not "have a lack of trust of Blair [as prime minister]")."""
    head = preposition.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and preposition.i == head.i + 1:
        return verb
    return None


# Verbs whose object goes to what a phrase after it says: "use X for Y", "spend X on Y".
_USE_PREPS = {"use": ("for",), "spend": ("on",), "invest": ("in",)}


def _put_to_use(preposition: Token) -> bool:
    """Whether ``preposition`` says what its verb's object (a thing or a sum, not a time; or its
    passive subject: "The money was spent [on…]") was put to: not a time itself ("used tear gas
    [for the second night]", "spent £3m [on Tuesday]")."""
    verb = preposition.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < preposition.i]
    timed = any(
        t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_NOUNS for t in preposition.subtree
    )
    return bool(objects) and not timed and not any(o.ent_type_ in ("DATE", "TIME") for o in objects)


# Pronouns of amount whose infinitive says what they are: "much to be proud of", "little to show".
_QUANTITIES = frozenset("much little nothing something anything plenty enough lot more less".split())
# Auxiliaries of a projection: "will double", "would make up", "could reach".
_PROJECTING = frozenset("will would could might may 'll ’ll 'd ’d".split())
# Verbs whose "to" clause is a projection: "is projected to reach", "are expected to double".
_PROJECTING_VERBS = frozenset("project expect set forecast predict due estimate plan aim likely".split())


def _horizon(preposition: Token) -> bool:
    """Whether ``preposition`` ("by") dates what a projection says, its verb's auxiliary a modal
    ("will", "would", "could") or its verb the "to" clause of one that projects ("is projected to
    reach", "are expected to double"), and its object a date ("by 2051", "by the end of the decade")."""
    verb = preposition.head
    projected = any(c.dep_ == "aux" and c.lower_ in _PROJECTING for c in verb.children)
    projected = projected or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROJECTING_VERBS)
    return projected and any(t.ent_type_ == "DATE" for t in preposition.subtree)


def _role_phrase(preposition: Token) -> set[int]:
    """The role phrase without what describes its noun ("as her running mate[, a man who shifted
    to…]"), which may stay cut when the role comes back."""
    doc = preposition.doc
    aside = {t.i for o in preposition.children for c in o.children if c.dep_ == "appos" for t in c.subtree}
    core = core_phrase(preposition) - aside
    while core and doc[max(core)].text in (",", "–", "—"):
        core.discard(max(core))
    return core


_COMPLEMENT_DEPS = frozenset("dobj xcomp ccomp attr".split())


def _complements_kept(verb: Token, role: Token, kept: set[int]) -> bool:
    """Whether the objects and clauses of ``verb`` before its ``role`` phrase are kept: the role is
    what they are taken as ("defended his campaign manager [as a very decent man]"), and with
    them gone it has nothing to be of ("claim [depict Tory leader Michael Howard] as Fagin")."""
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.i < role.i]
    return all(
        t.i in kept
        for c in complements
        for t in c.subtree
        if t == c or (t.dep_ in _COMPLEMENT_DEPS and t.i < role.i)
    )


# Nouns of what is allowed or granted, which a "to" clause after them says the use of.
_ALLOWANCES = frozenset("leave time money funding fund grant permission right power".split())


def _enough_for(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A kept "enough" whose "to…" was cut: "winning over enough Trump delegates [to prevent
    the billionaire from prevailing…]" (review 122) reads as enough to win outright."""
    doc = sentence.doc
    for token in sentence:
        if token.lower_ != "enough" or token.i not in kept:
            continue
        end = min(max(token.i, token.head.i) + 3, sentence.end)
        to = next((t for t in doc[token.i + 1 : end] if t.lower_ == "to" and t.dep_ == "aux"), None)
        clause = to.head if to is not None else None
        if clause is not None and not any(t.i in kept for t in clause.subtree):
            yield f"cut {clause.text!r}…, what there is 'enough' for", phrase(clause)


def _allowance_before(clause: Token) -> bool:
    """True when one of the three words before the "to" of ``clause`` is an allowance noun
    ("paid leave a year [to do volunteer work]", "permission [to build]")."""
    start = clause.left_edge.i
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _ALLOWANCES for t in clause.doc[max(0, start - 3) : start]
    )


def _possessed(noun: Token) -> bool:
    """True for a noun with a possessive before it ("his way")."""
    return any(c.dep_ == "poss" for c in noun.children)


def _temporal(clause: Token) -> bool:
    """True for a clause opened by a time conjunction ("after they became sick")."""
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)


def _bridged(clause: Token, kept: set[int]) -> bool:
    """True when a kept phrase right after the cut ``clause`` (past any punctuation) hangs on a
    word before it: with the clause gone, the phrase reads as that word's."""
    doc = clause.doc
    i = clause.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct or (doc[i].dep_ == "advmod" and i in kept)):
        i += 1
    after = doc[i] if i < len(doc) and i in kept else None
    return after is not None and after.dep_ == "prep" and after.head.i < clause.left_edge.i


def _controller_before(clause: Token, kept: set[int]) -> Token | None:
    """The verb that has the kept object right before ``clause`` do something ("urged
    voters", "called on Hillary Clinton"), whatever the parser made the clause's head."""
    before = clause.doc[clause.left_edge.i - 1]
    if before.i not in kept or before.is_punct or before.i >= clause.i:
        return None
    verb = before
    while (
        verb.pos_ != "VERB"
        and verb.head != verb
        and verb.dep_ in ("pobj", "dobj", "compound", "prep", "appos")
    ):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i not in kept:
        return None
    lemma = verb.lemma_.lower()
    calls = lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
    return verb if lemma in _OBJECT_CONTROL or calls else None


def _time_spent(verb: Token, token: Token) -> bool:
    """True for a time that is all ``verb`` spent: "spent [Thursday] discussing…", not the
    "last year" of "spent £2m last year"."""
    timed = token.ent_type_ in ("DATE", "TIME") or token.lower_ in TIME_NOUNS
    return timed and not any(c.dep_ == "dobj" and c != token for c in verb.children)


def _right_after_object(verb: Token, clause: Token, kept: set[int]) -> bool:
    """True when ``clause`` opens right after a kept object of ``verb``."""
    return any(
        c.dep_ == "dobj" and c.i in kept and c.right_edge.i + 1 == clause.left_edge.i for c in verb.children
    )


def _expletive_it(head: Token, kept: set[int]) -> bool:
    """True when a kept "it" is the subject of ``head`` or of the verb ``head`` completes
    ("it [is] impossible", "make it impossible")."""
    if head.pos_ != "ADJ" and head.lemma_.lower() not in _PREDICATING:
        return False  # "it is looking for a replacement [to chair…]": that "it" is the campaign
    holders = [head] + ([head.head] if head.dep_ in ("acomp", "attr", "oprd", "ccomp") else [])
    for holder in holders:
        # "make it clear that…": an object "it" only beside what it is made ("did it [to win]" is not)
        made = any(c.pos_ == "ADJ" and c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") for c in holder.children)
        deps = (
            ("nsubj", "nsubjpass", "expl", "dobj")
            if made or holder is head
            else ("nsubj", "nsubjpass", "expl")
        )
        if any(c.lower_ == "it" and c.dep_ in deps and c.i in kept for c in holder.children):
            return True
    return False


# Verbs that give someone something ("provide X with Y", "give X Y"): with one object, no gift.
_GIVING = frozenset("provide supply furnish equip arm give offer hand grant award".split())


def gift_cut(doc: Doc, kept: set[int], tail: list[Token]) -> str | None:
    """Why a cut drops what a verb of giving gives when all it keeps is who gets it, or None:
    "should provide Obama and this year's entertainer, Larry Wilmore[, plenty of material]",
    "will provide the school [with new computers]", wherever the parser hung the gift."""
    giver = next((doc[i] for i in kept if doc[i].lemma_.lower() in _GIVING and doc[i].pos_ == "VERB"), None)
    if giver is None or any(c.lower_ == "with" for c in giver.children if c.i in kept):
        return None
    objects = [c for c in giver.children if c.i in kept and c.dep_ in ("dobj", "dative")]
    if len(objects) != 1:
        return None
    given = next((t for t in tail if t.lower_ == "with" or t.pos_ == "NOUN"), None)
    if given is None or any(t.pos_ in ("VERB", "AUX") for t in doc[giver.i + 1 : given.i]):
        return None  # another clause in between: not the verb's
    recipient = objects[0].dep_ == "dative" or any(
        t.ent_type_ == "PERSON" or t.lower_ in _OBJECT_PRONOUNS for t in (objects[0], *objects[0].conjuncts)
    )
    if given.lower_ != "with" and not recipient:
        return None  # "offer more concessions": the gift itself is kept
    return f"cut what {giver.text!r} gives: {given.text!r}…"


_OBJECT_PRONOUNS = frozenset("him her them us me you".split())

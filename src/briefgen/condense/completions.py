"""What completes a predicate, so that a cut must not take it: a verb's object or clause, a
change verb's amount ("fell [to a record low]"), a motion verb's where ("took his daughter
[to a rally]"), a predicate's own preposition ("involved [in a crash]"), a quantity's unit
("£50bn [in losses]", "one gigabit [a second]"), a noun's clause ("no chance [of…]").

:func:`briefgen.condense.faithful.mid_phrase` refuses a cut that ends right before one
(:func:`cut_completion`); a headline that ended so puts the phrase back
(:func:`completion_after`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..lexicon import MONTHS, WEEKDAYS
from .parse import dash_object, has_to
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependents that complete a predicate: cut away, the predicate says something else.
COMPLEMENTS = frozenset("dobj pobj attr acomp oprd xcomp ccomp dative agent prt pcomp obj".split())
# Verbs of change whose "to"/"by"/"from" phrase is the news ("fell to a record low").
CHANGE_VERBS = frozenset(
    "fall rise drop climb increase decrease jump slump slip soar plunge grow shrink cut raise "
    "lower reduce surge tumble sink hit reach double triple halve boost slash".split()
)
# Verbs of taking and going whose "to"/"into"/"from" phrase is where ("took his daughter to a rally").
MOTION_VERBS = frozenset(
    "take bring send move travel fly drive go come return flee deport transfer carry lead smuggle "
    "admit rush airlift evacuate concentrate funnel channel divert".split()
)
# Predicates whose preposition phrase completes them ("involved in a crash", "accused of fraud").
PREP_PREDICATES = frozenset(
    "involve accuse charge convict suspect aim base link relate tie subject due responsible "
    "aware capable guilty prone similar equal equivalent part consist comprise depend rely "
    "result lead amount account place put position station spend focus concentrate dwell seize".split()
)

# Nouns whose "on" phrase says what they act on: "the effects of strokes [on employment and
# income]", "take a toll [on the party's support]"; without it the noun says nothing (review 102).
_ACTING_ON_NOUNS = frozenset("effect impact influence toll bearing strain".split())

# Objects that say nothing without what they lead to: "opening the way [for future euro
# membership]", "set the stage [for a showdown]", "lay the groundwork [for a bid]" (review 214).
# (as written: "the stage for" leads on, "reached the knockout stages for the first time" does not)
_LEADING_OBJECTS = {
    "way": ("for", "to"),
    "door": ("to", "for"),
    "doors": ("to", "for"),
    "stage": ("for",),
    "groundwork": ("for",),
}

# Verbs whose measure completes them: "lasted [all night]", "weighs [three tonnes]".
_MEASURED_VERBS = frozenset("last weigh measure span total".split())

_HAVING_VERBS = frozenset("have take make exert cause".split())

# Verbs that, passive, say only that something was put to a use its phrase names: "a new act
# of terrorism was employed [in the bitter debate about migrants]" (review 111).
_PUT_TO_USE = frozenset("use employ exploit deploy harness invoke".split())

# Predicates that only one preposition completes: "lead [to…]", but "lead hopes [at the Oscars]".
# "the report only focuses [on one small subset…]" (the "on" of "focus", "concentrate", "dwell")
_ONLY_PREPS = {"lead": ("to",), "result": ("in", "from"), "amount": ("to",), "account": ("for",)}
_ONLY_PREPS |= {verb: ("on", "upon") for verb in ("focus", "concentrate", "dwell", "seize")}
# Verbs that say little without what they get ready for: "…is how Northampton prepared [for…]".
_PREPARING = {"prepare": "for", "brace": "for", "gear": "for"}


# Objects of "take", "spend", "have" that a gerund after them fills: "took turns urging…",
# "spent hours searching…", "had trouble finding…".
_SPENT_NOUNS = frozenset("turn time hour day week month year minute trouble difficulty".split())


def spent_doing(token: Token) -> bool:
    """A gerund that says what its verb's object was spent on ("took turns urging the crowd",
    "spent years fighting the charges"), without which the verb says nothing."""
    verb = token.head
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("advcl", "xcomp")
        and verb.lemma_.lower() in ("take", "spend", "have", "waste")
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SPENT_NOUNS and c.i < token.i for c in verb.children
        )
        and token.doc[token.i - 1].text != ","
    )


def leading_object(prep: Token) -> Token | None:
    """The object ``prep`` opens what it leads to, or None: "opening the way [for…]", "set the
    stage [for…]", "opens doors [for…]" (the parser may hang it on the object or on the verb);
    cut, the verb says nothing."""
    head = prep.head
    if prep.dep_ != "prep":
        return None
    objects = (
        [head] if head.dep_ == "dobj" else [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
    )
    return next((o for o in objects if prep.lower_ in _LEADING_OBJECTS.get(o.lower_, ())), None)


# Verbs of belief: a noun described by what someone believed of it ("a girl he believed to be
# 14", "the man she thought was her friend") may be no such thing.
_BELIEF_VERBS = frozenset("believe think assume suppose imagine claim pretend".split())
_RELATIVIZERS = frozenset("who whom which that".split())


def _believed(clause: Token) -> bool:
    """Whether relative clause ``clause`` says what someone believed its noun to be, the noun its
    object: cut, the belief reads as fact (run 221: "caught after grooming a girl" of "a girl he
    believed to be 14", a vigilante). Not a belief its noun holds ("a man who believed in ghosts")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        clause.lemma_.lower() in _BELIEF_VERBS and bool(subjects) and subjects[0].lower_ not in _RELATIVIZERS
    )


def measure_of(token: Token) -> bool:
    """Whether ``token`` is how long or how much a verb of measure (:data:`_MEASURED_VERBS`)
    says: "a search that lasted[ all night]", "lasted[ a week]", "will last[ three hours]"; not
    when: "will last three hours[ Monday]", "[this week]"."""
    head = token.head
    if token.dep_ != "npadvmod" or head.pos_ != "VERB" or head.lemma_.lower() not in _MEASURED_VERBS:
        return False
    if token.lower_ in WEEKDAYS or token.lower_ in MONTHS:
        return False
    return not any(c.lower_ in ("this", "that", "next", "last") for c in token.children)


def quantity(token: Token) -> bool:
    """A number, an amount, or a noun counted by one ("3,000 patients"); not a date."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    return (
        token.like_num
        or token.tag_ == "CD"
        or token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        or any(
            c.dep_ in ("nummod", "quantmod") and c.ent_type_ not in ("DATE", "TIME") for c in token.children
        )
    )


def cut_completion(kept: set[int], near: Sequence[Token]) -> tuple[Token, str] | None:
    """The first of ``near`` (the cut words right after a kept text's last word, up to the
    next comma or dash) whose phrase completes a kept word, and why; or None."""
    for token in near:
        head = token.head
        if head.i not in kept or token.i == head.i:
            continue
        if dash_object(token):
            continue  # a description the parser hung as a second object
        if token.dep_ in COMPLEMENTS and not (token.dep_ == "ccomp" and token.i < head.i):
            return token, f"cut the {token.dep_} {token.text!r} of {head.text!r}"
        if token.dep_ == "prep":
            if not any(c.dep_ in ("pobj", "pcomp", "prep") for c in token.children):
                return token, f"cut the stranded preposition {token.text!r} of {head.text!r}"
            if head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.i < head.i:
                return token, f"cut {token.text!r}… completing {head.text!r}"  # "officials angry [about…]"
            if quantity(head):
                return token, f"cut {token.text!r}… completing the quantity {head.text!r}"
            if (led := leading_object(token)) is not None:
                return token, f"cut {token.text!r}… completing {led.head.text!r} {led.text!r}"
            if token.lower_ in ("against", "versus", "vs") and any(
                a.lower_ == "between" for a in head.ancestors
            ):
                # "a stark choice between Labour's stability and investment [against Tory cuts…]"
                return token, f"cut {token.text!r}…, the other side of the choice"  # (review 112)
            # not a date: "took effect [on March 23]"
            timed = any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)
            if token.lower_ in ("on", "upon") and _acted_on(head) and not timed:
                return token, f"cut {token.text!r}… completing {head.text!r}"
            amounts = ("to", "by", "from")
            said = any(c.i in kept and (c.lower_ in amounts or c.dep_ == "dobj") for c in head.children)
            if head.lemma_.lower() in CHANGE_VERBS and token.lower_ in amounts and not said:
                return token, f"cut {token.text!r}… completing {head.text!r}"
            lemma = head.lemma_.lower()
            where = lemma in MOTION_VERBS and token.lower_ in ("to", "into", "onto", "from")
            where = where or (lemma in _PUT_TO_USE and _put_to_use(head, token, kept) and not timed)
            # a verb that keeps the phrase it needs takes the next as an adjunct: "put any talk
            # of retirement on hold [after having an injury-free campaign]"
            completed = (
                lemma in PREP_PREDICATES
                and head.pos_ == "VERB"
                and token.lower_ not in _ONLY_PREPS.get(lemma, ())
            )
            completed = completed and any(
                c.i in kept and c.dep_ == "prep" and c.i != token.i and not _when_or_where(c)
                for c in head.children
            )
            if (
                (
                    lemma in PREP_PREDICATES
                    and not completed
                    and (head.pos_ != "VERB" or token.lower_ in _ONLY_PREPS.get(lemma, (token.lower_,)))
                )
                or where
                or _PREPARING.get(lemma) == token.lower_
            ):
                return token, f"cut {token.text!r}… completing {head.text!r}"
        if token.dep_ == "relcl" and _believed(token):
            return token, f"cut that {head.text!r} was only believed so"  # "a girl[ he believed to be 14]"
        if measure_of(token):
            return token, f"cut how long or how much {head.text!r}"  # "a search that lasted[ all night]"
        if token.dep_ == "npadvmod" and quantity(head):
            return token, f"cut the rate {token.text!r} of {head.text!r}"
        clause = token.tag_ == "VBG" or has_to(token)
        if token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and token.tag_ in ("VB", "VBG") and clause:
            return token, f"cut the clause {token.text!r}… of {head.text!r}"
    return None


def _when_or_where(prep: Token) -> bool:
    """Whether ``prep``'s phrase only says when or where ("on Monday", "in Leeds"), which
    completes no verb ("charged [with fraud]" still needs its "with")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for c in prep.children)


def _put_to_use(verb: Token, phrase: Token, kept: set[int]) -> bool:
    """Whether ``phrase`` is all that a passive "was employed" keeps saying of its use: no
    other phrase, infinitive or clause of the verb stays ("was used [against protesters]"
    lets "in the capital" go)."""
    others = ("prep", "xcomp", "ccomp", "advcl", "oprd")
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and not any(c.i in kept and c.dep_ in others and c != phrase for c in verb.children)


def _acted_on(head: Token) -> bool:
    """Whether an "on" under ``head`` says what an effect acts on: ``head`` is such a noun, the
    verb that has it ("has taken a toll on…") or the object of its "of", where the parser often
    hangs the "on" ("effects of strokes on…")."""
    if head.pos_ in ("VERB", "AUX"):  # "have an effect on", "take a toll on"; not "took effect on…"
        objects = [c.lemma_.lower() for c in head.children if c.dep_ == "dobj"]
        verb = head.lemma_.lower()
        return verb in _HAVING_VERBS and any(
            o in _ACTING_ON_NOUNS and (o, verb) != ("effect", "take") for o in objects
        )
    if head.pos_ != "NOUN" and head.dep_ != "pobj":
        return False
    if head.lemma_.lower() in _ACTING_ON_NOUNS:
        return True
    of = head.head if head.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _ACTING_ON_NOUNS


def words_after(sentence: Span, kept: set[int]) -> tuple[Token, list[Token], list[Token]] | None:
    """The last kept word of ``sentence``, the words after it, and those of them before the
    next comma, dash or colon (what follows one is another phrase: a cut there fell between
    phrases); None when no word is kept or none follows."""
    doc = sentence.doc
    words = [i for i in kept if not doc[i].is_punct and not doc[i].is_space]
    if not words:
        return None
    last = doc[max(words)]
    tail = [t for t in doc[last.i + 1 : sentence.end] if not t.is_punct and not t.is_space]
    if not tail:
        return None
    # a bracketed aside is no break: the phrase goes on after it ("…a hostile 7.4bn Australian
    # dollar [($5.8bn; £3bn) bid by rival Xstrata]")
    near = []
    for token in _outside_brackets(doc[last.i + 1 : sentence.end]):
        if token.text in _PHRASE_BREAKS:
            break
        if not token.is_punct and not token.is_space:
            near.append(token)
    return last, tail, near


def _outside_brackets(tokens: Iterable[Token]) -> Iterator[Token]:
    """``tokens`` without a bracketed aside and its brackets."""
    depth = 0
    for token in tokens:
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0 and token.text != ")":
            yield token


_PHRASE_BREAKS = frozenset({",", ";", "--", "—", "–", ":"})


def completion_after(sentence: Span, kept: set[int]) -> set[int]:
    """The phrase cut right after the kept words that completes one of them ("admits taking
    daughter [to extremist rally]", "racks up £50billion [in losses]"), or an empty set."""
    after = words_after(sentence, kept)
    found = cut_completion(kept, after[2]) if after else None
    if not found or (
        found[0].dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in found[0].children)
    ):
        return set()  # a stranded preposition refuses the cut; alone it completes nothing
    # the words between the kept end and the phrase come back too, or it would be glued on
    # ("worth [up to 30% more than …] bid"); a bracketed aside among them stays out
    span = sentence.doc[after[0].i + 1 : max(t.i for t in found[0].subtree) + 1]
    if any(t.is_quote or t.ent_type_ in ("DATE", "TIME") for t in span) or after[0].i in inside_quotes(
        sentence
    ):
        return set()  # a quote comes back whole or not at all; a time was cut on purpose
    return {t.i for t in _outside_brackets(span)}

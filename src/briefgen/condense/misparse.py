"""Cuts that a misparse hides from :mod:`briefgen.condense.meaning`'s rules: the parser hung a
word on the wrong head, so a cut that looks like a whole phrase leaves part of one behind.

The checks read the words around a cut, not only the tree, because the tree is what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import FINITE_TAGS
from .half_phrases import half_phrase_cuts
from .meaning_words import CLAUSE_PREPS, WHICH_PREPS, bare_definite

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words whose object the parser may take for the subject of the clause they open.
_OPENERS = CLAUSE_PREPS | {"as"}


def phrase(token: Token) -> set[int]:
    """The token indices of ``token``'s phrase, without a comma or dash that opens or closes it."""
    indices = [t.i for t in token.subtree]
    doc = token.doc
    while indices and doc[indices[0]].is_punct and indices[0] != token.i:
        indices.pop(0)
    while indices and doc[indices[-1]].is_punct and indices[-1] != token.i:
        indices.pop()
    return set(indices)


def core_phrase(prep: Token) -> set[int]:
    """The phrase of ``prep`` without the clauses that describe its object: "the death toll
    [from a tsunami] that hit…" needs the tsunami, not all it did. Were that cut refused too,
    a later round of :func:`briefgen.condense.meaning.meaning_restored` puts the clause back."""
    described = {
        t.i
        for o in prep.children
        if o.dep_ == "pobj"
        for c in o.children
        if c.dep_ in ("relcl", "acl")
        for t in c.subtree
    }
    core = phrase(prep) - described
    if described and core and prep.doc[max(core)].text in (",", "–", "—"):
        core.discard(max(core))  # the comma before "which…"
    return core


def misparse_cuts(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """Cuts that leave a kept word behind that the parser missed from them: a verb with no
    words of its own cut right before kept words ("[, topping] the previous record"), a noun
    cut right before a kept noun it does not qualify ("700 [in Nashua Community College] gym"), a
    finite verb with no "and" before it hung on an earlier verb ("the truce [ends in March]"), a
    name made a second subject of the verb before it ("himself [learning poker from the ‘King
    of Instagram’] Dan Blizerian"), a modal left without its verb whose subject was cut
    ("…a word[, his partner is directing the appointment like one] would for a child"), and a verb
    joined to the main verb without an "and" whose words before it were cut ("…hour[, just
    missing a chance… scion] turned television star"), a name cut in two or glued to another
    ("Super Size [Me director] Morgan Spurlock"), and what a counted noun counts ("three days
    [paid leave a year]"), and an item of a list taken for an appositive ("Trump 384, Cruz 300,
    [Rubio 151,] and Kasich 37"), and a cut before a kept relative clause, which then tells of
    another noun, or with the subject of the kept verb after it ("…that tide[, even as Jack
    Dorsey…,] is out to prove"), and half a phrase (:mod:`briefgen.condense.half_phrases`)."""
    yield from _cut_list_items(sentence, kept)
    yield from _cut_before_a_relative(sentence, kept)
    doc = sentence.doc
    for token in sentence:
        if token.i in kept or token.i + 1 >= sentence.end:
            continue
        after = doc[token.i + 1]
        if after.i not in kept:
            continue
        if not (token.is_alpha and after.is_alpha):
            continue
        lone_verb = token.pos_ == "VERB" and not any(True for _ in token.children)
        split_nouns = token.pos_ in ("NOUN", "PROPN") and after.pos_ == "NOUN" and token.head.i != after.i
        if lone_verb or split_nouns:
            top = token
            while top.head.i != top.i and top.head.i not in kept:
                top = top.head
            what = "a verb" if lone_verb else "a noun"
            yield f"cut {what} {token.text!r} from before the kept {after.text!r}", phrase(top)
    for verb in sentence:
        # "…gavels in this week and votes [to end the shutdown…]": a verb left with no words of
        # its own, the "to" clause it takes hung elsewhere by the parser and cut
        nxt = sentence.doc[verb.i + 1] if verb.i + 1 < sentence.end else None
        # the tagger may take both verbs for nouns: "gavels … and votes"
        clausal = verb.head.dep_ in ("ROOT", "advcl", "ccomp", "relcl", "conj")
        verbal = verb.pos_ == "VERB" or (verb.dep_ == "conj" and verb.tag_ in ("VBZ", "NNS") and clausal)
        bare = verbal and verb.i in kept and not any(True for _ in verb.children)
        if bare and nxt is not None and nxt.lower_ == "to" and nxt.i not in kept and nxt.dep_ == "aux":
            yield f"cut what {verb.text!r} takes, which the parser hung elsewhere", phrase(nxt.head)
    yield from _unjoined_clause(sentence, kept)
    for verb in sentence:
        # "shared a video of himself learning poker from the ‘King of Instagram’ Dan Blizerian":
        # a second subject after the verb is a name the parser cut loose from the words before it
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.i not in kept or len(subjects) < 2 or subjects[-1].i < verb.i:
            continue
        loose = subjects[-1]
        between = set(range(verb.i + 1, loose.left_edge.i)) - kept
        if loose.i in kept and any(sentence.doc[i].is_alpha for i in between):
            yield f"cut the words that {loose.text!r}, a second subject of {verb.text!r}, belongs to", between
    for name in sentence:
        # "…with Barcelona's Ronaldinho and newly-crowned European Footballer of the Year[, AC
        # Milan's Andriy Shevchenko]" (review 54): a person is no adverb of the verb; the parser
        # lost whom the title before the name is of, and without the name the title is another's
        gone = not any(t.i in kept for t in name.subtree)
        if name.dep_ == "npadvmod" and name.ent_type_ == "PERSON" and gone and name.head.i in kept:
            yield f"cut the name {name.text!r}, which the parser hung on {name.head.text!r}", phrase(name)
    for verb in sentence:
        # "McKinnon impersonates Clinton's gaffe[, in which she had trouble…,] trying more than
        # five times…" (review 52): a tensed verb the parser made the subject of a bare
        # participle; the words between them are all the participle has to hang on
        participle = verb.head
        if not (verb.tag_ in ("VBZ", "VBD", "VBP") and verb.dep_ in ("nsubj", "csubj")):
            continue
        if participle.tag_ not in ("VBG", "VBN") or any(
            c.dep_ in ("aux", "auxpass") for c in participle.children
        ):
            continue
        between = set(range(verb.i + 1, participle.i)) - kept
        if participle.i in kept and any(doc[i].is_alpha for i in between):
            yield (
                f"cut the words between {verb.text!r} and {participle.text!r}, misread as its subject",
                between,
            )
    for token in sentence:
        # "Bringing the high street to Sydney's Shire, [Topshop] is set to launch…": a name
        # set off before the main verb is its subject, whatever the parser made of it
        after = token.right_edge.i + 1
        verb = doc[after] if after < sentence.end else None
        main = verb is not None and verb.pos_ in ("AUX", "VERB") and sentence.root.i in kept
        main = main and verb.head == sentence.root
        gone = not any(t.i in kept for t in token.subtree)
        listed = any(a.lower_ == "including" for a in token.ancestors)  # "stars including … Alda paid"
        if token.dep_ == "appos" and token.pos_ == "PROPN" and gone and main and not listed:
            yield f"cut the name {token.text!r}, the subject of {sentence.root.text!r}", phrase(token)
    for token in sentence:
        # "reported the eatery after Jason Chan, its manager, [boasted that…]", "grew louder as
        # Patti Davis, Ronald Reagan's daughter, [attacked Trump…]" (review 55): the verb whose
        # subject the parser took for the object of "after" or "as"
        if token.i in kept or token.tag_ not in ("VBD", "VBZ", "VBP") or _has_subject_or_mark(token):
            continue
        if token.dep_ in ("aux", "auxpass"):
            continue  # "…as a kitten [is] now nursing": the verb it helps has its subject
        start = token.left_edge.i
        while start - 1 > sentence.start and doc[start - 1].is_punct:
            start -= 1
        opener = next(
            (
                p
                for p in doc[sentence.start : start]
                if p.lower_ in _OPENERS
                and p.i in kept
                and p.dep_ == "prep"
                and start - 1 <= p.right_edge.i < token.left_edge.i
                and (p.lower_ != "as" or _opens_a_clause(p, token))
            ),
            None,
        )
        if opener is not None:
            yield f"cut the verb {token.text!r} of {opener.text!r}'s clause", phrase(token)
    for token in sentence:
        if token.i in kept or token.dep_ != "conj" or token.head.i not in kept:
            continue
        if token.tag_ not in ("VBZ", "VBD", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children
        ):
            continue
        # "…before their truce in a trade dispute [ends in early March]": a finite verb with
        # no "and" or comma before it is no second verb of the head, but the one its clause needs
        joined = any(c.dep_ in ("cc", "punct") and token.head.i < c.i < token.i for c in token.head.children)
        before = doc[token.left_edge.i - 1]
        # what it completes was kept: the words right before it, or a "before"/"after" whose
        # clause it is the verb of
        opened = before.i in kept or any(
            t.i in kept and t.dep_ == "prep" and t.lower_ in CLAUSE_PREPS
            for t in doc[token.head.i + 1 : token.left_edge.i]
        )
        if not joined and not before.is_punct and opened:
            yield (
                f"cut the verb {token.text!r}, misparsed as a second verb of {token.head.text!r}",
                phrase(token),
            )

    for verb in sentence:
        # "Rival clubs claim QPR, facing fines…, [are making an outrageous attempt…]": a verb
        # after a comma with its own auxiliary but no subject and no "and" is the verb of the
        # clause whose subject the parser took for the object of the verb before; so is one
        # hung on a verb as a clause with no subject and no "when" or "as" ("Technology shows
        # such as E3 [have become known for…]", where "shows" is no verb)
        if verb.i in kept or verb.dep_ not in ("conj", "advcl") or verb.head.i not in kept:
            continue
        own_aux = any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)
        own_clause = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children)
        anded = any(c.dep_ in ("cc", "preconj") and verb.head.i < c.i < verb.i for c in verb.head.children)
        after_aside = verb.left_edge.i > sentence.start and doc[verb.left_edge.i - 1].text == ","
        if own_aux and not own_clause and not anded and (after_aside or verb.dep_ == "advcl"):
            yield (
                f"cut the verb {verb.text!r}, whose subject the parser made an object of {verb.head.text!r}",
                phrase(verb),
            )

    for token in sentence:
        # "turned into the holiday [from hell]": the parser hung the phrase on the verb, but
        # right after a bare "the" noun it says which one
        noun = doc[token.i - 1] if token.i > sentence.start else None
        if token.i in kept or token.dep_ != "prep" or token.lower_ not in WHICH_PREPS or noun is None:
            continue
        loose = token.head != noun and noun.i in kept and bare_definite(noun)
        if loose and not any(t.i in kept for t in token.subtree):
            yield f"cut {token.text!r}…, which says which {noun.text!r}", phrase(token)

    for modal in sentence:
        # "…to utter a word[, his partner is directing the appointment like one] would for a
        # child": a modal the parser left without a verb heads its own clause, and the words
        # right before it, its subject, were cut
        if modal.i not in kept or modal.tag_ != "MD" or modal.dep_ in ("aux", "auxpass"):
            continue
        run = _cut_before(sentence, kept, modal.i)
        if any(doc[i].is_alpha for i in run):
            yield f"cut the subject of {modal.text!r}, a modal left without its verb", set(run)

    for verb in sentence:
        # "…the show's 9 a.m. hour[, just missing a chance to overlap with a fellow political
        # scion] turned television star": a verb the parser joined to the main verb with no
        # "and" or comma belongs to the words right before it
        if verb.i not in kept or verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i - 1 in kept:
            continue
        if verb.head.i < sentence.start:
            continue  # joined to a verb of the text before (a caption parsed with the lead): the main verb
        if any(
            c.dep_ in ("cc", "punct") and verb.left_edge.i - 2 <= c.i < verb.i for c in verb.head.children
        ):
            continue
        # the cut words are a clause hung on another verb, not a phrase of the subject ("their
        # truce [on raising tariffs…] ends in March" keeps its verb's subject)
        run = _cut_before(sentence, kept, verb.i)
        clause = any(doc[i].pos_ == "VERB" and doc[i].head.i not in run for i in run)
        if doc[verb.i - 1].is_alpha and clause:
            yield (
                f"cut the words that {verb.text!r}, joined to {verb.head.text!r} without 'and', belongs to",
                set(run),
            )

    yield from _split_names(sentence, kept)
    yield from _glued_names(sentence, kept)
    yield from _orphan_conjunction(sentence, kept)
    yield from _subject_in_the_cut(sentence, kept)
    yield from half_phrase_cuts(sentence, kept)
    for token in sentence:
        # "give workers three days [paid leave a year]": a participle right after a counted noun,
        # with the noun right after it for its object, says what is counted (the parser's "days
        # paid" is "days' paid leave"; "four Britons [held at…]" says nothing odd)
        head = token.head
        if token.dep_ != "acl" or token.i != head.i + 1 or head.i not in kept:
            continue
        counted = any(c.dep_ == "nummod" for c in head.children)
        counted = counted and any(c.dep_ == "dobj" and c.i == token.i + 1 for c in token.children)
        if counted and not any(t.i in kept for t in token.subtree):
            yield f"cut {token.text!r}…, what the counted {head.text!r} are", phrase(token)
    for token in sentence:
        # "is cheap[, pie-in-the-sky pandering with little merit]" (review 75): a "clause" of
        # an "-ing" word that opens on a modifier is the noun the adjective before it describes
        head = token.head
        if token.dep_ != "advcl" or token.tag_ != "VBG" or head.i not in kept or token.i in kept:
            continue
        adjective = doc[token.left_edge.i - 2] if token.left_edge.i - 2 >= sentence.start else None
        modifier = doc[token.left_edge.i].dep_ in ("amod", "nmod", "compound") and not _has_subject_or_mark(
            token
        )
        if modifier and adjective is not None and adjective.dep_ == "acomp" and adjective.i in kept:
            yield f"cut {token.text!r}…, the noun {adjective.text!r} describes", phrase(token)


# Entities that are names, whose words the parser may hang on different heads.
_NAME_LABELS = frozenset("PERSON ORG GPE LOC FAC NORP EVENT WORK_OF_ART PRODUCT LAW".split())


def _split_names(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A name cut in two: "Super Size [Me director] Morgan Spurlock won" (the parser made "Me
    director" an apposition of "Size"). What comes before its first kept word may go (a first
    name, a dateline), and its "'s"."""
    # a word the sentence has twice may be read off its other place ("Life" of "life insurer")
    said = {sentence.doc[i].lower_ for i in kept}
    for entity in sentence.ents:
        # up to a bracket or comma: "Federal Bureau of Investigation [(FBI)]" may lose its acronym
        end = next((t.i for t in entity if t.text in ("(", "[", ",")), entity.end)
        words = [t for t in entity if t.i < end and t.text[0].isalpha() and t.dep_ != "case"]  # "Web.com"
        first = min((t.i for t in words if t.i in kept), default=None)
        # only its capitalised words: the tagger may run an entity on ("Wembley against Arsenal - and")
        gone = {t.i for t in words if t.i not in kept and t.lower_ not in said and t.text[0].isupper()}
        # words before the first kept one may go: a dateline ("[ROME] Bernie Sanders"), a title
        if first is not None and entity.label_ in _NAME_LABELS and any(i > first for i in gone):
            yield f"cut part of the name {entity.text!r}", {i for i in gone if i > first}


_VERB_DEPS = frozenset("ROOT xcomp ccomp advcl conj relcl acl pcomp".split())


def _unjoined_clause(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A clause with its own subject that the parser joined to the verb before it with no
    "and" and no mark between them: "England [rugby] union captain Jason Robinson has targeted
    dual code success…" read "rugby" as a verb, and the clause it joined is the sentence's own."""
    doc = sentence.doc
    for clause in sentence:
        head = clause.head
        if clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX") or head.i not in kept:
            continue
        # only a bare verb the tagger may have made of a noun: a sentence's "has urged" is one,
        # and a caption glued to it ("…the title race Luis Suarez starred in…") may go
        if head.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or clause.left_edge.i <= head.i:
            continue
        between = doc[head.i + 1 : clause.left_edge.i]
        if any(t.is_punct or t.dep_ in ("cc", "mark") for t in between):
            continue
        if clause.i not in kept or subject.i not in kept:  # its own adjuncts may still go
            yield (
                f"cut the clause of {clause.text!r}, joined to {head.text!r} with no 'and'",
                {t.i for t in clause.subtree} - kept,
            )


def _subject_in_the_cut(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A tensed verb with no subject and no "and", which the parser joined to an earlier verb,
    right after a cut clause that has a subject: "…to stem that tide[, even as Jack Dorsey,
    recently named the company's chief executive,] is out to prove he is…" (review 215) made
    Twitter the one out to prove; the cut subject was the kept verb's."""
    doc = sentence.doc
    for verb in sentence:
        if verb.i not in kept or verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        tensed = verb.tag_ in FINITE_TAGS or any(
            c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children
        )
        if not tensed or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
            continue
        if any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
            continue  # "…was arrested and [later] charged": the verbs share the subject
        end = verb.left_edge.i
        while end - 1 >= sentence.start and end - 1 in kept and doc[end - 1].is_punct:
            end -= 1
        run = _cut_before(sentence, kept, end)
        # a name or a noun, not a relative clause's "who" ("A jilted lover[ who sent…] has been jailed")
        if any(
            doc[i].dep_ in ("nsubj", "nsubjpass")
            and doc[i].pos_ in ("NOUN", "PROPN")
            and doc[i].head.i in run
            for i in run
        ):
            yield f"cut the subject of {verb.text!r} with the clause before it", set(run)


def _glued_names(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A role cut from between two kept nouns, gluing them into one name: "Super Size Me
    [director] Morgan Spurlock", "Apple [chief] Tim Cook"."""
    doc = sentence.doc
    for token in sentence:
        if token.i not in kept or token.pos_ != "PROPN" or token.i - 1 in kept:
            continue
        run = _cut_before(sentence, kept, token.i)
        before = doc[run.start - 1] if run.start > sentence.start else None
        nouns = all(doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i].is_alpha for i in run)
        # a noun of the clause, not a verb the tagger took for one ("attack [Tory leader] Michael")
        nominal = before is not None and before.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
        first_name = token.ent_iob_ == "I"  # "nominee [Hillary] Clinton": a headline's surname
        if nominal and before.dep_ not in _VERB_DEPS and nouns and run and not first_name:
            yield f"cut {doc[run.start : run.stop].text!r} from between two names", set(run)


def _cut_before(sentence: Span, kept: set[int], i: int) -> range:
    """The cut token indices of ``sentence`` that run up to the kept token ``i``."""
    start = i
    while start - 1 >= sentence.start and start - 1 not in kept:
        start -= 1
    return range(start, i)


def _opens_a_clause(as_: Token, verb: Token) -> bool:
    """True when "as" may open ``verb``'s clause: hung on a verb ("grew louder as Patti Davis,
    Ronald Reagan's daughter, attacked…"), not "shows such as E3", and ``verb`` no second verb
    of the subject before it ("served as chairman of the board, led the party…")."""
    such = as_.i > as_.sent.start and as_.doc[as_.i - 1].lower_ == "such"
    return as_.head.pos_ in ("VERB", "AUX") and not such and verb.dep_ != "conj"


def _has_subject_or_mark(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark", "csubj") for c in verb.children)


def _orphan_conjunction(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A kept "and who" whose first "who" clause was cut: "a 12 year-old girl[, whose parents
    died of Aids,] and who is HIV positive herself" (review 120) joins the girl to her second
    clause. The parser may hang the second clause anywhere, so the words tell. (A list's middle
    item may go: "served as chairman[, led the party] and retired".)"""
    doc = sentence.doc
    for token in sentence:
        if token.dep_ != "cc" or token.i not in kept:
            continue
        after = doc[token.i + 1] if token.i + 1 < sentence.end else None
        if after is None or after.i not in kept or after.lower_ not in _RELATIVES:
            continue
        run = _cut_before(sentence, kept, token.i)
        if any(doc[i].lower_ in _RELATIVES for i in run):
            yield f"cut the first clause {token.text!r} {after.text!r} follows", set(run)


_RELATIVES = frozenset("who whose which whom".split())


def _cut_list_items(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """An "appositive" cut whole that is an item of a list ending in "and" or "or": "The current
    delegate count is Donald Trump 384, Sen. Ted Cruz 300, [Rubio 151,] and Kasich 37" (the
    parser made each name an appositive of the one before) reads as the whole count without
    Rubio (review 133). A list's items go all together or not at all."""
    for token in sentence:
        if token.dep_ != "appos" or token.i in kept or token.head.i not in kept:
            continue
        own = [c for c in token.children if c.dep_ in ("cc", "conj")]
        after = [c for c in token.head.children if c.dep_ in ("cc", "conj") and c.i > token.i]
        # items alike, the head among them: not "Tom Reed, [singer and songwriter for The Millers],"
        alike = token.pos_ == token.head.pos_ and all(
            any(c.dep_ == "nummod" for c in t.children) for t in (token, token.head)
        )  # not "Ted Cruz, R-Texas, and Marco Rubio, R-Fla.," whose labels are asides
        listed = alike and any(
            any(c.dep_ == "conj" and c.pos_ == token.pos_ for c in items)
            and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in items)
            for items in (own, after)
        )
        opening = sentence.doc[token.left_edge.i - 1] if token.left_edge.i > sentence.start else None
        set_off = opening is not None and opening.text == ","  # not "Rand Paul (Ky.) and Marco Rubio"
        if listed and set_off and not any(t.i in kept for t in token.subtree):
            yield f"cut {token.text!r}, an item of a list taken for an appositive", phrase(token)
        # "pumps out articles, interactive trivia quizzes[, GIFs of … and other content…]": the
        # list's tail, cut after two items kept, leaves them with no "and" (run 220)
        chained = token.head.dep_ == "appos" and token.head.head.i in kept and token.pos_ == token.head.pos_
        joined = any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in token.subtree)
        if chained and set_off and joined and not any(t.i in kept for t in token.subtree):
            yield f"cut {token.text!r}…, the rest of a list taken for appositives", phrase(token)


def _cut_before_a_relative(sentence: Span, kept: set[int]) -> Iterator[tuple[str, set[int]]]:
    """A cut right before a kept relative clause, which then tells of the kept noun before the
    cut: "…foundations including the Rockefeller Brothers Fund [on two articles published in
    October] that examined 'the gap…'" makes the fund examine it (review 135)."""
    doc = sentence.doc
    for token in sentence:
        if token.i not in kept:
            continue
        relative = token.left_edge.lower_ in ("that", "which", "who", "whom", "whose")
        # its own noun cut ("…Fund [on two articles…] that examined"), not "The man [in the red
        # hat] who stole…", which only moves it next to its noun; not "told … that"
        if token.dep_ == "relcl" and relative and token.left_edge.dep_ != "mark" and token.head.i not in kept:
            before = token.left_edge.i - 1
            if before < sentence.start or before in kept or doc[before].is_punct:
                continue
            top = doc[before]
            while top.head.i not in kept and top.head.i != top.i:
                top = top.head
            yield (
                f"cut {top.text!r}…, leaving the clause {token.left_edge.text!r}… after another noun",
                phrase(top),
            )

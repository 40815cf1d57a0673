"""Which person a bullet's lone surname or opening "he" or "she" stands for.

A bullet naming someone by one word ("Chapman says…") or opening on a pronoun leans on the
sentence where the article named them; the engine needs the full name to tell whether the
brief gives it (:mod:`briefgen.condense.referents` asks whether it does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from ..lexicon import NAME_TITLES, POINTING_ORG_NOUNS, REPORTING_LEMMAS
from .referents import PERSON_NOUNS, TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECTS = ("nsubj", "nsubjpass")


class NameRegistry(Protocol):
    """What :func:`lone_surnames` needs of a name registry."""

    def canonical(self, name: str, label: str) -> str | None: ...


_WHEN = frozenset(("DATE", "TIME"))  # "Chapman Thursday denied…": a day, not the rest of a name


def lone_surnames(span: Span, text: str, registry: NameRegistry) -> list[str]:
    """The full names of the people ``text`` (the bullet cut from ``span``) names by one word
    alone ("Chapman says…"), as the article's name registry
    (:func:`briefgen.quotes.speakers.build_registry`) resolves them; a word the parser missed
    as a name counts too ("Palmer’s presence…")."""
    doc = span.doc
    found = []
    for token in span:
        alone = token.ent_iob_ != "I" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
        # the tagger may take a name opening the sentence for a noun: "López got his wish"
        name = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)
        if not name or not alone or token.like_num:
            continue
        head = token.head
        if (
            token.dep_ == "compound"
            and head.i == token.i + 1
            and head.pos_ == "PROPN"
            and head.ent_type_ not in _WHEN
        ):
            continue  # a word of a longer name the tagger did not mark: "the Beach Boys" (not "Chapman Thursday")
        if token.text.isupper() or token.lower_ in NAME_TITLES:
            continue  # "Tory MP Jonathan Sayeed…": a title or an acronym, whatever the tagger made of "…-shire MP"
        said = token.text in text
        # the tagger may take a surname for an organisation, a place or a nationality ("prosecutors said
        # [Barrientos] married…", review 117): one that a person's full name ends on is theirs
        full = registry.canonical(token.text, "PERSON") if said else None
        # any type the tagger gave a surname ("Mateen" as a PRODUCT or a DATE, review 172) must be
        # one a person's full name ends on
        if full and token.ent_type_ not in ("PERSON", "") and not _surname_of(token, full):
            full = None
        if (
            full is None
            and said
            and token.pos_ == "PROPN"
            and token.ent_type_ not in ("GPE", *_WHEN, "EVENT")
        ):
            full = _first_named(token)  # "Laurin experienced…" of "For Carole Laurin, a series…"
        # not a place or a club: "fly to Jordan", "Atlanta, Georgia", "a fan of Chelsea"
        one_who_acts = token.dep_ not in ("pobj", "appos", "compound") and token.ent_type_ != "GPE"
        if (
            (full is None or " " not in full)
            and said
            and token.pos_ == "PROPN"
            and one_who_acts
            and token.ent_type_ not in _WHEN
        ):
            full = _given_name_of(token) or full  # "…to slim down Lizzi began…" of "Lizzi Crawford, 32,"
        if full and len(full.split()) > 1 and full not in text and not _shares_the_surname(token, full):
            found.append(full)
    return found


def _shares_the_surname(token: Token, full: str) -> bool:
    """Whether a given name is paired with another that carries the surname they share:
    "Khizr and Ghazala Khan" names Khizr Khan in full (review 153)."""
    doc, surname = token.doc, full.split()[-1]
    after = doc[token.i + 1 : token.i + 5]
    return len(after) > 1 and after[0].lower_ in ("and", "&") and any(t.text == surname for t in after[1:])


_PLACE_PREPS = frozenset("in to from at into across near".split())


def _surname_of(token: Token, full: str) -> bool:
    """Whether the article names ``full`` as a person, ending on ``token``'s word, and never uses
    that word inside a longer name of an organisation or a place ("Ford" in "Ford Motor",
    "Washington" in "Washington State")."""
    word = token.text
    if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return False  # "attacks on Trump": only one who acts or owns reads as a person
    # named so twice, or once in a name's shape: a tagger's slip ("Stade de France", "Hillary
    # PAC") is no person
    people = [e for e in token.doc.ents if e.label_ == "PERSON" and e.text == full]
    shaped = any(all(t.text[:1].isupper() and not t.text.isupper() for t in e) for e in people)
    if full.split()[-1] != word or not (len(people) >= 2 or shaped):
        return False
    if any(
        t.text == word
        and t.dep_ == "pobj"
        and t.head.lower_ in _PLACE_PREPS
        and t.head.head.lower_ != "according"
        for t in token.doc
    ):
        return False  # "in Washington": the article uses the word for a place (not "according to the Post, Barrientos…")
    places = ("ORG", "GPE", "FAC", "LOC")
    # a first name and the surname, tagged as a place, is the person mis-tagged ("Lianna Barrientos")
    longer = (e for e in token.doc.ents if e.label_ in places and len(e) > 1 and word in e.text.split())
    return not any(not (len(e) == 2 and e[-1].text == word and e[0].is_title) for e in longer)


def _given_name_of(token: Token) -> str | None:
    """The full name of a person the article named before ``token`` whose first name is
    ``token``'s word, or None: in "…to slim down Lizzi began cooking…" (review 133) the tagger
    took her for an organisation, but the article had named Lizzi Crawford."""
    return next(
        (
            e.text
            for e in token.doc.ents
            if e.label_ == "PERSON" and e.end <= token.i and len(e) > 1 and e[0].text == token.text
        ),
        None,
    )


def _first_named(token: Token) -> str | None:
    """For a subject or possessor the recogniser took for no person ("Laurin experienced…"), the
    fuller name the article gave it before, a capitalised name word right before it ("Carole
    Laurin"), or None."""
    if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    doc = token.doc
    for earlier in doc[1 : token.i]:
        before = doc[earlier.i - 1]
        person = before.ent_type_ in ("", "PERSON") and earlier.ent_type_ in ("", "PERSON")
        if earlier.text == token.text and before.pos_ == "PROPN" and before.is_title and person:
            return f"{before.text} {earlier.text}"
    return None


def subject_pronoun(span: Span) -> str | None:
    """ "he" or "she" when it is the subject of the sentence's main verb, or of a clause before
    it, and no name comes before it in the sentence ("Despite the received wisdom, he pledged to
    fund it…", "The next time he spoke with him, two months had passed"): the pronoun then
    points back as surely as one that opens the sentence."""
    subject = next((c for c in span.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ not in ("he", "she"):
        before_root = span.doc[span.start : span.root.i]
        subject = next((t for t in before_root if t.dep_ in _SUBJECTS and t.lower_ in ("he", "she")), None)
    if subject is None:  # "Things have changed over the years, she says, …": the speaker, set in
        reports = (c for c in span.root.children if c.dep_ == "parataxis" and c.lemma_ in REPORTING_LEMMAS)
        subject = next(
            (s for c in reports for s in c.children if s.dep_ == "nsubj" and s.lower_ in ("he", "she")), None
        )
    if subject is None:
        return None
    if any(e.label_ == "PERSON" and e.end <= subject.i for e in span.ents):
        return None
    return subject.lower_


_WINNING = frozenset("win lift clinch claim retain defend capture".split())
_SPORTING = frozenset("title final medal trophy match game round career crown race set serve".split())


def _counted(noun: Token) -> bool:
    """Whether ``noun`` is counted ("his 30th final", "her 20 titles")."""
    return any(c.ent_type_ == "ORDINAL" or c.like_num for c in noun.children)


def person_epithet(span: Span) -> str | None:
    """The epithet a sentence's subject calls someone by, "the Mallorcan", "the Australian": a
    sports report's second name for whoever it named just before, which in a brief may read
    as anyone the brief names ("Aged 18…, the Mallorcan became the youngest player…" under a
    brief naming only Carlos Moya was Rafael Nadal, review 178). None for any other subject."""
    subject = next((c for c in span.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.tag_ != "NNP" or subject.ent_type_ != "NORP":
        return None
    verbs = [span.root, *(t for t in span.root.children if t.dep_ in ("aux", "auxpass"))]
    # "his 30th final", "her fourth title": a player's; "his proposal" may be anyone's
    owners = {
        t.lower_
        for t in span
        if t.dep_ == "poss" and (t.head.lemma_.lower() in _SPORTING or _counted(t.head))
    }
    # "The French have won", "The French defended their title": a nation
    plural = any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in verbs) or "their" in owners
    # "the Swiss won his 20th title", "lifted the trophy": a player
    singular = any(t.tag_ == "VBZ" or t.lower_ == "was" for t in verbs) or bool(owners & {"his", "her"})
    singular = not plural and (singular or span.root.lemma_.lower() in _WINNING)
    if subject.lower_.endswith(("ch", "sh", "ss", "ese")) and not singular:
        return None  # "The French have won…", "The Swiss voted…": a nation
    words = list(subject.subtree)
    if len(words) != 2 or words[0].lower_ != "the":
        return None  # "the Australian Open", "the Scottish Parliament": a name, not an epithet
    return f"the {subject.text}"


def unbound_pronoun(span: Span) -> str | None:
    """ "he" or "she" for a "him", "his", "her", "he" or "she" that no one in the sentence can
    be, its subject being many or a thing and no name before it: "Six thousand people packed the
    Oncenter to cheer him on" (review 70) points back at whoever the article named before; so
    does the object of an opening clause when the main clause's subject is no one it could
    look ahead to (:func:`_opening_object`)."""
    subject = next((c for c in span.root.children if c.dep_ in (*_SUBJECTS, "csubj")), None)
    if subject is None:
        return None
    # "Twenty of his films…", "Some of her children…": a share of something is no one "his" is
    share = (subject.tag_ == "CD" or subject.lower_ in _SHARES) and any(
        c.lower_ == "of" for c in subject.children
    )
    if not (
        subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in ("they", "we", "it")
        or _a_thing(subject)
        or share
    ):
        return _opening_object(span, subject)
    # "he" and "she" only after a clause: "Police said he…" is the man they described
    said_of = ("him", "his", "her", "he", "she") if _a_thing(subject) else ("him", "his", "her")
    inside = (
        {t.i for t in subject.subtree} if share else None
    )  # "One of the victims said his house…": his own
    for token in span:
        if inside is not None and token.i not in inside:
            continue
        # "…had such a hard time that he is better off…" (review 204): no source says of whom
        reported = token.head.dep_ == "ccomp" and token.head.head.lemma_ in REPORTING_LEMMAS
        # (not "Police said the driver was arrested after he crashed": the driver is who)
        someone = any(t.dep_ in _SUBJECTS and t.tag_ in ("NN", "NNP") for t in span if t.i < token.i)
        subject_of = (
            token.lower_ in ("he", "she") and token.dep_ in _SUBJECTS and not reported and not someone
        )
        if token.i > subject.i and (token.lower_ in said_of or subject_of) and token.pos_ == "PRON":
            if any(e.label_ == "PERSON" and e.end <= token.i for e in span.ents):
                return None
            return "she" if token.lower_ in ("her", "she") else "he"
    return None


_SHARES = frozenset("many some all most several few both none each half".split())


def _a_thing(subject: Token) -> bool:
    """Whether a subject is no one a "he" or "she" after it could be: a clause ("Running
    sub-eight seconds twice in a week puts her right up there", review 158) with no name or
    person's noun in it. Not a noun: it may be someone ("An 86-year-old nun was … murdered in
    her bedroom")."""
    if subject.dep_ != "csubj":
        return False
    return not any(
        t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in PERSON_NOUNS for t in subject.subtree
    )


def _opening_object(span: Span, subject: Token) -> str | None:
    """ "he" or "she" for a "him" or "her" that a clause opening the sentence has for object,
    with no person before it, when the main clause's subject is no person it could be looking
    ahead to ("When police found him, the boy was…"): "While liberals dismissed him as a
    Hollywood actor, the truth was he was a successful two-term governor…" (review 133) is
    Ronald Reagan, named in a sentence before."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" or subject.lemma_.lower() in PERSON_NOUNS:
        return None
    if any(t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS for t in subject.subtree):
        return None
    for clause in (c for c in span.root.children if c.dep_ == "advcl" and c.i < subject.i):
        for token in clause.subtree:
            if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "pobj") and token.pos_ == "PRON":
                # a person before it, or after it whom it looks ahead to ("…, life has been hard
                # for Mary Hall"); not what it is called ("as an actor", "was a fine mayor")
                others = [t for t in span if t.i != token.i and t.dep_ != "attr" and t.head.lower_ != "as"]
                if any(t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS for t in others):
                    return None
                return "she" if token.lower_ == "her" else "he"
    return None


def takes_the_referent(span: Span, keep: set[int], result: set[int]) -> bool:
    """Whether cutting ``span`` from ``keep`` to ``result`` takes the only person a kept "him"
    or "her" after the cut can stand for: "Sen. Ted Cruz[, who has spent weeks taking swipes at
    his rival Marco Rubio,] took a direct swing at him" (review 138). Only when the pronoun's
    own clause has one person for subject, who would be "himself": after a group or a thing
    ("Six jurors[, who heard Dr Smith,] convicted him") the pronoun may point back past the
    sentence, as :func:`unbound_pronoun` tells."""
    if _takes_the_pair(span, keep, result):
        return True
    cut_people = [i for i in keep - result if span.doc[i].ent_type_ == "PERSON"]
    if not cut_people:
        return False
    for token in span:
        if token.i not in result or token.i < min(cut_people) or token.pos_ != "PRON":
            continue
        if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "pobj", "dative"):
            continue
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), span.root)
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        one = subject is not None and subject.tag_ in ("NNP", "NN")
        if not one or not (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PERSON_NOUNS):
            continue
        own = {t.i for t in subject.subtree}
        people = [
            t
            for t in span.doc[span.start : token.i]
            if t.i in result
            and t.i not in own
            and (t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS)
        ]
        if not people:
            return True
    return False


_NAMED_LABELS = frozenset(("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"))
_OCCASIONS = TIME_NOUNS | {"occasion", "visit", "game", "match", "leg", "round"}


def _takes_the_pair(span: Span, keep: set[int], result: set[int]) -> bool:
    """Whether the cut takes the two names a kept "both" or "the two" stands for: "Flight MS804[,
    which crashed en route from Paris to Cairo,] … at airports in both cities" (review 185)."""
    cut = keep - result
    names = {e.start for e in span.doc.ents if e.label_ in _NAMED_LABELS and any(t.i in cut for t in e)}
    if len(names) < 2:
        return False
    if len({e.start for e in span.doc.ents if e.label_ == "PERSON" and all(t.i in result for t in e)}) >= 2:
        return False  # "Smith and Jones, who met in Paris and London, … the two": the kept pair
    for token in span:
        if token.i not in result:
            continue  # before the cut too: "Both cities held vigils for Flight MS804[, which…]"
        after = span.doc[token.i + 1] if token.i + 1 < len(span.doc) else None
        two = token.lower_ == "two" and token.i > span.start and span.doc[token.i - 1].lower_ == "the"
        if (two and after is not None and after.text in ("-", "‑", "–")) or token.dep_ == "preconj":
            continue  # "the two-day summit"; "both Paris and Cairo"
        if token.lower_ == "both" and (token.head.pos_ in ("VERB", "AUX") or token.dep_ == "appos"):
            continue  # "France and Germany both backed the deal[, … Brussels and Luxembourg]"
        if token.head.lemma_.lower() in _OCCASIONS:
            continue  # "Villa lost both times[, to Manchester United … and Chelsea…]": the visits
        if token.lower_ == "both" or two:
            return True
    return False


class PersonRegistry(Protocol):
    """What :func:`pronoun_referent` needs of a name registry (``quotes.speakers.Registry``)."""

    mentions: Sequence  # of mentions with ``start``, ``name`` and ``label``

    def last_person(self, before: int, pronoun: str | None = None) -> str | None: ...


def pronoun_referent(doc: Doc, start: int, pronoun: str, registry: PersonRegistry) -> str | None:
    """The person "he" or "she" opening the sentence at ``start`` refers to: the subject of
    the sentence before when it is a person named there, as news copy continues its subject
    ("LeVell is a black man on a mission to change the perception that Trump is racist. He
    dismisses…" is LeVell, not Trump), else the last person named before it."""
    last = registry.last_person(start, pronoun)
    opening = doc.char_span(start, min(start + 1, len(doc.text)), alignment_mode="expand")
    first = opening.start if opening is not None else 0
    for _ in range(6):  # back over sentences whose subject is the same pronoun ("He is even…")
        if first == 0:
            break
        before = doc[first - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in _SUBJECTS]
        quoted = _all_quoted(before) and any(  # the mentions are scanned only for a quote
            m.label == "PERSON" and before.start_char <= m.start < before.end_char for m in registry.mentions
        )
        if (subjects and subjects[0].lower_ == pronoun) or quoted:
            # (nor is it anyone a quote names: "…unapologetic about his aim. “I want Donald Trump
            # to be the next president.” After all, he says…" is the speaker, review 151)
            first = before.start
            continue
        if not subjects or subjects[0].pos_ != "PROPN":
            break
        edge, end = subjects[0].left_edge.idx, subjects[0].idx + len(subjects[0].text)
        named = [m for m in registry.mentions if edge <= m.start < end and m.label == "PERSON"]
        if named and registry.last_person(end, pronoun) == named[-1].name:
            return named[-1].name
        if not named and _organisations_person(subjects[0]):
            # "Media Research Center’s Bozell agrees with Viguerie… He also thinks…" (review 58):
            # an organisation's person, which the tagger read as part of the organisation's name
            return subjects[0].text
        break
    return last


# A straight mark closes when it follows the words and opens when a space comes before it.
_CLOSED = re.compile(r"(?:”|(?<!\s)\"|(?<!\s)'')\W*$")
_OPENS_AFTER_STOP = re.compile(r"[.!?](?:\s*“|\s+\"|\s+'')\s*$")
_MARKS = re.compile(r"“|”|\"|''")


def _all_quoted(sentence: Span) -> bool:
    """Whether a sentence is someone's words and nothing else: its only marks open it and close
    it, or it closes one that the sentence before opened after its stop (the parser may leave
    the opening mark there: "…about his aim. ''" + "I'm not hiding….''")."""
    text = sentence.text.strip()
    marks = _MARKS.findall(text)
    if not _CLOSED.search(text) or len(marks) > 2:
        return False
    if len(marks) == 2:
        return _MARKS.match(text) is not None
    doc = sentence.doc
    return sentence.start > 0 and _OPENS_AFTER_STOP.search(doc[sentence.start - 1].sent.text) is not None


def _organisations_person(subject: Token) -> bool:
    """True for a lone capitalised word after an organisation's possessive ("Media Research
    Center’s Bozell"), not an organisation of its own ("Britain’s Labour Party")."""
    children = list(subject.children)
    return (
        subject.is_title
        and subject.lower_ not in POINTING_ORG_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children)
        and not any(c.dep_ == "compound" for c in children)
    )


# Name endings that are no surname: "Martin Luther King Jr.", "Henry VIII".
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def first_names(span: Span, keep: set[int]) -> set[int]:
    """The first names of the longest kept person's name ("[Andrew] Scheer says…"), to go from a
    headline that fits no other way, as headlines name people by surname; empty when the
    surname alone could be someone else the article names ("Hillary" and "Bill Clinton")."""
    doc = span.doc
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    best: set[int] = set()
    for name in (e for e in span.ents if e.label_ == "PERSON" and 2 <= len(e) <= 3):
        words = list(name)
        whole = all(i in keep for i in range(name.start, name.end))
        plain = all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words)
        if not whole or not plain or words[-1].lower_ in _NAME_SUFFIXES:
            continue
        described = any(
            t.i in keep and t.i < name.start and t.head.i in range(name.start, name.end) for t in span
        )
        listed = name.root.dep_ == "conj" or any(c.dep_ == "conj" for c in name.root.children)
        if described or listed:
            # "Work Secretary [Alan] Johnson": a description reads as the first name's place; a
            # name in a list is one of several, and the cut may have taken the others
            continue
        surname, given = words[-1].text, " ".join(t.text for t in words[:-1])
        others = {
            " ".join(t.text for t in e[:-1]) for e in people if len(e) > 1 and e[-1].text == surname
        } - {given}
        if others:
            continue
        drop = set(range(name.start, name.end - 1))
        if len(drop) > len(best):
            best = drop
    return best


# A group a sentence names by what it is: "The pair", "The couple", "The trio".
_THE_GROUP = re.compile(r"^\W*The\s+(?:pair|couple|duo|trio)\b(?!\s+of\b)")


def unnamed_pair(bullet: str, prior: Span, named: Callable[[str], bool]) -> bool:
    """True when ``bullet`` opens on "The pair" (or "couple", "duo", "trio") and the brief
    (``named`` says whether it names someone) names fewer than two of the people the sentence
    before it in the article (``prior``), which says who they are, names: "The pair had a
    thrilling battle in Athens" under a bullet naming two other athletes reads as theirs
    (review 90). Two will do: "…, coach Bob Brown said" adds a third who is not of the pair."""
    if not _THE_GROUP.match(bullet):
        return False
    people = {e.text for e in prior.ents if e.label_ == "PERSON"}
    return bool(people) and sum(map(named, people)) < min(2, len(people))

"""Predicates on spaCy's parse that every condensing module shares.

Kept apart from the rules that use them so that no rule module imports another
for a helper: :mod:`.compress`, :mod:`.trimming` and :mod:`.headline_cuts` all
read the parse through these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..lexicon import (
    CALENDAR_WORDS,
    FINITE_TAGS,
    MONTHS,
    NAME_TITLES,
    PRONOUNS,
    RELATIVE_TAGS,
    SPEECH_LEMMAS,
    SUBJECT_DEPS,
    TIME_LABELS,
    VERB_POS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def word_count(span: Span, keep: set[int]) -> int:
    """How many words (not punctuation) of ``span`` are in ``keep``."""
    return sum(1 for t in span if t.i in keep and not t.is_punct)


def is_calendar_date(token: Token) -> bool:
    """A month, a weekday or a year ("August", "Tuesday", "2005"), not a span ("six months")."""
    if token.ent_type_ not in TIME_LABELS:
        return False
    return token.lower_ in CALENDAR_WORDS or (len(token.text) == 4 and token.text.isdigit())


_PAST_UNITS = frozenset("year years decade decades century season seasons".split())


def tensed(verb: Token) -> bool:
    """True for a verb with a tense of its own or from its auxiliary: "said", "is being billed",
    "has been wrong", "would fail"."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def sets_in_the_past(tokens) -> bool:
    """True for a time that puts the event in the past, not in the news: "last year", "in
    2008", "two years ago", "the previous season", "in the past", "at the time". Without it the event reads as current
    ("The GB team won bronze." of "won bronze last year in her absence"), so it stays."""
    tokens = list(tokens)
    words = [t.lower_ for t in tokens]
    if "ago" in words or any(t.lower_ == "past" and t.dep_ == "pobj" for t in tokens):
        return True  # "has worked closely in the past with…" (not "in the past week")
    if any(words[n : n + 3] == ["at", "the", "time"] for n in range(len(words))):
        return True  # "expressed concern at the time": then, not now
    if any(_year(w) for w in words):
        return True  # "in 2008", "in the early 1940s" (review 107 read a 1940s crime as current)
    plain = [t for t in tokens if t.text not in ("-", "–")]  # "in mid-March"
    if any(_in_a_month([t.lower_ for t in plain], n) and _fronted_past(plain[n]) for n in range(len(plain))):
        return True  # "In November, Absa said it was close to a deal" is old news (review 150)
    return any(w in ("last", "previous", "past", "earlier") and n in _PAST_UNITS for w, n in pairwise(words))


def _in_a_month(words: list[str], n: int) -> bool:
    """A whole month with no day, "in November", "in early March": news is dated by its day
    ("on Tuesday", "on March 3"), so a month marks what came before it."""
    if words[n] not in MONTHS or (n + 1 < len(words) and words[n + 1][:1].isdigit()):
        return False
    before = words[max(n - 2, 0) : n]
    return before[-1:] == ["in"] or (before[-1:] in (["early"], ["late"], ["mid"]) and before[:1] == ["in"])


def _fronted_past(token: Token) -> bool:
    """Whether the month ``token`` opens its sentence ("In November, …"), where a time sets the
    scene before the news, and the verb it hangs on is in the past ("said", "had agreed"), not
    the future or the present ("will close", "opens"). Not "Sales rose 5% in March": a month's
    figures are the news."""
    verb = next((a for a in token.ancestors if a.pos_ in VERB_POS), None)
    opening = next((t for t in token.sent if not t.is_punct and not t.is_space), None)
    if verb is None or opening is None or opening.i != min(t.i for t in token.head.subtree):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP") for c in auxiliaries):
        return False  # "will close", "has agreed": now or to come
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries)


def _year(word: str) -> bool:
    """A year or a decade: "1776", "2008", "1940s"."""
    return re.fullmatch(r"(?:1\d|20)\d\ds?", word) is not None


def historic(tokens) -> bool:
    """True for a time in history, which no headline puts in the present: a phrase set in a war
    ("Following World War One", review 70) or in a year before 1990 ("in 1969"); not a war or
    a year the statement is about ("a comment about World War II", "worst since 1981")."""
    tokens = list(tokens)
    for token in tokens:
        war = token.ent_type_ == "EVENT" and token.lower_ in ("war", "wars")
        old = token.ent_type_ == "DATE" and bool(_year(token.text)) and token.text[:4] < "1990"
        if war or old:
            prep = next((a for a in token.ancestors if a.dep_ == "prep"), None)
            if prep is not None and prep.lower_ in _HISTORY_PREPS:
                return True
    return False


_HISTORY_PREPS = frozenset("in during following after before".split())


_EARLY_LATE = frozenset("early late only just earlier".split())


def dates_back(tokens) -> bool:
    """True for a time only the past tense reads with: one in history (:func:`historic`),
    one "ago" ("10 years ago") or "last year" itself ("Last year MAB urged…", not "urges");
    "last week" may be the news's own time."""
    tokens = list(tokens)
    words = [t.lower_ for t in tokens]
    # the phrase is the time itself: not "rose 3% from last year", "in the last year" (the past 12 months)
    last_year = any(
        words[n : n + 2] in (["last", "year"], ["last", "decade"])
        for n in (0, 1)
        if not n or words[0] in _EARLY_LATE
    )
    return historic(tokens) or (("ago" in words and sets_in_the_past(tokens)) or last_year)


# Words that put what a verb says ahead of now: "goes on sale [in the next few weeks]".
_FUTURE_WORDS = frozenset("next coming upcoming forthcoming tomorrow soon".split())
_DEADLINE_PREPS = frozenset("by until till within".split())
# Auxiliaries of the present, which leave a time phrase to say when: "is opening [on Friday]".
_PRESENT_AUX = frozenset("is are am 's 're".split())


def dates_an_onset(phrase: Token) -> bool:
    """True for the date of a verb that says only that something began to apply or happened:
    "HB2 took effect [on March 23]", "came into force [in 2015]" (review 68), "The final of
    the first series will take place [on 11 December]" (review 109), "will be held [on
    Friday]". Without it the sentence says nothing a reader did not know; with another time
    or place of its own ("takes place at Wembley"), it still says where."""
    verb = phrase.head
    if not any(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree):
        return False
    onset = any(
        c.lemma_.lower() in _ONSETS
        or any(g.lemma_.lower() in _ONSETS for g in c.children if g.dep_ == "pobj")
        for c in verb.children
        if c.dep_ in ("dobj", "prep") and c.i < phrase.i
    )
    if onset and verb.lemma_.lower() in ("take", "come", "go"):
        return True
    held = verb.lemma_.lower() == "hold" and any(c.dep_ == "auxpass" for c in verb.children)
    happened = held or verb.lemma_.lower() in ("happen", "occur") or _took_place(verb)
    others = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i != phrase.i]
    where = ("there", "here", "abroad", "overseas", "nearby", "locally", "elsewhere", "online")
    return happened and not any(
        c.dep_ != "advmod" or c.ent_type_ in ("DATE", "TIME") or c.lower_ in where for c in others
    )


def _took_place(verb: Token) -> bool:
    """Whether ``verb`` is "take place"."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )


_ONSETS = frozenset("effect force operation".split())


def says_when(phrase: Token) -> bool:
    """True for a time phrase its verb's statement needs: the date something took effect
    (:func:`dates_an_onset`) or when a forecast comes true (:func:`forecast_horizon`)."""
    return dates_an_onset(phrase) or forecast_horizon(phrase)


def forecast_horizon(phrase: Token) -> bool:
    """True for when a forecast comes true: "Soon, America will be too fat to fight", "In
    about five years, so many … will be overweight that…" (review 73). Without it a forecast
    reads as a flat fact."""
    verb = phrase.head
    if verb.lemma_ not in ("be", "become") or not any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children
    ):
        return False  # a plan keeps its day only as the news needs ("will close for repairs [in March]")
    return phrase.lower_ == "soon" or any(
        t.lower_ in _HORIZONS and t.ent_type_ == "DATE" for t in phrase.subtree
    )


_HORIZONS = frozenset("years decades generation".split())


def sets_in_the_future(phrase: Token) -> bool:
    """True for a time phrase that alone puts its verb's event ahead, so that without it a
    plan reads as done: "goes on sale [in the next few weeks]", "comes into force [next
    month]", "opens [on Friday]". A verb that says the future itself ("will open", "to
    open") needs no such phrase."""
    verb = phrase.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ not in _PRESENT_AUX for c in auxes):
        return False
    if verb.tag_ not in ("VBZ", "VBP") and not (verb.tag_ == "VBG" and auxes):
        return False  # "promised to begin taking action [during his first 100 days]"
    tokens = list(phrase.subtree)
    words = [t.lower_ for t in tokens]
    if any(w in _FUTURE_WORDS for w in words) or (
        "later" in words and any(w in ("this", "today", "tonight", "in") for w in words)
    ):
        return True
    dated = any(t.ent_type_ in TIME_LABELS for t in tokens) and not sets_in_the_past(tokens)
    # a state holds now whatever comes next: "Wales have injury worries [before Wednesday's game]"
    stative = verb.lemma_ in ("be", "have") or phrase.lower_ in ("before", "after", "since")
    return dated and not stative and (phrase.lower_ in _DEADLINE_PREPS or phrase.dep_ in ("prep", "npadvmod"))


def main_verb(span: Span, keep: set[int]) -> Token | None:
    """The first kept verb whose head is not kept: the verb the headline states."""
    kept = [t for t in span if t.i in keep]
    tops = [t for t in kept if t.head.i not in keep or t.head == t]
    for token in tops:
        if token.pos_ in VERB_POS:
            return token
    return None


def helped_verb(verb: Token | None, keep: set[int]) -> bool:
    """True for a kept verb other than "be" with a kept auxiliary before it ("has asked", "is
    restoring", "will give"): headline tense keeps the time it tells ("asks", "restores", "to
    give"), where a plain past ("held") may be a past state that the present would move."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in keep] if verb else []
    return verb is not None and verb.lemma_ != "be" and any(c.i < verb.i for c in helpers)


def has_to(verb: Token) -> bool:
    """True for a verb with its own "to": "to make", not "makes"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def superlative(noun: Token) -> bool:
    """True for "biggest slide", "first woman", "only country"."""
    return any(c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "last", "only") for c in noun.children)


def pronoun_may_point_into(
    doc: Doc, keep: set[int], phrase: set[int], pronouns: frozenset[str] = PRONOUNS
) -> bool:
    """True when a pronoun kept after ``phrase`` may refer to a noun inside it, so that
    cutting the phrase would leave the pronoun pointing at nothing ("Although the president
    promised lower taxes, he raised them")."""
    after = any(doc[i].lower_ in pronouns and i > max(phrase) for i in keep - phrase)
    return after and any(doc[i].pos_ in ("NOUN", "PROPN") for i in phrase)


def bracketed_tokens(sentence: Span) -> set[int]:
    """The tokens of ``sentence`` inside round brackets, the brackets with them: "behind Sen.
    Ted Cruz [(R-Texas)]"."""
    inside, depth = set(), 0
    for token in sentence:
        depth += token.text == "("
        if depth:
            inside.add(token.i)
        depth -= token.text == ")" and depth > 0
    return inside


def town_region_noun(token: Token) -> bool:
    """True for an "apposition" that is the noun a town and its province modify: "A Kelowna,
    B.C. family that…" parsed as "Kelowna" and its appositive "B.C. family" (dropping it as an
    aside left "Kelowna learns…")."""
    first = token.left_edge
    before = token.doc[first.i - 1] if first.i > 0 else None
    return (
        token.dep_ == "appos"
        and token.head.ent_type_ == "GPE"
        and not token.ent_type_
        and first.ent_type_ == "GPE"
        and first.i < token.i
        and before is not None
        and before.text == ","
        and before.i == token.head.i + 1
    )


def relative_clause_misparsed(token: Token) -> bool:
    """True for an "apposition" that opens on a relative pronoun: "Dorothy Woods, whose husband,
    Navy SEAL Ty Woods, was one of four Americans killed…" parsed as "Woods" and its appositive
    "whose husband, Navy SEAL Ty Woods" (dropping it as an aside said she was the one killed)."""
    return token.dep_ == "appos" and token.left_edge.tag_ in RELATIVE_TAGS


# Marks that open a quote: what a speech verb before them said.
_OPENING_MARKS = frozenset(("“", '"', "''", "‘"))


def relative_clause_runs_on(token: Token) -> bool:
    """True for a relative clause whose next verbs the parser gave the main clause: "…the city,
    which destroyed stock…, forced hundreds from their homes and closed the road" (cut between
    its commas, the city did the forcing); or whose speech verb says the quote after it."""
    nxt = token.doc[min(token.right_edge.i + 2, len(token.doc) - 1)]  # past the comma
    said = token.lemma_.lower() in SPEECH_LEMMAS and not any(
        c.dep_ in ("dobj", "ccomp") for c in token.children
    )
    if token.dep_ == "relcl" and said and nxt.text in _OPENING_MARKS:
        return True  # "…Yankee Stadium, when a young boy shouted, ''Brujas coming, yo!''" (review 196)
    subjectless = not any(c.dep_ in SUBJECT_DEPS for c in nxt.children)
    return token.dep_ == "relcl" and nxt.dep_ == "conj" and nxt.tag_ in ("VBD", "VBZ", "VBP") and subjectless


def comma_closes_clause(noun: Token, comma: int) -> bool:
    """True when the comma at ``comma`` also ends the clause ``noun`` is in, and another clause
    opens after it ("…toward Bernie Sanders[, a socialist], a new poll indicates")."""
    doc = noun.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    verb = noun
    while verb.pos_ not in VERB_POS and verb.head != verb:
        verb = verb.head
    opens_clause = any(
        t.dep_ in SUBJECT_DEPS and t.left_edge.i == comma + 1 for t in doc[comma + 1 : comma + 6]
    )
    if opens_clause and not any(t.i == comma + 1 for t in verb.subtree):
        return True
    # "Dorothy Woods, whose husband… was killed in Benghazi[, Libya], discussed…": the comma
    # closes the relative clause a comma opened, and the subject's verb comes after it
    opened = any(_opens_relative_around(t, noun) for t in doc[noun.sent.start : noun.i])
    return opened and doc[comma + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _opens_relative_around(word: Token, noun: Token) -> bool:
    """Whether ``word`` is a "who", "whose" or "which" after a comma whose clause is still open
    at ``noun``: ``noun`` is inside the clause's verb's phrase, or the parser broke the clause
    into an "apposition" (:func:`relative_clause_misparsed`), whose verb it cannot show."""
    doc = word.doc
    if word.tag_ not in RELATIVE_TAGS or word.i == 0 or doc[word.i - 1].text != ",":
        return False
    clause = word.head if word.dep_ != "poss" else word.head.head
    if relative_clause_misparsed(word.head) or relative_clause_misparsed(clause):
        return True
    return clause.dep_ == "relcl" and noun in clause.subtree


def all_a_participle_says(time: Token) -> bool:
    """Whether ``time`` is all a participle after a noun says: "in a new poll released
    [Thursday]" (review 109), where the participle would end the sentence saying nothing, or a
    participle used as a preposition or set off by commas: "will air beginning [Friday] on TV"
    (review 140), "…the Championship, played [in March], but…" (review 143)."""
    verb = time.head
    # "candidates debated on Tuesday night, and their counterparts…": two clauses misread
    misread = any(c.dep_ in ("cc", "conj") and c.i > verb.i for c in verb.head.children)
    bare = (verb.dep_ == "acl" and not misread) or (
        verb.dep_ in ("prep", "advcl") and verb.tag_ in ("VBG", "VBN")
    )
    return bare and not any(c.i != time.i and c.dep_ != "punct" for c in verb.children)


def is_dash(token: Token) -> bool:
    """Whether ``token`` is a dash: an em or en dash, spaced or not, or a spaced hyphen ("jobs in
    October - a seven-month high"), not one inside a word."""
    spaced = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in ("–", "—") or (token.text in ("-", "--") and spaced)


def dash_object(token: Token) -> bool:
    """Whether ``token`` heads a description after a dash that the parser took for its verb's
    second object: "added 337,000 jobs in October - a seven-month [high]…"."""
    after_dash = token.left_edge.i > 0 and is_dash(token.doc[token.left_edge.i - 1])
    first = any(c.dep_ == "dobj" and c.i < token.left_edge.i for c in token.head.children)
    return token.dep_ == "dobj" and after_dash and first


def acronym_used_later(span: Span, bracketed: list[int]) -> bool:
    """Whether the brackets at ``bracketed`` (their indices, marks included) define an acronym
    the article goes on to use: "a digital terrestrial TV service (DTT)" before "the French DTT
    roll-out". Cut, it leaves a later bullet's acronym unexplained."""
    inner = [span.doc[i].text for i in bracketed[1:-1]]
    if len(inner) != 1 or not re.fullmatch(r"[A-Z][A-Za-z]?[A-Z]{1,5}s?", inner[0]):
        return False
    return re.search(rf"\b{re.escape(inner[0])}\b", span.doc.text[span.end_char :]) is not None


def set_off(conjunct: Token) -> bool:
    """Whether a conjunct is joined as one: an "and", "or" or "but" between it and its head
    or just before it, or a comma, semicolon or dash."""
    doc, edge = conjunct.doc, conjunct.left_edge
    between = doc[conjunct.head.i + 1 : edge.i]
    joined = any(t.dep_ in ("cc", "preconj") and t.head == conjunct.head for t in between)
    before = doc[edge.i - 1] if edge.i > 0 else None
    marks = (",", ";", ":", "-", "–", "—", "--")
    # the parser hangs an "and" on either conjunct, or on a word inside one
    led = edge.dep_ == "cc" or edge.text in marks
    return joined or led or (before is not None and (before.dep_ == "cc" or before.text in marks))


def answers_back(clause: Token) -> bool:
    """Whether ``clause``, joined to the clause before it, reports what someone that clause
    names said: "Mills sent the employee an email…, and Mills and Clinton told investigators
    they were unaware…" gives the other side of what the first clause says (review 183). The
    speaker is the one named before by name ("Mills", not the "Mr" of "Mr Jones"), by "he",
    "she" or "they" after a person, or by the same noun ("the aide… and the aide told")."""
    if clause.dep_ != "conj" or clause.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    first = [t for t in clause.head.subtree if t.i < clause.left_edge.i]
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    subjects += [c for s in subjects for c in s.conjuncts]
    # a title before a name is no name ("Mr" of "Mr Smith"), a surname like "King" is
    names = {
        t.lower_
        for t in first
        if t.pos_ == "PROPN" and not (t.dep_ == "compound" and t.lower_.rstrip(".") in NAME_TITLES)
    }
    nouns = {t.lemma_.lower() for t in first if t.pos_ == "NOUN"}
    # "Clinton said…, and she accused Trump…" is more of one speaker's words; "Trump accused
    # Clinton…, and she said…" is the answer of one the first clause spoke of
    spoken = clause.head.lemma_.lower() in SPEECH_LEMMAS
    # of a speech verb, anyone but its speaker ("he" after "Trump said Clinton had lied…" keeps a
    # clause that may be Trump's: it errs on keeping words)
    speaker = {t.i for c in clause.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    person = any(t.ent_type_ == "PERSON" and not (spoken and t.i in speaker) for t in first)
    return any(
        (s.pos_ == "PROPN" and s.lower_ in names)
        or (s.lower_ in ("he", "she", "they") and person)
        or (s.pos_ == "NOUN" and s.lemma_.lower() in nouns and any(c.lower_ == "the" for c in s.children))
        for s in subjects
    )


_DAY_NOUNS = frozenset("day birthday anniversary eve night morning evening week weekend".split())


def second_setting(rest: Sequence[Token]) -> bool:
    """Whether ``rest``, what a cut leaves of a sentence's opening, is a noun phrase set off by a
    comma with no subject or verb in it, which named the time the cut took: "[On Friday morning,]
    the third day in his campaign swing, Johnson told…" (review 184). "[But,] in a surprise move,
    the board…" opens on a phrase of its own, "[But] one conservative, Prager, …" on its subject."""
    rest = list(rest)
    while rest and rest[0].is_punct:  # "[And on Sunday], the last day…": the cut left its comma
        rest = rest[1:]
    comma = next((n for n, t in enumerate(rest) if t.text == ","), None)
    if not comma or not (rest[0].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or rest[0].dep_ == "poss"):
        return False  # "[On Friday,] his 70th birthday, …" opens on its possessive
    phrase = rest[:comma]  # another time ("the third day"), not "[But] one prominent conservative, Prager,"
    timed = any(
        t.ent_type_ in TIME_LABELS or t.ent_type_ == "ORDINAL" or t.lemma_.lower() in _DAY_NOUNS
        for t in phrase
    )
    return timed and not any(t.dep_ in SUBJECT_DEPS or t.pos_ in VERB_POS for t in phrase)


def after_aside(span: Span, comma: int) -> bool:
    """True when the words before ``comma`` are themselves set off by a comma before them (the
    "I-Vt." of "Sanders, I-Vt., a socialist,"), so that the comma closing them must stay."""
    doc = span.doc
    start = next(
        (j for j in range(comma - 1, max(span.start, comma - 6) - 1, -1) if doc[j].text == ","), None
    )
    return (
        start is not None
        and start > span.start
        and any(doc[j].dep_ == "appos" for j in range(start + 1, comma))
    )


_CONTESTING = frozenset(
    "question challenge dispute criticise criticize condemn accuse protest demand".split()
)


def answer_clause(clause: Token) -> bool:
    """Whether ``clause`` is an "as …" or "while …" clause telling someone else's answer to the
    news, its own named subject saying or contesting something: "…was back in the United States
    for a court hearing, as an American prosecutor questioned the Parole Board's logic…" (review
    198). No cut takes it: it is half the story."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children
    ):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaks = clause.lemma_.lower() in SPEECH_LEMMAS | _CONTESTING
    return speaks and subject is not None and subject.pos_ in ("NOUN", "PROPN")


def ranked(noun: Token) -> bool:
    """Whether ``noun`` is ranked or singled out, so that only its clause says among what: "the
    first time", "the only one", "the largest fine", "the last place"."""
    return any(
        c.ent_type_ == "ORDINAL" or c.tag_ in ("JJS", "RBS") or c.lower_ in ("only", "same", "last", "next")
        for c in noun.children
    )

"""What kind of statement a lead is, for the generated headline (:mod:`.generated_headline`):
a truism or a habit, which a feature opens on and which says no news; the statement a dash
joins to an opening that points at nothing; whether a lead that names no one reports an
event; whether a pronoun of the clause a conceding
lead asserts points inside that clause; whether a later statement is background; and whether
a sentence, or what a cut leaves of it, is a teaser about "one thing" it never names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..condense.headline_descriptions import epithet
from ..condense.joins import spaced_dash
from ..condense.quote_marks import quote_context
from ..condense.referents import PERSON_NOUNS
from ..lexicon import EVENT_POINTERS, STATEMENT_SUBJECT_DEPS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..types import AnalysedArticle, Sentence

# Auxiliaries of what may or should be, in general: "seconds can make a difference".
_GENERAL_MODALS = frozenset({"can"})


def truism(span: Span | None) -> bool:
    """A lead that names nothing and states what holds in general, not what happened: "In an
    emergency, seconds can make a difference." (review 43). Any later statement that stands
    alone says more."""
    if span is None:
        return False
    if any(t.tag_ in ("VBD", "VBN") or t.lower_ in ("will", "'ll") for t in span):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _GENERAL_MODALS for c in span.root.children)


def reports_an_event(span: Span | None) -> bool:
    """A lead that names no one yet tells what happened to someone or something it introduces:
    "A schoolboy with a rare illness … has been racially abused in the street…", "A newlywed
    has died of cancer…" (review 177): a subject "a <noun>" and a perfect or passive main verb.
    A lead that sets a scene ("As attempts to break a record go, it was pretty impressive")
    has neither; the bullets' scene penalty spares a lead that reports an event."""
    if span is None or span.root.tag_ != "VBN":
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in span.root.children):
        return False
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() not in _AMOUNTS  # "A lot has changed since…" sets a scene
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
    )


# Subjects that measure rather than introduce: "A lot has changed", "A year has passed".
_AMOUNTS = frozenset("lot time year month week day decade century while bit".split())


# Adverbs of a habit: "Nancy Pelosi often quotes Abraham Lincoln", "There's always one shot".
_HABITUAL = frozenset("often always usually typically routinely frequently sometimes".split())


def habitual(span: Span | None) -> bool:
    """A lead in the present that says what someone or something does as a habit, not what
    happened: a feature's opening (review 49); whoever it names, a later statement that stands
    alone says the news."""
    if span is None or span.root.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in span.root.children)


# Openings of a clause that points at nothing a headline has: "It's not just…", "There is…".
_EXPLETIVES = frozenset({"it", "there", "this", "that"})
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})


def clause_after_dash(span: Span) -> Span | None:
    """The statement after the one dash of a lead that opens on "It", "There", "This" or
    "That" and joins two ("It's not just UV rays that suncreams now protect against - some new
    products claim to stop the damage…", review 50): from the dash to the end, a verb with its
    own subject and a tense. Not an aside between two dashes, a hyphen ("infra-red"), nor a
    question."""
    doc = span.doc
    if span[0].lower_ not in _EXPLETIVES or span.text.rstrip("”\"'’ ").endswith("?"):
        return None  # an opening that says something itself is the lead's news
    dashes = [t for t in span if spaced_dash(t)]
    if len(dashes) != 1 or dashes[0].i + 3 >= span.end:
        return None
    rest = doc[dashes[0].i + 1 : span.end]
    verb = rest.root
    tensed = verb.tag_ in _TENSED or any(c.dep_ == "aux" and c.tag_ in _TENSED for c in verb.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return rest if verb.pos_ in ("VERB", "AUX") and tensed and subject else None


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_SINGULAR_PRONOUNS = frozenset({"it", "its"})


def bound_inside(clause: Token, pronoun: Token) -> bool:
    """True when ``pronoun`` points at the subject of ``clause``, named before it and
    agreeing in number: "but the reigning champions looked in determined mood as [they]
    trained"; not "but scientists are hoping to use [its] brain", whose "its" is the
    conceded honeybee's."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if pronoun.dep_ == "dobj" and pronoun.head == clause:
        return False  # "director Karen Brady calls it 'derisory'": what she calls is elsewhere
    if pronoun.lower_ in _PLURAL_PRONOUNS:
        return subject.tag_ in ("NNS", "NNPS")
    return pronoun.lower_ in _SINGULAR_PRONOUNS and subject.tag_ in ("NN", "NNP")


# A round-up's announcement: "These are the best videos of the week.", "Here are some of the
# top stories of the day:"; the span it rounds up (a week, a day) is what makes it one, not a
# statement ("These are the biggest protests the country has seen in decades").
_ROUNDUP = re.compile(
    r"^(?:these|here)\s+are\s+((?:some\s+of\s+)?the\s+(?:best|top|biggest|most\s+\w+)\s[\w\s'’-]{2,50}?"
    r"\b(?:of|from)\s+(?:the|this|last)\s+(?:week|weekend|day|month|year))\s*[.:]\s*$",
    re.IGNORECASE,
)


def roundup_heading(sentence: str) -> str | None:
    """What a round-up announces, as a headline ("Best videos of the week"), when ``sentence``
    announces one; else None. A round-up's first item is no headline for the whole (reviews
    65 and 69: CNN's weekly videos were headed by the first video's subject)."""
    found = _ROUNDUP.match(sentence.strip())
    if found is None:
        return None
    heading = re.sub(r"^the\s+", "", found.group(1), flags=re.IGNORECASE)
    return heading[:1].upper() + heading[1:]


# Adverbs that make a statement an addition to one before it.
_ADDING = frozenset({"also", "too"})

# Marks a sentence opens on when it is someone's words.
_QUOTE_MARKS = frozenset("“\"‘'«")


def stands_alone(analysed: AnalysedArticle, sentence: Sentence, span: Span) -> bool:
    """Whether a sentence after the lead can give a headline on its own: a statement with a
    subject (not "Follow X on Twitter", "Tune in tonight"), and not a sentence of a quote
    whose speaker another sentence names ('"We know where to look.', inside a longer quote,
    or a quote that is a paragraph of its own), nor told of an act or a plan the sentences
    before described ("The plan amounts to…"), nor what someone it has not named before "also"
    did as another did before ("Jordan Spieth also violated the policy…"), nor what "he", "she"
    or "they" did with no name before them in the sentence."""
    subjects = [c for c in span.root.children if c.dep_ in STATEMENT_SUBJECT_DEPS]
    if not subjects or any(_bare_count(s) for s in subjects):
        return False
    named = [e for e in span.ents if e.label_ in ("PERSON", "ORG", "NORP")]
    if any(s.lower_ in ("he", "she", "they") and not any(e.end <= s.i for e in named) for s in subjects):
        return False  # "In Espinos, he found a willing accomplice…": who he is, another sentence says
    if any(_pointing_act(s) for s in subjects):
        return False  # "Plan amounts to roughly $5,186 for every Canadian": which plan? (review 118)
    if any(epithet(s) for s in subjects):
        return False  # "The North East city was followed by…": Newcastle, which a sentence before named
    if _another_also(span, subjects):
        return False  # "Jordan Spieth also violated the policy…" after Poulter's (review 124)
    if any(c.lower_ in _INTENSIVES and c.i == s.i + 1 for s in subjects for c in s.children):
        return False  # "The campaign itself will also begin airing ads…": as against its allies, told before
    opening, closing = quote_context(analysed.text, sentence.start, sentence.end)
    text = sentence.text.strip()
    if text[:1] in _QUOTE_MARKS and text[-1:] in "”\"’'»":
        return False  # a quote standing alone: its speaker is in another sentence
    marks = re.findall(r"[“”]", text)
    if marks and marks[0] == "”":
        return False  # '…she added, Donald Trump is a proven businessman, a proven failure.”': a quote's end
    return not opening and not (closing and text[:1] in _QUOTE_MARKS)


def demonstrative_subject(span: Span) -> bool:
    """Whether the subject of a clause says "this", "that", "these" or "those" of a noun
    ("Those sectors are the best bets…", "employers in all those industries", review 157):
    what it points at, a sentence before says, and a headline has nothing before it. Not a
    time ("This year's festival…")."""
    subjects = [t for t in span if t.dep_ in SUBJECT_DEPS and t.head.dep_ not in ("relcl", "acl")]
    return any(
        t.dep_ == "det"
        and t.lower_ in ("this", "that", "these", "those")
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.ent_type_ not in ("DATE", "TIME")
        and not any(c.dep_ == "relcl" for c in t.head.children)  # "That sound you hear"
        for subject in subjects
        for t in subject.subtree
    )


_COUNT_WORDS = frozenset("one another two three four some many most others several both few none".split())


# Intensive pronouns that set a subject against others the article named before it.
_INTENSIVES = frozenset("itself himself herself themselves".split())


def _another_also(span: Span, subjects: Sequence[Token]) -> bool:
    """Whether ``span`` tells that someone the article names there for the first time "also"
    did what the article told before of another ("Jordan Spieth also violated the policy…"
    after Poulter's "violating a PGA Tour policy"): beside the story, not its news. Not one
    who "also" did something new ("Deputy leader Tom Watson also quit…" after "…resigned")."""
    root = span.root
    if not any(c.dep_ == "advmod" and c.lower_ in _ADDING for c in root.children):
        return False
    before = span.doc[: span.start]
    if not any(t.lemma_ == root.lemma_ and t.pos_ == "VERB" for t in before):
        return False
    names = [
        t.text for s in subjects if s.ent_type_ == "PERSON" for t in s.subtree if t.ent_type_ == "PERSON"
    ]
    return bool(names) and not any(t.text in names for t in before)


def _bare_count(subject: Token) -> bool:
    """A subject that is a count of something a sentence before named: "One took place
    outside the Saudi embassy", "Two were arrested" (not "One man", "Two of the officers")."""
    return subject.lower_ in _COUNT_WORDS and not any(c.dep_ != "punct" for c in subject.children)


def _pointing_act(subject: Token) -> bool:
    """A subject "the <act>" (:data:`EVENT_POINTERS`: plan, move, decision…) that nothing in its
    phrase says which or whose: the sentences before described it."""
    if subject.lemma_.lower() not in EVENT_POINTERS:
        return False
    says = ("poss", "compound", "amod", "acl", "relcl", "prep", "appos", "nmod")
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    return determiners == ["the"] and not any(c.dep_ in says for c in subject.children)


# What a "be" may have beside its subject and still say only where someone was.
_PRESENCE_DEPS = frozenset({"nsubj", "prep", "npadvmod", "advmod", "punct", "aux"})
# Entities a place or a time is.
_WHERE_OR_WHEN = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def mere_presence(span: Span, kept: set[int]) -> bool:
    """Whether a headline keeping the words ``kept`` of ``span`` says only where someone was:
    "Neville was at Stadium of Light on Sunday" of "Neville was at the Stadium of Light on
    Sunday and, rather than prove him wrong…, they played like a side with their flip-flops on"
    (review 124). Someone: a name or "he"/"she"; where: places and times only. Not "…was not at
    the debate", "There was…", "…was in talks with Google", "Unemployment was at 5.2 per cent"."""
    root = span.root
    if root.lemma_ != "be" or root.i not in kept:
        return False
    told = [c for c in root.children if c.i in kept]
    if not all(c.dep_ in _PRESENCE_DEPS for c in told):
        return False
    subject = next((c for c in told if c.dep_ == "nsubj"), None)
    someone = subject is not None and (
        (subject.pos_ == "PROPN" and subject.ent_type_ not in ("GPE", "LOC"))
        or subject.lower_ in ("he", "she")
    )
    places = [g for c in told if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return (
        someone
        and bool(places)
        and all(g.ent_type_ in _WHERE_OR_WHEN or g.lower_ == "home" for g in places)
        and not any(t.pos_ == "VERB" and t.i in kept for c in told for t in c.subtree)
    )


# Entities that make a sentence name something: who, where, what organisation or event.
NEWS_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})


# Subjects a short teaser holds back: "One thing is different.", "Something has changed."
_HELD_BACK = frozenset("thing something one".split())
_HOLDS_BACK = re.compile(r"^\W*(?:(?:but|and|yet|so)\s+)?(?:one (?:more )?thing|something)\b", re.IGNORECASE)


def holds_back(text: str) -> bool:
    """Whether a bullet's text is a short teaser about "one thing" or "something" that names
    nothing, as a cut may leave one: "But one thing is different." of "…, and it's glaring: The
    senator who…" (review 126). No bullet states that."""
    words = text.split()
    named = any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
    return len(words) < 8 and bool(_HOLDS_BACK.match(text)) and not named


def teaser(sentence: Sentence, span: Span) -> bool:
    """A short sentence about "one thing" or "something" that names nothing (review 126: "But
    one thing is different."), any about "one thing" that never says what it is, one in which
    someone tells "why" it never says, "there's another sentiment he…" (reviews 204, 205) or "On
    one side…" (run 210): it points at the sentence after it and states nothing itself."""
    if _withheld_why(span) or _another_unnamed(span) or _one_side(sentence.text):
        return True
    subject = next((c for c in span.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lemma_.lower() not in _HELD_BACK:
        return False
    # "One important thing has been lost in all of the obituaries of Roger Ailes's career"
    # (review 130) holds back what, however much else it names, unless a clause or a colon says
    one_thing = subject.lemma_ == "thing" and any(c.lower_ == "one" for c in subject.children)
    said = any(c.dep_ in ("relcl", "acl", "appos") for c in subject.children) or ":" in sentence.text
    if one_thing and not said:
        return True
    if len(sentence.text.split()) >= 8:
        return False
    held = {t.i for t in subject.subtree}  # "one" of "one thing" is no figure
    return not any(e.label_ in NEWS_LABELS for e in span.ents if e.start not in held) and not any(
        t.like_num and t.i not in held for t in span
    )


_ONE_SIDE = re.compile(r"^\W*(?:But\s+)?On\s+(?:the\s+)?one\s+(?:side|hand)\b(?!\s+of\b)", re.IGNORECASE)


def _one_side(text: str) -> bool:
    """Half of a contrast whose other half is the next sentence (run 210: "On one side you have
    Islamic State-as-Nazism arguments.")."""
    return bool(_ONE_SIDE.match(text)) and not re.search(r"\bon the other\b", text, re.IGNORECASE)


# Verbs that tell of a reason the sentence then withholds: "…then revealed why her activism was moving."
_TELLING_WHY = frozenset("reveal explain describe share disclose detail recount tell".split())


def _withheld_why(span: Span) -> bool:
    """Whether the sentence ends on someone telling "why" it never says (review 204: "Clinton
    paused, then revealed why Smegielski's activism was especially moving.")."""
    if ":" in span.text:
        return False  # "…explained why the plan failed: the money ran out."
    verbs = [span.root, *(c for c in span.root.children if c.dep_ in ("conj", "dep", "parataxis"))]
    # someone named telling it, not denied ("has not explained why…") nor a report ("A report explains why…")
    subjects = [c for c in span.root.children if c.dep_ == "nsubj"]
    if not subjects or (
        subjects[0].ent_type_ != "PERSON"
        and subjects[0].lower_ not in ("he", "she", "they")
        and subjects[0].lemma_.lower() not in PERSON_NOUNS
    ):
        return False
    told = [
        c
        for v in verbs
        if v.lemma_.lower() in _TELLING_WHY and not any(d.dep_ == "neg" for d in v.children)
        for c in v.children
        if c.dep_ == "ccomp"
    ]
    return any(c.left_edge.lower_ == "why" and c.right_edge.i >= span.end - 2 for c in told)


# What "another" of which a sentence holds back: a feeling or a thought, not an event ("another
# explosion that shook the city").
_FELT = frozenset("sentiment feeling emotion thing reason problem question issue worry concern twist".split())


def _another_unnamed(span: Span) -> bool:
    """Whether the sentence says there is "another" thing that only a clause describes and nothing
    names (review 205: "In the two years since, there's another sentiment he still hasn't been able
    to shake."): the sentence after it says what."""
    root = span.root
    if root.lemma_ != "be" or not any(c.dep_ == "expl" for c in root.children) or ":" in span.text:
        return False
    return any(
        c.dep_ == "attr"
        and c.lemma_.lower() in _FELT
        and any(d.lower_ == "another" for d in c.children)
        and any(d.dep_ == "relcl" for d in c.children)
        and not any(t.ent_type_ for t in c.subtree)
        for c in root.children
    )


# Who a teaser holds back: "one person in the mix", "someone close to the family".
_SOMEONE = frozenset("someone somebody".split())
_PERSON_WORDS = frozenset("person man woman one figure".split())
_REVEAL = re.compile(
    r"^\W*(?i:(?:that|this|the) (?:person|man|woman|one)|(?:his|her) name) (?i:is|was) [A-Z]"
)


def withholds_who(analysed: AnalysedArticle, sentence: Sentence, span: Span) -> bool:
    """Whether a sentence is about someone it does not name, whom a sentence soon after reveals
    ("But one person in the mix brings more than just his political advice. He also happens to
    control an hour of prime time… That person is Sean Hannity.", review 151): it sets up the
    reveal and states nothing of its own, nor does a "he" or "she" right after it."""
    subject = next((c for c in span.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in ("he", "she") and sentence.index > 0:
        before = analysed.sentences[sentence.index - 1]
        span = analysed.span_of(before)
        subject = next((c for c in span.root.children if c.dep_ in SUBJECT_DEPS), None) if span else None
    if subject is None or not _unnamed_person(subject):
        return False
    later = [s for s in analysed.sentences if s.start >= sentence.end][:3]
    return any(_reveals(analysed, s) for s in later)


def _reveals(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """ "That person is Sean Hannity.": a name, not "The man was Polish"."""
    match = _REVEAL.match(sentence.text)
    if match is None:
        return False
    at = sentence.start + match.end() - 1
    # (a title may come first: "That person is Sen. Joe Baker.")
    return any(
        e.label == "PERSON" and at <= e.start and len(analysed.text[at : e.start].split()) <= 2
        for e in analysed.entities
    )


def _unnamed_person(subject: Token) -> bool:
    """ "someone", "one person", "one man", or "one" on its own (not "one of the men")."""
    if any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return False
    if any(t.lower_ in ("no", "not") for t in subject.doc[subject.left_edge.i : subject.i]):
        return False  # "No one has claimed responsibility": news, not someone held back
    one = any(c.lower_ == "one" for c in subject.children)
    of_whom = any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    return (
        subject.lower_ in _SOMEONE
        or (subject.lemma_.lower() in _PERSON_WORDS and one)
        or (subject.lower_ == "one" and not of_whom)
    )

"""Naming the speaker a cue points at: a name, a pronoun, a role, "his office", a channel.

:class:`Namer` turns the mention an attribution cue points at into the fullest name
the article gives, with how sure that is (``named``, ``resolved`` or ``guessed``,
see ``Quote.speaker_confidence``). Pronouns and bare descriptions stand for the
person the passage is about: the latest person named as a subject in this paragraph
or the one before, whose gender does not contradict the pronoun.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon
from ..read.quote_spans import QuoteSpan
from .speakers import (
    FEMALE,
    MALE,
    MEDIA_NOUNS,
    ORG_NOUNS,
    ROLE_NOUNS,
    Registry,
    clean_name,
    mention_head,
    mention_text,
    stem,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RELATIVE = {"who", "that", "which", "whom"}
INDEFINITE = {"a", "an", "one", "another", "some", "any", "several", "many"}
# Organisation nouns naming an institution by its seat rather than a speaker to look up.
SEAT_NOUNS = frozenset(["court", "house", "senate", "parliament", "congress", "kremlin", "ministry"])
# Nouns for a written statement: "her statement said" quotes its author.
STATEMENT_NOUNS = frozenset(
    ["statement", "letter", "email", "release", "memo", "post", "tweet", "note", "message"]
)
# Nouns for a published document: "the report said" quotes whoever wrote it.
DOCUMENT_NOUNS = frozenset(
    ["report", "study", "paper", "document", "survey", "analysis", "audit", "review", "assessment", "filing"]
)
DOCUMENT_WINDOW = 3000  # characters back in which "the report" finds the report the article named
# Nouns for where a document is published: "a document on CP's website" is CP's.
SITE_NOUNS = frozenset(["website", "site", "page", "blog", "account", "feed"])
# Nouns too general to stand for "the person this story is quoting".
GENERIC_PEOPLE = {
    "man",
    "woman",
    "husband",
    "wife",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
}


@dataclass(frozen=True)
class Attribution:
    """A quote's speaker (canonical name or None), its cue, the channel it came through.

    ``confidence`` is ``named``, ``resolved`` or ``guessed`` (see ``Quote.speaker_confidence``);
    ``direct`` is True when the cue is in the quote's own sentence.
    """

    speaker: str | None
    cue: str | None
    channel: str | None = None
    confidence: str | None = None
    direct: bool = False


class Namer:
    """Names the mentions attribution cues point at, in one parsed article.

    ``regions`` are the quotes' (open mark, close mark) offsets, ``inside`` the
    indices of the tokens within them, ``history`` the quotes attributed so far
    (shared with the :class:`~.attribution.Attributor`, which appends to it).
    """

    def __init__(
        self,
        doc: Doc,
        registry: Registry,
        regions: list[tuple[int, int]],
        inside: set[int],
        history: list[tuple[QuoteSpan, Attribution]],
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.registry = registry
        self.regions = regions
        self.inside = inside
        self.history = history

    def resolve(self, token: Token, speech: bool = True) -> tuple[str | None, bool, str | None]:
        """(name, is_channel, confidence) for the mention headed by ``token``.

        ``speech`` says the cue is a speech verb: only then does a bare description
        ("says the affable proprietor") stand for the person the passage is about.
        """
        registry = self.registry
        lower = token.lower_
        if lower in MALE or lower in FEMALE:
            return self.pronoun(token, lower)
        if lower == "it":
            named = registry.last_org(token.idx)
            return named, False, "resolved" if named else None
        if lower == "they":
            named = self.joint_subject(token)
            return named, False, "resolved" if named else None
        if token.pos_ == "PRON":
            return None, False, None
        if token.ent_type_ in ("LOC", "FAC"):
            return None, False, None  # a place never speaks
        if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE"):
            text = mention_text(token)
            name = self.known_name(token, text)
            if name is None:
                # A name the entity recogniser missed: the article's own words, titles dropped.
                name = clean_name(text) if token.pos_ == "PROPN" and text[:1].isupper() else None
                return name or None, False, "named" if name else None
            return name, registry.is_media(name), "named"
        lemma = token.lemma_.lower()
        modifiers = {stem(c.text) for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")}
        modifiers -= {stem(lemma)}
        if lemma in MEDIA_NOUNS or token.lower_ in MEDIA_NOUNS:
            named = self.last_media(token.idx)
            return named, True, "resolved" if named else None
        owner = self.owner(token)
        if lemma in ORG_NOUNS or lemma in STATEMENT_NOUNS:
            if owner is not None:
                # "his office" → "Jim Carr's office"; "her statement said" → the person who issued it.
                if lemma in STATEMENT_NOUNS:
                    return owner, False, "resolved"
                return f"{owner}’s {token.text}", False, "resolved"
            if lemma in STATEMENT_NOUNS:
                return None, False, None
            named = registry.last_org(token.idx, lemma) or registry.described(
                lemma, modifiers, token.idx, "ORG"
            )
            if named:
                return named, registry.is_media(named), "resolved"
            named = self.salient_org(token)
            if named:
                return named, False, "guessed"
            # The organisation as the article names it ("the ministry"): its own words, not a guess.
            start = min(t.i for t in token.subtree if t.i <= token.i)
            return self.doc[start : token.i + 1].text, False, "named"
        if lemma in DOCUMENT_NOUNS:
            # "the report said": the report's author when the article names one, else no one
            # (a report is no person to describe).
            named = self.author(token) or self.earlier_author(token)
            return named, False, "resolved" if named else None
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
            return None, False, None  # "a longtime adviser said": someone the article does not name
        if lemma in ROLE_NOUNS:
            named = registry.described(lemma, modifiers, token.idx)
            if named is not None:
                return named, False, "resolved"
            if lemma not in GENERIC_PEOPLE:
                # "the senator said": the person the passage is about.
                named = self.salient_person(token, None)
                return named, False, "guessed" if named else None
            return None, False, None
        if (
            speech
            and token.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            # "says the affable proprietor": a description of the person the passage is about.
            # One shared adjective ("Cambridge") is weaker evidence than who the passage is about.
            named = (
                registry.described(lemma, modifiers, token.idx, by_head=True)
                or self.salient_person(token, None)
                or registry.described(lemma, modifiers, token.idx)
            )
            return named, False, "guessed" if named else None
        return None, False, None

    def pronoun(self, token: Token, pronoun: str) -> tuple[str | None, bool, str | None]:
        named, near = self.pronoun_person(token, pronoun)
        if named is None:
            return None, False, None
        return named, False, "resolved" if near else "guessed"

    def pronoun_person(self, token: Token, pronoun: str) -> tuple[str | None, bool]:
        """(person, found nearby) a speech verb's pronoun subject stands for.

        The person the passage is about wins: the latest person named as a subject
        in this paragraph or the one before (outside quotes) whose gender does not
        contradict the pronoun, then the speaker of the quote before; else the last
        compatible person named anywhere before (a guess when far back).
        """
        named = self.salient_person(token, pronoun)
        if named is not None:
            return named, True
        return self.registry.last_person(token.idx, pronoun), False

    def salient_person(self, token: Token, pronoun: str | None) -> str | None:
        registry = self.registry
        want = "m" if pronoun in MALE else "f" if pronoun in FEMALE else None
        window = self.window_start(token.idx)

        def fits(name: str, strict: bool) -> bool:
            gender = registry.gender.get(name)
            label = registry.labels.get(name)
            if label is None and registry.is_place(name):
                return False
            if label not in (None, "PERSON"):
                return False  # a name the entity recogniser missed counts as a person
            return want is None or gender == want or (not strict and gender is None)

        subjects = self.subject_names(window, token.idx)
        recent = [
            attribution.speaker
            for span, attribution in reversed(self.history)
            if span.open_mark >= window
            and attribution.speaker
            and attribution.confidence in ("named", "resolved")
        ]
        # A person of the pronoun's known gender first, then one whose gender is unknown.
        for strict in (True, False):
            for name in subjects + recent:
                if fits(name, strict):
                    return name
            if strict and want is not None:
                # A person of that gender named one paragraph further back still beats
                # a subject of unknown gender ("Maria Santos … her staff" / "David Miller …" / "she said").
                further = max(0, self.text.rfind("\n", 0, max(0, window - 2)))
                nearby = [
                    m
                    for m in reversed(registry.mentions)
                    if further <= m.start < token.idx and not self.in_quote(m.start) and fits(m.name, True)
                ]
                # Someone already quoted, then a subject ("Baxter said"), before a passing
                # mention ("comparable to that of Surrey's").
                spoken = {a.speaker for _, a in self.history if a.confidence in ("named", "resolved")}
                nearby.sort(key=lambda m: (m.name not in spoken, not m.subject))
                if nearby:
                    return nearby[0].name
        return None

    def salient_org(self, token: Token) -> str | None:
        """For "the company said": the organisation named as a subject in this or the previous paragraph."""
        if token.lemma_.lower() in SEAT_NOUNS:
            return None  # "the court", "the house": the article's own words are clearer
        paragraph = self.text.rfind("\n", 0, token.idx)
        window = max(0, self.text.rfind("\n", 0, max(0, paragraph - 1)))
        for mention in reversed(self.registry.mentions):
            if mention.start >= token.idx or mention.start < window:
                continue
            name = mention.name
            plain = not self.registry.is_place(name) and not self.registry.is_media(name)
            if mention.label == "ORG" and mention.subject and plain and not self.in_quote(mention.start):
                return name
        return None

    def subject_names(self, start: int, end: int) -> list[str]:
        """Names that are the subject of a clause between ``start`` and ``end``, latest first.

        Read off the parse rather than the entity list, so a name the recogniser
        missed ("Poulter told the tour…") counts; "who" stands for the name it follows.
        """
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return []
        names = []
        for token in reversed(span):
            if token.i in self.inside or not (
                token.dep_ in ("nsubj", "nsubjpass") or _inverted_subject(token)
            ):
                continue
            if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
                token = token.head.head
            if token.pos_ != "PROPN":
                continue
            text = mention_text(token)
            name = self.known_name(token, text) or clean_name(text)
            if (
                token.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP")
                and self.registry.labels.get(name) != "PERSON"
            ):
                continue  # the article's majority vote overrules the recogniser's label here
            if name and name[:1].isupper():
                names.append(name)
        return names

    def known_name(self, token: Token, text: str) -> str | None:
        """The registry's name for ``text`` (the name around ``token``), else for the word
        ``token`` alone: "Knowing Bardos was a fan" has a word the parser took into the name,
        and the surname says who."""
        name = self.registry.canonical(text)
        if name is None and token.text != text:
            name = self.registry.canonical(token.text)
        return name

    def window_start(self, offset: int) -> int:
        """Where "this paragraph or the one before" begins for a word at ``offset`` (blank
        lines between paragraphs skipped): the passage a pronoun looks back over."""
        paragraph = self.text.rfind("\n", 0, offset)
        window = self.text.rfind("\n", 0, max(0, paragraph - 1)) if paragraph > 0 else 0
        while window > 0 and not self.text[window:paragraph].strip():
            window = self.text.rfind("\n", 0, window - 1)
        return max(window, 0)

    def joint_subject(self, token: Token) -> str | None:
        """For "they said": people named together as the subject of the sentence before, in this
        paragraph or the one before ("Its owners Tore Sohlberg and Lehla Abreder said …")."""
        span = self.doc.char_span(self.window_start(token.idx), token.idx, alignment_mode="contract")
        for subject in reversed(span) if span is not None else ():
            if (
                subject.dep_ not in ("nsubj", "nsubjpass")
                or subject.i in self.inside
                or subject.pos_ == "PRON"
            ):
                continue
            subject = mention_head(subject)  # "its owners Tore Sohlberg and Lehla Abreder"
            people = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
            if len(people) < 2:
                return None  # the latest subject is one person or thing: "they" is someone else
            names = []
            for person in people:
                if person.ent_type_ != "PERSON" or person.pos_ != "PROPN":
                    return None
                text = mention_text(person)
                names.append(self.registry.canonical(text) or clean_name(text))
            return " and ".join(names) if all(names) else None
        return None

    def in_quote(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.regions)

    def name_of(self, token: Token) -> str:
        """The registry's fullest name for the name around ``token``, else its own words."""
        text = mention_text(token)
        return self.registry.canonical(text) or clean_name(text)

    def owner(self, token: Token) -> str | None:
        """Whose office or statement: the possessor named or the person a possessive pronoun stands for."""
        for child in token.children:
            if child.dep_ != "poss":
                continue
            if child.lower_ in MALE or child.lower_ in FEMALE:
                return self.salient_person(child, child.lower_) or self.registry.last_person(
                    child.idx, child.lower_
                )
            if child.pos_ == "PROPN" or child.ent_type_ in ("PERSON", "ORG"):
                return self.name_of(child)
        # "a release from UFCW Local 832", "a statement by the minister's office".
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                for named in prep.children:
                    if named.dep_ == "pobj" and named.ent_type_ in ("PERSON", "ORG"):
                        return self.name_of(named)
        return None

    def author(self, token: Token) -> str | None:
        """Who published the document ``token`` names: its owner ("the PBO's report", "a
        study by X"), the site it is on ("a document … on Canadian Pacific Railway's
        website"), or the subject that released it ("the PBO released a report")."""
        named = self.owner(token)
        if named is not None:
            return named
        # The site may hang anywhere after the document in its paragraph: the parser often
        # attaches "on X's website" to a title's words, or ends the sentence at the title's colon.
        for t in token.doc[token.i : token.i + 40]:
            if "\n" in t.text:
                break
            if t.dep_ == "poss" and t.head.lemma_.lower() in SITE_NOUNS and t.ent_type_ in ("PERSON", "ORG"):
                return self.name_of(t)
        if token.dep_ == "dobj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.ent_type_ in ("PERSON", "ORG") and subject.pos_ == "PROPN":
                return self.name_of(subject)
        return None

    def earlier_author(self, token: Token) -> str | None:
        """For "the report said": the author of the latest document the article named before."""
        start = max(0, token.idx - DOCUMENT_WINDOW)
        span = self.doc.char_span(start, token.idx, alignment_mode="contract")
        for earlier in reversed(span) if span is not None else ():
            if (
                earlier.lemma_.lower() in DOCUMENT_NOUNS
                and earlier.pos_ == "NOUN"
                and earlier.i not in self.inside
            ):
                named = self.author(earlier)
                if named is not None:
                    return named
        return None

    def last_media(self, before: int) -> str | None:
        for mention in reversed(self.registry.mentions):
            if mention.start < before and mention.name in self.registry.media:
                return mention.name
        return None


def _inverted_subject(token: Token) -> bool:
    """True for the speaker of an inverted speech verb that the parser read as its object
    ("…, insists 16-year-old Xander Wise, in seeing…")."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.i < token.i
        and verb.lemma_.lower() in lexicon.SPEECH_LEMMAS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )

"""Naming a speaker: from a mention (a name, a pronoun, a description) to the article's fullest name.

The article's PERSON and ORG entities form a registry of names. A mention is
resolved against it: a name to its fullest form (``Zelensky`` → ``Volodymyr
Zelensky``, titles dropped); a pronoun to the last compatible person mentioned
before it (gender read from titles and from the pronouns that follow each
name); a description (``the Ukrainian president``, ``the ministry``) to the
named entity the article describes with the same words. Nothing outside the
article's own words is ever returned.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lexicon
from ..lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TITLES = lexicon.NAME_TITLES
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
_MALE_TITLES = lexicon.MALE_TITLES
_FEMALE_TITLES = lexicon.FEMALE_TITLES
# Nouns naming a person by role: resolved to the person the article describes so.
ROLE_NOUNS = lexicon.ROLE_NOUNS | lexicon.LEGISLATOR_NOUNS
# Nouns naming a relative: "his dad, Darrin" names Darrin.
KIN_NOUNS = lexicon.KIN_NOUNS
# Nouns naming an organisation: resolved to the ORG entity they describe.
ORG_NOUNS = lexicon.ORG_NOUNS
# Nouns naming a channel: the words are usually someone else's.
MEDIA_NOUNS = lexicon.MEDIA_NOUNS
GENDER_WINDOW = 1500  # characters back in which a person of the pronoun's known gender wins
_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_QUOTE_CHARS = "\"“”‘’«»„'`"


def clean_name(text: str, titles: bool = True) -> str:
    """A name without leading titles, determiners or a trailing possessive: ``Mr. Zelensky’s`` → ``Zelensky``.

    ``titles=False`` keeps title-like words (for organisations: ``Foreign Affairs``).
    """
    words = text.replace("\n", " ").strip(_QUOTE_CHARS + " ").split()
    while words and words[-1] in {"’s", "'s", "’", "'"}:
        words.pop()
    if words:
        words[-1] = re.sub(r"(?:’s|'s|’|')$", "", words[-1])
    while len(words) > 1 and (
        (titles and words[0].lower().rstrip(".") in TITLES) or words[0].lower() in {"the", "a", "an"}
    ):
        words.pop(0)
    name = " ".join(w for w in words if w).strip(" ,;:-—–")
    return re.sub(r",\s*\d+$", "", name)  # "Khaled Belkacemi, 60": the age is no part of the name


def _key(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


def stem(word: str) -> str:
    """A crude stem joining nationality adjectives to places: Ukrainian ~ Ukraine, Chinese ~ China."""
    return _key(word)[:4]


@dataclass
class Mention:
    """A mention of a named person or organisation at ``start`` (a character offset)."""

    start: int
    name: str  # the canonical name
    label: str  # PERSON or ORG
    subject: bool = False


@dataclass
class Registry:
    """The article's names: canonical forms, mentions in order, genders, descriptors."""

    mentions: list[Mention] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # cleaned surface form → canonical
    labels: dict[str, str] = field(default_factory=dict)  # canonical → PERSON/ORG
    frequency: Counter = field(default_factory=Counter)
    gender: dict[str, str] = field(default_factory=dict)
    descriptors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    media: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # canonical names the article mostly tags as places

    def is_place(self, name: str | None) -> bool:
        """True for a name the article's entities mostly tag as a place (GPE, LOC, FAC)."""
        return bool(name) and (name in self.places or clean_name(name) in self.places)

    def canonical(self, text: str, label: str | None = None) -> str | None:
        """The fullest name the article gives for ``text`` (a name or part of one), or None."""
        name = clean_name(text)
        if not name or not any(c.isalpha() for c in name):
            return None
        if name.isupper() and 2 <= len(name) <= 6 and name.isalpha():
            # "IRCC": the organisation (not a place) whose initials these are, when the article
            # names it, even though the initials are also a name of their own in the registry.
            expansions = [
                canonical
                for canonical, kind in self.labels.items()
                if kind == "ORG"
                and canonical != name
                and "(" not in canonical
                and canonical not in self.places
                and "".join(w[0] for w in canonical.replace(",", " ").split() if w[:1].isupper()) == name
            ]
            if expansions:  # the one the article names most ("Convention" or "Committee")
                return max(expansions, key=lambda c: self.frequency[c])
        if name in self.names and (label is None or self.labels.get(self.names[name]) == label):
            return self.names[name]  # (not "Welsh Local Government Association" for a person "Welsh")
        words = {_key(w) for w in name.split()}
        best = None
        for candidate, canonical in self.names.items():
            if label and self.labels.get(canonical) != label:
                continue
            if words <= {_key(w) for w in candidate.split()}:
                rank = (len(canonical.split()), self.frequency[canonical])
                if best is None or rank > best[0]:
                    best = (rank, canonical)
        return best[1] if best else None

    def is_media(self, name: str | None) -> bool:
        return bool(name) and name in self.media

    def last_person(self, before: int, pronoun: str | None = None, not_media: bool = True) -> str | None:
        """The last person named before ``before`` compatible with ``pronoun``'s gender."""
        want = "m" if pronoun in MALE else "f" if pronoun in FEMALE else None
        unknown = None
        for mention in reversed(self.mentions):
            if mention.start >= before or mention.label != "PERSON":
                continue
            gender = self.gender.get(mention.name)
            if want is None or gender == want:
                return mention.name
            if gender is None and unknown is None:
                unknown = mention.name
            if before - mention.start > GENDER_WINDOW and unknown is not None:
                break
        # Nobody recent is known to match: the last person whose gender is unknown.
        return unknown

    def last_org(self, before: int, noun: str | None = None) -> str | None:
        """The last organisation named before ``before`` (whose name holds ``noun`` when given)."""
        for mention in reversed(self.mentions):
            if mention.start >= before or mention.label != "ORG":
                continue
            if noun and noun not in {_key(w) for w in mention.name.split()}:
                continue
            if noun is None and mention.name in self.media:
                continue
            return mention.name
        return None

    def described(
        self, head: str, modifiers: set[str], before: int, label: str = "PERSON", by_head: bool = False
    ) -> str | None:
        """The entity the article describes with ``head`` and ``modifiers`` (stems), latest first;
        with ``by_head``, only one described with ``head`` itself."""
        best = None
        for mention in reversed(self.mentions):
            if mention.label != label or mention.start >= before:
                continue
            words = self.descriptors.get(mention.name, set())
            head_hit = stem(head) in words
            modifier_hits = len(modifiers & words)
            if not head_hit and (by_head or not modifier_hits):
                continue
            score = 2 * modifier_hits + head_hit
            if best is None or score > best[0]:
                best = (score, mention.name)
        return best[1] if best else None


_ENTITY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "ORG", "NORP": None}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# Words that make a name an organisation's or a place's, never a person's surname form.
_NOT_PERSON_WORDS = frozenset(
    "centre center university college school hospital canada company inc ltd corp party "
    "association union council ministry department agency court city county province state "
    # a nationality opens a show's or a firm's name, no person's ("American Idol" beside "Pop
    # Idol", which the recogniser took for a person); not "English", "French", "Welsh": surnames
    "american british canadian chinese russian indian australian european african mexican japanese".split()
)


def name_start(doc: Doc, start: int, end: int) -> int:
    """Where the name in the person entity ``doc[start:end]`` begins: past a verb or a word
    the recogniser took in ("Knowing Bardos was a fan") and past a role at the head of a
    sentence ("Organizer Dwayne Croteau")."""
    while start < end - 1 and (
        doc[start].pos_ in ("VERB", "ADV", "ADP", "SCONJ", "AUX") or doc[start].lower_ in ROLE_NOUNS
    ):
        start += 1
    return start


def _picked_up_as_person(ent: Span) -> bool:
    """True when ``ent`` is a clause's subject and the rest of its sentence refers back to it
    as "he" or "she" before any other name comes up."""
    if ent.root.dep_ not in SUBJECT_DEPS:
        return False
    for token in ent.doc[ent.end : ent.root.sent.end]:
        if token.ent_type_ in ("PERSON", "ORG"):
            return False
        if token.lower_ in ("he", "she"):
            return True
    return False


def _role_apposition(ent: Span) -> bool:
    """True for an apposition naming a person's role that the recogniser took for a name
    ("Jim Eglinski, Yellowhead MP, said"): it ends on a role noun and describes a person."""
    root = ent.root
    return (
        root.dep_ == "appos"
        and root.head.ent_type_ == "PERSON"
        and root.head.i < ent.start
        and ent[-1].lower_ in ROLE_NOUNS
    )


def build_registry(doc: Doc) -> Registry:
    """The registry of names of one parsed article."""
    from spacy.tokens import Span

    registry = Registry()
    surface_counts: Counter = Counter()
    person_votes: Counter = Counter()
    other_votes: Counter = Counter()
    entities = []
    place_votes: Counter = Counter()
    text = doc.text  # Doc.text joins every token anew on each call
    for ent in doc.ents:
        if ent.label_ in _PLACE_LABELS:
            place_votes[_key(clean_name(ent.text))] += 1
        label = _ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        if label == "PERSON" and _role_apposition(ent):
            continue  # "Jim Eglinski, Yellowhead MP, said": the MP is Eglinski, no second person
        if label == "PERSON":
            # "Knowing Bardos was a fan": a verb the recogniser took in is no part of the name.
            start = name_start(doc, ent.start, ent.end)
            if start > ent.start:
                ent = Span(doc, start, ent.end, label=ent.label_)
        name = clean_name(ent.text, titles=label == "PERSON")
        if not name or not any(c.isupper() for c in name):
            continue
        if "/" in text[max(0, ent.start_char - 6) : ent.end_char + 3]:
            # a photo credit ("Tijana Martin / The Canadian Press"), or a caption run into one
            # ("… / The Canadian Press Anne Marie Cerato and …"), quotes nobody
            continue
        entities.append((ent, name, label))
        surface_counts[name] += 1
        # "Cerato said she had just passed": a subject that "she" or "he" picks up is a person,
        # whatever the recogniser called it.
        person = label == "PERSON" or _picked_up_as_person(ent)
        (person_votes if person else other_votes)[_key(name)] += 1
    # Longest surface forms first, so a shorter form maps onto the fullest one.
    surfaces = sorted(surface_counts, key=lambda s: (-len(s.split()), -surface_counts[s]))
    label_of: dict[str, str] = {}
    for _ent, name, _label in entities:
        # spaCy's small model calls some places people and some people places:
        # the article's majority vote decides.
        key = _key(name)
        label_of[name] = "PERSON" if person_votes[key] > other_votes[key] else "ORG"
    _given_name_persons(label_of, person_votes)
    _person_surnames(label_of)
    for surface in surfaces:
        words = {_key(w) for w in surface.split()}
        target = surface
        for longer in registry.names.values():
            if label_of.get(longer) != label_of.get(surface):
                continue
            longer_words = {_key(w) for w in longer.split()}
            if words < longer_words and _surname_compatible(surface, longer):
                target = longer
                break
        registry.names[surface] = target
        registry.labels.setdefault(target, label_of[surface])
        place = place_votes[_key(surface)] > person_votes[_key(surface)]
        if target == surface and place and label_of[surface] != "PERSON":
            registry.places.add(target)
    for ent, name, _ in entities:
        canonical = registry.names[name]
        registry.frequency[canonical] += 1
        subject = ent.root.dep_ in SUBJECT_DEPS
        registry.mentions.append(Mention(ent.start_char, canonical, registry.labels[canonical], subject))
        _describe(registry, ent, canonical)
    _genders(registry, doc)
    return registry


def _given_name_persons(label_of: dict[str, str], person_votes: Counter) -> None:
    """A name the recogniser calls an organisation is a person's when it opens on a common
    given name and the article picks it, or its last word, up as "he" or "she" somewhere
    ("Anne Marie Cerato" … "Cerato said she had just passed"). Both are needed: a firm
    named after its founder ("Tim Hortons") is never "she"."""
    for name, label in label_of.items():
        words = name.split()
        if label == "PERSON" or not 2 <= len(words) <= 3:
            continue
        keys = [_key(w) for w in words]
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        if set(keys) & _NOT_PERSON_WORDS:
            continue
        if keys[0] not in lexicon.MALE_GIVEN_NAMES | lexicon.FEMALE_GIVEN_NAMES:
            continue
        if person_votes[_key(name)] or person_votes[keys[-1]]:
            label_of[name] = "PERSON"


def _person_surnames(label_of: dict[str, str]) -> None:
    """A name sharing its last word with a person's name is a person too.

    spaCy's small model tags a bare surname (``Lotayef said``) or a relative's
    name (``Megda Belkacemi`` beside ``Khaled Belkacemi``) as an organisation
    now and then; the article's own full names of people overrule it.
    """
    # A bare surname the recogniser called a person ("Cerato said") vouches for the full
    # name it called an organisation ("Anne Marie Cerato") as much as the other way round.
    surnames = {_key(name.split()[-1]) for name, label in label_of.items() if label == "PERSON"}
    for name, label in label_of.items():
        words = [_key(w) for w in name.split()]
        if (
            label != "PERSON"
            and 0 < len(words) <= 3
            and words[-1] in surnames
            and not set(words) & _NOT_PERSON_WORDS
            and all(w[:1].isupper() for w in name.split())
        ):
            label_of[name] = "PERSON"


def _surname_compatible(short: str, long: str) -> bool:
    """``Zelensky`` is a short form of ``Volodymyr Zelensky``; ``Donald`` of ``Donald Trump`` too."""
    short_words = [_key(w) for w in short.split()]
    long_words = [_key(w) for w in long.split()]
    return short_words[-1] == long_words[-1] or short_words == long_words[: len(short_words)]


def _describe(registry: Registry, ent, canonical: str) -> None:
    """Collect the words the article uses to describe ``ent``: its noun phrase and appositions."""
    doc = ent.doc
    words = registry.descriptors[canonical]
    # Words just before the name in its noun phrase: "Chinese President Xi Jinping",
    # "his Ukrainian counterpart Volodymyr Zelensky", "state television CCTV".
    raw: set[str] = set()
    i = ent.start - 1
    steps = 0
    while i >= 0 and steps < 5 and doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "DET", "PRON", "PART", "NUM"):
        if doc[i].pos_ in ("ADJ", "NOUN", "PROPN"):
            words.add(stem(doc[i].text))
            raw.add(doc[i].lower_)
        i -= 1
        steps += 1
    root = ent.root
    related = [root.head] if root.dep_ == "appos" else []
    related += [child for child in root.children if child.dep_ == "appos"]
    for token in related:
        if token.i in range(ent.start, ent.end):
            continue
        for t in token.subtree:
            if (
                t.pos_ in ("ADJ", "NOUN", "PROPN")
                and not (ent.start <= t.i < ent.end)
                and abs(t.i - root.i) < 12
            ):
                words.add(stem(t.text))
                raw.add(t.lower_)
    lowered = {w.lower() for w in ent.text.split()}
    if ent.label_ != "PERSON" and (raw & MEDIA_NOUNS or lowered & MEDIA_NOUNS):
        registry.media.add(canonical)
    first = _key(ent.text.split()[0]) if ent.text.split() else ""
    title = (
        first
        if first in _MALE_TITLES | _FEMALE_TITLES
        else _key(doc[ent.start - 1].text)
        if ent.start > 0
        else ""
    )
    if title in _MALE_TITLES:
        registry.gender.setdefault(canonical, "m")
    elif title in _FEMALE_TITLES:
        registry.gender.setdefault(canonical, "f")


def _genders(registry: Registry, doc: Doc) -> None:
    """Guess each person's gender from the pronouns that follow their mentions."""
    votes: dict[str, Counter] = defaultdict(Counter)
    persons = [m for m in registry.mentions if m.label == "PERSON"]
    starts = [m.start for m in persons]
    for n, mention in enumerate(persons):
        limit = starts[n + 1] if n + 1 < len(starts) else len(doc.text)
        span = doc.char_span(mention.start, min(limit, mention.start + 300), alignment_mode="contract")
        if span is not None:
            # Only the rest of the mention's own sentence: a later "she said" may be anyone's.
            sentence_end = doc[span.start].sent.end
            span = doc[span.start : min(span.end, sentence_end)]
        if span is None:
            continue
        for token in span:
            lower = token.lower_
            if lower in MALE:
                votes[mention.name]["m"] += 1
                break
            if lower in FEMALE:
                votes[mention.name]["f"] += 1
                break
    for name, count in votes.items():
        if name in registry.gender:
            continue
        (top, top_n), *rest = [*count.most_common(), ("", 0)]
        if top and top_n > 2 * (rest[0][1] if rest else 0):
            registry.gender[name] = top
    # Last, a common given name: weaker than a title or the article's own pronouns.
    for name, label in registry.labels.items():
        words = name.split()
        if label != "PERSON" or name in registry.gender or len(words) < 2:
            continue
        if not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
            continue  # "Bill C-74" is a bill, not a Bill
        first = _key(words[0])
        if first in lexicon.MALE_GIVEN_NAMES:
            registry.gender[name] = "m"
        elif first in lexicon.FEMALE_GIVEN_NAMES:
            registry.gender[name] = "f"


def mention_head(token: Token) -> Token:
    """The token naming the speaker: a name wins over a role ("his spokesman, Name", "his friend Name")."""
    if token.pos_ == "PROPN":
        return token
    clause = min((c.i for c in token.rights if c.dep_ in ("relcl", "acl")), default=len(token.doc))
    named = [
        c
        for c in token.children
        if c.i < clause  # "the resident, who sold his comic The Undead Soldier": not the speaker
        and c.dep_ in ("appos", "compound", "nmod")
        and c.ent_type_ in ("PERSON", "ORG")
    ]
    # "Vauxhall’s U.K. managing director Stephen Norman": the person, not the firm before him
    for label in ("PERSON", "ORG"):
        for child in named:
            if child.ent_type_ == label:
                return child
    for child in token.children:
        if child.i > clause:
            break
        if (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child.i - token.i == 2
            and token.lower_ in KIN_NOUNS | ROLE_NOUNS
        ):
            # "Wise’s dad, Darrin": a relative or role named right after a comma, whatever
            # label the recogniser gave the name.
            return child
    return token


def mention_text(token: Token) -> str:
    """The name (compounds and flat parts) around a proper-noun token."""
    if token.ent_type_ and token.ent_iob_ != "O":
        # the entity around the token, read off its IOB tags (doc.ents builds every span anew)
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if token.ent_type_ == "PERSON":
            start = min(name_start(doc, start, end), token.i)
        return doc[start:end].text
    left = token.i
    while (
        left > 0 and token.doc[left - 1].dep_ in ("compound", "flat") and token.doc[left - 1].pos_ == "PROPN"
    ):
        left -= 1
    return token.doc[left : token.i + 1].text

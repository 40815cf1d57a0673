"""Is a cut faithful? Checks on a shortened sentence next to the sentence it was cut from.

briefgen shortens sentences only by deleting words. A deletion can still change what is
said: a predicate loses the complement that completes it ("involved [in a crash]",
"£50bn [in losses]", "fell [to a record low]", "one gigabit [a second]"), a claim loses its
source (", police said", "according to the inquiry"), a kept word leans on a cut one (a
subject on its cut verb), a headline loses the condition that makes its claim conditional,
or a quote loses a mark. The engine runs these checks on every cut it makes and keeps the whole
sentence when one fails; ``bench/lint.py`` runs them on every brief.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..analyse.sentences import TITLES
from ..lexicon import CIVIC_NOUNS, FINITE_TAGS, POINTING_ORG_NOUNS
from .alignment import cut_offsets, headline_offsets, kept_indices
from .arguments import gift_cut
from .completions import COMPLEMENTS, cut_completion, quantity, words_after
from .joins import glued_across_a_cut, preposition_cut_between, subject_hung_elsewhere
from .meaning import changed_meaning
from .parse import main_verb, superlative
from .quote_marks import unpaired_quotes
from .referents import PERSON_NOUNS
from .source_cuts import claim_kept_above, misread_source

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# ---------------------------------------------------------------- mid-phrase

# Dependents that need their head: kept without it, they dangle.
_LEANING = frozenset(
    "det poss amod compound nummod quantmod aux auxpass neg mark cc case predet nmod prep "
    "advmod npadvmod".split()
)
# Dependents that open a clause: kept while the clause's verb is cut, they leave it open.
_CLAUSE_OPENERS = frozenset("nsubj nsubjpass csubj mark aux auxpass".split())
# Verbs that cannot end a statement without what they take ("Levine knows", "Police say").
_NEEDS_WHAT = frozenset(
    "know think believe realise realize decide learn hope expect want wish prefer understand "
    "discover fear say tell claim allege insist suggest reveal admit deny announce confirm "
    "conclude find estimate warn argue".split()
)
# First words of a preposition of two words ("thanks to", "ahead of", "apart from").
_PREPOSITION_STARTS = frozenset(
    "thanks due ahead according because instead prior regardless owing apart out".split()
)


def mid_phrase(sentence: Span, kept_offsets: Sequence[int]) -> str | None:
    """Why a text made of the words at ``kept_offsets`` of ``sentence`` ends mid-phrase, or None."""
    doc = sentence.doc
    kept = kept_indices(doc, kept_offsets)
    after = words_after(sentence, kept)
    if after is None:
        return None
    last, tail, near = after
    tail_ids = {t.i for t in tail}
    if last.ent_iob_ in ("B", "I") and tail[0].i == last.i + 1 and tail[0].ent_iob_ == "I":
        return f"cut inside the name {last.text!r} {tail[0].text!r}"  # "his book, Child Promise Me."
    if last.dep_ in _LEANING and last.head.i in tail_ids and last.dep_ != "advmod":
        return f"{last.text!r} ({last.dep_}) leans on the cut {last.head.text!r}"
    if last.pos_ == "NOUN" and last.dep_ == "conj" and last.head.pos_ == "VERB" and tail[0].head == last:
        # a noun cannot be a verb's conjunct: "…in 2004, figures [from the ministry show]" of a
        # sentence whose "show" the parser read as a noun
        return f"cut the rest of the misparsed clause of {last.text!r}"
    if last.lower_ in _PREPOSITION_STARTS and tail[0].lower_ in ("to", "of", "from", "with"):
        return f"ends inside the preposition {last.text!r} {tail[0].text!r}"
    if last.dep_ == "prep" and last.lower_ != "according" and not any(c.i in kept for c in last.children):
        return f"ends on the preposition {last.text!r}"
    # a clause cut after its subject or its "if": "…, if county that has been more correct
    # than any other [in its predictions] is correct" keeps "county" and "if" without "is"
    for i in sorted(kept):
        token = doc[i]
        if token.dep_ in _CLAUSE_OPENERS and token.head.i in tail_ids:
            return f"{token.text!r} ({token.dep_}) lost its verb {token.head.text!r}"
    if (
        last.pos_ == "VERB"
        and last.lemma_.lower() in _NEEDS_WHAT
        and any(c.i in kept for c in last.children if c.dep_ == "nsubj")  # active, not "than expected"
        and not any(c.i in kept for c in last.children if c.dep_ in COMPLEMENTS)
    ):  # "Alison Levine knows" (the parser hung "that boccia was the sport" on another verb),
        # "…would prefer" (it took "to march" for a preposition and its object)
        return f"{last.text!r} without what it {last.lemma_.lower()}s"
    why = gift_cut(doc, kept, tail)
    if why:
        return why
    for token in tail:  # "…high in sugar" of "high in sugar, salt and fat": a list cut short
        nominal = {token.head.pos_, token.pos_} <= {"NOUN", "PROPN", "ADJ", "NUM"}
        listed = any(c.dep_ == "cc" for c in (*token.head.children, *token.children))  # not an apposition
        if token.dep_ == "conj" and token.head.i in kept and nominal and listed:
            return f"cut the list after {token.head.text!r}"
    after = near[0] if near else None
    if after is not None and after.dep_ == "prep" and after.i == last.i + 1 and quantity(last):
        objects = [c for c in after.children if c.dep_ == "pobj"]
        if after.lower_ in ("in", "of", "per") and not any(o.ent_type_ in ("DATE", "TIME") for o in objects):
            return f"cut {after.text!r}… completing the quantity {last.text!r}"
    found = cut_completion(kept, near)
    if found:
        return found[1]
    return None


_REPORTING = frozenset(
    "say tell report claim allege state announce confirm accuse insist argue suggest believe "
    "add write warn reveal admit deny estimate find conclude testify tweet post "
    # a ruling, a forecast or an expectation is someone's: "…, the Speaker has ruled"; "…, analysts predict"
    "rule predict forecast expect".split()
)


def cut_source(sentence: Span, kept_offsets: Sequence[int]) -> str | None:
    """Why a text made of the words at ``kept_offsets`` of ``sentence`` states a claim whose
    source the cut removed, or None."""
    source = cut_source_token(sentence, kept_offsets)
    if source is None:
        return None
    if source.lower_ == "according":
        return f"cut {' '.join(t.text for t in source.subtree)!r}"
    subject = next(c for c in source.children if c.dep_ in ("nsubj", "nsubjpass"))
    return f"cut the source {subject.text!r} {source.text!r}"


def cut_source_token(sentence: Span, kept_offsets: Sequence[int]) -> Token | None:
    """The reporting verb or "according" whose claim the words at ``kept_offsets`` keep and
    whose source they cut, or None."""
    doc = sentence.doc
    kept = kept_indices(doc, kept_offsets)
    content = [doc[i] for i in kept if doc[i].is_alpha]
    first_kept = min(kept, default=sentence.start)
    for token in sentence:
        if token.i in kept:
            continue
        if token.i < first_kept - 12:
            continue  # a caption run into the sentence before the copy, not an attribution
        if token.lower_ == "according" and claim_kept_above(token, kept):
            return token
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _REPORTING and not _made_known(token):
            lo, hi = _dashes_around(sentence, token)  # set off by dashes, a source speaks for them only
            misread = misread_source(token)  # "…carriers, the firm's chief has told…": all it says
            claim = [t for t in content if (misread or token in t.ancestors) and lo < t.i < hi]
            subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(claim) >= 3 and subject and not any(c.i in kept for c in subject):
                return token
    return None


# Verbs that make a thing known, not vouch for it: "Jack Straw will visit Auschwitz, it has been announced".
_MAKE_KNOWN = frozenset("announce confirm".split())


def _made_known(verb: Token) -> bool:
    """True for an impersonal "it has been announced/confirmed": no one to name, and nothing
    that the words after it claim beyond what the announcement made so."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "expl")]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and verb.lemma_.lower() in _MAKE_KNOWN and all(c.lower_ == "it" for c in subjects)


def _dashes_around(sentence: Span, token: Token) -> tuple[int, int]:
    """The indices of the dashes setting off the aside ``token`` is in, else the sentence's bounds."""
    dashes = [t.i for t in sentence if t.text in ("--", "—", "–")]
    before, after = [i for i in dashes if i < token.i], [i for i in dashes if i > token.i]
    return (before[-1], after[0]) if before and after else (sentence.start - 1, sentence.end)


def source_label(token: Token) -> str | None:
    """The source of a claim as a headline label ("Central bank", "Researchers", "Roger
    Stone"), from its reporting verb or its "according": None when it is a pronoun, a body
    the sentences before named ("the firm", "the company"), or too long to be a label."""
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        head = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    else:
        head = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is not None and head.lower_ == "it" and token.lemma_.lower() == "report":
        passive = any(c.dep_ == "auxpass" for c in token.children)
        return "Reports" if passive else None  # "…, it has been reported"
    if head is None or head.pos_ in ("PRON", "NUM") or head.lower_ in _NO_LABELS:
        return None  # "One: Lib Dems are set…" of "one of their frontbenchers has predicted"
    if _points_back(head):
        return None  # "…, the firm has said": which firm, a label cannot say
    publisher = _publisher(head)
    if publisher is not None:
        return publisher
    person = next((e for e in head.doc.ents if e.start <= head.i < e.end and e.label_ == "PERSON"), None)
    if person is not None and person.end - 1 == head.i and 2 <= len(person) <= 4:
        return person.text  # "Foreign Secretary Jack Straw" → "Jack Straw"; titles make labels long
    words = [
        t
        for t in head.subtree
        if t.i <= head.i
        and t.dep_ not in ("det", "poss", "punct", "case")
        and not t.is_space
        and not (t.dep_ == "amod" and t.lower_ in _NEWNESS and not t.ent_type_)  # not "New York Times"
    ]
    if len(words) > 4:
        words = [t for t in head.children if t.dep_ == "compound" and t.i < head.i] + [head]
    label = " ".join(t.text for t in words)
    after = head.doc[head.i + 1 : head.i + 3]
    if len(after) == 2 and after[0].text == "-" and not head.whitespace_ and not after[0].whitespace_:
        label += "-" + after[1].text  # "co-chairman", which the parser split at its hyphen
    return label[:1].upper() + label[1:] if label else None


# Sources named by what kind of body they are; "the police", "the government" label well.
_BODY_NOUNS = POINTING_ORG_NOUNS - CIVIC_NOUNS


def _points_back(head: Token) -> bool:
    """True for a source that is "the firm", "the company", "this group": a body the
    sentences before named, which a label cannot; nor one person told of by a description
    ("says the bow-tied maverick", review 134), not a body ("the watchdog")."""
    children = list(head.children)
    pointed = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children)
    amods = [c for c in children if c.dep_ == "amod" and c.i < head.i and not c.ent_type_]
    hyphened = any(head.doc[c.i - 1].text == "-" for c in amods)  # "bow-tied", not "British"
    described = head.tag_ == "NN" and not head.ent_type_ and head.lower_ not in _BODY_NOUNS | _DOCUMENTS
    described = described and amods and (hyphened or head.lemma_.lower() in PERSON_NOUNS)
    return pointed and (
        described
        or (head.lower_ in _BODY_NOUNS and not any(c.dep_ in ("compound", "amod") for c in children))
    )


# Subjects that count their source without naming it.
_NO_LABELS = frozenset("one some many several most few others both all".split())
# Documents whose source is who published them: "a new article in Politico" is Politico's.
_DOCUMENTS = frozenset(
    "article report story review study survey poll analysis paper document statement "
    "investigation audit research".split()
)
# Adjectives that date a source rather than name it: "a new survey" is the survey.
_NEWNESS = frozenset({"new", "latest", "recent"})


def _publisher(head: Token) -> str | None:
    """The name that published the document ``head`` ("article in Politico", "report
    from the Center for Immigration Studies"), or None when it names none (or a long one)."""
    if head.lemma_.lower() not in _DOCUMENTS:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "by", "from"):
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("ORG", "GPE", "PERSON"):
            continue
        entity = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
        words = [t.text for t in entity if not (t.i == entity.start and t.lower_ == "the")] if entity else []
        if 0 < len(words) <= 5:
            return " ".join(words)
    return None


def unfaithful_cut(sentence: Span, text: str) -> str | None:
    """Why ``text``, cut from ``sentence``, says something the sentence does not (or reads
    broken), or None: its words are not the sentence's in order, its quote marks do not pair
    up, it ends mid-phrase, or it keeps a claim without its source. A word the sentence has
    twice is read as whichever one makes a faithful cut (:func:`cut_offsets`)."""
    offsets = cut_offsets(sentence, text, _unfaithful_at)
    if offsets is None:
        return "not a deletion"
    if _STRAY_MARK.search(text):
        return "a quote mark left alone"  # "It wasn't long [before … like that]', reports…"
    return unpaired_quotes(text) or _unfaithful_at(sentence, offsets)


def _unfaithful_at(sentence: Span, offsets: Sequence[int]) -> str | None:
    kept = kept_indices(sentence.doc, offsets)
    return (
        mid_phrase(sentence, offsets)
        or cut_source(sentence, offsets)
        or _split_off(sentence, kept)
        or _one_of_a_pair(sentence, kept)
        or _relative_cut_off(sentence, kept)
        or changed_meaning(sentence, kept)
    )


def _relative_cut_off(sentence: Span, kept: set[int]) -> str | None:
    """Why a cut that keeps a "whose", "which" or "who" and takes the noun right before it
    changes what is said, or None: "Obama made the comments [just before ending a three-day
    trip to Vietnam,] whose high point was an announcement…" (review 119) gave the trip's high
    point to the comments. The parser hung the clause elsewhere; it is the noun's. Not when
    the cut noun modified the kept one before it ("A spokesman[ for the company], who…")."""
    for token in sentence:
        if token.i not in kept or token.lower_ not in ("whose", "which", "who", "whom"):
            continue
        before = token.i - 1 - (token.i - 1 >= sentence.start and sentence.doc[token.i - 1].text == ",")
        noun = sentence.doc[before] if before >= sentence.start else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i in kept:
            continue
        # "A spokesman [for the company], who…": the cut noun modified the kept one, whose
        # clause it stays
        last = next((sentence.doc[i] for i in range(noun.i - 1, sentence.start - 1, -1) if i in kept), None)
        if last is None or last not in noun.ancestors:
            return f"cut {noun.text!r}, which the kept {token.text!r} stands for"
    return None


def _one_of_a_pair(sentence: Span, kept: set[int]) -> str | None:
    """Why a cut that takes one of two things the kept words count changes what is said, or
    None: "erase the double disappointment of the Athens Olympics, where she failed to finish
    the marathon [and then the 10,000m]" (review 114) left one disappointment."""
    if not any(sentence.doc[i].lower_ in _PAIR_WORDS for i in kept):
        return None
    for token in sentence:
        if token.dep_ == "conj" and token.head.i in kept and not any(t.i in kept for t in token.subtree):
            return f"cut {token.text!r}…, one of the two the sentence counts"
    return None


_PAIR_WORDS = frozenset("double twin dual".split())  # not "both", which "both … and" keeps itself


def _split_off(sentence: Span, kept: set[int]) -> str | None:
    """Why a cut that takes the whole of a phrase the parser split off as a sentence of its own
    changes what is said, or None: "clashed on Thursday with Sunderland [No campaigner Neil
    Herron]" (review 112) made the town the opponent. The parser's second root in a sentence
    is the rest of a phrase the first one leaves open."""
    for root in sentence:
        if root.head == root and root != sentence.root and root.i > sentence.root.i:
            words = [t for t in root.subtree if t.is_alpha]
            if words and not any(t.i in kept for t in words):
                return f"cut {root.text!r}…, the rest of a phrase the parser split off"
    return None


# or an opening one its closing mark never follows: "'Last night absolutely horrendous" (review 53)
_STRAY_SINGLE = re.compile(r"(?:^|\s)[‘’](?:\s|$)|^[‘'](?=[^\W\d])(?!.*[\w,.!?][’'](?:\W|$))", re.DOTALL)
# A mark with a space before it and a space or a comma after: its quote went with a cut.
_STRAY_MARK = re.compile(r"\s['‘’\"“”](?=[\s,;:]|[.!?]?$)")

# A full stop after a word, then a capital: a sentence ends inside the headline.
_INNER_STOP = re.compile(r"\b([A-Z]?[a-z]+)\. [A-Z]")
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split())


def unfaithful_headline(sentence: Span, headline: str) -> str | None:
    """Why a headline cut from ``sentence`` reads broken or unfaithful, or None: it ends on a
    word that needs more, mid-phrase, or keeps a claim whose source it cut ("Source: claim"
    keeps it). Headline tense and dropped articles are allowed (aligned loosely)."""
    from .wording import ends_dangling

    if ends_dangling(headline) or unpaired_quotes(headline):
        return "ends on a word that needs more" if ends_dangling(headline) else "unpaired quote marks"
    if _STRAY_SINGLE.search(headline):
        return "a single quote mark left alone"  # "video of himself ’ Dan Blizerian": its quote was cut
    stop = _INNER_STOP.search(headline)
    if stop and stop.group(1) not in TITLES and stop.group(1)[:3] not in _MONTHS:
        return "two sentences in one"  # "Big Ben. Suffolk black lamb Jean seven years old"
    offsets = headline_offsets(sentence, headline)
    if not offsets:
        return None
    kept = kept_indices(sentence.doc, offsets)
    why = (
        mid_phrase(sentence, offsets)
        or changed_meaning(sentence, kept)
        or _cut_in_headline(sentence, offsets)
        or _opens_on_a_bare_preposition(sentence, headline, kept)
        or glued_across_a_cut(sentence, headline, kept)
        or preposition_cut_between(sentence, kept)
        or subject_hung_elsewhere(sentence, kept)
    )
    if why is None and ":" not in headline:
        why = cut_source(sentence, offsets)
    return why


def _opens_on_a_bare_preposition(sentence: Span, headline: str, kept: set[int]) -> str | None:
    """Why a headline that opens on a preposition whose object it cut reads broken, or None:
    "At Elizabeth Warren said…" of "Saturday at the … convention Sen. Elizabeth Warren said…"
    (the parser hung the name off the convention, and "at" kept only it)."""
    opening = sentence.doc[min(kept)] if kept else None
    if opening is None or headline.split(maxsplit=1)[0].lower() != opening.lower_ or opening.dep_ != "prep":
        return None
    objects = [c for c in opening.children if c.dep_ == "pobj"]
    if opening.i + 1 in kept or not objects or any(o.i in kept for o in objects):
        return None
    return f"opens on {opening.text!r} without its object"


# Verbs that say little without what follows them: "so it should come [as no surprise]".
_LIGHT_VERBS = frozenset("come go be become seem remain get make take have do put look feel appear".split())


def _cut_in_headline(sentence: Span, kept_offsets: Sequence[int]) -> str | None:
    """Why a headline cut is too deep for a headline, or None: it drops the main verb, or ends on
    a light verb whose complement went ("…favourite pastime, so it should come" of "come as no surprise that…")."""
    doc = sentence.doc
    kept = kept_indices(doc, kept_offsets)
    root = sentence.root
    statement = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")] + list(root.conjuncts)
    # a caption glued on before the sentence may hold the root's conjunct: not this sentence's
    statement = [c for c in statement if sentence.start <= c.i < sentence.end]
    if (
        root.pos_ == "VERB"
        and root.lemma_ != "be"
        and root.i not in kept
        and not any(c.left_edge.i <= i <= c.right_edge.i for c in statement for i in kept)
    ):
        # "After exposing security risks with in-flight systems" of "…, one of the top experts
        # was pulled off a flight": an aside without the statement it belongs to (the claim
        # of a "said" may stand without it: cut_source sees to its source)
        return f"cut the main verb {root.text!r}"
    verbless = main_verb(sentence, kept) is None and not copula_dropped(sentence, kept)
    statements = [
        t
        for t in sentence
        if t.dep_ in ("ROOT", "ccomp") and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _REPORTING
    ]
    nominal_root = sentence.root.pos_ not in ("VERB", "AUX")
    finite = (
        [t for t in sentence if t.tag_ in FINITE_TAGS and t.lemma_.lower() not in _REPORTING]
        if nominal_root
        else []
    )
    if nominal_root and not any(t.i in kept and not _describes(t) for t in finite):
        # "Makers of computer programs" of "The makers of computer programs that… could face
        # hefty fines": the parser rooted the sentence on its subject, and the cut kept none
        # of its finite verbs, so none of what it states
        statements += finite
    if verbless and any(t.i not in kept for t in statements):
        # "Middle-aged Canadians who have had heart attack" of "TORONTO -- Middle-aged
        # Canadians who… are less likely to be working": the parser took the dateline for
        # the subject, and every verb of the statement went with it
        return "kept no main verb"
    for i in kept:  # "…paperboy [when he saw] that Buddy Holly": a "that" without its clause's verb
        mark = doc[i]
        # (a name is no clause's head: the parser lost the verb to another sentence)
        if mark.dep_ == "mark" and (mark.head.i not in kept or mark.head.pos_ == "PROPN"):
            return f"kept {mark.text!r} without the verb of its clause"
    for i in kept:  # "biggest lamb [ever born in this country]": a superlative without its range
        noun = doc[i]
        if noun.pos_ in ("NOUN", "PROPN") and superlative(noun):
            # a participle straight after it ("ever born here"); not an aside after a comma
            # ("earnings, helped by…") or a clause about the thing ("device which has…")
            scope = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ == "acl"
                    and c.i not in kept
                    and c.i > noun.i
                    and not any(t.is_punct for t in doc[noun.i : c.left_edge.i])
                ),
                None,
            )
            if scope is not None:
                return f"cut the range {scope.text!r}… of the superlative {noun.text!r}"
    for i in kept:  # "Fresh [from scoring goals] 99": an adjective without what completes it
        adjective = doc[i]
        # only one whose noun comes after its complement (the parser hung an opening
        # "Fresh from…," on a noun of the clause): "fit [for Saturday's game]" may go
        opening = adjective.dep_ == "amod" and adjective.head.i > adjective.i + 1
        if opening and adjective.pos_ == "ADJ" and adjective.i + 1 not in kept:
            cut = doc[adjective.i + 1]
            if cut.dep_ == "prep" and cut.head == adjective and not any(c.i in kept for c in cut.subtree):
                return f"cut {cut.text!r}… completing {adjective.text!r}"
    words = [i for i in kept if doc[i].is_alpha]
    last = doc[max(words)] if words else None
    light = last is not None and last.lemma_.lower() in _LIGHT_VERBS
    if light and last.pos_ in ("VERB", "AUX"):
        cut = [
            c
            for c in last.children
            if c.i > last.i and c.i not in kept and c.dep_ in COMPLEMENTS | {"prep", "advcl"}
        ]
        if cut:
            return f"ends on {last.text!r} without its {cut[0].text!r}"
    return None


def _describes(verb: Token) -> bool:
    """True for a verb (or its auxiliary) in a relative clause: it describes a noun and states
    nothing of its own ("A jilted lover who sent… [has been jailed]")."""
    token = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "relcl"


def copula_dropped(sentence: Span, kept: set[int]) -> bool:
    """True when the kept words are a "be" clause whose "is" headline style dropped:
    "Rivertown father in stable condition" of "…father is in stable condition"."""
    for token in sentence:
        if token.lemma_ != "be" or token.i in kept:
            continue
        parts = [c for c in token.children if c.i in kept]
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in parts) and any(
            c.dep_ in ("attr", "acomp", "prep", "advmod", "oprd") for c in parts
        ):
            return True
    return False

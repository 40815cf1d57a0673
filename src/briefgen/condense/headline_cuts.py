"""Where a headline may be shortened: which phrases can go, and where a headline that is
still too long may end.

A headline is a set of kept token indices over the lead's parse (:mod:`briefgen.condense.headline`
builds it); the functions here take phrases out of that set or find the longest prefix of it
that still ends after whole phrases. Every one refuses a cut that would change who did what:
an argument, a negation, a condition, a name, or the phrase a noun means by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    ARGUMENT_PREPS,
    CLAUSE_SUBJECT_DEPS,
    CONDITIONS,
    DANGLING,
    MODIFIER_DEPS,
    NEGATIONS,
    PARTITIVE_NOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    VERB_POS,
)
from .joins import comma_repairs, label_colon, reporter_comma, stray_marks
from .meaning_words import one_that_exists
from .parse import has_to, main_verb, pronoun_may_point_into, superlative, town_region_noun, word_count
from .source_cuts import misread_source
from .trimming import exposes_attachment, inside_word
from .wording import (
    cut_words,
    ends_dangling,
    finish_sentence,
    inside_quotes,
    kept_quote_marks,
    marks_balanced,
    mend_quotes,
    orphaned_single_marks,
    quote_around,
    quote_elisions,
    quote_ends_after,
    render_kept,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Words of an opening phrase that sets its statement in the past, not in the news.
_LONG_AGO = frozenset("ago century centuries decades era history historically".split())


def leading_clause(span: Span, keep: set[int]) -> set[int]:
    """A clause or phrase before the subject ("As Trump prepared to speak, a girl was
    pepper-sprayed" → "Girl pepper-sprayed", "One month after announcing support for
    Trump, Marco Rubio believes…"); kept when the subject is a pronoun that needs
    it ("Ever since Sanders announced, he has said…") and when it is a condition."""
    verb = main_verb(span, keep)
    if verb is None:
        return set()
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON":
        return set()
    opening = min(keep, default=span.start)
    for child in verb.children:
        # "In what might be the first time they have ever agreed, …": the parser made the phrase's
        # verb a complement of the main one, with "In" under it (not "…, said a World Bank report")
        opened_by_prep = child.dep_ == "ccomp" and child.left_edge.dep_ == "prep" and subject.i < verb.i
        # "[A few weeks ahead of the New York Primary,] Clinton's campaign says…"
        ahead_of = child.dep_ == "advmod" and any(c.dep_ == "prep" for c in child.children)
        leading = child.dep_ in ("advcl", "prep", "npadvmod") or opened_by_prep or ahead_of
        if not leading or child.i > subject.i or child.i not in keep:
            continue
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in child.children):
            continue  # "Unless creditors agree…, Greece will default" is not "Greece will default"
        if child.lower_ in CONDITIONS:
            continue  # "Provided that…"
        subtree = {t.i for t in child.subtree}
        last = max(subtree)
        set_off = min(subtree) <= opening and last + 1 < span.end and span.doc[last + 1].text == ","
        safe = not subtree & inside_quotes(span) and not any(span.doc[i].lower_ in NEGATIONS for i in subtree)
        # "Following World War One, the US Postal Service began…": history, which the
        # headline's present tense would make news
        past = any(span.doc[i].ent_type_ == "EVENT" or span.doc[i].lower_ in _LONG_AGO for i in subtree)
        if set_off and safe and not past:
            return subtree | {last + 1}
    return set()


def is_dangling(token: Token) -> bool:
    """A word a headline cannot end on; "her" only as a possessive ("should disqualify her")."""
    return token.lower_ in DANGLING and not (token.lower_ == "her" and token.tag_ == "PRP")


def keep_ends_dangling(span: Span, keep: set[int]) -> bool:
    """True when the last kept word is one a headline cannot end on (or nothing is kept)."""
    last = next((span.doc[i] for i in sorted(keep, reverse=True) if not span.doc[i].is_punct), None)
    return last is None or is_dangling(last)


def headline_text(span: Span, keep: set[int], words: dict[int, str]) -> str:
    """The kept words as a headline: ``words`` replace some, no full stop, quotes paired."""
    # an option is rendered again each time it is ranked or checked (11 times on average on
    # CNN/DM), so the text is kept with the parse it comes from
    # (tuples, which spaCy can serialise with the doc's user data)
    key = ("briefgen.headline_text", span.start, span.end, tuple(sorted(keep)), tuple(sorted(words.items())))
    memo = span.doc.user_data
    if key not in memo:
        memo[key] = _rendered(span, keep, words)
    return memo[key]


def _rendered(span: Span, keep: set[int], words: dict[int, str]) -> str:
    keep = keep | kept_quote_marks(span, keep)  # "…are 'good'" of "…are 'good';"
    elided, stray = quote_elisions(span, keep, words)
    gone = stray | orphaned_single_marks(span, keep) | stray_marks(span, keep)
    words, keep = {**words, **elided}, keep - gone
    words = comma_repairs(span, keep, reporter_comma(span, keep, label_colon(span, keep, words)))
    text = finish_sentence(render_kept(span, keep, words=words)).rstrip(".").rstrip(" ,;:-–—")
    text = mend_quotes(text, quote_ends=quote_ends_after(span, keep))
    return text[:1].upper() + text[1:]


# Words that need what follows them more than a noun needs its modifiers.
_NEEDY = frozenset({"VERB", "AUX", "ADV", "ADJ", "ADP"})


def drop_noun_modifier(span: Span, keep: set[int]) -> set[int] | None:
    """``keep`` without the longest modifier of a noun ("with plants in South Africa, including …")."""
    quoted = inside_quotes(span)
    options = []
    for token in span:
        if token.i not in keep or token.dep_ not in ("prep", "acl", "relcl", "appos"):
            continue
        if token.head.pos_ not in ("NOUN", "PROPN") or token.head.i not in keep or token.i < token.head.i:
            continue
        subtree = {t.i for t in token.subtree} & keep
        if any(span.doc[i].lower_ in NEGATIONS for i in subtree) or subtree & quoted:
            continue
        if not _droppable_noun_modifier(span, token, subtree, keep) or inside_word(span, subtree):
            continue
        if exposes_attachment(span, keep, subtree):
            continue
        first, last = min(subtree), max(subtree)
        if first - 1 in keep and span.doc[first - 1].text == ",":
            subtree.add(first - 1)
            if last + 1 in keep and span.doc[last + 1].text == ",":
                subtree.add(last + 1)
        options.append(subtree)
    options = [o for o in options if word_count(span, keep - o) >= 3]
    return keep - max(options, key=len) if options else None


def _droppable_noun_modifier(span: Span, token: Token, subtree: set[int], keep: set[int]) -> bool:
    """Whether a noun's modifier can go without changing who did what: not an argument
    ("merger of Gazprom and Rosneft", "worries about the campaign", "refusal to disavow"),
    not a name ("in Washington, Sen. Lindsey Graham" misparsed), not a subject, not a
    phrase a kept pronoun points into ("mobiles with cameras in them")."""
    doc = span.doc
    if token.dep_ == "prep" and token.lower_ in _NOUN_ARGUMENT_PREPS:
        return False
    if misread_source(token):
        return False  # "…carriers[, the firm's chief has told BBC News]": the claim's source
    if token.dep_ == "acl" and has_to(token):
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.i == token.head.i + 1:
        return False  # "no chance of history repeating itself": the clause is what is meant
    # "a couple [that has been waiting…] learns": one couple did; "that" as a mark is no relcl
    one = one_that_exists(token.head) and not any(c.dep_ == "mark" for c in token.children)
    if _restricted(token) or (token.dep_ == "relcl" and not follows_comma(token) and not one):
        return False  # a relative clause without a comma says which: "improve way [it handles…]"
    if any(doc[i].ent_type_ == "PERSON" for i in subtree) and token.head.ent_type_ != "PERSON":
        return False
    if token.dep_ == "appos" and (token.ent_type_ or token.pos_ == "PROPN") and not token.head.ent_type_:
        return False  # "outspent both Labour and…" misparsed as a noun and its appositive
    if town_region_noun(token):
        return False  # "A Kelowna, [B.C. family]": the noun the town modifies
    if any(doc[i].dep_ in SUBJECT_DEPS and doc[i].head.i not in subtree for i in subtree):
        return False
    return not pronoun_may_point_into(doc, keep, subtree, THING_PRONOUNS)


# Nouns whose clause says what they hold: "denies suggestions [there will be a giveaway]".
_CONTENT_NOUNS = frozenset(
    "suggestion claim report fear hope belief idea fact news warning evidence sign possibility "
    "chance risk plan proposal allegation assertion rumour rumor speculation concern view".split()
)


def _restricted(token: Token) -> bool:
    """True when the noun modifier headed by ``token`` is part of what the noun means: the
    clause of a content noun ("suggestions [there will be…]") or the range of a superlative
    ("biggest slide [in a month]", "first woman [to…]")."""
    head = token.head
    if token.dep_ in ("acl", "relcl") and head.lemma_.lower() in _CONTENT_NOUNS:
        return True
    return token.dep_ == "prep" and superlative(head)


def follows_comma(token: Token) -> bool:
    """True when the phrase headed by ``token`` follows a comma (an aside, not a restriction)."""
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


_NOUN_ARGUMENT_PREPS = ARGUMENT_PREPS | {"about", "over", "on"}


def cut_phrase(
    span: Span, keep: set[int], words: dict[int, str], max_chars: int, level: int = 0
) -> str | None:
    """The longest prefix that fits, ends after whole phrases and keeps the main verb.

    Level 0 cuts only where no kept word before the cut depends on one after it
    (never inside a name, a noun group or "of …") and only modifiers are left
    out; level 1 lets an argument go ("could take hard line [on …]"); level 2,
    for a parse too tangled for either, only keeps names and noun groups whole;
    level 3, for a main clause that starts too late to fit, may leave it out.
    """
    kept = sorted(keep)
    verb = main_verb(span, keep)
    reported = (
        [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.i in keep] if verb else []
    )
    if reported:
        verb = reported[0]  # "…, Greek government will default, ministers warned": "default" is the news
    for n in range(len(kept) - 1, 3, -1):
        if verb is not None and verb.i >= kept[n] and level < 3:
            return None  # "After he blasted hit Disney film" is not the news: the main clause is
        after = set(kept[n:])
        before = kept[:n]
        if any(span.doc[i].lower_ in CONDITIONS and span.doc[i].dep_ == "mark" for i in after):
            continue  # "Greece will default [unless creditors agree]": the condition stays
        if any(span.doc[i].lower_ in NEGATIONS and span.doc[i].head.i not in after for i in after):
            continue  # a negation never leaves its verb behind
        tight = _TIGHT | _CLAUSE_PARTS if level >= 2 else None
        if any(span.doc[i].head.i in after and (tight is None or span.doc[i].dep_ in tight) for i in before):
            continue
        # what is left out must be a modifier, not an argument the prefix needs
        if level == 0 and any(
            span.doc[i].head.i not in after and not _optional_tail(span.doc[i]) for i in after
        ):
            continue
        last, first_after = span.doc[kept[n - 1]], span.doc[kept[n]]
        if last.is_punct or is_dangling(last) or first_after.ent_iob_ == "I" or _leans_on(last, after):
            continue  # the last word leans on one the cut leaves out: "Donald [Trump]", "said he [wants]"
        needed = [c for c in last.children if c.i in after and (level < 2 or c.dep_ in _NEEDED_DEPS)]
        if last.pos_ in _NEEDY and needed:
            continue  # "attacks blamed [on extremists]", "charges over incident prior [to game]"
        if last.lemma_.lower() in PARTITIVE_NOUNS and any(
            c.lower_ == "of" and c.i in after for c in last.children
        ):
            continue  # "on opposing sides of certain types [of biomedical research]", at any level
        text = headline_text(span, set(before), words)
        if len(text) <= max_chars and marks_balanced(text):
            return text
    return None


def last_resort_cut(span: Span, keep: set[int], words: dict[int, str], max_chars: int) -> str:
    """A headline of at most ``max_chars`` from a lead no modifier cut brings that short.

    In order: a cut that lets an argument go (``cut_phrase`` level 1, then 2); the
    statement's core alone (:func:`core_statement`: who did what, without any
    modifier), cut the same way if need be; a cut that leaves the main clause out
    (level 3); and only then a cut by words. A misparse can make "of a" look like a
    whole phrase, so no cut that ends on such a word is taken.
    """
    for level in (1, 2):
        text = _closed(cut_phrase(span, keep, words, max_chars, level=level))
        if text:
            return text
    for core in _cores(span, keep, words):
        text = headline_text(span, core, words)
        if len(text) <= max_chars and marks_balanced(text) and not keep_ends_dangling(span, core):
            return text
        for level in (0, 1, 2):
            text = _closed(cut_phrase(span, core, words, max_chars, level=level))
            if text:
                return text
    return (
        _closed(cut_phrase(span, keep, words, max_chars, level=3))
        or _cut_tokens(span, keep, words, max_chars)
        or cut_words(headline_text(span, keep, words), max_chars)
    )


def _closed(text: str | None) -> str | None:
    """``text``, unless it ends on a word that needs more ("of a"); a final "her" is the
    object it usually is ("should disqualify her")."""
    if not text or (ends_dangling(text) and not text.lower().endswith(" her")):
        return None
    return text


def _cores(span: Span, keep: set[int], words: dict[int, str]) -> list[set[int]]:
    """The statement's core (:func:`core_statement`), with its source when the headline is
    "Source: claim": the source whole, else its name alone when the source is that name with a
    description ("Hillary Clinton:" for "U.S. Democratic presidential candidate Hillary Clinton:",
    never "Barack Obama:" for "Opponents of Barack Obama:"), and only when neither fits, the claim."""
    core = core_statement(span, keep)
    if core is None:
        return []
    speaker = next((i for i in sorted(keep) if words.get(i, "").endswith(":")), None)
    cores = [core]
    if speaker is not None:
        source = {i for i in keep if i <= speaker}
        head = next((span.doc[i] for i in sorted(source) if span.doc[i].head.i not in source), None)
        name = set()
        if head is not None and head.ent_type_:
            name = {i for i in source if _same_entity(span.doc[i], head)}
        # and only then without it: a headline that is the source alone says nothing
        cores = [core | source, *([core | name] if name and name != source else []), core]
    return [c for c in dict.fromkeys(frozenset(c) for c in cores) if c != keep]  # type: ignore[misc]


def _same_entity(token: Token, other: Token) -> bool:
    """True when ``token`` belongs to the named entity that ``other`` ends."""
    return bool(other.ent_type_) and any(
        e.start <= token.i < e.end and e.start <= other.i < e.end for e in other.doc.ents
    )


# Words a headline cut by words may not end on: they need what follows.
_OPEN_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"})


def _cut_tokens(span: Span, keep: set[int], words: dict[int, str], max_chars: int) -> str | None:
    """The longest prefix that fits and does not end inside a name, on a word that needs what
    follows ("without", "the", "to") or on one whose head the cut leaves out."""
    kept = sorted(keep)
    for n in range(len(kept) - 1, 3, -1):
        last, first_after = span.doc[kept[n - 1]], span.doc[kept[n]]
        if last.is_punct or is_dangling(last) or last.pos_ in _OPEN_POS or first_after.ent_iob_ == "I":
            continue
        if _leans_on(last, set(kept[n:])) or (last.dep_ in _CLAUSE_PARTS and last.head.i not in keep):
            continue
        if any(span.doc[i].lower_ in CONDITIONS and span.doc[i].dep_ == "mark" for i in kept[n:]):
            continue  # a condition never goes
        if last.pos_ in _NEEDY and any(c.dep_ in _NEEDED_DEPS and c.i in kept[n:] for c in last.children):
            continue  # "were caught operating [a factory]", "if ministers scrap [it]"
        text = headline_text(span, set(kept[:n]), words)
        if len(text) <= max_chars and marks_balanced(text):
            return text
    return None


def _leans_on(last: Token, after: set[int]) -> bool:
    """True when ``last`` depends on a word the cut leaves out ("Donald [Trump]"); a reported
    clause before its source ("Greece will default[, ministers warned]") stands alone."""
    return last.head.i in after and last.dep_ != "ccomp"


def _optional_tail(token: Token) -> bool:
    """Whether a phrase headed by ``token`` may be left off the end as a mere modifier: not
    an "of" phrase ("period [of gloom]"), a gerund clause ("chance of history [repeating
    itself]") or a phrase the noun means by (``_restricted``)."""
    if token.dep_ not in MODIFIER_DEPS or token.lower_ == "of" or _restricted(token):
        return False
    if token.dep_ == "prep" and any(
        superlative(c) and c.right_edge.i + 1 == token.i for c in token.head.children
    ):
        return False  # "sees biggest slide [in a month]"
    if token.dep_ == "relcl" and not follows_comma(token):
        return False  # a relative clause without a comma says which: "improve way [it handles content]"
    if token.dep_ == "appos" and (token.ent_type_ or token.pos_ == "PROPN") and not follows_comma(token):
        return False  # the name is who: "sue supermarket giant [Wal-Mart]"
    return not (token.dep_ == "acl" and token.tag_ == "VBG" and token.i == token.head.i + 1)


# What a verb cannot end without, even in a last-resort cut ("could take [hard line]").
_NEEDED_DEPS = frozenset(
    {"dobj", "attr", "acomp", "xcomp", "ccomp", "prt", "dative", "agent", "pobj", "oprd"}
)
# The parts of a clause that mean nothing without its verb: a subject, an auxiliary, "if".
_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})
# Dependents that never stand apart from their head: a cut between them splits a noun group.
_TIGHT = frozenset(
    {"compound", "amod", "nummod", "det", "poss", "case", "nmod", "quantmod", "prt", "aux", "neg"}
)


# What a statement's core keeps under each word: arguments, and what a noun group or a
# verb group cannot stand without ("has not", "Hillary Clinton", "shut out").
_CORE_DEPS = (
    _TIGHT
    | _CLAUSE_PARTS
    | {
        "dobj",
        "attr",
        "acomp",
        "xcomp",
        "ccomp",
        "dative",
        "oprd",
        "pobj",
        "agent",
        "neg",
        "flat",
    }
)


def core_statement(span: Span, keep: set[int]) -> set[int] | None:
    """The kept words that say who did what: the main verb, its subject and arguments, each
    with its noun or verb group, arguments' prepositions ("of", "to", "for"), negations and
    quotes whole; every other modifier goes. None without a main verb."""
    verb = main_verb(span, keep)
    if verb is None or any(c.dep_ == "mark" and c.i in keep for c in verb.children):
        return None  # a subordinate clause ("Because it has failed…") is no statement
    core, frontier, conditions = {verb.i}, [verb], set()
    while frontier:
        token = frontier.pop()
        for child in token.children:
            if child.i not in keep or child.i in core:
                continue
            argument_prep = child.dep_ == "prep" and (
                child.lower_ in ARGUMENT_PREPS
                or any(c.dep_ == "prt" for c in token.children)
                or (token.pos_ == "VERB" and child.i == token.i + 1)  # "shut out", "relies on"
            )
            # "violence and allegations are", "will only hit target if courses…", "A Kelowna, B.C.
            # family": a coordination, a verb's adverbs, a condition, a town's noun say what is said
            nominal = token.pos_ in ("NOUN", "PROPN", "PRON") and child.dep_ in ("conj", "cc")
            nominal = nominal or town_region_noun(child)
            adverb = child.dep_ == "advmod" and token.pos_ in VERB_POS
            condition = child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONDITIONS for c in child.children
            )
            # "there were two words [that Bush could not bring himself to utter]": what exists is
            # what its clause says, and without it the sentence says another thing
            existing = (
                child.dep_ in ("relcl", "acl") and token.head == verb and token.dep_ in ("attr", "nsubj")
            )
            existing = existing and any(c.dep_ == "expl" for c in verb.children)
            if condition or existing:
                conditions |= {t.i for t in child.subtree if t.i in keep}
            elif child.dep_ in _CORE_DEPS or argument_prep or nominal or adverb or child.lower_ in NEGATIONS:
                core.add(child.i)
                frontier.append(child)
    subjects = [c for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i in core]
    if not subjects or min(core) < min(t.i for t in subjects[0].subtree):
        return None  # no statement without its subject first ("Is not sure she can vote…")
    core |= conditions  # "Unless creditors agree…, Greece will default"
    if _disagrees(subjects[0], verb, core):
        return None  # "violence [at rallies and allegations] are": the cut took half the subject
    # the commas that set off what stays ("…cards, it has been confirmed")
    core |= {
        c.i
        for i in list(core)
        for c in span.doc[i].children
        if c.text == "," and c.i in keep and min(core) < c.i < max(core)
    }
    # a quote the core touches stays whole, its marks included
    quoted = inside_quotes(span)
    for i in sorted(core & quoted):
        quote = quote_around(i, quoted)
        core |= {
            j
            for j in range(quote[0] - 1, quote[-1] + 2)
            if j in keep and (j in quoted or span.doc[j].is_quote)
        }
    return core if word_count(span, core) >= 3 else None


def _disagrees(subject: Token, verb: Token, core: set[int]) -> bool:
    """True for a singular subject left with a plural verb, which the whole subject was not."""
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in core)]
    plural = any(v.tag_ == "VBP" or v.lower_ in ("are", "were") for v in verbs)
    coordinated = any(c.dep_ == "conj" and c.i in core for c in subject.children)
    return subject.tag_ in ("NN", "NNP") and plural and not coordinated


def colon_teaser(span: Span, keep: set[int]) -> set[int]:
    """A clause before a colon that only calls the reader in, when a whole statement follows:
    "Barbie collectors mark your calendars: [This Saturday,] the very first Barbie Doll will go
    on sale again" → "Very first Barbie Doll to go on sale again". A source before the colon
    stays ("Police: …", "Trump said: …"): its clause has no verb or a speech verb."""
    from ..lexicon import SPEECH_LEMMAS

    colon = next((t for t in span if t.text == ":" and t.i in keep), None)
    if colon is None or any(t.text == ":" for t in span if t.i > colon.i):
        return set()
    before = [t for t in span if t.i < colon.i and t.i in keep]
    after = [t for t in span if t.i > colon.i and t.i in keep and not t.is_punct]
    verbs = [t for t in before if t.pos_ == "VERB"]
    if not verbs or any(t.lemma_.lower() in SPEECH_LEMMAS for t in verbs) or len(after) < 5:
        return set()
    if any(t.text in "\"“”‘’'" for t in before) or any(t.lower_ in NEGATIONS for t in before):
        return set()
    statement = [
        t
        for t in after
        if t.pos_ in VERB_POS
        and any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i > colon.i for c in t.children)
        and (t.dep_ == "ROOT" or t.head.i < colon.i)
    ]
    return {t.i for t in before} | {colon.i} if statement else set()

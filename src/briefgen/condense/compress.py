"""Sentence compression for bullets and headlines, on spaCy's dependency parse.

In the spirit of Hedge Trimmer (Dorr, Zajic & Schwartz 2003): keep the grammatical core (subject,
verb, object) and drop, rule by rule, what the meaning stands without: attribution tails (", state
television reported"), parentheticals, discourse openers ("However,"), non-restrictive clauses and
appositives, trailing participle clauses and time expressions.

Compression only ever removes whole words, and never a negation, so a name, number or "not" is never
changed; the only word it rewrites is the main verb of a headline (past → present: "assured" → "assures").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..lexicon import (
    DANGLING,
    MONTHS,
    NEGATIONS,
    REPORTING_LEMMAS,
    SPEECH_LEMMAS,
    SUBJECT_DEPS,
    TIME_LABELS,
    VERB_POS,
    WEEKDAYS,
)
from ..read.cleaning import strip_dateline
from .clause_prefix import clause_prefix
from .completions import measure_of
from .joins import between_dashes
from .meaning import meaning_restored
from .openers import dates_the_next
from .openers import opener_cut as _opener
from .parse import (
    acronym_used_later,
    after_aside,
    all_a_participle_says,
    answer_clause,
    answers_back,
    comma_closes_clause,
    is_calendar_date,
    relative_clause_misparsed,
    relative_clause_runs_on,
    second_setting,
    sets_in_the_past,
    town_region_noun,
    word_count,
)
from .person_referents import takes_the_referent
from .source_cuts import according_to_cut as _according_to
from .source_cuts import attribution_cut as _attribution
from .source_cuts import bare_attribution, hedge_source, misread_source
from .source_cuts import last_word as _last_word
from .source_cuts import with_commas as _with_commas
from .trimming import lost_its_content, trim_unrepeated
from .wording import (
    balance_sentence_marks,
    closing_marks,
    cuts_into_quote,
    finish_sentence,
    inside_quotes,
    render_kept,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


HEADLINE_MAX = 90
BULLET_MAX_WORDS = 35
Rule = Callable[["Span", set[int]], set[int]]


def compress_sentence(
    span: Span, max_words: int = BULLET_MAX_WORDS, target_words: int = 22, unrepeated: float = 0.0
) -> str:
    """A shorter, still faithful statement of ``span`` (a sentence).

    The safe rules always apply; the others apply one by one, in order, while
    the sentence is longer than ``target_words``. With ``unrepeated`` > 0,
    modifiers whose words the rest of the article rarely uses go too
    (:func:`briefgen.condense.trimming.trim_unrepeated`). A sentence still longer than
    ``max_words`` is cut after its main clause, where only modifiers are left
    out (never inside a phrase or a quote); when no such cut exists the result
    stays long and the caller decides."""
    keep = compress_tokens(span, target_words)
    keep |= closing_marks(span, keep)
    if unrepeated > 0 and span.root.pos_ in VERB_POS and span.root.i in keep:
        keep = trim_unrepeated(span, keep, span.root, unrepeated)
    # a phrase whose cut would change what the rest says goes back ("was [back] in court")
    keep = meaning_restored(span, keep)
    if word_count(span, keep) > max_words:
        keep = clause_prefix(span, keep, max_words) or keep
    return balance_sentence_marks(finish_sentence(render_kept(span, keep)))


def compress_tokens(
    span: Span, target_words: int = 22, rules: Sequence[str] | None = None, *, sources: bool = True
) -> set[int]:
    """Indices of the tokens of ``span`` a compressed sentence keeps; without ``sources`` the
    attribution goes too (a headline's cut, which the engine then checks: see
    :func:`briefgen.condense.faithful.unfaithful_headline`)."""
    keep = {t.i for t in span if not t.is_space} - dateline_tokens(span)
    for name in SAFE_RULES if sources else HEADLINE_SAFE_RULES:
        keep = _apply(span, keep, RULES[name])
    for name in rules if rules is not None else OPTIONAL_RULES:
        if word_count(span, keep) <= target_words:
            break
        keep = _apply(span, keep, RULES[name])
    return keep


def dateline_tokens(span: Span, words: dict[int, str] | None = None) -> set[int]:
    """The tokens of a leading dateline ("WASHINGTON, Dec. 8 (UPI) —"), which the parser
    often takes for the subject; a token it ends inside ("(CNN)This", the credit glued to the
    first word) stays, as its last part in ``words``. Split from the first word, "Washington
    (CNN)This week is…" parses with "Washington" as the subject, so a bullet drops it too."""
    text = span.text
    stripped = strip_dateline(text)
    if stripped == text or not text.endswith(stripped):
        return set()
    start = span.start_char + len(text) - len(stripped)
    if words is not None:
        words |= {t.i: t.text[start - t.idx :] for t in span if t.idx < start < t.idx + len(t.text)}
    return {t.i for t in span if t.idx + len(t.text) <= start}


def _apply(span: Span, keep: set[int], rule: Rule) -> set[int]:
    drop = rule(span, keep)
    if not drop:
        return keep
    # Never drop a negation, and leave enough of the sentence to stand.
    if any(span.doc[i].lower_ in NEGATIONS for i in drop) or cuts_into_quote(span, drop):
        return keep  # nor a part of a quote: "the company[, which employs 500 people,] will…"
    result = keep - drop
    if span.root.i in drop and rule not in (_attribution, _moment_frame):
        return keep  # the main verb stays: a statement, not a noun phrase
    if any(span.doc[i].dep_ in SUBJECT_DEPS and span.doc[i].head.i in result for i in drop):
        return keep  # so does its subject
    if takes_the_referent(span, keep, result):
        return keep  # and whom a kept "him" stands for
    # an opening time ("[On Friday,] the third day of his tour, Johnson told…" leaves a fragment),
    # not "[However,] last year, the company…"
    opening_time = min(keep) in drop and any(span.doc[i].ent_type_ in TIME_LABELS for i in drop)
    if opening_time and second_setting([t for t in span if t.i in result]):
        return keep
    last = next((span.doc[i] for i in sorted(result, reverse=True) if not span.doc[i].is_punct), None)
    if last is not None and last.lower_ in DANGLING and (keep - result) and max(keep - result) > last.i:
        return keep  # "Muriel Spark is [among the nominees]": the cut took the predicate
    first = next((span.doc[i] for i in sorted(result) if not span.doc[i].is_punct), None)
    if first is not None and first == span.root and first.tag_ in ("VBZ", "VBD", "VBP"):
        return keep  # "Tuesday marks four weeks since…" never becomes "Marks four weeks…"
    return result if word_count(span, result) >= 4 else keep


# ---------------------------------------------------------------- the rules


def _parentheses(span: Span, keep: set[int], acronyms: bool = True) -> set[int]:
    drop, depth, group = set[int](), 0, list[int]()
    for token in span:
        depth += token.text == "("
        if depth:
            group.append(token.i)
        if token.text == ")" and depth:
            depth -= 1
            kept = depth or (acronyms and acronym_used_later(span, group))  # "(DTT)" used later
            drop, group = (drop if kept else drop | set(group)), (group if depth else [])
    return drop if depth == 0 else set()


def _here(span: Span, keep: set[int]) -> set[int]:
    """The "here" of a dispatch: before the place it names ("took the stage [here] at the University
    of Miami"), or anywhere after the dateline it points at, which the brief does not carry."""
    drop = set()
    dated = bool(dateline_tokens(span))
    quoted = inside_quotes(span) if dated else set()
    for token in span:
        after = span.doc[token.i + 1] if token.i + 1 < span.end else None
        named = after is not None and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in after.subtree
        )
        if token.lower_ != "here" or token.dep_ != "advmod":
            continue
        if (named and after.lower_ in ("at", "in", "on")) or (
            dated and token.head.pos_ == "VERB" and token.i not in quoted
        ):
            drop.add(token.i)
    return drop


def _moment_frame(span: Span, keep: set[int]) -> set[int]:
    """ "This is the [shocking] moment [that, when]" before a clause that runs to the end: the
    frame of a picture the brief does not show; the clause is the news ("A paedophile was
    caught by police after grooming a girl…", review 100)."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    moment = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() == "moment"), None)
    if root.lemma_ != "be" or subject is None or moment is None or subject.lower_ not in ("this", "that"):
        return set()
    clauses = [c for c in moment.children if c.dep_ in ("relcl", "acl")]
    clauses += [c for c in root.children if c.dep_ == "ccomp" and c.i > moment.i]
    clause = next((c for c in clauses if any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)
    if clause is None or any(not t.is_punct for t in span.doc[clause.right_edge.i + 1 : span.end]):
        return set()
    opener = {c.i for c in clause.children if c.lower_ in ("that", "when") and c.i < clause.i}
    start = min(t.i for t in clause.subtree if t.i not in opener)
    if any(t.is_quote for t in span.doc[span.start : start]):
        return set()
    return {t.i for t in span if t.i < start} | opener


def _trailing_participle(span: Span, keep: set[int]) -> set[int]:
    """', prompting fresh speculation that…' after the main clause, when no longer than what stays."""
    for token in span.root.children:
        if token.dep_ in ("advcl", "xcomp", "conj") and token.tag_ == "VBG" and token.i > span.root.i:
            if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in token.children):
                continue  # "…, are making an attempt": a finite verb, the parser's conjunct
            sub = list(token.subtree)
            before = span.doc[sub[0].i - 1] if sub[0].i > span.start else None
            if _outweighs(span, keep, token):
                continue  # "descended on the town, delivering a blistering critique of…": the news
            if before is not None and before.text == "," and sub[-1].i >= _last_word(span, keep):
                return {before.i} | {t.i for t in sub}
    return set()


def _relative_clause(span: Span, keep: set[int]) -> set[int]:
    """', which can measure up to 70ft,' (non-restrictive, between commas)."""
    for token in span:
        if token.dep_ == "relcl" and not misread_source(token) and not relative_clause_runs_on(token):
            sub = list(token.subtree)
            if sub[0].i > span.start and span.doc[sub[0].i - 1].text == ",":
                after = sub[-1].i + 2  # past the closing comma, and an opening quote mark
                if any(
                    c.dep_ in ("appos", "conj") and after <= c.left_edge.i <= after + 1
                    for c in token.head.children
                ):
                    continue  # "who stars on the thriller, “Bloodline,” and the drama…": the parser cut its list
                drop = _with_commas(span, sub[0].i, sub[-1].i)
                if drop and _in_opener(token.head, span):  # "During the game, which was in March, the
                    drop.discard(sub[-1].i + 1)  # keeper…": the second comma closes the opening phrase too
                if drop:
                    return drop
    return set()


def _in_opener(token: Token, span: Span) -> bool:
    """True when ``token`` is in a phrase that opens the sentence before its subject ("During
    the game, …")."""
    while token.head != token and token.head != span.root:
        token = token.head
    subjects = [c.i for c in span.root.children if c.dep_ in SUBJECT_DEPS]
    return (
        token.dep_ in ("prep", "advcl", "npadvmod", "advmod") and bool(subjects) and token.i < min(subjects)
    )


def _appositive(span: Span, keep: set[int]) -> set[int]:
    """'Wang Dongming, one of the three kite flyers, said' → 'Wang Dongming said', when the head
    names the thing (a proper noun) and the appositive is not itself the name."""
    for token in span:
        if token.dep_ != "appos" or token.head.pos_ != "PROPN" or town_region_noun(token):
            continue
        if relative_clause_misparsed(token) or token.pos_ in VERB_POS:
            continue  # "Donald Trump, the self-proclaimed, consummate…": the parser's split (review 182)
        sub = list(token.subtree)
        if any(t.ent_type_ == "PERSON" for t in sub) or len(sub) < 2:
            continue
        if sub[0].tag_ == "PRP$" and _parallel(sub):
            continue  # a list the parser took for one: "With his tone toward Mexicans, his ban on Muslims and his…"
        if sub[0].i > span.start and span.doc[sub[0].i - 1].text == ",":
            drop = _with_commas(span, sub[0].i, sub[-1].i)
            if drop and (after_aside(span, sub[0].i - 1) or comma_closes_clause(token.head, sub[-1].i + 1)):
                drop.discard(sub[-1].i + 1)  # "Sanders, I-Vt.[, a socialist], a new poll says"
            if drop and _points_into(span, drop):
                continue  # "…Golf Club[, its state emblematic of hundreds of golf courses,] many of them…"
            if drop:
                return drop
    return set()


def _points_into(span: Span, drop: set[int]) -> bool:
    """Whether a "they", "them" or "their" just after ``drop`` may stand for a plural noun in it."""
    doc, end = span.doc, max(drop) + 1
    after = doc[end : min(end + 4, span.end)]
    plural = any(doc[i].tag_ in ("NNS", "NNPS") for i in drop)
    return plural and any(t.lower_ in ("they", "them", "their") for t in after)


def _parallel(tokens: Sequence[Token]) -> bool:
    """True when a conjunct among ``tokens`` has a possessive of its own ("his ban … and his
    tolerance"): the items of a list, wherever the parser hung them."""
    return any(t.dep_ == "conj" and any(c.dep_ == "poss" for c in t.children) for t in tokens)


def _time_expression(span: Span, keep: set[int]) -> set[int]:
    """'on Wednesday', 'last Saturday', 'earlier this week' attached to a verb."""
    for token in span:
        if token.i not in keep or token.head.pos_ not in VERB_POS:
            continue
        sub = list(token.subtree)
        if token.dep_ == "npadvmod" or (
            token.dep_ == "prep" and token.lower_ in ("on", "in", "at", "during")
        ):
            words = [t for t in sub if not t.is_punct and t.lower_ not in ("on", "in", "at", "during")]
            if sets_in_the_past(t for t in sub if not t.is_punct):
                continue  # (with its preposition: "in November" is a month gone by)
            if measure_of(token):
                continue  # "a search that lasted[ all night]": how long, not when
            if between_dashes(span, token):
                continue  # "-- the third in the city[ this month] --": the aside's own, whatever the parse
            if dates_the_next(span):
                continue  # "[On Saturday,] Sanders called…" then "Three days later, …" (run 219)
            if token.dep_ == "npadvmod" and not any(t.is_alpha for t in words):
                continue  # a bare number is an amount, not a time: "children aged 5 to 11"
            if any(t.lower_ in ("a", "an", "per") for t in words):
                continue  # a span or a rate, not a date: "biggest slide in a month", "twice a year"
            if words and all(t.ent_type_ in TIME_LABELS for t in words):
                inner = {t.i for t in sub}
                if any(is_calendar_date(span.doc[i]) for i in keep - inner):
                    continue  # "fell to 2.8% in September from 3.4% in August": both dates stay
                if all_a_participle_says(token) or _named_again(span, keep - inner, words):
                    continue
                return _with_commas(span, sub[0].i, sub[-1].i) or inner
    return set()


def _named_again(span: Span, kept: set[int], time: Sequence[Token]) -> bool:
    """Whether the rest of the sentence points back at ``time`` by its unit: "dipped to 4.9
    percent [in January], with the economy adding 151,000 jobs during the month" (review 109);
    not "the biggest drop of the year", which names a span of its own."""
    words = {t.lower_ for t in time}
    units = {"month"} if words & MONTHS else {"day"} if words & WEEKDAYS else set()
    units |= {"year"} if any(w.isdigit() and len(w) == 4 for w in words) else set()
    doc = span.doc
    return any(
        doc[i].lower_ in ("the", "that")
        and i + 1 in kept
        and doc[i + 1].lower_ in units
        and not (i > span.start and doc[i - 1].lower_ in ("of", "for"))
        and (i + 2 >= len(doc) or doc[i + 2].text not in ("-", "‑"))
        for i in kept
    )


def _trailing_clause(span: Span, keep: set[int]) -> set[int]:
    """A comma-led adverbial clause at the very end (', as events unfolded in Morocco')."""
    for token in span:
        if token.dep_ in ("advcl", "prep") and token.i > token.head.i and token.head.pos_ in VERB_POS:
            sub = list(token.subtree)
            before = span.doc[sub[0].i - 1]
            if any(_milestone(t) for t in sub):
                continue  # ", during their first call since the invasion": a first is news
            if token.lower_ == "according" and any(hedge_source(t) for t in sub):
                continue  # ", according to reports" is the claim's only source
            if token.dep_ == "advcl" and lost_its_content(token):
                continue
            if token.tag_ == "VBG" and _outweighs(span, keep, token):
                continue  # a participle clause, as in _trailing_participle
            if answer_clause(token):
                continue  # ", as an American prosecutor questioned the board's logic" (review 198)
            if before.text == "," and sub[-1].i >= _last_word(span, keep):
                return {before.i} | {t.i for t in sub}
    return set()


_CLAUSE_DEPS = frozenset("advcl ccomp xcomp conj csubj".split())


def _outweighs(span: Span, keep: set[int], head: Token) -> bool:
    """True when the trailing participle clause ``head`` heads has more words than the rest of
    what is kept: a short main clause sets the scene ("swept into the town") and the clause after
    it says the news. Not when the main verb has a clause of its own ("marks four weeks since
    Trump won the primary, forcing…"), nor for speech (", adding that …"), another statement
    that may go like any other; "firing two rapid centuries…", "claiming three lives" (an
    object, no clause said) are no speech (review 176)."""
    deps, lemma = {c.dep_ for c in head.children}, head.lemma_.lower()
    said = bool({"ccomp", "parataxis"} & deps) or (lemma in REPORTING_LEMMAS and "dobj" not in deps)
    if lemma in SPEECH_LEMMAS and said:  # ", adding that…", not "emerging as the favourite"
        return False
    words = {t.i for t in head.subtree} & keep
    root = span.root
    if any(
        span.doc[i].pos_ == "VERB" and span.doc[i].dep_ in _CLAUSE_DEPS and span.doc[i].head == root
        for i in keep - words
    ):
        return False  # "marks four weeks since Trump won…, forcing…": the rest has its own clause
    return word_count(span, words) > word_count(span, keep - words)


def _milestone(token: Token) -> bool:
    """A first, a record or a limit: "first …", "since the start of the war", "until 2030"."""
    return token.ent_type_ == "ORDINAL" or (token.dep_ == "prep" and token.lower_ in ("since", "until"))


def _second_clause(span: Span, keep: set[int]) -> set[int]:
    """A coordinated second main clause (', but Germany international … insists …')."""
    root = span.root
    for token in root.children:
        if token.dep_ == "conj" and token.pos_ in VERB_POS and token.i > root.i:
            if not any(c.dep_ in SUBJECT_DEPS for c in token.children) or bare_attribution(token):
                continue  # "… and promised refunds": one statement; "…, but “…,” the leader said": its source
            if answers_back(token):
                continue  # "…, and Mills and Clinton told investigators they were unaware…": their side
            if any(c.text == ";" and c.i < root.i for c in root.children):
                return set()  # "44% are 'good'; 15% are 'fake'; and 41% are 'inactive'": a list's last item
            sub = list(token.subtree)
            cc = [c.i for c in root.children if c.dep_ == "cc" and root.i < c.i < token.i]
            first = min([sub[0].i, *cc[-1:]])
            if first - 1 >= span.start and span.doc[first - 1].text in (",", ";"):
                first -= 1
            elif not cc:  # "thwarted | the watchdog's requests", "the challenge … candidate | Sarah
                continue  # Palin sent ISIS": no "and", no comma: a misparse, not a second clause
            return set(range(first, sub[-1].i + 1))
    return set()


# No attribution rule: a claim without its source ("…, police said") is another statement (issue 16).
SAFE_RULES = ("parentheses", "here", "opener", "moment_frame")
HEADLINE_SAFE_RULES = ("attribution", "according_to", "brackets", "here", "opener", "moment_frame")
OPTIONAL_RULES = tuple(
    "trailing_participle relative_clause appositive time_expression trailing_clause second_clause".split()
)
RULES: dict[str, Rule] = {
    "attribution": _attribution,
    "according_to": _according_to,
    "parentheses": _parentheses,
    "brackets": lambda span, keep: _parentheses(span, keep, acronyms=False),  # a headline defines nothing
    "here": _here,
    "opener": _opener,
    "moment_frame": _moment_frame,
    "trailing_participle": _trailing_participle,
    "relative_clause": _relative_clause,
    "appositive": _appositive,
    "time_expression": _time_expression,
    "trailing_clause": _trailing_clause,
    "second_clause": _second_clause,
}

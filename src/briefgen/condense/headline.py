"""Wire-style headlines from a lead sentence, on spaCy's dependency parse.

The sentence is first compressed with every rule of :mod:`briefgen.condense.compress`, then
put in headline style: no articles or possessive pronouns, the main verb in headline tense,
and, when it is still too long, trailing adjuncts and descriptions dropped; a cut only ever
falls after a whole phrase. :func:`headline_options` gives the headline at several lengths,
for :mod:`briefgen.condense.title_words` to choose from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon import (
    CLAIM_LEMMAS,
    DAY_WORDS,
    NEGATIONS,
    RELATIVE_TAGS,
    REPORTING_LEMMAS,
    SUBJECT_DEPS,
    VERB_POS,
)
from .completions import completion_after
from .compress import HEADLINE_MAX, compress_tokens, dateline_tokens
from .headline_cuts import (
    CONDITIONS,
    colon_teaser,
    cut_phrase,
    drop_noun_modifier,
    headline_text,
    keep_ends_dangling,
    last_resort_cut,
    leading_clause,
)
from .headline_descriptions import (
    dash_description,
    name_descriptions,
    nationality_in_stack,
    thing_descriptions,
)
from .headline_fit import fit_restored, from_the_end, last_conjunct, refilled, restored_after_cut
from .headline_style import place_regions, style_words
from .meaning import meaning_restored
from .parse import dates_back, has_to, helped_verb, main_verb
from .person_referents import first_names
from .tense import is_main_past_verb, present_tense
from .trimming import examples, trim_unrepeated
from .verb_cuts import drop_verb_modifiers
from .wording import ends_dangling, inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# The lengths a headline is tried at (most characters, length above which adjuncts go);
# :func:`briefgen.condense.title_words.choose_headline` picks among the results.
OPTION_BUDGETS = ((HEADLINE_MAX, 90), (75, 50), (60, 30), (50, 30))


def headline_options(span: Span) -> tuple[str, ...]:
    """Distinct headlines for the lead ``span``, longest budget first: the headline at each
    of :data:`OPTION_BUDGETS` that fits without a last-resort cut, and a tight one with
    every modifier the story does not repeat, the descriptions and one noun modifier gone."""
    options = [headline_from(span)]
    # a bare headline with the verb's first modifier back, shortened ("…improving [as two boys
    # remain in critical condition]"): a vague headline is no headline (review 43)
    options.append(_compose(span, HEADLINE_MAX, 90, tighten=False, last_resort=False, refill=True))
    for max_chars, target_chars in OPTION_BUDGETS[1:]:
        options.append(_compose(span, max_chars, target_chars, tighten=False, last_resort=False))
    options.append(_compose(span, HEADLINE_MAX, 90, tighten=True, last_resort=False))
    # a shorter option never ends on a word that needs more ("… left her")
    shorter = [o for o in options[1:] if o and not ends_dangling(o)]
    return tuple(dict.fromkeys([options[0], *shorter]))


def trailing_cut_option(span: Span) -> str | None:
    """The headline with the sentence's trailing phrases cut from the right, smallest first
    (:func:`from_the_end`), for a lead none of whose :func:`headline_options` reads whole:
    "…serving shark fin soup [exploiting a legal loophole allowing people to…], charity claims"."""
    return _compose(span, HEADLINE_MAX, 90, tighten=False, last_resort=False, tails=True)


def headline_from(span: Span, max_chars: int = HEADLINE_MAX, target_chars: int = 90) -> str:
    """A wire-style headline from a lead sentence, ≤ ``max_chars``.

    The sentence is trimmed to its core (every compression rule, and the
    modifiers the story never repeats: :mod:`briefgen.condense.trimming`), articles are
    dropped and the main verb is put in headline tense ("has banned" → "bans",
    "has been found" → "found", "will leave" → "to leave", "is to halt" → "to
    halt", "assured" → "assures"); while it is longer than ``target_chars``
    the verb's trailing adjuncts go, and a cut only ever falls after a whole
    phrase. No final full stop.
    """
    return _compose(span, max_chars, target_chars, tighten=False, last_resort=True) or ""


def _compose(
    span: Span,
    max_chars: int,
    target_chars: int,
    *,
    tighten: bool,
    last_resort: bool,
    refill: bool = False,
    tails: bool = False,
) -> str | None:
    """:func:`headline_from`; ``tighten`` drops every unrepeated modifier, the descriptions and
    one noun modifier whatever the length; ``refill`` brings back a bare headline's first verb
    modifier (:func:`refilled`), ``tails`` cuts trailing phrases from the right
    (:func:`from_the_end`); without ``last_resort``, None where only a cut
    that leaves an argument out (levels 1-3 of ``cut_phrase``, or by words) would fit."""
    words: dict[int, str] = {}
    keep = compress_tokens(span, target_words=0, sources=False) - dateline_tokens(span, words)
    keep -= style_words(span, keep)
    if len(headline_text(span, keep, words)) > target_chars:  # judged whole: a cut may take its dash
        keep -= dash_description(span, {t.i for t in span if not t.is_space})
    base = set(keep)
    _headline_tense(span, keep, words)
    verb = main_verb(span, keep)
    if verb is not None:
        keep = trim_unrepeated(span, keep, verb)
        # A long headline sheds its least repeated phrases before any cut by structure,
        # which takes whatever comes last (on 2,832 titles: ROUGE-1 -0.06, ROUGE-2 +0.09).
        for threshold in _TRIM_STEPS:
            if len(headline_text(span, keep, words)) <= _TRIM_ABOVE and not tighten:
                break
            keep = trim_unrepeated(span, keep, verb, threshold)
    keep -= _preamble(span, keep) | _opening_conjunction(span, keep) | colon_teaser(span, keep)
    if tighten:
        keep -= name_descriptions(span, keep)
        keep = drop_noun_modifier(span, keep) or keep
    text = headline_text(span, keep, words)
    if tails and len(text) > target_chars:
        # what any long headline sheds first goes before a trailing phrase does ("[Council
        # adviser] Tom Hall says [on Wednesday that] he has…")
        keep -= name_descriptions(span, keep) | _settings(span, keep) | place_regions(span, keep)
        trimmed = from_the_end(span, keep, words, target_chars)
        if trimmed is None and (given := first_names(span, keep)):  # "Part of [Ian] Poulter's punishment…"
            trimmed = from_the_end(span, keep - given, words, target_chars)
        if trimmed is None:
            return None
        keep, text = trimmed, headline_text(span, trimmed, words)
    if len(text) > target_chars:
        cuts = leading_clause(span, keep) | name_descriptions(span, keep) | _settings(span, keep)
        keep -= cuts | examples(span, keep)
        keep -= (labelled := _colon_attribution(span, keep, words))
        if labelled and helped_verb(main_verb(span, keep), keep):  # the claim is the statement now:
            _headline_tense(span, keep, words)  # "Canada [has asked →] asks"; a past "held" stays past
        trimmed = drop_verb_modifiers(span, keep, deps=("prep", "advcl", "npadvmod", "advmod", "conj", "cc"))
        if not keep_ends_dangling(span, trimmed):
            keep = refilled(span, keep, trimmed, words, target_chars) if refill else trimmed
        verb = main_verb(span, keep)
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i in keep] if verb else []:
            keep -= {t.i for c in clause.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            commas = [c.i for c in clause.children if c.text == "," and c.i > clause.i]
            if commas:  # ", during their first telephone conversation" after the reported words
                keep -= {t.i for c in clause.children if c.i > commas[0] for t in c.subtree} | {commas[0]}
        text = headline_text(span, keep, words)
    # a phrase whose cut changes what the rest says goes back when the headline still fits
    # ("Killer was [back] for court hearing"); cut again to fit, it would only end elsewhere
    # and so does what completes the last word's predicate ("admits taking daughter [to rally]")
    restored = meaning_restored(span, keep)
    restored |= completion_after(span, restored) & base
    if restored != keep:
        longer = headline_text(span, restored, words)
        if len(longer) > max_chars:  # room for it: a last "and…" verb goes ("…[and find vaccine]")
            restored -= last_conjunct(span, restored)
            longer = headline_text(span, restored, words)
        if len(longer) <= max_chars and meaning_restored(span, restored) == restored:
            keep, text = restored, longer
        else:  # too long with what came back: shed what the headline may shed instead
            fitted = fit_restored(span, restored, restored - keep, words, max_chars, _fitting_cuts(span))
            if fitted is not None:
                keep, text = fitted, headline_text(span, fitted, words)
    if len(text) <= max_chars:
        return text  # no cut made to fit: what the meaning checks refused went back above
    cut = cut_phrase(span, keep, words, max_chars)
    text = cut or text
    while len(text) > max_chars:
        # a town's province goes before any modifier does ("Abbotsford[, B.C.] couple")
        regions = place_regions(span, keep)
        smaller = keep - regions if regions else drop_noun_modifier(span, keep)
        surname = keep - first_names(span, keep) if smaller is None and max_chars >= HEADLINE_MAX else keep
        if surname != keep and len(headline_text(span, surname, words)) <= max_chars:
            # "[Andrew] Scheer says…": the last cut, and only when it alone makes the headline
            # fit; a surname says who, where cutting a phrase would leave part of what was said
            keep, text = surname, headline_text(span, surname, words)
            break
        if smaller is None:
            if not last_resort:
                return None  # only an argument could go now, and a shorter option must say as much
            cut = text = last_resort_cut(span, keep, words, max_chars)
            break
        keep = smaller
        text = headline_text(span, keep, words)
    if cut:
        return restored_after_cut(span, text, words, max_chars, style_words, _fitting_cuts(span))
    restored = meaning_restored(span, keep)
    longer = headline_text(span, restored, words) if restored != keep else text
    return longer if len(longer) <= max_chars else text


def _fitting_cuts(span: Span) -> tuple[Callable[[set[int]], set[int]], ...]:
    """The cuts :func:`fit_restored` may make: a description, a setting, a noun's modifier, a
    nationality among a noun's modifiers."""
    return (
        lambda k: name_descriptions(span, k) | thing_descriptions(span, k),
        lambda k: _settings(span, k) | place_regions(span, k),
        lambda k: k - (drop_noun_modifier(span, k) or k),
        lambda k: nationality_in_stack(span, k),
    )


_COPULA_DEPS = ("acomp", "prep")
# Openers of a setting before the subject: "On CNN's …", "During an interview …", "After …".
_SETTING_OPENERS = frozenset({"on", "during", "at", "in", "after", "before", "when", "speaking"})
_SETTING_WORDS = frozenset({"during", "at", "in", "on"})
_CLOSING_QUOTES = frozenset({"”", "’", '"', "'"})
# Headlines longer than this are trimmed at rising recurrence thresholds.
_TRIM_ABOVE = 85
_TRIM_STEPS = (0.75, 1.0, 1.5, 2.0)


# Phrases of a verb that can date it (:func:`briefgen.condense.parse.dates_back`): a time only
# the past tense reads with ("10 years ago", "Following World War One"); a recent year does
# not, and a cut may take it ("Economy grows 6.2% [in 2019]" is a headline).
_DATING_DEPS = frozenset("prep npadvmod advmod advcl".split())


def _headline_tense(span: Span, keep: set[int], words: dict[int, str]) -> None:
    """Put the main verb in headline tense, editing ``keep`` and ``words`` in place; a report named
    after what it reports puts its "will" there ("Population to more than double…, study shows")."""
    verb = main_verb(span, keep)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if (
        reported is not None
        and verb.lemma_.lower() in REPORTING_LEMMAS
        and reported.i not in inside_quotes(span)
    ):
        will = [
            c for c in reported.children if c.dep_ == "aux" and c.lower_ in ("will", "'ll") and c.i in keep
        ]
        # "will have to raise taxes" is not "to have to raise taxes", nor "there will be" "there to be"
        must = reported.lemma_ == "have" and any(c.dep_ == "xcomp" for c in reported.children)
        must = must or any(c.dep_ == "expl" for c in reported.children)
        if will and not must and not any(c.dep_ == "neg" for c in reported.children):
            words[will[0].i] = "to"
    if verb.i in inside_quotes(span):
        return  # a quote is verbatim: "“We have done nothing wrong”" is not "“We do nothing wrong”"
    if span.text.rstrip("”\"'’ ").endswith("?"):
        return  # a question stays one: "Is the president being naive?" is not "President is naive"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in keep and c.i < verb.i]
    # the parser may hang "has" on "been" ("has been re-issued"): both are the verb's
    auxes = sorted(auxes + [c for a in auxes for c in a.children if c.dep_ == "aux" and c.i in keep])
    lemmas = [a.lemma_.lower() for a in auxes]
    if verb.lemma_ == "be" and not auxes:
        # "British Airways is to halt flights" → "British Airways to halt flights"
        for child in verb.children:
            if child.dep_ == "xcomp" and has_to(child):
                if child.i == verb.i + 2 or (
                    child.i > verb.i and all(span.doc[i].lower_ == "to" for i in range(verb.i + 1, child.i))
                ):
                    keep.discard(verb.i)
                return
        # "Wales are hopeful" → "Wales hopeful", "GM is in talks" → "GM in talks", "Officials were
        # sure" → "Officials sure"; a pronoun keeps its verb: "She is the campaign's antidote"
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.pos_ != "PRON"]
        # a subject with a clause of its own that no "who" or "that" opens keeps the verb that
        # ends it: "One of the reasons some zones end up with no ambulances [is] because of
        # offload delays" runs on without it; "Man who shot mayor in custody" is a headline
        subject = bool(subjects) and not any(
            t.dep_ == "relcl"
            and t.i in keep
            and not any(c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in t.children)
            for c in subjects
            for t in c.subtree
        )
        complement = next((c for c in verb.children if c.i > verb.i and c.dep_ in _COPULA_DEPS), None)
        state = complement is not None and (verb.tag_ in ("VBZ", "VBP") or complement.dep_ == "acomp")
        if subject and state:
            keep.discard(verb.i)
        return
    if not auxes:
        # A lead already written as a headline ("Candidates locked in competition",
        # "Biography questioned") drops "is" and "was", so there a bare "-ed"
        # without an object is a passive participle and keeps its form.
        active = any(c.dep_ in _OBJECT_DEPS for c in verb.children) or not _headlinese(span)
        # "ago" keeps the past: "Richey Edwards vanished 10 years ago", not "vanishes"
        dated = any(c.dep_ in _DATING_DEPS and dates_back(c.subtree) for c in verb.children)
        if is_main_past_verb(verb) and active and not dated:
            words[verb.i] = present_tense(verb, kept=keep)
            # "Markets rise, but [fell → fall] in Britain"; the news day goes with the past tense
            # and what happens at the same time: "look in determined mood as they [trained → train]"
            for child in verb.children:
                own_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
                meanwhile = child.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("as", "while") for c in child.children
                )
                past = is_main_past_verb(child) or (
                    meanwhile and child.tag_ == "VBD" and child.lemma_ != "be"
                )
                if ((child.dep_ == "conj" and not own_subject) or meanwhile) and child.i in keep and past:
                    words[child.i] = present_tense(child, kept=keep)
            keep -= {t.i for t in span if t.lower_ == "yesterday" and t.i not in inside_quotes(span)}
        return
    if auxes and auxes[0].lower_ == "had":
        return  # "Markets had expected a fall" is not "Markets expect a fall"
    if lemmas == ["have"] and verb.tag_ in ("VBN", "VBD"):
        if verb.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "since", "for") for c in verb.children
        ):
            return  # "has been to Kyiv", "have been friends since 1990": not "is to Kyiv", "are … since"
        if verb.lower_ == verb.lemma_.lower() and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return  # no subject to agree with, and a bare "become" would read plural: keep "has"
        keep.discard(auxes[0].i)
        words[verb.i] = _present_be(verb) if verb.lemma_ == "be" else present_tense(verb, kept=keep)
        # a second verb shares the "have": "have apologised … and [promised → promise]"
        for child in verb.children:
            shared = child.dep_ == "conj" and child.tag_ in ("VBN", "VBD") and child.lemma_ != "be"
            if shared and not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in child.children):
                words[child.i] = present_tense(child, kept=keep)
    elif (
        lemmas in (["have", "be"], ["be"])
        and verb.tag_ == "VBN"
        and auxes[-1].dep_ == "auxpass"
        and not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in verb.children)
    ):  # "Man sentenced to ten years", but "She was sentenced", not "She sentenced"
        for a in auxes:
            keep.discard(a.i)
    elif lemmas == ["be"] and verb.tag_ == "VBG" and auxes[0].tag_ in ("VBZ", "VBP"):
        subjects = [  # the verb's, or what stands in for a dateline the parser took for it
            t
            for t in span
            if t.i in keep
            and t.i < verb.i
            and t.dep_ in (*SUBJECT_DEPS, "appos")
            and t.head.i not in keep - {verb.i}
        ]
        if subjects and subjects[0].lemma_.lower() in _AIMS:
            return  # "Part of his punishment is spending two weeks in Hawaii": what it is, not a doing
        going = verb.lemma_ == "go" and any(
            c.dep_ == "xcomp" and c.i > verb.i + 1 and span.doc[verb.i + 1].lower_ == "to"
            for c in verb.children
        )
        if going and _dummy_subject(verb):
            return  # "There is going to be a vote" is no "There to be vote"
        keep.discard(auxes[0].i)
        if going:
            keep.discard(verb.i)  # "He is going to resign" → "He to resign", as for "will"
        else:  # "GM is recalling cars" → "GM recalls cars"
            words[verb.i] = present_tense(verb, kept=keep)
    elif lemmas[:1] == ["will"] and auxes[0].lower_ in ("will", "'ll") and not _dummy_subject(verb):
        words[auxes[0].i] = "to"


def _dummy_subject(verb: Token) -> bool:
    """Whether ``verb`` (or the "be" it is "going to") has "there" or a dummy "it" for subject,
    which takes no headline "to": "There will be a vote", "It will be hard to…"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be")]
    dummy = any(c.dep_ == "expl" for h in heads for c in h.children)
    return dummy or (heads[-1].lemma_ == "be" and any(c.lower_ == "it" for c in verb.children))


# Nouns whose "is" before an "-ing" says what they are, not what they are doing: "Part of the
# deal is spending…", "The plan is building…".
_AIMS = frozenset("part aim goal plan idea job task punishment penalty challenge priority strategy".split())


def _opening_conjunction(span: Span, keep: set[int]) -> set[int]:
    """A headline starts with its news, not with the story's link to what came before:
    "But expert says…" → "Expert says…". Only a conjunction goes: not "So far" or "So many",
    nor the "But" of "But for his help, the bank would have failed", nor "Or else"."""
    first = span.doc[min(keep)] if keep else None
    if first is None or first.lower_ not in ("and", "but", "so", "yet", "or") or len(keep) < 4:
        return set()
    after = span.doc[first.i + 1] if first.i + 1 < span.end else None
    if first.dep_ != "cc" or after is None or after.lower_ in ("for", "else"):
        return set()
    return {first.i} | ({after.i} if after.text == "," else set())


def _preamble(span: Span, keep: set[int]) -> set[int]:
    """When and where, before a named subject: "Thursday at the Republican Jewish Coalition
    conference in Washington, Sen. Lindsey Graham called out…" → "Lindsey Graham calls out…".

    Only a setting goes: the preamble opens with a weekday, a time preposition
    ("On CNN's …", "During an interview …") or a time clause ("After he blasted
    …"), holds no year, negation or condition, and ends with a comma right
    before the person who is the subject of the main verb.
    """
    verb = main_verb(span, keep)
    kept = [span.doc[i] for i in sorted(keep)]
    if verb is None or len(kept) < 6:
        return set()
    first = kept[0]
    opens = first.lower_ in DAY_WORDS or first.lower_ in _SETTING_OPENERS
    if not opens:
        return set()
    persons = [t for t in kept if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i < verb.i]
    person = persons[-1] if persons else None  # the subject's name, after any in the preamble
    if person is None:
        return set()
    commas = [t.i for t in kept if t.text == "," and t.i < person.i]
    if not commas:
        return set()
    end = commas[-1]
    while end + 1 < person.i and span.doc[end + 1].text in _CLOSING_QUOTES:
        end += 1  # ', too "pro-gay,” Pastor Kevin Swanson'
    preamble = {t.i for t in kept if t.i <= end}
    between = [t for t in kept if end < t.i < person.i]
    if any(t.pos_ in VERB_POS or t.is_punct for t in between):
        return set()  # the comma is not the preamble's: "…, said Gov. John Kasich"
    text = [span.doc[i] for i in preamble]
    if any(t.lower_ in NEGATIONS or t.lower_ in CONDITIONS or _is_year(t) for t in text):
        return set()
    return preamble


def _colon_attribution(span: Span, keep: set[int], words: dict[int, str]) -> set[int]:
    """ "Michael Mukasey tells delegates that Clinton's use of a private server should
    disqualify her" → "Michael Mukasey: Clinton's use of private server should disqualify her".

    The source stays (an opinion never reads as fact); only the reporting verb,
    its listener and "that" go. Not when the reported clause's subject is a
    pronoun ("Clinton: she could…" would read as someone else), nor after a
    negated or modal verb ("did not say", "would say").
    """
    verb = main_verb(span, keep)
    if verb is None or verb.lemma_.lower() not in CLAIM_LEMMAS:
        return set()
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return set()
    # the subject itself may be gone with a dateline: "CLEVELAND, July 19 (UPI) — Michael Mukasey told"
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i in keep), None)
    if subject is None or reported is None or subject.pos_ == "PRON":
        return set()
    inner = next((c for c in reported.children if c.dep_ in SUBJECT_DEPS), None)
    said = {t.i for t in reported.subtree} & keep
    quoted = said <= inside_quotes(span) | {i for i in said if span.doc[i].is_punct}
    if inner is None or (inner.pos_ == "PRON" and not quoted):
        return set()  # in the speaker's own words a pronoun is the speaker's: 'Ryan: "they've got…"'
    source = {t.i for t in subject.subtree} & keep
    if not source or any(span.doc[i].is_punct for i in source) or len(source) > 6:
        return set()  # 'Joe Scarborough, host of MSNBC's "Morning Joe,"' is no label
    end_of_source, start_of_said = max(source), min(said)
    if any(i > max(said) and not span.doc[i].is_punct for i in keep):
        return set()  # something kept after the reported words would hang
    if any(i < min(source) and not span.doc[i].is_punct for i in keep):
        return set()  # "In a speech, Obama said…": the setting is not part of the source
    between = {i for i in keep if end_of_source < i < start_of_said}
    if any(span.doc[i].lower_ in NEGATIONS for i in between):
        return set()
    words[end_of_source] = words.get(end_of_source, span.doc[end_of_source].text) + ":"
    return between


def _is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def _settings(span: Span, keep: set[int]) -> set[int]:
    """A time or place between the verb and what it reports: "argues during Saturday's
    debate that she could…" → "argues she could…"."""
    verb = main_verb(span, keep)
    if verb is None:
        return set()
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i in keep and c.i > verb.i]
    if not reported:
        return set()
    drop: set[int] = set()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _SETTING_WORDS and verb.i < child.i < reported[0].i:
            subtree = {t.i for t in child.subtree}
            if max(subtree) < reported[0].i and not any(span.doc[i].lower_ in NEGATIONS for i in subtree):
                drop |= subtree
    return drop


def _present_be(verb: Token) -> str:
    """'has been' → 'is', 'have been' → 'are' (and 'I have been' → 'am')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    plural = bool(subjects) and (
        subjects[0].tag_ in ("NNS", "NNPS")
        or subjects[0].lower_ in ("they", "we", "you")
        or any(c.dep_ == "conj" for c in subjects[0].children)  # "Smith and Jones have been"
    )
    return "am" if subjects and subjects[0].lower_ == "i" else "are" if plural else "is"


def _headlinese(span: Span) -> bool:
    """True for a short sentence written without articles, the way subtitles are."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) <= 15 and not any(t.lower_ in ("a", "an", "the") for t in words)


_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})

"""Wire-style headlines from a lead sentence, on spaCy's dependency parse.

The sentence is first compressed with every rule of :mod:`briefgen.compress`,
then put in headline style: no articles or possessive pronouns, the main verb
in headline tense, and, when it is still too long, trailing adjuncts and
descriptions dropped; a cut only ever falls after a whole phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .compress import (
    _MODIFIERS,
    DANGLING,
    HEADLINE_MAX,
    NEGATIONS,
    _finish,
    _inside_quotes,
    _is_main_past_verb,
    _present,
    _render,
    _words,
    compress_tokens,
    ends_dangling,
)
from .trimming import ARGUMENT_PREPS, trim_unrepeated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def headline_from(span: Span, max_chars: int = HEADLINE_MAX, target_chars: int = 90) -> str:
    """A wire-style headline from a lead sentence, ≤ ``max_chars``.

    The sentence is trimmed to its core (every compression rule, and the
    modifiers the story never repeats: :mod:`briefgen.trimming`), articles are
    dropped and the main verb is put in headline tense ("has banned" → "bans",
    "has been found" → "found", "will leave" → "to leave", "is to halt" → "to
    halt", "assured" → "assures"); while it is longer than ``target_chars``
    the verb's trailing adjuncts go, and a cut only ever falls after a whole
    phrase. No final full stop.
    """
    keep = compress_tokens(span, target_words=0)
    words: dict[int, str] = {}
    keep -= _articles(span, keep)
    _headline_tense(span, keep, words)
    verb = _main_verb(span, keep)
    if verb is not None:
        keep = trim_unrepeated(span, keep, verb)
        # A long headline sheds its least repeated phrases before any cut by structure,
        # which takes whatever comes last (on 2,832 titles: ROUGE-1 -0.06, ROUGE-2 +0.09).
        for threshold in _TRIM_STEPS:
            if len(_headline_text(span, keep, words)) <= _TRIM_ABOVE:
                break
            keep = trim_unrepeated(span, keep, verb, threshold)
    text = _headline_text(span, keep, words)
    if len(text) > target_chars:
        keep -= _leading_clause(span, keep) | _descriptions(span, keep)
        trimmed = _drop_modifiers(span, keep, deps=("prep", "advcl", "npadvmod", "advmod", "conj", "cc"))
        if not ends_dangling(_headline_text(span, trimmed, words)):
            keep = trimmed
        verb = _main_verb(span, keep)
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i in keep] if verb else []:
            keep -= {t.i for c in clause.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            commas = [c.i for c in clause.children if c.text == "," and c.i > clause.i]
            if commas:  # ", during their first telephone conversation" after the reported words
                keep -= {t.i for c in clause.children if c.i > commas[0] for t in c.subtree} | {commas[0]}
        text = _headline_text(span, keep, words)
    if len(text) > max_chars:
        text = _cut_phrase(span, keep, words, max_chars) or text
    while len(text) > max_chars:
        smaller = _drop_noun_modifier(span, keep)
        if smaller is None:
            text = _cut(text, max_chars)
            break
        keep = smaller
        text = _headline_text(span, keep, words)
    return text


def _headline_text(span: Span, keep: set[int], words: dict[int, str]) -> str:
    text = _finish(_render(span, keep, words=words)).rstrip(".").rstrip(" ,;:-–—")
    return text[:1].upper() + text[1:]


def _articles(span: Span, keep: set[int]) -> set[int]:
    """Words headlines go without, outside names and quotes: 'a', 'an', 'the',
    possessive pronouns ('ends his feud' → 'ends feud') and a sentence adverb
    right before the verb ('now', 'also', 'reportedly')."""
    quoted = _inside_quotes(span)
    drop = set()
    for t in span:
        if t.ent_type_ and not _leading_the(t):
            continue  # inside a name: "The Hague", "The Aviator"
        article = t.dep_ == "det" and t.lower_ in ("a", "an", "the") and t.i + 1 < span.end
        if t.lower_ in ("a", "an") and t.i > span.start and _is_amount(t.nbor(-1)):
            article = False  # a rate: "$70 a barrel", "£150,000 a year"
        possessive = t.dep_ == "poss" and t.lower_ in _POSSESSIVES
        adverb = (
            t.dep_ == "advmod"
            and t.head == span.root
            and t.pos_ == "ADV"
            and t.lower_ not in NEGATIONS
            and t.i == t.head.i - 1
        )
        if article or possessive or adverb:
            drop.add(t.i)
    return drop - quoted


_COPULA_DEPS = ("acomp", "prep")
# Subordinators whose clause makes the main clause conditional: it never goes.
_CONDITIONS = frozenset({"if", "unless", "provided", "providing", "once", "lest", "whenever"})
# Headlines longer than this are trimmed at rising recurrence thresholds.
_TRIM_ABOVE = 85
_TRIM_STEPS = (0.75, 1.0, 1.5, 2.0)
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
# Names whose "The" is part of the name, as opposed to "the Bank of England".
_THE_NAMES = frozenset({"hague", "gambia"})
_THE_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "DATE"})


def _is_amount(token: Token) -> bool:
    """'$70', '1,000 units': what a rate's 'a' follows."""
    numbered = any(c.dep_ == "nummod" for c in token.children)
    return token.like_num or numbered or token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL")


def _leading_the(token: Token) -> bool:
    """'the' opening an institution's or place's name ('the Bank of England', 'the US')."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "the"
        and token.ent_iob_ == "B"
        and token.ent_type_ in _THE_LABELS
        and nxt is not None
        and nxt.ent_iob_ == "I"
        and nxt.lower_ not in _THE_NAMES
    )


def _descriptions(span: Span, keep: set[int]) -> set[int]:
    """Descriptions a name makes redundant: 'his Ukrainian counterpart Volodymyr Zelensky'
    → 'Volodymyr Zelensky', 'Chinese President Xi Jinping' → 'Xi Jinping', and a 'that'
    before a reported clause."""
    drop: set[int] = set()
    for token in span:
        if token.i not in keep:
            continue
        if token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.head.pos_ == "NOUN":
            head = token.head
            if token.i == head.i + 1 + sum(1 for t in span if head.i < t.i < token.i):
                lefts = [t.i for t in head.subtree if t.i <= head.i]
                if all(span.doc[i].lower_ not in NEGATIONS for i in lefts):
                    drop |= set(lefts)
                    # and the commas around the name: "The finance minister, Paul Andersen, said"
                    first, last = min(t.i for t in token.subtree), max(t.i for t in token.subtree)
                    drop |= {
                        i
                        for i in (first - 1, last + 1)
                        if span.start <= i < span.end and span.doc[i].text == ","
                    }
        elif token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            i = token.i - 1
            chain: set[int] = set()
            while (
                i >= span.start
                and span.doc[i].dep_ in ("compound", "amod")
                and span.doc[i].ent_type_ != "PERSON"
            ):
                head = span.doc[i].head
                if head.ent_type_ != "PERSON" and head.i not in chain:
                    break
                chain.add(i)
                i -= 1
            # only a whole description goes: "Oscar hopefuls Mike Leigh" keeps it all, and so
            # does "Two-time Olympic 10,000 metres champion Derartu Tulu" ("Olympic" hangs on it)
            outside = [t for t in span.doc[span.start : i + 1] if t.dep_ != "det"] if i >= span.start else []
            whole = not any(t.head.i in chain | {token.i} for t in outside)
            if chain and whole:
                drop |= chain
        elif token.dep_ == "mark" and token.lower_ == "that" and token.head.dep_ == "ccomp":
            drop.add(token.i)
    return drop


def _main_verb(span: Span, keep: set[int]) -> Token | None:
    kept = [t for t in span if t.i in keep]
    tops = [t for t in kept if t.head.i not in keep or t.head == t]
    for token in tops:
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _headline_tense(span: Span, keep: set[int], words: dict[int, str]) -> None:
    """Put the main verb in headline tense, editing ``keep`` and ``words`` in place."""
    verb = _main_verb(span, keep)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return
    if span.text.rstrip("”\"'’ ").endswith("?"):
        return  # a question stays one: "Is the president being naive?" is not "President is naive"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in keep and c.i < verb.i]
    lemmas = [a.lemma_.lower() for a in auxes]
    if verb.lemma_ == "be" and not auxes:
        # "British Airways is to halt flights" → "British Airways to halt flights"
        for child in verb.children:
            if child.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
                if child.i == verb.i + 2 or (
                    child.i > verb.i and all(span.doc[i].lower_ == "to" for i in range(verb.i + 1, child.i))
                ):
                    keep.discard(verb.i)
                return
        # "Wales are hopeful" → "Wales hopeful", "GM is in talks" → "GM in talks"
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
        complement = next((c for c in verb.children if c.i > verb.i and c.dep_ in _COPULA_DEPS), None)
        if subject and complement is not None and verb.tag_ in ("VBZ", "VBP"):
            keep.discard(verb.i)
        return
    if not auxes:
        # A lead already written as a headline ("Candidates locked in competition",
        # "Biography questioned") drops "is" and "was", so there a bare "-ed"
        # without an object is a passive participle and keeps its form.
        active = any(c.dep_ in _OBJECT_DEPS for c in verb.children) or not _headlinese(span)
        if _is_main_past_verb(verb) and active:
            words[verb.i] = _present(verb)
        return
    if auxes and auxes[0].lower_ == "had":
        return  # "Markets had expected a fall" is not "Markets expect a fall"
    if lemmas == ["have"] and verb.tag_ in ("VBN", "VBD"):
        if verb.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "since", "for") for c in verb.children
        ):
            return  # "has been to Kyiv", "have been friends since 1990": not "is to Kyiv", "are … since"
        keep.discard(auxes[0].i)
        words[verb.i] = _present_be(verb) if verb.lemma_ == "be" else _present(verb, plural_form=True)
    elif (
        lemmas in (["have", "be"], ["be"])
        and verb.tag_ == "VBN"
        and auxes[-1].dep_ == "auxpass"
        and not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in verb.children)
    ):  # "Man sentenced to ten years", but "She was sentenced", not "She sentenced"
        for a in auxes:
            keep.discard(a.i)
    elif lemmas == ["be"] and verb.tag_ == "VBG" and auxes[0].tag_ in ("VBZ", "VBP"):
        # "GM is recalling cars" → "GM recalls cars"
        keep.discard(auxes[0].i)
        words[verb.i] = _present(verb)
    elif lemmas[:1] == ["will"] and auxes[0].lower_ in ("will", "'ll"):
        words[auxes[0].i] = "to"


def _leading_clause(span: Span, keep: set[int]) -> set[int]:
    """A subordinate clause before the subject ("As Trump prepared to speak, a girl was
    pepper-sprayed" → "Girl pepper-sprayed"); kept when the subject is a pronoun
    that needs it ("Ever since Sanders announced, he has said…")."""
    verb = _main_verb(span, keep)
    if verb is None:
        return set()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return set()
    for child in verb.children:
        if child.dep_ != "advcl" or child.i > subject.i or child.i not in keep:
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in child.children):
            continue  # "Unless creditors agree…, Greece will default" is not "Greece will default"
        subtree = {t.i for t in child.subtree}
        last = max(subtree)
        set_off = min(subtree) == span.start and last + 1 < span.end and span.doc[last + 1].text == ","
        safe = not subtree & _inside_quotes(span) and not any(
            span.doc[i].lower_ in NEGATIONS for i in subtree
        )
        if set_off and safe:
            return subtree | {last + 1}
    return set()


def _present_be(verb: Token) -> str:
    """'has been' → 'is', 'have been' → 'are' (and 'I have been' → 'am')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ == "i":
        return "am"
    plural = bool(subjects) and (
        subjects[0].tag_ in ("NNS", "NNPS")
        or subjects[0].lower_ in ("they", "we", "you")
        or any(c.dep_ == "conj" for c in subjects[0].children)  # "Smith and Jones have been"
    )
    return "are" if plural else "is"


def _headlinese(span: Span) -> bool:
    """True for a short sentence written without articles, the way subtitles are."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) <= 15 and not any(t.lower_ in ("a", "an", "the") for t in words)


_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})


def _drop_noun_modifier(span: Span, keep: set[int]) -> set[int] | None:
    """``keep`` without the longest modifier of a noun ("with plants in South Africa, including …")."""
    quoted = _inside_quotes(span)
    options = []
    for token in span:
        if token.i not in keep or token.dep_ not in ("prep", "acl", "relcl", "appos"):
            continue
        if token.head.pos_ not in ("NOUN", "PROPN") or token.head.i not in keep or token.i < token.head.i:
            continue
        subtree = {t.i for t in token.subtree} & keep
        if any(span.doc[i].lower_ in NEGATIONS for i in subtree) or subtree & quoted:
            continue
        first, last = min(subtree), max(subtree)
        if first - 1 in keep and span.doc[first - 1].text == ",":
            subtree.add(first - 1)
            if last + 1 in keep and span.doc[last + 1].text == ",":
                subtree.add(last + 1)
        options.append(subtree)
    options = [o for o in options if _words(span, keep - o) >= 3]
    return keep - max(options, key=len) if options else None


def _drop_modifiers(span: Span, keep: set[int], deps: tuple[str, ...]) -> set[int]:
    """Drop trailing modifiers of the main verb ("during their first call", "on Wednesday")."""
    verb = _main_verb(span, keep)
    if verb is None:
        return keep
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "ccomp", "attr", "dative", "acomp", "xcomp", "prt")
    ]
    boundary = max((c.i for c in objects), default=verb.i)
    result = set(keep)
    for child in verb.children:
        if child.dep_ in deps and child.i > boundary and child.i in keep:
            if child.dep_ == "prep" and child.lower_ in ARGUMENT_PREPS:
                continue  # arguments more than adjuncts: "called for talks"
            subtree = {t.i for t in child.subtree}
            if any(span.doc[i].lower_ in NEGATIONS for i in subtree):
                continue
            if child.dep_ == "advcl" and span.doc[min(subtree)].lower_ == "to":
                continue  # "voted to close the bridge": the infinitive is the news
            result -= subtree
            if child.i - 1 in result and span.doc[child.i - 1].text == ",":
                result.discard(child.i - 1)
    return result if _words(span, result) >= 3 else keep


def _cut_phrase(span: Span, keep: set[int], words: dict[int, str], max_chars: int) -> str | None:
    """The longest prefix that fits and ends after whole phrases.

    A cut is allowed only where no kept word before it depends on a kept word
    after it, so it never falls inside a name, a noun group or "of …".
    """
    kept = sorted(keep)
    for n in range(len(kept) - 1, 3, -1):
        after = set(kept[n:])
        if any(span.doc[i].head.i in after for i in kept[:n]):
            continue
        # what is left out must be a modifier, not an argument the prefix needs
        if any(span.doc[i].head.i not in after and span.doc[i].dep_ not in _MODIFIERS for i in after):
            continue
        last = span.doc[kept[n - 1]]
        if last.is_punct or last.lower_ in DANGLING:
            continue
        if last.pos_ in ("VERB", "AUX") and any(c.i in after for c in last.children):
            continue  # "attacks blamed [on extremists]", "have tiptoed [around]": the verb needs it
        text = _headline_text(span, set(kept[:n]), words)
        if len(text) <= max_chars and _balanced(text):
            return text
    return None


def _cut(text: str, max_chars: int) -> str:
    """Cut at the last clause or phrase boundary that fits, never mid-phrase."""
    words = text.split()
    while words and len(" ".join(words)) > max_chars:
        words.pop()
    best = words
    for n in range(len(words), 3, -1):
        candidate = words[:n]
        last = candidate[-1].lower().strip(",;:“”\"'")
        if candidate[-1].endswith((",", ";", ":")) or last in DANGLING:
            continue
        if _balanced(" ".join(candidate)):
            best = candidate
            break
    return " ".join(best).rstrip(",;:")


def _balanced(text: str) -> bool:
    return (
        text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("(") == text.count(")")
    )

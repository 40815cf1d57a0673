"""How a set of kept tokens reads as text: the words in order with their spacing, every word
whole, quote marks in pairs, a verb put in the present (:mod:`briefgen.condense.tense`), and
the end a sentence or headline may not have.

:mod:`briefgen.condense.compress`, :mod:`briefgen.condense.headline` and
:mod:`briefgen.condense.headline_cuts` decide which tokens of a sentence stay; this module only
writes them out, so that no cut can leave half of "26-21", a quote without its closing mark or
"She's sits".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from ..lexicon import DANGLING, STATEMENT_SUBJECT_DEPS
from ..read.cleaning import strip_dateline, tidy
from .tense import is_main_past_verb, present_tense

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _quote_pairs(span: Span) -> list[tuple[int, int]]:
    """(opening, closing) mark of each quote in ``span``: double marks by their shape, single
    marks by the parser's tags (:func:`orphaned_single_marks`), so an apostrophe is none."""
    pairs: list[tuple[int, int]] = []
    if not any(mark in span.text for mark in ("“", "”", '"', "'", "‘", "’")):
        return pairs  # most sentences: one look at the text, not a pass over the tokens
    double = single = None
    for token in span:
        if token.text in ("“", "”", '"'):
            if token.text == "“" or (token.text == '"' and double is None):
                double = token.i
            elif double is not None:
                pairs.append((double, token.i))
                double = None
        elif token.tag_ == "``" and token.text in _SINGLE_OPENERS:
            single = token.i
        elif token.tag_ == "''" and token.text in _SINGLE_CLOSERS and single is not None:
            pairs.append((single, token.i))
            single = None
    return pairs


def closing_marks(span: Span, keep: set[int]) -> set[int]:
    """The closing marks of kept quotes that a cut took with what followed them: '…he "is
    much better," his daughter said' keeps the mark after "better", "…are 'good'; 15 per cent
    are…" the one after "good"."""
    return {close for opening, close in _quote_pairs(span) if _lost_its_close(opening, close, keep)}


def _lost_its_close(opening: int, close: int, keep: set[int]) -> bool:
    """Whether ``keep`` keeps a quote's opening mark and words but not its closing mark."""
    return opening in keep and close not in keep and any(i in keep for i in range(opening + 1, close))


def kept_quote_marks(span: Span, keep: set[int]) -> set[int]:
    """The marks of the quotes ``keep`` keeps: :func:`closing_marks`, and both marks of each
    quoted phrase whose words all stay, which a cut to the statement's core took as modifiers
    ("…followers are 'good'", not "…are good"). A quote with a verb is left as the cut has it:
    a quoted statement may lose its marks after its speaker's colon, in headline style
    ("Turnbull: Susan will add strength…")."""
    marks = set()
    for opening, close in _quote_pairs(span):
        if _lost_its_close(opening, close, keep):
            marks.add(close)  # as :func:`closing_marks`
        words = [span.doc[i] for i in range(opening + 1, close) if not span.doc[i].is_punct]
        if words and all(t.i in keep for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words):
            marks |= {opening, close}
    return marks


_SINGLE_OPENERS = frozenset({"‘", "'"})
_SINGLE_CLOSERS = frozenset({"’", "'"})


def orphaned_single_marks(span: Span, keep: set[int]) -> set[int]:
    """Kept single quote marks whose quote a cut took: "pleads not guilty '" once "for her
    'services'" went. Marks are paired by the parser's opening and closing tags, so an
    apostrophe ("the workers' families", "'90s") is never one."""
    orphans: set[int] = set()
    opener: Token | None = None
    for token in span:
        if token.tag_ == "``" and token.text in _SINGLE_OPENERS:
            opener = token
        elif token.tag_ == "''" and token.text in _SINGLE_CLOSERS and opener is not None:
            inner = any(i in keep for i in range(opener.i + 1, token.i) if not span.doc[i].is_punct)
            if not inner or (opener.i in keep) != (token.i in keep):
                orphans |= {opener.i, token.i} & keep
            opener = None
    return orphans


def inside_quotes(span: Span) -> set[int]:
    """Indices of the tokens between quote marks: a quote is never shortened inside."""
    inside: set[int] = set()
    depth = apostrophes = False
    for token in span:
        if token.text == "''":
            # the NYT's two apostrophes pair only with each other, close what they opened and
            # open only after a space or a bracket: glued to a word with nothing open they are
            # inches ("6'2'' tall") or close a quote opened in an earlier sentence, as a lone ” does
            before = span.doc[token.i - 1] if token.i > span.start else None
            opens = before is None or bool(before.whitespace_) or before.text in _OPENERS
            apostrophes = not apostrophes and opens
            continue
        if token.text in ("“", "”", '"'):
            depth = token.text == "“" or (token.text == '"' and not depth)
            continue
        if depth or apostrophes:
            inside.add(token.i)
    return inside


# What a quote mark may follow with no space between and still open the quote.
_OPENERS = frozenset("( [ — – -".split())


def quote_around(i: int, quoted: set[int]) -> range:
    """The indices of the whole quote (marks excluded) that token ``i`` of ``quoted`` is in."""
    first, last = i, i
    while first - 1 in quoted:
        first -= 1
    while last + 1 in quoted:
        last += 1
    return range(first, last + 1)


def with_quote_marks(span: Span, indices: set[int], quoted: set[int]) -> set[int] | None:
    """``indices`` with the marks of every quote they hold, or None when they hold part of one.
    A quote's own punctuation comes with its words: "to “never, ever, ever” attack"."""
    result = set(indices)
    doc = span.doc
    for i in indices & quoted:
        quote = quote_around(i, quoted)
        if any(j not in indices and not doc[j].is_punct for j in quote):
            return None
        result |= set(quote)
        result |= {j for j in (quote[0] - 1, quote[-1] + 1) if span.start <= j < span.end and doc[j].is_quote}
    return result


def quote_elisions(span: Span, keep: set[int], words: dict[int, str]) -> tuple[dict[int, str], set[int]]:
    """An ellipsis after the last kept word of a quote whose end was cut but whose closing
    mark stayed ('“We will never raise taxes on working families…” senator says'), and the
    quote's punctuation after that word, which the ellipsis replaces."""
    marks: dict[int, str] = {}
    stray: set[int] = set()
    quoted = inside_quotes(span)
    inner: list[int] = []
    for token in span:
        if token.i in quoted:
            inner.append(token.i)
            continue
        if inner and token.is_quote and token.i in keep:
            said = [i for i in inner if not (span.doc[i].is_punct or span.doc[i].is_space)]
            kept = [i for i in said if i in keep]
            if kept and said[-1] > kept[-1]:
                marks[kept[-1]] = words.get(kept[-1], span.doc[kept[-1]].text) + "…"
                stray |= {i for i in inner if i > kept[-1]}
        inner = []
    return marks, stray


def cuts_into_quote(span: Span, drop: set[int]) -> bool:
    """True when ``drop`` takes some words of a quote but not all: a quote is verbatim or absent;
    or the noun that a kept colon and quote tell ("…visiting headquarters to encourage staffers
    with a simple message[:] ''Don't screw this up!''" would give the words to what stays)."""
    quoted = inside_quotes(span)
    doc = span.doc
    for i in drop:
        colon = i + 2 < span.end and doc[i + 1].text == ":" and i + 1 not in drop
        colon = colon and (i + 2 in quoted or doc[i + 2].is_quote)  # NYT's ''…'' too
        if colon and doc[i].pos_ == "NOUN" and doc[i].ent_type_ not in ("DATE", "TIME"):
            return True
    for i in drop & quoted:
        if span.doc[i].is_punct:
            continue  # the comma of '"is much better,"' goes with an attribution cut after it
        words = {j for j in quote_around(i, quoted) if not span.doc[j].is_punct}
        if not words <= drop:  # the full stop inside '…White House.”' belongs to the sentence
            return True
    return False


# What a cut leaves of quote marks at the end of a sentence: a closing mark whose quote went
# ('…said in a statement.”') or an opening one with nothing after it ('…the president said, “.').
_STRAY_CLOSE_AT_END = re.compile(r"(?<=[.!?])”$")
_BARE_OPEN_AT_END = re.compile(r"[\s,;:]*(?:“|(?<=\s)\"|(?<=,)\")\s*([.!?]?)$")


def _drop_empty_quotes(text: str) -> str:
    """Marks whose words were cut ('get drunk " "'), not the gap between two quotes."""
    return _EMPTY_QUOTE.sub(lambda m: "" if text[: m.start()].count('"') % 2 == 0 else m.group(), text)


def balance_sentence_marks(text: str) -> str:
    """A compressed sentence without the quote marks its cuts orphaned at its end."""
    text = _drop_empty_quotes(text)
    if text.count("”") > text.count("“"):
        text = _STRAY_CLOSE_AT_END.sub("", text)
    if text.count("“") > text.count("”") or text.count('"') % 2:
        text = _BARE_OPEN_AT_END.sub(r"\1", text)
    return text


def render_kept(
    span: Span, keep: Iterable[int], present: bool = False, words: dict[int, str] | None = None
) -> str:
    """The tokens of ``span`` in ``keep`` as text, each word whole (:func:`whole_words`), with
    its own spacing where its neighbour stayed and one space across a cut; ``words`` replace
    some tokens ("assures"), and with ``present`` a main past-tense verb is put in the present."""
    keep = whole_words(span, set(keep)) - _subject_commas(span, set(keep))
    words = words or {}
    parts: list[str] = []
    kept = [t for t in span if t.i in keep]
    for n, token in enumerate(kept):
        word = words.get(token.i, token.text)
        if present and is_main_past_verb(token):
            word = present_tense(token)
        parts.append(word)
        nxt = kept[n + 1] if n + 1 < len(kept) else None
        if nxt is not None:
            gap = token.whitespace_ if nxt.i == token.i + 1 else " "
            closing = nxt.text == "”" or (nxt.text == '"' and "".join(parts).count('"') % 2 == 1)
            parts.append("" if closing and nxt.i != token.i + 1 else gap or "")
    return "".join(parts)


def _subject_commas(span: Span, keep: set[int]) -> set[int]:
    """Kept commas that a cut left between a subject and its verb: "An eight-year-old boy [who
    took a snooze in the family's car], apparently slept through…" ended the cut clause, not
    the subject, and no comma separates a subject from its verb."""
    drop = set()
    for token in span:
        if token.text != "," or token.i not in keep or token.i - 1 in keep:
            continue
        after = next((span.doc[i] for i in range(token.i + 1, span.end) if i in keep), None)
        if after is None:
            continue
        verb = after if after.dep_ not in ("advmod", "aux", "auxpass", "neg") else after.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
        if not subjects or (after != verb and not after.i < verb.i):
            continue
        start = subjects[0].left_edge.i
        if not any(i in keep and span.doc[i].text == "," for i in range(start, token.i)):
            drop.add(token.i)
    return drop


_ASIDE_ENDS = frozenset({",", ".", ";", ":", "!", "?", ")", "—", "–", "-", "--"})
_NOT_JOINING = frozenset((*",.;:!?()[]{}\"'“”‘’«»", "—", "--"))  # an em dash parts words: "mall—the"


# Dependencies of a phrase that opens a sentence before its subject.
_OPENING_DEPS = frozenset(("prep", "advcl", "npadvmod", "advmod"))


def whole_words(span: Span, keep: set[int]) -> set[int]:
    """``keep`` with every word kept whole: no rule may leave half of "26-21" or
    "fence-mending"; and the commas that set off a dropped aside of two or more
    words go with it ("Sir Anthony Meyer, [the Tory backbencher…,] has died")."""
    tokens = list(span)
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(tokens):
            joined = not a.whitespace_ and a.text not in _NOT_JOINING and b.text not in _NOT_JOINING
            joined = joined and not a.is_space and not b.is_space  # "support\xa0of\xa0a" is three words
            # a contracted auxiliary is a word of its own: "She's sitting" → "She sits"
            joined = joined and not (b.dep_ in ("aux", "auxpass") and b.text[:1] in "'’")
            if joined and (a.i in keep) != (b.i in keep):
                keep |= {a.i, b.i}
                changed = True
    # a space token between two kept tokens stays, so "“\u2009China … peace\u2009”" can be tidied;
    # so does a conjunction between two kept words: not "Documented [and] undocumented immigrants"
    keep |= {
        t.i
        for t in tokens
        if (t.is_space or t.dep_ == "cc")
        and t.i - 1 in keep
        and t.i + 1 in keep
        and span.start < t.i < span.end - 1
    }
    for n, token in enumerate(tokens):
        if token.text != "," or token.i not in keep:
            continue
        run = list(takewhile(lambda t: t.i not in keep, tokens[n + 1 :]))
        inside = {t.i for t in run}
        # an aside is one phrase: a single word of the run hangs outside it
        # ("have been" before "arrested" is two, and not an aside)
        phrase = sum(t.head.i not in inside for t in run if not t.is_punct) == 1
        # and it ends where the sentence or another comma does, not before a kept word
        # ("is damaging the way, [Tory leader] Michael Howard claimed" keeps its comma)
        ends = n + 1 + len(run) < len(tokens) and tokens[n + 1 + len(run)].text in _ASIDE_ENDS
        if phrase and sum(not t.is_punct for t in run) >= 2 and ends:
            keep.discard(token.i)
            closing = tokens[n + 1 + len(run)]
            if closing.text == ",":
                keep.discard(closing.i)
        # an aside cut with its opening comma takes its closing one ("claim QPR[, facing
        # fines…], are making" is not "claim QPR, are making")
        before = list(takewhile(lambda t: t.i not in keep, reversed(tokens[:n])))[::-1]
        aside = [t for t in before if not t.is_punct]
        prior = tokens[n - len(before) - 1] if before and len(before) < n else None
        opened = prior is not None and before[0].text == "," and prior.i in keep
        cut = {b.i for b in before}
        if not (opened and len(aside) >= 2 and sum(t.head.i not in cut for t in aside) == 1):
            continue
        # not the comma that ends an opening phrase ("During the game[, which…], the goalkeeper")
        opening = any(a.dep_ in _OPENING_DEPS and a.i < a.head.i for a in (prior, *prior.ancestors))
        # and only before the verb the aside parted from its subject ("Smith[, who is 45,] said"),
        # not before a source named after the statement ("…12 months[, with…], research suggests")
        nxt = next((t for t in tokens[n + 1 :] if t.i in keep), None)
        if not opening and nxt is not None and nxt.pos_ in ("VERB", "AUX"):
            keep.discard(token.i)
    return keep


def subjectless(span: Span) -> bool:
    """True for a fragment with no subject that a feature or a deck may open on but a brief
    cannot say: an "-ing" clause ("And giving some lip -- like Kylie Jenner.") or one that
    opens on its verb ("Takes Wisconsin, but Clinton still has the math."). An imperative
    ("Follow us") is not one."""
    root = span.root
    if any(c.dep_ in STATEMENT_SUBJECT_DEPS for c in root.children):
        return False
    if root.tag_ == "VBG":
        return True
    opening = next((t for t in span if not (t.is_punct or t.dep_ == "cc")), None)
    return root.tag_ in ("VBZ", "VBD") and opening is not None and opening.i == root.i


def finish_sentence(text: str) -> str:
    """Rendered words as a sentence: no dateline, no space before punctuation, no comma or
    dash left by a cut (inside a closing quote mark it becomes the stop), a capital first
    letter and a closing stop."""
    text = tidy(strip_dateline(text))
    text = re.sub(r"\s+([,.;:!?])(?!\w)", r"\1", text)  # not ".22" of "a .22 calibre", ".mobi"
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"([;:])\s*,", r"\1", text)  # "mark your calendars: [This Saturday], the…"
    text = re.sub(r"\s*(--|[–—])\s*\1\s*", " ", text)  # the dashes around a dropped aside
    text = re.sub(r",\s*(?=[.;:!?]|$)", "", text)
    text = re.sub(r"(?<!\.)\.\.$", ".", text)  # "in Burns, Ore.[, as the cameraman…]."
    text = _DOUBLED_WORD.sub(r"\1", text)  # the article's typo: "Joshua Burns and and his wife"
    if not _SINGLE_OPENING.search(text):
        text = _STRAY_SINGLE_CLOSE.sub("", text)
    text = text.strip(" ,;:-–—")
    text = _SAID_ASIDE_OPENING.sub(r"\1 ", text)  # "[In contrast,] he said, the popularity…"
    if text and text[-1] not in ".!?”\"'’":
        text += "."
    elif text[-2:-1] not in ("", ".", "!", "?", ",") and text[-1] in '”"':
        text += "."  # "…to “stop pimping black votes”" ends inside no sentence of the quote's own
    elif text[-2:-1] == "," and text[-1] in '”"':
        text = text[:-2] + "." + text[-1]  # "…with “bemused interest,”" before a cut: its stop
    elif text.endswith(",''"):
        text = text[:-3] + ".''"  # the same in a style that closes with two single marks
    elif _SINGLE_QUOTED_END.search(text) and text[-2:-1] not in (".", "!", "?"):
        # "…are 'fake'" before a cut: a closing single mark, not an apostrophe, since one opens
        # at a word's start with no other single mark after it
        text = (text[:-2] + "." + text[-1]) if text[-2:-1] == "," else text + "."
    return text[:1].upper() + text[1:]


# "he said," left opening a sentence by the cut of what came before it ("In contrast, he said,
# the popularity of vans would fade", review 119): an aside no more, so no comma after it.
_SAID_ASIDE_OPENING = re.compile(
    r"^((?:he|she|they|He|She|They)\s+(?:said|says|added|adds|argued|argues|insisted|insists|warned|warns)),\s+(?=[a-z])(?![^,]{0,30},)"
)
# A small word typed twice ("and and"), which no sentence means.
# Not "in in" or "on on": "getting stuck in in her leggings" is a particle and a preposition.
_DOUBLED_WORD = re.compile(r"\b(and|the|a|an|of)\s+\1\b", re.IGNORECASE)
# A single closing mark after a word that is no plural's or dropped g's ("…government
# intervention', amid doubts", as the article had it, review 67) in a sentence where no
# single mark opens: a typo, which a brief does not copy.
_SINGLE_OPENING = re.compile(r"(?:^|[\s(\[“\"—–/-])['‘]\w")
_STRAY_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z])(?<![sS])(?<!in)(?<!\bol)(?<!\bo)['’](?=[\s,.;:!?]|$)")
_SINGLE_QUOTED_END = re.compile(r"(?:^|[\s(\[])['‘][^\s'‘’][^'‘’]*['’]$")


def ends_dangling(text: str) -> bool:
    """True when ``text`` ends in a word that leaves it unfinished ("of", "the", a comma)."""
    stripped = text.rstrip()
    if stripped.endswith((",", ";", ":", "-", "–")):
        return True
    if re.search(r"\w[.!?…]?[”\"]$", stripped):
        return False  # a quote's own last word: 'slogan is “I’m with her”' (its speaker ended it)
    word = stripped.split()[-1] if stripped.split() else ""
    if word[:1].islower() and word.endswith(("'s", "’s")):
        return True  # a possessive waits for its noun: "…on Fox News channel’s"; not "McDonald's"
    last = re.sub(r"[^\w']", "", word.lower())
    if last == "so" and _SO_AS_OBJECT.search(stripped):
        return False  # "…whether it is even appropriate to do so", "she said so": a whole clause
    return last in DANGLING


# A verb "so" stands in for the object of: "do so", "did so", "said so", "think so", "hope so".
_SO_AS_OBJECT = re.compile(
    r"\b(?:do|does|did|doing|done|say|says|said|saying|think|thinks|thought|hope|hoped|believe|believed|"
    r"suppose|expect|expected|told\s+\w+)\s+so\W*$",
    re.IGNORECASE,
)


def quote_ends_after(span: Span, keep: set[int]) -> bool:
    """True when the last kept word ends a quote: only punctuation, then a closing mark, follow."""
    words = [i for i in keep if not span.doc[i].is_punct]
    # only double marks: a ’ after a word is as often an apostrophe ("the workers’ families")
    for token in span.doc[max(words) + 1 : span.end] if words else ():
        if token.text in ("”", '"'):
            return True
        if not (token.is_punct or token.is_space):
            return False
    return False


# A closing mark whose quote was cut, with the quote's own end ("… rallies supporters.”").
_STRAY_CURLY_CLOSE = re.compile(r"[\s.!?,;:]*”$")
_STRAY_STRAIGHT_CLOSE = re.compile(r"(?:\s|(?<=[.!?,;:]))[.!?,;:]*\"$|[.!?,;:]+\"$")
_EMPTY_QUOTE = re.compile(r"\s*(?:“\s*”|\"\s*\")")
_BARE_OPEN = re.compile(r"[\s,;:]*[“\"]$")


def mend_quotes(text: str, *, quote_ends: bool) -> str:
    """Quote marks in pairs: a closing mark left after its quote was cut goes, as does an
    opening one with nothing after it; a quote the headline ends inside is closed where the
    quote itself ends (``quote_ends``), and otherwise with an ellipsis that says words were
    left out ('would "never raise taxes…"'), since closing a cut quote bare would misquote."""
    text = _drop_empty_quotes(text)
    if text.count("”") > text.count("“"):
        text = _STRAY_CURLY_CLOSE.sub("", text)
    if text.count('"') % 2:
        text = _STRAY_STRAIGHT_CLOSE.sub("", text).rstrip()
    if text.count("“") > text.count("”") or text.count('"') % 2:
        text = _BARE_OPEN.sub("", text)
    if text.count('"') % 2:  # a mark standing alone is no quote: 'Mayor " resigns'
        text = re.sub(r'\s+"(?=\s)', "", text)
    cut_short = "" if quote_ends and not text.endswith("…") else "…"
    if text.count("“") > text.count("”") and text.rfind("“") > text.rfind("”"):
        text = text.rstrip(" ,;:") + cut_short + "”"
    elif text.count('"') % 2 and _STRAIGHT_OPENER.search(text) and not text.endswith('"'):
        text = text.rstrip(" ,;:") + cut_short + '"'
    return _STOP_BEFORE_CLOSE.sub(r"\1", text)  # '“didn’t work,”' was followed by more


# The last straight mark opens a quote only after a space and before a word: not '12" pipe'.
_STRAIGHT_OPENER = re.compile(r'(?:^|(?<=[\s(:]))"(?=[\w\[(‘\'])[^"]*$')
# No final stop, not even inside a quote: '“being ridiculous.”' → '“being ridiculous”'.
_STOP_BEFORE_CLOSE = re.compile(r"[,;:.]([”\"])$")


def cut_words(text: str, max_chars: int) -> str:
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
        if marks_balanced(" ".join(candidate)):
            best = candidate
            break
    else:  # no clean boundary: at least never end on "of a"
        while len(best) > 3 and (
            best[-1].lower().strip(",;:“”\"'") in DANGLING or best[-1].endswith((",", ";", ":"))
        ):
            best = best[:-1]
    return " ".join(best).rstrip(",;:")


def marks_balanced(text: str) -> bool:
    """True when every quote mark and bracket of ``text`` is paired."""
    return (
        text.count("“") == text.count("”")
        and text.count('"') % 2 == 0
        and not _open_after(text)
        and text.count("(") == text.count(")")
    )


def _open_after(text: str) -> bool:
    """Whether ``text`` has a quote its two apostrophes ('') open and never close, or one they
    close and never opened, paired as :func:`inside_quotes` pairs them: one opens only after a
    space or a bracket, and after a figure it is inches ("6'2''")."""
    depth = False
    for mark in re.finditer(r"''", text):
        before = text[mark.start() - 1] if mark.start() else " "
        if depth:
            depth = False
        elif before.isspace() or before in _OPENERS:
            depth = True
        elif not before.isdigit():
            return True  # "…as long as it takes'' says Smith": a close with no open
    return depth

"""Every direct quote of an article: spans from :mod:`briefgen.read.quote_spans`, speakers from :mod:`.attribution`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..read.cleaning import is_boilerplate
from ..read.quote_spans import QuoteSpan, find_quote_spans
from ..types import AnalysedArticle, Quote, SpeakerConfidence
from .attribution import Attribution, Attributor
from .patterns import speech_verb
from .speakers import build_registry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SCARE_MAX_WORDS = 3
# "Trump, the Republican nominee, told reporters on Monday."; "said Robert Stone, a 59-year-old
# retired teacher from …": one sentence of attribution, however long its description.
MAX_ATTRIBUTION_WORDS = 40
# A sentence ending inside the words between two pieces: they are narration, not one attribution.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")
_INTERRUPTION = frozenset(",?!—–-…")
_SENTENCE_END = ".!?…"
_MARKS = "\"'“”‘’«»„‚‹›`"


def find_quotes(analysed: AnalysedArticle) -> tuple[Quote, ...]:
    """Every direct quote in the article, in article order, verbatim, with its speaker when known.

    Scare quotes (a label of one to three words inside a sentence, a "political
    settlement") are included and flagged ``scare``; fragments woven into the
    reporter's own sentence (said she had “a very emotional conversation”) are
    included and flagged ``partial`` (:func:`is_woven`).
    """
    text = analysed.text
    spans = [span for span in find_quote_spans(text) if not in_furniture(text, span)]
    if not spans:
        return ()
    doc = analysed.doc if analysed.doc is not None and analysed.doc.text == text else None
    if doc is None:
        attributions = [None] * len(spans)
    else:
        attributions = Attributor(doc, spans, build_registry(doc)).attribute_all()
    quotes: list[Quote] = []
    previous: tuple[QuoteSpan, Attribution | None] | None = None
    for span, attribution in zip(spans, attributions, strict=True):
        pieces = paragraph_pieces(text, span)
        if previous is not None and quotes and _interrupted(text, *previous, span, attribution):
            first = quotes.pop()
            speaker = first.speaker or (attribution.speaker if attribution else None)
            confidence = first.speaker_confidence if first.speaker else _confidence(attribution)
            quotes.append(
                Quote(
                    text=text[first.start : span.end],
                    start=first.start,
                    end=span.end,
                    speaker=speaker,
                    cue=first.cue or (attribution.cue if attribution else None),
                    parts=(*(first.parts or ((first.start, first.end),)), *pieces),
                    speaker_confidence=confidence if speaker else None,
                )
            )
        else:
            scare = is_scare(text, span.start, span.end, span.open_mark) or is_listed(text, span)
            partial = not scare and is_woven(text, span, doc)
            quotes.append(
                Quote(
                    text=text[span.start : span.end],
                    start=span.start,
                    end=span.end,
                    speaker=attribution.speaker if attribution else None,
                    cue=attribution.cue if attribution else None,
                    scare=scare,
                    partial=partial,
                    parts=pieces if len(pieces) > 1 else (),
                    speaker_confidence=_confidence(attribution),
                )
            )
        previous = (span, attribution)
    return tuple(quotes)


# A line pointing to other media or stories: "WATCH: …", "LOOK: …" ("READ MORE:" and
# "RELATED:" are boilerplate already, :func:`briefgen.read.cleaning.is_boilerplate`).
_LINK_LINE = re.compile(r"^\W*(?:MORE|WATCH|LOOK|LISTEN|SEE ALSO|ALSO ON \w+)\b\s*:")
SUBHEAD_MAX_WORDS = 15


def in_furniture(text: str, span: QuoteSpan) -> bool:
    """True for a quote that is page furniture rather than the article's copy: in a link to
    another story ("READ MORE: ‘Still in shock’: …"), a caption or credit, or a subhead that
    is nothing but a quote with no full stop (‘I'm not an alien, but I am a mutant’), which
    repeats words the copy quotes with their speaker."""
    start = text.rfind("\n", 0, span.open_mark) + 1
    end = text.find("\n", span.end)
    line = text[start : end if end >= 0 else len(text)].strip()
    if _LINK_LINE.match(line) or is_boilerplate(line):  # captions and credits included
        return True
    body = text[span.start : span.end].strip()
    bare = line.strip(_MARKS + " ")
    return bare == body and body[-1:] not in _SENTENCE_END and len(body.split()) <= SUBHEAD_MAX_WORDS


def _confidence(attribution: Attribution | None) -> SpeakerConfidence | None:
    if attribution is None or attribution.speaker is None:
        return None
    confidence = attribution.confidence or "guessed"
    return confidence if confidence in ("named", "resolved") else "guessed"


def paragraph_pieces(text: str, span: QuoteSpan) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each paragraph of a quote, the marks reopening a paragraph left out."""
    pieces = []
    start = span.start
    while True:
        newline = text.find("\n", start, span.end)
        end = newline if newline >= 0 else span.end
        piece_start, piece_end = start, end
        while piece_end > piece_start and (text[piece_end - 1].isspace() or text[piece_end - 1] in _MARKS):
            piece_end -= 1
        while piece_start < piece_end and (text[piece_start].isspace() or text[piece_start] in _MARKS):
            piece_start += 1
        if piece_end > piece_start:
            pieces.append((piece_start, piece_end))
        if newline < 0:
            break
        start = newline + 1
    return tuple(pieces) or ((span.start, span.end),)


def _interrupted(
    text: str,
    first: QuoteSpan,
    first_attribution: Attribution | None,
    second: QuoteSpan,
    second_attribution: Attribution | None,
) -> bool:
    """True for one quote interrupted by its attribution: “Yes,” she said, “we will.”

    The first piece ends on a comma (or ?, !, a dash), the words between are a short
    attribution holding the cue, both pieces are in one paragraph and no other
    speaker is named for either.
    """
    if first.close_mark is None or first_attribution is None or second_attribution is None:
        return False
    gap = text[first.close_mark : second.open_mark]
    words = gap.split()
    if "\n" in gap or not 0 < len(words) <= MAX_ATTRIBUTION_WORDS:
        return False
    if gap.rstrip()[-1:] not in ",.:;—–":
        return False  # “Scandal,” thanked Obama for “…”: the words between are not an attribution
    inner = gap.strip().rstrip(".")
    if any(not _abbreviation(inner[: m.start() + 1]) for m in _SENTENCE_BREAK.finditer(inner)):
        return False
    last = text[first.start : first.end].rstrip()[-1:]
    if last not in _INTERRUPTION and not gap.lstrip().startswith(","):
        return False
    speaker, other = first_attribution.speaker, second_attribution.speaker
    if speaker is None or (other is not None and other != speaker):
        return False
    cue = first_attribution.cue
    return bool(cue) and cue in {w.strip(",.:;") for w in words}


def _abbreviation(text: str) -> bool:
    """True when ``text`` ends on an abbreviation's stop ("Mr.", "Fla.", "U.S."), not a sentence's."""
    word = text.split()[-1] if text.split() else ""
    return len(word) <= 5 and word[:1].isupper() and (len(word) <= 4 or "." in word[:-1])


# Quoted terms in a list: "The other words to make the list are “wrap my head around,”
# “grapple,” “optics” and “thought leader.”", signs "reading “Build pipelines” and “The UN is a
# scam,”": each names words, and none is what someone said to the reporter.
_LIST_JOIN = re.compile(r"^[\s,;]*(?:(?:and|or)\s+)?$")
_LISTED_MAX_WORDS = 8


def is_listed(text: str, span: QuoteSpan) -> bool:
    """True for a short quote next to another in a list: a comma, "and" or "or" between its
    closing mark and the next opening mark (or between the last closing mark and it), the
    comma inside the marks in North American style (“grapple,” “optics”). Two quotes with
    only a space between them are two sentences of one speaker, not a list."""
    body = text[span.start : span.end]
    if span.close_mark is None or len(body.split()) > _LISTED_MAX_WORDS:
        return False
    after = text[span.close_mark : span.close_mark + 12]
    nxt = re.search(r"[“\"]", after)
    if nxt and _joins(after[: nxt.start()], body.rstrip()[-1:] == ","):
        return True
    before = text[max(0, span.open_mark - 12) : span.open_mark]
    prev = max(before.rfind("”"), before.rfind('"'))
    return prev > 0 and _joins(before[prev + 1 :], before[prev - 1] == ",")


def _joins(between: str, comma_inside: bool) -> bool:
    """Whether ``between`` two quotes joins them as items of a list."""
    if "\n" in between or not _LIST_JOIN.match(between):
        return False
    return comma_inside or bool(between.strip())


# "said", "told reporters", "calls herself": the words after such a verb are its speech, in
# their own syntax; after any other word they continue the reporter's sentence.
_SPEECH_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
_WORD_BEFORE = re.compile(r"([^\W_][\w’']*)[ \t]*$")


def is_woven(text: str, span: QuoteSpan, doc: Doc | None = None) -> bool:
    """True for a fragment woven into the reporter's own sentence, a mixed quote: Freeland said
    she had “a very emotional conversation”, the department added that “in some cases…”.

    The quote opens straight after a word (no comma, colon or line break before its mark)
    that is not a verb of speech nor the listener or object of one ("said “…”", "told
    reporters “…”", "called it “…”"). Its words are verbatim, but the sentence they make
    is the reporter's, so it is no statement of the speaker's on its own: a key quote only
    to fill a slot no direct quote can, and not a direct quote in the annotated corpora's
    sense (both leave out such fragments nearly always). A fragment a verb of speech
    introduces is partial too when the reporter's sentence runs on through it
    (:func:`_runs_on`).
    """
    before = text[: span.open_mark].rstrip(_MARKS + " \t")
    word = _WORD_BEFORE.search(before)
    if word is None or not word.group(1)[-1:].isalnum():
        return False
    if doc is None or doc.text != text:
        introduced = word.group(1).lower() in _SPEECH_FORMS
    else:
        token = _token_ending(doc, word.end(1))
        if token is None:
            introduced = word.group(1).lower() in _SPEECH_FORMS
        else:
            introduced = speech_verb(token) or (token.dep_ in _SPEECH_OBJECT_DEPS and speech_verb(token.head))
    return not introduced or _runs_on(text, span)


def _runs_on(text: str, span: QuoteSpan) -> bool:
    """True when the reporter's sentence runs on through a fragment that a verb of speech
    introduced: said “waiting for a response” from him. The words begin in lower case, end
    on no stop or comma, and the sentence goes on after the closing mark."""
    body = text[span.start : span.end].strip()
    if not body[:1].islower() or body[-1:] in ",.!?…;:" or span.close_mark is None:
        return False
    after = _WORD_AFTER.match(text, span.close_mark)
    return after is not None and after.group(1) not in _ATTRIBUTION_WORDS


_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w’']*)")
# Words that open an attribution after the closing mark ("…” she said): not the reporter's run-on.
_ATTRIBUTION_WORDS = frozenset(
    "he she they it we i you said says told added asked wrote according the".split()
)


# Without a parse: the common forms of the commonest speech verbs.
_SPEECH_FORMS = frozenset(
    "say says said tell tells told add adds added ask asks asked write writes wrote call calls called "
    "chant chants chanted state states stated declare declares declared".split()
)


def _token_ending(doc: Doc, offset: int) -> Token | None:
    """The token of ``doc`` ending at character ``offset``, if one does."""
    span = doc.char_span(offset - 1, offset, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[-1]
    return token if token.idx + len(token.text) == offset else None


def is_scare(text: str, start: int, end: int, open_mark: int) -> bool:
    """A short label in quote marks inside a sentence, not a spoken sentence of its own."""
    body = text[start:end]
    if len(body.split()) > SCARE_MAX_WORDS:
        return False
    last = body.rstrip()[-1:]
    if last in "!?…":
        return False  # “Never!”
    if last == "." and not body[:1].islower():
        return False  # she said “Yes.”
    # North American style puts the sentence's own stop inside the marks, so a label
    # that ends its sentence (“become “unhealthy.”) is still a label.
    before = text[:open_mark].rstrip(" ")
    return bool(before) and before[-1] not in "\n:.!?"

"""The checks of ``bench/lint.py``: what an editor would send back in a brief.

Each check looks at one brief (headline and bullets) next to the analysed article it was
made from and yields :class:`Finding`s. They are written to be precise rather than
exhaustive: a finding should be an error an editor would mark, so that a count of zero
means something. Every check is plain code on the text and the article's own parse, with
no model of its own.

Checks (``Finding.check``):

- ``unpaired-quote``: a headline or bullet whose double quote marks do not pair up
  (“ without ”, or an odd number of ").
- ``glued``: two sentences in one bullet (a full stop inside it, outside any quote), or a
  caption run into the copy without a stop ("…sleep walking He insisted").
- ``split``: a bullet that starts or ends inside an article sentence the splitter broke at an
  abbreviation ("Mr. | Obama believes…"), or whose source sentence starts in lower case.
- ``mid-phrase``: a headline or bullet ending on a word that leans on what was cut (an
  article, a preposition without its object, an auxiliary), or whose cut took a complement
  that completes the predicate ("involved [in a crash]", "£50bn [in losses]", "fell [to a
  record low]", "one gigabit [a second]", "would back [the bill]").
- ``furniture``: captions, photo and wire credits, gallery prompts, "Scroll down for video",
  bylines, related links, "(right)"/"(left)" and chart references.
- ``no-referent``: a bullet opening on "he/she/his/her" or a demonstrative ("This", "That
  argument") with nothing earlier in the brief it can refer to, or on a word pointing back
  ("The 44-year-old…") right after a bullet that cut a subject it may point to.
- ``source-cut``: a headline or bullet that keeps a claim but cut its source ("…, police
  said", "according to the inquiry", "X told reporters"): a claim without its source is a
  different statement.
- ``not-deletion``: a bullet whose words are not, in order, words of one article sentence.
  The only changes the engine documents for bullets are deletions plus: the first letter
  capitalised, a final stop added (a comma a cut left inside a closing quote mark becomes
  it), a dateline removed and spacing tidied
  (``briefgen.condense.wording.finish_sentence``), and an ellipsis where a quote was cut
  (``briefgen.condense.wording.quote_elisions``); none of them adds or changes a word.
- ``headline-over-90``: a headline longer than 90 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.condense.alignment import align, cut_offsets, lemma_stems, pieces
from briefgen.condense.faithful import cut_source, mid_phrase
from briefgen.condense.lost_clause import leans_on_cut
from briefgen.condense.quote_marks import inside_quote, unpaired_quotes
from briefgen.condense.referents import missing_referent
from briefgen.read.cleaning import glue_points
from briefgen.read.titles import ends_on_particle, title_headline

if TYPE_CHECKING:
    from briefgen.types import AnalysedArticle, Summary

CHECKS = (
    "unpaired-quote",
    "glued",
    "split",
    "mid-phrase",
    "furniture",
    "no-referent",
    "source-cut",
    "not-deletion",
    "headline-over-90",
)


@dataclass(frozen=True)
class Finding:
    """One lint finding: which check, where in the brief, the text, and why."""

    check: str
    where: str  # "headline" or "bullet N"
    text: str
    detail: str


# ---------------------------------------------------------------- glued and split

# Abbreviations that never end a sentence: a title before a name.
TITLE_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Messrs Dr Sen Sens Rep Reps Gov Govs Lt Gen Col Maj Capt Cmdr Sgt Cpl Pvt Adm "
    "Prof Rev Fr Hon Supt Insp Det Const Pres Amb Atty Gen Sec St Mt Ft No Nos Vol "
    "vs Jan Feb Aug Sept Oct Nov Dec".split()
)
# Abbreviations that may end a sentence, but not before a lower-case word or a digit.
_ENDING_ABBREVIATIONS = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:a\.m|p\.m|etc|Inc|Corp|Co|Ltd)\.$")
_TITLE_AT_END = re.compile(r"\b(" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.$")
# A sentence end inside a bullet: a word, a stop (and maybe a closing mark), a capital.
_INNER_STOP = re.compile(r"\b([A-Za-z]\w*|\d[\d,]*%?)([.!?])[)’]?\s+(?=[A-Z][a-z])")
# A caption run into the copy: a lower-case word, then a pronoun that starts a clause.
_GLUED_CAPTION = re.compile(r"\b[a-z]{2,} (?:He|She|They|We|His|Her|Their)\s+[a-z]{2,}")


def _cut_verdict(span, offsets) -> str | None:
    return mid_phrase(span, offsets) or cut_source(span, offsets)


def glued(text: str) -> str | None:
    """Why ``text`` holds two sentences run together, or None."""
    for match in _INNER_STOP.finditer(text):
        word = match.group(1)
        if word in TITLE_ABBREVIATIONS or len(word) == 1 or inside_quote(text, match.start(2)):
            continue
        if re.search(r"(?:\b[A-Z]\.)+[A-Z]$", text[: match.start(2)]):  # "U.S" of "U.S."
            continue
        return f"a stop after {word!r} inside the bullet"
    match = _GLUED_CAPTION.search(text)
    if match and not inside_quote(text, match.start()):
        return f"a clause run on without a stop: {match.group()!r}"
    return None


def split_before(article_text: str, start: int) -> str | None:
    """Why the sentence starting at ``start`` is the tail of a sentence broken too early, or None."""
    first = article_text[start : start + 1]
    if first.islower():
        return "starts in lower case"
    before = article_text[max(0, start - 40) : start].rstrip()
    match = _TITLE_AT_END.search(before)
    if match:
        return f"follows {match.group()!r}"
    if _ENDING_ABBREVIATIONS.search(before) and (first.isdigit() or first.islower()):
        return f"follows {before.split()[-1]!r}"
    return None


# ---------------------------------------------------------------- furniture

_FURNITURE = [
    (
        "caption",
        r"\bpictured\b|\b(?:above|below|inset)\s*:|^(?:left|right|above|top|bottom)\s*:"
        r"|\bin this (?:[\w-]+ ){0,3}(?:photo|picture|image|handout|file photo|photograph)\b"
        r"|\b(?:photo|picture|image)s? (?:shows?|taken|released|provided|dated)\b",
    ),
    (
        "position",
        r"\((?:(?:second|third|far|top|bottom|centre|center|front|back)[\s-]+)?"
        r"(?:right|left|centre|center|above|below|top|bottom|inset|pictured|file)\)",
    ),
    (
        "credit",
        r"\bGetty\s*Images\b|\bAP Photo\b|\bAFP/|\bREUTERS/[A-Z]|\bReuters/[A-Z]\w+ [A-Z]|\bFile Photo\b|\bhandout photo\b"
        r"|\bPhoto(?:graph)?\s*(?:credit|by)\b|\bImage (?:copyright|caption)\b"
        r"|\(\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*\s*/\s*[A-Z][^()]*\)|\bvia Getty\b"
        r"|\b[A-Z][A-Za-z.'-]+ [A-Z][A-Za-z.'-]+ / (?:AP|AFP|Reuters|The Canadian Press|CP)\b",
    ),
    (
        "prompt",
        r"\bOpen this photo\b|\bclick (?:here|through|to)\b|\bscroll (?:down|up)\b|\bswipe (?:left|right|through|to)\b"
        r"|\b(?:watch|see) (?:the )?video\b|\bvideo (?:below|above)\b|\bview (?:the )?gallery\b"
        r"|\bsee (?:more )?(?:photos|pictures|images)\b|\bMedia playback\b|\bvideo can ?not be played\b",
    ),
    (
        "byline",
        r"(?-i:^(?:By|BY) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})\s*(?:$|[|,.-]|and |for )|\b(?:PUBLISHED|UPDATED)\s*:"
        r"|\bLast updated\b|^(?:Updated|Published)\s*:?\s*\d",
    ),
    (
        "link",
        r"^(?:Related|Read more|More|See also|Also read|RELATED|READ MORE)\s*:|\bsign up\b|\bfollow us\b"
        r"|\bshare this\b|\bAdvertisement\b|\bsubscribe (?:to|now)\b|\bFlagShare",
    ),
    (
        "chart",
        r"\b(?:chart|graphic|graph|table|map|infographic)s? (?:below|above|at the (?:bottom|top)|on the (?:right|left))\b"
        r"|\b(?:the|this) (?:chart|graphic|graph|infographic) (?:shows|illustrates)\b"
        r"|\bsee (?:the )?(?:chart|graphic|table|map)\b|\bat the bottom of this (?:article|page|story)\b",
    ),
]
_FURNITURE_RE = [(name, re.compile(p, re.IGNORECASE if name != "credit" else 0)) for name, p in _FURNITURE]


def furniture(text: str) -> str | None:
    """The kind of page furniture in ``text`` and its words, or None."""
    for name, pattern in _FURNITURE_RE:
        match = pattern.search(text)
        if match:
            return f"{name}: {match.group()!r}"
    return None


# Words a text cannot end on, whatever was cut (no pronoun use: "her", "that", "this" can end one).
_DANGLING_END = frozenset(
    "a an the of and or but to in on at for with by from as which whose than its his their our "
    "your my is are was were be been has have had will would can could should may might must "
    "not no nor if when while into onto about against between during".split()
)


def dangling_end(text: str) -> str | None:
    """Why ``text`` ends on a word that leaves it unfinished, or None."""
    stripped = text.rstrip(" .!?”\"’'…")
    if stripped.endswith((",", ";", ":", "-", "–", "—")):
        return f"ends on {stripped[-1]!r}"
    words = stripped.split()
    last = re.sub(r"[^\w']", "", words[-1].lower()) if words else ""
    return f"ends on {last!r}" if last in _DANGLING_END else None


# ---------------------------------------------------------------- one brief


def _sentence_of(analysed: AnalysedArticle, offsets: Sequence[int]):
    for sentence in analysed.sentences:
        if sentence.start <= offsets[0] < sentence.end:
            return sentence
    return None


def _headline_source(analysed: AnalysedArticle, headline: str):
    """The article sentence the headline was cut from (most of its words, in order), or None."""
    best, best_count = None, 0
    for sentence in analysed.sentences[:12]:
        # a headline puts its verb in the present: "knew" → "knows" aligns by the verb's lemma
        span = analysed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        stems = lemma_stems(span) if span is not None else None
        offsets = align(headline, sentence.text, sentence.start, loose=True, stems=stems) or []
        if len(offsets) > best_count:
            best, best_count = (sentence, offsets), len(offsets)
    if best is None or best_count < 0.6 * len(pieces(headline)):
        return None
    return best


def lint_brief(analysed: AnalysedArticle, summary: Summary, *, title: str | None = None) -> Iterator[Finding]:
    """Every finding for one brief of ``analysed``."""
    headline = summary.headline or ""
    doc = analysed.doc
    if headline:
        for check, why in (
            ("unpaired-quote", unpaired_quotes(headline)),
            ("furniture", furniture(headline)),
            (
                "mid-phrase",
                None
                if headline == title_headline(title) and ends_on_particle(headline)
                else dangling_end(headline),
            ),
            ("headline-over-90", f"{len(headline)} characters" if len(headline) > 90 else None),
        ):
            if why:
                yield Finding(check, "headline", headline, why)
        source = None if headline == title else _headline_source(analysed, headline)
        if source is not None and not dangling_end(headline):
            sentence, offsets = source
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            why = mid_phrase(span, offsets) if span is not None else None
            if why:
                yield Finding("mid-phrase", "headline", headline, f"{why} (from: {sentence.text})")
            why = cut_source(span, offsets) if span is not None and ":" not in headline else None
            if why:
                yield Finding("source-cut", "headline", headline, f"{why} (from: {sentence.text})")
    persons = sorted({e.text for e in analysed.entities if e.label == "PERSON"})
    earlier = [headline]
    previous_index = None
    for n, bullet in enumerate(summary.bullets, 1):
        where, text = f"bullet {n}", bullet.text
        for check, why in (
            ("unpaired-quote", unpaired_quotes(text)),
            ("glued", glued(text)),
            ("furniture", furniture(text)),
        ):
            if why:
                yield Finding(check, where, text, why)
        index = bullet.sentences[0] if bullet.sentences else None
        sentence = analysed.sentences[index] if index is not None else None
        span_of = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if sentence else None
        # as the engine reads it: a word the sentence has twice is whichever makes a faithful cut
        offsets = cut_offsets(span_of, text, _cut_verdict) if span_of is not None else None
        if offsets is None:
            matched = next((s for s in analysed.sentences if align(text, s.text, s.start) is not None), None)
            if matched is None:
                yield Finding("not-deletion", where, text, "its words are not those of one article sentence")
            else:
                sentence, offsets = matched, align(text, matched.text, matched.start)
        if sentence is not None and offsets:
            why = split_before(analysed.text, sentence.start)
            if why is None and _TITLE_AT_END.search(text.rstrip()):
                why = "ends on a title abbreviation"
            if why is None:
                why = _opens_on_relative(doc, offsets[0])
            if why:
                yield Finding("split", where, text, why)
            span = _from_glue_point(
                doc.char_span(sentence.start, sentence.end, alignment_mode="expand"), offsets[0]
            )
            ends_early = (
                len(pieces(sentence.text)) and offsets[-1] != pieces(sentence.text, sentence.start)[-1][1]
            )
            why = (dangling_end(text) if ends_early else None) or (
                mid_phrase(span, offsets) if span is not None else None
            )
            if why:
                yield Finding("mid-phrase", where, text, f"{why} (from: {sentence.text})")
            why = cut_source(span, offsets) if span is not None else None
            if why:
                yield Finding("source-cut", where, text, f"{why} (from: {sentence.text})")
        follows = index is not None and previous_index is not None and index == previous_index + 1
        opening = n == 1 and index is not None and index == analysed.opening_index()
        why = missing_referent(text, earlier, persons, follows, opening=opening)
        if why is None and follows and doc is not None:
            before = analysed.sentences[previous_index]
            span_before = doc.char_span(before.start, before.end, alignment_mode="expand")
            if span_before is not None and leans_on_cut(span_before, earlier[-1], text):
                why = "opens on a word pointing back at a subject the previous bullet cut"
        if why:
            yield Finding("no-referent", where, text, why)
        earlier.append(text)
        previous_index = index


def _from_glue_point(span, offset: int):
    """``span`` from the bullet's first word on when a caption was glued before it there (the
    engine reads the copy after a glue point as a sentence of its own): the caption's
    source is none of the bullet's."""
    if span is None:
        return None
    points = set(glue_points(span)) | set(glue_points(span, strict=True))
    start = next((t.i for t in span if t.idx == offset), None)
    return span.doc[start : span.end] if start in points else span


def _opens_on_relative(doc, offset: int) -> str | None:
    """Why a bullet whose first word (at article ``offset``) is the relative pronoun of a
    clause whose antecedent was cut reads split ("Which took place on March 27, …"), or None."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if token is not None and token.tag_ in ("WDT", "WP", "WP$") and token.head.dep_ == "relcl":
        return f"opens on {token.text!r}, whose antecedent {token.head.head.text!r} was cut"
    return None

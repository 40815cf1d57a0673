"""Cleaning news copy: telling page furniture from news, and trimming datelines.

Nothing here changes the article text (offsets stay true): it classifies sentences and cleans a brief's copy.
"""

from __future__ import annotations

import re

from ..lexicon import (
    CALENDAR_WORDS,
    FINITE_TAGS,
    KIN_NOUNS,
    ROLE_NOUNS,
    SENTENCE_CONTINUERS,
    SPEECH_LEMMAS,
    SUBJECT_DEPS,
    VERB_POS,
)
from .corrections import correction_spans
from .furniture import is_furniture
from .pull_quotes import pull_quote, repeats_a_quote
from .quote_spans import mend_typed_double
from .writers import writer_note_span

_BOILERPLATE = re.compile(
    r"""^\W*(?:
        scroll\s+down\b | click\s+here\b | (?:watch|see)\s+(?:the\s+)?video\b |
        (?:watch|listen\s+to|view)\b[^.!?\n]{0,80}\b(?:above|below)\W*$ |
        (?:this\s+)?(?:interview|conversation|transcript|exchange|questions\s+and\s+answers|q\s?&\s?a)\b
            [^.!?\n]{0,30}\bha(?:s|ve)\s+been\s+(?:lightly\s+)?(?:edited|condensed) |
        (?:read|see)\s+more\b | share\s+this\b | follow\s+(?:us|@) | sign\s+up\b |
        here(?:'s|’s|\s+is|\s+are)\s+(?:a\s+look|a\s+list|our|some\s+of\s+the)\b |
        here(?:'s|’s|\s+is|\s+are)\b[^.!?]*:\s*$ |
        follow\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+on\s+(?:twitter|facebook|instagram|x)\b |
        (?:photo|image|picture|video)\s*(?:credit)?s?\s*: |
        by\s+\.?\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*\.?\s*(?:$|published:|and\s) |
        published:\s | last\s+updated:\s | updated?:\s | (?:correction|editor['’]s\s+note)\s*: |
        copyright\b | ©  |
        advertisement\s*$ | related\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A dateline the splitter left on its own: "PASADENA, Calif., Jan. 1 (UPI) —".
_BARE_DATELINE = re.compile(
    r"""^\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s[\w.'-]+){0,2}){0,3}\s*
        (?:\([\w .'-]{1,30}\)\s*(?:--|[-–—―:])?|--|[-–—―:])\s*$""",
    re.VERBOSE,
)

# "(Beijing)", "BEIJING (Reuters) -", "LONDON, England (CNN) --", "WASHINGTON —"; "Kabul — The…";
# "CNN)ESPN's…" (a credit glued to the first word, cut of its "("); only before a capital:
# "Abase Hussen – who blamed police – conceded" is a name and an aside
_DATELINE = re.compile(
    r"""^\s*(?:
        \(\s*[A-Z][\w .'-]{1,40}\)\s*[-–—:]*\s*(?=[A-Z“"]) |
        (?:CNN|AP|AFP|Reuters|UPI|Bloomberg)\)\s*(?:--|[-–—―:])?\s*(?=[A-Z“"]) |
        [A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([\w .'-]{1,30}\))?\s*(?:--|[-–—―:])\s+ |
        [A-Z][\w .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*\((?:CNN|AP|AFP|Reuters|UPI|Bloomberg)\)\s*(?:--|[-–—―:])?\s* |
        [A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s[–—―]\s(?=[A-Z“"‘']) |
        [A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)?
            ,?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?
                |Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:,\s*\d{4})?
            \s*(?:\([\w .'-]{1,30}\))?\s*(?:--|[-–—―:])\s+
    )""",
    re.VERBOSE,
)

# French-style spacing inside quote marks: “ peace ” → “peace”.
_SPACED_QUOTES = re.compile(r"([“«„‹])[^\S\n]+([^“”«»„\n]*?)[^\S\n]+([”»“›])")


# A sentence that is only a place, as the splitter leaves a dateline: "SCOTTSDALE, Ariz.".
_PLACE_ONLY = re.compile(
    r"^\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?)?"
    r"\s*(?:--|[-–—―:])?\s*$"
)
# A wire byline on a line of its own: "Annabelle Liang, The Associated Press".
_WIRE_BYLINE = re.compile(
    r"^\s*(?:By\s+)?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3},\s+(?:The\s+)?(?:Associated\s+Press|Canadian\s+Press"
    r"|Reuters|Bloomberg(?:\s+News)?|Agence\s+France-Presse|AFP|CBC\s+News|CTV\s+News|Global\s+News|Postmedia"
    r"(?:\s+News)?|Star\s+Metro|Toronto\s+Star)\s*\.?\s*$"
)

# A byline naming the writer's job: "Rachel Gilmore, Power Play producer", "Jane Doe, Staff Writer".
_ROLE_BYLINE = re.compile(
    r"^\s*(?:By\s+)?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3},\s+(?:[A-Z][\w.'’&-]*\s+){0,4}"
    r"(?i:producer|reporter|correspondent|writer|editor|columnist|journalist|contributor|bureau\s+chief"
    r"|staff|photographer)\s*\.?\s*$"
)


# A live file's header: "COLUMBIA, S.C. (AP) — The Latest on the 2016 presidential election…
# (all times are Eastern Standard Time):" (review 57); its entries are the news.
_LIVE_HEADER = re.compile(r"\bThe Latest(?: on\b|:)[^\n]*\(all times\b[^)\n]*\)\W*$", re.IGNORECASE)


def is_boilerplate(sentence: str) -> bool:
    """True for sentences that are page furniture, not news."""
    text = sentence.strip()
    if (
        _BOILERPLATE.match(text)
        or _BARE_DATELINE.match(text)
        or is_furniture(text)
        or _LIVE_HEADER.search(text)
    ):
        return True
    if _PLACE_ONLY.match(text) or _WIRE_BYLINE.match(text) or _ROLE_BYLINE.match(text):
        return True
    # A caption or label without a verb-like lowercase word ("Flying high:").
    return len(text) < 25 and text.endswith(":")


# A line of copy ends on a stop (or a colon introducing what follows, or a closing mark).
_STOPPED_LINE = re.compile(r"""(?:[.!?…:;,]["'”’»)\]]*|["”’»])\s*$""")
# A video's caption ends on its running time: "…under the tag "Not My Stella's." 2:22".
_RUNNING_TIME = re.compile(r"\s\d{1,2}:\d{2}\s*$")
# A photo caption's paragraph opens on the gallery prompt ("Open this photo in gallery A worker
# looks inside…") or ends on the photo credit ("… in Frederick Mall. ( Peter Lee / Waterloo
# Region Record )", "…, Jane Doe writes. ( Dreamstime )", "… on Jan. 30, 2017. Darren
# Staples/Reuters"): every sentence of it is the caption, however newsy it reads.
_CAPTION_LINE = re.compile(
    r"""^\W*Open\ this\ photo\ in\ gallery\b |
    \(\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*\s*/\s*[A-Z][^()\n]*\)\s*$ |
    \(\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}\ \)\s*$ |
    \b[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}\ ?/\ ?(?:The\ )?(?:Associated\ Press|AP|AFP|Reuters|Canadian\ Press
        |CP|Getty\ Images|Bloomberg|Postmedia(?:\ News)?|Toronto\ Star|Globe\ and\ Mail|CBC)\s*$""",
    re.VERBOSE,
)

# An embedded post in markup, wherever it stands: "<tweet id="…" author="@realDonaldTrump">The
# media makes everything up! …</tweet>." Its sentences are the poster's, not the copy.
_EMBED_MARKUP = re.compile(r"<(tweet|blockquote|iframe)\b[^>]*>.*?</\1>\.?", re.DOTALL | re.IGNORECASE)
# An embedded post: its text, then "— BC Hydro (@bchydro) December 22, 2018" or a picture
# link. Its sentences are the poster's, not the writer's; the copy quotes what matters.
_EMBED_LINE = re.compile(
    r"pic\.twitter\.com/|[—–-]\s*[^()\n]{1,60}\(@\w+\)\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$"
)


def furniture_lines(text: str) -> list[tuple[int, int, bool]]:
    """The lines of ``text`` that are not copy, as ``(start, end, whole)`` character spans.

    In an article whose lines end on a stop, a line that does not is a subhead, a
    related link, an embedded post or a credit ("Warning in U.S. over benzodiazepines",
    "France, New York Times editorial board are the latest to condemn China…", "With files
    from CTV Vancouver"): its last sentence is not news (``whole`` False: the sentences
    before it on the line may be). A line ending on a video's running time is a video
    caption, every sentence of it (``whole`` True). Text with few lines, or whose lines
    mostly lack stops (a transcript, a feed without punctuation), has none; a run of three
    or more unstopped lines (a box of related links or summary points above the copy) is
    left out of that count, so that it cannot tip an article with such a box below the bar.
    A photo caption's paragraph (:data:`_CAPTION_LINE`), an embedded post (:data:`_EMBED_LINE`)
    and a pull quote set without its marks
    (:func:`~briefgen.read.pull_quotes.repeats_a_quote`) are furniture whole in any text, and so are a column's closing note
    on its writer (:func:`briefgen.read.writers.writer_note_span`) and a post embedded in markup (:data:`_EMBED_MARKUP`);
    a pull quote with its speaker's name after the stop (:func:`~briefgen.read.pull_quotes.pull_quote`) is furniture
    whole where lines end on stops.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S", text)]
    captions = [
        (a, b, True)
        for a, b in lines
        if _CAPTION_LINE.search(text[a:b]) or _EMBED_LINE.search(text[a:b]) or repeats_a_quote(text, a, b)
    ]
    # furniture wherever the copy stands: a note on the writer, a correction, a post in markup
    anywhere = writer_note_span(text, lines) + correction_spans(text, lines)
    anywhere += [(m.start(), m.end(), True) for m in _EMBED_MARKUP.finditer(text)]
    captions += anywhere
    stopped = [bool(_STOPPED_LINE.search(text[a:b])) for a, b in lines]
    # a run of three or more lines without a stop is a list (related links, a summary box,
    # a menu), and counts neither way: the copy around it decides
    listed = _runs_without_stops(stopped)
    copy = [s for n, s in enumerate(stopped) if n not in listed]
    if len(copy) < 3 or sum(copy) < 2 * len(copy) / 3:
        return captions
    found = []
    for (start, end), ends_on_stop in zip(lines, stopped, strict=True):
        line = text[start:end]
        if (
            _CAPTION_LINE.search(line)
            or _EMBED_LINE.search(line)
            or _RUNNING_TIME.search(line)
            or pull_quote(line)
            or repeats_a_quote(text, start, end)
        ):
            found.append((start, end, True))
        elif not ends_on_stop:
            found.append((start, end, False))
    return found + anywhere


def _runs_without_stops(stopped: list[bool], least: int = 3) -> set[int]:
    """The line numbers in runs of at least ``least`` consecutive lines without a stop."""
    found: set[int] = set()
    run: list[int] = []
    for n, ends_on_stop in enumerate([*stopped, True]):
        if ends_on_stop:
            if len(run) >= least:
                found.update(run)
            run = []
        else:
            run.append(n)
    return found


def strip_dateline(sentence: str) -> str:
    """Remove a leading dateline such as ``(Beijing)`` or ``LONDON (Reuters) -``, leaving real
    words (three or more); not a name whose dash opens a short aside ("EADS - Airbus' owner - …")."""
    stripped = _DATELINE.sub("", sentence, count=1)
    credited = "(" in sentence[: len(sentence) - len(stripped)]  # "LONDON (Reuters) -": a dateline
    dashes = [] if credited else [m.start() for m in re.finditer(r"\s[-–—]\s", stripped)]
    aside = len(dashes) % 2 == 1 and len(stripped[: dashes[0]].split()) <= 5
    return stripped if len(stripped.split()) >= 3 and not aside else sentence


def tidy(text: str) -> str:
    """Normalise spacing inside quote marks, a double mark typed as two single ones (“…creators,’’
    says…”: review 58 read it as a mismatched pair) and runs of whitespace."""
    text = _SPACED_QUOTES.sub(r"\1\2\3", text)
    text = mend_typed_double(text)
    return re.sub(r"\s+", " ", text).strip()


# Words that open a sentence and, capitalised, almost nothing else (a title follows a verb of naming).
_SENTENCE_OPENERS = frozenset("The A An He She They It His Her Their This These".split())
_BEFORE_A_TITLE = frozenset(
    "of in at on from by to for with into about like as than called named titled dubbed entitled "
    "starring read watch see watched saw and or".split()
)


def _opens_a_sentence(tokens, n: int) -> bool:
    """True for "The", "An" or "He" capitalised straight after a lower-case word, with a lower-case
    word after a determiner and a verb later: the opening of a sentence glued on without its full
    stop ("…was stolen An eight-year-old boy…"), which the parser often takes apart."""
    token, before = tokens[n], tokens[n - 1]
    if token.text not in _SENTENCE_OPENERS or not before.text.isalpha() or not before.text.islower():
        return False
    if before.lower_ in _BEFORE_A_TITLE:
        return False
    follower = tokens[n + 1]
    number = (
        follower.like_num and follower.ent_type_ != "ORDINAL"
    )  # "An 86-year-old", not "The 10th District"
    if token.pos_ == "DET" and not (follower.text[:1].islower() or number):
        return False  # "told The Associated Press"
    if token.lower_ in ("a", "an") and follower.tag_ == "NNS":
        return False  # "infra-red A rays": a name, not an article
    return any(t.pos_ in VERB_POS for t in tokens[n + 1 :])


def _misparsed_subject(tokens, n: int, before) -> bool:
    """True for a name the parser hung on the words before it (an object or complement) that a
    finite verb follows, after a lower-case noun or adjective that ends a clause with its own
    subject and verb: the subject of a sentence glued on ("…mistook her for being pregnant
    [Lizzi] had reached a size 24"), not a name in the same sentence ("the chairman John Smith
    has", where the name is the subject)."""
    token, after = tokens[n], tokens[n + 1]
    hung = token.pos_ == "PROPN" and token.dep_ in ("attr", "pobj", "dobj", "npadvmod", "oprd")
    # not "a meeting Thursday aimed…"
    hung = hung and token.ent_type_ in ("PERSON", "") and token.lower_ not in CALENDAR_WORDS
    if not hung or after.tag_ not in ("VBD", "VBZ", "MD") or after.head.i == token.head.i:
        return False
    if before.pos_ not in ("ADJ", "NOUN") or not before.text.islower():
        return False
    first = tokens[0].i
    return any(
        t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in SUBJECT_DEPS and c.i >= first for c in t.children)
        for t in tokens[:n]
    )


def _restated_subject(tokens, n: int) -> bool:
    """True for the caption's own subject opening the copy again, a verb close after it: a caption
    restates the lead it is glued to ("Germans now think of themselves as the victims of Hitler and
    his Nazi Regime [Germans] no longer see the Second World War as a defeat…", review 53)."""
    first, token, before = tokens[0], tokens[n], tokens[n - 1]
    if first.dep_ not in SUBJECT_DEPS or first.pos_ not in ("NOUN", "PROPN") or token.text != first.text:
        return False
    if before.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "…service – dubbed Napster to Go": a name, not a new subject
    return n >= 6 and any(t.pos_ in VERB_POS for t in tokens[n + 1 : n + 4])


def glue_points(span, *, strict: bool = False) -> list[int]:
    """Token indices in ``span`` where a caption or sentence glued on without a full stop begins.

    News pages flattened to text run photo captions into the copy ("…last Saturday Skilful: The
    kite weighs 200 kilograms…"). A glue point is a capitalised word straight after a content
    word (no punctuation between them, not inside a name, no subordinator before it) that starts
    a clause with its own subject and verb, with a clause before it too. Used to recover
    statements from overlong "sentences".

    ``strict`` is for a sentence of ordinary length, where a capital after a word is far more
    often a name in the same sentence ("once again Kenny was called", "and coach Andy Robinson
    has been…"): the word before must be a noun, adjective or number that belongs to what
    comes before it, and what comes before must be a clause of its own, with a subject and a
    finite verb ("…mistook her for being pregnant Lizzi had reached a size 24").
    """
    points = []
    tokens = [t for t in span if not t.is_space]
    for n in range(3, len(tokens) - 3):
        token, before = tokens[n], tokens[n - 1]
        after_quote = _closes_caption_quote(tokens, n)
        if after_quote:
            before = tokens[n - 2]  # "…would have made 'tremendous advances' The artificial brain…"
        elif before.is_punct:
            continue
        if not token.is_title or token.lower_ == "i" or (not before.is_alpha and not before.like_num):
            continue
        continuing = before.lower_ in SENTENCE_CONTINUERS or (
            before.dep_ == "mark" and before.head.i >= token.i
        )
        if continuing or token.ent_iob_ == "I" or tokens[n - 1].whitespace_ == "":
            continue  # "…, like Sanders did to Mitchell, he is…": a subordinator opens the clause
        if before.lower_ in _NAMING_NOUNS and tokens[n - 2].lower_ == "the" and token.pos_ == "PROPN":
            continue  # "research published in the journal Nature found…": the journal's name
        named = before.text[:1].isupper() and before.lower_ not in CALENDAR_WORDS
        if named and token.pos_ in ("PROPN", "NOUN") and token.ent_iob_ != "B" and not after_quote:
            continue  # "Black Lives Matter movement" goes on; "…Grand National Tindall celebrates" starts anew
        if after_quote and _opens_on_a_setting(token):
            points.append(token.i)  # "…subject line: 'Great article' Following complaints, the college…"
            continue
        if _opens_a_sentence(tokens, n):
            points.append(token.i)  # "…appears disinterested The reptile then turns…"
            continue
        if _misparsed_subject(tokens, n, before):
            points.append(token.i)  # "…for being pregnant Lizzi had reached": "Lizzi" as "being"'s
            continue
        if _restated_subject(tokens, n):
            points.append(token.i)  # "Germans now think… his Nazi Regime Germans no longer see…"
            continue
        # the new clause: a verb at or after the capital whose subject starts the clause
        verb = token.head
        while (
            verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis", "advcl", "dep", "appos")
            and verb.head != verb
        ):
            verb = verb.head
        if verb.i < token.i or verb.pos_ not in VERB_POS:
            continue
        if any(t.text in (".", "!", "?") for t in span.doc[token.i : verb.i]):
            continue  # "…now named Big Ben. Suffolk black lamb Jean is…": a stop the parser ran over
        # "Mertesacker insists Klopp would be…": a complement, not a new sentence; but no
        # complement opens straight after a quoted phrase unless a speech verb says it
        complement = verb.dep_ in ("ccomp", "advcl") and verb.head.i < token.i
        if complement and (not after_quote or verb.head.lemma_ in SPEECH_LEMMAS):
            continue
        if before.head.i == token.i or token.head.i == before.i:
            continue  # "bikini model Alexis Randock": one phrase
        if token.ent_type_ == "PERSON" and before.lower_ in ROLE_NOUNS:
            continue  # "…vice presidential candidate Sarah Palin sent…": a title, however parsed (review 179)
        if not any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == token.i for c in verb.children):
            continue
        if strict and not _ends_a_clause(tokens[:n], before, token):
            continue
        points.append(token.i)
    return points


# Nouns a name follows in apposition: "the journal Nature", "the band Keane", "the ship Carnival Spirit".
_NAMING_NOUNS = frozenset(
    """journal magazine newspaper paper website site show programme program series film movie book
    novel album song band group ship company firm brand app network channel station charity
    organisation organization campaign condition disease disorder syndrome virus operation""".split()
)

# Nouns of set phrases that lead into what follows: "in fact", "at times", "in turn".
_IDIOM_NOUNS = frozenset("fact times turn first last least practice theory general particular short".split())


def _ends_a_clause(tokens, last, start) -> bool:
    """True when ``tokens`` (what comes before the capital ``start``) read as a whole clause
    ending on ``last``: a content word that hangs on what precedes it, and a finite verb with
    its subject among them. A name opens a new sentence only after a word that cannot be its
    title or the noun a contact clause describes ("the fact Mr Evans' name has appeared")."""
    if last.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or last.head.i > last.i:
        return False
    if last.lower_ in _IDIOM_NOUNS and last.dep_ == "pobj" and not list(last.children):
        return False  # "and in fact Defar complained…", "at times David Axelrod would…"
    if last.pos_ == "ADJ" and any(
        c.lower_ in ("it", "that") and c.dep_ == "nsubj" for c in last.head.children
    ):
        return False  # "It's not surprising Gordon Brown told him…"
    if start.pos_ == "PROPN" or start.ent_type_:
        role = last.lower_ in ROLE_NOUNS or last.lower_.rstrip("s") in ROLE_NOUNS
        the = any(c.lower_ == "the" for c in last.children)
        if start.ent_type_ != "PERSON" or role or the or last.dep_ not in ("pobj", "dobj", "acomp", "attr"):
            return False
    elif start.pos_ not in ("DET", "PRON") and start.lower_ not in ("meanwhile", "however"):
        return False
    if len(tokens) < 5:
        return False
    first = tokens[0].i
    return any(
        t.tag_ in FINITE_TAGS and any(c.dep_ in SUBJECT_DEPS and c.i >= first for c in t.children)
        for t in tokens
    )


_CLOSING_MARKS = frozenset("'’\"”")
_QUOTE_OPENERS = frozenset("'‘\"“")


def _opens_on_a_setting(token) -> bool:
    """True for a phrase set off by a comma before a subject and its verb ("Following
    complaints, the college issued…"): after a caption's closing quote, the copy starting
    again. The parser often hangs the phrase on the caption, so the comma decides."""
    if token.tag_ not in ("VBG", "IN", "RB"):
        return False
    rest = token.doc[token.i + 1 : token.sent.end]
    comma = next((t for t in rest if t.text == ","), None)
    if comma is None:
        return False
    return any(
        t.dep_ in SUBJECT_DEPS and t.i > comma.i and t.head.i > t.i and t.head.pos_ in VERB_POS for t in rest
    )


def _closes_caption_quote(tokens, n: int) -> bool:
    """True when ``tokens[n]`` follows a closing quote mark set straight after a word, with no
    stop inside the quote: a caption that ends on a quote, run into the copy."""
    mark, word = tokens[n - 1], tokens[n - 2]
    opened = any(t.text in _QUOTE_OPENERS and t.i < word.i for t in tokens[: n - 2])
    return (
        opened
        and mark.text in _CLOSING_MARKS
        and word.whitespace_ == ""
        and (word.is_alpha or word.like_num)
        and bool(mark.whitespace_)
    )


def caption_end(span) -> int | None:
    """The token index in ``span`` where the copy begins after a caption marked as one ("Sister
    Gertrud (not pictured) was found in her bedroom, with a towel on her face An 86-year-old
    nun was…"): the first capitalised word after the marker that follows a lowercase content
    word with no punctuation between them. None when there is no marker or no such word.

    Looser than :func:`glue_points`, which needs the parse to see a new clause: the parser
    often hangs the copy on the caption's verb, but the marker already says a caption runs
    here, and captions come before the copy."""
    from .furniture import has_markers

    tokens = [t for t in span if not t.is_space]
    marker = next(
        (
            n
            for n, t in enumerate(tokens)
            if t.text == ")" and has_markers(span.doc[tokens[0].i : t.i + 1].text)
        ),
        None,
    )
    if marker is None:
        return None
    for n in range(marker + 2, len(tokens) - 3):
        token, before = tokens[n], tokens[n - 1]
        if (
            token.is_title
            and token.lower_ != "i"
            and before.is_lower
            and before.is_alpha
            and before.whitespace_
            and before.pos_ in ("NOUN", "ADJ", "ADV", "NUM", "PRON")
            and token.ent_iob_ != "I"
            # "Smith (left) told the jury his brother Tom was…": a name after its role is one phrase
            and not (token.pos_ == "PROPN" and (before.lower_ in ROLE_NOUNS or before.lower_ in KIN_NOUNS))
        ):
            return token.i
    return None

"""Which sentences can carry a brief: the statements of the copy, and the lead a headline
is cut from.

A page flattened to text runs photo captions into the copy without stops, and a feature
opens on fragments, asides and quotes; none of them is a statement a bullet or headline can
make. :func:`candidate_sentences` keeps the sentences that are (the copy at the end of one that
captions run into, :func:`_statements`), and :func:`headline_lead` the first of them a
headline can be made from. The extractive engine ranks the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..condense.compress import BULLET_MAX_WORDS
from ..condense.lost_clause import finding_about_pronoun
from ..condense.parse import tensed
from ..condense.quote_marks import opened_before
from ..condense.wording import subjectless
from ..lexicon import FINITE_TAGS, REPORTING_LEMMAS, SUBJECT_DEPS
from ..read.cleaning import caption_end, glue_points
from ..read.furniture import deck_end, has_markers
from ..read.titles import repeats_title
from ..types import AnalysedArticle, Sentence
from .ledes import NEWS_LABELS, demonstrative_subject, teaser, withholds_who
from .voice import conditional_address, qualified_after, writer_addresses, writer_judges, writer_speaks

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_WORDS = 5
# A sentence under 8 words with no verb found, that opens on one of these or has a comma, is a
# fragment ("A reverie for the ages."); "Fans queue for hours" has a verb read as a noun.
_FRAGMENT_WORDS = 8
_FRAGMENT_OPENERS = frozenset({"DET", "CCONJ", "ADV", "ADP", "PART"})
_WIRE_TAG = re.compile(r"^\([A-Z][A-Za-z]+\)\s*")  # "(CNN)"
# A product listing's field label inside a line ("…£19.99 for 150ml spray, from Boots
# CLAIMS: First mainstream product…"): the line is a listing, its rating glued to the next
# item ("5/10 Ladival…"), not a statement.
_LISTING_LABEL = re.compile(r"\S\s+(?:[A-Z]{2,}\s)?[A-Z]{5,}:\s")


def headline_lead(analysed: AnalysedArticle, candidates: Sequence[Sentence] | None = None) -> Sentence | None:
    """The sentence a headline is made from: the first statement of the story, even a
    scene-setting one (measured on real titles, it makes better headlines than a later one)."""
    statements = (p for s in analysed.content_sentences() for p in _statements(analysed, s))
    lead = next((s for s in statements if _headline_worthy(analysed, s) and not _runs_on(analysed, s)), None)
    if lead is None:
        candidates = candidate_sentences(analysed) if candidates is None else candidates
        lead = candidates[0] if candidates else None
    return lead


def candidate_sentences(analysed: AnalysedArticle) -> list[Sentence]:
    """Sentences that can be bullets: news, long enough to state something, not questions.

    An overlong "sentence" is usually photo captions run into the copy; the sentence that
    ends it is the copy (captions precede it), so that part stands in for the whole
    (measured on CNN/DM: ROUGE-2 +0.24)."""
    sentences = []
    turns = _turns(analysed)
    voiced = _voiced(analysed)
    for n, s in enumerate(analysed.content_sentences()):
        parts = _statements(analysed, s)
        sentences.extend(
            p
            for p in parts
            if len(p.text.split()) >= MIN_WORDS
            and not _asks(p.text)
            # it introduces what follows: "He told his audience, to rowdy applause:" (review 133)
            and not p.text.rstrip().endswith(":")
            # no verb, no news: a subhead, a fixture list or a caption ("Republic of Ireland v Cyprus")
            and _has_verb(analysed, p)
            and not _heading(analysed, p)
            and not _title_cased(p.text)
            and not _subjectless(analysed, p)
            # words inside a quote opened in an earlier sentence are someone's, and their
            # speaker is in another sentence
            and not opened_before(analysed.text, p.start, p.end)
            and not _in_aside(analysed.text, p.start, p.end)
            and not _subordinate_only(analysed, p)
            and not _occasion_of_words(analysed, p)
            and not writer_speaks(analysed, p)
            and not writer_judges(analysed, p)
            and not qualified_after(analysed, p)
            # a lead that speaks to the reader states the news ("If your name is Nigel you are
            # twice as likely to vote Ukip, according to…"); a later one leans on its frame
            and not (n > 0 and writer_addresses(analysed, p))
            and not repeats_title(analysed.article.source.title, p.text)
            and not _runs_on(analysed, p)
            and not _rest_after_dash(analysed, p)
            and not _LISTING_LABEL.search(p.text)
            and p.paragraph not in turns
        )
    sentences = [s for s in sentences if s.paragraph not in voiced] or sentences
    body = deck_end(analysed.text)  # an archive export's deck is its headline's second line
    sentences = [s for s in sentences if s.start >= body] or sentences
    return sentences or [s for s in analysed.sentences if s.text.strip()]


# A question someone asked, quoted at the end of a statement: "…when she overheard a boy ask his
# mum: 'Has she got a baby in her belly?'" states what happened.
_REPORTED_QUESTION = re.compile(r"""[:,]\s*(?:“[^“”]*\?”|"[^"]*\?"|‘(?:[^‘’]|’(?=\w))*\?’|'[^']*\?')\s*$""")
_ASKING_OPENING = re.compile(
    r"\W*(?:(?:and|but|so|then|yet|or)\s+)?"
    r"(?:what|why|how|who|which|is|are|was|were|do|does|did|can|could|will|would|should)\b",
    re.IGNORECASE,
)


def _asks(text: str) -> bool:
    """True for a question: a sentence ending on a question mark, not one reporting a quoted one."""
    if not text.rstrip("”\"'’ ").endswith("?"):
        return False
    return not _REPORTED_QUESTION.search(text) or bool(_ASKING_OPENING.match(text))


# A speaker's label opening a transcript's paragraph: "JOEL BENENSON: This is a man who…".
_TURN_LABEL = re.compile(r"(?:[A-Z][A-Z.'’ -]{1,40}|[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]+){0,2}):(?:\s|$)")


def _turns(analysed: AnalysedArticle) -> frozenset[int]:
    """The paragraphs of a transcript's turns: their words are the labelled speaker's, with no
    quote marks to say so ("They're now planning to run more.", review 54), and a bullet would
    state them as fact. A transcript's speakers come back ("KATE BOULDUAN:", later
    "BOULDUAN:"; "Luciana Lopez:", later "Lopez:"); a market report's section labels
    ("ENERGY:", "CURRENCIES:") do not."""
    openers: dict[int, str] = {}
    for sentence in analysed.sentences:
        openers.setdefault(sentence.paragraph, sentence.text)
    labelled = {
        n: m.group().rstrip(": \n").split()[-1] for n, t in openers.items() if (m := _TURN_LABEL.match(t))
    }
    speakers = list(labelled.values())
    return frozenset(labelled) if len(speakers) > len(set(speakers)) else frozenset()


def _voiced(analysed: AnalysedArticle) -> frozenset[int]:
    """The paragraphs that open in someone's first person outside quote marks, in a story whose
    opening paragraph is the reporter's ("Here is how six leading lobbies plan…", then
    "We've called for the state pension to be increased… Many pensioners are disadvantaged
    by the current system.", review 108; readers' comments, "I think the government should
    do more…"): the paragraph is that voice's, each of its claims too, with no source a
    bullet could keep, though only its first sentence says "we". A column or a first-person
    feature speaks so from its opening: the voice is the writer's throughout, and stays."""
    content = analysed.content_sentences()
    if not content or any(writer_speaks(analysed, s) for s in content if s.paragraph == content[0].paragraph):
        return frozenset()
    openers: dict[int, Sentence] = {}
    for sentence in content:
        openers.setdefault(sentence.paragraph, sentence)
    return frozenset(
        n for n, s in openers.items() if _FIRST_PERSON_OPENING.match(s.text) and writer_speaks(analysed, s)
    )


# A sentence that opens on its speaker's first person: "We've called for…", "I think…".
_FIRST_PERSON_OPENING = re.compile(r"^\W*(?:I|We)(?:['’](?:m|ve|d|ll|re))?\s")


def _statements(analysed: AnalysedArticle, sentence: Sentence) -> list[Sentence]:
    """``sentence``, or the copy at its end when captions run into it without a stop: an
    overlong one, or one with a caption's marker ("Sister Gertrud (not pictured) was found in
    her bedroom An 86-year-old nun was…"), however short the whole."""
    overlong = len(sentence.text.split()) > BULLET_MAX_WORDS
    return _unglue(analysed, sentence, strict=not overlong and not has_markers(sentence.text))


# How a sentence of copy ends: a stop, a colon, or a closing mark.
_STOPPED = re.compile(r"""[.!?…:;]["'”’»)\]]*\s*$|["'”’»]\s*$""")


def _runs_on(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence with no stop that the next one in its paragraph follows: a photo
    caption run into the copy, which the splitter cut loose where the copy starts again
    ("Glasgow Warriors veteran Al Kellock will start at lock on Friday night | The encounter
    is being billed as…"). Copy ends on a stop; a caption need not."""
    sentences = analysed.sentences
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if following is None or following.paragraph != sentence.paragraph or _STOPPED.search(sentence.text):
        return False
    glued = (
        re.match(r"(?:And|But)\s", following.text) and analysed.text[sentence.end : following.start] == " "
    )
    if sentence.end != sentences[sentence.index].end or (glued and sentence.text[-1:].isalnum()):
        return False  # "…1.5 million Armenians | And it's also the seventh year…" goes on from it
    # the copy starts again with a statement of its own; "…of hit US cartoon | The Simpsons,
    # following an invitation" is one sentence the splitter cut in two
    span = analysed.span_of(following)
    return span is not None and any(_finite_clause(t) for t in span)


def _rest_after_dash(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for the words after a dash that the splitter cut into a sentence of their own, with
    no tensed main verb: "Ryan saying he was “very encouraged” and Trump calling it a “great
    meeting.”" (of "…both men issued a statement – Ryan saying…", review 61). A fragment."""
    if sentence.index == 0:
        return False
    before = analysed.sentences[sentence.index - 1]
    dashed = before.text.rstrip().endswith(("–", "—", "--", "-"))
    if before.paragraph != sentence.paragraph or not dashed or before.boilerplate:
        return False  # a dateline ends on its dash ("COLUMBIA, S.C. -")
    span = analysed.span_of(sentence)
    if span is None:
        return False
    return not tensed(span.root)


def _finite_clause(verb: Token) -> bool:
    """True for a verb with a subject and a tense: "is being billed", "said", "will go"."""
    return tensed(verb) and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


# A quote's words, between double marks or between single ones that open and close them (an
# apostrophe inside, "Let’s", is no close).
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|(?:^|(?<=\s))[‘'](?:[^’']|[’'](?=\w))*[’'](?!\w)")
# An apostrophe that opens a word: "'90s", "'Tis", "'Cause", "'em".
_ELISION = re.compile(r"^['‘’](?:\d|tis\b|twas\b|cause\b|em\b|n\b)", re.IGNORECASE)


def only_a_quote(text: str) -> bool:
    """True for a sentence that is a quote's words alone, its speaker in another sentence
    ("“Marco Rubio won tonight and I was very glad to see that. | I think…,” Hannity said",
    review 67): as a bullet or a headline it puts words in no one's mouth. It stays a
    candidate, so that the sentences it shares words with keep their weight."""
    text = _WIRE_TAG.sub("", text.strip())
    if not text or text[0] not in "“\"‘'" or _ELISION.match(text):
        return False
    return not re.search(r"[A-Za-z]", _QUOTED.sub("", text))


def _in_aside(text: str, start: int, end: int) -> bool:
    """True for a sentence of a parenthetical aside running over several sentences ("(Why did
    the inspector issue subpoenas? … It’s unclear at this point.)"): the writer's musing, and
    cut from its brackets it reads as a statement with a stray ")"."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if line.count("(") > line.count(")"):
        return True  # opened in an earlier sentence of the paragraph
    own = text[start:end].strip()
    if own.startswith("(") and own.rstrip(".").endswith(")"):
        return True  # "(He, of course, also looks the part…)": an aside of one sentence
    return own.startswith("(") and own.count("(") > own.count(")")


def _subordinate_only(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence that is only a subordinate clause, the rest of the sentence before
    it: "But that her party want 'chaos' at Westminster…" (of "…said that her answers are
    'all evasion'."), "Which is why he left." As a bullet it is a fragment."""
    span = analysed.span_of(sentence)
    opening = next((t for t in span or () if not (t.is_punct or t.is_space or t.dep_ == "cc")), None)
    if opening is None:
        return False
    if opening.lower_ == "which" and opening.head == span.root:
        return True
    return opening.dep_ == "mark" and opening.head == span.root and opening.lower_ in _CLAUSE_ONLY_MARKS


# Objects of a verb that says words were given: "He made his comments at…".
_WORDS_GIVEN = frozenset("comment comments remark remarks".split())


def _occasion_of_words(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence that only says where or when someone's words, reported before, were
    said: "He was speaking to the BBC's Newsnight programme…", "He made his comments at the
    start of a day of appearances on Channel Five…" (review 67, where a cut left "He made his
    comments."). A clause with a tense of its own says more ("He was speaking as Sir Digby
    Jones warned Mr Brown…"), unless it only dates the speaking ("He was speaking before the
    UK joins a three-minute silence"), and a speech to come is news ("Sanders is speaking
    Thursday")."""
    span = analysed.span_of(sentence)
    if span is None:
        return False
    root = span.root
    speaking = root.lemma_ in ("speak", "talk") and root.tag_ == "VBG"
    speaking = speaking and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in root.children)
    gave = root.lemma_ in ("make", "give", "deliver") and root.tag_ == "VBD"
    gave = gave and any(c.dep_ == "dobj" and c.lower_ in _WORDS_GIVEN for c in root.children)
    if not (speaking or gave):
        return False
    # what was said, or that it was not: "was talking about a second referendum", "was not speaking for…"
    if any(
        c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ in ("about", "on", "for")) for c in root.children
    ):
        return False
    if not any(
        t.lemma_.lower() in REPORTING_LEMMAS or t.text in _QUOTE_GLYPHS for t in span.doc[: span.start]
    ):
        return False  # no words reported before it for it to place
    return not any(t.i != root.i and _finite_clause(t) and not _when_clause(t) for t in span)


def _when_clause(verb: Token) -> bool:
    """True for a clause that only dates another ("before the UK joins a silence")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in verb.children)


# Only "before" dates a speaking and says nothing else: "He was speaking after gunmen opened
# fire on the crowd" says what happened.
_WHEN_MARKS = frozenset({"before"})
_QUOTE_GLYPHS = frozenset('“”"')


# Marks that leave a clause no main clause when they open the sentence and belong to its root
# verb ("If he wins, …" has its main clause after the comma, and the parser hangs "If" on it).
_CLAUSE_ONLY_MARKS = frozenset("that whether".split())


def _subjectless(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """A fragment with no subject (:func:`briefgen.condense.wording.subjectless`) or an
    imperative: "Try a store, a bank, a hospital or an IT company.", "Never mind the sales
    figures." tell the reader what to do, and as a bullet or headline state nothing."""
    span = analysed.span_of(sentence)
    if span is None:
        return False
    root = span.root
    opening = next((t for t in span if not (t.is_punct or t.dep_ in ("cc", "intj", "advmod", "neg"))), None)
    # (a name the parser took for a verb is no order: "England[/VB] tight-head prop Phil
    # Vickery has been ruled out…")
    ordered = root.tag_ == "VB" and not root.ent_type_ and opening is not None and opening.i == root.i
    ordered = ordered and not any(t.tag_ in FINITE_TAGS for t in span)  # "Drop[/VB] in turnout hints…"
    ordered = ordered and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "expl") for c in root.children)
    return subjectless(span) or ordered or teaser(sentence, span) or withholds_who(analysed, sentence, span)


# Words of a quote, which keep their own capitals.
_QUOTED_WORDS = re.compile(r"[“\"][^”\"]*[”\"]")


def _title_cased(text: str) -> bool:
    """Whether ``text`` is a subhead, a bio line or a team sheet set in title case ("John
    Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”", "GOP Candidates
    Resoundingly Reject The Idea Of A Minimum Wage Hike."): outside quotes, at least five words
    of four letters or more after the first, every one of them capitalised, or four words after
    the first, every one capitalised."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", _QUOTED_WORDS.sub(" ", text))
    if words and text.lstrip()[:1].isalpha():
        words = words[1:]
    long = [w for w in words if len(w) > 3]
    # a short one capitalises its small words too: a related link's "So You Don’t Have To." (review 50)
    return (len(long) >= 5 and all(w[0].isupper() for w in long)) or (
        len(words) >= 4 and all(w[0].isupper() for w in words)
    )


def _has_verb(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """False for a line with no verb and no full stop (a subhead, fixture list or caption).

    A sentence that ends on a stop counts, as the tagger misses a verb now and then ("The FA
    regard loyalty caps…"), unless it is a list of names: fixtures or a team sheet
    ("Republic of Ireland v Cyprus; France v Israel."), its items set apart by semicolons or
    mostly proper names."""
    span = analysed.span_of(sentence)
    if span is None:
        return True
    if _noun_phrase(span):
        return False  # a participle or a clause inside a noun phrase is no main verb
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return True
    if not sentence.text.rstrip("”\"'’) ").endswith((".", "!")):
        return False
    before = analysed.text[: sentence.start].rstrip(" \t")
    if before[-1:].isalnum():
        return False  # the rest of a sentence the parser broke inside a name ("…airs on SiriusXM | Patriot 125 weekdays…")
    words = [t for t in span if t.is_alpha]
    fragment = span[0].pos_ in _FRAGMENT_OPENERS or any(t.text == "," for t in span)
    if len(words) < _FRAGMENT_WORDS and fragment:
        return False  # it leans on the sentence before: "No prison time, no confinement."
    names = sum(1 for t in words if t.pos_ == "PROPN")
    return ";" not in sentence.text and names * 2 < len(words)


def _noun_phrase(span: Span) -> bool:
    """True for a sentence that is one noun and what describes it, with no tensed verb: a teaser
    ("A trip to a former heavyweight champ's gaudy, abandoned mansion.", review 49). A verb the
    tagger missed leaves a run of nouns ("The FA regard loyalty caps as…") or two noun phrases
    side by side instead."""
    tokens = [t for t in span if not t.is_punct]
    if span[0].text == "(":  # "(CNN)A trip to…"
        close = next((t.i for t in span[:4] if t.text == ")"), None)
        tokens = [t for t in tokens if close is not None and t.i > close]
    if not tokens or tokens[0].dep_ != "det" or tokens[0].lower_ not in ("a", "an", "the"):
        return False
    noun = tokens[0].head
    described = {t.i for t in noun.subtree}
    side_by_side = any(
        sum(c.dep_ == "compound" and c.pos_ == "NOUN" and c.nbor(1).tag_ != "HYPH" for c in t.children) > 1
        or any(c.dep_ == "appos" and c.nbor(-1).text != "," for c in t.children)
        for t in noun.subtree
    )
    finite = any(
        t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in tokens
    )  # "The mystery … may never be resolved"
    return noun.pos_ == "NOUN" and all(t.i in described for t in tokens) and not side_by_side and not finite


# The most words a paragraph that is only a noun phrase may have to be a section's heading.
_HEADING_WORDS = 12


def _heading(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a paragraph of its own that is a noun phrase, not a statement: a section's
    heading ("Best thing that happened to Democrats.", review 44), whatever verb its relative
    clause has, or a credit ("Podcast produced by Bridget Mulcahy."). No bullet; a headline
    may still come from one (:func:`headline_lead`): at the top it is often the article's
    own title or deck ("Roasts and toasts for the passing of 2015.")."""
    if len(sentence.text.split()) > _HEADING_WORDS:
        return False
    span = analysed.span_of(sentence)
    if span is None or span.root.pos_ not in ("NOUN", "PROPN", "ADV", "ADJ"):
        return False
    words = sentence.text.rstrip().rstrip("\"”’'")
    if words.endswith(("...", "…")) and not any(t.pos_ in ("VERB", "AUX") for t in span):
        return True  # a verbless teaser, wherever it stands: '"A long, long, time ago…"' (review 46)
    return (
        span.root.pos_ in ("NOUN", "PROPN")
        and sum(s.paragraph == sentence.paragraph for s in analysed.sentences) == 1
    )  # a paragraph of its own


def _unglue(analysed: AnalysedArticle, sentence: Sentence, *, strict: bool) -> list[Sentence]:
    doc = analysed.doc
    span = analysed.span_of(sentence)
    points = glue_points(span, strict=strict) if span is not None else []
    start = doc[points[-1]].idx if points else sentence.start  # the copy: captions come before it
    # a caption marked as one ("…sunburn (pictured) when exposed to sunlight James, from
    # Salford, was…") may still be glued before the copy where the parse saw no new clause
    while (points or not strict) and has_markers(analysed.text[start : sentence.end]):
        rest = doc.char_span(start, sentence.end, alignment_mode="expand")
        end = caption_end(rest) if rest is not None else None
        if end is None or doc[end].idx <= start:
            break
        start = doc[end].idx
    if start == sentence.start:
        return [sentence]
    text, flags = analysed.text[start : sentence.end], (sentence.paragraph, sentence.boilerplate)
    return [Sentence(sentence.index, text, start, sentence.end, *flags)]


def _headline_worthy(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """Long enough to state something (a short one must also name someone or something), and
    a statement, not what a feature may open on but a headline cannot say: a fragment with
    no subject ("Giving some lip -- like Kylie Jenner."), a quote's words alone ('"A long,
    long time ago…"') or an aside ("(Or at least a lot less of it.)")."""
    words = len(sentence.text.split())
    if not (words >= 8 or (words >= MIN_WORDS and names_something(analysed, sentence))):
        return False
    text = sentence.text.strip()
    if text.endswith(":") or (text.startswith("(") and text.rstrip(".").endswith(")")) or only_a_quote(text):
        return False  # what introduces a list, a whole sentence in brackets, a quote's words alone
    span = analysed.span_of(sentence)
    put = span is not None and conditional_address(span) and writer_addresses(analysed, sentence)
    leans = span is not None and (demonstrative_subject(span) or finding_about_pronoun(span))
    if put or leans or qualified_after(analysed, sentence):
        return False  # "If you think of Snake…"; "Those sectors…", "A study found it…"; sourced after it
    if span is None:
        return True
    numbered = re.match(r"\d+[.)]\s", text)  # "1. FIREWORKS FLY IN FIRST ONE-ON-ONE DEBATE.": a list's item
    if _heading(analysed, sentence) and (numbered or _parallel_heading(analysed, sentence)):
        return False  # "Best thing that happened to Democrats." then "…to Republicans.": a section's
    return not _subjectless(analysed, sentence)  # "Giving some lip -- like Kylie Jenner."


def _parallel_heading(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True when another heading of the article opens on the same three words as ``sentence``:
    the headings of a list's sections ("Best thing that happened to Democrats.", "Best thing
    that happened to Republicans."), none of which is the story's title (review 57)."""
    opening = sentence.text.lower().split()[:3]
    return len(opening) == 3 and any(
        other.start != sentence.start
        and other.text.lower().split()[:3] == opening
        and _heading(analysed, other)
        for other in analysed.sentences
    )


def names_something(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True when the sentence names a person, place or organisation, or gives a number."""
    span = analysed.span_of(sentence)
    if span is None:
        return True
    return any(e.label_ in NEWS_LABELS for e in span.ents) or any(t.like_num for t in span)


def cites_a_source(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True when the sentence's main verb is someone saying it ("…are damaging online
    commerce, say e-business experts"), or the sentence ends on its source ("…your house is
    worth more, according to a study", review 93): a report, however little it names."""
    span = analysed.span_of(sentence)
    if span is not None and re.search(r",\s+according to [^,]+\W*$", span.text):
        return True
    return span is not None and any(
        t.lemma_.lower() in REPORTING_LEMMAS
        and t.dep_ in ("ROOT", "parataxis")
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in span
    )

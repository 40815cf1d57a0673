"""The writer's own voice, which a brief cannot carry.

A news brief states what the article reports. A sentence in which the writer speaks in the
first person ("I have complained to the council twice.") or passes judgement in their own
words ("It's pretty cringe-worthy stuff…", "Trump ran a brilliant campaign.") has no source
a brief could keep: as a bullet it reads as the brief's own voice, an opinion stated as
fact. The extractive engine passes over both (:mod:`briefgen.engines.extractive`); the same
words inside quote marks are someone's, and stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..condense.quote_marks import quoted_at
from ..lexicon import REPORTING_LEMMAS

if TYPE_CHECKING:
    from ..types import AnalysedArticle, Sentence

_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())

# Words of judgement that news copy leaves to a source ("called the plan 'absurd'"): in the
# writer's own words they are an opinion. Words a sports or feature report uses to describe
# ("superb win", "stunning images", "adorable puppies") are not here.
_JUDGEMENT = frozenset(
    """cringe-worthy cringeworthy appalling disgraceful shameful outrageous ridiculous absurd
    laughable pathetic idiotic stupid foolish despicable deplorable abhorrent reprehensible
    scandalous hypocritical shameless inexcusable unforgivable unconscionable egregious
    farcical nonsensical brilliant magnificent wonderful marvellous marvelous fantastic
    terrific""".split()
)


def writer_speaks(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence in the writer's first person ("I have complained to the council
    twice."), outside quote marks: in a brief it has no one to be, and reads as the brief's own voice."""
    span = analysed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return any(
        t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" and not quoted_at(analysed.text, t.idx)
        for t in span or ()
    )


def writer_judges(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """True for a sentence that passes judgement in the writer's own words ("It's pretty
    cringe-worthy stuff that seems difficult to defend."): a word of :data:`_JUDGEMENT`, in
    lower case and outside quote marks, in a sentence that reports no one's words."""
    span = analysed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None or any(t.lemma_.lower() in REPORTING_LEMMAS for t in span):
        return False  # "…called the charge pathetic, a spokesman said": someone's judgement
    tokens = list(span)
    for n, token in enumerate(tokens):
        word = token.text
        if n + 2 < len(tokens) and tokens[n + 1].text == "-" and not token.whitespace_:
            word = word + "-" + tokens[n + 2].text  # "cringe-worthy" is three tokens
        if word in _JUDGEMENT and not quoted_at(analysed.text, token.idx):
            return True
    return False

"""A last cut for a long sentence that must keep its source: shed a setting in the middle.

With its source kept (", state television reported"), a long lead no longer fits a bullet
by cutting its tail. What can go instead is a setting of the main verb or of the claim's
verb: a time, place or circumstance phrase ("during their first telephone call since the
war began", "after a four-hour debate"), never a phrase that completes the verb ("fell to a
record low", "involved in a crash"), a quote, a negation or a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import NEGATIONS
from .completions import CHANGE_VERBS, PREP_PREDICATES
from .compress import compress_tokens
from .parse import sets_in_the_past
from .trimming import lost_its_content
from .wording import balance_sentence_marks, cuts_into_quote, finish_sentence, inside_quotes, render_kept

if TYPE_CHECKING:
    from spacy.tokens import Span

# Prepositions that set a scene rather than complete a verb.
_SETTING_PREPS = frozenset(
    "during amid amidst despite after before following throughout in on at near over via".split()
)


def shed_settings(span: Span, max_words: int, target_words: int) -> str | None:
    """``span`` compressed, then its longest settings shed until it has at most ``max_words``
    words; None when that is not enough."""
    keep = compress_tokens(span, target_words)
    quoted = inside_quotes(span)
    root = span.root
    verbs = [root, *(c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX"))]
    settings = []
    for verb in verbs:
        if verb.lemma_.lower() in CHANGE_VERBS | PREP_PREDICATES:
            continue
        for child in verb.children:
            setting = (child.dep_ == "advcl" and not lost_its_content(child)) or (
                child.dep_ == "prep" and child.lower_ in _SETTING_PREPS
            )
            if setting and child.i > verb.i and child.i in keep and not sets_in_the_past(child.subtree):
                settings.append({t.i for t in child.subtree})
    for phrase in sorted(settings, key=len, reverse=True):
        if (
            phrase & quoted
            or cuts_into_quote(span, phrase)
            or any(span.doc[i].lower_ in NEGATIONS for i in phrase)
        ):
            continue  # nor what a kept quote after a colon tells: "a simple message[:] “…”" (review 142)
        before = span.doc[min(phrase) - 1] if min(phrase) > span.start else None
        keep = keep - phrase - ({before.i} if before is not None and before.text == "," else set())
        text = balance_sentence_marks(finish_sentence(render_kept(span, keep)))
        if len(text.split()) <= max_words:
            return text
    return None

"""A generated headline that keeps the source of its claim (issue 16).

An option of :mod:`briefgen.condense.headline` that cut "officials said" or "according to
X" states the claim as fact; when the source has a label that fits, the option reads as
"Source: claim" instead ("Central bank: South Korea looks set to sustain revival"), as
headlines attribute. :mod:`briefgen.engines.generated_headline` takes the options from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..condense.alignment import headline_offsets, kept_indices
from ..condense.claim_carriers import ownerless_source
from ..condense.compress import HEADLINE_MAX
from ..condense.faithful import copula_dropped, cut_source_token, source_label, unfaithful_headline
from ..condense.headline import headline_from
from ..condense.person_referents import first_names
from ..condense.wording import marks_balanced
from ..lexicon import CLAIM_CARRIERS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span

_CARRIER_FIRST = re.compile(
    rf"(?:{'|'.join(sorted(CLAIM_CARRIERS))})s?"
    rf"(?::|\s+(?-i:said|told|wrote|(?:{'|'.join(sorted(REPORTING_LEMMAS))})(?:s|es|ed|d)?)\b)",
    re.IGNORECASE,
)
# The fewest characters a shorter clause of the lead may have (shorter ones, measured on the
# 2,832 titled articles, are mostly a subject and a verb without what it says).
SHORTEST_CLAUSE = 40


def sourced_options(span: Span, options: Sequence[str]) -> list[str]:
    """The ``options`` of ``span`` that read whole and state no claim without its source: as
    they are, or as "Source: claim" when the cut took the source and it has a label."""
    # "Statement says…", "Tweet says…": whose, the cut left out (review 186); and a quote's
    # marks are paired in a headline as in the article
    options = [o for o in options if o and marks_balanced(o) and not _CARRIER_FIRST.match(o)]
    verdicts = {o: unfaithful_headline(span, o) for o in options}
    sourced = [o for o, why in verdicts.items() if why is None]
    cuts = [o for o, why in verdicts.items() if why and why.startswith(_SOURCE_CUTS)]
    # nor "Spokesman: talks failed" when the sentence never says whose ("his spokesman" does)
    ownerless = bool(cuts) and ownerless_source(span)  # parsed only when a label may be made
    labelled = [
        o for o in (_with_source(span, o) for o in cuts) if o and not (ownerless and _CARRIER_FIRST.match(o))
    ]
    return sourced + labelled


# How :func:`briefgen.condense.faithful.cut_source` says an option cut the source of its claim.
_SOURCE_CUTS = ("cut the source", "cut 'according")
# Dependencies that open a clause of their own: a source inside one vouches for it alone.
_CLAUSES = frozenset("relcl advcl ccomp acl csubj pcomp parataxis conj".split())


def _source_label_of(span: Span, headline: str) -> str | None:
    """The label of the source that ``headline``'s cut took ("Central bank"), or None; None
    too when the headline keeps no verb of what the source said: "Liberal Party: In last week
    of August 2015" labels the setting of an announcement, not a claim."""
    offsets = headline_offsets(span, headline)
    verb = cut_source_token(span, offsets) if offsets else None
    if verb is None:
        return None
    claim = verb.head if verb.lower_ == "according" else verb
    while claim != span.root and claim.dep_ not in _CLAUSES:
        claim = claim.head  # "…twice as likely to vote Ukip, according to…": "likely" is in the main clause
    if claim != span.root and not (claim.head == span.root and claim.dep_ in ("parataxis", "conj", "ccomp")):
        # "That's a key reason why, according to government data, 70 per cent…": the source
        # vouches for the clause it sits in, not for the headline as a whole
        return None
    kept = [span.doc[i] for i in kept_indices(span.doc, offsets)]
    said = any(t.pos_ in ("VERB", "AUX") and (t == claim or claim in t.ancestors) for t in kept)
    if not said and not copula_dropped(span, {t.i for t in kept}):
        return None  # "…record [is] almost complete" keeps what was said without its "is"
    return source_label(verb)


def _surname_label(span: Span, label: str) -> str | None:
    """A person's label by surname alone ("Clarke" of "Charles Clarke"), as headlines name
    people, or None when ``label`` names no person or the surname is someone else's too."""
    person = next((e for e in span.doc.ents if e.label_ == "PERSON" and e.text == label), None)
    if person is None:
        return None
    given = first_names(span, {t.i for t in person})
    return person[-1].text if given else None


def _with_source(span: Span, headline: str) -> str | None:
    """``headline`` as "Source: claim" when its cut took the source of the claim and the
    label fits ("Central bank: South Korea looks set to sustain revival"), else None."""
    label = _source_label_of(span, headline)
    name = label.split()[-1] if label else ""
    if label is None or ":" in headline or (name[:1].isupper() and name in headline.split()):
        return None  # "Wood: Tom Wood is keen…": a claim that names its speaker is no label's
    text = f"{label}: {headline}"
    if len(text) <= HEADLINE_MAX:
        return text
    # the claim cut again to leave the label room: "Hillary Clinton: Islamic State violence
    # against Yazidis is genocide", where the whole claim and label ran to 104 characters
    room = HEADLINE_MAX - len(label) - 2
    shorter = headline_from(span, room, min(room, 50)) if room >= SHORTEST_CLAUSE else ""
    why = unfaithful_headline(span, shorter) if shorter else "none"
    if why and why.startswith(_SOURCE_CUTS) and _source_label_of(span, shorter) == label:
        return f"{label}: {shorter}"
    surname = _surname_label(span, label)
    if surname and len(f"{surname}: {headline}") <= HEADLINE_MAX:
        return f"{surname}: {headline}"  # "[Charles] Clarke: Citizenship ceremonies could be…"
    return None

"""Every list the lexicon took over keeps the members it had in its old module.

``data/lexicon_pins.json`` was written from the code before the lists moved into
:mod:`briefgen.lexicon`; each key names the list's old home. A change to a list is
a change of behaviour: make it on purpose, here and in the pin.
"""

from __future__ import annotations

import json

import pytest

from briefgen import lexicon
from support import TEST_DATA

PINS = json.loads((TEST_DATA / "lexicon_pins.json").read_text(encoding="utf-8"))

NOW = {
    "read.cleaning._CONTINUERS": lexicon.SENTENCE_CONTINUERS,
    "condense.wording.DANGLING": lexicon.DANGLING,
    "read.reading._ENGLISH_WORDS": lexicon.ENGLISH_WORDS,
    "quotes.selection._STOP": lexicon.STOP_WORDS,
    "engines.grounding._STOP": lexicon.NAME_PARTICLES,
    "condense.compress._CALENDAR": lexicon.CALENDAR_WORDS,
    "engines.grounding._CALENDAR": lexicon.CALENDAR_WORDS_NOT_MAY,
    "condense.headline._CALENDAR_DAYS": lexicon.DAY_WORDS,
    "condense.compress.REPORTING_LEMMAS": lexicon.REPORTING_LEMMAS,
    "condense.headline._REPORTING": lexicon.CLAIM_LEMMAS,
    "condense.compress._HEDGE_VERBS": lexicon.HEDGE_LEMMAS,
    "condense.compress._HEDGE_SOURCES": lexicon.HEDGE_SOURCES,
    "condense.compress.NEGATIONS": lexicon.NEGATIONS,
    "condense.compress._TIME_LABELS": lexicon.TIME_LABELS,
    "condense.compress._MODIFIERS": lexicon.MODIFIER_DEPS,
    "engines.grounding.TITLES": lexicon.GROUNDING_TITLES,
    "quotes.lexicon.TITLES": lexicon.NAME_TITLES,
    "quotes.lexicon.MALE_TITLES": lexicon.MALE_TITLES,
    "quotes.lexicon.FEMALE_TITLES": lexicon.FEMALE_TITLES,
    "quotes.lexicon.ROLE_NOUNS": lexicon.ROLE_NOUNS,
    "quotes.lexicon.MEDIA_NOUNS": lexicon.MEDIA_NOUNS,
    "quotes.lexicon.SPEECH_LEMMAS": lexicon.SPEECH_LEMMAS,
    "quotes.lexicon.ORG_NOUNS": lexicon.ORG_NOUNS,
    "condense.trimming._PRONOUNS": lexicon.PRONOUNS,
    "condense.headline_cuts._POINTING": lexicon.THING_PRONOUNS,
    "condense.trimming.ARGUMENT_PREPS": lexicon.ARGUMENT_PREPS,
    "condense.headline_cuts.CONDITIONS": lexicon.CONDITIONS,
}


def test_every_pinned_list_has_a_home():
    assert set(NOW) == set(PINS)


@pytest.mark.parametrize("old_home", sorted(PINS))
def test_members_are_unchanged(old_home):
    now = NOW[old_home]
    assert isinstance(now, frozenset)
    assert sorted(now) == PINS[old_home], (
        f"added {sorted(set(now) - set(PINS[old_home]))}, dropped {sorted(set(PINS[old_home]) - set(now))}"
    )


def test_derived_lists_stay_derived():
    # the relations the lexicon's comments promise
    assert lexicon.THING_PRONOUNS < lexicon.PRONOUNS
    assert lexicon.QUANTIFIERS < lexicon.DANGLING
    assert lexicon.HONORIFICS < lexicon.NAME_TITLES & lexicon.GROUNDING_TITLES
    assert lexicon.STOP_WORDS - {"i"} < lexicon.ENGLISH_WORDS
    assert {"may"} == lexicon.CALENDAR_WORDS - lexicon.CALENDAR_WORDS_NOT_MAY
    assert lexicon.HEDGE_LEMMAS & lexicon.REPORTING_LEMMAS

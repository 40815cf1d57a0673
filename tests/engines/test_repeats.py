"""Bullets that say again what another says (:mod:`briefgen.engines.repeats`)."""

from __future__ import annotations

import pytest

from briefgen.engines.repeats import repeats

SAID_TWICE = (
    "Lane's saves in the cup have given Rivertown's manager plenty to consider as the club fights "
    "relegation. Lane's recent saves have given manager Tom Hall plenty to ponder over the coming weeks. "
    "He said the keeper trains hard. He said the club would appeal."
)


@pytest.mark.slow
def test_the_same_statement_in_other_words_repeats(analyse) -> None:
    analysed = analyse(SAID_TWICE)
    first, second, third, fourth = analysed.sentences
    assert repeats(analysed, (first, first.text), (second, second.text))
    # the same verb of speech and pronoun subject say nothing about the statement
    assert not repeats(analysed, (third, third.text), (fourth, fourth.text))
    assert not repeats(analysed, (first, first.text), (third, third.text))


@pytest.mark.slow
def test_a_denial_or_another_name_is_another_statement(analyse) -> None:
    analysed = analyse(
        "The harbour council will approve the plan for the bridge. The harbour council did not approve "
        "the plan on Monday. Real Madrid beat Barcelona at home. Atletico Madrid beat Barcelona away."
    )
    will, did_not, real, atletico = analysed.sentences
    assert not repeats(analysed, (will, will.text), (did_not, did_not.text))
    assert not repeats(analysed, (real, real.text), (atletico, atletico.text))


@pytest.mark.slow
def test_the_same_words_repeat(analyse) -> None:
    analysed = analyse(
        "The old bridge over the river closed on Monday night. The old bridge over the river closed on Monday."
    )
    first, second = analysed.sentences
    assert repeats(analysed, (first, first.text), (second, second.text))

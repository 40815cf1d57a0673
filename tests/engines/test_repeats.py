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


@pytest.mark.slow
def test_a_statement_again_after_an_opening_of_its_own_repeats(analyse) -> None:
    # review 103: the same claim twice, once after "Addressing about 100 members here,"
    analysed = analyse(
        "The chief, Jane Roe, suggested that the mayor's angry style amounted to an act and that she "
        "would work with the council. Addressing about 100 members at the meeting, the campaign chief, "
        "Jane Roe, bluntly suggested that the mayor's angry style amounted to an act. Driven by anger at "
        "the changes, Roe led campaigns against the new bridge, the ring road and the parking levy. Jane "
        "Roe, whose campaigns against the new bridge, the ring road and the parking levy won votes, died "
        "on Monday."
    )
    first, second, campaigns, died = analysed.sentences
    assert repeats(analysed, (second, second.text), (first, first.text))
    # a list both name is no statement made twice
    assert not repeats(analysed, (died, died.text), (campaigns, campaigns.text))


@pytest.mark.slow
def test_a_shared_frame_of_speech_is_no_repeat(analyse) -> None:
    analysed = analyse(
        "The Bank of England said on Thursday that it would keep interest rates at 0.5%. The Bank of "
        "England said on Thursday that it would cut its growth forecast for next year to 1.4%."
    )
    rates, forecast = analysed.sentences
    assert not repeats(analysed, (forecast, forecast.text), (rates, rates.text))

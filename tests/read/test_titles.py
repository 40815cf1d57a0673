"""A title's deck printed over the copy is no bullet (:func:`briefgen.read.titles.repeats_title`)."""

from __future__ import annotations

import pytest

from briefgen.read.titles import repeats_title

TITLE = "Poll has Hall level with Reed; Bridge inquiry bruises mayor's efforts to win trust"


@pytest.mark.parametrize(
    ("sentence", "repeats"),
    [
        ("Bridge inquiry bruises mayor's efforts to win trust.", True),  # the deck
        ("Poll has Hall level with Reed", True),
        (TITLE, True),
        ("The bridge inquiry bruises the mayor's efforts to win trust, a poll shows.", False),
        ("Poll has Hall level with Reed in Rivertown.", False),
    ],
)
def test_a_sentence_that_is_the_title_or_its_deck_repeats_it(sentence: str, repeats: bool) -> None:
    assert repeats_title(TITLE, sentence) is repeats


def test_without_a_title_nothing_repeats_it() -> None:
    assert not repeats_title(None, "Bridge inquiry bruises mayor's efforts to win trust.")
    assert not repeats_title("", "")

"""A title's deck printed over the copy is no bullet (:func:`briefgen.read.titles.repeats_title`)."""

from __future__ import annotations

import pytest

from briefgen.read.titles import repeats_title, says_no_news, title_headline

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


@pytest.mark.parametrize(
    ("title", "no_news"),
    [
        ("BYLINE: Amber Phillips", True),
        ("By Amber Phillips", True),
        ("IN BRIEF", True),
        ("By the numbers: Clinton leads in Ohio", False),
        ("In brief, Trump wins", False),
        ("Bylines matter to readers", False),
        ("convention notebook", True),  # a column's label (review 125)
        ("Élysée confirms visit", False),
        ("2016 teaches graduates the wrong lessons", False),
        ("obama wins the nomination after a long fight", False),
    ],
)
def test_a_byline_or_a_label_in_the_title_field_is_no_title(title: str, no_news: bool) -> None:
    assert says_no_news(title) is no_news
    assert (title_headline(title) is None) is no_news


def test_a_title_ending_on_a_phrasal_verbs_particle_is_whole() -> None:
    """Review 79: "Bangkok film festival battles on" was passed over as cut after "on", and a
    generated headline ("Apart from this, however, festival continues…") took its place. A title
    ending on a preposition that needs its object is still no headline."""
    from briefgen.read.titles import ends_on_particle, title_headline

    for title in (
        "Bangkok film festival battles on",
        "Mobile multimedia slow to catch on",
        "Cleveland rolls in",
    ):
        assert ends_on_particle(title)
        assert title_headline(title) == title
    for cut in ("Police arrest man in", "Woman dies after crash on", "Trump set to speak on"):
        assert not ends_on_particle(cut), cut
        assert title_headline(cut) is None, cut


def test_a_titles_teasing_ellipsis_is_no_part_of_the_headline() -> None:
    """Review 133: "Obama Claims Hillary Most Qualified Presidential Candidate Ever, But …" made a
    headline that trails off. What the title states before the coordinator is the headline; any
    other ellipsis marks a title the feed cut off, and stays."""
    assert (
        title_headline("Mayor Claims Bridge Cheapest Ever Built, But …")
        == "Mayor Claims Bridge Cheapest Ever Built"
    )
    assert title_headline("Reed wins Rivertown...") == "Reed wins Rivertown..."  # a title cut off
    assert title_headline("LOOK: Rivertown bridge opens") == "Rivertown bridge opens"
    assert title_headline("Look – no hands! Driverless bus takes to Rivertown streets").startswith("Look")
    assert title_headline("Reed wins… and loses") == "Reed wins… and loses"

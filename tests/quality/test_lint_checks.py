"""The lint's text checks (bench/lint_checks.py) and the review packet's sample, exact results
on sentences written for the test."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from support import ROOT, shared_file

sys.path.insert(0, str(ROOT / "bench"))
try:
    import lint
    import lint_checks
    import review_packet
finally:
    sys.path.pop(0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met. It voted to close the bridge.", "a stop after 'met' inside the bullet"),
        ("Mr. Lee said the U.S. Senate would vote.", None),
        ('He said "We won. We are happy," and left.', None),
        (
            "She must have been sleep walking He insisted she was awake.",
            "a clause run on without a stop: 'walking He insisted'",
        ),
        ("The council voted to close the bridge.", None),
    ],
)
def test_glued(text: str, expected: str | None) -> None:
    assert lint_checks.glued(text) == expected


def test_split_before() -> None:
    text = "The bill was backed by Sen. Ted Cruz. it passed at 3 p.m. on Friday."
    assert lint_checks.split_before(text, text.index("Ted")) == "follows 'Sen.'"
    assert lint_checks.split_before(text, text.index("it passed")) == "starts in lower case"
    assert lint_checks.split_before(text, text.index("on Friday")) == "starts in lower case"
    assert lint_checks.split_before(text, 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Open this photo in gallery A ferry leaves at dawn.", "prompt: 'Open this photo'"),
        ("Ms Lee (right) won.", "position: '(right)'"),
        ("The ferry sailed. ( Jane Doe / AP )", "credit: '( Jane Doe / AP )'"),
        ("Fares rose, as the chart below shows.", "chart: 'chart below'"),
        ("Clinton took a swipe at Trump.", None),
        ("By Jane Doe, BBC News", "byline: 'By Jane Doe,'"),
        ("By playing games, a team is finding out how robots should react.", None),
    ],
)
def test_furniture(text: str, expected: str | None) -> None:
    assert lint_checks.furniture(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most voters would back the.", "ends on 'the'"),
        ("Prices rose, and.", "ends on 'and'"),
        ("Poll numbers rose —.", "ends on '—'"),
        ("The mayor praised her.", None),
        ("He said he did so.", None),
    ],
)
def test_dangling_end(text: str, expected: str | None) -> None:
    assert lint_checks.dangling_end(text) == expected


def test_review_sample_is_fixed_and_spread_over_the_sources() -> None:
    data = shared_file("cnndm_dev.jsonl").parent
    picked = review_packet.choose(lint.load_sources(data))
    assert Counter(source for source, _ in picked) == review_packet.PER_SOURCE
    assert len({r.id for _, r in picked}) == 30
    assert [r.id for _, r in picked] == [r.id for _, r in review_packet.choose(lint.load_sources(data))]


@pytest.mark.slow
def test_a_headline_is_checked_against_the_sentence_it_was_cut_from(analyse) -> None:
    """ "knows" is the headline tense of "knew": aligned by its lemma, the headline's source is
    the sentence with "knew" in it, not the caption before it that shares only the name."""
    from briefgen.types import Summary

    analysed = analyse(
        "Open this photo in gallery Jane Lee bowls at the Rivertown club on Sept. 13, 2016.\n\n"
        "Jane Lee knew when she threw her first ball that bowls was the sport for her.\n"
    )
    summary = Summary(headline="Jane Lee knows", bullets=(), headline_source="generated")
    findings = list(lint_checks.lint_brief(analysed, summary))
    assert [(f.check, f.detail.split(" (from: ")[0]) for f in findings] == [
        ("mid-phrase", "'knew' without what it knows")
    ]
    assert findings[0].detail.endswith(
        "(from: Jane Lee knew when she threw her first ball that bowls was the sport for her.)"
    )


def test_a_bullet_opening_on_a_relative_pronoun_whose_antecedent_was_cut_reads_split(analyse) -> None:
    """ "During the game, which took place on March 27, the keeper was struck…" cut to
    "Which took place…, the keeper was struck…" is counted, the whole sentence is not."""
    from briefgen.types import Bullet, Summary

    sentence = "During the game, which took place on March 27, the goalkeeper was struck by a lit flare."
    analysed = analyse(sentence)
    for text, expected in (
        ("Which took place on March 27, the goalkeeper was struck by a lit flare.", ["split"]),
        (sentence, []),
    ):
        summary = Summary(headline="", bullets=(Bullet(text, (0,)),), headline_source="generated")
        findings = [f.check for f in lint_checks.lint_brief(analysed, summary) if f.where == "bullet 1"]
        assert findings == expected, text


def test_a_bullet_pointing_at_a_subject_the_previous_bullet_cut_has_no_referent(analyse) -> None:
    """ "The 44-year-old from Bury…" right after "Police tweeted a warning about wasting time"
    (its "after a holidaymaker walked…" cut) is counted; after the whole sentence it is not."""
    from briefgen.types import Bullet, Summary

    first = (
        "Greater Manchester Police tweeted a warning about wasting time after a holidaymaker walked "
        "into a station to complain about his trip."
    )
    second = "The 44-year-old from Bury had just returned from Spain and wanted to complain about the heat."
    analysed = analyse(first + "\n\n" + second)
    for lead, expected in (
        ("Greater Manchester Police tweeted a warning about wasting time.", ["no-referent"]),
        (first, []),
    ):
        summary = Summary(
            headline="", bullets=(Bullet(lead, (0,)), Bullet(second, (1,))), headline_source="generated"
        )
        findings = [f.check for f in lint_checks.lint_brief(analysed, summary) if f.where == "bullet 2"]
        assert findings == expected, lead

"""The writer's own voice (``briefgen.engines.voice``) on the real parse."""

from __future__ import annotations

import pytest

from briefgen.engines.voice import writer_judges, writer_speaks


def _first(analysed):
    return analysed.sentences[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "judges"),
    [
        ("It's pretty cringe-worthy stuff that seems difficult, if not impossible, to defend.", True),
        ("Donald Trump ran a brilliant primary campaign.", True),
        # a verdict the writer argues for (review 60)
        ("It is wrong to solely attribute the current backlash to recent events.", True),
        ("What many observers forget is that xenophobia in Europe is not a new phenomenon.", True),
        ("It is wise to look at how migration came to dominate political discourse.", True),
        ("It was wrong to close the bridge, the mayor said.", False),
        ("“It is wrong to blame him.”", False),
        ("It is expected that the bridge will reopen in May.", False),
        # the writer vouching for it (review 177)
        ("There's no denying he has had quite a run this year.", True),
        ("There is no doubt that phones with cameras are hugely popular.", True),
        ("There is no sign of the missing boat.", False),
        ("It's hard to believe that his eight-minute ballad is 44 years old.", True),
        ("It is hard to believe the plan will work, the mayor said.", False),
        ("It was hard to believe the ballad was 44 years old.", True),
        ("There was little doubt among investigators that the fire was started deliberately.", False),
        # someone's judgement, quoted or reported, is news
        ('A spokesman called the charge "pathetic" and dangerous.', False),
        ("The mayor said the plan was absurd and would be dropped.", False),
        # a title in capitals, and plain description
        ("The soap beat Shameless to win the best drama prize.", False),
        ("Ireland won 3-1 in Paris on Saturday.", False),
    ],
)
def test_writer_judges(analyse, sentence: str, judges: bool) -> None:
    analysed = analyse(sentence)
    assert writer_judges(analysed, _first(analysed)) is judges


@pytest.mark.slow
def test_writer_speaks_outside_quotes_only(analyse) -> None:
    own = analyse("I have complained to the council twice.")
    quoted = analyse('"We will appeal," the council leader said.')
    assert writer_speaks(own, _first(own))
    assert not writer_speaks(quoted, _first(quoted))


@pytest.mark.slow
def test_a_judging_sentence_is_no_bullet(briefer) -> None:
    from briefgen import article_from_text

    text = (
        "The council voted on Tuesday to close the old library on Mill Street next spring.\n\n"
        "It is a shameful decision that the town will regret for years.\n\n"
        "The building will be sold to a developer for £2m, the council said.\n\n"
        "Residents plan a protest outside the town hall on Saturday."
    )
    summary = briefer.brief_many([article_from_text(text)])[0]
    assert not any("shameful" in b.text for b in summary.bullets)

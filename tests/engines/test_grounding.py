"""The grounding check: generated claims against the seed article, with the real models."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.engines.grounding import GroundingChecker, quantities, same_word


@pytest.fixture(scope="module")
def check(seed_analysed):
    checker = GroundingChecker()

    def run(*claims: str, headline: bool = False):
        return checker.check(seed_analysed, claims, headline=headline)

    return run


def test_faithful_paraphrases_pass(check):
    verdicts = check(
        "Chinese President Xi Jinping assured Zelensky that China has always been on the side of peace.",
        "Beijing released a 12-point document in February outlining its position on the conflict.",
        "China will send a delegation to Ukraine to seek a political settlement.",
        "Zelensky said he had a “long and significant” conversation with Xi.",
    )
    assert [v.reason for v in verdicts] == [None, None, None, None]
    assert all(v.supported and v.sentences for v in verdicts)


def test_an_invented_number_fails(check):
    (verdict,) = check("Beijing released a 15-point document in February outlining its position.")
    assert not verdict.supported and verdict.reason == "number '15' is not in the article"


def test_a_number_with_the_wrong_unit_fails(check):
    (verdict,) = check("The conversation between the two heads of state lasted almost 12 km.")
    assert not verdict.supported and "with that unit" in verdict.reason


def test_an_invented_name_fails(check):
    (verdict,) = check("Angela Merkel welcomed the call between Xi Jinping and Volodymyr Zelensky.")
    assert not verdict.supported and verdict.reason == "name 'Angela Merkel' is not in the article"


def test_a_name_mixed_from_two_people_fails(check):
    (verdict,) = check("Volodymyr Jinping spoke with China's leaders on Wednesday.")
    assert not verdict.supported and "different people" in verdict.reason


def test_name_shortening_and_inflection_pass(check):
    verdicts = check(
        "Zelensky and Xi held their first call since the start of the war in Ukraine.",
        "President Zelensky had wanted to talk to the Chinese leader for months.",
    )
    assert [v.reason for v in verdicts] == [None, None]


def test_an_invented_quote_fails(check):
    (verdict,) = check("Zelensky called the conversation “short and disappointing” in a tweet.")
    assert not verdict.supported and verdict.reason.startswith("quote “short and disappointing”")


def test_a_wrong_weekday_fails(check):
    (verdict,) = check("China announced on Friday that it would send a delegation to Ukraine.")
    assert not verdict.supported and verdict.reason == "date 'Friday' is not in the article"


def test_a_claim_the_article_does_not_make_fails_on_similarity(check):
    (verdict,) = check("Scientists discovered that coral reefs recover faster in colder water.")
    assert not verdict.supported and verdict.reason.startswith("no article sentence supports it")


def test_headline_threshold_is_used_for_headlines(seed_analysed):
    checker = GroundingChecker(threshold=0.99, headline_threshold=0.3)
    claim = "Xi Jinping and Zelensky hold first call since the war"
    assert checker.check(seed_analysed, [claim], headline=True)[0].supported
    assert not checker.check(seed_analysed, [claim])[0].supported


def test_quantities_read_units_scales_and_words():
    found = {
        (q.value, q.unit)
        for q in quantities(
            "A 47-year-old paid $2.5m, 5 per cent more than 1,500 people, three dogs and 6km in 2022."
        )
    }
    assert found == {
        (47.0, "year"),
        (2_500_000.0, "$"),
        (5.0, "%"),
        (1500.0, None),
        (3.0, None),
        (6.0, "km"),
        (2022.0, None),
    }
    assert {(q.value, q.unit) for q in quantities("5% and 5 percent")} == {(5.0, "%")}


@given(st.integers(min_value=1, max_value=10**9))
def test_numbers_written_with_or_without_thousands_separators_agree(n):
    assert [q.value for q in quantities(f"{n:,} people")] == [float(n)]
    assert [q.value for q in quantities(f"{n} people")] == [float(n)]


def test_same_word_allows_inflection_not_other_words():
    assert same_word("ukraine", "ukrainian") and same_word("china", "chinese")
    assert same_word("talk", "talks") and same_word("zelensky", "zelensky")
    assert not same_word("austria", "australia") and not same_word("iran", "iraq")


def test_real_bart_sentences_pass_and_other_articles_do_not(briefer):
    """On CNN/DailyMail, BART's own sentences mostly pass; the same sentences against another article never."""
    import json

    from briefgen import article_from_text
    from briefgen.engines.hf_text import clean_generated
    from support import shared_file

    rows = [json.loads(line) for line in shared_file("cnndm_dev.jsonl").open()][:8]
    analysed = briefer.analyse([article_from_text(r["article"]) for r in rows])
    claims = [[clean_generated(s) for s in r["bart"]] for r in rows]
    checker = GroundingChecker()
    own = checker.check_many([(a, c, False) for a, c in zip(analysed, claims, strict=True)])
    other = checker.check_many([(analysed[(i + 1) % len(rows)], c, False) for i, c in enumerate(claims)])
    flat_own = [v.supported for vs in own for v in vs]
    assert sum(flat_own) / len(flat_own) >= 0.8
    assert not any(v.supported for vs in other for v in vs)

